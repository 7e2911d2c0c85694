"""Case state and the events that change it.

A case is the fold of its events (the timeline); ``apply`` is the only place where state
changes. Storage keeps both the events and a snapshot of the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.guidance.model import CaseGuidance, CaseView, GuidedItem, Text
from assistant.meldcode import Outcome, Protocol, Step

REPORT_OUTCOMES = ("report", "report_and_help")
HELP_OUTCOMES = ("help", "report_and_help")


class Entry(BaseModel):
    """Something recorded by someone at some time."""

    actor: str
    actor_name: str = ""
    at: datetime


class Note(Entry):
    text: str
    step: int | None = None


class Consultation(Entry):
    role: str
    with_whom: str = ""
    on: date
    outcome: str


class Answer(Entry):
    question: int
    answer: bool
    explanation: str = ""


class Decision(Entry):
    outcome: Outcome
    advice: Outcome
    motivation: str
    seq: int = 0


class Fact(Entry):
    """Veilig Thuis advice asked, melding made or help organised."""

    on: date
    text: str = ""


class Skip(Entry):
    reason: str
    motivation: str


class Triage(BaseModel):
    """The case in the aandachtsfunctionaris's queue: what was asked, since when, who has it."""

    kind: Literal["new", "consultation", "acute"]
    status: Literal["waiting", "claimed", "handled"] = "waiting"
    since: datetime
    question: str = ""  # the professional's question (a consultation request)
    by: str = ""  # the aandachtsfunctionaris who has it (claimed or assigned)
    by_name: str = ""
    info_question: str = ""  # more information asked of the professional, not yet given
    info_by: str = ""
    requests: int = 1  # how many requests this entry holds (each one is told to the contacts)

    @property
    def open(self) -> bool:
        return self.status != "handled"


TRIAGE_RANK = {"acute": 0, "consultation": 1, "new": 2}


class CaseState(BaseModel):
    id: str
    reference: str
    sector: str
    sector_variant: str = ""
    concerns: list[str]
    urgency: str
    owner: str
    owner_name: str = ""
    description: str = ""
    variant: int = 4
    status: Literal["open", "closed"] = "open"
    opened_at: datetime
    closed_at: datetime | None = None
    close_reason: str = ""
    checked: dict[int, list[str]] = Field(default_factory=dict)
    skipped: dict[int, Skip] = Field(default_factory=dict)
    notes: list[Note] = Field(default_factory=list)
    consultations: list[Consultation] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    vt_advice: list[Fact] = Field(default_factory=list)
    meldingen: list[Fact] = Field(default_factory=list)
    help: list[Fact] = Field(default_factory=list)
    # What plugins add: guidance for the sector and forms, and obligations from case events.
    guidance: CaseGuidance = Field(default_factory=CaseGuidance)
    obligations: list[GuidedItem] = Field(default_factory=list)
    triage: Triage | None = None
    vt_feedback: list[Fact] = Field(default_factory=list)
    # The last change to what a decision rests on (an answer, or the case turning acute).
    weighing_seq: int = 0
    version: int = 0

    @property
    def acute(self) -> bool:
        return self.urgency == "acuut"

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def decision(self) -> Decision | None:
        """The decision in force: the last one, unless the weighing changed after it."""
        if self.decisions and self.decisions[-1].seq > self.weighing_seq:
            return self.decisions[-1]
        return None

    @property
    def lapsed_decision(self) -> Decision | None:
        """The last decision when it no longer holds because the weighing changed after it."""
        if self.decisions and self.decision is None:
            return self.decisions[-1]
        return None

    def actor_names(self) -> set[str]:
        """Display names of the professionals who worked on the case."""
        entries = [*self.notes, *self.consultations, *self.answers, *self.decisions, *self.vt_advice,
                   *self.meldingen, *self.help, *self.vt_feedback, *self.skipped.values()]
        return {self.owner_name, self.triage.by_name if self.triage else "", *(e.actor_name for e in entries)} - {""}

    def free_texts(self) -> list[str]:
        """Everything typed into the case, in the order the card shows it (for numbering the
        persons nobody registered the same way in every text of the case)."""
        texts = [self.description, *(s.motivation for s in self.skipped.values()), *(n.text for n in self.notes)]
        texts += [t for c in self.consultations for t in (c.with_whom, c.outcome)]
        texts += [a.explanation for a in self.answers] + [d.motivation for d in self.decisions]
        texts += [f.text for f in (*self.vt_advice, *self.meldingen, *self.help, *self.vt_feedback)]
        if self.triage is not None:
            texts += [self.triage.question, self.triage.info_question]
        return [t for t in [*texts, self.close_reason] if t]

    @property
    def in_queue(self) -> bool:
        """Waiting for (or with) an aandachtsfunctionaris."""
        return self.is_open and self.triage is not None and self.triage.open

    def answer_map(self) -> dict[int, bool]:
        return {a.question: a.answer for a in self.answers}

    def view(self, protocol: Protocol) -> CaseView:
        """The case as plugins see it: no text, no names."""
        decision = self.decision
        return CaseView(
            sector=self.sector, variant=self.sector_variant, concerns=tuple(self.concerns), urgency=self.urgency,
            completed_steps=tuple(s.number for s in protocol.steps if step_complete(protocol, self, s.number)),
            decision=decision.outcome if decision else None,
        )


class Event(BaseModel):
    """One entry on a case's timeline."""

    kind: str
    data: dict[str, Any] = Field(default_factory=dict)
    actor: str
    actor_name: str = ""
    at: datetime
    seq: int = 0


# ---------------------------------------------------------------------------
# The afwegingskader walk


@dataclass(frozen=True)
class Weighing:
    path: tuple[int, ...]  # questions answered along the current branches
    next_question: int | None  # the question to answer now (None when finished)
    advice: Outcome | None  # the advice reached so far
    note: str | None
    deferred: bool  # next_question is asked later (after help was given)
    norm: str | None = None  # the part of the meldnorm behind a "report" advice


def walk(protocol: Protocol, answers: dict[int, bool]) -> Weighing:
    """Follow the afwegingskader's branches through the given answers."""
    path: list[int] = []
    number = 1
    advice: Outcome | None = None
    note: str | None = None
    norm: str | None = None
    while True:
        if number not in answers:
            return Weighing(tuple(path), number, advice, note, deferred=advice is not None, norm=norm)
        branch = protocol.afwegingskader.question(number).branch(answers[number])
        path.append(number)
        advice, note, norm = branch.advice, branch.note, branch.norm
        if branch.next is None:
            return Weighing(tuple(path), None, advice, note, deferred=False, norm=norm)
        number = branch.next
        if not branch.deferred:
            advice = None


# ---------------------------------------------------------------------------
# Checklist: which items apply and which are satisfied


@dataclass(frozen=True)
class CheckItem:
    """A checklist item of a case: the basismodel's (``text`` None) or a plugin's."""

    key: str
    required: bool = True
    auto: str | None = None
    when: str | None = None
    role: str | None = None
    text: Text | None = None
    plugin: str = ""


def step_items(protocol: Protocol, state: CaseState, step: Step) -> list[CheckItem]:
    """The items of a step for this case: the basismodel's (less those a route warning lifts),
    then the plugins' guidance and obligations."""
    items = [CheckItem(i.key, i.required, i.auto, i.when) for i in step.items
             if not state.guidance.suppressed(step.number, i.key)]
    for extra in (*state.guidance.items, *state.obligations):
        if extra.step == step.number and all(i.key != extra.id for i in items):
            items.append(CheckItem(extra.id, extra.required, extra.auto, extra.when, extra.role, extra.text,
                                   extra.plugin))
    return items


def find_item(protocol: Protocol, state: CaseState, step: Step, key: str) -> CheckItem | None:
    return next((i for i in step_items(protocol, state, step) if i.key == key), None)


def item_applies(protocol: Protocol, state: CaseState, step: Step, key: str | CheckItem) -> bool:
    item = key if isinstance(key, CheckItem) else find_item(protocol, state, step, key)
    if item is None:
        return False
    if item.auto == "weighing_step" and not protocol.questions_at(state.variant, step.number):
        return False
    decision = state.decision
    if item.when == "decision_report":
        return decision is not None and decision.outcome in REPORT_OUTCOMES
    if item.when == "decision_help":
        return decision is not None and decision.outcome in HELP_OUTCOMES
    return True


def item_done(protocol: Protocol, state: CaseState, step: Step, key: str | CheckItem) -> bool:
    item = key if isinstance(key, CheckItem) else find_item(protocol, state, step, key)
    if item is None:
        return False
    match item.auto:
        case None:
            return item.key in state.checked.get(step.number, [])
        case "consultation":
            return any(item.role in (None, c.role) for c in state.consultations)
        case "vt_advice":
            return bool(state.vt_advice) or any(c.role == "veilig_thuis" for c in state.consultations)
        case "decision":
            return state.decision is not None
        case "melding":
            return bool(state.meldingen)
        case "help":
            return bool(state.help)
        case "weighing_step":
            weighing = walk(protocol, state.answer_map())
            if weighing.advice is not None:
                return True
            assert weighing.next_question is not None
            return protocol.question_step(state.variant, weighing.next_question) > step.number
    return False  # pragma: no cover


def open_items(protocol: Protocol, state: CaseState, step: Step) -> list[str]:
    """Required items of a step that still need doing (empty when the step is skipped)."""
    if step.number in state.skipped:
        return []
    return [
        item.key
        for item in step_items(protocol, state, step)
        if item.required
        and item_applies(protocol, state, step, item)
        and not item_done(protocol, state, step, item)
    ]


def step_complete(protocol: Protocol, state: CaseState, number: int) -> bool:
    return not open_items(protocol, state, protocol.step(number))


def current_step(protocol: Protocol, state: CaseState) -> int:
    """The first step with open required items (the last step when all are done)."""
    for step in protocol.steps:
        if open_items(protocol, state, step):
            return step.number
    return protocol.steps[-1].number


def plugin_texts(state: CaseState) -> dict[str, Text]:
    """The texts of the plugins' items on a case, by item key."""
    return {i.id: i.text for i in (*state.guidance.items, *state.obligations)}


def feedback_after_melding(state: CaseState) -> bool:
    """Whether Veilig Thuis's feedback was recorded after the latest melding."""
    if not state.meldingen:
        return False
    last = state.meldingen[-1].at
    return any(f.at >= last for f in state.vt_feedback)


# ---------------------------------------------------------------------------
# Applying events


def apply(state: CaseState | None, event: Event) -> CaseState:
    data = event.data
    entry = {"actor": event.actor, "actor_name": event.actor_name, "at": event.at}
    if event.kind == "opened":
        return CaseState(
            id=data["id"],
            reference=data["reference"],
            sector=data["sector"],
            sector_variant=data.get("sector_variant", ""),
            concerns=list(data["concerns"]),
            urgency=data["urgency"],
            owner=event.actor,
            owner_name=event.actor_name,
            description=data.get("description", ""),
            variant=data["variant"],
            opened_at=event.at,
            version=event.seq,
        )
    if state is None:
        raise ValueError("the first event of a case must be 'opened'")
    state = state.model_copy(deep=True)
    match event.kind:
        case "item_checked":
            items = state.checked.setdefault(int(data["step"]), [])
            if data["item"] not in items:
                items.append(data["item"])
        case "item_unchecked":
            items = state.checked.setdefault(int(data["step"]), [])
            if data["item"] in items:
                items.remove(data["item"])
        case "step_skipped":
            state.skipped[int(data["step"])] = Skip(reason=data["reason"], motivation=data["motivation"], **entry)
        case "step_unskipped":
            state.skipped.pop(int(data["step"]), None)
        case "note_added":
            state.notes.append(Note(text=data["text"], step=data.get("step"), **entry))
        case "consultation_recorded":
            state.consultations.append(Consultation(**data, **entry))
        case "urgency_set":
            decision = state.decision
            state.urgency = data["urgency"]
            if state.triage is not None and state.triage.kind == "acute" and not state.acute:
                # no longer acute: the queue entry is what it was asked for, told in working hours
                # (a new request number: the acute one's half-hour alert no longer applies)
                state.triage = state.triage.model_copy(update={
                    "kind": "consultation" if state.triage.question else "new",
                    "requests": state.triage.requests + 1})
            dropped = set(data.get("drops", []))
            state.answers = [a for a in state.answers if a.question not in dropped]
            if dropped or (state.acute and decision is not None and decision.outcome not in REPORT_OUTCOMES):
                state.weighing_seq = event.seq  # acute danger: a decision without melden no longer holds
        case "answer_recorded":
            # Answering (again) drops the answers to questions after it on the old branch.
            dropped = set(data.get("drops", []))
            kept = [a for a in state.answers if a.question != data["question"] and a.question not in dropped]
            kept.append(Answer(question=data["question"], answer=data["answer"],
                               explanation=data.get("explanation", ""), **entry))
            state.answers = sorted(kept, key=lambda a: a.question)
            state.weighing_seq = event.seq
        case "decision_recorded":
            state.decisions.append(Decision(**data, seq=event.seq, **entry))
        case "vt_advice_recorded":
            state.vt_advice.append(Fact(**data, **entry))
        case "melding_recorded":
            state.meldingen.append(Fact(**data, **entry))
        case "help_recorded":
            state.help.append(Fact(**data, **entry))
        case "closed":
            state.status = "closed"
            state.closed_at = event.at
            state.close_reason = data.get("reason", "")
        case "reopened":
            state.status = "open"
            state.closed_at = None
            state.close_reason = ""
        case "situation_set":
            state.sector = data["sector"]
            state.sector_variant = data.get("sector_variant", "")
            state.concerns = list(data["concerns"])
        case "guidance_set":
            state.guidance = CaseGuidance.model_validate(data["guidance"])
            state.variant = data["variant"]
        case "obligation_added":
            state.obligations.append(GuidedItem.model_validate(data["item"]))
        case "triage_requested":
            triage = state.triage
            if triage is not None and triage.open:
                # one entry per case: a new request sharpens it (acute first) and adds its question
                kind = min(triage.kind, data["request"], key=TRIAGE_RANK.__getitem__)
                question = "\n".join(q for q in (triage.question, data.get("question", "")) if q)
                state.triage = triage.model_copy(update={"kind": kind, "question": question,
                                                         "requests": triage.requests + 1})
            else:
                state.triage = Triage(kind=data["request"], since=event.at, question=data.get("question", ""))
        case "triage_claimed" | "triage_assigned":
            if state.triage is not None:
                by, name = (data["to"], data.get("to_name", "")) if event.kind == "triage_assigned" else (
                    event.actor, event.actor_name)
                state.triage = state.triage.model_copy(update={"status": "claimed", "by": by, "by_name": name})
        case "info_requested":
            if state.triage is not None:
                state.triage = state.triage.model_copy(update={"info_question": data["question"],
                                                               "info_by": event.actor})
        case "info_given":
            state.notes.append(Note(text=data["text"], **entry))
            if state.triage is not None:
                state.triage = state.triage.model_copy(update={"info_question": "", "info_by": ""})
        case "triage_handled":
            if state.triage is not None:
                state.triage = state.triage.model_copy(update={"status": "handled"})
        case "vt_feedback_recorded":
            state.vt_feedback.append(Fact(**data, **entry))
        case "reminder_escalated":
            pass  # recorded on the timeline only
        case "acute_alert" | "persons_registered":
            pass  # recorded on the timeline only
        case _:
            raise ValueError(f"unknown event kind {event.kind!r}")
    state.version = event.seq
    return state
