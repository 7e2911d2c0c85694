"""Issue 11, point 6: the guard sees everything that leaves.

Every way a message leaves the assistant is listed here, and for each a vault name of another
open case is planted into what that path sends (a view or a catalogue text made to include it):
the recorded outbound call or the HTTP response body does not contain it. The list is checked
against the ``ChatPort`` protocol and against the adapters' own answers, so a path added later
fails this test until it is covered.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

import test_slack as slack_t
import test_teams as teams_t
from assistant.cards import Card, Form, FormField, Section
from assistant.i18n import catalogue
from assistant.port import ChatPort
from assistant.privacy.guard import OutboundBlocked
from conftest import act, submit

ROOT = Path(__file__).resolve().parents[1]
BLOCKED = catalogue("nl")["guard.blocked"]

PORT_PATHS = ["post_case_card", "update_case_card", "post_in_thread", "direct_message", "notify", "open_form"]
SLACK_PATHS = ["command_ack", "view_errors", "view_update", "block_actions_ack", "app_home"]
TEAMS_PATHS = ["message", "invoke_form_errors", "invoke_next_form", "invoke_done_card", "invoke_action"]


def _protocol_methods() -> set[str]:
    return {name for name, value in vars(ChatPort).items()
            if inspect.isfunction(value) and not name.startswith("_")}


def test_the_list_covers_every_chat_port_method_and_every_answer_the_adapters_give():
    assert set(PORT_PATHS) == _protocol_methods(), "a ChatPort method without an outbound-path test"
    # The adapters' own answers (not through the port): each acknowledgement or invoke answer
    # below is one of the listed paths; a new one must be added to the lists and tested.
    slack = (ROOT / "adapters" / "slack" / "__init__.py").read_text(encoding="utf-8")
    assert len(re.findall(r"await ack\(", slack)) == 4  # command, action, slow view, view answer
    assert "views_publish" in slack and "self.assistant.home_card(" in slack  # home_card passes the guard
    assert slack.count("self.assistant.outgoing(") == 3  # catalogue texts, the next view, field errors
    teams = (ROOT / "adapters" / "teams" / "__init__.py").read_text(encoding="utf-8")
    assert len(re.findall(r"return _invoke\(", teams)) == 3  # bad request (fixed text), form answer, action
    assert teams.count("self.assistant.outgoing(") == 6  # catalogue texts, errors, forms, cards, done


# ---------------------------------------------------------------------------
# the port: every method, directly and through the assistant

CHILD = "Fenna Brouwersma"  # synthetic: the vault name of the other open case
PERSONS = [{"name": CHILD, "role": "kind"}]
NEW_CASE = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
            "description": "Synthetische casus", "persons": PERSONS}


def _leaked(port) -> list[str]:
    texts = [t for call in port.calls if isinstance(call[2], (Card, Form)) for t in call[2].all_text()]
    return [t for t in texts if "Fenna" in t or "Brouwersma" in t]


@pytest.mark.parametrize("method", PORT_PATHS)
async def test_every_port_method_refuses_a_message_with_a_vault_name(make_assistant, store, port, actor, method):
    a = make_assistant()
    await submit(a, actor, "new_case", {}, NEW_CASE)
    card = Card(title="Synthetisch", sections=[Section(f"{CHILD} kwam te laat.")])
    form = Form(name="note", title="Synthetisch", fields=[FormField("text", "Tekst", initial=f"{CHILD} ...")],
                submit_label="Opslaan")
    args: dict[str, tuple[Any, ...]] = {
        "post_case_card": (card,), "update_case_card": ("msg-1", card), "post_in_thread": ("msg-1", card),
        "direct_message": ("U-other", card), "notify": (actor, card), "open_form": (actor, form),
    }
    before = len(port.calls)
    with pytest.raises(OutboundBlocked):
        await getattr(a.port, method)(*args[method])
    assert len(port.calls) == before and not _leaked(port)


def _plant(monkeypatch, views: Any, method: str, name: str = CHILD) -> None:
    """Make ``views.method`` put the other case's vault name into what it returns."""
    real = getattr(views, method)

    def planted(*args: Any, **kwargs: Any) -> Any:
        message = real(*args, **kwargs)
        if isinstance(message, Form):
            message.fields[0].initial = f"{name} ..."
        else:
            message.sections.append(Section(f"Zie ook {name}."))
        return message

    monkeypatch.setattr(views, method, planted)


async def _through_the_assistant(a, store, port, actor, monkeypatch, method: str) -> None:
    """Drive a real flow whose message for ``method`` has the name planted in it."""
    await submit(a, actor, "new_case", {}, NEW_CASE)  # the other open case
    plant = {"post_case_card": "case_card", "update_case_card": "case_card", "post_in_thread": "note_card",
             "direct_message": "acute_card", "notify": "help_card", "open_form": "new_case_form"}[method]
    if method == "update_case_card":
        await submit(a, actor, "new_case", {}, {**NEW_CASE, "persons": []})
        state = (await store.list_cases(owner=actor.id))[-1]
        _plant(monkeypatch, a.views, plant)
        await act(a, actor, "toggle_item", {"case": state.id, "step": 1, "item": "bronnen", "checked": True})
    elif method == "post_in_thread":
        state = (await store.list_cases(owner=actor.id))[-1]
        _plant(monkeypatch, a.views, plant)
        await submit(a, actor, "note", {"case": state.id}, {"text": "Synthetische notitie."})
    else:
        _plant(monkeypatch, a.views, plant)
        if method == "post_case_card":
            await submit(a, actor, "new_case", {}, {**NEW_CASE, "persons": []})
        elif method == "direct_message":
            await submit(a, actor, "new_case", {}, {**NEW_CASE, "persons": [], "acute": "ja"})
        else:
            await a.handle_text(actor, "help" if method == "notify" else "nieuw")


@pytest.mark.parametrize("method", PORT_PATHS)
async def test_every_port_method_used_by_the_assistant_is_guarded(make_assistant, store, port, actor, monkeypatch,
                                                                   method):
    a = make_assistant(aandachtsfunctionarissen=["U-af"])
    await _through_the_assistant(a, store, port, actor, monkeypatch, method)
    assert not _leaked(port), f"{method}: a vault name reached the platform"
    if method != "direct_message":  # an alert that cannot go is logged; the actor's own card is planted too
        assert any(BLOCKED in " ".join(c[2].all_text()) for c in port.of("notify")), "the actor was not told"


# ---------------------------------------------------------------------------
# Slack: what goes back in the HTTP response (and App Home, published by the adapter)


@pytest.fixture
async def slack_rig(tmp_path, redactor):
    rig = await slack_t._build_rig(tmp_path, redactor, None, None)
    await rig.new_case()  # the other open case: slack_t.CHILD and slack_t.MOTHER are vault names
    yield rig
    await rig.close()


def _nl(monkeypatch, key: str, text: str) -> None:
    """A catalogue text made to include the vault name (the catalogue is shared: restored after)."""
    monkeypatch.setitem(catalogue("nl"), key, text)


async def _slack_path(rig, monkeypatch, path: str) -> str:
    """Run one path with the vault name planted; return what went back in the HTTP response."""
    assistant = rig.server.assistant
    planted = f"{slack_t.CHILD} "
    if path == "command_ack":
        _plant(monkeypatch, assistant.views, "help_card", planted.strip())
        _, body, _ = await rig.command("help")
        await rig.fake.wait_for(lambda: rig.fake.responds, what="the help answer")
        return body
    if path == "view_errors":
        _nl(monkeypatch, "form.error.required", planted + catalogue("nl")["form.error.required"])
        view = await rig.open_modal()
        _, body = await rig.submit(view, {**slack_t.NEW_CASE, "sector": None})
        assert body["response_action"] == "errors" and BLOCKED in json.dumps(body, ensure_ascii=False)
        return json.dumps(body, ensure_ascii=False)
    if path == "view_update":
        _nl(monkeypatch, "ask.intro", planted + catalogue("nl")["ask.intro"])
        view = await rig.open_modal()
        newcomer = "Ryan"
        assert assistant.redactor.unknown_names(f"Zorgen, {newcomer} was er ook.") == [newcomer]
        _, body = await rig.submit(view, {**slack_t.NEW_CASE, "description": f"Zorgen, {newcomer} was er ook."})
        assert body["response_action"] == "update" and BLOCKED in json.dumps(body, ensure_ascii=False)
        return json.dumps(body, ensure_ascii=False)
    if path == "block_actions_ack":
        _plant(monkeypatch, assistant.views, "timeline_card", planted.strip())
        ts = rig.fake.card_posts()[0][0]
        _, body, _ = await rig.press(ts, "Tijdlijn")
        await rig.fake.wait_for(lambda: any(BLOCKED in json.dumps(r, ensure_ascii=False)
                                            for r in rig.fake.responds + rig.fake.of("chat.postEphemeral")),
                                what="the notice that the timeline was not sent")
        return body
    assert path == "app_home"
    _plant(monkeypatch, assistant.views, "home_card", planted.strip())
    await rig.event({"type": "app_home_opened", "user": slack_t.OWNER, "channel": "D0HOME", "tab": "home",
                     "event_ts": "1767230100.000009"}, "EvHOMEPLANT")
    published = await rig.fake.wait_for(lambda: rig.fake.of("views.publish"), what="views.publish")
    assert BLOCKED in json.dumps(published, ensure_ascii=False)
    return json.dumps(published, ensure_ascii=False)


@pytest.mark.parametrize("path", SLACK_PATHS)
async def test_every_slack_answer_passes_the_guard(slack_rig, monkeypatch, path):
    body = await _slack_path(slack_rig, monkeypatch, path)
    slack_t.assert_no_vault_names(body)
    await slack_rig.fake.quiet(0.2)
    slack_t.assert_no_vault_names(slack_rig.outbound())
    assert BLOCKED in slack_rig.outbound(), "the planted name did not reach the guard: the test tests nothing"


# ---------------------------------------------------------------------------
# Teams: what goes back in the invoke response, and the message path


@pytest.fixture
async def teams_rig(tmp_path, redactor):
    fake = await teams_t.FakeConnector().start()
    rig = await teams_t._build_rig(tmp_path, redactor, None, fake)
    await rig.new_case()  # the other open case
    yield rig
    await rig.close()
    await fake.stop()


def _note_form(rig) -> dict[str, Any]:
    return [card for c in rig.fake.of("post", rig.acts.personal_conversation(teams_t.OWNER)) for card in c.cards()
            if "mf" in card.get("actions", [{}])[0].get("data", {})][-1]


async def _teams_path(rig, monkeypatch, path: str) -> Any:
    assistant = rig.server.assistant
    planted = f"{teams_t.CHILD} "
    if path == "message":
        _plant(monkeypatch, assistant.views, "help_card", planted.strip())
        status, body = await rig.say("help")
        assert status in (200, 201)
        return body
    if path == "invoke_form_errors":
        _nl(monkeypatch, "form.error.required", planted + catalogue("nl")["form.error.required"])
        form = await rig.new_case_form()
        body = await rig.invoke(rig.filled(form, {**teams_t.NEW_CASE, "sector": ""}), rig.personal())
        assert BLOCKED in teams_t.card_text(body["value"])
        return body
    if path == "invoke_next_form":
        _nl(monkeypatch, "ask.intro", planted + catalogue("nl")["ask.intro"])
        form = await rig.new_case_form()
        body = await rig.invoke(rig.filled(form, {**teams_t.NEW_CASE, "description": "Zorgen, Ryan was er ook."}),
                                rig.personal())
        assert BLOCKED in teams_t.card_text(body["value"])
        return body
    await rig.press(teams_t.button(rig.case_card(), "Notitie toevoegen"), rig.channel())
    if path == "invoke_done_card":
        _nl(monkeypatch, "teams.saved_text", planted + catalogue("nl")["teams.saved_text"])
        body = await rig.invoke(rig.filled(_note_form(rig), {"text": "Synthetische notitie."}), rig.personal())
        assert BLOCKED in teams_t.card_text(body["value"])
        return body
    assert path == "invoke_action"
    _nl(monkeypatch, "teams.done", planted + catalogue("nl")["teams.done"])
    body = await rig.invoke(teams_t.button(rig.case_card(), "Tijdlijn"), rig.channel())
    assert body["value"] == BLOCKED
    return body


@pytest.mark.parametrize("path", TEAMS_PATHS)
async def test_every_teams_answer_passes_the_guard(teams_rig, monkeypatch, path):
    body = await _teams_path(teams_rig, monkeypatch, path)
    assert teams_t.find_name_part(json.dumps(body, ensure_ascii=False), teams_t.VAULT_PARTS) is None
    teams_rig.assert_private()
    assert BLOCKED in teams_rig.outbound(), "the planted name did not reach the guard: the test tests nothing"


async def test_outgoing_returns_what_the_guard_cleaned(make_assistant):
    """A professional's name marked by a view leaves without the guard's private-use marks, in a
    card and in field errors alike."""
    from assistant.privacy.guard import actor_name

    a = make_assistant()
    card = Card(title="Synthetisch", sections=[Section(f"door {actor_name('Collega B')}")])
    assert a.outgoing(card).sections[0].text == "door Collega B"
    assert a.outgoing({"text": actor_name("Collega B")}) == {"text": "Collega B"}
