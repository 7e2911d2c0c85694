"""Adaptive Cards for Teams: every card and form the assistant renders is valid Adaptive Card 1.5
(the official JSON schema, vendored under tests/schemas with its licence), and the Teams app
package holds a manifest with the bot id and icons of the required sizes."""

from __future__ import annotations

import json
import struct
import uuid
import zipfile
from pathlib import Path

import jsonschema
import pytest

from adapters.teams.cards import card_to_adaptive, form_to_adaptive, selected_items, submitted_values
from adapters.teams.package import write_package
from assistant.engine import Engine
from assistant.i18n import Translator
from assistant.meldcode import load_protocol
from assistant.port import Actor
from assistant.views import Views

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "adaptive-card-1.5.json").read_text())
VALIDATOR = jsonschema.Draft6Validator(SCHEMA)
ME = Actor("U1", "Professional A")


def valid(card: dict) -> None:
    """The schema forbids Teams' own root property ``msteams``: check it apart, the rest by schema."""
    card = dict(card)
    msteams = card.pop("msteams", None)
    assert msteams in (None, {"width": "Full"})
    error = jsonschema.exceptions.best_match(VALIDATOR.iter_errors(card))
    assert error is None, f"{error.message} at {list(error.absolute_path)}"


def seal(name: str, args: dict) -> str:
    return json.dumps({"a": name, "p": args})


@pytest.fixture
def rich_case():
    protocol = load_protocol()
    engine = Engine(protocol)
    event = engine.open_case(ME, case_id=str(uuid.uuid4()), reference="MC-7K3Q", sector="onderwijs",
                             concerns=["eergerelateerd_geweld"], urgency="acuut", description="Komt zonder ontbijt.")
    state = engine.apply_all(None, [event])
    for events in (engine.set_item(state, ME, 1, "bronnen", True),):
        state = engine.apply_all(state, events)
    state = engine.apply_all(state, engine.add_note(state, ME, "Blauwe plekken op beide bovenarmen."))
    state = engine.apply_all(state, engine.answer(state, ME, 1, True))
    # in the aandachtsfunctionaris's queue, with a question asked of the owner; a melding made
    state = engine.apply_all(state, engine.request_triage(state, ME, "consultation", "Is dit genoeg om te melden?"))
    state = engine.apply_all(state, engine.ask_info(state, Actor("U-af", "AF"), "Sinds wanneer zie je dit?"))
    state = engine.apply_all(state, engine.record_melding(state, ME, text="Gemeld"))
    return state


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_card_is_valid_adaptive_card_1_5(rich_case, language: str) -> None:
    views = Views(load_protocol(), Translator(language))
    cards = [views.case_card(rich_case), views.help_card(), views.list_card([rich_case]),
             views.home_card([rich_case], [rich_case]), views.acute_card(rich_case, alerted=1),
             views.acute_card(rich_case), views.notice("tekst", style="warning"),
             # the queue and reminders
             views.queue_card([rich_case], "U-af", lambda state: str),
             views.triage_notice(rich_case, "consultation", str), views.owner_notice(rich_case, "picked_up", by="AF"),
             views.info_request_card(rich_case, "AF", "Sinds wanneer zie je dit?"),
             views.reminder_card(rich_case, "step", 1, 7, escalation=False),
             views.reminder_card(rich_case, "vt_feedback", 1, 8, escalation=True, since=rich_case.opened_at)]
    for card in cards:
        rendered = card_to_adaptive(card, seal, save_label="Opslaan")
        valid(rendered)
    case = card_to_adaptive(views.case_card(rich_case), seal, save_label="Opslaan")
    assert any(c.get("style") == "attention" for c in case["body"] if c["type"] == "Container")
    toggles = [i for c in case["body"] if c["type"] == "Container" for i in c["items"] if i["type"] == "Input.Toggle"]
    assert {"s1__bronnen"} <= {t["id"] for t in toggles}
    assert next(t for t in toggles if t["id"] == "s1__bronnen")["value"] == "true"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_form_is_valid_and_comes_back_as_the_assistant_expects(rich_case, language: str) -> None:
    views = Views(load_protocol(), Translator(language))
    forms = [views.new_case_form("onderwijs")] + [
        views.case_form(rich_case, name, **extra) for name, extra in (
            ("note", {}), ("consult", {}), ("vt_advice", {}), ("skip", {"step": 3}), ("question", {"question": 2}),
            ("melding", {}), ("help", {}), ("urgency", {}), ("close", {}), ("reopen", {}),
            ("situation", {}), ("consult_request", {}), ("assign", {"people": [("U-af", "AF"), ("U-af2", "AF 2")]}),
            ("ask_info", {}), ("info", {"redacted_question": "Sinds wanneer zie je dit?"}), ("vt_feedback", {}))]
    for form in forms:
        card = form_to_adaptive(form, "token", yes="ja", no="nee", name_label="Naam", role_label="Rol",
                                errors={form.fields[0].name: "Vul dit veld in."})
        valid(card)
        assert card["actions"][0]["data"] == {"mf": "token"}
    new_case = form_to_adaptive(forms[0], "t", yes="ja", no="nee", name_label="Naam", role_label="Rol",
                                values={"persons": [{"name": "Emma de Vries", "role": "kind"}], "concerns": ["vgv"]})
    valid(new_case)
    ids = {i["id"]: i for i in new_case["body"] if "id" in i}
    assert ids["persons__name__0"]["value"] == "Emma de Vries" and ids["concerns"]["value"] == "vgv"


def test_submitted_inputs_become_form_values_and_toggles_become_selections() -> None:
    data = {"mc": "tok", "sector": "onderwijs", "concerns": "vgv,huiselijk_geweld", "acute": "nee",
            "persons__name__0": "A", "persons__role__0": "kind", "persons__name__1": "", "persons__role__1": "",
            "s1__bronnen": "true", "s1__kindcheck": "false", "s3__gesprek_doel": "true"}
    raw = submitted_values(data)
    assert raw["sector"] == "onderwijs" and raw["persons"] == [{"name": "A", "role": "kind"}, {"name": "", "role": ""}]
    assert "mc" not in raw
    assert selected_items(data) == ["bronnen", "gesprek_doel"]


def _png_size(data: bytes) -> tuple[int, int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, _, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_the_app_package_has_the_bot_id_and_icons(tmp_path: Path) -> None:
    bot = "11111111-2222-3333-4444-555555555555"
    path = write_package(tmp_path / "meldcode-teams.zip", bot)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["bots"][0]["botId"] == bot and manifest["manifestVersion"] == "1.17"
        assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}
        assert _png_size(archive.read("color.png")) == (192, 192, 6)
        assert _png_size(archive.read("outline.png")) == (32, 32, 6)
        assert {c["title"] for c in manifest["bots"][0]["commandLists"][0]["commands"]} == {"nieuw", "overzicht", "help"}


ROOT = Path(__file__).resolve().parents[1]
PARSER_DIR = ROOT / ".cache" / "js"


def parser_events(cards: list[dict]) -> list[list[str]]:
    """Microsoft's own Adaptive Card parser (npm adaptivecards, installed by make test)."""
    import os
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None or not (PARSER_DIR / "node_modules" / "adaptivecards").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("node and the npm adaptivecards parser are needed (scripts/ensure-node-tools.sh)")
        pytest.skip("node or the npm adaptivecards parser is not installed")
    result = subprocess.run([node, str(Path(__file__).parent / "js" / "check_cards.js")], input=json.dumps(cards),
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "ADAPTIVECARDS_DIR": str(PARSER_DIR)})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_microsofts_parser_accepts_every_card_and_form(rich_case) -> None:
    views = Views(load_protocol(), Translator("nl"))
    cards = [card_to_adaptive(c, seal, save_label="Opslaan") for c in (
        views.case_card(rich_case), views.help_card(), views.home_card([rich_case], [rich_case]),
        views.acute_card(rich_case, alerted=0))]
    cards += [form_to_adaptive(f, "token", yes="ja", no="nee", name_label="Naam", role_label="Rol",
                               required_message="Vul dit veld in.")
              for f in (views.new_case_form(None), views.case_form(rich_case, "question", question=2),
                        views.case_form(rich_case, "consult"))]
    assert parser_events(cards) == [[] for _ in cards]
    # and the parser does find what is wrong (the check can fail)
    broken = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlok", "text": "x"},
                                                                  {"type": "Input.Text", "id": "a", "isRequired": True}]}
    assert parser_events([broken])[0]
