"""The aandachtsfunctionaris's queue and the reminders (issue 7), driven as a platform would.

Working time is tested on its own first (no database). Everything else goes through the
Assistant's public entry points (typed text, pressed buttons, submitted forms, the scheduler's
``send_due_reminders``) with the hand-moved ``clock``, on SQLite and PostgreSQL. The clock runs in
UTC; the settings' time zone is Europe/Amsterdam, so the times below are written in local time
and converted. All persons and texts are synthetic.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text as sa_text

import assistant.service as service_module
from assistant.cards import Action, Card, Form, FormOutcome
from assistant.case import CaseState
from assistant.config import load_settings
from assistant.guidance import Registry
from assistant.port import Actor
from assistant.service import CONTACTS_TTL, Assistant
from assistant.workhours import WorkingTime
from conftest import BINDING, RecordingPort, act, submit
from synthetic import bsn

AMS = ZoneInfo("Europe/Amsterdam")

NEW_CASE = {
    "sector": "onderwijs",
    "concerns": ["lichamelijke_mishandeling"],
    "acute": "nee",
    "description": "Synthetische casus: blauwe plekken gezien",
}
STEP1 = ["signalen_vastgelegd", "bronnen"]
AF1 = Actor("U-af1", "Anouk Aandacht", binding=BINDING)
AF2 = Actor("U-af2", "Bram Aandacht", binding=BINDING)
COLLEAGUE = Actor("U-colleague", "Collega C", binding=BINDING)
CONTACTS = ["U-af1", "U-af2"]

INTERNAL = "Er ging iets mis aan onze kant"
ONLY_CONTACTS = "De wachtrij is er alleen voor de aandachtsfunctionaris."
CONTACT_ONLY = "Dit doet de aandachtsfunctionaris."
SNOOZE_LIMIT = "Deze herinnering kun je niet verder uitstellen."
REMINDER_GONE = "Deze herinnering is al afgehandeld."
NOT_IN_QUEUE = "staat niet (meer) in de wachtrij"
ASK_BUTTON = "Aandachtsfunctionaris om overleg vragen"


def local(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A wall-clock time in Amsterdam (CET or CEST, whichever holds then)."""
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def set_clock(clock, moment: datetime) -> None:
    clock.now = moment.astimezone(timezone.utc)  # the Clock runs in UTC, like the real one


# ---------------------------------------------------------------------------
# helpers: the platform's side


async def open_case(a: Assistant, store, actor: Actor, **values) -> CaseState:
    outcome = await submit(a, actor, "new_case", {}, {**NEW_CASE, **values})
    assert outcome.ok, outcome.errors
    return (await store.list_cases(owner=actor.id))[-1]


async def card_of(store, port, state: CaseState) -> Card:
    """The case card as it stands in the case channel now."""
    ref = await store.post(state.id, port.platform)
    assert ref is not None, "the case card was never posted"
    return port.cards[ref]


def action_on(card: Card, name: str, **args) -> Action:
    found = [x for x in card.actions if x.name == name and all(x.args.get(k) == v for k, v in args.items())]
    assert found, f"no action {name} {args} on the card: {[(x.name, x.args) for x in card.actions]}"
    return found[0]


async def press(a: Assistant, actor: Actor, action: Action) -> None:
    await act(a, actor, action.name, action.args)


async def open_form(a: Assistant, port, actor: Actor, state: CaseState, form: str) -> Form:
    """Open a case form as its button would (the button is sealed where it is shown)."""
    opened = len(port.forms)
    await act(a, actor, "form", {"case": state.id, "form": form})
    assert len(port.forms) == opened + 1, f"no form opened; last notice: {port.last_notice_text()}"
    assert port.forms[-1].name == form
    return port.forms[-1]


async def fill(a: Assistant, actor: Actor, form: Form, values: dict) -> FormOutcome:
    return await submit(a, actor, form.name, form.context, values)


async def tick(a: Assistant, actor: Actor, state: CaseState, step: int, *items: str) -> None:
    for item in items:
        await act(a, actor, "toggle_item", {"case": state.id, "step": step, "item": item, "checked": True})


def text_of(card: Card | Form) -> str:
    return "\n".join(card.all_text())


def notices(port, actor: Actor) -> list[str]:
    return [text_of(card) for kind, who, card in port.calls if kind == "notify" and who == actor.id]


def last_card_to(port, actor: Actor) -> Card:
    cards = [card for kind, who, card in port.calls if kind == "notify" and who == actor.id]
    assert cards, f"nothing was shown to {actor.id}"
    return cards[-1]


def dms(port, to: str | None = None, title: str = "") -> list[tuple[str, Card]]:
    """Direct messages (to ``to``), whose title contains ``title``."""
    return [(who, card) for kind, who, card in port.of("direct_message")
            if (to is None or who == to) and title in card.title]


def port_text(port) -> str:
    texts: list[str] = []
    for _, _, payload in port.calls:
        if isinstance(payload, (Card, Form)):
            texts += payload.all_text()
    return "\n".join(texts)


async def kinds(store, state: CaseState) -> list[str]:
    return [e.kind for e in await store.timeline(state.id)]


async def rows(store, state: CaseState) -> dict[tuple[str, int], object]:
    return {(r.kind, r.step): r for r in await store.reminders_of(state.id)}


async def scan_at(a: Assistant, clock, moment: datetime) -> int:
    set_clock(clock, moment)
    return await a.send_due_reminders()


def no_internal_errors(port) -> None:
    assert not any(INTERNAL in text_of(card) for kind, _, card in port.calls if isinstance(card, Card)), \
        "an internal-error notice was shown"


class MembersPort(RecordingPort):
    """A platform that knows who holds the role (a Slack user group, a Teams channel)."""

    def __init__(self, members: list[str]) -> None:
        super().__init__()
        self.members = members
        self.lookups = 0
        self.failing = False

    async def aandachtsfunctionaris_members(self) -> list[str]:
        self.lookups += 1
        if self.failing:
            raise ConnectionError("platform down")
        return list(self.members)


@pytest.fixture
def build(store, clock, tmp_path, redactor):
    """An Assistant on the test store with a port of the test's choosing."""

    def make(port, **overrides) -> Assistant:
        settings = load_settings(data_dir=tmp_path / "data", **overrides)
        return Assistant(settings, store, port, redactor, clock=clock, registry=Registry())

    return make


# ---------------------------------------------------------------------------
# A. working time: working hours on working days, Dutch public holidays off


WT = WorkingTime(AMS)  # 08:30-17:00, Monday to Friday


@pytest.mark.parametrize("start, hours, expected", [
    pytest.param(local(2026, 3, 2, 10), 2, local(2026, 3, 2, 12), id="within-a-day"),
    # ending exactly at closing time is the next morning: a reminder at 17:00 helps nobody
    pytest.param(local(2026, 3, 2, 16), 1, local(2026, 3, 3, 8, 30), id="up-to-the-end-of-the-day"),
    pytest.param(local(2026, 3, 2, 16), 2, local(2026, 3, 3, 9, 30), id="across-the-evening"),
    pytest.param(local(2026, 3, 6, 16), 2, local(2026, 3, 9, 9, 30), id="across-the-weekend"),
    # Goede Vrijdag is no general day off in the Netherlands: most organisations work
    pytest.param(local(2026, 4, 2, 16), 2, local(2026, 4, 3, 9, 30), id="goede-vrijdag-is-worked"),
    pytest.param(local(2026, 4, 24, 16), 2, local(2026, 4, 28, 9, 30), id="koningsdag-27-04"),
    pytest.param(local(2026, 5, 13, 16), 2, local(2026, 5, 15, 9, 30), id="hemelvaart-14-05"),
    pytest.param(local(2026, 4, 4, 12), 1, local(2026, 4, 7, 9, 30), id="easter-monday-06-04"),
    pytest.param(local(2026, 5, 22, 16), 2, local(2026, 5, 26, 9, 30), id="whit-monday-25-05"),
    pytest.param(local(2026, 12, 24, 16), 2, local(2026, 12, 28, 9, 30), id="christmas"),
    pytest.param(local(2026, 3, 27, 16), 2, local(2026, 3, 30, 9, 30), id="dst-starts-29-03"),
    pytest.param(local(2026, 10, 23, 16), 2, local(2026, 10, 26, 9, 30), id="dst-ends-25-10"),
    pytest.param(local(2026, 3, 2, 7), 1, local(2026, 3, 2, 9, 30), id="before-hours"),
    pytest.param(local(2026, 3, 2, 19), 1, local(2026, 3, 3, 9, 30), id="after-hours"),
    pytest.param(local(2026, 3, 7, 12), 1, local(2026, 3, 9, 9, 30), id="on-saturday"),
    pytest.param(local(2026, 3, 7, 12), 0, local(2026, 3, 9, 8, 30), id="nothing-on-saturday"),
    pytest.param(local(2026, 3, 2, 10), 17, local(2026, 3, 4, 10), id="two-working-days"),
    pytest.param(local(2026, 12, 31, 16), 2, local(2027, 1, 4, 9, 30), id="new-year"),
])
def test_working_time_add(start, hours, expected):
    result = WT.add(start.astimezone(timezone.utc), hours)  # the clock gives UTC
    assert result == expected, f"{result.astimezone(AMS)} != {expected}"
    assert result.astimezone(AMS).utcoffset() == expected.utcoffset()
    assert WT.add(start, hours) == expected  # the same from a local time


def test_working_days_are_counted_in_the_local_wall_clock_across_dst():
    friday = local(2026, 3, 27, 10)  # CET, UTC+1
    monday = WT.add_days(friday.astimezone(timezone.utc), 1)
    assert monday == local(2026, 3, 30, 10)  # CEST: 08:00 UTC, not 09:00 UTC
    assert monday.astimezone(timezone.utc) == datetime(2026, 3, 30, 8, 0, tzinfo=timezone.utc)
    assert WT.add_days(local(2026, 3, 2, 10), 2) == local(2026, 3, 4, 10)
    # Koningsdag skipped; five whole working days end Thursday at closing time: Friday morning
    assert WT.add_days(local(2026, 4, 23, 8, 30), 5) == local(2026, 5, 1, 8, 30)
    assert WT.day_hours == 8.5


@pytest.mark.parametrize("moment, expected", [
    pytest.param(local(2026, 3, 2, 10, 15), local(2026, 3, 2, 10, 15), id="within-hours"),
    pytest.param(local(2026, 3, 2, 8, 30), local(2026, 3, 2, 8, 30), id="at-the-start"),
    pytest.param(local(2026, 3, 2, 8, 29), local(2026, 3, 2, 8, 30), id="just-before"),
    pytest.param(local(2026, 3, 2, 17), local(2026, 3, 3, 8, 30), id="at-the-end"),
    pytest.param(local(2026, 3, 6, 18), local(2026, 3, 9, 8, 30), id="friday-evening"),
    pytest.param(local(2026, 4, 27, 10), local(2026, 4, 28, 8, 30), id="koningsdag"),
    pytest.param(local(2026, 5, 14, 9), local(2026, 5, 15, 8, 30), id="hemelvaart"),
    pytest.param(local(2026, 4, 6, 9), local(2026, 4, 7, 8, 30), id="easter-monday"),
    pytest.param(local(2026, 3, 29, 12), local(2026, 3, 30, 8, 30), id="dst-sunday"),
    pytest.param(local(2026, 12, 31, 18), local(2027, 1, 4, 8, 30), id="new-year"),
])
def test_next_working_moment(moment, expected):
    result = WT.next_working_moment(moment.astimezone(timezone.utc))
    assert result == expected, f"{result.astimezone(AMS)} != {expected}"


def test_working_hours_of_the_organisation():
    short = WorkingTime(AMS, time(9, 0), time(13, 0))
    assert short.day_hours == 4
    assert short.add(local(2026, 3, 2, 12), 2) == local(2026, 3, 3, 10)
    assert short.next_working_moment(local(2026, 3, 2, 13, 30)) == local(2026, 3, 3, 9)
    with pytest.raises(ValueError):
        WorkingTime(AMS, time(17, 0), time(8, 30))
    assert not WT.is_working_day(local(2026, 4, 27).date()) and WT.is_working_day(local(2026, 4, 28).date())


# ---------------------------------------------------------------------------
# B. who: only the aandachtsfunctionarissen see and work the queue


async def test_only_aandachtsfunctionarissen_see_and_work_the_queue(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)

    for who, word in ((actor, "wachtrij"), (COLLEAGUE, "queue"), (COLLEAGUE, "/wachtrij")):
        shown = len(port.calls)
        await a.handle_text(who, word)
        card = last_card_to(port, who)
        assert card.kind == "notice" and card.title == "Let op"
        assert ONLY_CONTACTS in text_of(card) and state.reference not in text_of(card)
        assert [c[0] for c in port.calls[shown:]] == ["notify"]

    await a.handle_text(AF1, "wachtrij")
    queue = last_card_to(port, AF1)
    assert queue.kind == "list" and queue.title == "Wachtrij aandachtsfunctionaris (1)"
    assert state.reference in text_of(queue)

    # the queue's buttons, pressed by someone who is no aandachtsfunctionaris (a forwarded card)
    # the queue's full actions come with the case card an aandachtsfunctionaris opens; not for others
    await press(a, AF1, action_on(queue, "show_case", case=state.id))
    contact_view = last_card_to(port, AF1)
    assert contact_view.kind == "case" and action_on(contact_view, "handled", case=state.id)
    await act(a, actor, "show_case", {"case": state.id})
    own_view = last_card_to(port, actor)
    assert own_view.kind == "case"
    assert not [x for x in own_view.actions if x.name in ("claim", "handled") or x.args.get("form") == "assign"]
    for card, name in ((queue, "claim"), (contact_view, "handled")):
        for who in (COLLEAGUE, actor):
            await press(a, who, action_on(card, name, case=state.id))
            assert CONTACT_ONLY in notices(port, who)[-1]
    for form in ("assign", "ask_info"):
        await act(a, COLLEAGUE, "form", {"case": state.id, "form": form})
        assert CONTACT_ONLY in notices(port, COLLEAGUE)[-1]
    await submit(a, COLLEAGUE, "assign", {"case": state.id}, {"to": "U-af1"})
    assert CONTACT_ONLY in notices(port, COLLEAGUE)[-1]
    await submit(a, COLLEAGUE, "ask_info", {"case": state.id}, {"question": "Wat is er gezien?"})
    assert CONTACT_ONLY in notices(port, COLLEAGUE)[-1]

    assert await kinds(store, state) == ["opened", "triage_requested"]
    stored = await store.load(state.id)
    assert stored.triage.status == "waiting" and stored.triage.by == ""
    assert [s.id for s in await store.queue()] == [state.id]
    no_internal_errors(port)


async def test_members_of_the_platform_group_count_and_the_lookup_is_cached(build, store, monkeypatch, actor):
    now = [1000.0]
    monkeypatch.setattr(service_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    port = MembersPort(["U-member"])
    a = build(port)  # no ids configured: only the group
    member = Actor("U-member", "Mila Lid", binding=BINDING)

    state = await open_case(a, store, actor)
    assert (await store.load(state.id)).triage.kind == "new"  # a member counts: the case is queued
    await a.handle_text(member, "wachtrij")
    assert last_card_to(port, member).kind == "list" and state.reference in text_of(last_card_to(port, member))
    await a.handle_text(actor, "wachtrij")
    assert ONLY_CONTACTS in notices(port, actor)[-1]
    await press(a, member, action_on(last_card_to(port, member), "claim", case=state.id))
    assert (await store.load(state.id)).triage.by == "U-member"
    for _ in range(3):
        await a.handle_text(member, "help")
    assert port.lookups == 1, "the group is looked up on every request"

    now[0] += CONTACTS_TTL + 1  # after a few minutes it is looked up again
    await a.handle_text(member, "help")
    assert port.lookups == 2

    # the group changes: the new member counts, the old one no longer
    port.members = ["U-new"]
    now[0] += CONTACTS_TTL + 1
    newcomer = Actor("U-new", "Nina Nieuw", binding=BINDING)
    await a.handle_text(newcomer, "wachtrij")
    assert last_card_to(port, newcomer).kind == "list"
    await a.handle_text(member, "wachtrij")
    assert ONLY_CONTACTS in notices(port, member)[-1]
    no_internal_errors(port)


async def test_a_failing_group_lookup_keeps_configured_and_last_known_contacts(build, store, monkeypatch, actor):
    now = [1000.0]
    monkeypatch.setattr(service_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    port = MembersPort(["U-member"])
    port.failing = True
    a = build(port, aandachtsfunctionarissen=["U-af1"])
    member = Actor("U-member", "Mila Lid", binding=BINDING)

    # down from the start: the configured id works, nobody is told anything went wrong
    state = await open_case(a, store, actor)
    assert (await store.load(state.id)).triage is not None
    await a.handle_text(AF1, "wachtrij")
    assert last_card_to(port, AF1).kind == "list"
    await a.handle_text(member, "wachtrij")
    assert ONLY_CONTACTS in notices(port, member)[-1]
    tried = port.lookups
    await a.handle_text(AF1, "help")
    assert port.lookups == tried, "a failed lookup is retried on every request"

    # up again: the member counts; down again later: the last known members are kept
    port.failing = False
    now[0] += CONTACTS_TTL + 1
    await a.handle_text(member, "wachtrij")
    assert last_card_to(port, member).kind == "list"
    port.failing = True
    now[0] += CONTACTS_TTL + 1
    await a.handle_text(member, "wachtrij")
    assert last_card_to(port, member).kind == "list"
    await a.handle_text(AF1, "wachtrij")
    assert last_card_to(port, AF1).kind == "list"
    no_internal_errors(port)


class NamedMembersPort(MembersPort):
    """A platform whose lookup gives each member's display name too (Slack, Teams)."""

    def __init__(self, members: dict[str, str]) -> None:
        super().__init__(list(members))
        self.names = members

    async def aandachtsfunctionaris_members(self) -> dict[str, str]:  # type: ignore[override]
        await super().aandachtsfunctionaris_members()
        return dict(self.names)


async def test_display_names_from_the_group_lookup_show_in_the_assign_form_and_on_the_card(build, store, actor):
    port = NamedMembersPort({"U-mila": "Mila Lid", "U-noor": "Noor Nieuw"})
    a = build(port)  # no ids configured: only the group, with names
    mila = Actor("U-mila", "Mila Lid", binding=BINDING)
    state = await open_case(a, store, actor)

    # Noor has never used the assistant: her name comes from the lookup alone
    form = await open_form(a, port, mila, state, "assign")
    assert {o.value: o.label for o in form.fields[0].options} == {"U-mila": "Mila Lid", "U-noor": "Noor Nieuw"}
    assert (await fill(a, mila, form, {"to": "U-noor"})).saved
    stored = (await store.load(state.id)).triage
    assert (stored.status, stored.by, stored.by_name) == ("claimed", "U-noor", "Noor Nieuw")
    card = text_of(await card_of(store, port, state))
    assert "Bij Noor Nieuw." in card and "U-noor" not in card
    assert len(dms(port, "U-noor", "Aan jou toegewezen")) == 1
    await a.handle_text(mila, "wachtrij")
    assert "Bij Noor Nieuw." in text_of(last_card_to(port, mila))
    no_internal_errors(port)


# ---------------------------------------------------------------------------
# C. the queue


async def test_every_new_case_lands_in_the_queue_when_there_are_contacts(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)
    assert state.triage.kind == "new" and state.triage.status == "waiting"
    assert state.triage.since == state.opened_at
    assert await kinds(store, state) == ["opened", "triage_requested"]
    assert [s.id for s in await store.queue()] == [state.id]
    card = await card_of(store, port, state)
    assert action_on(card, "form", form="consult_request").label == ASK_BUTTON
    assert "Wacht op een aandachtsfunctionaris." in text_of(card)
    assert set(await rows(store, state)) == {("step", 1), ("triage", 1)}


async def test_without_contacts_no_queue_and_no_consultation_button(make_assistant, store, port, actor):
    a = make_assistant()
    state = await open_case(a, store, actor)
    assert state.triage is None
    assert await store.queue() == []
    assert await kinds(store, state) == ["opened"]
    card = await card_of(store, port, state)
    assert ASK_BUTTON not in [x.label for x in card.actions]
    assert not [x for x in card.actions if x.args.get("form") == "consult_request"]
    assert set(await rows(store, state)) == {("step", 1)}

    # a consultation request anyway (an old card): refused with what to do instead
    await submit(a, actor, "consult_request", {"case": state.id}, {"question": "Wat moet ik doen?"})
    assert "Er is geen aandachtsfunctionaris ingesteld" in notices(port, actor)[-1]
    assert await kinds(store, state) == ["opened"] and await store.queue() == []
    no_internal_errors(port)


async def test_queue_is_ordered_acute_first_then_urgency_then_waiting_time(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    set_clock(clock, local(2026, 3, 2, 9))
    first = await open_case(a, store, actor)
    clock.advance(hours=1)
    second = await open_case(a, store, actor)
    clock.advance(hours=1)
    acute = await open_case(a, store, actor, acute="ja")
    clock.advance(hours=1)
    raised = await open_case(a, store, actor)
    form = await open_form(a, port, actor, raised, "urgency")
    assert (await fill(a, actor, form, {"urgency": "verhoogd"})).saved
    clock.advance(hours=1)
    asking = await open_case(a, store, actor)
    form = await open_form(a, port, actor, asking, "consult_request")
    assert (await fill(a, actor, form, {"question": "Kun je meedenken over de volgende stap?"})).saved

    expected = [acute.id, raised.id, first.id, second.id, asking.id]
    assert [s.id for s in await store.queue()] == expected
    await a.handle_text(AF1, "wachtrij")
    card = last_card_to(port, AF1)
    assert card.title == "Wachtrij aandachtsfunctionaris (5)"
    by_id = {s.id: s.reference for s in await store.list_cases()}
    assert [s.title for s in card.sections] == [by_id[i] for i in expected]
    assert card.sections[0].style == "danger" and "acuut gevaar" in card.sections[0].text
    assert "vraag om overleg" in card.sections[-1].text


async def test_consultation_claim_assign_ask_answer_handled_each_on_the_timeline(make_assistant, store, port,
                                                                                 actor):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    await a.handle_text(AF2, "help")  # seen once: the assistant knows the display name
    state = await open_case(a, store, actor)

    # the professional asks for consultation from the case card
    assert action_on(await card_of(store, port, state), "form", form="consult_request")
    form = await open_form(a, port, actor, state, "consult_request")
    assert (await fill(a, actor, form, {"question": "Is dit al genoeg om te melden?"})).saved
    assert "Je vraag staat in de wachtrij" in notices(port, actor)[-1]
    stored = await store.load(state.id)
    assert stored.triage.kind == "consultation" and stored.triage.question == "Is dit al genoeg om te melden?"
    assert len(await store.queue()) == 1  # one entry per case

    # claim from the queue card
    await a.handle_text(AF1, "wachtrij")
    queue = last_card_to(port, AF1)
    assert "Is dit al genoeg om te melden?" in text_of(queue)
    await press(a, AF1, action_on(queue, "claim", case=state.id))
    assert f"Je hebt {state.reference} opgepakt." in notices(port, AF1)[-1]
    stored = await store.load(state.id)
    assert (stored.triage.status, stored.triage.by, stored.triage.by_name) == ("claimed", "U-af1", AF1.name)
    picked = dms(port, actor.id, "is opgepakt door")
    assert len(picked) == 1 and AF1.name in text_of(picked[0][1])
    assert "Bij Anouk Aandacht." in text_of(await card_of(store, port, state))

    # assign to a colleague: the form offers the aandachtsfunctionarissen
    form = await open_form(a, port, AF1, state, "assign")
    field = form.fields[0]
    assert {o.value: o.label for o in field.options} == {"U-af1": AF1.name, "U-af2": AF2.name}
    assert (await fill(a, AF1, form, {"to": "U-af2"})).saved
    assert f"{state.reference} is toegewezen." in notices(port, AF1)[-1]
    assigned = dms(port, "U-af2", "Aan jou toegewezen")
    assert len(assigned) == 1 and AF1.name in text_of(assigned[0][1])
    stored = await store.load(state.id)
    assert (stored.triage.by, stored.triage.by_name) == ("U-af2", AF2.name)

    # ask the professional for more information: a direct message with an answer button
    form = await open_form(a, port, AF2, state, "ask_info")
    assert (await fill(a, AF2, form, {"question": "Wat zag de mentor precies?"})).saved
    asked = dms(port, actor.id, "Vraag over")
    assert len(asked) == 1
    request = asked[0][1]
    assert "Wat zag de mentor precies?" in text_of(request) and AF2.name in text_of(request)
    answer = action_on(request, "form", form="info", case=state.id)
    opened = len(port.forms)
    await press(a, actor, answer)
    assert len(port.forms) == opened + 1 and port.forms[-1].name == "info"
    assert "Wat zag de mentor precies?" in text_of(port.forms[-1])
    assert (await fill(a, actor, port.forms[-1], {"text": "Striemen op de rug, gezien bij gym."})).saved
    assert "Je antwoord is vastgelegd" in notices(port, actor)[-1]
    stored = await store.load(state.id)
    assert stored.notes[-1].text == "Striemen op de rug, gezien bij gym." and stored.notes[-1].actor == actor.id
    assert stored.triage.info_question == ""
    answered = dms(port, "U-af2", "Antwoord van de casushouder")
    assert len(answered) == 1 and not dms(port, "U-af1", "Antwoord van de casushouder")

    # handled: gone from the queue
    await a.handle_text(AF2, "wachtrij")
    await press(a, AF2, action_on(last_card_to(port, AF2), "show_case", case=state.id))
    await press(a, AF2, action_on(last_card_to(port, AF2), "handled", case=state.id))
    assert "is afgehandeld en staat niet meer in de wachtrij" in notices(port, AF2)[-1]
    assert await store.queue() == []
    await a.handle_text(AF1, "wachtrij")
    assert "De wachtrij is leeg." in text_of(last_card_to(port, AF1))
    assert "Wacht op een aandachtsfunctionaris" not in text_of(await card_of(store, port, state))

    timeline = await store.timeline(state.id)
    assert [e.kind for e in timeline] == [
        "opened", "triage_requested", "triage_requested", "triage_claimed", "triage_assigned",
        "info_requested", "info_given", "triage_handled"]
    assert [e.actor for e in timeline[3:]] == ["U-af1", "U-af1", "U-af2", actor.id, "U-af2"]
    assert timeline[4].data["to"] == "U-af2"
    await act(a, actor, "timeline", {"case": state.id})
    lines = text_of(last_card_to(port, actor))
    for words in ("opgepakt door de aandachtsfunctionaris", f"toegewezen aan {AF2.name}",
                  "meer informatie gevraagd", "wachtrij: afgehandeld", "vraag om overleg"):
        assert words in lines
    no_internal_errors(port)


async def test_the_timeline_of_a_queued_case_can_be_read(make_assistant, store, port, actor):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)
    await act(a, AF1, "form", {"case": state.id, "form": "ask_info"})
    assert (await fill(a, AF1, port.forms[-1], {"question": "Wat zag de mentor?"})).saved
    for who in (actor, AF1):
        await act(a, who, "timeline", {"case": state.id})
        card = last_card_to(port, who)
        assert card.kind == "timeline", text_of(card)
        lines = card.sections[0].text.splitlines()
        assert len(lines) == 3
        assert "in de wachtrij van de aandachtsfunctionaris: nieuwe casus" in lines[1]
        assert "meer informatie gevraagd aan de casushouder" in lines[2] and AF1.name in lines[2]
    no_internal_errors(port)


async def test_a_new_request_is_told_to_the_contacts_in_working_hours(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    set_clock(clock, local(2026, 3, 1, 20))  # Sunday evening
    state = await open_case(a, store, actor)
    claimed = await open_case(a, store, actor)
    await act(a, AF1, "claim", {"case": claimed.id})  # taken before anyone was told: no notice needed
    assert not dms(port, title="Nieuw in de wachtrij")

    assert await scan_at(a, clock, local(2026, 3, 1, 23)) == 0
    assert await scan_at(a, clock, local(2026, 3, 2, 8, 0)) == 0  # Monday 08:00: not yet
    assert not dms(port, title="Nieuw in de wachtrij")
    await scan_at(a, clock, local(2026, 3, 2, 8, 30))
    told = dms(port, title="Nieuw in de wachtrij")
    assert sorted(who for who, _ in told) == CONTACTS
    assert all(state.reference in card.title for _, card in told)
    card = told[0][1]
    assert actor.name in text_of(card) and "sinds 01-03-2026 20:00" in text_of(card)
    assert action_on(card, "claim", case=state.id) and action_on(card, "show_case", case=state.id)

    await scan_at(a, clock, local(2026, 3, 2, 12))
    assert len(dms(port, title="Nieuw in de wachtrij")) == 2  # once
    assert not dms(port, title="Wacht nog")
    # still waiting a working day later: told again, once
    for moment in (local(2026, 3, 2, 17), local(2026, 3, 2, 20), local(2026, 3, 3, 8, 30), local(2026, 3, 3, 9)):
        await scan_at(a, clock, moment)
    assert sorted(who for who, _ in dms(port, title="Wacht nog")) == CONTACTS
    for title in ("Nieuw in de wachtrij", "Wacht nog"):  # the claimed one: nobody needed telling
        assert not dms(port, title=f"{title}: {claimed.reference}")
    # claimed in the meantime: nothing more
    await press(a, AF1, action_on(card, "claim", case=state.id))
    await scan_at(a, clock, local(2026, 3, 10, 9))
    assert len(dms(port, title="Wacht nog")) == 2 and len(dms(port, title="Nieuw in de wachtrij")) == 2


async def test_a_request_on_saturday_is_told_monday_0830_local_time(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    set_clock(clock, local(2026, 3, 28, 12))  # Saturday noon, the night before summer time starts
    state = await open_case(a, store, actor)
    monday = datetime(2026, 3, 30, 6, 30, tzinfo=timezone.utc)  # 08:30 CEST
    assert (await rows(store, state))[("triage", 1)].next_at == monday

    set_clock(clock, monday - timedelta(minutes=1))
    await a.send_due_reminders()
    assert not dms(port, title="Nieuw in de wachtrij")
    set_clock(clock, monday)
    await a.send_due_reminders()
    told = dms(port, title="Nieuw in de wachtrij")
    assert sorted(who for who, _ in told) == CONTACTS
    assert "sinds 28-03-2026 12:00" in text_of(told[0][1])


async def test_an_acute_case_alerts_the_contacts_at_once(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    set_clock(clock, local(2026, 3, 7, 23))  # Saturday night: no waiting for working hours
    state = await open_case(a, store, actor, acute="ja")
    alerts = port.of("direct_message")
    assert sorted(who for _, who, _ in alerts) == CONTACTS
    assert all(card.style == "danger" and state.reference in card.title for _, _, card in alerts)
    assert (await store.load(state.id)).triage.kind == "acute"
    assert "acute_alert" in await kinds(store, state)
    # not again at once through the scheduler; after half an hour nobody took it: again, day or night
    await scan_at(a, clock, local(2026, 3, 7, 23, 20))
    assert len(port.of("direct_message")) == 2
    await scan_at(a, clock, local(2026, 3, 7, 23, 31))
    again = dms(port, title="Wacht nog")
    assert sorted(who for who, _ in again) == CONTACTS and not dms(port, title="Nieuw in de wachtrij")
    await scan_at(a, clock, local(2026, 3, 9, 9))
    assert len(dms(port, title="Wacht nog")) == 2  # once


async def test_an_acute_case_taken_at_once_is_not_alerted_again(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    set_clock(clock, local(2026, 3, 7, 23))
    state = await open_case(a, store, actor, acute="ja")
    await press(a, AF1, action_on(port.of("direct_message")[0][2], "claim", case=state.id))
    await scan_at(a, clock, local(2026, 3, 7, 23, 45))
    assert not dms(port, title="Wacht nog")
    # lowered to normaal, the entry is no longer labelled acute
    await a.handle_action(actor, a.seal("form", {"case": state.id, "form": "urgency"}, actor.binding))
    assert (await fill(a, actor, port.forms[-1], {"urgency": "normaal"})).ok
    assert (await store.load(state.id)).triage.kind == "new"


async def test_an_acute_case_lowered_before_anyone_took_it_waits_like_any_other_request(make_assistant, store, port,
                                                                                        actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    set_clock(clock, local(2026, 3, 7, 23))  # Saturday night
    state = await open_case(a, store, actor, acute="ja")
    assert len(dms(port, title="Acuut")) == 2
    set_clock(clock, local(2026, 3, 7, 23, 10))  # on second thought: not acute
    form = await open_form(a, port, actor, state, "urgency")
    assert (await fill(a, actor, form, {"urgency": "normaal"})).saved
    assert (await store.load(state.id)).triage.kind == "new"
    await a.handle_text(AF1, "wachtrij")
    (entry,) = last_card_to(port, AF1).sections
    assert entry.style != "danger" and "nieuwe casus" in entry.text and "acuut gevaar" not in entry.text

    # no longer acute: nobody is messaged at night or over the weekend
    for moment in (local(2026, 3, 7, 23, 31), local(2026, 3, 8, 12), local(2026, 3, 9, 8, 29)):
        await scan_at(a, clock, moment)
    assert len(dms(port)) == 2, [card.title for _, card in dms(port)]
    # still waiting a working day later: the contacts hear so, as for any request
    for moment in (local(2026, 3, 9, 8, 30), local(2026, 3, 9, 12), local(2026, 3, 10, 8, 30), local(2026, 3, 10, 9)):
        await scan_at(a, clock, moment)
    assert sorted(who for who, _ in dms(port, title="Wacht nog")) == CONTACTS


async def test_queue_texts_show_roles_never_vault_names(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    persons = [{"name": "Emma de Vries", "role": "kind"}, {"name": "Fatima El Amrani", "role": "moeder"}]
    state = await open_case(a, store, actor, persons=persons,
                            description="Emma de Vries heeft blauwe plekken; Fatima El Amrani zegt dat ze valt.")
    form = await open_form(a, port, actor, state, "consult_request")
    assert (await fill(a, actor, form, {"question": "Emma de Vries is bang voor Fatima El Amrani. Melden?"})).saved

    await a.handle_text(AF1, "wachtrij")
    queue = text_of(last_card_to(port, AF1))
    assert "[kind] is bang voor [moeder]. Melden?" in queue
    await scan_at(a, clock, local(2026, 3, 2, 10, 1))
    told = dms(port, "U-af1", "Vraag om overleg")
    assert len(told) == 1 and "[kind]" in text_of(told[0][1])

    form = await open_form(a, port, AF1, state, "ask_info")
    assert (await fill(a, AF1, form, {"question": "Heeft Emma de Vries het zelf verteld?"})).saved
    request = dms(port, actor.id, "Vraag over")[-1][1]
    assert "Heeft [kind] het zelf verteld?" in text_of(request)
    assert "[kind]" in text_of(await card_of(store, port, state))

    everything = port_text(port).lower()
    for part in ("emma", "vries", "fatima", "amrani"):
        assert part not in everything
    assert (await store.load(state.id)).triage.info_question == "Heeft Emma de Vries het zelf verteld?"


async def test_a_consultation_request_on_a_case_waiting_for_days_reaches_the_contacts(make_assistant, store, port,
                                                                                     actor, clock):
    """Issue 7: every request for consultation lands in the queue and the contact persons are told.
    A case opened (and announced) days ago and still unclaimed: its new consultation request must
    reach them too, not stay silent because the case's first notice was already sent."""
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)  # Monday 10:00
    await scan_at(a, clock, local(2026, 3, 2, 10, 1))
    await scan_at(a, clock, local(2026, 3, 3, 10, 1))
    assert len(dms(port, title="Nieuw in de wachtrij")) == 2 and len(dms(port, title="Wacht nog")) == 2

    set_clock(clock, local(2026, 3, 4, 10))  # Wednesday: the professional asks for consultation
    form = await open_form(a, port, actor, state, "consult_request")
    assert (await fill(a, actor, form, {"question": "Kunnen we vandaag overleggen?"})).saved
    assert (await store.load(state.id)).triage.kind == "consultation"
    for hours in (0.1, 2, 24, 48):
        await scan_at(a, clock, local(2026, 3, 4, 10) + timedelta(hours=hours))
    told = dms(port, title="Vraag om overleg")
    assert sorted(who for who, _ in told) == CONTACTS, \
        f"the consultation request reached {sorted(who for who, _ in told)}"


async def test_the_owner_who_asked_hears_who_took_it_up_and_nothing_of_the_question(make_assistant, store, port,
                                                                                   actor):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    await a.handle_text(AF2, "help")  # seen once: the assistant knows the display name
    number = bsn(7)
    identifiers = [number, "Lindelaan 7", "06-87654321"]  # in no vault: only the redactor catches them
    question = f"Het kind met bsn {number} woont aan de Lindelaan 7; moeder belt vanaf 06-87654321. Melden?"
    claimed = await open_case(a, store, actor)
    assigned = await open_case(a, store, actor)
    quiet = await open_case(a, store, actor)  # a new case: nothing asked
    for state in (claimed, assigned):
        form = await open_form(a, port, actor, state, "consult_request")
        assert (await fill(a, actor, form, {"question": question})).saved
        card = text_of(await card_of(store, port, state))
        assert "Wacht op een aandachtsfunctionaris." in card and "Vraag:" not in card

    await a.handle_text(AF1, "wachtrij")
    await press(a, AF1, action_on(last_card_to(port, AF1), "claim", case=claimed.id))
    form = await open_form(a, port, AF1, assigned, "assign")  # assigned without being claimed first
    assert (await fill(a, AF1, form, {"to": "U-af2"})).saved
    await act(a, AF1, "claim", {"case": quiet.id})
    form = await open_form(a, port, AF1, quiet, "assign")
    assert (await fill(a, AF1, form, {"to": "U-af2"})).saved

    told = dms(port, actor.id, "is opgepakt door")
    assert [card.title for _, card in told] == [f"{claimed.reference} is opgepakt door {AF1.name}",
                                                f"{assigned.reference} is opgepakt door {AF2.name}"]
    for (_, card), state in zip(told, (claimed, assigned)):
        assert [(x.name, x.args) for x in card.actions] == [("show_case", {"case": state.id})]
        text = text_of(card)
        assert "Het kind met bsn" not in text and "Melden?" not in text and "[bsn]" not in text, text
    assert not [card for _, card in dms(port, actor.id) if quiet.reference in card.title]

    # the case channel: who has it, not what was asked
    for state, holder in ((claimed, AF1), (assigned, AF2)):
        card = text_of(await card_of(store, port, state))
        assert f"Bij {holder.name}." in card and "Vraag:" not in card and "Het kind met bsn" not in card
    channel = [card for kind, _, card in port.calls if kind in ("post_case_card", "update_case_card")]
    to_owner = [card for kind, who, card in port.calls if kind in ("direct_message", "notify") and who == actor.id]
    for card in channel + to_owner:
        text = text_of(card)
        assert "Het kind met bsn" not in text
        assert not [i for i in identifiers if i in text], f"{[i for i in identifiers if i in text]} in {card.title}"
    # the aandachtsfunctionaris reads the question, redacted
    assert "Het kind met bsn [bsn]" in text_of(dms(port, "U-af2", "Aan jou toegewezen")[0][1])
    assert not [i for i in identifiers if i in port_text(port)]
    no_internal_errors(port)


async def test_a_case_claimed_by_someone_no_longer_a_contact_goes_to_the_current_contacts(make_assistant, store,
                                                                                         port, actor, clock):
    before = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(before, store, actor)  # Monday 02-03 10:00
    await act(before, AF1, "claim", {"case": state.id})
    form = await open_form(before, port, AF1, state, "ask_info")
    assert (await fill(before, AF1, form, {"question": "Wat zag de mentor precies?"})).saved

    # AF1 no longer holds the role: the assistant restarts with other aandachtsfunctionarissen
    after = make_assistant(aandachtsfunctionarissen=["U-af2", "U-af3"])
    request = dms(port, actor.id, "Vraag over")[-1][1]
    await press(after, actor, action_on(request, "form", form="info", case=state.id))
    assert (await fill(after, actor, port.forms[-1], {"text": "Striemen op de rug, gezien bij gym."})).saved
    answered = dms(port, title="Antwoord van de casushouder")
    assert sorted(who for who, _ in answered) == ["U-af2", "U-af3"]

    await scan_at(after, clock, local(2026, 3, 4, 10))
    assert len(dms(port, actor.id, "Herinnering")) == 1
    await scan_at(after, clock, local(2026, 3, 6, 10))
    escalated = dms(port, title="Verlopen")
    assert sorted(who for who, _ in escalated) == ["U-af2", "U-af3"]
    timeline = await store.timeline(state.id)
    assert timeline[-1].kind == "reminder_escalated" and timeline[-1].data["notified"] == 2
    assert not [c for kind, who, c in port.calls if kind == "direct_message" and who == "U-af1"]
    no_internal_errors(port)


# ---------------------------------------------------------------------------
# D. reminders


async def test_step_reminder_after_its_working_days_then_escalation_to_every_contact(make_assistant, store, port,
                                                                                    actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)  # Monday 02-03 10:00; step 1: 2 working days
    await scan_at(a, clock, local(2026, 3, 2, 10, 1))  # the queue notice, not a reminder

    await scan_at(a, clock, local(2026, 3, 4, 9, 59))
    assert not dms(port, actor.id)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    reminders = dms(port, actor.id, "Herinnering")
    assert len(reminders) == 1
    card = reminders[0][1]
    assert state.reference in card.title and "Stap 1" in card.title
    assert "Signalen vóór en tegen het vermoeden feitelijk vastgelegd" in text_of(card)
    row = (await rows(store, state))[("step", 1)]
    assert action_on(card, "show_case", case=state.id)
    assert action_on(card, "snooze", case=state.id, reminder=row.id)
    await press(a, actor, action_on(card, "show_case"))
    assert last_card_to(port, actor).kind == "case"
    await scan_at(a, clock, local(2026, 3, 4, 12))
    assert len(dms(port, actor.id, "Herinnering")) == 1  # sent once

    # 2 more working days: to the aandachtsfunctionaris (nobody claimed it: all of them)
    await scan_at(a, clock, local(2026, 3, 6, 9, 59))
    assert not dms(port, title="Verlopen")
    await scan_at(a, clock, local(2026, 3, 6, 10))
    escalated = dms(port, title="Verlopen")
    assert sorted(who for who, _ in escalated) == CONTACTS
    assert all(state.reference in c.title and actor.name in text_of(c) for _, c in escalated)
    await press(a, AF2, action_on(escalated[0][1], "show_case", case=state.id))
    assert last_card_to(port, AF2).kind == "case"
    timeline = await store.timeline(state.id)
    assert timeline[-1].kind == "reminder_escalated" and timeline[-1].actor == "meldcode"
    assert timeline[-1].data == {"reminder": "step", "step": 1, "notified": 2}
    await scan_at(a, clock, local(2026, 3, 20, 10))
    assert len(dms(port, title="Verlopen")) == 2 and len(dms(port, actor.id, "Herinnering")) == 1


async def test_escalation_goes_to_the_contact_who_claimed_the_case(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)
    await act(a, AF2, "claim", {"case": state.id})
    await scan_at(a, clock, local(2026, 3, 4, 10))
    await scan_at(a, clock, local(2026, 3, 6, 10))
    assert [who for who, _ in dms(port, title="Verlopen")] == ["U-af2"]
    assert (await store.timeline(state.id))[-1].data["notified"] == 1


async def test_step_2_reminder_leads_straight_to_the_consultation_form(make_assistant, store, port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)  # Monday 10:00
    set_clock(clock, local(2026, 3, 3, 10))  # Tuesday: step 1 done, step 2 has 3 working days
    await tick(a, actor, state, 1, *STEP1)
    assert set(await rows(store, state)) == {("step", 2)}
    await scan_at(a, clock, local(2026, 3, 6, 9, 59))
    assert not dms(port, actor.id)
    await scan_at(a, clock, local(2026, 3, 6, 10))
    (who, card), = dms(port)
    assert who == actor.id and "Stap 2" in card.title
    consult = action_on(card, "form", form="consult", case=state.id)
    assert consult.style == "primary"
    await press(a, actor, consult)
    assert port.forms[-1].name == "consult"
    assert (await fill(a, actor, port.forms[-1], {"role": "collega", "outcome": "Besproken met de mentor"})).saved
    assert ("step", 2) not in await rows(store, state)


async def test_step_4_reminder_leads_straight_to_the_afwegingskader(make_assistant, store, port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)  # Monday 10:00
    await tick(a, actor, state, 1, *STEP1)
    await submit(a, actor, "consult", {"case": state.id},
                 {"role": "aandachtsfunctionaris", "on": "vandaag", "outcome": "Zorg gedeeld; gesprek voeren"})
    await tick(a, actor, state, 3, "gesprek_doel", "gesprek_observaties", "gesprek_interpretatie",
               "gesprek_vastgelegd")
    await tick(a, actor, state, 4, "risico_gewogen")
    assert set(await rows(store, state)) == {("step", 4)}
    await scan_at(a, clock, local(2026, 3, 5, 10))  # 3 working days
    (who, card), = dms(port)
    assert who == actor.id and "Stap 4" in card.title
    weigh = action_on(card, "form", form="question", case=state.id)
    await press(a, actor, weigh)
    assert port.forms[-1].name == "question" and port.forms[-1].context["question"] == 1


async def test_reminder_days_are_configurable_per_step_and_per_sector(make_assistant, store, port, actor, clock):
    a = make_assistant(reminder_days="1=1", reminder_days_by_sector="kinderopvang:1=4")
    school = await open_case(a, store, actor)  # onderwijs: 1 working day
    daycare = await open_case(a, store, actor, sector="kinderopvang")  # 4 working days
    care = await open_case(a, store, actor, sector="gezondheidszorg")  # the configured default for step 1
    await scan_at(a, clock, local(2026, 3, 3, 9, 59))
    assert not dms(port)
    await scan_at(a, clock, local(2026, 3, 3, 10))
    assert sorted(c.title.split(",")[0] for _, c in dms(port)) == sorted(
        f"Herinnering: {s.reference}" for s in (school, care))
    await scan_at(a, clock, local(2026, 3, 6, 9, 59))
    assert len(dms(port)) == 2
    await scan_at(a, clock, local(2026, 3, 6, 10))
    assert len(dms(port)) == 3 and daycare.reference in dms(port)[-1][1].title

    # the defaults: step 1 after 2, step 2 after 3 working days
    b = make_assistant()
    assert b.settings.reminder_days == {1: 2, 2: 3, 3: 5, 4: 3, 5: 3}
    assert b.settings.days_for("onderwijs", 1) == 2 and a.settings.days_for("kinderopvang", 1) == 4
    assert a.settings.days_for("kinderopvang", 2) == 3


async def test_no_reminder_for_a_step_done_before_it_is_due(make_assistant, store, port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)
    step1 = (await rows(store, state))[("step", 1)]
    assert step1.due_at == local(2026, 3, 4, 10)
    set_clock(clock, local(2026, 3, 3, 15))
    await tick(a, actor, state, 1, *STEP1)
    assert ("step", 1) not in await rows(store, state)
    assert (await rows(store, state))[("step", 2)].due_at == local(2026, 3, 6, 15)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    await scan_at(a, clock, local(2026, 3, 5, 10))
    assert not dms(port)


async def test_no_reminder_after_the_case_is_closed(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)
    form = await open_form(a, port, actor, state, "close")
    assert (await fill(a, actor, form, {"reason": "Zorg bleek ongegrond"})).saved
    assert await store.reminders_of(state.id) == [] and await store.queue() == []
    for day in (2, 3, 4, 6, 9, 20):
        await scan_at(a, clock, local(2026, 3, day, 11))
    assert not dms(port)


async def test_vt_feedback_reminder_five_working_days_after_the_melding(make_assistant, store, port, actor, clock):
    a = make_assistant()
    set_clock(clock, local(2026, 4, 23, 10))  # Thursday; Monday 27-04 is Koningsdag
    state = await open_case(a, store, actor)
    melding = await submit(a, actor, "melding", {"case": state.id}, {"on": "23-04-2026", "text": "Gemeld"})
    assert melding.saved
    assert ("vt_feedback", 1) in await rows(store, state)

    title = "Terugkoppeling Veilig Thuis"
    await scan_at(a, clock, local(2026, 4, 30, 8, 30))  # would be due if Koningsdag were a working day
    assert not dms(port, title=title)
    await scan_at(a, clock, local(2026, 4, 30, 17))
    assert not dms(port, title=title)  # five working days end at closing time: told the next morning
    await scan_at(a, clock, local(2026, 5, 1, 8, 30))
    reminder = dms(port, actor.id, title)
    assert len(reminder) == 1
    card = reminder[0][1]
    assert state.reference in card.title and "23-04-2026" in text_of(card) and "0800-2000" in text_of(card)
    feedback = action_on(card, "form", form="vt_feedback", case=state.id)
    await press(a, actor, feedback)
    assert port.forms[-1].name == "vt_feedback"
    outcome = await fill(a, actor, port.forms[-1], {"text": "Veilig Thuis pakt de melding op"})
    assert outcome.saved
    assert ("vt_feedback", 1) not in await rows(store, state)
    assert "vt_feedback_recorded" in await kinds(store, state)
    await scan_at(a, clock, local(2026, 5, 20, 10))
    assert len(dms(port, title=title)) == 1 and not dms(port, title="Geen terugkoppeling")


async def test_no_vt_feedback_reminder_once_feedback_is_recorded(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)
    await submit(a, actor, "melding", {"case": state.id}, {"on": "vandaag", "text": ""})
    set_clock(clock, local(2026, 3, 4, 11))
    form = await open_form(a, port, actor, state, "vt_feedback")
    assert (await fill(a, actor, form, {"on": "vandaag", "text": "Melding is opgepakt"})).saved
    assert ("vt_feedback", 1) not in await rows(store, state)
    for day in (6, 9, 10, 13, 20):
        await scan_at(a, clock, local(2026, 3, day, 17, 30))
    assert not dms(port, title="Terugkoppeling Veilig Thuis") and not dms(port, title="Geen terugkoppeling")


async def test_snooze_puts_a_reminder_off_one_working_day_a_bounded_number_of_times(make_assistant, store, port,
                                                                                  actor, clock):
    a = make_assistant(snooze_limit=2)
    state = await open_case(a, store, actor)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    (_, card), = dms(port, actor.id, "Herinnering")

    set_clock(clock, local(2026, 3, 4, 10, 5))
    await press(a, actor, action_on(card, "snooze"))
    assert "Je krijgt deze herinnering op 05-03-2026 10:05 opnieuw." in notices(port, actor)[-1]
    row = (await rows(store, state))[("step", 1)]
    assert (row.snoozes, row.stage, row.next_at) == (1, "due", local(2026, 3, 5, 10, 5))
    await scan_at(a, clock, local(2026, 3, 5, 10, 4))
    assert len(dms(port, actor.id, "Herinnering")) == 1
    await scan_at(a, clock, local(2026, 3, 5, 10, 5))
    assert len(dms(port, actor.id, "Herinnering")) == 2

    # a Friday snooze lands on Monday
    set_clock(clock, local(2026, 3, 6, 16, 30))
    await press(a, actor, action_on(dms(port, actor.id, "Herinnering")[-1][1], "snooze"))
    assert "op 09-03-2026 16:30" in notices(port, actor)[-1]
    await scan_at(a, clock, local(2026, 3, 9, 16, 30))
    assert len(dms(port, actor.id, "Herinnering")) == 3

    # the limit: refused with the catalogue text, nothing changes
    before = (await rows(store, state))[("step", 1)]
    await press(a, actor, action_on(dms(port, actor.id, "Herinnering")[-1][1], "snooze"))
    assert SNOOZE_LIMIT in notices(port, actor)[-1]
    after = (await rows(store, state))[("step", 1)]
    assert (after.snoozes, after.next_at, after.stage) == (before.snoozes, before.next_at, before.stage) == (
        2, before.next_at, "escalate")
    no_internal_errors(port)


async def test_only_the_owner_snoozes_and_a_stale_snooze_is_refused(make_assistant, store, port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    (_, card), = dms(port, actor.id, "Herinnering")
    snooze = action_on(card, "snooze")

    await press(a, COLLEAGUE, snooze)
    assert "Dit doet de casushouder" in notices(port, COLLEAGUE)[-1]
    assert (await rows(store, state))[("step", 1)].snoozes == 0

    # the step is done: the old card's snooze button no longer applies (and touches no other reminder)
    set_clock(clock, local(2026, 3, 4, 11))
    await tick(a, actor, state, 1, *STEP1)
    step2 = (await rows(store, state))[("step", 2)]
    await press(a, actor, snooze)
    assert REMINDER_GONE in notices(port, actor)[-1]
    after = (await rows(store, state))[("step", 2)]
    assert (after.snoozes, after.next_at) == (0, step2.next_at), \
        "the stale snooze button of the step-1 reminder snoozed the step-2 reminder"
    no_internal_errors(port)


async def test_stale_snooze_after_the_escalation_and_snooze_by_the_contact(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    await open_case(a, store, actor)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    card = dms(port, actor.id, "Herinnering")[-1][1]
    await press(a, AF1, action_on(card, "snooze"))
    assert "Dit doet de casushouder" in notices(port, AF1)[-1]
    await scan_at(a, clock, local(2026, 3, 6, 10))  # escalated: the reminder is finished
    assert dms(port, "U-af1", "Verlopen")
    await press(a, actor, action_on(card, "snooze"))
    assert REMINDER_GONE in notices(port, actor)[-1]
    await scan_at(a, clock, local(2026, 3, 20, 10))
    assert len(dms(port, actor.id, "Herinnering")) == 1
    no_internal_errors(port)


async def test_a_reminder_due_while_no_assistant_ran_is_sent_once_after_start(make_assistant, store, port, actor,
                                                                            clock):
    before = make_assistant()
    state = await open_case(before, store, actor)
    del before  # the process stops; the reminder falls due on Wednesday 10:00

    set_clock(clock, local(2026, 3, 5, 9))  # Thursday: a new process starts
    after = make_assistant()
    await after.start()
    assert await after.send_due_reminders() == 1
    sent = dms(port, actor.id, "Herinnering")
    assert len(sent) == 1 and state.reference in sent[0][1].title
    assert await after.send_due_reminders() == 0
    clock.advance(minutes=1)
    assert await make_assistant().send_due_reminders() == 0  # nor by yet another process
    assert len(dms(port, actor.id, "Herinnering")) == 1


async def test_a_reminder_claimed_by_a_process_that_died_is_sent_once_after_the_lease(make_assistant, store,
                                                                                     port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)
    set_clock(clock, local(2026, 3, 4, 10))
    claimed = await store.claim_due(clock(), "dead-worker")  # claimed, then the process died
    assert [(r.case_id, r.kind, r.step) for r in claimed] == [(state.id, "step", 1)]
    clock.advance(minutes=1)
    assert await a.send_due_reminders() == 0  # its lease still holds
    assert not dms(port)
    clock.advance(minutes=2)
    assert await a.send_due_reminders() == 1
    clock.advance(minutes=5)
    assert await a.send_due_reminders() == 0
    assert len(dms(port, actor.id, "Herinnering")) == 1


async def test_two_schedulers_on_one_store_send_each_reminder_once(make_assistant, store, port, actor, clock):
    first = make_assistant(aandachtsfunctionarissen=["U-af1"])
    second = make_assistant(aandachtsfunctionarissen=["U-af1"])
    assert first.worker != second.worker
    cases = [await open_case(first, store, actor) for _ in range(4)]
    # Wednesday 10:00: the queue notices (and, right after, their "still waiting") and the step
    # reminders are all due; three scans at once, then two more
    set_clock(clock, local(2026, 3, 4, 10))
    counts = [*await asyncio.gather(first.send_due_reminders(), second.send_due_reminders(),
                                    first.send_due_reminders()),
              *await asyncio.gather(first.send_due_reminders(), second.send_due_reminders())]
    assert sum(counts) == 12  # 4 step reminders, 4 queue notices, 4 "still waiting"
    references = sorted(s.reference for s in cases)
    for to, title in ((actor.id, "Herinnering"), ("U-af1", "Nieuw in de wachtrij"), ("U-af1", "Wacht nog")):
        sent = sorted(c.title.split(": ")[1].split(",")[0] for _, c in dms(port, to, title))
        assert sent == references, f"{title}: {sent}"

    set_clock(clock, local(2026, 3, 6, 10))  # escalations, each once
    await asyncio.gather(first.send_due_reminders(), second.send_due_reminders())
    await asyncio.gather(first.send_due_reminders(), second.send_due_reminders())
    assert sorted(c.title.split(": ")[1].split(",")[0] for _, c in dms(port, "U-af1", "Verlopen")) == references
    for state in cases:
        assert (await kinds(store, state)).count("reminder_escalated") == 1
    no_internal_errors(port)


async def test_a_batch_that_outlasts_its_lease_sends_nothing_another_scheduler_took(
        make_assistant, store, port, actor, clock, monkeypatch):
    """A slow platform: each message takes longer than the lease. The first scheduler keeps
    only what it still holds; the second takes the rest; each reminder goes out once."""
    first = make_assistant()
    second = make_assistant()
    cases = [await open_case(first, store, actor) for _ in range(3)]
    send = port.direct_message

    async def slow(user_id, card):
        await send(user_id, card)
        clock.advance(seconds=130)  # past the 120-second lease

    monkeypatch.setattr(port, "direct_message", slow)
    set_clock(clock, local(2026, 3, 4, 10))  # the three step-1 reminders are due
    assert await first.send_due_reminders() == 3  # claimed three, sent the first only
    assert len(dms(port, actor.id, "Herinnering")) == 1
    await second.send_due_reminders()
    await second.send_due_reminders()
    sent = sorted(c.title.split(": ")[1].split(",")[0] for _, c in dms(port, actor.id, "Herinnering"))
    assert sent == sorted(s.reference for s in cases)


async def test_due_times_follow_the_local_clock_across_summer_time(make_assistant, store, port, actor, clock):
    a = make_assistant()
    set_clock(clock, local(2026, 3, 27, 10))  # Friday, CET
    state = await open_case(a, store, actor)
    due = datetime(2026, 3, 31, 8, 0, tzinfo=timezone.utc)  # Tuesday 10:00 CEST
    assert (await rows(store, state))[("step", 1)].due_at == due
    set_clock(clock, due - timedelta(minutes=1))
    assert await a.send_due_reminders() == 0
    set_clock(clock, due)
    assert await a.send_due_reminders() == 1


async def test_an_owner_who_cannot_be_reached_is_retried_then_the_contacts_are_told(make_assistant, store, port,
                                                                                   actor, clock, monkeypatch):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)  # Monday 02-03 10:00; step 1 due Wednesday 10:00
    send = port.direct_message
    tried: list[str] = []

    async def owner_unreachable(user_id, card):
        if user_id == actor.id:  # left the organisation, or never opened a chat with the app
            tried.append(card.title)
            raise ConnectionError("cannot open a conversation with this user")
        await send(user_id, card)

    monkeypatch.setattr(port, "direct_message", owner_unreachable)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    assert len(tried) == 1 and state.reference in tried[0] and "Herinnering" in tried[0]
    await scan_at(a, clock, local(2026, 3, 4, 10, 4))
    assert len(tried) == 1  # a few minutes later, not on every scan
    await scan_at(a, clock, local(2026, 3, 4, 10, 5))
    assert len(tried) == 2
    await scan_at(a, clock, local(2026, 3, 4, 11))  # due an hour: still for the owner
    assert len(tried) == 3 and not dms(port, title="Verlopen")
    assert "reminder_escalated" not in await kinds(store, state)

    await scan_at(a, clock, local(2026, 3, 4, 11, 5))  # due more than an hour: to the contacts
    await scan_at(a, clock, local(2026, 3, 4, 11, 6))
    escalated = dms(port, title="Verlopen")
    assert sorted(who for who, _ in escalated) == CONTACTS
    assert all(state.reference in card.title and actor.name in text_of(card) for _, card in escalated)
    timeline = await store.timeline(state.id)
    assert timeline[-1].kind == "reminder_escalated"
    assert timeline[-1].data == {"reminder": "step", "step": 1, "notified": 2}
    attempts = len(tried)
    for moment in (local(2026, 3, 4, 12), local(2026, 3, 6, 10), local(2026, 3, 20, 10)):
        await scan_at(a, clock, moment)
    assert len(tried) == attempts and len(dms(port, title="Verlopen")) == 2  # once, and done
    assert (await kinds(store, state)).count("reminder_escalated") == 1
    no_internal_errors(port)


async def test_no_escalation_is_recorded_when_no_contact_can_be_reached(make_assistant, store, port, actor, clock,
                                                                       monkeypatch):
    a = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(a, store, actor)
    send = port.direct_message

    async def contacts_unreachable(user_id, card):
        if user_id in CONTACTS:
            raise ConnectionError("cannot open a conversation with this user")
        await send(user_id, card)

    monkeypatch.setattr(port, "direct_message", contacts_unreachable)
    await scan_at(a, clock, local(2026, 3, 4, 10))
    assert len(dms(port, actor.id, "Herinnering")) == 1
    await scan_at(a, clock, local(2026, 3, 6, 10))
    await scan_at(a, clock, local(2026, 3, 6, 10, 5))
    assert not dms(port, title="Verlopen")
    assert "reminder_escalated" not in await kinds(store, state)
    no_internal_errors(port)


async def test_a_case_opened_before_reminders_existed_gets_them_when_the_assistant_starts(make_assistant, store,
                                                                                        port, actor, clock):
    old = make_assistant(aandachtsfunctionarissen=CONTACTS)
    state = await open_case(old, store, actor)  # Monday 02-03 10:00
    closed = await open_case(old, store, actor)
    form = await open_form(old, port, actor, closed, "close")
    assert (await fill(old, actor, form, {"reason": "Zorg bleek ongegrond"})).saved
    # what an upgrade from the schema without reminders leaves: the case, no rows
    async with store.engine.begin() as conn:
        await conn.execute(sa_text("DELETE FROM reminders WHERE case_id = :case"), {"case": state.id})
    assert await store.reminders_of(state.id) == [] and await store.reminders_of(closed.id) == []
    del old

    set_clock(clock, local(2026, 3, 5, 9))  # Thursday: the new version starts
    new = make_assistant(aandachtsfunctionarissen=CONTACTS)
    await new.start()
    found = await rows(store, state)
    assert set(found) == {("step", 1), ("triage", 1)}
    assert found[("step", 1)].due_at == local(2026, 3, 9, 9)  # 2 working days from now, not in the past
    assert await store.reminders_of(closed.id) == []  # a closed case needs none
    await make_assistant(aandachtsfunctionarissen=CONTACTS).start()  # started again: nothing doubled
    assert {k: r.id for k, r in (await rows(store, state)).items()} == {k: r.id for k, r in found.items()}

    await scan_at(new, clock, local(2026, 3, 5, 9))
    assert sorted(who for who, _ in dms(port, title=f"Nieuw in de wachtrij: {state.reference}")) == CONTACTS
    await scan_at(new, clock, local(2026, 3, 9, 8, 59))
    assert not dms(port, actor.id, "Herinnering")
    await scan_at(new, clock, local(2026, 3, 9, 9))
    reminded = dms(port, actor.id, "Herinnering")
    assert len(reminded) == 1 and state.reference in reminded[0][1].title
    no_internal_errors(port)


NO_FEEDBACK = "Je hebt nog geen terugkoppeling van Veilig Thuis vastgelegd."


async def test_a_second_melding_after_feedback_gets_its_own_reminder(make_assistant, store, port, actor, clock):
    a = make_assistant()
    state = await open_case(a, store, actor)  # Monday 02-03 10:00
    title = "Terugkoppeling Veilig Thuis"
    assert (await submit(a, actor, "melding", {"case": state.id}, {"on": "02-03-2026", "text": "Eerste melding"})).saved
    set_clock(clock, local(2026, 3, 4, 11))
    form = await open_form(a, port, actor, state, "vt_feedback")
    assert (await fill(a, actor, form, {"text": "Veilig Thuis pakt de melding op"})).saved
    assert not [key for key in await rows(store, state) if key[0] == "vt_feedback"]

    set_clock(clock, local(2026, 3, 16, 10))  # Monday: new signals, a second melding
    assert (await submit(a, actor, "melding", {"case": state.id}, {"on": "16-03-2026", "text": "Tweede melding"})).saved
    row = (await rows(store, state))[("vt_feedback", 2)]
    assert row.due_at == local(2026, 3, 23, 8, 30)  # five working days after the second melding
    await scan_at(a, clock, local(2026, 3, 23, 8, 29))
    assert not dms(port, title=title)
    await scan_at(a, clock, local(2026, 3, 23, 8, 30))
    reminded = dms(port, actor.id, title)
    assert len(reminded) == 1 and state.reference in reminded[0][1].title
    assert action_on(reminded[0][1], "form", form="vt_feedback", case=state.id)
    # the reminder names the melding it is about
    text = text_of(reminded[0][1])
    assert "16-03-2026" in text and "02-03-2026" not in text, text


async def test_a_melding_recorded_late_is_reminded_at_the_next_working_moment(make_assistant, store, port, actor,
                                                                             clock):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)  # Monday 02-03 10:00
    set_clock(clock, local(2026, 3, 16, 18))  # ten working days later, in the evening, the melding is recorded
    assert (await submit(a, actor, "melding", {"case": state.id}, {"on": "02-03-2026", "text": "Gemeld"})).saved
    row, = [r for r in await store.reminders_of(state.id) if r.kind == "vt_feedback"]
    assert (row.due_at, row.escalate_at) == (local(2026, 3, 17, 8, 30), local(2026, 3, 19, 8, 30))

    owner, contact = "Terugkoppeling Veilig Thuis", "Geen terugkoppeling"
    await scan_at(a, clock, local(2026, 3, 16, 18, 1))
    assert not dms(port, title=owner) and not dms(port, title=contact)
    await scan_at(a, clock, local(2026, 3, 17, 8, 30))
    assert len(dms(port, actor.id, owner)) == 1 and not dms(port, title=contact)
    await scan_at(a, clock, local(2026, 3, 19, 8, 29))
    assert not dms(port, title=contact)
    await scan_at(a, clock, local(2026, 3, 19, 8, 30))
    assert [who for who, _ in dms(port, title=contact)] == ["U-af1"]
    escalations = [e for e in await store.timeline(state.id) if e.kind == "reminder_escalated"]
    assert [e.data["reminder"] for e in escalations].count("vt_feedback") == 1


async def test_the_close_form_warns_while_veilig_thuis_has_given_no_feedback(make_assistant, store, port, actor,
                                                                            clock):
    a = make_assistant()
    state = await open_case(a, store, actor)
    assert NO_FEEDBACK in a.t("form.close.no_feedback")
    assert NO_FEEDBACK not in text_of(await open_form(a, port, actor, state, "close"))  # no melding yet

    assert (await submit(a, actor, "melding", {"case": state.id}, {"on": "vandaag", "text": "Gemeld"})).saved
    form = await open_form(a, port, actor, state, "close")
    assert [(s.text, s.style) for s in form.intro] == [(a.t("form.close.no_feedback"), "warning")]

    clock.advance(hours=1)
    feedback = await open_form(a, port, actor, state, "vt_feedback")
    assert (await fill(a, actor, feedback, {"text": "Veilig Thuis pakt de melding op"})).saved
    assert NO_FEEDBACK not in text_of(await open_form(a, port, actor, state, "close"))

    clock.advance(hours=1)  # a second melding: waiting for feedback again
    assert (await submit(a, actor, "melding", {"case": state.id}, {"on": "vandaag", "text": "Opnieuw"})).saved
    form = await open_form(a, port, actor, state, "close")
    assert NO_FEEDBACK in text_of(form)
    assert (await fill(a, actor, form, {"reason": "Overgedragen aan Veilig Thuis"})).saved  # a warning, no refusal


# ---------------------------------------------------------------------------
# E. bad input: a refusal, never a traceback, nothing lost


async def test_bad_input_is_refused_and_nothing_is_lost(make_assistant, store, port, actor, clock):
    a = make_assistant(aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)
    other = await open_case(a, store, actor)

    # snooze: an unknown reminder, another case's reminder, an unknown case
    await act(a, actor, "snooze", {"case": state.id, "reminder": 987654})
    assert REMINDER_GONE in notices(port, actor)[-1]
    other_row = (await rows(store, other))[("step", 1)]
    await act(a, actor, "snooze", {"case": state.id, "reminder": other_row.id})
    assert REMINDER_GONE in notices(port, actor)[-1]
    await act(a, actor, "snooze", {"case": "bestaat-niet", "reminder": other_row.id})
    assert "Die casus bestaat niet" in notices(port, actor)[-1]
    assert (await rows(store, other))[("step", 1)].snoozes == 0

    # the queue's forms and buttons for a case no longer in the queue
    await act(a, AF1, "handled", {"case": state.id})
    timeline = await store.timeline(state.id)
    assert timeline[-1].kind == "triage_handled"
    outcome = await submit(a, AF1, "assign", {"case": state.id}, {"to": "U-af1"})
    assert not outcome.saved and NOT_IN_QUEUE in notices(port, AF1)[-1]
    outcome = await submit(a, AF1, "ask_info", {"case": state.id}, {"question": "Hoe gaat het nu?"})
    assert not outcome.saved and NOT_IN_QUEUE in notices(port, AF1)[-1]
    for name in ("claim", "handled"):
        await act(a, AF1, name, {"case": state.id})
        assert NOT_IN_QUEUE in notices(port, AF1)[-1]
    await act(a, AF1, "form", {"case": state.id, "form": "assign"})
    assert NOT_IN_QUEUE in notices(port, AF1)[-1]
    await act(a, AF1, "claim", {"case": "bestaat-niet"})
    assert "Die casus bestaat niet" in notices(port, AF1)[-1]

    # an answer with no question open; feedback before any melding; assigning to someone else
    outcome = await submit(a, actor, "info", {"case": other.id}, {"text": "Hier is mijn antwoord"})
    assert not outcome.saved and "Er staat geen vraag van de aandachtsfunctionaris open." in notices(port, actor)[-1]
    outcome = await submit(a, actor, "vt_feedback", {"case": other.id}, {"text": "Opgepakt"})
    assert not outcome.saved and "Leg eerst de melding bij Veilig Thuis vast." in notices(port, actor)[-1]
    outcome = await submit(a, AF1, "assign", {"case": other.id}, {"to": "U-colleague"})
    assert outcome.errors == {"to": "Kies een van de mogelijkheden."}
    outcome = await submit(a, actor, "consult_request", {"case": other.id}, {"question": "  "})
    assert outcome.errors and set(outcome.errors) == {"question"}

    # a consultation request on a closed case
    form = await open_form(a, port, actor, other, "close")
    assert (await fill(a, actor, form, {"reason": "Zorg bleek ongegrond"})).saved
    outcome = await submit(a, actor, "consult_request", {"case": other.id}, {"question": "Toch nog even overleggen?"})
    assert not outcome.saved and "is afgesloten" in notices(port, actor)[-1]

    assert await store.timeline(state.id) == timeline
    assert await kinds(store, other) == ["opened", "triage_requested", "closed"]
    assert await store.queue() == []
    no_internal_errors(port)
