"""The Slack adapter: slash command, modals, case threads, App Home, over HTTP or Socket Mode.

Listeners are grouped by Slack surface (commands, actions, views, events), as in slack-bolt.
Every request is acknowledged first; the work follows (a modal's submission is the exception:
its errors or next step go in the acknowledgement, within Slack's 3 seconds).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import card_blocks, card_view, error_blocks, form_view, view_values
from assistant.cards import Action, Card, Form, FormOutcome, Section
from assistant.config import Settings
from assistant.i18n import Translator
from assistant.port import Actor

log = logging.getLogger("meldcode.slack")

VIEW_DEADLINE = 2.5  # seconds: a modal must be answered within Slack's 3


async def _no_wait() -> None:
    return None


def _team(body: dict[str, Any]) -> str:
    """The workspace a request comes from (the presser's own, in a shared channel)."""
    user_team = (body.get("user") or {}).get("team_id")
    return user_team or (body.get("team") or {}).get("id") or body.get("team_id") or "?"


class SlackPort:
    """The chat port for Slack. Buttons are sealed for the place their message is shown."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient, settings: Settings, t: Translator) -> None:
        self.client = client
        self.channel = settings.slack_channel or ""
        self.contact_group = settings.slack_aandachtsfunctionaris_group or ""
        self._member_names: dict[str, str] = {}
        self.t = t
        self.team = ""
        self.assistant: Any = None  # set by SlackAdapter.attach (the assistant seals)

    # -- bindings: where a token may come back from --------------------------------

    # Outgoing messages are bound to the app's own workspace; an incoming click is checked
    # against the workspace the request names, so a token copied into another workspace
    # (a shared channel, another workspace of an org) does not open.

    def channel_binding(self, channel: str, user: str, team: str | None = None) -> str:
        if channel.startswith("D"):  # a direct message with the app: bound to the user
            return self.dm_binding(user, team)
        return f"slack:{team or self.team}:{channel}"

    def dm_binding(self, user: str, team: str | None = None) -> str:
        return f"slack:{team or self.team}:dm:{user}"

    def user_binding(self, user: str, team: str | None = None) -> str:
        return f"slack:{team or self.team}:user:{user}"

    def home_binding(self, user: str, team: str | None = None) -> str:
        return f"slack:{team or self.team}:home:{user}"

    def text(self, key: str) -> str:
        """A catalogue text the adapter adds to what it renders, through the outbound guard too."""
        return self.assistant.outgoing(self.t(key))

    def blocks(self, card: Card, binding: str) -> list[dict[str, Any]]:
        return card_blocks(card, lambda name, args: self.assistant.seal(name, args, binding),
                           shortened_note=self.text("slack.shortened"))

    @staticmethod
    def _ref(message_ref: str) -> tuple[str, str]:
        channel, ts = message_ref.split(":", 1)
        return channel, ts

    # -- the port ------------------------------------------------------------------

    async def post_case_card(self, card: Card) -> str:
        blocks = self.blocks(card, self.channel_binding(self.channel, ""))
        result = await self.client.chat_postMessage(channel=self.channel, text=card.title, blocks=blocks)
        return f"{result['channel']}:{result['ts']}"

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        channel, ts = self._ref(message_ref)
        await self.client.chat_update(channel=channel, ts=ts, text=card.title,
                                      blocks=self.blocks(card, self.channel_binding(channel, "")))

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        channel, ts = self._ref(message_ref)
        await self.client.chat_postMessage(channel=channel, thread_ts=ts, text=card.title,
                                           blocks=self.blocks(card, self.channel_binding(channel, "")))

    async def aandachtsfunctionaris_members(self) -> dict[str, str]:
        """The members (id → display name) of the Slack user group that holds the
        aandachtsfunctionaris role; names are looked up once per member."""
        if not self.contact_group:
            return {}
        response = await self.client.usergroups_users_list(usergroup=self.contact_group)
        members = {}
        for user in response.get("users") or []:
            if user not in self._member_names:
                info = await self.client.users_info(user=user)
                profile = (info.get("user") or {}).get("profile") or {}
                self._member_names[user] = profile.get("display_name") or (info.get("user") or {}).get("real_name") or ""
            members[user] = self._member_names[user]
        return members

    async def direct_message(self, user_id: str, card: Card) -> None:
        await self.client.chat_postMessage(channel=user_id, text=card.title,
                                           blocks=self.blocks(card, self.dm_binding(user_id)))

    async def notify(self, actor: Actor, card: Card) -> None:
        """Only the actor sees it: the response URL or an ephemeral message where the actor is,
        else a direct message from the app."""
        context = actor.context
        channel = context.get("channel") or ""
        if context.get("respond") is not None and channel:
            blocks = self.blocks(card, self.channel_binding(channel, actor.id))
            await context["respond"](text=card.title, blocks=blocks, response_type="ephemeral",
                                     replace_original=False)
        elif channel and not channel.startswith("D"):
            await self.client.chat_postEphemeral(channel=channel, user=actor.id, text=card.title,
                                                 thread_ts=context.get("thread_ts"),
                                                 blocks=self.blocks(card, self.channel_binding(channel, actor.id)))
        else:
            await self.direct_message(actor.id, card)

    async def open_form(self, actor: Actor, form: Form) -> None:
        trigger = actor.context.pop("trigger_id", None)  # a trigger id can be used once
        if trigger:
            await self.client.views_open(trigger_id=trigger, view=self.form_view(form, actor.id))
            return
        # No trigger (Slack gives one only with a click or command): a button that opens it.
        button = Action(form.title, "form", {"form": form.name, **form.context}, "primary")
        await self.notify(actor, Card(title=form.title, actions=[button]))

    def form_view(self, form: Form, user: str) -> dict[str, Any]:
        token = self.assistant.seal(form.name, form.context, self.user_binding(user))
        t = self.text
        return form_view(form, token, yes=t("common.yes"), no=t("common.no"), close=t("slack.cancel"),
                         name_label=t("slack.person_name"), role_label=t("slack.person_role"))


class SlackAdapter:
    """Builds the bolt app and connects it to the assistant."""

    def __init__(self, settings: Settings, t: Translator) -> None:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        kwargs: dict[str, Any] = {"token": token}
        if settings.slack_api_url:
            kwargs["base_url"] = settings.slack_api_url.rstrip("/") + "/"
        self.client = AsyncWebClient(**kwargs)
        secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
        # bolt's own log: errors only (it would warn that it also found SLACK_BOT_TOKEN, which
        # the client we give it already carries; its debug output would carry payloads)
        bolt_log = logging.getLogger("meldcode.slack.bolt")
        bolt_log.setLevel(logging.ERROR)
        self.app = AsyncApp(client=self.client, signing_secret=secret, logger=bolt_log,
                            request_verification_enabled=secret is not None)
        self.settings = settings
        self.t = t
        self.port = SlackPort(self.client, settings, t)
        self.assistant: Any = None
        self._names: dict[str, str] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        # Set by the server: waits (briefly) until no request is waiting for its acknowledgement,
        # so that the work after an ack never delays another request's ack.
        self.quiet: Callable[[], Awaitable[None]] = _no_wait

    async def start(self) -> None:
        """Learn the workspace id (for bindings) from the token."""
        result = await self.client.auth_test()
        self.port.team = result.get("team_id") or ""

    def attach(self, assistant: Any) -> None:
        self.assistant = assistant
        self.port.assistant = assistant
        self._commands()
        self._actions()
        self._views()
        self._events()

        @self.app.error
        async def on_error(error: Exception) -> None:
            log.error("slack listener failed: %s", type(error).__name__)

    # -- helpers ---------------------------------------------------------------------

    async def _name(self, user: str, known: str | None = None) -> str:
        if known:
            self._names[user] = known
        if user not in self._names:
            try:
                info = await self.client.users_info(user=user)
                profile = info["user"].get("profile", {})
                self._names[user] = profile.get("display_name") or info["user"].get("real_name") or user
            except Exception:  # noqa: BLE001 - a name is nice to have; the id will do
                self._names[user] = user
        return self._names[user]

    def _later(self, work: Any) -> None:
        """Work after the acknowledgement, kept referenced until done."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- commands --------------------------------------------------------------------

    def _commands(self) -> None:
        @self.app.command(re.compile(r"^/meldcode"))
        async def meldcode(ack: Any, command: dict[str, Any], respond: Any) -> None:
            await ack()
            await self.quiet()
            user = command["user_id"]
            team = command.get("team_id") or "?"
            actor = Actor(user, await self._name(user, command.get("user_name")),
                          binding=self.port.channel_binding(command.get("channel_id", ""), user, team),
                          context={"channel": command.get("channel_id"), "trigger_id": command.get("trigger_id"),
                                   "respond": respond})
            await self.assistant.handle_text(actor, command.get("text") or "help")

    # -- actions ---------------------------------------------------------------------

    def _actions(self) -> None:
        @self.app.action(re.compile(r"^mc_"))
        async def pressed(ack: Any, body: dict[str, Any], action: dict[str, Any], respond: Any) -> None:
            await ack()
            await self.quiet()
            user = body["user"]["id"]
            team = _team(body)
            container = body.get("container") or {}
            view = body.get("view") or {}
            channel = container.get("channel_id") or (body.get("channel") or {}).get("id") or ""
            if container.get("type") == "view":
                binding = (self.port.home_binding(user, team) if view.get("type") == "home"
                           else self.port.user_binding(user, team))
                channel = ""
            else:
                binding = self.port.channel_binding(channel, user, team)
            context: dict[str, Any] = {"channel": channel, "trigger_id": body.get("trigger_id")}
            if channel and body.get("response_url"):
                context["respond"] = respond
            actor = Actor(user, await self._name(user, body["user"].get("name")), binding=binding, context=context)
            if action.get("type") == "checkboxes":
                selected = [o["value"] for o in action.get("selected_options") or []]
                await self.assistant.handle_action(actor, action["block_id"], selected)
            else:
                await self.assistant.handle_action(actor, action.get("value") or "")
            if view.get("type") == "home":  # the Home tab shows what just changed (a claimed case)
                await self._publish_home(actor)

    # -- views -----------------------------------------------------------------------

    def _views(self) -> None:
        @self.app.view("mc_form")
        async def submitted(ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
            user = body["user"]["id"]
            actor = Actor(user, await self._name(user, body["user"].get("name")),
                          binding=self.port.user_binding(user, _team(body)), context={})
            raw = view_values((view.get("state") or {}).get("values") or {})
            work = asyncio.ensure_future(self.assistant.submit_form(actor, view.get("private_metadata") or "", raw))
            done, _ = await asyncio.wait({work}, timeout=VIEW_DEADLINE)
            if not done:  # slow: close the modal now; what it finds later reaches the user by notice
                await ack()
                self._later(self._after_slow_submission(actor, work))
                return
            await ack(**self._answer(work.result(), view, user))

    def _answer(self, outcome: FormOutcome, view: dict[str, Any], user: str) -> dict[str, Any]:
        """The acknowledgement of a submitted modal, through the outbound guard: field errors,
        or the next view (the same form asking who a name is: Slack cannot show errors and new
        fields at once, so the form itself says it, in its intro and on the field)."""
        if outcome.next_form is not None:
            shown = self.assistant.outgoing(outcome.next_form)
            if isinstance(shown, Form):
                return {"response_action": "update", "view": self.port.form_view(shown, user)}
            return {"response_action": "update", "view": card_view(shown, close=self.port.text("slack.cancel"))}
        if outcome.errors:
            block_ids = {b.get("block_id") for b in view.get("blocks") or [] if b.get("type") == "input"}
            mapped = error_blocks(outcome.errors, block_ids)
            if not mapped and block_ids:  # never lose a message: put it on the first field
                mapped = {sorted(block_ids)[0]: " ".join(outcome.errors.values())[:2000]}
            return {"response_action": "errors", "errors": self.assistant.outgoing(mapped)}
        return {}

    async def _after_slow_submission(self, actor: Actor, work: "asyncio.Future[FormOutcome]") -> None:
        outcome = await work
        notify = self.assistant.port.notify  # through the outbound guard
        parked = self.assistant.park_form(actor, outcome)
        if parked is not None:  # the modal is gone, its question is not: a button opens it again
            await notify(actor, parked)
        elif outcome.errors:  # the modal is gone: say what was not saved, and why
            lines = "\n".join(outcome.errors.values())
            card = Card(title=self.t("slack.form_not_saved"), sections=[Section(lines)], style="warning")
            await notify(actor, card)
        elif outcome.next_form is not None:
            await notify(actor, Card(title=outcome.next_form.title, actions=[
                Action(outcome.next_form.title, "form", {"form": outcome.next_form.name,
                                                         **outcome.next_form.context}, "primary")]))

    # -- events ----------------------------------------------------------------------

    def _events(self) -> None:
        @self.app.event("message")
        async def message(body: dict[str, Any], event: dict[str, Any]) -> None:
            if event.get("subtype") not in (None, "thread_broadcast", "file_share") or event.get("bot_id") \
                    or not event.get("user"):
                return  # edits, joins, and our own posts are no consultation
            thread = event.get("thread_ts")
            if not thread or thread == event.get("ts") or event.get("channel") != self.port.channel:
                return
            await self.quiet()
            if not await self.assistant.first_time(f"slack:{body.get('event_id') or event.get('ts')}"):
                return  # Slack's retry of an event already handled
            user = event["user"]
            actor = Actor(user, await self._name(user),
                          binding=self.port.channel_binding(event["channel"], user, _team(body)),
                          context={"channel": event["channel"], "thread_ts": thread})
            await self.assistant.thread_reply(actor, f"{event['channel']}:{thread}", event.get("text") or "")

        @self.app.event("app_home_opened")
        async def home(body: dict[str, Any], event: dict[str, Any]) -> None:
            if event.get("tab") not in (None, "home"):
                return
            await self.quiet()
            if not await self.assistant.first_time(f"slack:{body.get('event_id') or event.get('event_ts')}"):
                return
            user = event["user"]
            await self._publish_home(Actor(user, await self._name(user),
                                           binding=self.port.home_binding(user, _team(body))))

    async def _publish_home(self, actor: Actor) -> None:
        card = await self.assistant.home_card(actor)
        blocks = self.port.blocks(card, self.port.home_binding(actor.id))
        await self.client.views_publish(user_id=actor.id, view={"type": "home", "blocks": blocks})
