"""Pure tests of the consultation engine: commands, refusals and the afwegingskader walk.

No database and no chat: a case is the fold of the events the engine returns.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case import CaseState, Event, apply, current_step, item_applies, item_done, open_items, walk
from assistant.engine import MAX_SHORT, MAX_TEXT, Engine, Refused
from assistant.meldcode import load_protocol
from assistant.port import Actor

P = load_protocol()
ME = Actor("U-prof", "Professional A")
COLLEAGUE = Actor("U-col", "Collega B")
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

STEP1 = ["signalen_vastgelegd", "bronnen"]
STEP3 = ["gesprek_doel", "gesprek_observaties", "gesprek_interpretatie", "gesprek_vastgelegd"]
OUTCOMES = set(P.outcomes.keys)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


# ---------------------------------------------------------------------------
# helpers


def new_case(variant: int = 4, urgency: str = "normaal", clock: Clock | None = None) -> tuple[Engine, CaseState]:
    engine = Engine(P, variant=variant, clock=clock or Clock())
    opened = engine.open_case(ME, case_id="case-1", reference="MC-TEST", sector="onderwijs",
                              concerns=["lichamelijke_mishandeling"], urgency=urgency, description="synthetisch")
    return engine, engine.apply_all(None, [opened])


def run(engine: Engine, state: CaseState, events: list[Event]) -> CaseState:
    return engine.apply_all(state, events)


def tick(engine: Engine, state: CaseState, step: int, *items: str) -> CaseState:
    for item in items:
        state = run(engine, state, engine.set_item(state, ME, step, item, True))
    return state


def consult(engine: Engine, state: CaseState) -> CaseState:
    return run(engine, state, engine.record_consultation(state, ME, role="aandachtsfunctionaris",
                                                         outcome="Zorgen gedeeld, verder naar stap 3"))


def through_steps_1_3(engine: Engine, state: CaseState) -> CaseState:
    state = tick(engine, state, 1, *STEP1)
    state = consult(engine, state)
    return tick(engine, state, 3, *STEP3)


def ready(engine: Engine, state: CaseState) -> CaseState:
    """Steps 1-3 done and the step-4 item 'risico_gewogen' ticked: every question may be answered."""
    return tick(engine, through_steps_1_3(engine, state), 4, "risico_gewogen")


def answer(engine: Engine, state: CaseState, question: int, value: bool, explanation: str = "") -> CaseState:
    return run(engine, state, engine.answer(state, ME, question, value, explanation))


def answer_all(engine: Engine, state: CaseState, answers: list[tuple[int, bool]]) -> CaseState:
    for question, value in answers:
        state = answer(engine, state, question, value)
    return state


def decide(engine: Engine, state: CaseState, outcome: str) -> tuple[CaseState, list[str]]:
    events, warnings = engine.decide(state, ME, outcome, "Eigen afweging, synthetisch")
    return run(engine, state, events), warnings


def refused(call, *args, **kwargs) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args, **kwargs)
    return info.value


def done(state: CaseState, step: int, key: str) -> bool:
    return item_done(P, state, P.step(step), key)


# ---------------------------------------------------------------------------
# the protocol as data


def test_question_steps_per_variant():
    assert [P.question_step(4, q) for q in range(1, 6)] == [4, 4, 5, 5, 5]
    assert [P.question_step(5, q) for q in range(1, 6)] == [5, 5, 5, 5, 5]
    assert P.questions_at(4, 4) == [1, 2]
    assert P.questions_at(5, 4) == []


def test_open_case_records_the_case():
    clock = Clock()
    engine, state = new_case(clock=clock)
    assert state.reference == "MC-TEST"
    assert state.owner == ME.id and state.owner_name == ME.name
    assert state.opened_at == START
    assert state.version == 1 and state.is_open and not state.acute
    assert state.variant == 4
    assert current_step(P, state) == 1
    assert open_items(P, state, P.step(1)) == STEP1

    opened = Engine(P, variant=5).open_case(
        ME, case_id="c", reference="MC-2222", sector="gezondheidszorg",
        concerns=["huiselijk_geweld", "huiselijk_geweld", "vgv"], urgency="acuut")
    assert opened.data["concerns"] == ["huiselijk_geweld", "vgv"]  # duplicates dropped, order kept
    assert opened.data["variant"] == 5
    assert apply(None, opened).acute


# ---------------------------------------------------------------------------
# every branch of the afwegingskader, in both variants

BRANCHES = [
    # answers, advice, note, next question, deferred
    pytest.param([(1, False)], "close", "close_record", None, False, id="q1-no-close"),
    pytest.param([(1, True), (2, True)], "report", "with_vt", None, False, id="q2-yes-report"),
    pytest.param([(1, True), (2, False), (3, False)], "report", None, None, False, id="q3-no-report"),
    pytest.param([(1, True), (2, False), (3, True), (4, False)], "report", None, None, False, id="q4-no-report"),
    pytest.param([(1, True), (2, False), (3, True), (4, True)], "help", None, 5, True, id="q4-yes-help"),
]


@pytest.mark.parametrize("variant", [4, 5], ids=["basismodel", "knmg"])
@pytest.mark.parametrize("answers, advice, note, next_question, deferred", BRANCHES)
def test_afwegingskader_branch(variant, answers, advice, note, next_question, deferred):
    engine, state = new_case(variant)
    state = answer_all(engine, ready(engine, state), answers)

    weighing = walk(P, state.answer_map())
    assert weighing.path == tuple(q for q, _ in answers)
    assert (weighing.advice, weighing.note) == (advice, note)
    assert (weighing.next_question, weighing.deferred) == (next_question, deferred)
    # the weighing items of both steps are ticked once an advice is reached
    assert done(state, 5, "afweging_stap5")
    assert item_applies(P, state, P.step(4), "afweging_stap4") == (variant == 4)
    if variant == 4:
        assert done(state, 4, "afweging_stap4")
    # with the advice reached, a decision can be recorded
    state, _ = decide(engine, state, advice)
    assert state.decision.outcome == advice and state.decision.advice == advice


@pytest.mark.parametrize("variant", [4, 5], ids=["basismodel", "knmg"])
@pytest.mark.parametrize("q5, advice, note", [(True, "close", "monitoring"), (False, "report", "report_again")])
def test_q5_after_help_decision(variant, q5, advice, note):
    engine, state = new_case(variant)
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    state, warnings = decide(engine, state, "help")
    assert warnings == []
    state = run(engine, state, engine.record_help(state, ME, text="Gezinscoach ingezet"))
    state = answer(engine, state, 5, q5)

    weighing = walk(P, state.answer_map())
    assert weighing.path == (1, 2, 3, 4, 5)
    assert (weighing.advice, weighing.note, weighing.next_question, weighing.deferred) == (advice, note, None, False)
    state, _ = decide(engine, state, advice)
    assert [d.outcome for d in state.decisions] == ["help", advice]
    assert state.decision.advice == advice


def test_weighing_items_follow_the_variant():
    # basismodel: questions 1-2 tick the step-4 item, 3-5 the step-5 item
    engine, state = new_case(4)
    state = ready(engine, state)
    assert not done(state, 4, "afweging_stap4") and not done(state, 5, "afweging_stap5")
    assert current_step(P, state) == 4
    state = answer(engine, state, 1, True)
    assert not done(state, 4, "afweging_stap4")
    state = answer(engine, state, 2, False)
    assert done(state, 4, "afweging_stap4") and not done(state, 5, "afweging_stap5")
    assert current_step(P, state) == 5
    assert open_items(P, state, P.step(5)) == ["afweging_stap5", "besluit"]

    # KNMG: step 4 has no weighing item; all questions tick the step-5 item
    engine, state = new_case(5)
    state = ready(engine, state)
    assert not item_applies(P, state, P.step(4), "afweging_stap4")
    assert open_items(P, state, P.step(4)) == []
    state = answer_all(engine, state, [(1, True), (2, False)])
    assert not done(state, 5, "afweging_stap5")


def test_melding_and_help_items_apply_after_the_decision():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, True)])
    assert not item_applies(P, state, P.step(5), "melding_gedaan")
    state, _ = decide(engine, state, "report_and_help")
    assert open_items(P, state, P.step(5)) == ["melding_gedaan", "hulp_georganiseerd"]
    state = run(engine, state, engine.record_melding(state, ME))
    state = run(engine, state, engine.record_help(state, ME, text="Hulp in overleg met Veilig Thuis"))
    assert open_items(P, state, P.step(5)) == []


# ---------------------------------------------------------------------------
# refusals


def test_refused_closed_for_every_command_on_a_closed_case():
    engine, state = new_case()
    state = run(engine, state, engine.close(state, ME, "Geen vermoeden"))
    assert not state.is_open
    commands = [
        lambda: engine.set_item(state, ME, 1, "bronnen", True),
        lambda: engine.skip_step(state, ME, 3, "gevaar_client", "m"),
        lambda: engine.unskip_step(state, ME, 3),
        lambda: engine.add_note(state, ME, "tekst"),
        lambda: engine.record_consultation(state, ME, role="collega", outcome="o"),
        lambda: engine.set_urgency(state, ME, "acuut"),
        lambda: engine.answer(state, ME, 1, True),
        lambda: engine.decide(state, ME, "close", "m"),
        lambda: engine.record_vt_advice(state, ME, outcome="o"),
        lambda: engine.record_melding(state, ME),
        lambda: engine.record_help(state, ME, text="h"),
        lambda: engine.close(state, ME, "again"),
    ]
    for command in commands:
        refusal = refused(command)
        assert refusal.key == "refused.closed"
        assert refusal.params == {"reference": "MC-TEST"}


def test_refused_empty_and_too_long():
    engine, state = new_case()
    r = refused(engine.add_note, state, ME, "   ")
    assert (r.key, r.params) == ("refused.empty", {"field": "text"})
    r = refused(engine.open_case, ME, case_id="x", reference="MC-2345", sector="onderwijs", concerns=[],
                urgency="normaal")
    assert (r.key, r.params) == ("refused.empty", {"field": "concerns"})
    for call, field in [
        (lambda: engine.record_consultation(state, ME, role="collega", outcome=""), "outcome"),
        (lambda: engine.close(state, ME, ""), "reason"),
        (lambda: engine.skip_step(state, ME, 3, "gevaar_client", "\n"), "motivation"),
        (lambda: engine.record_help(state, ME, text=""), "text"),
        (lambda: engine.record_vt_advice(state, ME, outcome=""), "text"),
    ]:
        r = refused(call)
        assert (r.key, r.params) == ("refused.empty", {"field": field})
    decided = answer(engine, ready(engine, state), 1, False)
    r = refused(engine.decide, decided, ME, "close", " ")
    assert (r.key, r.params) == ("refused.empty", {"field": "motivation"})

    r = refused(engine.add_note, state, ME, "x" * (MAX_TEXT + 1))
    assert (r.key, r.params) == ("refused.too_long", {"field": "text", "limit": MAX_TEXT})
    r = refused(engine.record_consultation, state, ME, role="collega", outcome="o", with_whom="y" * (MAX_SHORT + 1))
    assert (r.key, r.params) == ("refused.too_long", {"field": "with_whom", "limit": MAX_SHORT})
    # exactly at the limit is fine, and surrounding blanks do not count
    events = engine.add_note(state, ME, "  " + "x" * MAX_TEXT + "  ")
    assert events[0].data["text"] == "x" * MAX_TEXT


def test_refused_future_date():
    clock = Clock()
    engine, state = new_case(clock=clock)
    tomorrow = START.date() + timedelta(days=1)
    for call in [
        lambda: engine.record_consultation(state, ME, role="collega", outcome="o", on=tomorrow),
        lambda: engine.record_vt_advice(state, ME, outcome="o", on=tomorrow),
        lambda: engine.record_melding(state, ME, on=tomorrow),
        lambda: engine.record_help(state, ME, text="h", on=tomorrow),
    ]:
        assert refused(call).key == "refused.future_date"
    # today and the past are accepted; no date means today (by the engine's clock)
    assert engine.record_melding(state, ME, on=START.date())[0].data["on"] == "2026-03-02"
    assert engine.record_melding(state, ME, on=date(2025, 12, 31))[0].data["on"] == "2025-12-31"
    clock.advance(days=3)
    assert engine.record_melding(state, ME)[0].data["on"] == "2026-03-05"
    assert engine.record_melding(state, ME, on=tomorrow)  # no longer in the future


def test_refused_step_first_names_the_first_unfinished_step():
    engine, state = new_case()
    r = refused(engine.answer, state, ME, 1, True)
    assert r.key == "refused.step_first"
    assert r.params == {"step": 1, "items": STEP1}

    state = tick(engine, state, 1, "signalen_vastgelegd")
    assert refused(engine.answer, state, ME, 1, True).params == {"step": 1, "items": ["bronnen"]}
    state = tick(engine, state, 1, "bronnen")
    assert refused(engine.answer, state, ME, 1, True).params == {"step": 2, "items": ["consultatie_gedaan"]}
    state = consult(engine, state)
    assert refused(engine.answer, state, ME, 1, True).params == {"step": 3, "items": STEP3}
    state = tick(engine, state, 3, *STEP3)
    # basismodel: questions 1-2 belong to step 4 and need only steps 1-3 ...
    state = answer_all(engine, state, [(1, True), (2, False)])
    # ... question 3 belongs to step 5 and needs the step-4 item risico_gewogen
    r = refused(engine.answer, state, ME, 3, True)
    assert (r.key, r.params) == ("refused.step_first", {"step": 4, "items": ["risico_gewogen"]})
    state = tick(engine, state, 4, "risico_gewogen")
    assert engine.answer(state, ME, 3, True)


def test_refused_step_first_for_the_decision():
    engine, state = new_case()
    state = answer(engine, through_steps_1_3(engine, state), 1, False)  # advice close, reached at step 4
    r = refused(engine.decide, state, ME, "close", "geen vermoeden")
    assert (r.key, r.params) == ("refused.step_first", {"step": 4, "items": ["risico_gewogen"]})
    state = tick(engine, state, 4, "risico_gewogen")
    state, warnings = decide(engine, state, "close")
    assert state.decision.outcome == "close" and warnings == []


def test_knmg_variant_places_question_1_in_step_5():
    engine, state = new_case(variant=5)
    state = through_steps_1_3(engine, state)
    # all questions belong to step 5, so step 4 (risico_gewogen) comes first
    r = refused(engine.answer, state, ME, 1, True)
    assert (r.key, r.params) == ("refused.step_first", {"step": 4, "items": ["risico_gewogen"]})
    state = tick(engine, state, 4, "risico_gewogen")
    assert answer(engine, state, 1, True).answer_map() == {1: True}


def test_refused_unknown_choice():
    engine, state = new_case()
    base = dict(case_id="x", reference="MC-2345", sector="onderwijs", concerns=["vgv"], urgency="normaal")
    for field, bad in [("sector", {"sector": "bakkerij"}), ("concerns", {"concerns": ["vgv", "roddel"]}),
                       ("urgency", {"urgency": "morgen"})]:
        r = refused(engine.open_case, ME, **{**base, **bad})
        assert (r.key, r.params) == ("refused.unknown_choice", {"field": field})
    for call, field in [
        (lambda: engine.skip_step(state, ME, 3, "geen_zin", "m"), "reason"),
        (lambda: engine.record_consultation(state, ME, role="buurman", outcome="o"), "role"),
        (lambda: engine.set_urgency(state, ME, "heel_erg"), "urgency"),
        (lambda: engine.decide(state, ME, "negeren", "m"), "outcome"),
    ]:
        r = refused(call)
        assert (r.key, r.params) == ("refused.unknown_choice", {"field": field})


@pytest.mark.parametrize("step, item", [(0, "bronnen"), (6, "bronnen"), (-1, "bronnen"), (1, "onbekend"),
                                        (2, "bronnen")])
def test_refused_unknown_item(step, item):
    engine, state = new_case()
    assert refused(engine.set_item, state, ME, step, item, True).key == "refused.unknown_item"


@pytest.mark.parametrize("step, item, source", [
    (2, "consultatie_gedaan", "consultation"),
    (2, "veilig_thuis_advies", "vt_advice"),
    (4, "afweging_stap4", "weighing_step"),
    (4, "twijfel_vt", "vt_advice"),
    (5, "afweging_stap5", "weighing_step"),
    (5, "besluit", "decision"),
    (5, "melding_gedaan", "melding"),
    (5, "hulp_georganiseerd", "help"),
])
def test_refused_ticking_an_auto_item(step, item, source):
    engine, state = new_case()
    for checked in (True, False):
        assert refused(engine.set_item, state, ME, step, item, checked).key == f"refused.auto_item.{source}"


def test_refused_not_skippable():
    engine, state = new_case()
    for step in (1, 2, 4, 5):
        r = refused(engine.skip_step, state, ME, step, "gevaar_client", "motivering")
        assert (r.key, r.params) == ("refused.not_skippable", {"step": step})


def test_skip_step_out_of_range_is_refused_not_a_crash():
    """A step number outside 1..5 (from a tampered button or form) is refused, never indexed."""
    engine, state = new_case()
    for step in (9, -2):
        with pytest.raises(Refused):
            engine.skip_step(state, ME, step, "gevaar_client", "motivering")


def test_refused_weighing_finished_and_question_order():
    engine, state = new_case()
    state = ready(engine, state)
    r = refused(engine.answer, state, ME, 3, True)
    assert (r.key, r.params) == ("refused.question_order", {"question": 3, "expected": 1})
    state = answer(engine, state, 1, True)
    r = refused(engine.answer, state, ME, 4, True)
    assert (r.key, r.params) == ("refused.question_order", {"question": 4, "expected": 2})
    r = refused(engine.answer, state, ME, 9, True)
    assert (r.key, r.params) == ("refused.question_order", {"question": 9, "expected": 2})

    state = answer(engine, state, 1, False)  # no suspicion: the weighing is finished
    for question in (2, 3, 5):
        r = refused(engine.answer, state, ME, question, True)
        assert (r.key, r.params) == ("refused.weighing_finished", {})
    # an answer on the path may still be changed
    assert engine.answer(state, ME, 1, True)


def test_refused_question_after_help():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    r = refused(engine.answer, state, ME, 5, True)
    assert (r.key, r.params) == ("refused.question_after_help", {"question": 5})
    # a decision without help does not open question 5 either
    closed_decision, _ = decide(engine, state, "close")
    assert refused(engine.answer, closed_decision, ME, 5, True).key == "refused.question_after_help"
    for outcome in ("help", "report_and_help"):
        after, _ = decide(engine, state, outcome)
        # the help itself must be recorded before asking whether it works
        assert refused(engine.answer, after, ME, 5, True).key == "refused.question_after_help"
        after = run(engine, after, engine.record_help(after, ME, text="Opvoedondersteuning via wijkteam"))
        assert engine.answer(after, ME, 5, True)


def test_refused_acute_means_unsafe():
    engine, state = new_case(urgency="acuut")
    state = answer(engine, state, 1, True)
    r = refused(engine.answer, state, ME, 2, False)
    assert (r.key, r.params) == ("refused.acute_means_unsafe", {})
    state = answer(engine, state, 2, True)
    assert walk(P, state.answer_map()).advice == "report"
    # lowering the urgency allows the answer "no"
    state = run(engine, state, engine.set_urgency(state, ME, "verhoogd"))
    state = tick(engine, through_steps_1_3(engine, state), 4, "risico_gewogen")
    assert answer(engine, state, 2, False).answer_map() == {1: True, 2: False}


def test_refused_decision_before_weighing():
    engine, state = new_case()
    state = ready(engine, state)
    r = refused(engine.decide, state, ME, "report", "m")
    assert (r.key, r.params) == ("refused.decision_before_weighing", {"question": 1})
    state = answer(engine, state, 1, True)
    r = refused(engine.decide, state, ME, "report", "m")
    assert (r.key, r.params) == ("refused.decision_before_weighing", {"question": 2})


def test_refused_closing_acute_without_decision_and_report_without_melding():
    engine, state = new_case(urgency="acuut")
    assert refused(engine.close, state, ME, "klaar").key == "refused.close_acute_without_decision"
    state = answer_all(engine, state, [(1, True), (2, True)])
    state, _ = decide(engine, state, "report")
    assert refused(engine.close, state, ME, "klaar").key == "refused.close_without_melding"
    state = run(engine, state, engine.record_melding(state, ME, text="Melding gedaan"))
    state = run(engine, state, engine.close(state, ME, "Overgedragen aan Veilig Thuis"))
    assert state.status == "closed" and state.close_reason == "Overgedragen aan Veilig Thuis"
    assert state.closed_at == START

    # a non-acute case without a decision may be closed (e.g. the worry was unfounded)
    engine, plain = new_case()
    assert run(engine, plain, engine.close(plain, ME, "Zorg bleek ongegrond")).status == "closed"
    # report_and_help also needs the melding
    engine, other = new_case()
    other = answer_all(engine, ready(engine, other), [(1, True), (2, True)])
    other, _ = decide(engine, other, "report_and_help")
    assert refused(engine.close, other, ME, "klaar").key == "refused.close_without_melding"


def test_refused_not_closed_and_reopen_cycle():
    clock = Clock()
    engine, state = new_case(clock=clock)
    assert refused(engine.reopen, state, ME, "nieuw signaal").key == "refused.not_closed"
    state = run(engine, state, engine.close(state, ME, "Zorg ongegrond"))
    assert refused(engine.reopen, state, ME, "  ").params == {"field": "reason"}
    clock.advance(days=10)
    state = run(engine, state, engine.reopen(state, ME, "Nieuwe signalen"))
    assert state.is_open and state.closed_at is None and state.close_reason == ""
    assert engine.add_note(state, ME, "werkt weer")
    clock.advance(days=1)
    state = run(engine, state, engine.close(state, ME, "Opnieuw afgesloten"))
    assert state.status == "closed" and state.closed_at == START + timedelta(days=11)
    assert state.close_reason == "Opnieuw afgesloten"


# ---------------------------------------------------------------------------
# gating, changes and warnings


def test_acute_case_weighs_and_decides_without_steps_1_to_3():
    engine, state = new_case(urgency="acuut")
    assert open_items(P, state, P.step(1)) == STEP1
    state = answer_all(engine, state, [(1, True), (2, True)])
    state, warnings = decide(engine, state, "report")
    assert state.decision.outcome == "report" and warnings == []
    state = run(engine, state, engine.record_melding(state, ME))
    assert run(engine, state, engine.close(state, ME, "Gemeld")).status == "closed"


def test_set_urgency_to_acute_lifts_the_step_gate():
    engine, state = new_case()
    assert refused(engine.answer, state, ME, 1, True).key == "refused.step_first"
    state = run(engine, state, engine.set_urgency(state, ME, "acuut"))
    assert state.acute
    assert engine.set_urgency(state, ME, "acuut") == []  # no change, no event
    assert answer(engine, state, 1, True).answer_map() == {1: True}


def test_skipping_step_3_counts_as_done_and_unskipping_brings_it_back():
    engine, state = new_case()
    state = consult(engine, tick(engine, state, 1, *STEP1))
    assert refused(engine.answer, state, ME, 1, True).params["step"] == 3

    state = run(engine, state, engine.skip_step(state, ME, 3, "gevaar_client", "  Dreiging bij eerder gesprek  "))
    skip = state.skipped[3]
    assert (skip.reason, skip.motivation, skip.actor) == ("gevaar_client", "Dreiging bij eerder gesprek", ME.id)
    assert open_items(P, state, P.step(3)) == []
    assert current_step(P, state) == 4
    assert engine.answer(state, ME, 1, True)

    state = run(engine, state, engine.unskip_step(state, ME, 3))
    assert 3 not in state.skipped
    r = refused(engine.answer, state, ME, 1, True)
    assert (r.key, r.params) == ("refused.step_first", {"step": 3, "items": STEP3})
    assert engine.unskip_step(state, ME, 3) == []  # not skipped: nothing to record


def test_set_item_toggles_and_is_idempotent():
    engine, state = new_case()
    state = tick(engine, state, 1, "kindcheck")
    assert state.checked[1] == ["kindcheck"]
    assert engine.set_item(state, ME, 1, "kindcheck", True) == []
    events = engine.set_item(state, ME, 1, "kindcheck", False)
    assert [e.kind for e in events] == ["item_unchecked"]
    assert run(engine, state, events).checked[1] == []
    assert engine.set_item(run(engine, state, events), ME, 1, "kindcheck", False) == []
    # optional items do not complete a step
    assert open_items(P, state, P.step(1)) == STEP1


def test_changing_an_answer_drops_the_later_answers_on_the_old_branch():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    assert walk(P, state.answer_map()).advice == "help"

    events = engine.answer(state, ME, 3, False, "Hulp blijkt toch niet haalbaar")
    assert events[0].data["drops"] == [4]
    state = run(engine, state, events)
    assert state.answer_map() == {1: True, 2: False, 3: False}
    weighing = walk(P, state.answer_map())
    assert (weighing.path, weighing.advice, weighing.next_question) == ((1, 2, 3), "report", None)
    assert state.answers[-1].explanation == "Hulp blijkt toch niet haalbaar"

    # back to "yes": question 4 must be answered again
    state = answer(engine, state, 3, True)
    assert walk(P, state.answer_map()).next_question == 4
    assert refused(engine.decide, state, ME, "help", "m").params == {"question": 4}

    # changing question 1 drops everything after it
    state = answer_all(engine, state, [(4, True)])
    state = answer(engine, state, 1, False)
    assert state.answer_map() == {1: False}
    # confirming an answer with the same value drops nothing
    assert engine.answer(state, ME, 1, False)[0].data["drops"] == []


def test_changing_an_answer_after_question_5_drops_it_too():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    state, _ = decide(engine, state, "help")
    state = run(engine, state, engine.record_help(state, ME, text="Opvoedondersteuning"))
    state = answer(engine, state, 5, False)
    assert state.decision is None and state.lapsed_decision.outcome == "help"  # a new decision is due
    state = answer(engine, state, 2, True)
    assert state.answer_map() == {1: True, 2: True}
    assert walk(P, state.answer_map()).advice == "report"


@pytest.mark.parametrize("answers, norm", [
    ([(1, True), (2, True)], "unsafe"),
    ([(1, True), (2, False), (3, False)], "no_help"),
    ([(1, True), (2, False), (3, True), (4, False)], "no_help"),
])
def test_decision_departing_from_report_advice_warns_meldnorm(answers, norm):
    advice = "report"
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), answers)
    for outcome in ("close", "help"):
        events, warnings = engine.decide(state, ME, outcome, "Eigen motivering")
        assert warnings == [f"warning.meldnorm.{norm}"]
        assert events[0].data == {"outcome": outcome, "advice": advice, "motivation": "Eigen motivering"}
    for outcome in ("report", "report_and_help"):
        assert engine.decide(state, ME, outcome, "m")[1] == []


def test_departing_from_a_non_report_advice_does_not_warn():
    engine, state = new_case()
    state = answer(engine, ready(engine, state), 1, False)  # advice close
    assert engine.decide(state, ME, "help", "m")[1] == []
    assert engine.decide(state, ME, "report", "Toch melden")[1] == []


def test_every_event_gets_the_next_seq_the_actor_and_the_clock_time():
    clock = Clock()
    engine, state = new_case(clock=clock)
    assert state.version == 1
    seen: list[Event] = []

    def step(actor: Actor, events: list[Event]) -> None:
        nonlocal state
        for event in events:
            assert event.seq == state.version + 1
            assert (event.actor, event.actor_name, event.at) == (actor.id, actor.name, clock.now)
        seen.extend(events)
        state = run(engine, state, events)
        assert state.version == events[-1].seq
        clock.advance(minutes=7)

    step(ME, engine.set_item(state, ME, 1, "signalen_vastgelegd", True))
    step(COLLEAGUE, engine.set_item(state, COLLEAGUE, 1, "bronnen", True))
    step(ME, engine.record_consultation(state, ME, role="collega", outcome="o", with_whom="Collega B"))
    step(ME, engine.skip_step(state, ME, 3, "contact_verbroken", "m"))
    step(ME, engine.add_note(state, ME, "notitie", step=3))
    step(ME, engine.set_urgency(state, ME, "verhoogd"))
    step(ME, engine.set_item(state, ME, 4, "risico_gewogen", True))
    step(ME, engine.answer(state, ME, 1, True))
    step(COLLEAGUE, engine.answer(state, COLLEAGUE, 2, True))
    step(ME, engine.record_vt_advice(state, ME, outcome="Melden"))
    step(ME, engine.decide(state, ME, "report", "m")[0])
    step(ME, engine.record_melding(state, ME))
    step(ME, engine.close(state, ME, "gemeld"))
    step(ME, engine.reopen(state, ME, "nieuw"))
    alert = engine.acute_alert(state, 2)
    assert (alert.kind, alert.seq, alert.actor, alert.data) == ("acute_alert", state.version + 1, "meldcode",
                                                                {"notified": 2})
    step(Actor("meldcode", "meldcode"), [alert])
    assert [e.seq for e in seen] == list(range(2, 2 + len(seen)))

    # the recorded entries carry who and when
    assert state.answers[1].actor == COLLEAGUE.id and state.answers[1].at == START + timedelta(minutes=7 * 8)
    assert state.notes[0].step == 3 and state.consultations[0].with_whom == "Collega B"
    assert state.vt_advice[0].text == "Melden"

    # replaying the timeline gives the same state
    opened = Engine(P, clock=lambda: START).open_case(
        ME, case_id="case-1", reference="MC-TEST", sector="onderwijs",
        concerns=["lichamelijke_mishandeling"], urgency="normaal", description="synthetisch")
    assert engine.apply_all(None, [opened, *seen]) == state


def test_apply_rejects_bad_timelines():
    engine, state = new_case()
    with pytest.raises(ValueError):
        apply(None, Event(kind="note_added", data={"text": "x"}, actor="a", at=START, seq=1))
    with pytest.raises(ValueError):
        apply(state, Event(kind="mystery", actor="a", at=START, seq=2))
    # apply does not change the state it is given
    events = engine.add_note(state, ME, "x")
    run(engine, state, events)
    assert state.notes == [] and state.version == 1


# ---------------------------------------------------------------------------
# properties of the walk


def _follow(answers_in_order: list[bool], start: dict[int, bool] | None = None) -> dict[int, bool]:
    """Answer whatever the walk asks next, with the given answers, until it stops asking."""
    answers = dict(start or {})
    for value in answers_in_order:
        weighing = walk(P, answers)
        if weighing.next_question is None:
            break
        answers[weighing.next_question] = value
    return answers


@settings(max_examples=300, deadline=None)
@given(st.lists(st.booleans(), max_size=7))
def test_walk_asks_one_question_or_gives_advice(values):
    answers = _follow(values)
    weighing = walk(P, answers)
    assert weighing.path == tuple(sorted(answers))
    assert weighing.next_question is not None or weighing.advice is not None
    if weighing.next_question is not None:
        assert weighing.next_question not in answers
        assert weighing.next_question == (max(answers) + 1 if answers else 1)
    if weighing.advice is not None:
        assert weighing.advice in OUTCOMES
    # the only question asked alongside an advice is the deferred question 5, after help
    assert weighing.deferred == (weighing.next_question is not None and weighing.advice is not None)
    if weighing.deferred:
        assert (weighing.next_question, weighing.advice) == (5, "help")
    if answers.get(1) is True and answers.get(2) is True:
        assert (weighing.advice, weighing.next_question) == ("report", None)
    if answers.get(1) is False:
        assert (weighing.advice, weighing.path) == ("close", (1,))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.integers(3, 5), st.booleans()))
def test_unsafety_always_means_report(later):
    """Q2 yes gives 'report' whatever (stale) answers to questions 3-5 are around."""
    weighing = walk(P, {1: True, 2: True, **later})
    assert (weighing.advice, weighing.note, weighing.next_question, weighing.path) == ("report", "with_vt", None, (1, 2))


_READY = ready(*new_case())
_ENGINE = Engine(P, clock=lambda: START)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.booleans(), st.sampled_from([None, "help", "report", "close"])),
                max_size=12))
def test_engine_keeps_only_answers_on_the_current_path(commands):
    """Whatever answers (and changes) the engine accepts, no stale answer survives and advice is sane."""
    state = _READY
    for question, value, decision in commands:
        if decision is not None:
            try:
                state, _ = decide(_ENGINE, state, decision)
            except Refused as refusal:
                assert refusal.key == "refused.decision_before_weighing"
        try:
            state = answer(_ENGINE, state, question, value)
        except Refused as refusal:
            assert refusal.key in {"refused.question_order", "refused.weighing_finished",
                                   "refused.question_after_help"}
        weighing = walk(P, state.answer_map())
        assert tuple(a.question for a in state.answers) == weighing.path
        assert weighing.advice is None or weighing.advice in OUTCOMES
        if state.answer_map().get(2) is True:
            assert weighing.advice == "report"


def test_becoming_acute_drops_a_no_to_the_unsafety_question():
    """Acute danger is acute unsafety: an earlier "no" to question 2 and what followed it must go."""
    engine, state = new_case()
    state = ready(engine, state)
    state = answer_all(engine, state, [(1, True), (2, False), (3, True), (4, True)])
    assert walk(engine.protocol, state.answer_map()).advice == "help"
    state = run(engine, state, engine.set_urgency(state, ME, "acuut"))
    assert state.answer_map() == {1: True}
    weighing = walk(engine.protocol, state.answer_map())
    assert (weighing.next_question, weighing.advice) == (2, None)
    assert refused(engine.answer, state, ME, 2, False).key == "refused.acute_means_unsafe"
    state = answer(engine, state, 2, True)
    assert walk(engine.protocol, state.answer_map()).advice == "report"


def test_becoming_acute_keeps_a_yes_to_the_unsafety_question():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, True)])
    state = run(engine, state, engine.set_urgency(state, ME, "acuut"))
    assert state.answer_map() == {1: True, 2: True}


def test_an_acute_case_decided_without_melden_warns_meldnorm():
    engine, state = new_case(urgency="acuut")
    state = answer_all(engine, state, [(1, False)])  # advice: close
    _, warnings = engine.decide(state, ME, "close", "Vermoeden bleek onterecht.")
    assert warnings == ["warning.meldnorm.acute"]


def test_help_that_fails_warns_with_the_third_meldnorm():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    state, _ = decide(engine, state, "help")
    state = run(engine, state, engine.record_help(state, ME, text="Gezinscoach"))
    state = answer(engine, state, 5, False)
    assert engine.decide(state, ME, "help", "Nog even doorgaan")[1] == ["warning.meldnorm.help_failed"]


def test_a_decision_lapses_when_the_case_turns_acute_and_closing_is_refused_again():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, False), (3, True), (4, True)])
    state, _ = decide(engine, state, "help")
    assert state.decision is not None
    state = run(engine, state, engine.set_urgency(state, ME, "acuut"))
    assert state.decision is None and state.lapsed_decision.outcome == "help"
    assert refused(engine.close, state, ME, "klaar").key == "refused.close_acute_without_decision"


def test_a_melden_decision_stays_when_the_case_turns_acute():
    engine, state = new_case()
    state = answer_all(engine, ready(engine, state), [(1, True), (2, True)])
    state, _ = decide(engine, state, "report")
    state = run(engine, state, engine.set_urgency(state, ME, "acuut"))
    assert state.decision is not None and state.decision.outcome == "report"
