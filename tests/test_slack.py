"""The Slack adapter against a fake Slack on 127.0.0.1 (issue 4).

The assistant runs in-process (``meldcode.server.Server``) with its Web API base URL pointed at
a fake that records every call; requests to it are signed exactly as Slack signs them. One test
runs ``meldcode serve`` as a subprocess. All persons, numbers and texts are synthetic (Faker
``nl_NL`` with a fixed seed); no name of a person in a case may appear in anything sent to Slack.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import re
import signal
import socket
import sys
import time
import urllib.parse
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from faker import Faker
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from adapters.slack.blocks import MAX_BLOCKS, card_blocks, view_values
from assistant.cards import Action, Card, ChecklistItem, ChecklistStep, Field, Section
from assistant.config import load_settings
from assistant.privacy.keys import KeyRing, new_key
from assistant.privacy.redact import PARTICLES
from assistant.storage import Store
from meldcode.server import Server
from synthetic import bsn
from slackfake import (
    CHANNEL,
    TEAM,
    FakeSlack,
    block_actions,
    button,
    button_action,
    checkbox_action,
    checkbox_sections,
    event_callback,
    form_body,
    http_post,
    sign,
    slash_command,
    texts,
    view_submission,
)

SECRET = "synthetic-signing-secret-0123456789"
BOT_TOKEN = "xoxb-synthetic-000-000"
APP_TOKEN = "xapp-1-synthetic-000"
OWNER = "U1"
COLLEAGUE = "U2"
ACK_LIMIT = 3.0
LOCALES = Path(__file__).resolve().parent.parent / "assistant" / "locales"

# ---------------------------------------------------------------------------
# synthetic persons


def _catalogue_words() -> str:
    return " ".join(p.read_text(encoding="utf-8") for p in LOCALES.glob("*.toml")).lower()


def _name_parts(full: str) -> list[str]:
    """What must never reach Slack: every part of the name of three letters or more."""
    return [w for w in full.split() if len(w) >= 3 and w.lower() not in PARTICLES]


def _people(count: int, seed: int) -> list[tuple[str, str]]:
    """(first name, last name) pairs whose parts are plain letters and occur nowhere in the
    assistant's own texts (so a hit in the outbound JSON can only be a leak)."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    catalogue = _catalogue_words()
    chosen: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(chosen) < count:
        first, last = fake.first_name(), fake.last_name()
        parts = _name_parts(f"{first} {last}")
        if not all(p.isascii() and p.isalpha() for p in parts) or len(first) < 3:
            continue
        if any(p.lower() in catalogue or p.lower() in seen or p.lower() in "collega prof synthetisch" for p in parts):
            continue
        seen |= {p.lower() for p in parts}
        chosen.append((first, last))
    return chosen


(CHILD_FIRST, CHILD_LAST), (MOTHER_FIRST, MOTHER_LAST), (OTHER_FIRST, OTHER_LAST) = _people(3, 20260302)
CHILD = f"{CHILD_FIRST} {CHILD_LAST}"
MOTHER = f"{MOTHER_FIRST} {MOTHER_LAST}"
OTHER_CHILD = f"{OTHER_FIRST} {OTHER_LAST}"
VAULT_PARTS = _name_parts(CHILD) + _name_parts(MOTHER) + _name_parts(OTHER_CHILD)
DESCRIPTION = (f"{CHILD_FIRST} kwam met blauwe plekken op beide bovenarmen naar school. "
               f"{MOTHER} zei bij het ophalen dat {CHILD_FIRST} van de trap was gevallen.")

NEW_CASE = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
            "description": DESCRIPTION,
            "persons__name__0": CHILD, "persons__role__0": "kind",
            "persons__name__1": MOTHER, "persons__role__1": "moeder"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------
# checks on everything that was sent


SEALED = re.compile(r"[A-Za-z0-9_-]{40,}")  # a sealed token (AEAD, base64url): no typed text in it


def unsealed(text: str) -> str:
    """``text`` with sealed tokens left out: their random letters and digits may spell anything
    ("...4c6Ella8X17..."), and a real name is never 40 base64 characters long."""
    return SEALED.sub("<sealed>", text)


def assert_no_vault_names(outbound: str, parts: list[str] = VAULT_PARTS) -> None:
    """No part of a vault name, in any casing, in anything sent to Slack (as a word: a name
    never stands between letters), sealed tokens left out."""
    outbound = unsealed(outbound)
    for part in parts:
        hit = re.search(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])", outbound, re.IGNORECASE)
        assert hit is None, f"a vault name part reached Slack: ...{outbound[max(0, hit.start() - 80):hit.end() + 80]}..."


def assert_valid_block_kit(fake: FakeSlack) -> None:
    """Every message and view the assistant sent is one Slack accepts."""
    for method, data in fake.calls:
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral") and data.get("blocks") is not None:
            blocks = data["blocks"]
            assert len(blocks) <= MAX_BLOCKS, (method, len(blocks))
            for block in blocks:
                assert Block.parse(block).to_dict() == block  # raises on a breach of Slack's limits
                if block["type"] == "section":
                    assert len((block.get("text") or {}).get("text", "")) <= 3000
                    assert all(len(f["text"]) <= 2000 for f in block.get("fields") or [])
                    assert len(block.get("block_id", "")) <= 255
        if method.startswith("views."):
            assert_valid_view(data["view"])
    for data in fake.responds:
        assert len(data.get("blocks") or []) <= MAX_BLOCKS
        for block in data.get("blocks") or []:
            Block.parse(block).to_dict()


def assert_valid_view(view: dict[str, Any]) -> None:
    View(**view).to_dict()  # raises on a breach of Slack's limits
    assert len(view["blocks"]) <= 100
    if view["type"] == "modal":
        assert len(view["title"]["text"]) <= 24
        assert len(view.get("private_metadata") or "") <= 3000
    ids = [b["block_id"] for b in view["blocks"] if "block_id" in b]
    assert len(ids) == len(set(ids)), "block ids in a view must be unique"


# ---------------------------------------------------------------------------
# the assistant with a fake Slack


class Rig:
    """The in-process server, its fake Slack and signed requests to it."""

    def __init__(self, fake: FakeSlack, server: Server, store: Store, session: ClientSession, own_store: bool) -> None:
        self.fake = fake
        self.server = server
        self.store = store
        self.session = session
        self.own_store = own_store
        self.url = f"http://127.0.0.1:{server.settings.port}"
        self.responses: list[str] = []
        self._triggers = itertools.count(1)

    async def close(self) -> None:
        tasks = list(getattr(self.server.slack, "_tasks", ()))
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        await self.server.stop()
        await self.session.close()
        await self.fake.stop()
        if self.own_store:
            await self.store.close()

    # -- requests --------------------------------------------------------------------

    async def post(self, body: str, content_type: str, *, signed: bool = True, secret: str = SECRET,
                   ts: int | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, float]:
        all_headers = {"Content-Type": content_type, **(sign(secret, body, ts) if signed else {}), **(headers or {})}
        status, text, elapsed = await http_post(self.session, f"{self.url}/slack/events", body, all_headers)
        self.responses.append(text)
        return status, text, elapsed

    async def command(self, text: str, *, user_id: str = OWNER, channel: str = CHANNEL,
                      headers: dict[str, str] | None = None) -> tuple[int, str, float]:
        fields = slash_command(text, user_id=user_id, channel=channel, trigger=f"TRIG-{next(self._triggers)}",
                               response_url=self.fake.respond_url)
        return await self.post(urllib.parse.urlencode(fields), "application/x-www-form-urlencoded", headers=headers)

    async def interact(self, payload: dict[str, Any]) -> tuple[int, str, float]:
        return await self.post(form_body(payload), "application/x-www-form-urlencoded")

    async def event(self, event: dict[str, Any], event_id: str, *, headers: dict[str, str] | None = None,
                    team: str = TEAM) -> tuple[int, str, float]:
        return await self.post(json.dumps(event_callback(event, event_id, team)), "application/json", headers=headers)

    # -- flows -----------------------------------------------------------------------

    async def open_modal(self, text: str = "nieuw", user_id: str = OWNER) -> dict[str, Any]:
        before = len(self.fake.of("views.open"))
        status, _, elapsed = await self.command(text, user_id=user_id)
        assert status == 200 and elapsed < ACK_LIMIT
        await self.fake.wait_for(lambda: len(self.fake.of("views.open")) > before, what="views.open")
        return self.fake.of("views.open")[-1]["view"]

    async def submit(self, view: dict[str, Any], answers: dict[str, Any], *, user_id: str = OWNER,
                     private_metadata: str | None = None) -> tuple[int, dict[str, Any] | None]:
        status, text, elapsed = await self.interact(
            view_submission(view, answers, user_id=user_id, private_metadata=private_metadata))
        assert elapsed < ACK_LIMIT, elapsed
        return status, (json.loads(text) if text.strip() else None)

    async def new_case(self, answers: dict[str, Any] = NEW_CASE, user_id: str = OWNER) -> str:
        """Open a case through the modal; return the ts of its card in the case channel."""
        view = await self.open_modal(user_id=user_id)
        before = len(self.fake.card_posts())
        status, body = await self.submit(view, answers, user_id=user_id)
        assert status == 200 and body is None, body
        await self.fake.wait_for(lambda: len(self.fake.card_posts()) > before, what="the case card")
        return self.fake.card_posts()[-1][0]

    async def case_for(self, ts: str):
        state = await self.store.case_for_post("slack", f"{CHANNEL}:{ts}")
        assert state is not None
        return state

    async def press(self, ts: str, label: str, *, user_id: str = OWNER, channel: str = CHANNEL,
                    team: str = TEAM) -> tuple[int, str, float]:
        element, block_id = button(self.fake.latest_card(ts), label)
        return await self.interact(block_actions(button_action(element, block_id), user_id=user_id, channel=channel,
                                                 team=team, message_ts=ts, response_url=self.fake.respond_url,
                                                 trigger=f"TRIG-{next(self._triggers)}"))

    async def tick(self, ts: str, step_item: str, selected: list[str], *, user_id: str = OWNER,
                   channel: str = CHANNEL, team: str = TEAM, block_id: str | None = None) -> tuple[int, str, float]:
        """Tick checkboxes in the section that holds ``step_item`` (all of ``selected`` ticked)."""
        section = next(s for s in checkbox_sections(self.fake.latest_card(ts))
                       if step_item in [o["value"] for o in s["accessory"]["options"]])
        action = checkbox_action(section, selected)
        if block_id is not None:
            action["block_id"] = block_id
        return await self.interact(block_actions(action, user_id=user_id, channel=channel, team=team, message_ts=ts,
                                                 response_url=self.fake.respond_url))

    def reply(self, ts: str, text: str, *, user_id: str = COLLEAGUE, n: int = 1, **extra: Any) -> dict[str, Any]:
        return {"type": "message", "channel": CHANNEL, "user": user_id, "text": text, "ts": f"1767230000.{n:06d}",
                "thread_ts": ts, "channel_type": "channel", "event_ts": f"1767230000.{n:06d}", **extra}

    def outbound(self) -> str:
        """Everything sent to Slack: Web API calls, response URL posts, socket messages and the
        bodies of our answers to Slack's requests."""
        return self.fake.outbound_text() + "\n" + "\n".join(self.responses)


async def _build_rig(tmp_path: Path, redactor: Any, store: Store | None, fake: FakeSlack | None,
                     **overrides: Any) -> Rig:
    fake = fake or await FakeSlack().start()
    own_store = store is None
    if store is None:
        name = f"slack-{os.urandom(4).hex()}.sqlite3"
        store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / name}", KeyRing.of([new_key()], "env"))
    options: dict[str, Any] = dict(data_dir=tmp_path / f"data-{os.urandom(3).hex()}", slack_bot_token=BOT_TOKEN,
                                   slack_signing_secret=SECRET, slack_app_token=None, slack_api_url=fake.api_url,
                                   slack_channel=CHANNEL, host="127.0.0.1", port=_free_port(),
                                   aandachtsfunctionarissen=[])
    options.update(overrides)
    server = Server(load_settings(**options), store, redactor)
    await server.start()
    return Rig(fake, server, store, ClientSession(), own_store)


@pytest.fixture
async def make_rig(tmp_path, redactor):
    rigs: list[Rig] = []

    async def build(store: Store | None = None, fake: FakeSlack | None = None, **overrides: Any) -> Rig:
        rig = await _build_rig(tmp_path, redactor, store, fake, **overrides)
        rigs.append(rig)
        return rig

    yield build
    for rig in rigs:
        await rig.close()


@pytest.fixture
async def rig(make_rig) -> Rig:
    return await make_rig()


# ---------------------------------------------------------------------------
# 1. the HTTP endpoint: health and request signatures


async def test_healthz_and_a_signed_url_verification(rig):
    async with rig.session.get(f"{rig.url}/healthz") as response:
        assert response.status == 200 and (await response.json()) == {"status": "ok"}
    body = json.dumps({"token": "x", "challenge": "synthetic-challenge-42", "type": "url_verification"})
    status, text, _ = await rig.post(body, "application/json")
    assert status == 200 and "synthetic-challenge-42" in text


@pytest.mark.parametrize("how", ["forged", "other_secret", "body_changed", "stale", "future", "unsigned", "no_timestamp"])
async def test_unsigned_forged_and_replayed_requests_are_refused_and_reach_nothing(rig, how):
    fields = slash_command("nieuw", trigger="TRIG-FORGED", response_url=rig.fake.respond_url)
    body = urllib.parse.urlencode(fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
    if how == "forged":
        headers["X-Slack-Signature"] = "v0=" + "0" * 64
    elif how == "other_secret":
        headers.update(sign("not-the-secret", body))
    elif how == "body_changed":
        body = body.replace("U1", "U9")  # signed for U1, sent as U9
    elif how == "stale":
        headers.update(sign(SECRET, body, int(time.time()) - 5 * 60 - 30))  # a replay after 5 minutes
    elif how == "future":
        headers.update(sign(SECRET, body, int(time.time()) + 5 * 60 + 30))
    elif how == "unsigned":
        del headers["X-Slack-Signature"], headers["X-Slack-Request-Timestamp"]
    elif how == "no_timestamp":
        del headers["X-Slack-Request-Timestamp"]
    before = list(rig.fake.calls)
    status, _, _ = await http_post(rig.session, f"{rig.url}/slack/events", body, headers)
    assert status == 401
    await rig.fake.quiet()
    assert rig.fake.calls == before and rig.fake.responds == []
    assert await rig.store.count_cases() == 0


async def test_a_request_signed_four_minutes_ago_is_still_accepted(rig):
    body = urllib.parse.urlencode(slash_command("nieuw", trigger="TRIG-OLD", response_url=rig.fake.respond_url))
    status, _, _ = await rig.post(body, "application/x-www-form-urlencoded", ts=int(time.time()) - 4 * 60)
    assert status == 200
    await rig.fake.wait_for(lambda: rig.fake.of("views.open"), what="views.open")


async def test_a_replayed_event_with_an_old_signature_is_refused(rig):
    """A genuinely signed message event captured and sent again six minutes later is refused."""
    event = rig.reply("1767225600.000001", "Zelfde melding opnieuw")
    body = json.dumps(event_callback(event, "EvREPLAY"))
    old = sign(SECRET, body, int(time.time()) - 6 * 60)
    before = len(rig.fake.calls)
    status, _, _ = await http_post(rig.session, f"{rig.url}/slack/events", body,
                                   {"Content-Type": "application/json", **old})
    assert status == 401
    await rig.fake.quiet()
    assert len(rig.fake.calls) == before


# ---------------------------------------------------------------------------
# 2. the slash command


@pytest.mark.parametrize("text", ["nieuw", "new", "NIEUW"])
async def test_slash_nieuw_opens_the_new_case_modal_fast(rig, text):
    status, body, elapsed = await rig.command(text)
    assert status == 200 and elapsed < ACK_LIMIT
    assert body == ""  # the acknowledgement says nothing in the channel
    opened = await rig.fake.wait_for(lambda: rig.fake.of("views.open"), what="views.open")
    assert len(opened) == 1 and opened[0]["trigger_id"] == "TRIG-1"
    view = opened[0]["view"]
    assert_valid_view(view)
    assert view["type"] == "modal" and view["callback_id"] == "mc_form" and view["private_metadata"]
    assert view["title"]["text"] == "Nieuwe casus"
    ids = {b.get("block_id") for b in view["blocks"] if b["type"] == "input"}
    persons = {f"persons__{part}__{row}" for part in ("name", "role") for row in range(4)}
    assert {"sector", "concerns", "acute", "description", "dossier"} | persons <= ids
    acute = next(b for b in view["blocks"] if b.get("block_id") == "acute")
    assert [o["value"] for o in acute["element"]["options"]] == ["ja", "nee"]
    await rig.fake.quiet(0.2)
    assert rig.fake.card_posts() == [] and await rig.store.count_cases() == 0


@pytest.mark.parametrize("text", ["help", "hulp", ""])
async def test_slash_help_answers_only_the_caller(rig, text):
    status, _, elapsed = await rig.command(text, user_id="U7")
    assert status == 200 and elapsed < ACK_LIMIT
    answer = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the response URL"))[0]
    assert answer["response_type"] == "ephemeral"
    shown = texts(answer["blocks"])
    assert "Meldcode-assistent" in shown and "0800-2000" in shown and "nieuw: een casus openen" in shown
    await rig.fake.quiet(0.2)
    posted = rig.fake.of("chat.postMessage")
    assert posted == [], "help must not be posted where others can see it"
    assert_valid_block_kit(rig.fake)


async def test_unknown_sub_command_gets_a_dutch_hint_only_for_the_caller(rig):
    await rig.command("verwijder alles")
    answer = (await rig.fake.wait_for(lambda: rig.fake.responds))[0]
    assert answer["response_type"] == "ephemeral" and "Dat commando ken ik niet" in texts(answer["blocks"])
    assert rig.fake.of("chat.postMessage") == []


@pytest.mark.parametrize("text", ["overzicht", "list"])
async def test_slash_overzicht_lists_only_the_callers_own_cases(rig, text):
    await rig.new_case()
    reference = (await rig.store.list_cases(owner=OWNER))[0].reference
    await rig.command(text, user_id="U3")
    other = (await rig.fake.wait_for(lambda: rig.fake.responds, what="U3's list"))[-1]
    assert other["response_type"] == "ephemeral"
    assert "geen open casussen" in texts(other["blocks"]) and reference not in json.dumps(other)
    await rig.command(text, user_id=OWNER)
    await rig.fake.wait_for(lambda: len(rig.fake.responds) > 1, what="U1's list")
    own = rig.fake.responds[-1]
    assert own["response_type"] == "ephemeral" and reference in texts(own["blocks"])
    assert_no_vault_names(rig.outbound())


# ---------------------------------------------------------------------------
# 3. the new case modal


async def test_invalid_submission_is_answered_on_the_fields_and_stores_nothing(rig):
    view = await rig.open_modal()
    answers = {"acute": "nee", "description": "Zorgen over het kind.", "persons__name__0": CHILD}  # no role
    status, body = await rig.submit(view, answers)
    assert status == 200 and body is not None
    assert body["response_action"] == "errors"
    errors = body["errors"]
    assert errors["sector"] == "Vul dit veld in."
    assert errors["concerns"] in ("Vul dit veld in.", "Kies een van de mogelijkheden.")  # see the bug test below
    assert errors["persons__name__0"] == "Vul bij elke persoon een naam en een rol in."
    block_ids = {b.get("block_id") for b in view["blocks"]}
    assert set(errors) <= block_ids  # every message lands on a field of the modal
    await rig.fake.quiet(0.2)
    assert await rig.store.count_cases() == 0
    assert rig.fake.of("chat.postMessage") == [] and rig.fake.of("chat.postEphemeral") == []
    assert_no_vault_names(rig.outbound())


async def test_an_empty_multi_select_is_reported_as_empty_not_filled_with_persons(rig):
    """Found as a bug (fixed): Slack sends every input block in view.state.values, so an empty "concerns"
    multi-select arrives as []. adapters/slack/blocks.py view_values then fills *every* empty list
    in the result with the persons rows ("for name in [k for k, v in raw.items() if v == []]"),
    not only the persons field. "concerns" becomes a list of {"name", "role"} rows and the
    professional who chose nothing is told "Kies een van de mogelijkheden." (as if an unknown
    option was chosen) instead of "Vul dit veld in."; an optional multi-select would become
    impossible to leave empty.
    What should happen: only the persons field gets the rows; an empty multi-select stays [] and
    is reported as required."""
    view = await rig.open_modal()
    values = view_submission(view, {"sector": "onderwijs", "acute": "nee"})["view"]["state"]["values"]
    assert view_values(values)["concerns"] == []
    status, body = await rig.submit(view, {"sector": "onderwijs", "acute": "nee"})
    assert status == 200 and body["errors"] == {"concerns": "Vul dit veld in."}


async def test_new_case_posts_a_redacted_card_as_thread_root_and_no_name_leaves(make_rig, store):
    """End to end on SQLite and PostgreSQL: modal, submission, card in the case channel."""
    rig = await make_rig(store=store)
    view = await rig.open_modal()
    status, body = await rig.submit(view, NEW_CASE)
    assert status == 200 and body is None  # the modal closes
    posts = await rig.fake.wait_for(lambda: rig.fake.card_posts(), what="the case card")
    assert len(posts) == 1
    ts, card = posts[0]
    assert card["channel"] == CHANNEL and "thread_ts" not in card
    (state,) = await store.list_cases(owner=OWNER)
    assert card["text"] == f"Casus {state.reference}"
    shown = texts(card["blocks"])
    assert "[kind] kwam met blauwe plekken op beide bovenarmen" in shown and "[moeder]" in shown
    assert "Onderwijs" in shown
    assert await store.post(state.id, "slack") == f"{CHANNEL}:{ts}"
    # the owner hears privately that the case is open
    notice = await rig.fake.wait_for(lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == OWNER])
    assert state.reference in texts(notice[0]["blocks"])
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


async def test_a_name_from_another_open_case_typed_in_a_new_description_never_reaches_slack(rig):
    """A name of a person in another open case, typed in the description of a new case (where it is
    no vault name), is either redacted (deduce) or refused on its field by the guard; never sent."""
    await rig.new_case({**NEW_CASE, "persons__name__0": OTHER_CHILD, "persons__name__1": MOTHER,
                        "description": f"{OTHER_FIRST} is vaak afwezig."})
    view = await rig.open_modal()
    status, body = await rig.submit(view, {**NEW_CASE, "description": f"Zorgen, {OTHER_FIRST} zit in dezelfde klas.",
                                           "persons__name__0": CHILD, "persons__name__1": None,
                                           "persons__role__1": None})
    assert status == 200
    if body is not None:
        assert body["response_action"] == "errors" and "zonder namen" in body["errors"]["description"]
        assert await rig.store.count_cases() == 1
    else:
        await rig.fake.wait_for(lambda: len(rig.fake.card_posts()) == 2, what="the second card")
        assert "Zorgen, [" in texts(rig.fake.card_posts()[1][1]["blocks"])
    assert_no_vault_names(rig.outbound())


def slow_submissions(rig: Any, monkeypatch: Any, seconds: float = 0.4) -> Any:
    """Every modal submission from now on takes longer than Slack's deadline (made short);
    returns the real ``submit_form``, to put back."""
    import adapters.slack as slack_adapter

    monkeypatch.setattr(slack_adapter, "VIEW_DEADLINE", 0.05)
    assistant = rig.server.assistant
    real = assistant.submit_form

    async def slow(*args: Any, **kwargs: Any):
        await asyncio.sleep(seconds)
        return await real(*args, **kwargs)

    monkeypatch.setattr(assistant, "submit_form", slow)
    return real


async def test_a_slow_submission_closes_the_modal_in_time_and_the_work_goes_on(rig, monkeypatch):
    """Past the modal deadline the modal is closed (acknowledged) and the case still arrives."""
    slow_submissions(rig, monkeypatch)
    view = await rig.open_modal()
    status, body = await rig.submit(view, NEW_CASE)
    assert status == 200 and body is None
    assert rig.fake.card_posts() == []  # acknowledged before the work was done
    await rig.fake.wait_for(lambda: rig.fake.card_posts(), what="the case card after the ack")
    assert await rig.store.count_cases() == 1
    assert_no_vault_names(rig.outbound())


async def test_field_errors_of_a_slow_submission_reach_the_user_by_notice(rig, monkeypatch):
    """Found as a bug (fixed): when a submission takes longer than VIEW_DEADLINE (2.5 s; load, a long text
    for deduce), adapters/slack/__init__.py ``submitted`` acknowledges with an empty body, closing
    the modal, and lets the work go on "reporting by notice". But submit_form returns field errors
    (required field empty, a name left in the text, an open case for the dossier) as a FormOutcome
    and sends no notice for them: nobody looks at the outcome, the modal is gone and the
    professional believes the case was opened while nothing was stored.
    What should happen: errors found after the modal was closed reach the professional as a Dutch
    notice (or the modal is kept open, e.g. updated, until the outcome is known)."""
    slow_submissions(rig, monkeypatch)
    view = await rig.open_modal()
    status, body = await rig.submit(view, {**NEW_CASE, "sector": None})  # invalid: no sector
    assert status == 200 and body is None  # the modal was closed
    await rig.fake.quiet(1.0)
    assert await rig.store.count_cases() == 0
    told = [d for d in rig.fake.of("chat.postMessage") + rig.fake.of("chat.postEphemeral")
            if d.get("channel") == OWNER or d.get("user") == OWNER] + rig.fake.responds
    assert told, "the professional was not told that the case was not opened"


async def test_a_slack_api_failure_becomes_a_dutch_notice_not_silence(rig):
    """The bot was removed from the case channel: the case is kept and the professional is told."""
    rig.fake.fail[("chat.postMessage", CHANNEL)] = "not_in_channel"
    view = await rig.open_modal()
    status, body = await rig.submit(view, NEW_CASE)
    assert status == 200
    notices = await rig.fake.wait_for(
        lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == OWNER
                 and "Er ging iets mis aan onze kant" in texts(d.get("blocks") or [])], what="the notice")
    assert notices
    assert await rig.store.count_cases() == 1
    assert "Traceback" not in rig.outbound() and "not_in_channel" not in texts(notices[0]["blocks"])
    assert_no_vault_names(rig.outbound())


# ---------------------------------------------------------------------------
# 4. the case card: checkboxes, buttons and the afwegingskader as a modal flow


async def test_case_card_is_updated_in_place_and_the_afwegingskader_runs_as_modal_flow(rig):
    ts = await rig.new_case()
    state = await rig.case_for(ts)
    ref = state.reference

    async def changed(step: str, *args: Any, **kwargs: Any) -> None:
        before = len(rig.fake.updates(ts))
        status, _, elapsed = await rig.tick(ts, step, *args, **kwargs)
        assert status == 200 and elapsed < ACK_LIMIT
        await rig.fake.wait_for(lambda: len(rig.fake.updates(ts)) > before, what=f"chat.update after {step}")

    # step 1 by checkboxes: the same message is updated
    await changed("bronnen", ["signalen_vastgelegd", "bronnen"])
    assert (await rig.case_for(ts)).checked[1] == ["signalen_vastgelegd", "bronnen"]
    update = rig.fake.updates(ts)[-1]
    assert update["channel"] == CHANNEL and update["ts"] == ts
    step1 = next(s for s in checkbox_sections(update["blocks"]) if "bronnen" in json.dumps(s))
    assert {o["value"] for o in step1["accessory"]["initial_options"]} == {"signalen_vastgelegd", "bronnen"}
    # un-ticking works the same way (Slack sends the full selection)
    await changed("bronnen", ["signalen_vastgelegd"])
    assert (await rig.case_for(ts)).checked[1] == ["signalen_vastgelegd"]
    await changed("bronnen", ["signalen_vastgelegd", "bronnen", "kindcheck"])

    # step 2: a colleague's reply in the thread
    before = len(rig.fake.updates(ts))
    await rig.event(rig.reply(ts, "Herkenbaar. Bespreek het ook met de aandachtsfunctionaris."), "EvFLOW1")
    await rig.fake.wait_for(lambda: len(rig.fake.updates(ts)) > before, what="the consultation on the card")
    # step 3 and 4 by checkboxes
    await changed("gesprek_doel", ["gesprek_doel", "gesprek_observaties", "gesprek_interpretatie", "gesprek_vastgelegd"])
    await changed("risico_gewogen", ["risico_gewogen"])

    # the afwegingskader: a button opens question 1 as a modal
    opened = len(rig.fake.of("views.open"))
    status, _, _ = await rig.press(ts, "Afwegingskader invullen")
    assert status == 200
    await rig.fake.wait_for(lambda: len(rig.fake.of("views.open")) > opened, what="question 1")
    question = rig.fake.of("views.open")[-1]
    assert question["trigger_id"].startswith("TRIG-")
    view = question["view"]
    assert_valid_view(view)
    assert "vraag 1" in texts(view["blocks"]).lower()
    # answering is acknowledged with the next question in the same modal
    status, body = await rig.submit(view, {"answer": "ja", "explanation": "Signalen passen bij mishandeling."})
    assert status == 200 and body["response_action"] == "update"
    view2 = body["view"]
    assert_valid_view(view2)
    assert "vraag 2" in texts(view2["blocks"]).lower() and view2["private_metadata"] != view["private_metadata"]
    status, body = await rig.submit(view2, {"answer": "ja"})
    assert status == 200 and body["response_action"] == "update"
    decide = body["view"]
    assert_valid_view(decide)
    assert "Besluit" in decide["title"]["text"]
    outcome = next(b for b in decide["blocks"] if b.get("block_id") == "outcome")
    assert outcome["element"]["initial_option"]["value"] == "report"
    motivation = "Structurele onveiligheid; melden bij Veilig Thuis en school blijft betrokken."
    before = len(rig.fake.updates(ts))
    status, body = await rig.submit(decide, {"outcome": "report", "motivation": motivation})
    assert status == 200 and body is None  # the flow ends: the modal closes
    await rig.fake.wait_for(lambda: len(rig.fake.updates(ts)) > before, what="the decision on the card")

    final = await rig.case_for(ts)
    assert [a.answer for a in final.answers] == [True, True]
    assert final.decision is not None and final.decision.outcome == "report"
    assert final.decision.motivation == motivation
    shown = texts(rig.fake.latest_card(ts))
    assert "Melden bij Veilig Thuis" in shown and motivation in shown
    assert "Collegiale consultatie" in shown and "Herkenbaar" in shown
    # one card, always updated in place
    assert len(rig.fake.card_posts()) == 1 and {u["ts"] for u in rig.fake.updates()} == {ts}
    assert ref in rig.fake.updates(ts)[-1]["text"]
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


async def test_a_note_through_the_assistant_is_redacted_before_it_is_posted_in_the_thread(rig):
    ts = await rig.new_case()
    await rig.press(ts, "Notitie toevoegen")
    view = (await rig.fake.wait_for(lambda: rig.fake.of("views.open")[1:], what="the note modal"))[-1]["view"]
    note = f"Gesprek met {MOTHER_FIRST} gepland; telefoon 06-12345678."
    status, body = await rig.submit(view, {"text": note})
    assert status == 200 and body is None
    thread = await rig.fake.wait_for(lambda: [d for d in rig.fake.of("chat.postMessage") if d.get("thread_ts") == ts],
                                     what="the note in the thread")
    shown = texts(thread[0]["blocks"])
    assert "Gesprek met [moeder] gepland" in shown and "[telefoonnummer]" in shown
    assert "12345678" not in rig.outbound()
    assert_no_vault_names(rig.outbound())


# ---------------------------------------------------------------------------
# 5. sealed references


REFUSED = "Deze knop of dit formulier geldt hier niet (meer)"


@pytest.mark.parametrize("where", ["other_channel", "direct_message", "tampered"])
async def test_a_checkbox_token_used_elsewhere_or_altered_is_refused_and_changes_nothing(rig, where):
    ts = await rig.new_case()
    before = await rig.case_for(ts)
    section = next(s for s in checkbox_sections(rig.fake.latest_card(ts)) if "bronnen" in json.dumps(s))
    token = section["block_id"]
    kwargs: dict[str, Any] = {}
    if where == "other_channel":
        kwargs["channel"] = "COTHER"
    elif where == "direct_message":
        kwargs["channel"] = "D0SYNTH"
    else:
        middle = len(token) // 2
        kwargs["block_id"] = token[:middle] + ("A" if token[middle] != "A" else "B") + token[middle + 1:]
    status, _, _ = await rig.tick(ts, "bronnen", ["bronnen"], **kwargs)
    assert status == 200
    notice = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the refusal"))[-1]
    assert notice["response_type"] == "ephemeral" and REFUSED in texts(notice["blocks"])
    await rig.fake.quiet(0.2)
    after = await rig.case_for(ts)
    assert after.version == before.version and after.checked == {}
    assert rig.fake.updates() == [] and len(rig.fake.card_posts()) == 1


@pytest.mark.parametrize("where", ["other_channel", "tampered", "garbage"])
async def test_a_button_value_used_elsewhere_or_altered_opens_nothing(rig, where):
    ts = await rig.new_case()
    element, block_id = button(rig.fake.latest_card(ts), "Notitie toevoegen")
    channel = CHANNEL
    value = element["value"]
    if where == "other_channel":
        channel = "COTHER"
    elif where == "tampered":
        value = value[:-3] + ("x" if value[-3] != "x" else "y") + value[-2:]
    else:
        value = "bm90IGEgdG9rZW4"  # base64 of "not a token"
    opened = len(rig.fake.of("views.open"))
    action = {**button_action(element, block_id), "value": value}
    status, _, _ = await rig.interact(block_actions(action, channel=channel, message_ts=ts,
                                                    response_url=rig.fake.respond_url))
    assert status == 200
    notice = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the refusal"))[-1]
    assert notice["response_type"] == "ephemeral" and REFUSED in texts(notice["blocks"])
    await rig.fake.quiet(0.2)
    assert len(rig.fake.of("views.open")) == opened


async def test_a_refusal_without_response_url_is_an_ephemeral_message_to_the_presser_only(rig):
    ts = await rig.new_case()
    element, block_id = button(rig.fake.latest_card(ts), "Tijdlijn")
    status, _, _ = await rig.interact(block_actions(button_action(element, block_id), user_id="U5",
                                                    channel="COTHER", message_ts=ts))
    assert status == 200
    ephemeral = (await rig.fake.wait_for(lambda: rig.fake.of("chat.postEphemeral"), what="the refusal"))[-1]
    assert ephemeral["user"] == "U5" and ephemeral["channel"] == "COTHER"
    assert REFUSED in texts(ephemeral["blocks"])


async def test_a_modal_submitted_by_another_user_or_altered_is_refused_and_stores_nothing(rig):
    view = await rig.open_modal()
    # the sealed form is bound to the user it was opened for
    status, body = await rig.submit(view, NEW_CASE, user_id="U6")
    assert status == 200 and body is None
    refusal = await rig.fake.wait_for(lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == "U6"],
                                      what="the refusal to U6")
    assert REFUSED in texts(refusal[0]["blocks"])
    meta = view["private_metadata"]
    status, body = await rig.submit(view, NEW_CASE, private_metadata=meta[:-2] + ("AA" if meta[-2:] != "AA" else "BB"))
    assert status == 200
    await rig.fake.wait_for(lambda: len([d for d in rig.fake.of("chat.postMessage") if d["channel"] == OWNER]) == 1,
                            what="the refusal to U1")
    await rig.fake.quiet(0.2)
    assert await rig.store.count_cases() == 0 and rig.fake.card_posts() == []
    assert_no_vault_names(rig.outbound())


async def test_a_sealed_checkbox_from_another_workspace_is_refused(rig):
    """Found as a bug (fixed): the seal binding is ``slack:{team}:{channel}`` with ``team`` taken once from
    auth.test (the bot's own workspace), never from the request. A correctly signed block_actions
    payload from another workspace (team T2, e.g. an external organisation in a Slack Connect
    shared case channel, or another workspace of an org-wide install) with a token copied from the
    case card is accepted: the checklist changes and the card is updated.
    What should happen: the workspace of the request is part of the binding, so the token opens only
    in the workspace where it was shown; the presser gets the Dutch refusal and nothing changes."""
    ts = await rig.new_case()
    before = await rig.case_for(ts)
    status, _, _ = await rig.tick(ts, "bronnen", ["bronnen"], team="T2", user_id="W2")
    assert status == 200
    await rig.fake.quiet(0.5)
    after = await rig.case_for(ts)
    assert after.version == before.version and after.checked == {}, "a token from another workspace changed the case"
    assert rig.fake.updates() == []
    assert any(REFUSED in texts(r.get("blocks") or []) for r in rig.fake.responds)


# ---------------------------------------------------------------------------
# 6. the thread: consultation, identifiers, retries


async def test_a_colleagues_reply_is_recorded_once_despite_slacks_retries(rig):
    ts = await rig.new_case()
    event = rig.reply(ts, "Ik zou eerst Veilig Thuis om advies vragen.")
    status, _, elapsed = await rig.event(event, "EvRETRY1")
    assert status == 200 and elapsed < ACK_LIMIT
    await rig.fake.wait_for(lambda: rig.fake.updates(ts), what="the consultation on the card")
    state = await rig.case_for(ts)
    assert len(state.consultations) == 1
    consultation = state.consultations[0]
    assert consultation.role == "collega" and consultation.with_whom == "collega-u2"
    assert "Veilig Thuis om advies" in consultation.outcome
    shown = texts(rig.fake.latest_card(ts))
    assert "Collegiale consultatie" in shown and "collega-u2" in shown
    # Slack retries the same event (same event_id) with X-Slack-Retry-Num
    for attempt in (1, 2):
        status, _, _ = await rig.event(event, "EvRETRY1", headers={"X-Slack-Retry-Num": str(attempt),
                                                                   "X-Slack-Retry-Reason": "http_timeout"})
        assert status == 200
    await rig.fake.quiet(0.5)
    assert len((await rig.case_for(ts)).consultations) == 1
    assert len(rig.fake.updates(ts)) == 1 and len(rig.fake.card_posts()) == 1
    # another event is recorded as usual (the pipeline is alive)
    await rig.event(rig.reply(ts, "Eens, en leg de signalen goed vast.", user_id="U3", n=2), "EvRETRY2")
    await rig.fake.wait_for(lambda: len(rig.fake.updates(ts)) == 2, what="the second consultation")
    assert len((await rig.case_for(ts)).consultations) == 2


async def test_the_same_event_delivered_twice_at_once_is_recorded_once(rig):
    ts = await rig.new_case()
    event = rig.reply(ts, "Gelijktijdig bezorgd antwoord van een collega.")
    results = await asyncio.gather(rig.event(event, "EvTWICE"),
                                   rig.event(event, "EvTWICE", headers={"X-Slack-Retry-Num": "1"}))
    assert [r[0] for r in results] == [200, 200]
    await rig.fake.wait_for(lambda: rig.fake.updates(ts), what="the consultation")
    await rig.fake.quiet(0.5)
    assert len((await rig.case_for(ts)).consultations) == 1 and len(rig.fake.updates(ts)) == 1


@pytest.mark.parametrize("identifier,placeholder", [("06-12345678", "[telefoonnummer]"), (bsn(4), "[bsn]")])
async def test_a_reply_with_an_identifier_gets_a_private_notice_with_the_redacted_text(rig, identifier, placeholder):
    ts = await rig.new_case()
    text = f"Het nummer van de moeder is {identifier}, dat kunnen we gebruiken."
    await rig.event(rig.reply(ts, text), "EvIDENT")
    ephemeral = (await rig.fake.wait_for(lambda: rig.fake.of("chat.postEphemeral"), what="the notice"))[0]
    assert ephemeral["user"] == COLLEAGUE and ephemeral["channel"] == CHANNEL and ephemeral.get("thread_ts") == ts
    shown = texts(ephemeral["blocks"])
    assert "herleidbare gegevens" in shown
    assert f"Het nummer van de moeder is {placeholder}, dat kunnen we gebruiken." in shown
    # the consultation is stored and shown redacted, only to nobody else as a post
    await rig.fake.wait_for(lambda: rig.fake.updates(ts), what="the consultation")
    assert placeholder in texts(rig.fake.latest_card(ts))
    digits = re.sub(r"\D", "", identifier)
    assert digits not in re.sub(r"(?<=\d)[-. ](?=\d)", "", rig.outbound())
    assert [d for d in rig.fake.of("chat.postMessage") if d.get("thread_ts")] == []
    assert_valid_block_kit(rig.fake)


async def test_a_reply_naming_a_vault_person_is_redacted_everywhere(rig):
    ts = await rig.new_case()
    await rig.event(rig.reply(ts, f"Ik ken {CHILD_FIRST} van de opvang, {CHILD_FIRST} is vaak stil."), "EvNAME")
    ephemeral = (await rig.fake.wait_for(lambda: rig.fake.of("chat.postEphemeral"), what="the notice"))[0]
    assert ephemeral["user"] == COLLEAGUE and "[kind] van de opvang" in texts(ephemeral["blocks"])
    await rig.fake.wait_for(lambda: rig.fake.updates(ts), what="the consultation")
    assert_no_vault_names(rig.outbound())


@pytest.mark.parametrize("kind", ["bot_message", "bot_id", "message_changed", "other_channel", "top_level",
                                  "owner", "unknown_thread"])
async def test_messages_that_are_no_consultation_are_ignored(rig, kind):
    ts = await rig.new_case()
    event = rig.reply(ts, "Een bericht dat niets mag vastleggen.")
    if kind == "bot_message":
        event.update(subtype="bot_message", bot_id="BOTHER")
        event.pop("user")
    elif kind == "bot_id":
        event.update(bot_id="BOTHER", user="UOTHERBOT")
    elif kind == "message_changed":
        inner = {k: v for k, v in event.items() if k not in ("channel", "type")}
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "channel": CHANNEL,
                 "ts": "1767230000.000099", "message": inner, "previous_message": {**inner, "text": "oud"},
                 "event_ts": "1767230000.000099"}
    elif kind == "other_channel":
        event["channel"] = "COTHER"
    elif kind == "top_level":
        event.pop("thread_ts")
    elif kind == "owner":
        event["user"] = OWNER
    else:
        event["thread_ts"] = "1767225600.999999"
    status, _, _ = await rig.event(event, f"EvIGN-{kind}")
    assert status == 200
    await rig.fake.quiet(0.5)
    assert (await rig.case_for(ts)).consultations == []
    assert rig.fake.updates() == [] and rig.fake.of("chat.postEphemeral") == []


@pytest.mark.parametrize("subtype", ["thread_broadcast", "file_share"])
async def test_a_reply_also_sent_to_the_channel_or_with_a_file_is_checked(rig, subtype):
    """Found as a bug (fixed): adapters/slack/__init__.py ``message`` drops every event with a subtype
    (meant for edits, joins and bot posts). A colleague's reply in the case thread with "Also send
    to #channel" ticked arrives as subtype "thread_broadcast", and a reply with an attachment as
    "file_share"; both are ignored: no collegial consultation, and no private notice even when the
    reply holds an identifier, although a broadcast reply is the most visible kind.
    What should happen: such replies are handled like a plain reply (identifier notice to the author,
    consultation recorded); only edits, deletions, joins and bot messages are skipped."""
    ts = await rig.new_case()
    event = rig.reply(ts, "Bel de vader op 06-12345678, hij weet er meer van.", subtype=subtype)
    if subtype == "thread_broadcast":
        event["root"] = {"type": "message", "ts": ts, "user": "UBOT", "bot_id": "BBOT", "text": "Casus"}
    else:
        event["files"] = [{"id": "F0SYNTH", "name": "foto.png", "mimetype": "image/png"}]
    status, _, _ = await rig.event(event, f"EvSUB-{subtype}")
    assert status == 200
    await rig.fake.quiet(0.5)
    notices = [d for d in rig.fake.of("chat.postEphemeral") if d["user"] == COLLEAGUE]
    assert notices and "[telefoonnummer]" in texts(notices[0]["blocks"]), "no private notice about the identifier"
    assert len((await rig.case_for(ts)).consultations) == 1


# ---------------------------------------------------------------------------
# 7. App Home


async def test_app_home_shows_the_users_own_cases_only(rig):
    await rig.new_case()
    await rig.new_case({**NEW_CASE, "persons__name__0": OTHER_CHILD, "persons__name__1": None,
                        "persons__role__1": None, "description": "Zorgen over de verzorging."}, user_id="U3")
    (own,) = await rig.store.list_cases(owner=OWNER)
    (other,) = await rig.store.list_cases(owner="U3")
    event = {"type": "app_home_opened", "user": OWNER, "channel": "D0HOME", "tab": "home",
             "event_ts": "1767230100.000001"}
    status, _, elapsed = await rig.event(event, "EvHOME1")
    assert status == 200 and elapsed < ACK_LIMIT
    published = (await rig.fake.wait_for(lambda: rig.fake.of("views.publish"), what="views.publish"))[0]
    assert published["user_id"] == OWNER and published["view"]["type"] == "home"
    assert_valid_view(published["view"])
    shown = texts(published["view"]["blocks"])
    assert own.reference in shown and other.reference not in json.dumps(published)
    assert "Meldcode: mijn casussen" in shown and "Nog te doen" in shown
    # a retry publishes nothing more; the messages tab publishes nothing
    await rig.event(event, "EvHOME1", headers={"X-Slack-Retry-Num": "1"})
    await rig.event({**event, "tab": "messages"}, "EvHOME2")
    await rig.fake.quiet(0.3)
    assert len(rig.fake.of("views.publish")) == 1
    # the home tab's button opens the case, privately, for its owner only
    element, block_id = button(published["view"]["blocks"], f"Open {own.reference}")
    home = {"type": "home", "id": "VHOME1", "blocks": published["view"]["blocks"]}
    await rig.interact(block_actions(button_action(element, block_id), view=home))
    shown_case = await rig.fake.wait_for(
        lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == OWNER and own.reference in d["text"]
                 and d["text"].startswith("Casus")], what="the case card in a direct message")
    assert "[kind]" in texts(shown_case[-1]["blocks"])
    await rig.interact(block_actions(button_action(element, block_id), user_id="U3", view=home))
    refusal = await rig.fake.wait_for(lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == "U3"
                                               and REFUSED in texts(d.get("blocks") or [])], what="U3's refusal")
    assert refusal and own.reference not in json.dumps(refusal)
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


async def test_acute_case_alerts_the_aandachtsfunctionaris_who_sees_it_in_the_triage_queue(make_rig):
    rig = await make_rig(aandachtsfunctionarissen=["U9"])
    ts = await rig.new_case({**NEW_CASE, "acute": "ja"})
    state = await rig.case_for(ts)
    assert state.acute
    alert = (await rig.fake.wait_for(lambda: [d for d in rig.fake.of("chat.postMessage") if d["channel"] == "U9"],
                                     what="the alert"))[0]
    assert f"Acuut: casus {state.reference}" in alert["text"]
    assert "112" in texts(alert["blocks"])
    # the card in the channel says what to do now
    assert "Acuut gevaar: doe dit nu" in texts(rig.fake.latest_card(ts))
    # the alert's button opens the case, privately, in the direct message with the app
    element, block_id = button(alert["blocks"], f"Open {state.reference}")
    await rig.interact(block_actions(button_action(element, block_id), user_id="U9", channel="D0U9",
                                     message_ts="1767225600.000500", response_url=rig.fake.respond_url))
    shown = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the case for U9"))[-1]
    assert shown["response_type"] == "ephemeral" and f"Casus {state.reference}" in texts(shown["blocks"])
    # the triage queue on the aandachtsfunctionaris' App Home
    await rig.event({"type": "app_home_opened", "user": "U9", "channel": "D0U9", "tab": "home",
                     "event_ts": "1767230200.000001"}, "EvHOME9")
    home = (await rig.fake.wait_for(lambda: rig.fake.of("views.publish"), what="U9's home"))[0]
    assert home["user_id"] == "U9"
    assert "Alle open casussen (aandachtsfunctionaris)" in texts(home["view"]["blocks"])
    assert state.reference in texts(home["view"]["blocks"])
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


# ---------------------------------------------------------------------------
# 7b. the aandachtsfunctionaris's queue (a Slack user group) and reminders (issue 7)

AF_GROUP = "S0AANDACHT"
AF_MEMBER = "U5"
QUEUE_ONLY = "De wachtrij is er alleen voor de aandachtsfunctionaris."


def _home_event(user_id: str, n: int) -> dict[str, Any]:
    return {"type": "app_home_opened", "user": user_id, "channel": f"D0{user_id}", "tab": "home",
            "event_ts": f"1767230300.{n:06d}"}


async def _published_home(rig: Rig, user_id: str, n: int) -> dict[str, Any]:
    before = len([d for d in rig.fake.of("views.publish") if d["user_id"] == user_id])
    status, _, elapsed = await rig.event(_home_event(user_id, n), f"EvAF{n}")
    assert status == 200 and elapsed < ACK_LIMIT
    views = await rig.fake.wait_for(
        lambda: [d for d in rig.fake.of("views.publish") if d["user_id"] == user_id][before:],
        what=f"{user_id}'s App Home")
    assert_valid_view(views[-1]["view"])
    return views[-1]["view"]


def _dms(rig: Rig, user_id: str) -> list[dict[str, Any]]:
    return [d for d in rig.fake.of("chat.postMessage") if d["channel"] == user_id]


async def test_a_member_of_the_user_group_sees_and_claims_the_queue_in_app_home(make_rig):
    """MELDCODE_SLACK_AANDACHTSFUNCTIONARIS_GROUP: the group's members are aandachtsfunctionarissen
    (usergroups.users.list), without being listed in MELDCODE_AANDACHTSFUNCTIONARISSEN."""
    fake = await FakeSlack().start()
    fake.usergroups[AF_GROUP] = [AF_MEMBER, "U6"]
    rig = await make_rig(fake=fake, slack_aandachtsfunctionaris_group=AF_GROUP, reminder_interval_seconds=3600)
    ts = await rig.new_case()
    state = await rig.case_for(ts)
    assert state.triage is not None and state.triage.status == "waiting"  # the new case is in the queue
    # the member's App Home: the queue first, with the case and its "Oppakken" button
    home = await _published_home(rig, AF_MEMBER, 1)
    shown = texts(home["blocks"])
    assert state.reference in shown
    element, block_id = button(home["blocks"], "Oppakken")
    # pressed on the home tab: the claim is recorded, the card in the channel says so, the owner hears it
    status, _, elapsed = await rig.interact(block_actions(button_action(element, block_id), user_id=AF_MEMBER,
                                                         view={"type": "home", "id": "VHOMEAF", **home}))
    assert status == 200 and elapsed < ACK_LIMIT
    await rig.fake.wait_for(lambda: f"Bij prof.{AF_MEMBER.lower()}." in texts(rig.fake.latest_card(ts)),
                            what="the claim on the card")
    claimed = (await rig.case_for(ts)).triage
    assert claimed is not None and claimed.status == "claimed" and claimed.by == AF_MEMBER
    # the owner asked nothing (a new case): no message about it
    assert not [d for d in _dms(rig, OWNER) if "is opgepakt door" in d["text"]]
    # the Home tab is published again, the case now taken
    await rig.fake.wait_for(lambda: len([c for c in rig.fake.of("views.publish") if c.get("user_id") == AF_MEMBER]) >= 2,
                            what="the Home tab published again")
    # the group is asked for its members, by its id, and the answer is kept (not asked per request)
    lookups = rig.fake.of("usergroups.users.list")
    assert lookups and {d["usergroup"] for d in lookups} == {AF_GROUP}
    assert len(lookups) == 1, f"the members were looked up {len(lookups)} times"
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


async def test_the_member_who_claims_from_wachtrij_gets_the_confirmation_text(make_rig):
    """"Oppakken" on the queue from ``/meldcode wachtrij`` (an ephemeral message in the channel):
    the claim is recorded and the presser reads the catalogue's [triage] claimed text."""
    fake = await FakeSlack().start()
    fake.usergroups[AF_GROUP] = [AF_MEMBER]
    rig = await make_rig(fake=fake, slack_aandachtsfunctionaris_group=AF_GROUP, reminder_interval_seconds=3600)
    ts = await rig.new_case()
    state = await rig.case_for(ts)
    await rig.command("wachtrij", user_id=AF_MEMBER)
    queue = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the member's queue"))[-1]
    element, block_id = button(queue["blocks"], "Oppakken")
    await rig.interact(block_actions(button_action(element, block_id), user_id=AF_MEMBER,
                                     message_ts="1767225600.000900", response_url=rig.fake.respond_url))
    answer = (await rig.fake.wait_for(lambda: rig.fake.responds[1:], what="the confirmation"))[-1]
    claimed = (await rig.case_for(ts)).triage
    assert claimed is not None and claimed.status == "claimed" and claimed.by == AF_MEMBER
    assert answer["response_type"] == "ephemeral"
    assert f"Je hebt {state.reference} opgepakt." in texts(answer["blocks"]), texts(answer["blocks"])


async def test_app_home_shows_the_queue_under_its_heading_with_the_count(make_rig):
    """The queue on a member's App Home carries its heading, "Wachtrij aandachtsfunctionaris (N)",
    as the queue card does for ``/meldcode wachtrij``: without it the queue's entries (titled with
    their reference) cannot be told from the member's own cases, and the count is not shown.
    Found as a bug (open): ``Assistant.home_card`` (assistant/service.py, "the queue first") copies
    only ``queue.sections`` and ``queue.actions`` into the home card; the queue card's title, which
    carries "Wachtrij aandachtsfunctionaris (N)", is dropped."""
    fake = await FakeSlack().start()
    fake.usergroups[AF_GROUP] = [AF_MEMBER]
    rig = await make_rig(fake=fake, slack_aandachtsfunctionaris_group=AF_GROUP, reminder_interval_seconds=3600)
    await rig.new_case()
    await rig.new_case({**NEW_CASE, "persons__name__0": OTHER_CHILD, "persons__name__1": None,
                        "persons__role__1": None, "description": "Zorgen over de verzorging."}, user_id="U3")
    home = await _published_home(rig, AF_MEMBER, 3)
    shown = texts(home["blocks"])
    assert "Wachtrij aandachtsfunctionaris (2)" in shown, shown


async def test_a_non_member_sees_no_queue_and_wachtrij_is_refused(make_rig):
    fake = await FakeSlack().start()
    fake.usergroups[AF_GROUP] = [AF_MEMBER]
    rig = await make_rig(fake=fake, slack_aandachtsfunctionaris_group=AF_GROUP, reminder_interval_seconds=3600)
    ts = await rig.new_case()
    state = await rig.case_for(ts)
    home = await _published_home(rig, "U3", 2)
    raw = json.dumps(home)
    assert "Wachtrij" not in raw and "Oppakken" not in raw and state.reference not in raw
    assert "Meldcode: mijn casussen" in texts(home["blocks"])
    await rig.command("wachtrij", user_id="U3")
    refusal = (await rig.fake.wait_for(lambda: rig.fake.responds, what="the refusal"))[-1]
    assert refusal["response_type"] == "ephemeral" and QUEUE_ONLY in texts(refusal["blocks"])
    assert state.reference not in json.dumps(refusal)
    # the member gets the queue for the same command, only for them
    await rig.command("wachtrij", user_id=AF_MEMBER)
    queue = (await rig.fake.wait_for(lambda: rig.fake.responds[1:], what="the member's queue"))[-1]
    assert queue["response_type"] == "ephemeral"
    assert "Wachtrij aandachtsfunctionaris (1)" in texts(queue["blocks"]) and state.reference in texts(queue["blocks"])
    button(queue["blocks"], "Oppakken")
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


async def test_a_due_step_reminder_reaches_the_owner_who_can_snooze_it_a_limited_number_of_times(
        make_rig, clock, monkeypatch):
    """The server builds its Assistant with a clock the test moves (issue 7 point 5)."""
    import meldcode.server
    from assistant.service import Assistant

    monkeypatch.setattr(meldcode.server, "Assistant", partial(Assistant, clock=clock))
    limit = 2
    rig = await make_rig(snooze_limit=limit, reminder_interval_seconds=3600)
    assistant = rig.server.assistant
    assert assistant.clock is clock
    ts = await rig.new_case()
    state = await rig.case_for(ts)
    assert await assistant.send_due_reminders() == 0  # nothing is due yet
    clock.advance(days=7)  # past step 1's due time (2 working days)
    before = len(_dms(rig, OWNER))
    assert await assistant.send_due_reminders() == 1
    reminder = await rig.fake.wait_for(lambda: [d for d in _dms(rig, OWNER)[before:] if "Herinnering" in d["text"]],
                                       what="the reminder")
    (dm,) = reminder
    assert dm["text"].startswith(f"Herinnering: {state.reference}")
    shown = texts(dm["blocks"])
    assert f"Casus {state.reference} staat bij" in shown and "Nog open" in shown
    snooze, block_id = button(dm["blocks"], "Herinner me later")
    click = block_actions(button_action(snooze, block_id), channel=f"D0{OWNER}", message_ts=dm.get("ts") or "1.0",
                          response_url=rig.fake.respond_url)
    for n in range(limit):
        status, _, elapsed = await rig.interact(click)
        assert status == 200 and elapsed < ACK_LIMIT
        answer = (await rig.fake.wait_for(lambda: rig.fake.responds[n:], what=f"snooze {n + 1}"))[-1]
        assert answer["response_type"] == "ephemeral"
        assert "Je krijgt deze herinnering op" in texts(answer["blocks"]), texts(answer["blocks"])
    await rig.interact(click)
    answer = (await rig.fake.wait_for(lambda: rig.fake.responds[limit:], what="the refusal"))[-1]
    assert "Deze herinnering kun je niet verder uitstellen." in texts(answer["blocks"])
    (row,) = [r for r in await rig.store.reminders_of(state.id) if r.kind == "step"]
    assert row.snoozes == limit
    # snoozed: nothing now; after a working day more, the reminder comes again
    assert await assistant.send_due_reminders() == 0
    clock.advance(days=3)
    sent = len(_dms(rig, OWNER))
    assert await assistant.send_due_reminders() >= 1
    await rig.fake.wait_for(lambda: [d for d in _dms(rig, OWNER)[sent:] if d["text"].startswith("Herinnering")],
                            what="the reminder again")
    assert_no_vault_names(rig.outbound())
    assert_valid_block_kit(rig.fake)


# ---------------------------------------------------------------------------
# 8. retries never create a second case


async def test_a_duplicated_slash_nieuw_opens_modals_but_no_case(rig):
    for attempt in range(2):
        headers = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"} if attempt else None
        status, _, _ = await rig.command("nieuw", headers=headers)
        assert status == 200
    await rig.fake.wait_for(lambda: len(rig.fake.of("views.open")) == 2, what="two modals")
    await rig.fake.quiet(0.3)
    assert await rig.store.count_cases() == 0
    assert rig.fake.of("chat.postMessage") == [] and rig.fake.of("chat.update") == []


# ---------------------------------------------------------------------------
# 9. Slack's limits with long text


async def test_long_notes_and_replies_stay_within_slacks_limits(rig):
    ts = await rig.new_case({**NEW_CASE, "description": ("Kind komt zonder ontbijt & jas naar school. " * 40)[:1000]})
    lines = "\n".join(f"Regel {i}: kind valt in slaap in de klas & schrikt bij harde geluiden <geen link>."
                      for i in range(60))[:3000]
    one_line = ("kind&ouders<>" * 300)[:3000]  # escaping makes this several times longer
    for text in (lines, one_line, lines):
        opened = len(rig.fake.of("views.open"))
        await rig.press(ts, "Notitie toevoegen")
        await rig.fake.wait_for(lambda: len(rig.fake.of("views.open")) > opened, what="the note modal")
        view = rig.fake.of("views.open")[-1]["view"]
        notes = len([d for d in rig.fake.of("chat.postMessage") if d.get("thread_ts") == ts])
        status, body = await rig.submit(view, {"text": text})
        assert status == 200 and body is None, body
        await rig.fake.wait_for(lambda: len([d for d in rig.fake.of("chat.postMessage")
                                             if d.get("thread_ts") == ts]) > notes, what="the note in the thread")
    for n in range(3):
        await rig.event(rig.reply(ts, ("Advies: " + "bespreek de signalen met de intern begeleider. " * 30)[:1000],
                                  user_id=f"U{20 + n}", n=10 + n), f"EvLONG{n}")
    await rig.fake.wait_for(lambda: texts(rig.fake.latest_card(ts)).count("bespreek de signalen") >= 60,
                            what="three long consultations on the card", timeout=10)
    state = await rig.case_for(ts)
    assert len(state.notes) == 3 and len(state.consultations) == 3
    sent = rig.fake.of("chat.postMessage") + rig.fake.of("chat.update")
    assert sent
    for data in sent:
        assert len(data["blocks"]) <= MAX_BLOCKS
        for block in data["blocks"]:
            Block.parse(block).to_dict()
            if block["type"] == "section":
                assert len(block.get("text", {}).get("text", "")) <= 3000
    # nothing was lost silently: the long single-line note arrives whole, split over sections
    note_posts = [d for d in rig.fake.of("chat.postMessage") if d.get("thread_ts") == ts]
    escaped = one_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    joined = "".join(b["text"]["text"] for b in note_posts[1]["blocks"] if b["type"] == "section")
    assert escaped in joined and len(escaped) > 3000
    assert_valid_block_kit(rig.fake)
    assert_no_vault_names(rig.outbound())


def test_a_card_too_long_for_one_message_is_visibly_shortened_to_fifty_blocks():
    tokens = iter(range(10_000))

    def seal(name: str, args: dict[str, Any]) -> str:
        return f"tok-{name}-{next(tokens)}"

    steps = [ChecklistStep(n, f"Stap {n}", "open", [ChecklistItem(f"{n}.1", "iets", False, action=Action(
        "x", "toggle_item", {"case": "c1", "step": n, "item": f"i{n}"}))]) for n in range(1, 6)]
    card = Card(title="Casus MC-TEST " + "x" * 300, kind="case", subtitle="open",
                fields=[Field(f"Veld {i}", "w" * 2500) for i in range(12)], checklist=steps,
                sections=[Section("regel\n" * 800, title=f"Deel {i}") for i in range(30)],
                actions=[Action(f"Knop {i} " + "k" * 100, "timeline", {"case": "c1"}) for i in range(30)])
    blocks = card_blocks(card, seal, shortened_note="… (ingekort)")
    assert len(blocks) == MAX_BLOCKS
    for block in blocks:
        assert Block.parse(block).to_dict() == block
    assert blocks[-1]["type"] == "actions" and len(blocks[-1]["elements"]) <= 25
    assert any(b["type"] == "context" and "ingekort" in json.dumps(b) for b in blocks)
    assert len(blocks[0]["text"]["text"]) <= 150


# ---------------------------------------------------------------------------
# 10. Socket Mode


def _socket_envelope(fake: FakeSlack, text: str = "nieuw") -> dict[str, Any]:
    return {"envelope_id": "env-synthetic-1", "type": "slash_commands", "accepts_response_payload": True,
            "payload": slash_command(text, trigger="TRIG-SOCKET", response_url=fake.respond_url)}


async def test_socket_mode_acknowledges_the_envelope_and_opens_the_modal(make_rig):
    fake = await FakeSlack().start()
    fake.socket_envelopes = [_socket_envelope(fake)]
    rig = await make_rig(fake=fake, slack_signing_secret=None, slack_app_token=APP_TOKEN)
    acks = await fake.wait_for(lambda: [m for m in fake.socket_received if m.get("envelope_id") == "env-synthetic-1"],
                               what="the envelope acknowledgement")
    assert len(acks) == 1
    opened = await fake.wait_for(lambda: fake.of("views.open"), what="views.open")
    assert opened[0]["trigger_id"] == "TRIG-SOCKET" and opened[0]["view"]["callback_id"] == "mc_form"
    assert_valid_view(opened[0]["view"])
    # the websocket URL was asked with the app-level token, the Web API with the bot token
    tokens = dict(fake.tokens)
    assert tokens["apps.connections.open"] == f"Bearer {APP_TOKEN}"
    assert tokens["views.open"] == f"Bearer {BOT_TOKEN}"
    assert await rig.store.count_cases() == 0


async def test_socket_mode_without_signing_secret_serves_no_unsigned_http_endpoint(make_rig):
    """In Socket Mode without SLACK_SIGNING_SECRET, POST /slack/events is not served: an unsigned
    request (anyone on MELDCODE_HOST:MELDCODE_PORT) reaches nothing, /healthz still answers."""
    fake = await FakeSlack().start()
    rig = await make_rig(fake=fake, slack_signing_secret=None, slack_app_token=APP_TOKEN)
    body = urllib.parse.urlencode(slash_command("nieuw", trigger="TRIG-UNSIGNED", response_url=fake.respond_url))
    status, _, _ = await rig.post(body, "application/x-www-form-urlencoded", signed=False)
    await fake.quiet(0.3)
    assert [d for d in fake.of("views.open") if d["trigger_id"] == "TRIG-UNSIGNED"] == []
    assert status in (401, 403, 404)
    async with rig.session.get(f"{rig.url}/healthz") as response:
        assert response.status == 200


# ---------------------------------------------------------------------------
# meldcode serve as a subprocess (loads its own privacy filter)


async def test_meldcode_serve_as_a_subprocess(tmp_path):
    fake = await FakeSlack().start()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MELDCODE_", "SLACK_"))}
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=fake.api_url,
               MELDCODE_SLACK_CHANNEL=CHANNEL, MELDCODE_HOST="127.0.0.1", MELDCODE_PORT=str(port),
               MELDCODE_DATA_DIR=str(tmp_path / "serve-data"))
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "meldcode", "serve", env=env, cwd=tmp_path,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    session = ClientSession()
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.returncode is None, "meldcode serve stopped"
            try:
                async with session.get(f"{url}/healthz") as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "meldcode serve did not come up"
            await asyncio.sleep(0.2)

        def headers(body: str) -> dict[str, str]:
            return {"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)}

        forged = urllib.parse.urlencode(slash_command("nieuw", trigger="TRIG-F", response_url=fake.respond_url))
        status, _, _ = await http_post(session, f"{url}/slack/events", forged,
                                       {**headers(forged), "X-Slack-Signature": "v0=" + "f" * 64})
        assert status == 401
        body = urllib.parse.urlencode(slash_command("nieuw", trigger="TRIG-SERVE", response_url=fake.respond_url))
        status, _, elapsed = await http_post(session, f"{url}/slack/events", body, headers(body))
        assert status == 200 and elapsed < ACK_LIMIT
        opened = await fake.wait_for(lambda: fake.of("views.open"), what="views.open")
        assert [d["trigger_id"] for d in opened] == ["TRIG-SERVE"]
        payload = view_submission(opened[0]["view"], NEW_CASE)
        status, text, elapsed = await http_post(session, f"{url}/slack/events", form_body(payload),
                                                headers(form_body(payload)))
        assert status == 200 and text == "" and elapsed < ACK_LIMIT
        posts = await fake.wait_for(lambda: fake.card_posts(), what="the case card")
        assert "[kind]" in texts(posts[0][1]["blocks"])
        assert_no_vault_names(fake.outbound_text())
    finally:
        await session.close()
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 15)
            except asyncio.TimeoutError:
                process.kill()
                await process.wait()
        out, err = await process.communicate()
        await fake.stop()
    logs = (out + err).decode(errors="replace")
    assert_no_vault_names(logs)
    assert "Traceback" not in logs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_form_of_the_queue_and_reminders_is_a_modal_slack_accepts(language: str) -> None:
    """The forms this assistant opens, the new ones of the queue and reminders among them, with
    their initial values (a multi-select's chosen forms), render as valid modals."""
    import uuid as _uuid

    from adapters.slack.blocks import form_view
    from assistant.engine import Engine
    from assistant.i18n import Translator
    from assistant.meldcode import load_protocol
    from assistant.port import Actor
    from assistant.views import Views

    protocol = load_protocol()
    engine = Engine(protocol)
    me, af = Actor("U-prof", "Prof"), Actor("U-af", "AF")
    state = engine.apply_all(None, [engine.open_case(me, case_id=str(_uuid.uuid4()), reference="MC-7K3Q",
                                                     sector="onderwijs", concerns=["vgv", "huiselijk_geweld"],
                                                     urgency="normaal")])
    state = engine.apply_all(state, engine.request_triage(state, me, "consultation", "Genoeg om te melden?"))
    state = engine.apply_all(state, engine.ask_info(state, af, "Sinds wanneer?"))
    state = engine.apply_all(state, engine.record_melding(state, me, text="Gemeld"))
    views = Views(protocol, Translator(language))
    forms = [views.case_form(state, name, **extra) for name, extra in (
        ("situation", {}), ("consult_request", {}), ("assign", {"people": [("U-af", "AF"), ("U-af2", "AF 2")]}),
        ("ask_info", {}), ("info", {"redacted_question": "Sinds wanneer?"}), ("vt_feedback", {}), ("close", {}))]
    for form in forms:
        view = form_view(form, "token", yes="ja", no="nee", close="Annuleren", name_label="Naam", role_label="Rol")
        assert_valid_view(view)
    situation = form_view(forms[0], "t", yes="ja", no="nee", close="x", name_label="n", role_label="r")
    chosen = next(b for b in situation["blocks"] if b.get("block_id") == "concerns")["element"]["initial_options"]
    assert sorted(o["value"] for o in chosen) == ["huiselijk_geweld", "vgv"]
