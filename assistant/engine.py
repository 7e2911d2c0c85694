"""The consultation engine: every command on a case, checked against the meldcode.

Commands take the current ``CaseState`` and return the events that record the change.
A command that cannot be carried out raises ``Refused`` with a catalogue key that says
what is missing. The engine does no I/O: storage and chat are the service's business.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from assistant.case import (
    HELP_OUTCOMES,
    REPORT_OUTCOMES,
    CaseState,
    Event,
    apply,
    find_item,
    open_items,
    plugin_texts,
    walk,
)
from assistant.guidance.model import CaseGuidance, GuidedItem
from assistant.meldcode import Protocol
from assistant.port import Actor

MAX_TEXT = 3000
SYSTEM = Actor("meldcode", "meldcode")  # the assistant itself, on the timeline
MAX_SHORT = 200


class Refused(Exception):
    """A command the meldcode does not allow (yet); ``key`` names the catalogue message."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Engine:
    def __init__(
        self,
        protocol: Protocol,
        *,
        variant: int = 4,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo = timezone.utc,
        sectors: dict[str, set[str]] | None = None,
        concerns: list[str] | None = None,
    ) -> None:
        self.protocol = protocol
        self.variant = variant
        self.clock = clock
        self.tz = tz
        # The sectors (with their variants) and forms of violence on offer: the basismodel's
        # and the plugins'.
        self.sectors = sectors if sectors is not None else {key: set() for key in protocol.sectors.keys}
        self.concerns = concerns if concerns is not None else protocol.concerns.all

    def today(self) -> date:
        """Today in the organisation's time zone (not UTC: at 00:30 in Amsterdam it is already today)."""
        return self.clock().astimezone(self.tz).date()

    # -- helpers -----------------------------------------------------------------

    def _event(self, state: CaseState | None, actor: Actor, kind: str, **data: Any) -> Event:
        seq = (state.version if state else 0) + 1
        return Event(kind=kind, data=data, actor=actor.id, actor_name=actor.name, at=self.clock(), seq=seq)

    @staticmethod
    def _require_open(state: CaseState) -> None:
        if not state.is_open:
            raise Refused("refused.closed", reference=state.reference)

    @staticmethod
    def _text(value: str | None, field: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
        text = (value or "").strip()
        if required and not text:
            raise Refused("refused.empty", field=field)
        if len(text) > limit:
            raise Refused("refused.too_long", field=field, limit=limit)
        return text

    def _date(self, value: date | None) -> date:
        today = self.today()
        if value is None:
            return today
        if value > today:
            raise Refused("refused.future_date")
        return value

    def _missing_before(self, state: CaseState, step: int) -> list[tuple[int, list[str]]]:
        """Open required items in the steps before ``step``."""
        missing = []
        for earlier in self.protocol.steps[: step - 1]:
            items = open_items(self.protocol, state, earlier)
            if items:
                missing.append((earlier.number, items))
        return missing

    def _require_steps_before(self, state: CaseState, step: int) -> None:
        if state.acute:
            return  # acute danger: act now, the steps are recorded afterwards
        missing = self._missing_before(state, step)
        if missing:
            number, items = missing[0]
            texts = {k: v.model_dump() for k, v in plugin_texts(state).items() if k in items}
            raise Refused("refused.step_first", step=number, items=items, **({"texts": texts} if texts else {}))

    def apply_all(self, state: CaseState | None, events: list[Event]) -> CaseState:
        for event in events:
            state = apply(state, event)
        assert state is not None
        return state

    # -- commands ------------------------------------------------------------------

    def open_case(
        self,
        actor: Actor,
        *,
        case_id: str,
        reference: str,
        sector: str,
        concerns: list[str],
        urgency: str,
        description: str = "",
        sector_variant: str = "",
    ) -> Event:
        self._check_situation(sector, sector_variant, concerns)
        if urgency not in self.protocol.urgency.keys:
            raise Refused("refused.unknown_choice", field="urgency")
        description = self._text(description, "description", required=False)
        return self._event(
            None, actor, "opened",
            id=case_id, reference=reference, sector=sector, sector_variant=sector_variant,
            concerns=list(dict.fromkeys(concerns)), urgency=urgency, description=description, variant=self.variant,
        )

    def _check_situation(self, sector: str, sector_variant: str, concerns: list[str]) -> None:
        if sector not in self.sectors or (sector_variant and sector_variant not in self.sectors[sector]):
            raise Refused("refused.unknown_choice", field="sector")
        if not concerns:
            raise Refused("refused.empty", field="concerns")
        if any(c not in self.concerns for c in concerns):
            raise Refused("refused.unknown_choice", field="concerns")

    def set_situation(self, state: CaseState, actor: Actor, *, sector: str, sector_variant: str,
                      concerns: list[str]) -> list[Event]:
        """Change the sector (and variant) or the forms of violence of a case."""
        self._require_open(state)
        self._check_situation(sector, sector_variant, concerns)
        concerns = list(dict.fromkeys(concerns))
        if (sector, sector_variant, concerns) == (state.sector, state.sector_variant, state.concerns):
            return []
        return [self._event(state, actor, "situation_set", sector=sector, sector_variant=sector_variant,
                            concerns=concerns)]

    def set_guidance(self, state: CaseState, guidance: CaseGuidance) -> list[Event]:
        """Keep the plugins' guidance with the case (and where its afwegingskader is asked)."""
        variant = guidance.afwegingskader_step or self.variant
        if guidance == state.guidance and variant == state.variant:
            return []
        return [self._event(state, SYSTEM, "guidance_set", guidance=guidance.model_dump(mode="json"),
                            variant=variant)]

    def add_obligations(self, state: CaseState, items: list[GuidedItem]) -> list[Event]:
        """Obligations from case events: each is added once."""
        have = {(i.step, i.id) for i in state.obligations}
        events = []
        for item in items:
            if (item.step, item.id) not in have:
                have.add((item.step, item.id))
                events.append(self._event(state, SYSTEM, "obligation_added", item=item.model_dump(mode="json")))
                state = apply(state, events[-1])
        return events

    def set_item(self, state: CaseState, actor: Actor, step: int, item: str, checked: bool) -> list[Event]:
        self._require_open(state)
        if not 1 <= step <= len(self.protocol.steps):
            raise Refused("refused.unknown_item")
        spec = find_item(self.protocol, state, self.protocol.step(step), item)
        if spec is None:
            raise Refused("refused.unknown_item")
        if spec.auto is not None:
            raise Refused(f"refused.auto_item.{spec.auto}")
        if (item in state.checked.get(step, [])) == checked:
            return []
        return [self._event(state, actor, "item_checked" if checked else "item_unchecked", step=step, item=item)]

    def skip_step(self, state: CaseState, actor: Actor, step: int, reason: str, motivation: str) -> list[Event]:
        self._require_open(state)
        if not 1 <= step <= len(self.protocol.steps) or not self.protocol.step(step).skippable:
            raise Refused("refused.not_skippable", step=step)
        if reason not in self.protocol.skip_reasons:
            raise Refused("refused.unknown_choice", field="reason")
        motivation = self._text(motivation, "motivation")
        return [self._event(state, actor, "step_skipped", step=step, reason=reason, motivation=motivation)]

    def unskip_step(self, state: CaseState, actor: Actor, step: int) -> list[Event]:
        self._require_open(state)
        if step not in state.skipped:
            return []
        return [self._event(state, actor, "step_unskipped", step=step)]

    def add_note(self, state: CaseState, actor: Actor, text: str, step: int | None = None) -> list[Event]:
        self._require_open(state)
        return [self._event(state, actor, "note_added", text=self._text(text, "text"), step=step)]

    def record_consultation(
        self, state: CaseState, actor: Actor, *, role: str, outcome: str, with_whom: str = "", on: date | None = None
    ) -> list[Event]:
        self._require_open(state)
        if role not in self.protocol.consultation_roles.keys:
            raise Refused("refused.unknown_choice", field="role")
        return [
            self._event(
                state, actor, "consultation_recorded",
                role=role,
                with_whom=self._text(with_whom, "with_whom", required=False, limit=MAX_SHORT),
                on=self._date(on).isoformat(),
                outcome=self._text(outcome, "outcome"),
            )
        ]

    def set_urgency(self, state: CaseState, actor: Actor, urgency: str) -> list[Event]:
        self._require_open(state)
        if urgency not in self.protocol.urgency.keys:
            raise Refused("refused.unknown_choice", field="urgency")
        if urgency == state.urgency:
            return []
        drops: list[int] = []
        if urgency == "acuut":
            # Acute danger is acute unsafety: a "no" to that question no longer holds, so it and
            # the answers that followed it are dropped and must be given again.
            weighing = walk(self.protocol, state.answer_map())
            answers = state.answer_map()
            for position, number in enumerate(weighing.path):
                if self.protocol.afwegingskader.question(number).key == "onveiligheid" and not answers[number]:
                    drops = list(weighing.path[position:])
                    if weighing.next_question in answers:
                        drops.append(weighing.next_question)
                    break
        return [self._event(state, actor, "urgency_set", urgency=urgency, drops=drops)]

    def answer(self, state: CaseState, actor: Actor, question: int, answer: bool, explanation: str = "") -> list[Event]:
        """Answer an afwegingskader question (or change an earlier answer on the current path)."""
        self._require_open(state)
        answers = state.answer_map()
        weighing = walk(self.protocol, answers)
        if question not in weighing.path and question != weighing.next_question:
            expected = weighing.next_question
            if expected is None:
                raise Refused("refused.weighing_finished")
            raise Refused("refused.question_order", question=question, expected=expected)
        if question == weighing.next_question and weighing.deferred:
            decision = state.decision
            if decision is None or decision.outcome not in HELP_OUTCOMES or not state.help:
                raise Refused("refused.question_after_help", question=question)
        self._require_steps_before(state, self.protocol.question_step(state.variant, question))
        spec = self.protocol.afwegingskader.question(question)
        if spec.key == "onveiligheid" and not answer and state.acute:
            raise Refused("refused.acute_means_unsafe")
        explanation = self._text(explanation, "explanation", required=False)
        # A changed answer drops the answers that followed it on the old branch.
        drops: list[int] = []
        if question in weighing.path and answers[question] != answer:
            drops = list(weighing.path[weighing.path.index(question) + 1 :])
            if weighing.next_question is not None and weighing.next_question in answers:
                drops.append(weighing.next_question)
        return [
            self._event(state, actor, "answer_recorded", question=question, answer=answer,
                        explanation=explanation, drops=drops)
        ]

    def decide(self, state: CaseState, actor: Actor, outcome: str, motivation: str) -> tuple[list[Event], list[str]]:
        """Record the professional's decision. Returns the events and warnings to show."""
        self._require_open(state)
        if outcome not in self.protocol.outcomes.keys:
            raise Refused("refused.unknown_choice", field="outcome")
        weighing = walk(self.protocol, state.answer_map())
        if weighing.advice is None:
            raise Refused("refused.decision_before_weighing", question=weighing.next_question)
        self._require_steps_before(state, len(self.protocol.steps))
        motivation = self._text(motivation, "motivation")
        warnings = []
        if outcome not in REPORT_OUTCOMES:
            if state.acute:
                warnings.append("warning.meldnorm.acute")
            elif weighing.advice in REPORT_OUTCOMES and weighing.norm:
                warnings.append(f"warning.meldnorm.{weighing.norm}")
        events = [
            self._event(state, actor, "decision_recorded", outcome=outcome, advice=weighing.advice, motivation=motivation)
        ]
        return events, warnings

    def _fact(self, state: CaseState, actor: Actor, kind: str, on: date | None, text: str, required: bool) -> list[Event]:
        self._require_open(state)
        return [self._event(state, actor, kind, on=self._date(on).isoformat(),
                            text=self._text(text, "text", required=required))]

    def record_vt_advice(self, state: CaseState, actor: Actor, *, outcome: str, on: date | None = None) -> list[Event]:
        return self._fact(state, actor, "vt_advice_recorded", on, outcome, required=True)

    def record_melding(self, state: CaseState, actor: Actor, *, text: str = "", on: date | None = None) -> list[Event]:
        return self._fact(state, actor, "melding_recorded", on, text, required=False)

    def record_help(self, state: CaseState, actor: Actor, *, text: str, on: date | None = None) -> list[Event]:
        return self._fact(state, actor, "help_recorded", on, text, required=True)

    def close(self, state: CaseState, actor: Actor, reason: str) -> list[Event]:
        self._require_open(state)
        decision = state.decision
        if decision is None and state.acute:
            raise Refused("refused.close_acute_without_decision")
        if decision is not None and decision.outcome in REPORT_OUTCOMES and not state.meldingen:
            raise Refused("refused.close_without_melding")
        return [self._event(state, actor, "closed", reason=self._text(reason, "reason"))]

    def reopen(self, state: CaseState, actor: Actor, reason: str) -> list[Event]:
        if state.is_open:
            raise Refused("refused.not_closed")
        return [self._event(state, actor, "reopened", reason=self._text(reason, "reason"))]

    # -- the aandachtsfunctionaris's queue ----------------------------------------------

    def request_triage(self, state: CaseState, actor: Actor, kind: str, question: str = "") -> list[Event]:
        """Put the case in the queue: a new case, a request for consultation, or acute danger."""
        self._require_open(state)
        question = self._text(question, "question", required=kind == "consultation")
        return [self._event(state, actor, "triage_requested", request=kind, question=question)]

    @staticmethod
    def _require_queued(state: CaseState) -> None:
        if not state.in_queue:
            raise Refused("refused.not_in_queue", reference=state.reference)

    def claim(self, state: CaseState, actor: Actor) -> list[Event]:
        self._require_queued(state)
        assert state.triage is not None
        if state.triage.status == "claimed" and state.triage.by == actor.id:
            return []
        return [self._event(state, actor, "triage_claimed")]

    def assign(self, state: CaseState, actor: Actor, to: str, to_name: str) -> list[Event]:
        self._require_queued(state)
        return [self._event(state, actor, "triage_assigned", to=to, to_name=to_name)]

    def ask_info(self, state: CaseState, actor: Actor, question: str) -> list[Event]:
        self._require_queued(state)
        return [self._event(state, actor, "info_requested", question=self._text(question, "question"))]

    def give_info(self, state: CaseState, actor: Actor, text: str) -> list[Event]:
        self._require_open(state)
        if state.triage is None or not state.triage.info_question:
            raise Refused("refused.no_question")
        return [self._event(state, actor, "info_given", text=self._text(text, "text"))]

    def handled(self, state: CaseState, actor: Actor) -> list[Event]:
        self._require_queued(state)
        return [self._event(state, actor, "triage_handled")]

    def record_vt_feedback(self, state: CaseState, actor: Actor, *, text: str, on: date | None = None) -> list[Event]:
        """What Veilig Thuis let the melder know: taken up or not, and what comes next."""
        if not state.meldingen:
            raise Refused("refused.no_melding")
        return self._fact(state, actor, "vt_feedback_recorded", on, text, required=True)

    def reminder_escalated(self, state: CaseState, kind: str, step: int, notified: int) -> Event:
        return self._event(state, SYSTEM, "reminder_escalated", reminder=kind, step=step, notified=notified)

    def persons_registered(self, state: CaseState, actor: Actor, *, roles: list[str], not_persons: int) -> list[Event]:
        """Who a text named, as the professional said when asked: persons added to the vault
        (their roles only; names stay in the vault) and words that are no person involved."""
        if not roles and not not_persons:
            return []
        return [self._event(state, actor, "persons_registered", roles=list(roles), not_persons=not_persons)]

    def acute_alert(self, state: CaseState, notified: int) -> Event:
        return self._event(state, SYSTEM, "acute_alert", notified=notified)
