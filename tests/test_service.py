"""The assistant driven as an adapter would drive it: typed text, pressed buttons, submitted forms.

Every test runs on SQLite and on PostgreSQL (the ``store`` fixture is parametrised), with the
RecordingPort standing in for the chat platform. Buttons are taken from the cards the port
received and forms are filled from the forms the port was asked to open.
"""

from __future__ import annotations

import asyncio

import pytest

from assistant.cards import Action, Card, Form, FormOutcome
from assistant.case import CaseState
from assistant.port import Actor
from assistant.service import Assistant
from conftest import act, submit

NEW_CASE = {
    "sector": "onderwijs",
    "concerns": ["lichamelijke_mishandeling"],
    "acute": "nee",
    "description": "Synthetische casus: blauwe plekken gezien",
}
STEP1 = ["signalen_vastgelegd", "bronnen"]
STEP3 = ["gesprek_doel", "gesprek_observaties", "gesprek_interpretatie", "gesprek_vastgelegd"]


# ---------------------------------------------------------------------------
# helpers: the adapter's side


async def open_case(a: Assistant, store, actor: Actor, **values) -> CaseState:
    outcome = await submit(a, actor, "new_case", {}, {**NEW_CASE, **values})
    assert outcome.ok and outcome.next_form is None
    cases = await store.list_cases(owner=actor.id)
    assert cases, "the case was not stored"
    return cases[-1]


def case_ref(port) -> str:
    posts = port.of("post_case_card")
    assert len(posts) == 1, "the case card must be posted exactly once"
    return posts[0][1]


def case_card(port) -> Card:
    return port.cards[case_ref(port)]


def card_action(card: Card, name: str = "form", **args) -> Action:
    found = [x for x in card.actions if x.name == name and all(x.args.get(k) == v for k, v in args.items())]
    assert found, f"no action {name} {args} on the card: {[(x.name, x.args) for x in card.actions]}"
    return found[0]


def item_action(card: Card, item: str) -> Action:
    for step in card.checklist:
        for entry in step.items:
            if entry.action is not None and entry.action.args.get("item") == item:
                return entry.action
    raise AssertionError(f"no checklist action for {item}")


async def press(a: Assistant, actor: Actor, action: Action) -> None:
    await act(a, actor, action.name, action.args)


async def press_form(a: Assistant, port, actor: Actor, form: str) -> Form:
    """Press the card's button for ``form`` and return the form the port was asked to open."""
    opened = len(port.forms)
    await press(a, actor, card_action(case_card(port), "form", form=form))
    assert len(port.forms) == opened + 1, f"no form opened; last notice: {port.last_notice_text()}"
    assert port.forms[-1].name == form
    return port.forms[-1]


async def fill(a: Assistant, actor: Actor, form: Form, values: dict) -> FormOutcome:
    return await submit(a, actor, form.name, form.context, values)


async def tick(a: Assistant, port, actor: Actor, *items: str) -> None:
    for item in items:
        await press(a, actor, item_action(case_card(port), item))


async def through_step_4_item(a: Assistant, port, actor: Actor) -> None:
    """Steps 1-3 by buttons and forms, plus the step-4 item risico_gewogen."""
    await tick(a, port, actor, *STEP1)
    form = await press_form(a, port, actor, "consult")
    assert (await fill(a, actor, form, {"role": "aandachtsfunctionaris", "on": "vandaag",
                                        "outcome": "Zorg gedeeld; gesprek voeren"})).ok
    await tick(a, port, actor, *STEP3, "risico_gewogen")


def notices(port, actor: Actor) -> list[str]:
    return ["\n".join(card.all_text()) for kind, who, card in port.calls if kind == "notify" and who == actor.id]


def step_state(card: Card, number: int) -> str:
    return next(s.state for s in card.checklist if s.number == number)


# ---------------------------------------------------------------------------
# the whole flow


async def test_whole_flow_to_report_melding_and_close(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    ref = case_ref(port)
    assert port.of("update_case_card") == []
    assert state.reference in notices(port, actor)[-1]
    assert step_state(case_card(port), 1) == "current"

    await through_step_4_item(a, port, actor)
    card = case_card(port)
    assert [step_state(card, n) for n in range(1, 6)] == ["done", "done", "done", "current", "open"]

    q1 = await press_form(a, port, actor, "question")
    assert q1.context == {"case": state.id, "question": 1}
    outcome = await fill(a, actor, q1, {"answer": "ja", "explanation": "Meerdere signalen"})
    assert outcome.ok and outcome.next_form.name == "question"
    assert outcome.next_form.context == {"case": state.id, "question": 2}
    outcome = await fill(a, actor, outcome.next_form, {"answer": "ja"})
    decide_form = outcome.next_form
    assert decide_form.name == "decide"
    assert next(f for f in decide_form.fields if f.name == "outcome").initial == "report"

    assert (await fill(a, actor, decide_form, {"outcome": "report", "motivation": "Structurele onveiligheid"})).ok
    assert "Besluit vastgelegd: melden" in notices(port, actor)[-1]
    melding = await press_form(a, port, actor, "melding")
    assert (await fill(a, actor, melding, {"on": "02-03-2026", "text": "Gemeld, VT neemt het op"})).ok
    close = await press_form(a, port, actor, "close")
    assert (await fill(a, actor, close, {"reason": "Overgedragen aan Veilig Thuis"})).ok

    stored = await store.load(state.id)
    assert stored.status == "closed" and stored.decision.outcome == "report" and len(stored.meldingen) == 1
    assert stored.answer_map() == {1: True, 2: True}
    assert await store.list_cases(owner=actor.id) == []  # only open cases are listed
    kinds = [e.kind for e in await store.timeline(state.id)]
    assert kinds == ["opened", "item_checked", "item_checked", "consultation_recorded", *["item_checked"] * 5,
                     "answer_recorded", "answer_recorded", "decision_recorded", "melding_recorded", "closed"]
    assert [e.seq for e in await store.timeline(state.id)] == list(range(1, len(kinds) + 1))

    # posted once, then updated in place after every change
    assert len(port.of("post_case_card")) == 1
    updates = port.of("update_case_card")
    assert {r for _, r, _ in updates} == {ref}
    assert len(updates) == len(kinds) - 1
    final = port.cards[ref]
    assert final.subtitle == "afgesloten"
    assert {x.args.get("form", x.name) for x in final.actions} == {"reopen", "timeline"}
    assert all(step_state(final, n) == "done" for n in range(1, 6))

    await press(a, actor, card_action(final, "timeline"))
    timeline_card = port.of("notify")[-1][2]
    assert timeline_card.kind == "timeline"
    lines = timeline_card.sections[0].text.splitlines()
    assert len(lines) == len(kinds)
    assert "casus geopend" in lines[0] and "besluit vastgelegd: Melden bij Veilig Thuis" in lines[-3]
    assert "casus afgesloten" in lines[-1] and actor.name in lines[-1]


async def test_answers_chain_question_forms_then_the_decide_form(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    await through_step_4_item(a, port, actor)

    form = await press_form(a, port, actor, "question")
    asked = []
    for value in ("ja", "nee", "ja", "ja"):
        asked.append(form.context["question"])
        outcome = await fill(a, actor, form, {"answer": value})
        assert outcome.ok and outcome.next_form is not None
        form = outcome.next_form
    assert asked == [1, 2, 3, 4]
    assert form.name == "decide"  # question 4 yes: advice help; question 5 comes after the help
    assert next(f for f in form.fields if f.name == "outcome").initial == "help"
    assert (await fill(a, actor, form, {"outcome": "help", "motivation": "Ouders werken mee"})).ok

    help_form = await press_form(a, port, actor, "help")
    assert (await fill(a, actor, help_form, {"text": "Schoolmaatschappelijk werk ingezet"})).ok
    assert "Vraag 5: werkt de hulp?" in [x.label for x in case_card(port).actions]
    q5 = await press_form(a, port, actor, "question")
    assert q5.context["question"] == 5
    outcome = await fill(a, actor, q5, {"answer": "nee"})
    assert outcome.next_form.name == "decide"
    assert next(f for f in outcome.next_form.fields if f.name == "outcome").initial == "report"
    assert "meld (opnieuw)" in "\n".join(outcome.next_form.all_text())

    stored = await store.load(state.id)
    assert stored.answer_map() == {1: True, 2: False, 3: True, 4: True, 5: False}
    assert [d.outcome for d in stored.decisions] == ["help"]


async def test_skip_and_unskip_the_conversation_from_the_card(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    await tick(a, port, actor, *STEP1)
    consult = await press_form(a, port, actor, "consult")
    assert (await fill(a, actor, consult, {"role": "collega", "outcome": "Gesprek is te gevaarlijk"})).ok

    skip = await press_form(a, port, actor, "skip")
    assert skip.context == {"case": state.id, "step": 3}
    assert (await fill(a, actor, skip, {"reason": "onzin", "motivation": ""})).errors.keys() == {"reason", "motivation"}
    assert (await fill(a, actor, skip, {"reason": "gevaar_client", "motivation": "Eerder dreigement"})).ok
    card = case_card(port)
    assert step_state(card, 3) == "skipped" and step_state(card, 4) == "current"
    assert "Eerder dreigement" in next(s.note for s in card.checklist if s.number == 3)
    q1 = await press_form(a, port, actor, "question")  # step 3 skipped counts as done
    assert q1.context["question"] == 1

    await press(a, actor, card_action(case_card(port), "unskip", step=3))
    card = case_card(port)
    assert step_state(card, 3) == "current"
    assert not [x for x in card.actions if x.name == "unskip"]
    assert card_action(card, "form", form="skip")
    await fill(a, actor, q1, {"answer": "ja"})  # the form opened while skipped: refused now
    assert "Rond eerst stap 3 af: Gesprek met de cliënt" in port.last_notice_text()
    kinds = [e.kind for e in await store.timeline(state.id)]
    assert kinds[-2:] == ["step_skipped", "step_unskipped"]


# ---------------------------------------------------------------------------
# bad input and refusals


@pytest.mark.parametrize("language, texts", [
    ("nl", {"role": "Kies een van de mogelijkheden.", "on": "Geef een datum als dd-mm-jjjj.",
            "outcome": "Vul dit veld in.", "future": "Deze datum ligt in de toekomst.",
            "acute": "Antwoord met ja of nee."}),
    ("en", {"role": "Choose one of the options.", "on": "Give a date as dd-mm-yyyy.",
            "outcome": "Please fill in this field.", "future": "This date is in the future.",
            "acute": "Answer yes or no."}),
])
async def test_bad_form_input_returns_field_errors_and_changes_nothing(make_assistant, store, port, actor,
                                                                       language, texts):
    a = make_assistant(language=language)
    bad_new = await submit(a, actor, "new_case", {}, {"sector": "onderwijs", "concerns": [], "acute": "misschien"})
    assert bad_new.errors == {"concerns": texts["outcome"], "acute": texts["acute"]}
    assert await store.list_cases(owner=actor.id) == [] and port.of("post_case_card") == []

    state = await open_case(a, store, actor)
    before_timeline = await store.timeline(state.id)
    calls_before = len(port.calls)
    form = await press_form(a, port, actor, "consult")

    outcome = await fill(a, actor, form, {"role": "buurman", "on": "31-02-2026", "outcome": "  "})
    assert not outcome.ok and outcome.next_form is None
    assert outcome.errors == {"role": texts["role"], "on": texts["on"], "outcome": texts["outcome"]}
    outcome = await fill(a, actor, form, {"role": "collega", "on": "03-03-2026", "outcome": "o"})  # tomorrow
    assert outcome.errors == {"on": texts["future"]}

    assert await store.timeline(state.id) == before_timeline
    assert (await store.load(state.id)).consultations == []
    assert [c[0] for c in port.calls[calls_before:]] == ["open_form"]  # no card update, no notice


async def test_refusals_arrive_as_notices_saying_what_is_missing(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    forms_before = len(port.forms)

    # the afwegingskader button before steps 1-3
    await press(a, actor, card_action(case_card(port), "form", form="question"))
    assert len(port.forms) == forms_before
    kind, who, card = port.of("notify")[-1]
    assert who == actor.id and card.kind == "notice" and card.title == "Let op"
    text = port.last_notice_text()
    assert "Rond eerst stap 1 af: Signalen in kaart brengen" in text
    assert "Signalen vóór en tegen het vermoeden feitelijk vastgelegd" in text and "Bron bij elk signaal" in text

    # the same refusal when a stale question form is submitted: a notice, not an exception or an error
    outcome = await submit(a, actor, "question", {"case": state.id, "question": 1}, {"answer": "ja"})
    assert outcome.ok and outcome.next_form is None
    assert "Rond eerst stap 1" in port.last_notice_text()

    # deciding before the weighing; a forged toggle of an automatic item; an unknown action
    await press(a, actor, Action("x", "form", {"case": state.id, "form": "decide"}))
    assert "Beantwoord eerst vraag 1" in port.last_notice_text()
    await press(a, actor, Action("x", "toggle_item", {"case": state.id, "step": 2, "item": "consultatie_gedaan",
                                                      "checked": True}))
    assert "door een consultatie vast te leggen" in port.last_notice_text()
    await press(a, actor, Action("x", "vernietig", {"case": state.id}))
    assert port.last_notice_text().endswith("Deze actie ken ik niet.")
    await press(a, actor, Action("x", "show_case", {"case": "bestaat-niet"}))
    assert "Die casus bestaat niet" in port.last_notice_text()

    assert [e.kind for e in await store.timeline(state.id)] == ["opened"]
    assert port.of("update_case_card") == []


async def test_closed_case_refuses_in_english_until_reopened(make_assistant, store, port, actor):
    a = make_assistant(language="en")
    state = await open_case(a, store, actor)
    await act(a, actor, "form", {"case": state.id, "form": "urgency"})
    form = port.forms[-1]
    outcome = await fill(a, actor, form, {"urgency": "verhoogd"})
    assert outcome.ok
    assert (await store.load(state.id)).urgency == "verhoogd"
    # closing and then writing a note: refused with the English text, case untouched
    form = await press_form(a, port, actor, "close")
    assert (await fill(a, actor, form, {"reason": "Worry was unfounded"})).ok
    await submit(a, actor, "note", {"case": state.id}, {"text": "late note"})
    assert f"Case {state.reference} is closed. Reopen it first." in port.last_notice_text()
    reopen = await press_form(a, port, actor, "reopen")
    assert (await fill(a, actor, reopen, {"reason": "New signals"})).ok
    assert (await store.load(state.id)).is_open
    assert len(port.of("post_case_card")) == 1


# ---------------------------------------------------------------------------
# acute danger


async def test_acute_case_alerts_actor_and_every_aandachtsfunctionaris(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=["U-af1", "U-af2"])
    state = await open_case(a, store, actor, acute="ja")
    assert state.acute

    alerts = [card for kind, who, card in port.of("notify") if card.kind == "alert"]
    assert len(alerts) == 1
    text = "\n".join(alerts[0].all_text())
    assert "112" in text and "0800-2000" in text and state.reference in text
    assert "De aandachtsfunctionaris is gewaarschuwd (2)." in text
    # the alert goes out before the case card is posted: it must not wait for (or fail with) it
    kinds = [kind for kind, _, _ in port.calls]
    assert kinds.index("direct_message") < kinds.index("post_case_card")

    dms = port.of("direct_message")
    assert [who for _, who, _ in dms] == ["U-af1", "U-af2"]
    for _, _, card in dms:
        dm_text = "\n".join(card.all_text())
        assert state.reference in dm_text and actor.name in dm_text and "112" in dm_text
        assert card.actions[0].name == "show_case" and card.actions[0].args == {"case": state.id}
    assert not any("Er is geen aandachtsfunctionaris" in n for n in notices(port, actor))

    timeline = await store.timeline(state.id)
    assert [(e.kind, e.data, e.actor) for e in timeline[1:]] == [
        ("triage_requested", {"request": "acute", "question": ""}, actor.id),  # top of the queue
        ("acute_alert", {"notified": 2}, "meldcode")]
    assert case_card(port).style == "danger"

    # an acute case may weigh straight away, and cannot be closed without a decision
    q = await press_form(a, port, actor, "question")
    assert (await fill(a, actor, q, {"answer": "ja"})).next_form.context["question"] == 2
    await press(a, actor, card_action(case_card(port), "form", form="close"))
    assert "Leg eerst een besluit vast" in port.last_notice_text()
    await submit(a, actor, "close", {"case": state.id}, {"reason": "klaar"})
    assert "Leg eerst een besluit vast" in port.last_notice_text()
    assert (await store.load(state.id)).is_open


async def test_acute_without_contacts_tells_actor_to_call_veilig_thuis(make_assistant, store, port, actor,
                                                                      monkeypatch):
    a = make_assistant()
    state = await open_case(a, store, actor, acute="ja")
    assert port.of("direct_message") == []
    assert any("Bel zelf Veilig Thuis (0800-2000)" in n for n in notices(port, actor))
    assert (await store.timeline(state.id))[-1].data == {"notified": 0}

    # an unreachable contact does not stop the others; the urgency form also raises the alert
    sent = []

    async def flaky_dm(user_id, card):
        if user_id == "U-af1":
            raise ConnectionError("unreachable")
        sent.append(user_id)

    monkeypatch.setattr(port, "direct_message", flaky_dm)
    b = make_assistant(aandachtsfunctionarissen=["U-af1", "U-af2"])
    other = await open_case(b, store, actor)
    await act(b, actor, "form", {"case": other.id, "form": "urgency"})
    assert (await fill(b, actor, port.forms[-1], {"urgency": "acuut"})).ok
    assert sent == ["U-af2"]
    timeline = await store.timeline(other.id)
    # in the queue when opened; acute when the urgency changed (the entry sharpens, stays one)
    assert [e.kind for e in timeline] == ["opened", "triage_requested", "urgency_set", "triage_requested",
                                          "acute_alert"]
    assert timeline[-1].data == {"notified": 1}
    assert (await store.load(other.id)).triage.kind == "acute"


# ---------------------------------------------------------------------------
# notes, typed commands


async def test_note_is_posted_in_the_case_thread(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    form = await press_form(a, port, actor, "note")
    assert (await fill(a, actor, form, {"text": "Moeder belde, afspraak verzet"})).ok
    thread = port.of("post_in_thread")
    assert len(thread) == 1 and thread[0][1] == case_ref(port)
    assert thread[0][2].kind == "note" and "Moeder belde, afspraak verzet" in thread[0][2].all_text()
    assert "Moeder belde, afspraak verzet" in "\n".join(case_card(port).all_text())
    note = (await store.load(state.id)).notes[0]
    assert (note.text, note.step, note.actor) == ("Moeder belde, afspraak verzet", 1, actor.id)


async def test_typed_commands(make_assistant, store, port, actor):
    a = make_assistant()
    for word in ("nieuw", "new"):
        await a.handle_text(actor, word)
        assert port.forms[-1].name == "new_case"
    await a.handle_text(actor, "overzicht")
    assert port.of("notify")[-1][2].kind == "list" and "geen open casussen" in port.last_notice_text()

    state = await open_case(a, store, actor)
    for word in ("overzicht", "list", "/lijst"):
        await a.handle_text(actor, word)
        card = port.of("notify")[-1][2]
        assert card.kind == "list" and state.reference in port.last_notice_text()
        assert card.actions[0].args == {"case": state.id}

    await a.handle_text(actor, "help")
    card = port.of("notify")[-1][2]
    assert card.kind == "help" and "0800-2000" in port.last_notice_text()
    assert "Dat commando ken ik niet." not in port.last_notice_text()

    for text in (f"open {state.reference}", state.reference.lower(), f"casus {state.reference.lower()}"):
        await a.handle_text(actor, text)
        card = port.of("notify")[-1][2]
        assert card.kind == "case" and card.title == f"Casus {state.reference}"
    await a.handle_text(actor, "open MC-XXXX")
    assert "Die casus bestaat niet" in port.last_notice_text()
    await a.handle_text(actor, "open jantje")
    assert "Die casus bestaat niet" in port.last_notice_text()

    await a.handle_text(actor, "bananenbrood")
    card = port.of("notify")[-1][2]
    assert card.kind == "notice" and not card.actions and "Dat commando ken ik niet." in port.last_notice_text()

    en = make_assistant(language="en")
    await en.handle_text(actor, "list")
    assert "My open cases" in port.last_notice_text()
    await en.handle_text(actor, "xyzzy")
    assert "I do not know that command." in port.last_notice_text()
    assert len(port.of("post_case_card")) == 1


# ---------------------------------------------------------------------------
# failures and concurrency


async def test_store_failure_becomes_an_internal_error_notice(make_assistant, store, port, actor, monkeypatch):
    a = make_assistant()
    state = await open_case(a, store, actor)

    async def broken(*args, **kwargs):
        raise RuntimeError("database on fire: Jantje de Vries")  # must not reach the user

    monkeypatch.setattr(store, "load", broken)
    await act(a, actor, "toggle_item", {"case": state.id, "step": 1, "item": "bronnen", "checked": True})
    kind, _, card = port.of("notify")[-1]
    assert card.style == "danger" and "Er ging iets mis aan onze kant" in port.last_notice_text()
    assert "Jantje" not in port.last_notice_text()

    outcome = await submit(a, actor, "note", {"case": state.id}, {"text": "x"})
    assert outcome == FormOutcome()
    assert "Er ging iets mis aan onze kant" in port.last_notice_text()

    monkeypatch.setattr(store, "list_cases", broken)
    await a.handle_text(actor, "overzicht")
    assert "Er ging iets mis aan onze kant" in port.last_notice_text()

    monkeypatch.undo()
    assert [e.kind for e in await store.timeline(state.id)] == ["opened"]


async def test_port_failure_becomes_a_notice_and_the_change_is_kept(make_assistant, store, port, actor,
                                                                    monkeypatch):
    a = make_assistant(language="en")
    state = await open_case(a, store, actor)

    async def broken(*args, **kwargs):
        raise ConnectionError("platform down")

    monkeypatch.setattr(port, "update_case_card", broken)
    await press(a, actor, item_action(case_card(port), "bronnen"))
    assert "Something went wrong on our side" in port.last_notice_text()
    assert (await store.load(state.id)).checked == {1: ["bronnen"]}  # stored before the card failed

    # even a failing notify does not let an exception escape
    monkeypatch.setattr(port, "notify", broken)
    await act(a, actor, "toggle_item", {"case": state.id, "step": 1, "item": "kindcheck", "checked": True})
    await a.handle_text(actor, "help")
    assert await submit(a, actor, "note", {"case": state.id}, {"text": "n"}) == FormOutcome()


async def test_concurrent_toggles_on_one_case_all_land(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    items = [(1, "signalen_vastgelegd"), (1, "bronnen"), (1, "kindcheck"), (3, "gesprek_doel"),
             (3, "gesprek_observaties")]
    await asyncio.gather(*(
        act(a, actor, "toggle_item", {"case": state.id, "step": step, "item": item, "checked": True})
        for step, item in items
    ))
    assert not any("Er ging iets mis" in n for n in notices(port, actor))
    stored = await store.load(state.id)
    assert sorted(stored.checked[1]) == sorted(["signalen_vastgelegd", "bronnen", "kindcheck"])
    assert sorted(stored.checked[3]) == ["gesprek_doel", "gesprek_observaties"]
    timeline = await store.timeline(state.id)
    assert [e.seq for e in timeline] == list(range(1, 7)) and stored.version == 6
    assert len(port.of("post_case_card")) == 1 and len(port.of("update_case_card")) == len(items)
    # the card left in the channel shows every tick (each update renders the state it stored)
    assert sum(entry.done for step in case_card(port).checklist for entry in step.items) == len(items)


async def test_heavy_contention_never_loses_a_toggle_silently(make_assistant, store, port, actor):
    """More writers than _change retries (5): each toggle lands or its actor hears it failed."""
    a = make_assistant()
    state = await open_case(a, store, actor)
    items = [(1, "signalen_vastgelegd"), (1, "bronnen"), (1, "kindcheck"), (1, "signalen_anderen"),
             (3, "gesprek_doel"), (3, "gesprek_observaties"), (3, "gesprek_interpretatie"), (4, "risico_gewogen")]
    await asyncio.gather(*(
        act(a, actor, "toggle_item", {"case": state.id, "step": step, "item": item, "checked": True})
        for step, item in items
    ))
    stored = await store.load(state.id)
    landed = sum(len(v) for v in stored.checked.values())
    failed = sum("Er ging iets mis aan onze kant" in n for n in notices(port, actor))
    assert landed >= 5 and landed + failed == len(items)
    assert stored.version == 1 + landed
    assert [e.seq for e in await store.timeline(state.id)] == list(range(1, landed + 2))


# ---------------------------------------------------------------------------
# bugs found


async def test_stale_decide_form_is_refused_not_an_internal_error(make_assistant, store, port, actor):
    """A decide form submitted after its advice was withdrawn (an earlier answer changed through
    another open question form) is refused with what is missing, not an internal error."""
    a = make_assistant()
    state = await open_case(a, store, actor)
    await through_step_4_item(a, port, actor)
    q1 = await press_form(a, port, actor, "question")
    decide_form = (await fill(a, actor, q1, {"answer": "nee"})).next_form
    assert decide_form.name == "decide"
    # the same question-1 form, still open elsewhere, is submitted again with the other answer
    assert (await fill(a, actor, q1, {"answer": "ja"})).next_form.context["question"] == 2

    await fill(a, actor, decide_form, {"outcome": "close", "motivation": "Geen vermoeden"})
    text = port.last_notice_text()
    assert (await store.load(state.id)).decision is None
    assert "Er ging iets mis" not in text
    assert "Beantwoord eerst vraag 2" in text


async def test_only_the_owner_and_aandachtsfunctionaris_open_a_case_by_reference(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)
    stranger = Actor("U-other", "Collega B")
    await a.handle_text(stranger, f"open {state.reference}")
    assert "Die casus bestaat niet" in port.last_notice_text()  # existence is not revealed
    await a.handle_text(Actor("U-af1", "AF"), f"open {state.reference}")
    assert port.of("notify")[-1][2].kind == "case"


async def test_the_current_step_shows_its_guidance(make_assistant, store, port, actor):
    a = make_assistant()
    await open_case(a, store, actor)
    step1 = case_card(port).checklist[0]
    assert step1.state == "current" and "bevestigen én ontkrachten" in step1.note


async def test_today_is_the_organisations_local_date(make_assistant, store, port, actor, clock):
    from datetime import datetime, timezone

    clock.now = datetime(2026, 3, 2, 23, 30, tzinfo=timezone.utc)  # 00:30 on 3 March in Amsterdam
    a = make_assistant()
    await open_case(a, store, actor)
    assert any(f.value == "03-03-2026" for f in case_card(port).fields)
    form = await press_form(a, port, actor, "consult")
    outcome = await fill(a, actor, form, {"role": "collega", "on": "03-03-2026", "outcome": "besproken"})
    assert outcome.ok, outcome.errors
    state = (await store.list_cases(owner=actor.id))[0]
    assert state.consultations[0].on.isoformat() == "2026-03-03"


async def test_only_the_owner_or_aandachtsfunctionaris_weighs_decides_and_closes(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)
    colleague = Actor("U-colleague", "Collega B", binding=actor.binding)
    for form in ("decide", "close", "urgency", "question"):
        await act(a, colleague, "form", {"case": state.id, "form": form})
        assert "Dit doet de casushouder" in port.last_notice_text()
    outcome = await submit(a, colleague, "close", {"case": state.id}, {"reason": "klaar"})
    assert not outcome.saved and (await store.load(state.id)).is_open
    # a colleague may still add a note; the aandachtsfunctionaris may change the urgency
    assert (await submit(a, colleague, "note", {"case": state.id}, {"text": "Meegedacht"})).saved
    assert (await submit(a, Actor("U-af1", "AF", binding=actor.binding), "urgency", {"case": state.id},
                         {"urgency": "verhoogd"})).saved
