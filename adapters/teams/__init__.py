"""The Microsoft Teams adapter: botbuilder's CloudAdapter on the shared aiohttp server.

- Commands in a personal chat, or by mentioning the bot in a channel: nieuw/new, overzicht/list, help.
- Case cards are posted in the configured team channel as a new conversation and updated in place.
- Buttons are ``Action.Execute`` (an ``adaptiveCard/action`` invoke); forms go to the user's
  personal chat (Teams has no ephemeral messages: notices go there too) and are answered in place.
- Conversation references are stored durably, so reminders and alerts reach people after a restart.

See docs/teams-notes.md for the botbuilder details this relies on.
"""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace
from typing import Any

from aiohttp import web
from botbuilder.core import (
    ActivityHandler,
    CardFactory,
    InvokeResponse,
    MessageFactory,
    TurnContext,
)
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
)
from msrest.serialization import Model

from adapters.teams.cards import (
    FORM_TOKEN,
    TOKEN,
    card_to_adaptive,
    form_to_adaptive,
    selected_items,
    submitted_values,
)
from assistant.cards import Card, Form, FormOutcome, Section
from assistant.config import Settings
from assistant.i18n import Translator
from assistant.port import Actor
from assistant.service import parse_command

log = logging.getLogger("meldcode.teams")

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
MESSAGE_TYPE = "application/vnd.microsoft.activity.message"
ERROR_TYPE = "application/vnd.microsoft.error"


def _base(conversation_id: str) -> str:
    """The channel (or chat) of a conversation id: a thread's ``;messageid=`` suffix removed."""
    return conversation_id.split(";", 1)[0]


class TeamsPort:
    """The chat port for Teams."""

    platform = "teams"

    def __init__(self, adapter: CloudAdapter, settings: Settings, t: Translator) -> None:
        self.adapter = adapter
        self.app_id = settings.microsoft_app_id or ""
        self.channel = settings.teams_channel or ""
        self.contact_channel = settings.teams_aandachtsfunctionaris_channel or ""
        self.tenant = settings.microsoft_app_tenant_id or ""  # when set, the only tenant served
        self.t = t
        self.assistant: Any = None  # set by TeamsAdapter.attach

    # -- bindings ------------------------------------------------------------------

    @staticmethod
    def channel_binding(tenant: str, conversation_id: str) -> str:
        return f"teams:{tenant}:{_base(conversation_id)}"

    @staticmethod
    def user_binding(tenant: str, user: str) -> str:
        return f"teams:{tenant}:user:{user}"

    # -- rendering -----------------------------------------------------------------

    def text(self, key: str) -> str:
        """A catalogue text the adapter adds to what it renders, through the outbound guard too."""
        return self.assistant.outgoing(self.t(key))

    def _card(self, card: Card, binding: str) -> Activity:
        content = card_to_adaptive(card, lambda name, args: self.assistant.seal(name, args, binding),
                                   save_label=self.text("teams.save"))
        activity = MessageFactory.attachment(CardFactory.adaptive_card(content))
        activity.summary = card.title
        return activity

    def form_card(self, form: Form, tenant: str, user: str, *, errors: dict[str, str] | None = None,
                  values: dict[str, Any] | None = None) -> dict[str, Any]:
        token = self.assistant.seal(form.name, form.context, self.user_binding(tenant, user))
        t = self.text
        return form_to_adaptive(form, token, yes=t("common.yes"), no=t("common.no"), name_label=t("slack.person_name"),
                                role_label=t("slack.person_role"), required_message=t("form.error.required"),
                                errors=errors, values=values)

    # -- where things go -----------------------------------------------------------

    async def _service(self) -> dict[str, str]:
        service = await self.assistant.recall("teams:service")
        if not service:
            raise LookupError("no Teams service URL known yet: install the app in the team first")
        return service

    def _reference(self, conversation_id: str, service: dict[str, str], *, group: bool) -> ConversationReference:
        return ConversationReference(
            channel_id="msteams", service_url=service["service_url"], bot=ChannelAccount(id=self.app_id),
            conversation=ConversationAccount(id=conversation_id, is_group=group, tenant_id=service.get("tenant")),
        )

    async def _send(self, reference: ConversationReference, activity: Activity) -> None:
        """A new message in a stored conversation (a proactive send: not a reply to anything)."""

        async def send(tc: TurnContext) -> None:
            TurnContext.apply_conversation_reference(activity, reference)
            activity.reply_to_id = None
            connector = tc.turn_state[tc.adapter.BOT_CONNECTOR_CLIENT_KEY]
            await connector.conversations.send_to_conversation(reference.conversation.id, activity)

        await self.adapter.continue_conversation(reference, send, bot_app_id=self.app_id or None)

    async def _create(self, params: ConversationParameters, service: dict[str, str]) -> tuple[str, str]:
        created: dict[str, str] = {}

        async def capture(tc: TurnContext) -> None:
            created["conversation"] = tc.activity.conversation.id
            created["activity"] = tc.activity.id or ""

        await self.adapter.create_conversation(self.app_id, capture, params, "msteams", service["service_url"], None)
        return created["conversation"], created["activity"]

    # -- the port ------------------------------------------------------------------

    async def post_case_card(self, card: Card) -> str:
        service = await self._service()
        tenant = service.get("tenant", "")
        params = ConversationParameters(is_group=True, channel_data={"channel": {"id": self.channel}},
                                        activity=self._card(card, self.channel_binding(tenant, self.channel)),
                                        tenant_id=tenant)
        conversation, activity_id = await self._create(params, service)
        if ";messageid=" not in conversation:
            conversation = f"{conversation};messageid={activity_id}"
        return conversation

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        service = await self._service()
        reference = self._reference(message_ref, service, group=True)
        activity = self._card(card, self.channel_binding(service.get("tenant", ""), message_ref))
        activity.id = message_ref.split(";messageid=", 1)[1]

        async def update(tc: TurnContext) -> None:
            await tc.update_activity(activity)

        await self.adapter.continue_conversation(reference, update, bot_app_id=self.app_id or None)

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        service = await self._service()
        reference = self._reference(message_ref, service, group=True)
        await self._send(reference, self._card(card, self.channel_binding(service.get("tenant", ""), message_ref)))

    async def _personal(self, user_id: str, activity: Activity) -> None:
        """To a user's personal chat with the bot: the stored one, or a new one (then stored)."""
        stored = await self.assistant.recall(f"teams:user:{user_id}")
        service = stored or await self._service()
        if stored:
            await self._send(self._reference(stored["conversation"], stored, group=False), activity)
            return
        tenant = service.get("tenant", "")
        params = ConversationParameters(is_group=False, members=[ChannelAccount(id=user_id)], tenant_id=tenant,
                                        channel_data={"tenant": {"id": tenant}}, activity=activity)
        conversation, _ = await self._create(params, service)
        await self.assistant.remember(f"teams:user:{user_id}", {"conversation": conversation,
                                                                "service_url": service["service_url"],
                                                                "tenant": tenant})

    async def aandachtsfunctionaris_members(self) -> dict[str, str]:
        """The members (id → display name) of the channel whose members hold the
        aandachtsfunctionaris role: a private channel, or the General channel of a team of
        their own (a standard channel's members are its whole team's). Read page by page."""
        channel = self.contact_channel
        if not channel:
            return {}
        service = await self._service()
        members: dict[str, str] = {}

        async def fetch(tc: TurnContext) -> None:
            connector = tc.turn_state[tc.adapter.BOT_CONNECTOR_CLIENT_KEY]
            token = None
            for _ in range(100):  # 100 pages is far more than any group of contact persons
                page = await connector.conversations.get_conversation_paged_members(channel, continuation_token=token)
                members.update({m.id: m.name or "" for m in page.members or [] if m.id})
                token = page.continuation_token
                if not token:
                    break

        await self.adapter.continue_conversation(self._reference(channel, service, group=True), fetch,
                                                 bot_app_id=self.app_id or None)
        return members

    async def direct_message(self, user_id: str, card: Card) -> None:
        service = await self.assistant.recall(f"teams:user:{user_id}") or await self._service()
        await self._personal(user_id, self._card(card, self.user_binding(service.get("tenant", ""), user_id)))

    async def notify(self, actor: Actor, card: Card) -> None:
        """Teams has no message only one person sees: it goes to the actor's personal chat."""
        tenant = actor.context.get("tenant", "")
        activity = self._card(card, self.user_binding(tenant, actor.id))
        turn: TurnContext | None = actor.context.get("turn")
        if turn is not None and actor.context.get("personal"):
            await turn.send_activity(activity)
        else:
            await self._personal(actor.id, activity)

    async def open_form(self, actor: Actor, form: Form) -> None:
        """Forms are filled in privately: in the actor's personal chat with the bot."""
        content = self.form_card(form, actor.context.get("tenant", ""), actor.id)
        activity = MessageFactory.attachment(CardFactory.adaptive_card(content))
        turn: TurnContext | None = actor.context.get("turn")
        if turn is not None and actor.context.get("personal"):
            await turn.send_activity(activity)
        else:
            await self._personal(actor.id, activity)


class MeldcodeBot(ActivityHandler):
    """Turns Teams activities into calls on the assistant."""

    def __init__(self, port: TeamsPort, settings: Settings, t: Translator) -> None:
        self.port = port
        self.settings = settings
        self.t = t
        self.assistant: Any = None
        self._service_seen: tuple[str, str] | None = None
        self._personal_seen: dict[str, str] = {}  # user -> personal conversation already stored
        self._tasks: set[asyncio.Task[Any]] = set()

    def _store_later(self, key: str, data: dict[str, Any]) -> None:
        """Keep a reference after the turn, not in its way (the next contact stores it again
        should this one be lost)."""
        task = asyncio.ensure_future(self.assistant.remember(key, data))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _actor(self, tc: TurnContext) -> Actor:
        activity = tc.activity
        conversation = activity.conversation or ConversationAccount(id="")
        tenant = (conversation.tenant_id or ((activity.channel_data or {}).get("tenant") or {}).get("id") or "")
        user = activity.from_property.id if activity.from_property else ""
        personal = conversation.conversation_type == "personal" or not conversation.is_group
        binding = (self.port.user_binding(tenant, user) if personal
                   else self.port.channel_binding(tenant, conversation.id or ""))
        name = (activity.from_property.name if activity.from_property else "") or user
        return Actor(user, name, binding=binding, context={"turn": tc, "tenant": tenant, "personal": personal})

    async def on_turn(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        tenant = ((activity.conversation.tenant_id if activity.conversation else None)
                  or ((activity.channel_data or {}).get("tenant") or {}).get("id") or "")
        own_tenant = self.settings.microsoft_app_tenant_id
        if activity.service_url and (activity.service_url, tenant) != self._service_seen \
                and (not own_tenant or tenant == own_tenant):
            # where the organisation's team is reached proactively (another tenant's guest never moves it)
            stored = await self.assistant.recall("teams:service")
            if stored is None or stored.get("tenant") in (tenant, "", None) or own_tenant:
                await self.assistant.remember("teams:service", {"service_url": activity.service_url, "tenant": tenant})
            self._service_seen = (activity.service_url, tenant)
        await super().on_turn(turn_context)

    async def _remember_personal(self, tc: TurnContext, actor: Actor, *, now: bool = False) -> None:
        conversation = tc.activity.conversation.id
        if actor.context["personal"] and actor.id and self._personal_seen.get(actor.id) != conversation:
            key = f"teams:user:{actor.id}"
            data = {"conversation": conversation, "service_url": tc.activity.service_url,
                    "tenant": actor.context["tenant"]}
            if now:
                await self.assistant.remember(key, data)
            else:
                self._store_later(key, data)
            self._personal_seen[actor.id] = conversation

    async def close(self) -> None:
        """Let references still being stored finish."""
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        """Install and first contact: keep where this user or team can be reached later."""
        actor = self._actor(turn_context)
        await self._remember_personal(turn_context, actor, now=True)  # install: stored before answering

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        actor = self._actor(turn_context)
        await self._remember_personal(turn_context, actor)
        activity = turn_context.activity
        if isinstance(activity.value, dict) and (TOKEN in activity.value or FORM_TOKEN in activity.value):
            await self._card_action(actor, activity.value)  # Action.Submit from an older client
            return
        recipient = activity.recipient.id if activity.recipient else None
        mentioned = any(_mentioned_id(m) == recipient for m in TurnContext.get_mentions(activity))
        text = (TurnContext.remove_recipient_mention(activity) or activity.text or "").strip()
        conversation = activity.conversation.id or ""
        in_case_thread = ";messageid=" in conversation and _base(conversation) == _base(self.port.channel)
        if actor.context["personal"] or (mentioned and parse_command(text)[0] != "unknown"):
            await self.assistant.handle_text(actor, text or "help")  # spoken to: a command
        elif in_case_thread:
            await self.assistant.thread_reply(actor, conversation, text)  # a colleague's reply
        elif mentioned:
            await self.assistant.handle_text(actor, text or "help")
        # other channel messages (with RSC the bot sees them all) are none of its business

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        """``adaptiveCard/action``: answered with an ``InvokeResponse`` carrying the msrest model
        (returning an ``AdaptiveCardInvokeResponse`` itself is serialised twice under CloudAdapter)."""
        if turn_context.activity.name != "adaptiveCard/action":
            return await super().on_invoke_activity(turn_context)
        value = turn_context.activity.value
        action = value.get("action") if isinstance(value, dict) else None
        data = action.get("data") if isinstance(action, dict) else None
        if not isinstance(data, dict) or not (TOKEN in data or FORM_TOKEN in data):
            return _invoke(400, ERROR_TYPE, {"code": "BadRequest", "message": "not a meldcode action"})
        actor = self._actor(turn_context)
        await self._remember_personal(turn_context, actor)
        return await self._card_action(actor, data)

    async def _card_action(self, actor: Actor, data: dict[str, Any]) -> InvokeResponse:
        if FORM_TOKEN in data:
            raw = submitted_values(data)
            outcome: FormOutcome = await self.assistant.submit_form(actor, str(data[FORM_TOKEN]), raw)
            return _invoke(200, CARD_TYPE, await self._form_answer(actor, str(data[FORM_TOKEN]), raw, outcome))
        toggles = any(k.startswith("s") and "__" in k for k in data)
        await self.assistant.handle_action(actor, str(data[TOKEN]), selected_items(data) if toggles else None)
        return _invoke(200, MESSAGE_TYPE, self.assistant.outgoing(self.t("teams.done")))

    async def _form_answer(self, actor: Actor, token: str, raw: dict[str, Any], outcome: FormOutcome) -> dict[str, Any]:
        """The card that replaces a submitted form, through the outbound guard: the form again
        with its errors, the next form (the same form asking who a name is, the error above its
        field, every value kept), or saved / not saved."""
        tenant = actor.context.get("tenant", "")
        shown: Form | Card | None = None
        errors = self.assistant.outgoing(outcome.errors or {})
        if outcome.next_form is not None:
            shown = self.assistant.outgoing(outcome.next_form)
            if isinstance(shown, Form):
                return self.port.form_card(shown, tenant, actor.id, errors=errors)
        elif outcome.errors:
            form = await self.assistant.form_of(actor, token)
            if form is not None:
                # Typed text and names are not sent back: they may name someone. Choices are.
                kept = {f.name: raw.get(f.name) for f in form.fields
                        if f.kind in ("choice", "multichoice", "yesno", "date")}
                shown = self.assistant.outgoing(form)
                if isinstance(shown, Form):
                    return self.port.form_card(shown, tenant, actor.id, errors=errors, values=kept)
        if not isinstance(shown, Card):
            key = "teams.saved" if outcome.saved else "teams.not_saved"
            shown = self.assistant.outgoing(Card(title=self.t(key), sections=[Section(self.t(f"{key}_text"))]))
        return card_to_adaptive(shown, lambda *_: "", save_label=self.port.text("teams.save"))


def _mentioned_id(entity: Any) -> str | None:
    """Who a mention entity names (botbuilder gives a generic Entity with extra properties)."""
    mentioned = getattr(entity, "mentioned", None) or (getattr(entity, "additional_properties", None) or {}).get("mentioned")
    if isinstance(mentioned, dict):
        return mentioned.get("id")
    return getattr(mentioned, "id", None)


def _invoke(status: int, kind: str, value: Any) -> InvokeResponse:
    """The answer to an ``adaptiveCard/action``, as the JSON Teams expects. A plain dict body:
    msrest cannot serialise a text value, and our handler returns the body as it is."""
    return InvokeResponse(status=status, body={"statusCode": status, "type": kind, "value": value})


class TeamsAdapter:
    """CloudAdapter, the bot, and the ``POST /api/messages`` handler."""

    def __init__(self, settings: Settings, t: Translator) -> None:
        config = SimpleNamespace(
            APP_ID="" if settings.teams_disable_auth else (settings.microsoft_app_id or ""),
            APP_PASSWORD=settings.microsoft_app_password.get_secret_value() if settings.microsoft_app_password else "",
            APP_TYPE=settings.microsoft_app_type, APP_TENANTID=settings.microsoft_app_tenant_id or "",
        )
        if settings.teams_disable_auth:
            log.warning("Teams authentication is OFF (MELDCODE_TEAMS_DISABLE_AUTH): for the emulator and tests only")
        self.adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(config))
        self.adapter.on_turn_error = self._on_turn_error
        self.port = TeamsPort(self.adapter, settings, t)
        if settings.teams_disable_auth:
            self.port.app_id = ""
        self.bot = MeldcodeBot(self.port, settings, t)

    def attach(self, assistant: Any) -> None:
        self.port.assistant = assistant
        self.bot.assistant = assistant

    @staticmethod
    async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
        log.error("teams turn failed: %s", type(error).__name__)

    async def handle(self, request: web.Request) -> web.Response:
        """``POST /api/messages``: 4xx for what is malformed or not authenticated, never a crash."""
        if request.content_type != "application/json":
            return web.Response(status=415)
        try:
            body = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            return web.Response(status=400)
        try:
            activity = Activity().deserialize(body)
        except Exception:  # noqa: BLE001 - msrest raises several kinds
            return web.Response(status=400)
        try:
            auth = await self.adapter.bot_framework_authentication.authenticate_request(
                activity, request.headers.get("Authorization", ""))
        except Exception as exc:  # noqa: BLE001 - any token that does not verify
            log.warning("teams request refused: %s", type(exc).__name__)
            return web.Response(status=401)
        own_tenant = self.port.tenant
        if own_tenant:
            tenant = (activity.conversation.tenant_id if activity.conversation else None) or \
                ((activity.channel_data or {}).get("tenant") or {}).get("id")
            if tenant != own_tenant:  # the assistant serves its own organisation only
                log.warning("teams activity from another tenant refused")
                return web.Response(status=403)
        if activity.type not in (ActivityTypes.message, ActivityTypes.invoke, ActivityTypes.conversation_update):
            log.info("teams activity of type %s ignored", activity.type)
            return web.Response(status=202)
        invoke = await self.adapter.process_activity(auth, activity, self.bot.on_turn)
        if invoke is None:
            return web.Response(status=201)
        payload = invoke.body
        if isinstance(payload, Model):  # botbuilder's own invoke answers (e.g. 501 for unhandled ones)
            payload = payload.serialize()
        return web.json_response(payload, status=int(invoke.status))


__all__ = ["TeamsAdapter", "TeamsPort", "MeldcodeBot"]
