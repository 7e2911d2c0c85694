"""Plugins driven as a platform drives the assistant: forms, buttons and the cards that come back.

The bundled plugins (``installed()``) are checked against the meldcode's routes (MELDCODE.md);
broken plugins are built here in temporary packages or as small code plugins, and must be
disabled with a clear report while the assistant and the other plugins go on. All case data
is synthetic. Tests with ``make_assistant`` run on SQLite and PostgreSQL; the CLI and registry
tests need no store and run once.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint, entry_points, version
from pathlib import Path
from typing import Any

import pytest

from assistant.cards import Action, Card, ChecklistItem, ChecklistStep, Form, FormOutcome, Section
from assistant.case import CaseState
from assistant.guidance import GROUP, CaseEvent, CaseView, DataPlugin, Registry, hookimpl
from assistant.guidance.data import parse_data
from assistant.guidance.registry import installed
from assistant.port import Actor
from assistant.service import Assistant
from conftest import act, submit

REPO = Path(__file__).resolve().parents[1]
BUNDLED = (
    "eergerelateerd_geweld", "gezondheidszorg", "jeugdhulp", "justitie", "kindcheck", "kinderopvang",
    "maatschappelijke_ondersteuning", "onderwijs", "ouderenmishandeling", "politie", "seksueel_geweld", "vgv",
)

NEW_CASE = {
    "sector": "onderwijs",
    "concerns": ["lichamelijke_mishandeling"],
    "acute": "nee",
    "description": "Synthetische casus: blauwe plekken gezien",
}
STEP1 = ["signalen_vastgelegd", "bronnen"]
STEP1_LABELS = ["Signalen vóór en tegen het vermoeden feitelijk vastgelegd",
                "Bron bij elk signaal; interpretaties als zodanig benoemd"]

# catalogue texts (nl) the card is built from
ROUTE_WARNING = "Let op: andere route"
CONTACTS = "Contact en advies"
LEGAL_NOTES = "Wet en plichten"
OPTIONAL = " (als het van toepassing is)"
CORE_KINDCHECK = "Kindcheck: minderjarige kinderen in huis, wie zorgt voor hen, is de cliënt zwanger?"
CORE_GESPREK = "Doel van het gesprek uitgelegd"
AFWEGING_STAP4 = "Afwegingsvragen van stap 4 beantwoord"
STEP4_TITLE = "Stap 4 · Wegen van het geweld"
STEP5_TITLE = "Stap 5 · Beslissen: melden en/of hulp"
INTERNAL_ERROR = "Er ging iets mis aan onze kant"
CORE_ROUTE_WARNING = "Bij deze vorm van geweld geldt een andere route, maar de aanwijzingen daarvoor zijn niet geladen."

# texts of the bundled plugins
EGG_WARNING = "Praat niet eerst met de familie of de vermoedelijke pleger"
EGG_EXPERT = "Deskundige geraadpleegd (LEC EGG via de politie, of Veilig Thuis)"
EGG_VICTIM_ONLY = "Gesprek alleen met het slachtoffer"
SCHOOLBESTUUR = "Schoolbestuur direct ingelicht"
VERTROUWENSINSPECTEUR = "Bestuur heeft overlegd met de vertrouwensinspecteur"
AANGIFTE_BESTUUR = "Bij een redelijk vermoeden: het bestuur heeft aangifte gedaan bij de politie"
AANGIFTE_HOUDER = "Bij een redelijk vermoeden: de houder heeft aangifte gedaan bij de politie"
PLUGIN_KINDCHECK = "Kindcheck: wonen er minderjarige kinderen in huis"
VGV_WARNING = "Vrouwelijke genitale verminking is strafbaar"
SEKSUEEL_GEWELD_WARNING = "Vertelt een kind of afhankelijke volwassene zelf over het geweld"
VGV_CALLED = "Veilig Thuis en politie direct gebeld"
VGV_TRIP = "Nagegaan of een reis naar het land van herkomst op handen is"
MANTELZORG = "Mantelzorgverleningscheck"


# ---------------------------------------------------------------------------
# helpers: the platform's side


async def open_case(a: Assistant, store, actor: Actor, **values: Any) -> CaseState:
    """Submit the new-case form; return the case it stored."""
    before = {c.id for c in await store.list_cases(owner=actor.id)}
    outcome = await submit(a, actor, "new_case", {}, {**NEW_CASE, **values})
    assert outcome.ok and outcome.saved, outcome.errors
    new = [c for c in await store.list_cases(owner=actor.id) if c.id not in before]
    assert len(new) == 1, "the case was not stored"
    return new[0]


def card_of(port, state: CaseState) -> Card:
    """The case card of ``state`` as it stands in the channel now."""
    found = [card for card in port.cards.values() if card.kind == "case" and card.title.endswith(state.reference)]
    assert len(found) == 1, f"the card of {state.reference} must be posted exactly once"
    return found[0]


def text_of(card: Card) -> str:
    return "\n".join(card.all_text())


def step_of(card: Card, number: int) -> ChecklistStep:
    return next(s for s in card.checklist if s.number == number)


def labels(card: Card, number: int) -> list[str]:
    return [i.label for i in step_of(card, number).items]


def entry(card: Card, number: int, label: str) -> ChecklistItem:
    found = [i for i in step_of(card, number).items if i.label.startswith(label)]
    assert len(found) == 1, f"{label!r} in step {number}: {labels(card, number)}"
    return found[0]


def current(card: Card) -> int | None:
    return next((s.number for s in card.checklist if s.state == "current"), None)


def sections(card: Card, title: str) -> list[Section]:
    return [s for s in card.sections if s.title == title]


def section_text(card: Card, title: str) -> str:
    found = sections(card, title)
    assert found, f"no section {title!r} on the card: {[s.title for s in card.sections]}"
    return "\n".join(s.text for s in found)


def card_action(card: Card, name: str = "form", **args: Any) -> Action:
    found = [x for x in card.actions if x.name == name and all(x.args.get(k) == v for k, v in args.items())]
    assert found, f"no action {name} {args} on the card: {[(x.name, x.args) for x in card.actions]}"
    return found[0]


def has_action(card: Card, name: str = "form", **args: Any) -> bool:
    return any(x.name == name and all(x.args.get(k) == v for k, v in args.items()) for x in card.actions)


async def press(a: Assistant, actor: Actor, action: Action) -> None:
    await act(a, actor, action.name, action.args)


async def press_form(a: Assistant, port, actor: Actor, state: CaseState, form: str) -> Form:
    """Press the card's button for ``form``; return the form the platform was asked to open."""
    opened = len(port.forms)
    await press(a, actor, card_action(card_of(port, state), "form", form=form))
    assert len(port.forms) == opened + 1, f"no form opened; last notice: {port.last_notice_text()}"
    assert port.forms[-1].name == form
    return port.forms[-1]


async def fill(a: Assistant, actor: Actor, form: Form, values: dict[str, Any]) -> FormOutcome:
    return await submit(a, actor, form.name, form.context, values)


async def tick(a: Assistant, port, actor: Actor, state: CaseState, number: int, *labels_: str) -> None:
    """Tick checklist items of a step by (the start of) their label, as a user would."""
    for label in labels_:
        item = entry(card_of(port, state), number, label)
        assert item.action is not None and not item.done, f"{label!r} cannot be ticked"
        await press(a, actor, item.action)
        assert entry(card_of(port, state), number, label).done, port.last_notice_text()


async def tick_all(a: Assistant, port, actor: Actor, state: CaseState, number: int) -> None:
    """Tick every item of a step that is ticked by hand and not ticked yet."""
    todo = [i.label for i in step_of(card_of(port, state), number).items if i.action is not None and not i.done]
    await tick(a, port, actor, state, number, *todo)


async def consult(a: Assistant, port, actor: Actor, state: CaseState, role: str) -> None:
    form = await press_form(a, port, actor, state, "consult")
    outcome = await fill(a, actor, form, {"role": role, "on": "vandaag", "outcome": "Zorg gedeeld, route besproken"})
    assert outcome.saved, outcome.errors


async def steps_1_to_4(a: Assistant, port, actor: Actor, state: CaseState) -> None:
    """Everything before the afwegingskader by hand: steps 1 and 3 ticked, a colleague consulted,
    and step 4's own item."""
    await tick_all(a, port, actor, state, 1)
    await consult(a, port, actor, state, "collega")
    await tick_all(a, port, actor, state, 2)
    await tick_all(a, port, actor, state, 3)
    await tick_all(a, port, actor, state, 4)


async def weigh(a: Assistant, port, actor: Actor, state: CaseState, answers: list[str]) -> Form:
    """Answer the afwegingskader from the card's button on; return the form that follows."""
    form = await press_form(a, port, actor, state, "question")
    for number, answer in enumerate(answers, start=1):
        assert form.name == "question" and form.context["question"] == number
        outcome = await fill(a, actor, form, {"answer": answer})
        assert outcome.saved and outcome.next_form is not None, port.last_notice_text()
        form = outcome.next_form
    return form


def notices(port, actor: Actor) -> list[Card]:
    return [card for kind, who, card in port.calls if kind == "notify" and who == actor.id and card.kind == "notice"]


def bundled_points(*leave_out: str) -> list[EntryPoint]:
    points = [p for p in entry_points(group=GROUP) if p.name not in leave_out]
    assert {p.name for p in points} == set(BUNDLED) - set(leave_out)
    return points


# ---------------------------------------------------------------------------
# plugins written for the tests


INIT_PY = "from assistant.guidance import DataPlugin\n\nplugin = DataPlugin.from_package(__name__)\n"

BAD_STEP = """\
[plugin]
name = "kapot"
description = { nl = "Een plugin met een fout in de data." }

[[rules]]
when = { sector = ["onderwijs"] }

[[rules.items]]
step = 7
key = "te_laat"
text = { nl = "Een stap die niet bestaat" }
"""

UNKNOWN_ROLE = """\
[plugin]
name = "rolfout"
description = { nl = "Een plugin met een consultatierol die de meldcode niet kent." }

[[rules]]
when = { sector = ["onderwijs"] }

[[rules.items]]
step = 2
key = "buurvrouw_geraadpleegd"
auto = "consultation"
role = "buurvrouw"
text = { nl = "Buurvrouw geraadpleegd" }
"""

UNKNOWN_CONCERN = """\
[plugin]
name = "vreemd"
description = { nl = "Een plugin die een vorm noemt die niemand kent." }

[[rules]]
when = { concerns = ["onbekend_geweld"] }

[[rules.notes]]
key = "opmerking"
text = { nl = "Een opmerking." }
"""

DUTCH_ONLY = """\
[plugin]
name = "alleen_nl"
description = { nl = "Alleen Nederlandse tekst." }

[[rules]]
when = { sector = ["onderwijs"] }

[[rules.notes]]
key = "alleen_nl"
text = { nl = "Deze aanwijzing is er alleen in het Nederlands." }
"""


@pytest.fixture
def plugin_package(tmp_path: Path, monkeypatch) -> Iterator[Callable[[str], tuple[str, Path]]]:
    """Write a data plugin package (``__init__.py`` and ``guidance.toml``) importable for this test;
    returns its module name and the path of its data file."""
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    names: list[str] = []

    def write(toml: str) -> tuple[str, Path]:
        name = f"meldcode_test_plugin_{uuid.uuid4().hex[:10]}"
        package = root / name
        package.mkdir()
        (package / "__init__.py").write_text(INIT_PY, encoding="utf-8")
        (package / "guidance.toml").write_text(toml, encoding="utf-8")
        names.append(name)
        return name, package / "guidance.toml"

    yield write
    for name in names:
        sys.modules.pop(name, None)


def point(name: str, module: str) -> EntryPoint:
    return EntryPoint(name=name, value=f"{module}:plugin", group=GROUP)


class Raises:
    """A code plugin whose checklist hook fails at run time."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def meldcode_checklist_items(self, case: CaseView) -> list[Any]:
        self.calls += 1
        raise RuntimeError("kapot in de plugin")


class RaisesOnEvent:
    """A code plugin whose case-event hook fails (on ``opened``, while the case is being opened)."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def meldcode_case_event(self, case: CaseView, event: CaseEvent) -> list[Any]:
        self.calls += 1
        raise KeyError(event.name)


class WrongType:
    """A code plugin whose contacts hook returns a string instead of a list of contacts."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def meldcode_contacts(self, case: CaseView) -> Any:
        self.calls += 1
        return "GARBAGE-CONTACT 0800-0000"


class InvalidWarning:
    """A code plugin whose route warning has a key that is not a key and no text."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def meldcode_route_warnings(self, case: CaseView) -> Any:
        self.calls += 1
        return [{"key": "Geen Sleutel!", "text": {"nl": "GARBAGE-WAARSCHUWING"}, "step": 9}]


class WrongStep:
    """A code plugin that answers the afwegingskader step with a word."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def meldcode_afwegingskader_step(self, case: CaseView) -> Any:
        self.calls += 1
        return "vijf"


class Recorder:
    """A code plugin that keeps everything it is handed, and adds nothing."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    @hookimpl
    def meldcode_checklist_items(self, case: CaseView) -> list[Any]:
        self.seen.append(case)
        return []

    @hookimpl
    def meldcode_contacts(self, case: CaseView) -> list[Any]:
        self.seen.append(case)
        return []

    @hookimpl
    def meldcode_legal_notes(self, case: CaseView) -> list[Any]:
        self.seen.append(case)
        return []

    @hookimpl
    def meldcode_route_warnings(self, case: CaseView) -> list[Any]:
        self.seen.append(case)
        return []

    @hookimpl
    def meldcode_afwegingskader_step(self, case: CaseView) -> None:
        self.seen.append(case)
        return None

    @hookimpl
    def meldcode_case_event(self, case: CaseView, event: CaseEvent) -> list[Any]:
        self.seen += [case, event]
        return []


# ---------------------------------------------------------------------------
# 1. the routes of the meldcode hold with the plugins


async def test_knmg_asks_the_whole_afwegingskader_at_step_5_plain_onderwijs_at_step_4(
        make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    arts = await open_case(a, store, actor, sector="gezondheidszorg:arts", concerns=["huiselijk_geweld"])
    school = await open_case(a, store, actor)
    for state in (arts, school):
        await tick_all(a, port, actor, state, 1)
        await consult(a, port, actor, state, "collega")
        await tick_all(a, port, actor, state, 3)

    # plain onderwijs (the organisation's setting): questions 1-2 belong to step 4
    card = card_of(port, school)
    assert current(card) == 4 and AFWEGING_STAP4 in labels(card, 4)
    q1 = await press_form(a, port, actor, school, "question")
    assert q1.context["question"] == 1 and q1.intro[0].title == STEP4_TITLE

    # KNMG (artsen): no afwegingskader in step 4; it waits until step 4 is done
    card = card_of(port, arts)
    assert current(card) == 4 and AFWEGING_STAP4 not in labels(card, 4)
    assert "KNMG-meldcode" in section_text(card, LEGAL_NOTES)
    forms = len(port.forms)
    await press(a, actor, card_action(card, "form", form="question"))
    assert len(port.forms) == forms
    assert "Rond eerst stap 4 af" in port.last_notice_text()
    await tick_all(a, port, actor, arts, 4)
    assert current(card_of(port, arts)) == 5
    q1 = await press_form(a, port, actor, arts, "question")
    assert q1.context["question"] == 1 and q1.intro[0].title == STEP5_TITLE
    outcome = await fill(a, actor, q1, {"answer": "ja"})
    assert outcome.next_form.context["question"] == 2
    assert outcome.next_form.intro[0].title == STEP5_TITLE


@pytest.mark.parametrize("answers", [
    pytest.param(["ja", "ja"], id="acute-or-structural-unsafety"),
    pytest.param(["ja", "nee", "nee"], id="no-help-possible"),
    pytest.param(["ja", "nee", "ja", "nee"], id="help-not-accepted"),
])
async def test_knmg_case_is_advised_to_melden(make_assistant, store, port, actor, answers):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="gezondheidszorg:arts", concerns=["huiselijk_geweld"])
    await steps_1_to_4(a, port, actor, state)
    decide = await weigh(a, port, actor, state, answers)
    assert decide.name == "decide"
    assert next(f for f in decide.fields if f.name == "outcome").initial == "report"
    assert (await fill(a, actor, decide, {"outcome": "report", "motivation": "Meldnorm"})).saved
    card = card_of(port, state)
    assert current(card) == 5 and "Melding bij Veilig Thuis gedaan" in labels(card, 5)
    assert card_action(card, "form", form="melding")


async def test_acute_knmg_case_is_unsafe_and_advised_to_melden(make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="gezondheidszorg:arts", concerns=["huiselijk_geweld"],
                            acute="ja")
    q1 = await press_form(a, port, actor, state, "question")  # acute: weigh at once
    q2 = (await fill(a, actor, q1, {"answer": "ja"})).next_form
    outcome = await fill(a, actor, q2, {"answer": "nee"})
    assert not outcome.saved and outcome.next_form is None
    assert "acuut gevaar" in port.last_notice_text()
    decide = (await fill(a, actor, q2, {"answer": "ja"})).next_form
    assert decide.name == "decide"
    assert next(f for f in decide.fields if f.name == "outcome").initial == "report"


# ---------------------------------------------------------------------------
# 2. honour-based violence: an expert first, no conversation with the family


@pytest.mark.parametrize("concern", ["eergerelateerd_geweld", "huwelijksdwang_achterlating"])
async def test_honour_based_violence_an_expert_first_and_no_conversation(make_assistant, store, port, actor,
                                                                         concern):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, concerns=[concern])
    card = card_of(port, state)
    assert EGG_WARNING in section_text(card, ROUTE_WARNING)
    contacts = section_text(card, CONTACTS)
    assert "LEC EGG (via de politie): 0900-8844" in contacts and "LKHA" in contacts
    # step 3: the core's conversation items are lifted, the warning is shown there
    assert not any(label.startswith(CORE_GESPREK) for label in labels(card, 3))
    assert len(labels(card, 3)) == 1, labels(card, 3)  # only the plugin's optional item
    assert labels(card, 3)[0].startswith(EGG_VICTIM_ONLY) and labels(card, 3)[0].endswith(OPTIONAL)
    assert EGG_WARNING in step_of(card, 3).note
    assert not has_action(card, "form", form="skip")

    await tick_all(a, port, actor, state, 1)
    await consult(a, port, actor, state, "collega")
    card = card_of(port, state)
    assert current(card) == 2, "a colleague is not the expert"
    assert not entry(card, 2, EGG_EXPERT).done and entry(card, 2, EGG_EXPERT).auto
    forms = len(port.forms)
    await press(a, actor, card_action(card, "form", form="question"))
    assert len(port.forms) == forms and "Rond eerst stap 2 af" in port.last_notice_text()

    await consult(a, port, actor, state, "deskundige")
    card = card_of(port, state)
    assert entry(card, 2, EGG_EXPERT).done
    assert [step_of(card, n).state for n in range(1, 6)] == ["done", "done", "skipped", "current", "open"]
    assert EGG_WARNING in step_of(card, 3).note
    assert not has_action(card, "form", form="skip") and not has_action(card, "unskip")
    q1 = await press_form(a, port, actor, state, "question")
    assert q1.context["question"] == 1
    stored = await store.load(state.id)
    assert stored.skipped == {}  # lifted by the route, not skipped by the professional
    assert "step_skipped" not in [e.kind for e in await store.timeline(state.id)]


@pytest.mark.parametrize("concern, plugin_warning", [
    pytest.param("eergerelateerd_geweld", EGG_WARNING, id="eergerelateerd_geweld"),
    pytest.param("huwelijksdwang_achterlating", EGG_WARNING, id="huwelijksdwang_achterlating"),
    pytest.param("vgv", VGV_WARNING, id="vgv"),
    pytest.param("seksueel_geweld", SEKSUEEL_GEWELD_WARNING, id="seksueel_geweld"),
])
async def test_a_form_that_changes_the_route_is_never_silent_without_its_plugin(make_assistant, store, port, actor,
                                                                               concern, plugin_warning):
    core = make_assistant()  # no plugin loaded
    bare = await open_case(core, store, actor, concerns=[concern])
    card = card_of(port, bare)
    assert [s.style for s in sections(card, ROUTE_WARNING)] == ["danger"]
    warning = section_text(card, ROUTE_WARNING)
    assert warning == core.t("route_warning.missing")
    assert CORE_ROUTE_WARNING in warning and "0800-2000" in warning and plugin_warning not in warning
    usual = await open_case(core, store, actor, concerns=["lichamelijke_mishandeling"])
    assert not sections(card_of(port, usual), ROUTE_WARNING)  # the usual route: no warning

    guided = make_assistant(registry=installed())
    state = await open_case(guided, store, actor, concerns=[concern])
    warning = section_text(card_of(port, state), ROUTE_WARNING)
    assert plugin_warning in warning and CORE_ROUTE_WARNING not in warning


# ---------------------------------------------------------------------------
# 3. onderwijs: a staff member may be the perpetrator


async def test_onderwijs_staff_member_route_and_its_aangifte_obligation(make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="onderwijs:medewerker", concerns=["seksueel_misbruik"])
    card = card_of(port, state)
    warning = section_text(card, ROUTE_WARNING)
    assert "schoolbestuur direct inlichten" in warning
    assert "vertrouwensinspecteur" in warning and "aangifte" in warning
    assert "Een medewerker is mogelijk de pleger" in next(f.value for f in card.fields if f.label == "Sector")
    assert SCHOOLBESTUUR in labels(card, 1)  # required: no "(als het van toepassing is)"
    assert VERTROUWENSINSPECTEUR in labels(card, 2)
    assert "Vertrouwensinspecteur: 0900-111 3111" in section_text(card, CONTACTS)
    assert "afwegingskader" in section_text(card, LEGAL_NOTES)

    # the schoolbestuur item is required: step 1 is not done without it
    await tick(a, port, actor, state, 1, *[label for label in labels(card, 1) if label != SCHOOLBESTUUR])
    assert current(card_of(port, state)) == 1
    await press(a, actor, card_action(card_of(port, state), "form", form="question"))
    assert "Rond eerst stap 1 af" in port.last_notice_text() and SCHOOLBESTUUR in port.last_notice_text()
    await tick(a, port, actor, state, 1, SCHOOLBESTUUR)
    await consult(a, port, actor, state, "collega")
    assert current(card_of(port, state)) == 2  # the vertrouwensinspecteur item is required too
    await tick(a, port, actor, state, 2, VERTROUWENSINSPECTEUR)
    await tick_all(a, port, actor, state, 2)
    await tick_all(a, port, actor, state, 3)
    await tick_all(a, port, actor, state, 4)
    assert not any(label.startswith(AANGIFTE_BESTUUR) for label in labels(card_of(port, state), 5))

    decide = await weigh(a, port, actor, state, ["ja", "ja"])
    assert (await fill(a, actor, decide, {"outcome": "report", "motivation": "Redelijk vermoeden"})).saved
    card = card_of(port, state)
    assert labels(card, 5).count(AANGIFTE_BESTUUR) == 1
    kinds = [e.kind for e in await store.timeline(state.id)]
    assert kinds.count("obligation_added") == 1
    assert kinds.index("obligation_added") == kinds.index("decision_recorded") + 1
    await press(a, actor, card_action(card, "timeline"))
    assert f"nieuwe verplichting: {AANGIFTE_BESTUUR}" in port.last_notice_text()

    # a second decision does not add it again; it can be ticked like any item
    decide = await press_form(a, port, actor, state, "decide")
    assert (await fill(a, actor, decide, {"outcome": "report_and_help", "motivation": "Ook hulp"})).saved
    card = card_of(port, state)
    assert labels(card, 5).count(AANGIFTE_BESTUUR) == 1
    assert [e.kind for e in await store.timeline(state.id)].count("obligation_added") == 1
    await tick(a, port, actor, state, 5, AANGIFTE_BESTUUR)
    assert len((await store.load(state.id)).obligations) == 1


@pytest.mark.parametrize("sector, aangifte", [
    pytest.param("onderwijs:medewerker", AANGIFTE_BESTUUR, id="onderwijs"),
    pytest.param("kinderopvang:medewerker", AANGIFTE_HOUDER, id="kinderopvang"),
])
async def test_the_aangifte_obligation_comes_with_a_decision_to_report_not_with_one_to_close(
        make_assistant, store, port, actor, sector, aangifte):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector=sector, concerns=["lichamelijke_mishandeling"])
    await steps_1_to_4(a, port, actor, state)
    decide = await weigh(a, port, actor, state, ["ja", "ja"])
    outcome = await fill(a, actor, decide, {"outcome": "close", "motivation": "Vermoeden bleek ongegrond"})
    assert outcome.saved, outcome.errors
    assert not any(label.startswith(aangifte) for label in labels(card_of(port, state), 5))
    assert not (await store.load(state.id)).obligations
    assert "obligation_added" not in [e.kind for e in await store.timeline(state.id)]

    decide = await press_form(a, port, actor, state, "decide")
    assert (await fill(a, actor, decide, {"outcome": "report", "motivation": "Toch een redelijk vermoeden"})).saved
    assert labels(card_of(port, state), 5).count(aangifte) == 1
    kinds = [e.kind for e in await store.timeline(state.id)]
    assert kinds.count("obligation_added") == 1 and kinds[-2:] == ["decision_recorded", "obligation_added"]


# ---------------------------------------------------------------------------
# 4. changing the situation later


async def test_situation_changed_by_the_owner_adds_the_route_and_keeps_what_was_ticked(
        make_assistant, store, port, actor):
    a = make_assistant(registry=installed(), aandachtsfunctionarissen=["U-af1"])
    state = await open_case(a, store, actor)
    await tick(a, port, actor, state, 1, *STEP1_LABELS)
    assert current(card_of(port, state)) == 2
    assert not sections(card_of(port, state), ROUTE_WARNING)

    colleague = Actor("U-colleague", "Collega B", binding=actor.binding)
    forms = len(port.forms)
    await press(a, colleague, card_action(card_of(port, state), "form", form="situation"))
    assert len(port.forms) == forms and "Dit doet de casushouder" in port.last_notice_text()
    outcome = await submit(a, colleague, "situation", {"case": state.id},
                           {"sector": "onderwijs:medewerker", "concerns": ["lichamelijke_mishandeling"]})
    assert not outcome.saved and "Dit doet de casushouder" in port.last_notice_text()
    assert (await store.load(state.id)).sector_variant == ""

    form = await press_form(a, port, actor, state, "situation")
    assert next(f for f in form.fields if f.name == "sector").initial == "onderwijs"
    assert "onderwijs:medewerker" in [o.value for o in next(f for f in form.fields if f.name == "sector").options]
    outcome = await fill(a, actor, form, {"sector": "onderwijs:medewerker", "concerns": ["lichamelijke_mishandeling"]})
    assert outcome.saved, outcome.errors

    card = card_of(port, state)
    assert "schoolbestuur direct inlichten" in section_text(card, ROUTE_WARNING)
    assert "0900-111 3111" in section_text(card, CONTACTS)
    assert not entry(card, 1, SCHOOLBESTUUR).done and current(card) == 1
    assert all(entry(card, 1, label).done for label in STEP1_LABELS)
    assert VERTROUWENSINSPECTEUR in labels(card, 2)
    stored = await store.load(state.id)
    assert (stored.sector, stored.sector_variant) == ("onderwijs", "medewerker")
    assert sorted(stored.checked[1]) == sorted(STEP1)
    assert [e.kind for e in await store.timeline(state.id)][-2:] == ["situation_set", "guidance_set"]

    # back to plain onderwijs (the aandachtsfunctionaris may do it too): the staff route goes
    af = Actor("U-af1", "AF", binding=actor.binding)
    outcome = await submit(a, af, "situation", {"case": state.id},
                           {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"]})
    assert outcome.saved, outcome.errors
    card = card_of(port, state)
    assert not sections(card, ROUTE_WARNING) and SCHOOLBESTUUR not in labels(card, 1)
    assert current(card) == 2 and sorted((await store.load(state.id)).checked[1]) == sorted(STEP1)


# ---------------------------------------------------------------------------
# 5. kinderopvang and the kindcheck


async def test_kinderopvang_employee_route(make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="kinderopvang:medewerker",
                            concerns=["lichamelijke_mishandeling"])
    card = card_of(port, state)
    warning = section_text(card, ROUTE_WARNING)
    assert "Wet kinderopvang: meld-, overleg- en aangifteplicht" in warning and "houder" in warning
    houder = next(x for x in labels(card, 1) if x.startswith("Houder ingelicht"))
    assert not houder.endswith(OPTIONAL)
    assert any(x.startswith("Vertrouwensinspecteur geraadpleegd") for x in labels(card, 2))
    contacts = section_text(card, CONTACTS)
    assert "Vertrouwensinspecteur: 0900-111 3111" in contacts and "Politie: 0900-8844" in contacts
    assert "aparte routes" in section_text(card, LEGAL_NOTES)
    await tick(a, port, actor, state, 1, *STEP1_LABELS)
    assert current(card_of(port, state)) == 1  # the houder must be informed
    await tick(a, port, actor, state, 1, houder)
    assert current(card_of(port, state)) == 2

    # sexual behaviour between children: its own route, the aandachtsfunctionaris consulted
    other = await open_case(a, store, actor, sector="kinderopvang:kinderen_onderling",
                            concerns=["seksueel_misbruik"])
    assert "eigen route" in section_text(card_of(port, other), ROUTE_WARNING)
    await tick_all(a, port, actor, other, 1)
    await consult(a, port, actor, other, "collega")
    assert current(card_of(port, other)) == 2
    await consult(a, port, actor, other, "aandachtsfunctionaris")
    assert current(card_of(port, other)) == 3


@pytest.mark.parametrize("sector, concerns, required", [
    pytest.param("gezondheidszorg", ["huiselijk_geweld"], True, id="adults-professional-domestic-violence"),
    pytest.param("gezondheidszorg:vv", ["ouderenmishandeling"], True, id="adults-professional-elder-abuse"),
    pytest.param("gezondheidszorg", ["lichamelijke_mishandeling"], False, id="child-abuse-only"),
    pytest.param("onderwijs", ["huiselijk_geweld"], False, id="not-an-adults-sector"),
])
async def test_kindcheck_required_for_adults_professionals(make_assistant, store, port, actor,
                                                           sector, concerns, required):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector=sector, concerns=concerns)
    card = card_of(port, state)
    kindchecks = [x for x in labels(card, 1) if x.startswith("Kindcheck")]
    assert len(kindchecks) == 1, labels(card, 1)
    # everything else in step 1 done (other plugins may add their own items)
    await tick(a, port, actor, state, 1, *[x for x in labels(card, 1)
                                           if x not in kindchecks and not entry(card, 1, x).auto])
    if required:
        assert kindchecks[0].startswith(PLUGIN_KINDCHECK) and not kindchecks[0].endswith(OPTIONAL)
        assert current(card_of(port, state)) == 1
        # the core's optional item is gone, not merely hidden
        await act(a, actor, "toggle_item", {"case": state.id, "step": 1, "item": "kindcheck", "checked": True})
        assert "bestaat niet" in port.last_notice_text()
        await tick(a, port, actor, state, 1, kindchecks[0])
    else:
        assert kindchecks[0] == CORE_KINDCHECK + OPTIONAL
    assert current(card_of(port, state)) == 2


# ---------------------------------------------------------------------------
# 6. FGM


async def test_vgv_acute_calls_veilig_thuis_and_the_police(make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    acute = await open_case(a, store, actor, concerns=["vgv"], acute="ja")
    card = card_of(port, acute)
    assert "Vrouwelijke genitale verminking is strafbaar" in section_text(card, ROUTE_WARNING)
    assert VGV_CALLED in labels(card, 1) and VGV_TRIP in labels(card, 1)
    assert "Politie (spoed): 112" in section_text(card, CONTACTS)

    calm = await open_case(a, store, actor, concerns=["vgv"])
    card = card_of(port, calm)
    assert VGV_TRIP in labels(card, 1) and VGV_CALLED not in labels(card, 1)
    form = await press_form(a, port, actor, calm, "urgency")
    assert (await fill(a, actor, form, {"urgency": "acuut"})).saved
    card = card_of(port, calm)
    assert VGV_CALLED in labels(card, 1) and "Politie (spoed): 112" in section_text(card, CONTACTS)
    assert not entry(card, 1, VGV_CALLED).done


# ---------------------------------------------------------------------------
# 7. a broken plugin is disabled, the rest goes on


async def test_plugin_with_an_invalid_data_file_is_disabled_and_the_rest_works(
        make_assistant, store, port, actor, plugin_package):
    module, path = plugin_package(BAD_STEP)
    registry = Registry.discover(bundled_points())
    status = registry.load_entry_point(point("kapot", module))
    assert status is registry.status["kapot"]
    assert not status.loaded
    assert str(path) in status.error and "rules[0].items[0].step" in status.error
    assert "step must be 1 to 5" in status.error
    assert sorted(registry.loaded()) == sorted(BUNDLED)

    a = make_assistant(registry=registry)
    state = await open_case(a, store, actor, sector="onderwijs:medewerker")
    card = card_of(port, state)
    assert "schoolbestuur direct inlichten" in section_text(card, ROUTE_WARNING)
    assert SCHOOLBESTUUR in labels(card, 1)
    assert "Een stap die niet bestaat" not in text_of(card)
    assert not any(INTERNAL_ERROR in text_of(n) for n in notices(port, actor))


@pytest.mark.parametrize("plugin_class, hook, shown", [
    pytest.param(Raises, "meldcode_checklist_items: RuntimeError", None, id="hook-raises"),
    pytest.param(RaisesOnEvent, "meldcode_case_event: KeyError", None, id="event-hook-raises"),
    pytest.param(WrongType, "meldcode_contacts: invalid result", "GARBAGE-CONTACT", id="wrong-type"),
    pytest.param(InvalidWarning, "meldcode_route_warnings: invalid result", "GARBAGE-WAARSCHUWING",
                 id="invalid-item"),
    pytest.param(WrongStep, "meldcode_afwegingskader_step: invalid result", None, id="wrong-step"),
])
async def test_plugin_failing_at_run_time_is_disabled_on_first_call(make_assistant, store, port, actor,
                                                                    plugin_class, hook, shown):
    plugin = plugin_class()
    registry = Registry.discover(bundled_points())
    assert registry.add("kapot", plugin).loaded  # nothing is wrong until a case asks
    a = make_assistant(registry=registry)

    state = await open_case(a, store, actor, sector="onderwijs:medewerker")
    status = registry.status["kapot"]
    assert not status.loaded and status.error.startswith(hook), status.error
    assert plugin.calls == 1
    assert sorted(registry.loaded()) == sorted(BUNDLED)
    card = card_of(port, state)
    assert "schoolbestuur direct inlichten" in section_text(card, ROUTE_WARNING)
    assert SCHOOLBESTUUR in labels(card, 1) and "0900-111 3111" in section_text(card, CONTACTS)
    if shown:
        assert shown not in text_of(card)
    said = notices(port, actor)
    assert len(said) == 1 and said[0].style == "success", [text_of(n) for n in said]
    assert f"Casus {state.reference} is geopend" in text_of(said[0])

    # disabled: not asked again, and the next case and change work as before
    other = await open_case(a, store, actor, concerns=["eergerelateerd_geweld"])
    assert EGG_WARNING in section_text(card_of(port, other), ROUTE_WARNING)
    await tick_all(a, port, actor, other, 1)
    assert plugin.calls == 1
    assert not any(INTERNAL_ERROR in text_of(n) for n in notices(port, actor))


async def test_plugin_with_an_unknown_consultation_role_is_refused_at_load(plugin_package):
    module, path = plugin_package(UNKNOWN_ROLE)
    registry = Registry.discover(bundled_points())
    status = registry.load_entry_point(point("rolfout", module))
    assert not status.loaded
    assert str(path) in status.error and "rules[0].items[0].role" in status.error
    assert "unknown role" in status.error and "deskundige" in status.error  # says what would do
    assert "rolfout" not in registry.loaded() and sorted(registry.loaded()) == sorted(BUNDLED)


def test_a_second_plugin_under_a_taken_name_is_not_loaded(plugin_package):
    module, _ = plugin_package(DUTCH_ONLY)
    registry = Registry.discover(bundled_points())
    status = registry.load_entry_point(point("onderwijs", module))
    assert not status.loaded and "name" in status.error
    assert registry.status["onderwijs"].loaded


# ---------------------------------------------------------------------------
# 8. guidance stays with the case when its plugin is gone


async def test_guidance_stays_on_the_case_when_its_plugin_is_no_longer_loaded(make_assistant, store, port, actor):
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="onderwijs:medewerker")
    await tick(a, port, actor, state, 1, SCHOOLBESTUUR)

    without = make_assistant(registry=Registry.discover(bundled_points("onderwijs")))
    form = await press_form(without, port, actor, state, "urgency")
    assert (await fill(without, actor, form, {"urgency": "verhoogd"})).saved
    assert (await store.load(state.id)).urgency == "verhoogd"
    card = card_of(port, state)
    assert entry(card, 1, SCHOOLBESTUUR).done and VERTROUWENSINSPECTEUR in labels(card, 2)
    assert "schoolbestuur direct inlichten" in section_text(card, ROUTE_WARNING)
    assert "0900-111 3111" in section_text(card, CONTACTS)

    form = await press_form(without, port, actor, state, "situation")
    outcome = await fill(without, actor, form, {"sector": "onderwijs",
                                                "concerns": ["lichamelijke_mishandeling", "psychische_mishandeling"]})
    assert outcome.saved, outcome.errors
    card = card_of(port, state)
    assert entry(card, 1, SCHOOLBESTUUR).done and VERTROUWENSINSPECTEUR in labels(card, 2)
    assert "schoolbestuur direct inlichten" in section_text(card, ROUTE_WARNING)
    await tick(without, port, actor, state, 2, VERTROUWENSINSPECTEUR)  # still an item of the case
    stored = await store.load(state.id)
    assert {i.id for i in stored.guidance.items} >= {"onderwijs.schoolbestuur_ingelicht",
                                                     "onderwijs.vertrouwensinspecteur_overleg"}


async def test_afwegingskader_step_stays_with_the_case_when_its_plugin_is_no_longer_loaded(
        make_assistant, store, port, actor):
    """The KNMG setting (all questions at step 5) came from the gezondheidszorg plugin; an
    assistant without it must not move questions 1-2 back to step 4 of an open case."""
    a = make_assistant(registry=installed())
    state = await open_case(a, store, actor, sector="gezondheidszorg:arts", concerns=["huiselijk_geweld"])
    assert AFWEGING_STAP4 not in labels(card_of(port, state), 4)

    without = make_assistant(registry=Registry.discover(bundled_points("gezondheidszorg")))
    form = await press_form(without, port, actor, state, "urgency")
    assert (await fill(without, actor, form, {"urgency": "verhoogd"})).saved
    card = card_of(port, state)
    assert any(x.startswith(MANTELZORG) for x in labels(card, 1))  # the plugin's items stayed
    assert AFWEGING_STAP4 not in labels(card, 4), "questions 1-2 moved back to step 4"
    assert (await store.load(state.id)).variant == 5


# ---------------------------------------------------------------------------
# 9. meldcode plugins [check]


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The CLI's environment: no settings from the caller or a .env; the umask main() sets undone."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("MELDCODE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "data"))
    umask = os.umask(0o022)
    os.umask(umask)
    yield tmp_path
    os.umask(umask)


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    from meldcode.cli import main

    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_lists_every_bundled_plugin_with_version_and_what_it_adds(cli_env, capsys):
    code, out = run_cli(capsys, "plugins")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "Plugins: 12 geladen, 0 uitgeschakeld."
    package_version = version("meldcode-assistant")
    for name in BUNDLED:
        at = next(n for n, line in enumerate(lines) if line.startswith(f"✓ {name} "))
        assert lines[at].startswith(f"✓ {name} {package_version} — "), lines[at]
        assert lines[at + 1].startswith("    voegt toe: "), lines[at + 1]
    assert "    voegt toe: sector onderwijs (medewerker); 2 regel(s), 1 verplichting(en)" in lines
    assert any(line.startswith("    voegt toe: sector gezondheidszorg (arts, vv, paramedici, verloskunde, ggz)")
               for line in lines)
    assert "✗" not in out and "UITGESCHAKELD" not in out


def test_cli_lists_a_broken_plugin_as_disabled(cli_env, capsys, monkeypatch, plugin_package):
    import assistant.guidance.registry as registry_module

    module, path = plugin_package(BAD_STEP)
    monkeypatch.setattr(registry_module, "entry_points",
                        lambda group: [*bundled_points(), point("kapot", module)])
    code, out = run_cli(capsys, "plugins")
    assert code == 1
    assert out.splitlines()[0] == "Plugins: 12 geladen, 1 uitgeschakeld."
    at = out.index("✗ kapot")
    assert "UITGESCHAKELD" in out[at:] and str(path) in out[at:] and "rules[0].items[0].step" in out[at:]
    assert all(f"✓ {name} " in out for name in BUNDLED)


def test_cli_check_passes_every_bundled_data_file(cli_env, capsys):
    code, out = run_cli(capsys, "plugins", "check", str(REPO / "plugins"))
    assert code == 0, out
    lines = out.splitlines()
    for name in BUNDLED:
        assert f"OK {REPO / 'plugins' / name / 'guidance.toml'} (plugin {name})" in lines, out
    assert len(lines) == len(BUNDLED), out  # no errors, no warnings


def test_cli_check_reports_path_and_field_of_a_broken_file(cli_env, capsys):
    broken = cli_env / "mine" / "kapot" / "guidance.toml"
    fine = cli_env / "mine" / "goed" / "guidance.toml"
    for path, text in ((broken, BAD_STEP), (fine, DUTCH_ONLY)):
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")

    code, out = run_cli(capsys, "plugins", "check", str(cli_env / "mine"))
    assert code == 1, out
    assert f"FOUT {broken}: rules[0].items[0].step: " in out
    assert f"OK {fine} (plugin alleen_nl)" in out

    role = cli_env / "rolfout.toml"
    role.write_text(UNKNOWN_ROLE, encoding="utf-8")
    code, out = run_cli(capsys, "plugins", "check", str(role))
    assert code == 1 and f"FOUT {role}: rules[0].items[0].role: unknown role" in out


def test_cli_check_warns_about_a_form_nobody_knows(cli_env, capsys):
    strange = cli_env / "vreemd" / "guidance.toml"
    strange.parent.mkdir()
    strange.write_text(UNKNOWN_CONCERN, encoding="utf-8")
    code, out = run_cli(capsys, "plugins", "check", str(strange.parent))
    assert code == 0, out  # a warning, not an error
    assert f"Let op: {strange}: rules[0] noemt 'onbekend_geweld'" in out
    assert f"OK {strange} (plugin vreemd)" in out


# ---------------------------------------------------------------------------
# 10. plugins see no names and no text


async def test_plugins_see_sector_forms_and_urgency_only(make_assistant, store, port, actor):
    assert set(CaseView.model_fields) == {"sector", "variant", "concerns", "urgency", "completed_steps", "decision"}
    recorder = Recorder()
    registry = Registry.discover(bundled_points())
    registry.add("recorder", recorder)
    a = make_assistant(registry=registry)

    description = "Synthetische casus: Fenna Veldkamp vertelde over klappen van haar stiefvader"
    state = await open_case(a, store, actor, sector="onderwijs:medewerker", concerns=["seksueel_misbruik"],
                            description=description, dossier="LLN-48213",
                            persons=[{"name": "Fenna Veldkamp", "role": "kind"}])
    await tick_all(a, port, actor, state, 1)
    await consult(a, port, actor, state, "collega")
    form = await press_form(a, port, actor, state, "urgency")
    assert (await fill(a, actor, form, {"urgency": "verhoogd"})).saved
    form = await press_form(a, port, actor, state, "note")
    assert (await fill(a, actor, form, {"text": "Gesprek met mentor gepland over de klappen"})).saved

    assert recorder.seen and registry.status["recorder"].loaded
    views = [x for x in recorder.seen if isinstance(x, CaseView)]
    assert all(isinstance(x, (CaseView, CaseEvent)) for x in recorder.seen)
    assert {(v.sector, v.variant, v.concerns) for v in views} == {("onderwijs", "medewerker", ("seksueel_misbruik",))}
    assert {v.urgency for v in views} == {"normaal", "verhoogd"}
    assert {e.name for e in recorder.seen if isinstance(e, CaseEvent)} >= {"opened", "step_completed"}
    seen = "\n".join(repr(x) + repr(x.model_dump()) for x in recorder.seen)
    for secret in ("Fenna", "Veldkamp", "klappen", "stiefvader", "LLN-48213", "Zorg gedeeld", "mentor",
                   state.id, state.reference, actor.id, actor.name):
        assert secret not in seen, secret


# ---------------------------------------------------------------------------
# 11. the reader's language


async def test_english_card_shows_the_plugins_english_text(make_assistant, store, port, actor):
    registry = Registry.discover(bundled_points())
    registry.add("alleen_nl", DataPlugin(parse_data(DUTCH_ONLY, "alleen_nl.toml"), "alleen_nl.toml"))
    a = make_assistant(language="en", registry=registry)

    await a.handle_text(actor, "new")
    sector = next(f for f in port.forms[-1].fields if f.name == "sector")
    assert ("onderwijs:medewerker", "Education: A staff member may be the perpetrator (sexual offence against "
            "a minor pupil)") in [(o.value, o.label) for o in sector.options]

    state = await open_case(a, store, actor, sector="onderwijs:medewerker")
    card = card_of(port, state)
    text = text_of(card)
    warning = "\n".join(s.text for s in sections(card, "Note: a different route"))
    assert warning.startswith("May a staff member be the perpetrator")
    assert "Schoolbestuur informed directly" in labels(card, 1)
    assert "The bestuur has consulted the vertrouwensinspecteur" in labels(card, 2)
    contacts = "\n".join(s.text for s in sections(card, "Contacts and advice"))
    assert "Vertrouwensinspecteur (confidential inspector): 0900-111 3111 — For the schoolbestuur" in contacts
    notes = "\n".join(s.text for s in sections(card, "Law and duties"))
    assert "One afwegingskader covers education" in notes
    assert "Deze aanwijzing is er alleen in het Nederlands." in notes  # no English: the Dutch text
    for dutch in (SCHOOLBESTUUR, VERTROUWENSINSPECTEUR, "Is een medewerker mogelijk", "Voor het schoolbestuur",
                  "Voor onderwijs en leerplicht", ROUTE_WARNING, CONTACTS, LEGAL_NOTES):
        assert dutch not in text, dutch


# ---------------------------------------------------------------------------
# what an author gets wrong is refused at load, naming the field


AUTHOR_MISTAKES = {
    "plugin.name": ('[plugin]\nname = "anders"\ndescription = { nl = "Andere naam dan het entry point." }\n'),
    "sectors[0].label": ('[plugin]\nname = "fout"\ndescription = { nl = "Nieuwe sector zonder label." }\n'
                         '[[sectors]]\nkey = "bakkerij"\n'),
    "rules[0].when": ('[plugin]\nname = "fout"\ndescription = { nl = "Stap in de when van een regel." }\n'
                      '[[rules]]\nwhen = { step = [2] }\n'),
    "rules[0].items[0].replaces": ('[plugin]\nname = "fout"\ndescription = { nl = "Vervangt iets dat er niet is." }\n'
                                   '[[rules]]\n[[rules.items]]\nstep = 1\nkey = "x"\nreplaces = "gesprek_doel"\n'
                                   'text = { nl = "X" }\n'),
    "rules[0].warnings[0].suppress_items": (
        '[plugin]\nname = "fout"\ndescription = { nl = "Heft een onbekend onderdeel op." }\n'
        '[[rules]]\n[[rules.warnings]]\nkey = "w"\nsuppress_items = ["gesprek_doe"]\ntext = { nl = "W" }\n'),
}


@pytest.mark.parametrize("field", list(AUTHOR_MISTAKES))
def test_an_authors_mistake_is_refused_at_load_with_path_and_field(plugin_package, field):
    module, path = plugin_package(AUTHOR_MISTAKES[field])
    registry = Registry.discover(bundled_points())
    status = registry.load_entry_point(point("fout", module))
    assert not status.loaded
    assert str(path) in status.error and field in status.error
    assert sorted(registry.loaded()) == sorted(BUNDLED)


class Misspelt:
    """A code plugin with a hook name that is no hook."""

    @hookimpl
    def meldcode_contact(self, case):  # the hook is meldcode_contacts
        return []


def test_a_misspelt_hook_disables_the_plugin_at_load():
    registry = Registry()
    status = registry.add("spelfout", Misspelt())
    assert not status.loaded and "meldcode_contact" in status.error


class Quiet:
    """Returns None where a list is expected: nothing to add."""

    @hookimpl
    def meldcode_contacts(self, case):
        return None


def test_a_list_hook_returning_none_adds_nothing_and_stays_loaded():
    registry = Registry()
    status = registry.add("stil", Quiet())
    assert status.loaded and status.description is not None and status.description.nl.startswith("Returns None")
    registry.guidance(CaseView(sector="onderwijs"))
    assert registry.status["stil"].loaded and status.code == ["contacts"]
