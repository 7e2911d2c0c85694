"""A fake Microsoft Teams for the Teams adapter's tests: the Bot Framework connector on 127.0.0.1,
an OpenID key server for authentication with the bot's own tokens, and Activity JSON built the way
Teams sends it.

Everything here is synthetic; nothing talks to Microsoft.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiohttp import web
from faker import Faker
from loopback import LoopbackServer

from assistant.privacy.redact import PARTICLES

TENANT = "tenant-synthetic-1"
OTHER_TENANT = "tenant-synthetic-2"
CHANNEL = "19:casussen@thread.tacv2"
OTHER_CHANNEL = "19:kantine@thread.tacv2"
TEAM_ID = "19:team-synthetic@thread.tacv2"
BOT = "28:bot-synthetic"
BOT_NAME = "meldcode"
ROOT = "777"  # the activity id the fake gives the first case card (as in docs/teams-notes.md)
CARD_TYPE = "application/vnd.microsoft.card.adaptive"
LOCALES = Path(__file__).resolve().parents[2] / "assistant" / "locales"

# ---------------------------------------------------------------------------
# synthetic persons and numbers


def name_parts(full: str) -> list[str]:
    """What must never reach Microsoft: every part of a name of three letters or more
    (particles such as "van" and "der" are ordinary Dutch words)."""
    return [w for w in full.split() if len(w) >= 3 and w.lower() not in PARTICLES]


def people(count: int, seed: int, avoid: str = "") -> list[tuple[str, str]]:
    """(first name, last name) pairs from Faker nl_NL whose parts are plain letters and occur
    nowhere in the assistant's own texts, so a hit in outbound JSON can only be a leak."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    catalogue = " ".join(p.read_text(encoding="utf-8") for p in LOCALES.glob("*.toml")).lower() + " " + avoid.lower()
    chosen: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(chosen) < count:
        first, last = fake.first_name(), fake.last_name()
        parts = name_parts(f"{first} {last}")
        if not parts or not all(p.isascii() and p.isalpha() for p in parts) or len(first) < 3:
            continue
        if any(p.lower() in catalogue or p.lower() in seen for p in parts):
            continue
        seen |= {p.lower() for p in parts}
        chosen.append((first, last))
    return chosen


def find_name_part(outbound: str, parts: list[str]) -> str | None:
    """The first vault name part found in ``outbound`` (as a word, in any casing), with context."""
    for part in parts:
        hit = re.search(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])", outbound, re.IGNORECASE)
        if hit is not None:
            return f"{part!r}: ...{outbound[max(0, hit.start() - 80):hit.end() + 80]}..."
    return None


# ---------------------------------------------------------------------------
# the connector


@dataclass
class Call:
    """One request the bot made to the connector (ids percent-decoded)."""

    method: str
    path: str
    conversation: str | None
    activity_id: str | None
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    answer: dict[str, Any] = field(default_factory=dict)  # what the fake answered

    @property
    def kind(self) -> str:
        if self.conversation is None:
            return "create"
        if self.method == "GET":
            return "get"
        return "put" if self.method == "PUT" else "post"

    def cards(self) -> list[dict[str, Any]]:
        activity = self.body.get("activity", self.body) if self.kind == "create" else self.body
        return [a["content"] for a in activity.get("attachments") or [] if a.get("contentType") == CARD_TYPE]

    def text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False)


class FakeConnector(LoopbackServer):
    """``POST /v3/conversations``, ``POST /v3/conversations/{id}/activities[/{replyToId}]`` and
    ``PUT /v3/conversations/{id}/activities/{id}`` and ``GET /v3/conversations/{id}/members`` (and ``/pagedmembers``),
    recording every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._ids = itertools.count(1)
        # GET .../members: conversation (channel) id -> its members as ChannelAccount JSON
        # ({"id": "29:...", "name": ..., "aadObjectId": ...}); an unknown conversation is a 404
        self.members: dict[str, list[dict[str, Any]]] = {}

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_get("/v3/conversations/{cid}/members", self._members)
        app.router.add_get("/v3/conversations/{cid}/pagedmembers", self._members)
        app.router.add_post("/v3/conversations/{cid}/activities", self._post)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._post)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._put)

    @property
    def service_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    async def _record(self, request: web.Request) -> Call:
        cid = request.match_info.get("cid")
        aid = request.match_info.get("aid")
        call = Call(request.method, urllib.parse.unquote(request.path), cid, aid, await request.json(),
                    dict(request.headers))
        self.calls.append(call)
        return call

    async def _create(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        if call.body.get("isGroup"):
            channel = call.body["channelData"]["channel"]["id"]
            root = ROOT if not any(c.kind == "create" and c.body.get("isGroup") for c in self.calls[:-1]) \
                else str(800 + next(self._ids))
            call.answer = {"id": f"{channel};messageid={root}", "activityId": root}
        else:
            member = call.body["members"][0]["id"]
            call.answer = {"id": f"a:created-{member}", "activityId": f"p{next(self._ids)}"}
        return web.json_response(call.answer)

    async def _post(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.json_response({"id": f"act-{next(self._ids)}"})

    async def _members(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        call = Call(request.method, urllib.parse.unquote(request.path), cid, None, {}, dict(request.headers))
        self.calls.append(call)
        if cid not in self.members:  # as the connector answers for a conversation the bot is not in
            call.answer = {"error": {"code": "ConversationNotFound", "message": "Conversation not found."}}
            return web.json_response(call.answer, status=404)
        call.answer = {"members": self.members[cid]}
        if request.path.endswith("/pagedmembers"):  # a PagedMembersResult: one page of up to 2 here
            start = int(request.query.get("continuationToken") or 0)
            page = self.members[cid][start:start + 2]
            more = start + 2 < len(self.members[cid])
            return web.json_response({"members": page, "continuationToken": str(start + 2) if more else None})
        return web.json_response(self.members[cid])  # a JSON array of ChannelAccount

    async def _put(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        return web.json_response({"id": call.activity_id})

    # -- reading what was sent -------------------------------------------------------

    def of(self, kind: str, conversation: str | None = None) -> list[Call]:
        return [c for c in self.calls if c.kind == kind and (conversation is None or c.conversation == conversation)]

    def channel_creates(self) -> list[Call]:
        return [c for c in self.of("create") if c.body.get("isGroup")]

    def personal_creates(self) -> list[Call]:
        return [c for c in self.of("create") if not c.body.get("isGroup")]

    def all_cards(self) -> list[dict[str, Any]]:
        return [card for c in self.calls for card in c.cards()]

    def text(self) -> str:
        return "\n".join(c.text() for c in self.calls)

    async def quiet(self, seconds: float = 0.2) -> None:
        await asyncio.sleep(seconds)


# ---------------------------------------------------------------------------
# authentication: an OpenID metadata and key server of our own (served from a thread: the SDK
# fetches it with blocking ``requests``)


class KeyServer:
    def __init__(self, jwks: list[dict[str, Any]]) -> None:
        self.jwks = jwks
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                owner.requests.append(self.path)
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path.startswith("/.well-known/openid-configuration"):
                    body = {"issuer": "https://api.botframework.com", "jwks_uri": f"{base}/keys"}
                elif self.path.startswith("/keys"):
                    body = {"keys": owner.jwks}
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def metadata_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/.well-known/openid-configuration"

    def __enter__(self) -> "KeyServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rsa_key() -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwk(private_key: Any, kid: str) -> dict[str, Any]:
    from jwt.algorithms import RSAAlgorithm

    key = json.loads(RSAAlgorithm.to_jwk(private_key.public_key()))
    return {**key, "kid": kid, "use": "sig", "endorsements": ["msteams"]}


def mint(private_key: Any, *, kid: str = "k1", audience: str, service_url: str,
         issuer: str = "https://api.botframework.com", lifetime: int = 600, **extra: Any) -> str:
    import jwt

    now = int(time.time())
    claims = {"iss": issuer, "aud": audience, "serviceurl": service_url, "nbf": now - 60, "iat": now - 60,
              "exp": now + lifetime, **extra}
    return jwt.encode(claims, private_key, algorithm="RS256", headers={"kid": kid})


# ---------------------------------------------------------------------------
# activities as Teams sends them


class Activities:
    """Activity JSON for one fake Teams (its connector's service URL)."""

    def __init__(self, service_url: str) -> None:
        self.service_url = service_url
        self._ids = itertools.count(1)

    def _id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def _base(self, user: str, name: str, conversation: dict[str, Any], tenant: str,
              channel_data: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "channelId": "msteams", "serviceUrl": self.service_url,
            "timestamp": "2026-03-02T09:00:00.000Z", "locale": "nl-NL",
            "from": {"id": user, "name": name, "aadObjectId": f"aad-{user}"},
            "recipient": {"id": BOT, "name": BOT_NAME},
            "conversation": {**conversation, "tenantId": tenant},
            "channelData": {"tenant": {"id": tenant}, **(channel_data or {})},
        }

    @staticmethod
    def personal_conversation(user: str) -> str:
        return f"a:chat-{user.split(':', 1)[1]}"

    def personal(self, user: str, name: str, *, tenant: str = TENANT,
                 conversation: str | None = None) -> dict[str, Any]:
        conv = {"id": conversation or self.personal_conversation(user), "conversationType": "personal"}
        return self._base(user, name, conv, tenant)

    def channel(self, user: str, name: str, *, conversation: str, tenant: str = TENANT) -> dict[str, Any]:
        channel = conversation.split(";", 1)[0]
        conv = {"id": conversation, "conversationType": "channel", "isGroup": True}
        return self._base(user, name, conv, tenant, {"teamsChannelId": channel, "channel": {"id": channel},
                                                     "team": {"id": TEAM_ID}})

    def message(self, text: str, where: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {**where, "type": "message", "id": self._id("m"), "text": text, "textFormat": "plain", **extra}

    def mention(self, command: str, where: dict[str, Any]) -> dict[str, Any]:
        """A channel message that @mentions the bot (as Teams sends it, with the mention entity)."""
        text = f"<at>{BOT_NAME}</at> {command}"
        entity = {"type": "mention", "text": f"<at>{BOT_NAME}</at>", "mentioned": {"id": BOT, "name": BOT_NAME}}
        return self.message(text, where, entities=[entity])

    def invoke(self, data: dict[str, Any], where: dict[str, Any], *, reply_to: str | None = None) -> dict[str, Any]:
        activity = {**where, "type": "invoke", "id": self._id("i"), "name": "adaptiveCard/action",
                    "value": {"action": {"type": "Action.Execute", "verb": "meldcode", "data": data}}}
        if reply_to:
            activity["replyToId"] = reply_to
        return activity

    def conversation_update(self, where: dict[str, Any], added: list[str]) -> dict[str, Any]:
        return {**where, "type": "conversationUpdate", "id": self._id("u"),
                "membersAdded": [{"id": member} for member in added]}


# ---------------------------------------------------------------------------
# Adaptive Cards as the bot sent them


def elements(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every element and action of a card, depth first."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "type" in node:
                found.append(node)
            for key in ("body", "items", "actions", "columns"):
                walk(node.get(key))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def card_text(card: dict[str, Any]) -> str:
    return "\n".join(str(e.get("text") or e.get("title") or "") for e in elements(card)
                     if e.get("type") in ("TextBlock", "Input.Toggle", "Action.Execute")) + "\n" + \
        "\n".join(f"{f['title']}: {f['value']}" for e in elements(card) if e["type"] == "FactSet" for f in e["facts"])


def button(card: dict[str, Any], title: str) -> dict[str, Any]:
    """The data of the ``Action.Execute`` whose title starts with ``title``."""
    for e in elements(card):
        if e.get("type") == "Action.Execute" and e["title"].startswith(title):
            return dict(e["data"])
    titles = [e["title"] for e in elements(card) if e["type"] == "Action.Execute"]
    raise AssertionError(f"no button {title!r} in {titles}")


def toggles(card: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e.get("value", "false") for e in elements(card) if e.get("type") == "Input.Toggle"}


def step_save(card: dict[str, Any], toggle_id: str, changes: dict[str, bool]) -> dict[str, Any]:
    """What Teams sends for the save button of the step that holds ``toggle_id``: the sealed token
    and every input of the card (the toggles with their current values, ``changes`` applied)."""
    for container in elements(card):
        if container.get("type") != "Container":
            continue
        items = container.get("items") or []
        if any(i.get("id") == toggle_id for i in items):
            action_sets = [i for i in items if i.get("type") == "ActionSet"]
            data = dict(action_sets[0]["actions"][0]["data"])
            values = toggles(card)
            values.update({k: "true" if v else "false" for k, v in changes.items()})
            return {**data, **values}
    raise AssertionError(f"no toggle {toggle_id} on the card: {sorted(toggles(card))}")


def form_inputs(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in elements(card) if "id" in e and str(e.get("type", "")).startswith("Input.")}


Predicate = Callable[[], Any]
