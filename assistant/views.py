"""Turn case state into neutral cards and forms, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from assistant.case import (
    HELP_OUTCOMES,
    REPORT_OUTCOMES,
    CaseState,
    Event,
    CheckItem,
    current_step,
    feedback_after_melding,
    find_item,
    item_applies,
    item_done,
    open_items,
    plugin_texts,
    step_items,
    walk,
)
from assistant.cards import (
    Action,
    Card,
    ChecklistItem,
    ChecklistStep,
    Field,
    Form,
    FormField,
    Option,
    Section,
)
from assistant.engine import Refused
from assistant.guidance import Registry, SectorChoice, Text
from assistant.i18n import Translator
from assistant.meldcode import Protocol
from assistant.privacy.guard import actor_name
from assistant.privacy.vault import MAX_NAME, ROLES



def _marked(params: dict[str, Any]) -> dict[str, Any]:
    """Notice parameters with the professionals' names (``name``, ``by``) marked for the guard."""
    return {k: actor_name(v) if k in ("name", "by") and isinstance(v, str) else v for k, v in params.items()}


class Views:
    def __init__(self, protocol: Protocol, t: Translator, tz: tzinfo = timezone.utc,
                 registry: Registry | None = None) -> None:
        self.protocol = protocol
        self.t = t
        self.tz = tz
        self.registry = registry or Registry()
        self.with_queue = False  # whether there is an aandachtsfunctionaris to ask (set by the assistant)

    def date(self, value: date | datetime) -> str:
        """A date as the organisation reads it (a moment in its own time zone)."""
        if isinstance(value, datetime):
            value = value.astimezone(self.tz)
        return value.strftime("%d-%m-%Y")

    def time(self, value: datetime) -> str:
        return value.astimezone(self.tz).strftime("%d-%m-%Y %H:%M")

    # -- small pieces ------------------------------------------------------------

    def step_title(self, number: int) -> str:
        return self.t("step.title", number=number, title=self.t(f"step.{self.protocol.step(number).key}.title"))

    def text(self, text: Text) -> str:
        """A plugin's text in the reader's language."""
        return text.get(self.t.language)

    @cached_property
    def _choices(self) -> dict[str, SectorChoice]:
        """The sectors and variants on offer (the plugins' are known once they are loaded)."""
        return {c.value: c for c in self.registry.sector_choices(self.protocol.sectors.keys)}

    def sector_options(self) -> list[Option]:
        return [Option(c.value, self._sector_label(c.sector, c.variant)) for c in self._choices.values()]

    def _sector_label(self, sector: str, variant: str = "") -> str:
        choices = self._choices
        plain = choices.get(sector)
        label = self.text(plain.label) if plain and plain.label else (
            self.t(f"sector.{sector}") if self.t.has(f"sector.{sector}") else sector)  # a plugin no longer here
        chosen = choices.get(f"{sector}:{variant}") if variant else None
        if chosen and chosen.variant_label:
            return self.t("sector.with_variant", sector=label, variant=self.text(chosen.variant_label))
        return label + (f" ({variant})" if variant and not chosen else "")

    def sector(self, state: CaseState) -> str:
        return self._sector_label(state.sector, state.sector_variant)

    def concern_options(self) -> list[Option]:
        core = self._options("concern", self.protocol.concerns.all)
        extra = [Option(k, self.text(v)) for k, v in self.registry.concern_labels().items()
                 if k not in self.protocol.concerns.all]
        return core + extra

    def concerns(self, state: CaseState) -> str:
        labels = self.registry.concern_labels()
        return ", ".join(self.text(labels[c]) if c in labels and not self.t.has(f"concern.{c}")
                         else self.t(f"concern.{c}") for c in state.concerns)

    def item_label(self, key: str, item: CheckItem | None = None) -> str:
        if item is not None and item.text is not None:
            return self.text(item.text)
        return self.t(f"item.{key}")

    def missing(self, items: list[str], texts: dict[str, Any] | None = None) -> str:
        """Item keys as a readable list; ``texts``: plugin items' texts by key."""
        texts = texts or {}
        return "; ".join(self.text(Text.model_validate(texts[i])) if i in texts else self.item_label(i) for i in items)


    def question_text(self, number: int) -> str:
        return self.t(f"question.{self.protocol.afwegingskader.question(number).key}")

    def refusal(self, key: str, params: dict[str, Any]) -> str:
        params = dict(params)
        if "items" in params:
            params["items"] = self.missing(params["items"], params.pop("texts", None))
        if "field" in params:
            params["field"] = self.t(f"field.{params['field']}")
        if "step" in params:
            params["title"] = self.t(f"step.{self.protocol.step(params['step']).key}.title")
        return self.t(key, **params)

    def _case_action(self, state: CaseState, label: str, name: str, style: str = "default", **args: Any) -> Action:
        return Action(label=self.t(label), name=name, args={"case": state.id, **args}, style=style)  # type: ignore[arg-type]

    # -- the case card -----------------------------------------------------------------

    def case_card(self, state: CaseState, redact: Callable[[str], str] = str) -> Card:
        """The case card. ``redact`` is applied to every text a person typed (never to ours)."""
        t = self.t
        p = self.protocol
        card = Card(
            kind="case",
            title=t("case.title", reference=state.reference),
            subtitle=t(f"case.status.{state.status}"),
            style="danger" if state.acute and state.is_open else "normal",
        )
        card.fields = [
            Field(t("field.sector"), self.sector(state)),
            Field(t("field.concerns"), self.concerns(state)),
            Field(t("field.urgency"), t(f"urgency.{state.urgency}")),
            Field(t("field.owner"), actor_name(state.owner_name or state.owner)),
            Field(t("field.opened"), self.date(state.opened_at)),
        ]
        if state.acute and state.is_open:
            card.sections.append(Section(t("acute.what_to_do"), title=t("acute.title"), style="danger"))
        warnings = state.guidance.warnings if state.is_open else ()
        for warning in warnings:
            card.sections.append(Section(self.text(warning.text), title=t("route_warning.title"), style="danger"))
        if state.is_open and not warnings and set(state.concerns) & set(p.concerns.route_changing):
            card.sections.append(Section(t("route_warning.missing"), title=t("route_warning.title"), style="danger"))
        if state.description:
            card.sections.append(Section(redact(state.description), title=t("field.description")))

        now = current_step(p, state)
        for step in p.steps:
            items = []
            applying = [i for i in step_items(p, state, step) if item_applies(p, state, step, i)]
            for position, item in enumerate(applying, start=1):
                done = item_done(p, state, step, item)
                action = None
                if item.auto is None and state.is_open:
                    action = self._case_action(
                        state, "action.uncheck" if done else "action.check", "toggle_item",
                        step=step.number, item=item.key, checked=not done,
                    )
                label = self.item_label(item.key, item) + ("" if item.required else t("case.optional"))
                items.append(ChecklistItem(f"{step.number}.{position}", label, done, item.auto is not None, action))
            if step.number in state.skipped:
                skip = state.skipped[step.number]
                status = "skipped"
                note = t("case.skipped", reason=t(f"skip_reason.{skip.reason}"), motivation=redact(skip.motivation))
            elif not open_items(p, state, step):
                lifted = any(step.number in w.suppress_steps for w in warnings)
                status, note = ("skipped" if lifted else "done"), ""
            else:
                status = "current" if step.number == now else "open"
                # the guidance of the step to take now; a route warning that concerns it comes first
                note = t(f"step.{step.key}.help") if status == "current" and state.is_open else ""
            if step.number not in state.skipped:
                for warning in warnings:
                    if warning.step == step.number:
                        note = self.text(warning.text) + ("\n" + note if note else "")
            card.checklist.append(ChecklistStep(step.number, self.step_title(step.number), status, items, note))

        card.sections += self._record_sections(state, redact)
        if state.is_open:
            card.sections += self._guidance_sections(state)
        card.actions = self._case_actions(state)
        return card

    def _guidance_sections(self, state: CaseState) -> list[Section]:
        """The plugins' contact points and legal notes for the case."""
        t = self.t
        sections = []
        if state.guidance.contacts:
            lines = []
            for c in state.guidance.contacts:
                reach = " · ".join(x for x in (c.phone, c.url) if x)
                line = self.text(c.name) + (f": {reach}" if reach else "")
                if c.when:
                    line += f" — {self.text(c.when)}"
                lines.append(line)
            sections.append(Section("\n".join(lines), title=t("case.contacts")))
        if state.guidance.notes:
            sections.append(Section("\n".join(self.text(n.text) for n in state.guidance.notes),
                                    title=t("case.legal_notes")))
        return sections

    @staticmethod
    def _with_whom(c: Any, redact: Callable[[str], str]) -> str:
        """A colleague who replied in the thread is named as the platform knows them; a name
        typed in the form is free text."""
        return actor_name(c.with_whom) if c.with_whom == c.actor_name and c.actor != "" else redact(c.with_whom)

    def _record_sections(self, state: CaseState, redact: Callable[[str], str]) -> list[Section]:
        t = self.t
        sections = []
        if state.consultations:
            lines = [
                t("case.consultation_line", on=self.date(c.on), role=t(f"consultation_role.{c.role}"),
                  with_whom=(f" ({self._with_whom(c, redact)})" if c.with_whom else ""), outcome=redact(c.outcome))
                for c in state.consultations
            ]
            sections.append(Section("\n".join(lines), title=t("case.consultations")))
        if state.vt_advice:
            lines = [t("case.fact_line", on=self.date(f.on), text=redact(f.text)) for f in state.vt_advice]
            sections.append(Section("\n".join(lines), title=t("case.vt_advice")))
        if state.answers:
            sections.append(self.weighing_section(state, redact))
        decision = state.decision or state.lapsed_decision
        if decision:
            text = t("case.decision_line", outcome=t(f"outcome.{decision.outcome}"), motivation=redact(decision.motivation),
                     name=actor_name(decision.actor_name), on=self.date(decision.at))
            if decision.advice != decision.outcome:
                text += "\n" + t("case.decision_differs", advice=t(f"outcome.{decision.advice}"))
            if state.decision is None:
                text += "\n" + t("case.decision_lapsed")
            sections.append(Section(text, title=t("case.decision"),
                                    style="success" if state.decision else "warning"))
        if state.meldingen:
            lines = [t("case.fact_line", on=self.date(f.on), text=redact(f.text) or "—") for f in state.meldingen]
            sections.append(Section("\n".join(lines), title=t("case.meldingen")))
        if state.help:
            lines = [t("case.fact_line", on=self.date(f.on), text=redact(f.text)) for f in state.help]
            sections.append(Section("\n".join(lines), title=t("case.help")))
        if state.notes:
            shown = state.notes[-3:]
            lines = [t("case.note_line", at=self.time(n.at), name=actor_name(n.actor_name), text=redact(n.text))
                     for n in shown]
            title = t("case.notes", shown=len(shown), total=len(state.notes))
            sections.append(Section("\n".join(lines), title=title))
        if state.vt_feedback:
            lines = [t("case.fact_line", on=self.date(f.on), text=redact(f.text)) for f in state.vt_feedback]
            sections.append(Section("\n".join(lines), title=t("case.vt_feedback")))
        if state.in_queue:
            sections.append(self.triage_section(state))  # the channel sees the status, not the questions
        if not state.is_open:
            sections.append(Section(t("case.closed_line", on=self.date(state.closed_at or state.opened_at),
                                      reason=redact(state.close_reason)), title=t("case.status.closed")))
        return sections

    def weighing_section(self, state: CaseState, redact: Callable[[str], str] = str) -> Section:
        t = self.t
        weighing = walk(self.protocol, state.answer_map())
        answers = {a.question: a for a in state.answers}
        lines = []
        for number in weighing.path:
            a = answers[number]
            line = t("weighing.answer_line", number=number, question=self.question_text(number), answer=t.yes_no(a.answer))
            if a.explanation:
                line += f" — {redact(a.explanation)}"
            lines.append(line)
        if weighing.advice:
            lines.append(t("weighing.advice", advice=t(f"outcome.{weighing.advice}")))
            if weighing.note:
                lines.append(t(f"advice_note.{weighing.note}"))
        if weighing.next_question and not weighing.deferred:
            lines.append(t("weighing.next", number=weighing.next_question))
        return Section("\n".join(lines), title=t("weighing.title"))

    def _case_actions(self, state: CaseState) -> list[Action]:
        a = self._case_action
        if not state.is_open:
            return [a(state, "action.reopen", "form", form="reopen"), a(state, "action.timeline", "timeline")]
        actions = [a(state, "action.note", "form", form="note"),
                   a(state, "action.consult", "form", form="consult"),
                   a(state, "action.vt_advice", "form", form="vt_advice")]
        gesprek = next(s for s in self.protocol.steps if s.skippable)
        if gesprek.number in state.skipped:
            actions.append(a(state, "action.unskip", "unskip", step=gesprek.number))
        elif open_items(self.protocol, state, gesprek):
            actions.append(a(state, "action.skip", "form", form="skip", step=gesprek.number))
        weighing = walk(self.protocol, state.answer_map())
        if weighing.next_question and not weighing.deferred:
            actions.append(a(state, "action.weigh", "form", "primary", form="question"))
        elif weighing.deferred and state.decision and state.decision.outcome in HELP_OUTCOMES:
            actions.append(a(state, "action.weigh_q5", "form", form="question"))
        if weighing.advice:
            actions.append(a(state, "action.decide", "form", "primary", form="decide"))
        if state.acute or (state.decision and state.decision.outcome in REPORT_OUTCOMES):
            actions.append(a(state, "action.melding", "form", form="melding"))
        if state.decision and state.decision.outcome in HELP_OUTCOMES:
            actions.append(a(state, "action.help", "form", form="help"))
        if state.meldingen:
            actions.append(a(state, "action.vt_feedback", "form", form="vt_feedback"))
        if state.triage is not None and state.triage.info_question:
            actions.append(a(state, "action.info", "form", "primary", form="info"))
        if self.with_queue:
            actions.append(a(state, "action.consult_request", "form", form="consult_request"))
        actions += [a(state, "action.urgency", "form", form="urgency"),
                    a(state, "action.situation", "form", form="situation"),
                    a(state, "action.timeline", "timeline"),
                    a(state, "action.close", "form", "danger", form="close")]
        return actions

    # -- other cards -------------------------------------------------------------

    def list_card(self, cases: list[CaseState]) -> Card:
        t = self.t
        card = Card(kind="list", title=t("list.title"))
        if not cases:
            card.sections.append(Section(t("list.empty")))
            return card
        lines = []
        for state in cases:
            step = current_step(self.protocol, state)
            lines.append(t("list.line", reference=state.reference, sector=self.sector(state),
                           step=self.step_title(step), urgency=t(f"urgency.{state.urgency}")))
            card.actions.append(Action(t("list.open", reference=state.reference), "show_case", {"case": state.id}))
        card.sections.append(Section("\n".join(lines)))
        return card

    def home_card(self, own: list[CaseState], others: list[CaseState]) -> Card:
        """A personal overview: own open cases with their pending items; for an
        aandachtsfunctionaris also everyone else's open cases, acute first."""
        t = self.t
        card = Card(kind="list", title=t("home.title"))
        if not own:
            card.sections.append(Section(t("list.empty")))
        for state in own:
            step = current_step(self.protocol, state)
            pending = open_items(self.protocol, state, self.protocol.step(step))
            text = t("home.case_line", step=self.step_title(step), urgency=t(f"urgency.{state.urgency}"))
            if pending:
                text += "\n" + t("home.pending", items=self.missing(pending, plugin_texts(state)))
            card.sections.append(Section(text, title=state.reference, style="danger" if state.acute else "normal"))
            card.actions.append(Action(t("list.open", reference=state.reference), "show_case", {"case": state.id}))
        if others:
            ordered = sorted(others, key=lambda s: (s.urgency != "acuut", s.urgency != "verhoogd", s.opened_at))
            lines = [t("list.line", reference=s.reference, sector=self.sector(s),
                       step=self.step_title(current_step(self.protocol, s)), urgency=t(f"urgency.{s.urgency}"))
                     for s in ordered]
            card.sections.append(Section("\n".join(lines), title=t("home.queue")))
            card.actions += [Action(t("list.open", reference=s.reference), "show_case", {"case": s.id})
                             for s in ordered]
        card.actions.append(Action(t("action.new"), "form", {"form": "new_case"}, "primary"))
        return card

    # -- the aandachtsfunctionaris's queue and reminders -------------------------------------

    def triage_section(self, state: CaseState, redact: Callable[[str], str] | None = None) -> Section:
        """Where the case stands in the queue. With ``redact`` (for the aandachtsfunctionaris's
        eyes only) also the questions asked; without, as the case channel sees it."""
        t = self.t
        triage = state.triage
        assert triage is not None
        lines = [t(f"triage.kind.{triage.kind}") + " · " + t("triage.since", since=self.time(triage.since))]
        if triage.status == "claimed":
            lines.append(t("triage.claimed_by", name=actor_name(triage.by_name or triage.by)))
        else:
            lines.append(t("triage.waiting"))
        if redact is not None and triage.question:
            lines.append(t("triage.question", question=redact(triage.question)))
        if redact is not None and triage.info_question:
            lines.append(t("triage.info_question", question=redact(triage.info_question)))
        return Section("\n".join(lines), title=t("triage.title"), style="warning" if triage.kind == "acute" else "normal")

    def triage_actions(self, state: CaseState, me: str, *, full: bool = True, with_open: bool = True) -> list[Action]:
        """What an aandachtsfunctionaris can do with a case in the queue (``full``: all of it;
        else open and claim, for lists where platforms cap the buttons)."""
        a = self._case_action
        assert state.triage is not None
        actions = [Action(self.t("list.open", reference=state.reference), "show_case", {"case": state.id})
                   ] if with_open else []
        if not (state.triage.status == "claimed" and state.triage.by == me):
            actions.append(a(state, "action.claim", "claim", "primary"))
        if full:
            actions += [a(state, "action.assign", "form", form="assign"),
                        a(state, "action.ask_info", "form", form="ask_info"),
                        a(state, "action.handled", "handled")]
        return actions

    def queue_card(self, queue: list[CaseState], me: str, redact: Callable[[CaseState], Callable[[str], str]],
                   limit: int = 10) -> Card:
        """The aandachtsfunctionaris's queue: acute first, then by urgency and waiting time."""
        t = self.t
        card = Card(kind="list", title=t("triage.queue_title", count=len(queue)))
        if not queue:
            card.sections.append(Section(t("triage.queue_empty")))
        for state in queue[:limit]:
            text = t("list.line", reference=state.reference, sector=self.sector(state),
                     step=self.step_title(current_step(self.protocol, state)), urgency=t(f"urgency.{state.urgency}"))
            section = self.triage_section(state, redact(state))
            card.sections.append(Section(text + "\n" + section.text, title=state.reference,
                                         style="danger" if state.acute else section.style))
            card.actions += self.triage_actions(state, me, full=False)
        if len(queue) > limit:
            rest = ", ".join(s.reference for s in queue[limit:])
            card.sections.append(Section(t("triage.more", count=len(queue) - limit, references=rest)))
        return card

    def owner_notice(self, state: CaseState, what: str, **params: Any) -> Card:
        """To the case owner about the queue (taken up, assigned): who, and a way to the case."""
        t = self.t
        params = _marked(params)
        card = Card(kind="alert", title=t(f"triage.owner.{what}.title", reference=state.reference, **params))
        card.sections.append(Section(t(f"triage.owner.{what}.text", reference=state.reference, **params)))
        card.actions = [Action(t("list.open", reference=state.reference), "show_case", {"case": state.id})]
        return card

    def triage_notice(self, state: CaseState, what: str, redact: Callable[[str], str], **params: Any) -> Card:
        """To an aandachtsfunctionaris: a request in the queue, an assignment, an answer."""
        t = self.t
        card = Card(kind="alert", title=t(f"triage.notice.{what}.title", reference=state.reference),
                    style="danger" if state.acute else "normal")
        params.setdefault("name", state.owner_name)
        params = _marked(params)
        card.sections.append(Section(t(f"triage.notice.{what}.text", reference=state.reference,
                                       sector=self.sector(state), concerns=self.concerns(state), **params)))
        if state.in_queue:
            card.sections.append(self.triage_section(state, redact))
            card.actions = self.triage_actions(state, "")
        else:
            card.actions = [Action(t("list.open", reference=state.reference), "show_case", {"case": state.id})]
        return card

    def info_request_card(self, state: CaseState, asker: str, question: str) -> Card:
        """To the case owner: the aandachtsfunctionaris asks for more information."""
        t = self.t
        card = Card(kind="alert", title=t("triage.info.title", reference=state.reference))
        card.sections.append(Section(t("triage.info.text", name=actor_name(asker), reference=state.reference)))
        card.sections.append(Section(question, title=t("triage.info.question")))
        card.actions = [self._case_action(state, "action.info", "form", "primary", form="info"),
                        Action(t("list.open", reference=state.reference), "show_case", {"case": state.id})]
        return card

    def reminder_card(self, state: CaseState, kind: str, step: int, reminder: int, *, escalation: bool,
                      since: datetime | None = None) -> Card:
        """A reminder to the case owner, or (``escalation``) to the aandachtsfunctionaris."""
        t = self.t
        p = self.protocol
        params: dict[str, Any] = {"reference": state.reference, "name": actor_name(state.owner_name)}
        if kind == "step":
            params["step"] = self.step_title(step)
            params["items"] = self.missing(open_items(p, state, p.step(step)), plugin_texts(state))
        if kind == "vt_feedback" and state.meldingen:  # the melding it is about (its number in ``step``)
            params["on"] = self.date(state.meldingen[min(max(step, 1), len(state.meldingen)) - 1].on)
        if since is not None:
            params["since"] = self.date(since)
        who = "escalation" if escalation else "owner"
        card = Card(kind="alert", title=t(f"reminder.{kind}.{who}.title", **params),
                    style="warning" if escalation else "normal")
        card.sections.append(Section(t(f"reminder.{kind}.{who}.text", **params)))
        open_case = Action(t("list.open", reference=state.reference), "show_case", {"case": state.id})
        if escalation:
            card.actions = [open_case]
            return card
        a = self._case_action
        if kind == "vt_feedback":
            card.actions.append(a(state, "action.vt_feedback", "form", "primary", form="vt_feedback"))
        elif step == 2:
            card.actions.append(a(state, "action.consult", "form", "primary", form="consult"))
        elif step in (4, 5):
            weighing = walk(p, state.answer_map())
            if weighing.next_question and not weighing.deferred:
                card.actions.append(a(state, "action.weigh", "form", "primary", form="question"))
            elif weighing.advice and state.decision is None:
                card.actions.append(a(state, "action.decide", "form", "primary", form="decide"))
        card.actions += [open_case, a(state, "action.snooze", "snooze", reminder=reminder, kind=kind, step=step)]
        return card

    def help_card(self) -> Card:
        t = self.t
        card = Card(kind="help", title=t("help.title"))
        card.sections.append(Section(t("help.commands"), title=t("help.commands_title")))
        steps = "\n".join(self.step_title(s.number) for s in self.protocol.steps)
        card.sections.append(Section(steps, title=t("help.steps_title")))
        card.sections.append(Section(t("definitie.meldnorm"), title=t("help.meldnorm_title")))
        card.sections.append(Section(t("help.numbers"), title=t("help.numbers_title"), style="warning"))
        card.actions.append(Action(t("action.new"), "form", {"form": "new_case"}, "primary"))
        card.actions.append(Action(t("action.list"), "list"))
        return card

    def notice(self, text: str, *, style: str = "normal", title: str | None = None) -> Card:
        return Card(kind="notice", title=title or self.t("notice.title"), sections=[Section(text)], style=style)  # type: ignore[arg-type]

    def note_card(self, state: CaseState, note: Any, redact: Callable[[str], str]) -> Card:
        return Card(kind="note", title=self.t("note.title", reference=state.reference, name=actor_name(note.actor_name)),
                    sections=[Section(redact(note.text))])

    def acute_card(self, state: CaseState, *, alerted: int | None = None) -> Card:
        """What to do now. For the actor (``alerted`` = how many contacts were alerted) or, with
        ``alerted`` None, the alert to an aandachtsfunctionaris."""
        t = self.t
        card = Card(kind="alert", title=t("acute.alert_title", reference=state.reference), style="danger")
        if alerted is None:
            card.sections.append(Section(t("acute.alert_contact", reference=state.reference, name=actor_name(state.owner_name),
                                           sector=self.sector(state), concerns=self.concerns(state))))
            card.actions.append(Action(t("list.open", reference=state.reference), "show_case", {"case": state.id}))
            if state.in_queue:  # take it at once, from the alert
                card.actions.append(self._case_action(state, "action.claim", "claim", "primary"))
        card.sections.append(Section(t("acute.what_to_do"), title=t("acute.title"), style="danger"))
        if alerted is not None:
            card.sections.append(Section(t("acute.contacts_alerted", count=alerted) if alerted else t("acute.no_contact"),
                                         style="warning" if alerted else "danger"))
        return card

    def timeline_card(self, state: CaseState, events: list[Event]) -> Card:
        t = self.t
        lines = []
        for e in events:
            key = f"timeline.{e.kind}"
            if e.kind == "persons_registered":  # persons added, words that are no person, or both
                key += "." + ("both" if e.data.get("roles") and e.data.get("not_persons") else
                              "added" if e.data.get("roles") else "none")
            params = self._timeline_params(e, state)
            lines.append(t("timeline.line", at=self.time(e.at), name=actor_name(e.actor_name), what=t(key, **params)))
        return Card(kind="timeline", title=t("timeline.title", reference=state.reference),
                    sections=[Section("\n".join(lines))])

    def _timeline_params(self, e: Event, state: CaseState) -> dict[str, Any]:
        t = self.t
        d = e.data
        params: dict[str, Any] = {}
        if "step" in d and d["step"] is not None:
            params["step"] = d["step"]
        if e.kind == "obligation_added":
            params["item"] = self.text(Text.model_validate(d["item"]["text"]))
        elif "item" in d:
            step = self.protocol.step(int(d["step"])) if 1 <= int(d.get("step") or 0) <= len(self.protocol.steps) else None
            params["item"] = self.item_label(d["item"], find_item(self.protocol, state, step, d["item"]) if step else None)
        if e.kind == "situation_set":
            params["sector"] = self._sector_label(d["sector"], d.get("sector_variant", ""))
        if "urgency" in d:
            params["urgency"] = t(f"urgency.{d['urgency']}")
        if "outcome" in d and e.kind == "decision_recorded":
            params["outcome"] = t(f"outcome.{d['outcome']}")
        if "role" in d:
            params["role"] = t(f"consultation_role.{d['role']}")
        if e.kind == "answer_recorded":
            params["question"] = d["question"]
            params["answer"] = t.yes_no(d["answer"])
        if "reason" in d and e.kind == "step_skipped":
            params["reason"] = t(f"skip_reason.{d['reason']}")
        if "notified" in d:
            params["notified"] = d["notified"]
        if e.kind == "triage_requested":
            params["kind"] = t(f"triage.kind.{d['request']}")
        if e.kind == "triage_assigned":
            params["to"] = actor_name(d.get("to_name") or d["to"])
        if e.kind == "persons_registered":
            roles = ", ".join(t(f"role.{r}").lower() for r in d.get("roles", []))
            params["roles"] = roles or "-"
            params["not_persons"] = d.get("not_persons", 0)
        return params

    # -- forms ---------------------------------------------------------------------

    def _options(self, prefix: str, keys: list[str]) -> list[Option]:
        return [Option(k, self.t(f"{prefix}.{k}")) for k in keys]

    def new_case_form(self, default_sector: str | None) -> Form:
        t = self.t
        return Form(
            name="new_case",
            title=t("form.new_case.title"),
            submit_label=t("form.new_case.submit"),
            intro=[Section(t("form.new_case.intro"))],
            fields=[
                FormField("sector", t("field.sector"), "choice", options=self.sector_options(),
                          initial=default_sector),
                FormField("concerns", t("field.concerns"), "multichoice",
                          options=self.concern_options(), help=t("form.new_case.concerns_help")),
                FormField("acute", t("field.acute"), "yesno", help=t("form.new_case.acute_help")),
                FormField("description", t("field.description"), "longtext", required=False,
                          help=t("form.no_names"), max_length=1000),
                FormField("persons", t("field.persons"), "persons", required=False,
                          options=self._options("role", list(ROLES)), help=t("form.new_case.persons_help"),
                          max_length=MAX_NAME),
                FormField("dossier", t("field.dossier"), "text", required=False, max_length=64,
                          help=t("form.new_case.dossier_help")),
            ],
        )

    def case_form(self, state: CaseState, name: str, **context: Any) -> Form:
        """The form behind a case action (note, consult, question, decide, ...)."""
        t = self.t
        p = self.protocol
        ctx = {"case": state.id, **context}
        title = t(f"form.{name}.title", reference=state.reference)
        submit = t(f"form.{name}.submit")
        intro: list[Section] = []
        fields: list[FormField]
        if name == "note":
            fields = [FormField("text", t("field.text"), "longtext", help=t("form.no_names"))]
        elif name == "consult":
            fields = [
                FormField("role", t("field.role"), "choice", options=self._options("consultation_role", p.consultation_roles.keys)),
                FormField("with_whom", t("field.with_whom"), "text", required=False, max_length=200,
                          help=t("form.consult.with_whom_help")),
                FormField("on", t("field.on"), "date", required=False, help=t("form.date_help")),
                FormField("outcome", t("field.outcome"), "longtext", help=t("form.no_names")),
            ]
            intro = [Section(t("form.consult.intro"))]
        elif name == "vt_advice":
            fields = [
                FormField("on", t("field.on"), "date", required=False, help=t("form.date_help")),
                FormField("outcome", t("field.outcome"), "longtext", help=t("form.no_names")),
            ]
            intro = [Section(t("form.vt_advice.intro"))]
        elif name == "skip":
            fields = [
                FormField("reason", t("field.reason"), "choice", options=self._options("skip_reason", p.skip_reasons)),
                FormField("motivation", t("field.motivation"), "longtext", help=t("form.no_names")),
            ]
            intro = [Section(t("form.skip.intro"))]
        elif name == "question":
            number = context["question"]
            question = p.afwegingskader.question(number)
            title = t("form.question.title", number=number, reference=state.reference)
            intro = [Section(self.question_text(number),
                             title=self.step_title(p.question_step(state.variant, number)))]
            intro += [Section(t(key)) for key in question.help]
            fields = [
                FormField("answer", t("field.answer"), "yesno"),
                FormField("explanation", t("field.explanation"), "longtext", required=False, help=t("form.no_names")),
            ]
        elif name == "decide":
            weighing = walk(p, state.answer_map())
            if weighing.advice is None:  # e.g. a stale form after an earlier answer was changed
                raise Refused("refused.decision_before_weighing", question=weighing.next_question)
            advice = t("weighing.advice", advice=t(f"outcome.{weighing.advice}"))
            if weighing.note:
                advice += "\n" + t(f"advice_note.{weighing.note}")
            intro = [Section(advice, style="warning"), Section(t("definitie.meldnorm"), title=t("help.meldnorm_title"))]
            fields = [
                FormField("outcome", t("field.decision"), "choice", options=self._options("outcome", p.outcomes.keys),
                          initial=weighing.advice),
                FormField("motivation", t("field.motivation"), "longtext", help=t("form.no_names")),
            ]
        elif name == "melding":
            intro = [Section(t("form.melding.intro"))]
            fields = [
                FormField("on", t("field.on"), "date", required=False, help=t("form.date_help")),
                FormField("text", t("field.text"), "longtext", required=False, help=t("form.no_names")),
            ]
        elif name == "help":
            fields = [
                FormField("text", t("field.help_text"), "longtext", help=t("form.no_names")),
                FormField("on", t("field.on"), "date", required=False, help=t("form.date_help")),
            ]
        elif name == "urgency":
            fields = [FormField("urgency", t("field.urgency"), "choice", options=self._options("urgency", p.urgency.keys),
                                initial=state.urgency)]
        elif name == "situation":
            value = f"{state.sector}:{state.sector_variant}" if state.sector_variant else state.sector
            intro = [Section(t("form.situation.intro"))]
            fields = [
                FormField("sector", t("field.sector"), "choice", options=self.sector_options(), initial=value),
                FormField("concerns", t("field.concerns"), "multichoice", options=self.concern_options(),
                          initial=list(state.concerns)),
            ]
        elif name == "consult_request":
            intro = [Section(t("form.consult_request.intro"))]
            fields = [FormField("question", t("field.question"), "longtext", help=t("form.no_names"), max_length=1000)]
        elif name == "assign":
            people = context.get("people") or []
            fields = [FormField("to", t("field.assign_to"), "choice", options=[Option(i, actor_name(n)) for i, n in people])]
            ctx.pop("people", None)
        elif name == "ask_info":
            intro = [Section(t("form.ask_info.intro"))]
            fields = [FormField("question", t("field.question"), "longtext", help=t("form.no_names"), max_length=1000)]
        elif name == "info":
            question = state.triage.info_question if state.triage else ""
            intro = [Section(context.get("redacted_question", question), title=t("triage.info.question"))]
            ctx.pop("redacted_question", None)
            fields = [FormField("text", t("field.answer_text"), "longtext", help=t("form.no_names"))]
        elif name == "vt_feedback":
            intro = [Section(t("form.vt_feedback.intro"))]
            fields = [
                FormField("on", t("field.on"), "date", required=False, help=t("form.date_help")),
                FormField("text", t("field.vt_feedback"), "longtext", help=t("form.no_names")),
            ]
        elif name in ("close", "reopen"):
            fields = [FormField("reason", t("field.reason"), "longtext", help=t("form.no_names"))]
            if name == "close" and state.meldingen and not feedback_after_melding(state):
                intro = [Section(t("form.close.no_feedback"), style="warning")]
        else:
            raise KeyError(name)
        return Form(name=name, title=title, fields=fields, submit_label=submit, context=ctx, intro=intro)
