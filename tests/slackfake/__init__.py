"""A fake Slack for the Slack adapter's tests: the Web API on 127.0.0.1, Slack's request signing,
and Block Kit payloads built the way Slack builds them.

Everything here is synthetic; nothing talks to slack.com.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from aiohttp import ClientSession, WSMsgType, web
from loopback import LoopbackServer

TEAM = "T1"
CHANNEL = "CCASES"
BOT_USER = "UBOT"
BOT_ID = "BBOT"

JSON_FIELDS = ("blocks", "view", "attachments", "metadata")


def sign(secret: str, body: str, ts: int | None = None) -> dict[str, str]:
    """Slack's request signature: v0=hex(hmac_sha256(secret, "v0:{ts}:{body}"))."""
    stamp = str(int(time.time()) if ts is None else ts)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


class FakeSlack(LoopbackServer):
    """The Slack Web API (``/api/{method}``), a response URL (``/respond``) and a Socket Mode
    websocket (``/link``), recording every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.results: list[dict[str, Any]] = []  # what the fake answered, by call
        self.tokens: list[tuple[str, str]] = []  # (method, bearer token)
        self.responds: list[dict[str, Any]] = []
        self.socket_sent: list[dict[str, Any]] = []
        self.socket_received: list[dict[str, Any]] = []
        self.socket_envelopes: list[dict[str, Any]] = []
        self.socket_connected = asyncio.Event()
        self.fail: dict[tuple[str, str], str] = {}  # (method, channel) -> Slack error to answer with
        # usergroups.users.list: user group id (S...) -> the ids of its members
        self.usergroups: dict[str, list[str]] = {}
        self._ts = itertools.count(1)
        self._views = itertools.count(1)

    # -- server ------------------------------------------------------------------

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond", self._respond)
        app.router.add_get("/link", self._socket)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def respond_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/respond"

    async def _body(self, request: web.Request) -> dict[str, Any]:
        data: dict[str, Any] = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                data.update(await request.json())
            else:
                data.update(dict(await request.post()))
        for key in JSON_FIELDS:  # form posts carry Block Kit as JSON strings
            if isinstance(data.get(key), str):
                try:
                    data[key] = json.loads(data[key])
                except ValueError:
                    pass
        return data

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        data = await self._body(request)
        self.calls.append((method, data))
        self.tokens.append((method, request.headers.get("Authorization", "")))
        result: dict[str, Any] = {"ok": True}
        error = self.fail.get((method, str(data.get("channel") or "")))
        if error:
            result = {"ok": False, "error": error}
            self.results.append(result)
            return web.json_response(result)
        if method == "auth.test":
            result.update(team_id=TEAM, team="Synthetisch team", user_id=BOT_USER, bot_id=BOT_ID,
                          url="https://synthetisch.slack.test/")
        elif method in ("chat.postMessage", "chat.update"):
            ts = data.get("ts") or f"1767225600.{next(self._ts):06d}"
            result.update(channel=data.get("channel"), ts=ts, message={"text": data.get("text"), "ts": ts})
        elif method == "chat.postEphemeral":
            result.update(message_ts=f"1767225600.{next(self._ts):06d}")
        elif method in ("views.open", "views.update", "views.publish", "views.push"):
            view = dict(data.get("view") or {})
            view.setdefault("id", f"V{next(self._views):04d}")
            result.update(view=view)
        elif method == "users.info":
            user = data.get("user") or "U0"
            result.update(user={"id": user, "team_id": TEAM, "name": f"collega.{user.lower()}",
                                "real_name": f"Collega {user}", "profile": {"display_name": f"collega-{user.lower()}"}})
        elif method == "usergroups.users.list":
            group = str(data.get("usergroup") or "")
            if group not in self.usergroups:  # as Slack answers for an unknown (or another team's) group
                result = {"ok": False, "error": "no_such_subteam"}
            else:
                result.update(users=list(self.usergroups[group]))
        elif method == "apps.connections.open":
            result.update(url=f"ws://127.0.0.1:{self.port}/link")
        self.results.append(result)
        return web.json_response(result)

    async def _respond(self, request: web.Request) -> web.Response:
        self.responds.append(await request.json())
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        hello = {"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"},
                 "connection_info": {"app_id": "A1"}}
        await ws.send_json(hello)
        self.socket_connected.set()
        for envelope in self.socket_envelopes:
            self.socket_sent.append(envelope)
            await ws.send_json(envelope)
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                try:
                    self.socket_received.append(json.loads(message.data))
                except ValueError:
                    self.socket_received.append({"raw": message.data})
            elif message.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
                break
        return ws

    # -- reading what was recorded ------------------------------------------------

    def of(self, method: str) -> list[dict[str, Any]]:
        return [data for name, data in self.calls if name == method]

    def methods(self) -> list[str]:
        return [name for name, _ in self.calls]

    def card_posts(self, channel: str = CHANNEL) -> list[tuple[str, dict[str, Any]]]:
        """Thread roots posted in the case channel (case cards), with the ts Slack gave them."""
        return [(result["ts"], data) for (name, data), result in zip(self.calls, self.results)
                if name == "chat.postMessage" and data.get("channel") == channel and not data.get("thread_ts")]

    def updates(self, ts: str | None = None) -> list[dict[str, Any]]:
        return [d for d in self.of("chat.update") if ts is None or d.get("ts") == ts]

    def latest_card(self, ts: str) -> list[dict[str, Any]]:
        """The blocks of the case card with this ts as Slack shows it now."""
        shown = [d for t, d in self.card_posts() if t == ts] + self.updates(ts)
        assert shown, f"no card with ts {ts}"
        return shown[-1]["blocks"]

    def outbound_text(self) -> str:
        """Everything the assistant sent to Slack, as one string."""
        parts = [json.dumps(data, ensure_ascii=False) for _, data in self.calls]
        parts += [json.dumps(data, ensure_ascii=False) for data in self.responds]
        parts += [json.dumps(data, ensure_ascii=False) for data in self.socket_received]
        return "\n".join(parts)

    async def wait_for(self, check: Callable[[], Any], timeout: float = 5.0, what: str = "") -> Any:
        """Poll until ``check()`` is truthy (bounded); return its value."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            value = check()
            if value:
                return value
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"timed out waiting for {what or check}; calls: {self.methods()}")
            await asyncio.sleep(0.02)

    async def quiet(self, seconds: float = 0.3) -> None:
        """Let work after an acknowledgement finish before asserting that nothing (more) was sent."""
        await asyncio.sleep(seconds)


# ---------------------------------------------------------------------------
# payloads as Slack builds them


def user(user_id: str = "U1", team: str = TEAM) -> dict[str, Any]:
    return {"id": user_id, "username": f"prof.{user_id.lower()}", "name": f"prof.{user_id.lower()}", "team_id": team}


def slash_command(text: str, *, user_id: str = "U1", channel: str = CHANNEL, team: str = TEAM,
                  trigger: str = "TRIG-CMD", response_url: str = "") -> dict[str, str]:
    return {"token": "legacy-verification-token", "team_id": team, "team_domain": "synthetisch",
            "channel_id": channel, "channel_name": "casussen", "user_id": user_id,
            "user_name": f"prof.{user_id.lower()}", "command": "/meldcode", "text": text, "api_app_id": "A1",
            "is_enterprise_install": "false", "response_url": response_url, "trigger_id": trigger}


def state_values(view: dict[str, Any], answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``view.state.values`` as Slack sends them: every input block, empty when not answered.
    ``answers`` maps a block id to a string, a list of strings (multi-select) or a date string."""
    values: dict[str, dict[str, Any]] = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind = element["type"]
        answer = answers.get(block["block_id"])
        options = {o["value"]: o for o in element.get("options") or []}
        if kind == "plain_text_input":
            state: dict[str, Any] = {"type": kind, "value": answer}
        elif kind in ("static_select", "radio_buttons"):
            if answer is not None and answer not in options:
                raise KeyError(f"{answer!r} is no option of {block['block_id']}")
            state = {"type": kind, "selected_option": options.get(answer) if answer is not None else None}
        elif kind == "multi_static_select":
            state = {"type": kind, "selected_options": [options[a] for a in answer or []]}
        elif kind == "datepicker":
            state = {"type": kind, "selected_date": answer}
        else:  # pragma: no cover - a new element type: the test must learn it
            raise KeyError(kind)
        values[block["block_id"]] = {element["action_id"]: state}
    return values


def view_submission(view: dict[str, Any], answers: dict[str, Any], *, user_id: str = "U1",
                    team: str = TEAM, private_metadata: str | None = None) -> dict[str, Any]:
    """A ``view_submission`` payload for a modal recorded at views.open (or a response_action update)."""
    return {
        "type": "view_submission", "team": {"id": team, "domain": "synthetisch"}, "user": user(user_id, team),
        "api_app_id": "A1", "token": "legacy-verification-token", "trigger_id": "TRIG-VIEW",
        "view": {
            "id": view.get("id", "V0001"), "team_id": team, "type": "modal", "app_id": "A1",
            "callback_id": view.get("callback_id"), "title": view.get("title"), "submit": view.get("submit"),
            "close": view.get("close"), "blocks": view["blocks"],
            "private_metadata": view.get("private_metadata") if private_metadata is None else private_metadata,
            "state": {"values": state_values(view, answers)}, "hash": "1767225600.abcdef",
        },
        "response_urls": [], "is_enterprise_install": False,
    }


def block_actions(action: dict[str, Any], *, user_id: str = "U1", channel: str = CHANNEL, team: str = TEAM,
                  message_ts: str = "", response_url: str = "", trigger: str = "TRIG-ACT",
                  view: dict[str, Any] | None = None) -> dict[str, Any]:
    """A ``block_actions`` payload: a button or checkboxes in a message (or in a view)."""
    payload: dict[str, Any] = {
        "type": "block_actions", "user": user(user_id, team), "api_app_id": "A1",
        "token": "legacy-verification-token", "trigger_id": trigger, "team": {"id": team, "domain": "synthetisch"},
        "actions": [{**action, "action_ts": "1767225600.000001"}], "is_enterprise_install": False,
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "VHOME")}
        payload["view"] = view
    else:
        payload["container"] = {"type": "message", "message_ts": message_ts, "channel_id": channel,
                                "is_ephemeral": False}
        payload["channel"] = {"id": channel, "name": "casussen"}
        payload["message"] = {"type": "message", "ts": message_ts, "user": BOT_USER, "bot_id": BOT_ID}
        if response_url:
            payload["response_url"] = response_url
    return payload


def button_action(button: dict[str, Any], block_id: str) -> dict[str, Any]:
    return {"type": "button", "action_id": button["action_id"], "block_id": block_id, "text": button["text"],
            "value": button.get("value", "")}


def checkbox_action(section: dict[str, Any], selected: list[str]) -> dict[str, Any]:
    accessory = section["accessory"]
    options = {o["value"]: o for o in accessory["options"]}
    return {"type": "checkboxes", "action_id": accessory["action_id"], "block_id": section["block_id"],
            "selected_options": [options[v] for v in selected]}


def event_callback(event: dict[str, Any], event_id: str, team: str = TEAM) -> dict[str, Any]:
    return {"token": "legacy-verification-token", "team_id": team, "api_app_id": "A1", "event": event,
            "type": "event_callback", "event_id": event_id, "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": BOT_USER, "is_bot": True}],
            "is_ext_shared_channel": False}


def form_body(payload: dict[str, Any]) -> str:
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


# ---------------------------------------------------------------------------
# reading Block Kit


def buttons(blocks: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Every button with the block id of its actions block."""
    return [(e, b.get("block_id", "")) for b in blocks if b["type"] == "actions"
            for e in b["elements"] if e["type"] == "button"]


def button(blocks: list[dict[str, Any]], label: str) -> tuple[dict[str, Any], str]:
    found = [(e, bid) for e, bid in buttons(blocks) if label.lower() in e["text"]["text"].lower()]
    assert found, f"no button {label!r} in {[e['text']['text'] for e, _ in buttons(blocks)]}"
    return found[0]


def checkbox_sections(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for b in blocks if b["type"] == "section" and (b.get("accessory") or {}).get("type") == "checkboxes"]


def texts(blocks: list[dict[str, Any]]) -> str:
    """All text of some blocks (for reading, not for leak checks: those look at the raw JSON)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return "\n".join(out)


async def http_post(session: ClientSession, url: str, body: str, headers: dict[str, str]) -> tuple[int, str, float]:
    started = time.monotonic()
    async with session.post(url, data=body.encode(), headers=headers) as response:
        return response.status, await response.text(), time.monotonic() - started
