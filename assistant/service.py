"""The assistant: what adapters call when a user types, presses a button or submits a form.

It loads and stores cases, asks the engine, renders neutral cards and sends them through
the one ``ChatPort``. Nothing a user does ends in silence or a traceback: a refusal or a
failure becomes a short notice in the user's language, and nothing stored is lost.

Privacy is enforced here for every adapter: free text on a card is redacted with the case's
vault, every outgoing message passes the outbound guard, and buttons and forms come back
only as sealed tokens bound to where they were shown.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import random
import re
import socket
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from assistant.case import (
    CaseState,
    Event,
    current_step,
    feedback_after_melding,
    open_items,
    step_complete,
    step_items,
    walk,
)
from assistant.cards import Action, Card, Form, FormField, FormOutcome, Option, Section
from assistant.config import ConfigError, Settings
from assistant.engine import Engine, Refused, utcnow
from assistant.forms import validate
from assistant.guidance import CaseEvent, Registry, split_sector
from assistant.guidance.registry import installed
from assistant.i18n import Translator
from assistant.meldcode import Protocol, load_protocol
from assistant.parked_forms import PARKED, ParkedForms
from assistant.port import Actor, ChatPort
from assistant.privacy.guard import Guard, GuardedPort, OutboundBlocked, actor_name
from assistant.privacy.redact import ROLES, NameMatcher, Person, Redactor
from assistant.privacy.seal import Sealer, SealError
from assistant.privacy.vault import MAX_NAME, MAX_NOT_PERSONS, MAX_PERSONS, Vault, VaultPerson
from assistant.reminders import wanted, working_time
from assistant.storage import ConflictError, ReminderRow, Store
from assistant.views import Views

log = logging.getLogger("meldcode.assistant")

REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REFERENCE_RE = re.compile(r"^MC-[2-9A-HJ-NP-Z]{4,8}$", re.IGNORECASE)

COMMANDS = {
    "nieuw": "new", "new": "new", "nieuwe": "new",
    "overzicht": "list", "list": "list", "lijst": "list",
    "help": "help", "hulp": "help", "?": "help",
    "open": "show", "casus": "show", "case": "show", "toon": "show", "show": "show",
    "wachtrij": "queue", "queue": "queue", "triage": "queue",
}
# Asking about names in typed text that are not in the case's vault: one extra choice field per
# name (``who_0``, ...; no "__", which the adapters read as a persons row), answered with a role
# or ASK_NONE; at most MAX_ASK names per round (the rest are asked in the next round).
ASK_FIELD = "who_"
ASK_NONE = "geen"
MAX_ASK = 6
VAULT_FIELDS = ("persons", "dossier")  # new-case fields kept sealed while names are asked about
CONTACTS_TTL = 300.0  # seconds a looked-up group of aandachtsfunctionarissen is kept
OWNER_UNREACHABLE = timedelta(hours=1)  # a reminder the owner cannot get goes to the contacts after this


def parse_command(text: str) -> tuple[str, str]:
    """Map a typed command (Dutch or English) to (command, argument); unknown → ("unknown", text)."""
    words = text.strip().split(maxsplit=1)
    if not words:
        return "help", ""
    head = words[0].lower().lstrip("/")
    rest = words[1].strip() if len(words) > 1 else ""
    if REFERENCE_RE.match(head):
        return "show", head.upper()
    command = COMMANDS.get(head)
    if command is None:
        return "unknown", text.strip()
    return command, rest


def log_failure(where: str, exc: BaseException) -> None:
    """Log a failure by type and code location only: exception messages may carry user text."""
    frames = traceback.extract_tb(exc.__traceback__)
    location = " <- ".join(f"{f.name}:{f.lineno}" for f in reversed(frames[-4:]))
    log.error("%s failed: %s at %s", where, type(exc).__name__, location)


def _vault_with(vault: Vault, *, added: list[VaultPerson], none: list[str]) -> Vault:
    """``vault`` with persons added (a name already there is not added twice) and words marked
    as no person involved."""
    have = {p.name.casefold() for p in vault.persons}
    persons = [*vault.persons, *(p for p in added if p.name.casefold() not in have)]
    not_persons = list(dict.fromkeys([*vault.not_persons, *none]))[-MAX_NOT_PERSONS:]
    return Vault(persons=persons, dossier=vault.dossier, not_persons=not_persons)


class Assistant:
    CASE_FORMS = ("note", "consult", "vt_advice", "skip", "question", "decide", "melding", "help",
                  "urgency", "situation", "close", "reopen", "consult_request", "info", "vt_feedback",
                  "assign", "ask_info")
    # What only the case owner (and the aandachtsfunctionaris) may do: the professional decides.
    OWNER_FORMS = ("skip", "question", "decide", "melding", "urgency", "situation", "close", "reopen",
                   "consult_request", "info", "vt_feedback")
    # What only an aandachtsfunctionaris does: the queue.
    CONTACT_FORMS = ("assign", "ask_info")

    def __init__(
        self,
        settings: Settings,
        store: Store,
        port: ChatPort,
        redactor: Redactor,
        *,
        clock: Callable[[], datetime] = utcnow,
        protocol: Protocol | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.guard = Guard()
        self.raw_port = port
        self.port = GuardedPort(port, self.guard)
        self.redactor = redactor
        self.clock = clock
        self.sealer = Sealer(store.system_key("seal"), ttl_seconds=settings.action_ttl_days * 86400,
                             clock=lambda: self.clock().timestamp())
        self._persons: dict[str, tuple[Person, ...]] = {}
        self._persons_at: dict[str, int | None] = {}  # the case version the cached persons were read at
        self._not_persons: dict[str, tuple[str, ...]] = {}  # words said to be no person involved, by case
        self._publish_locks: dict[str, asyncio.Lock] = {}
        self.parked = ParkedForms()
        self.protocol = protocol or load_protocol()
        self.registry = registry if registry is not None else installed()
        self.t = Translator(settings.language)
        self.views = Views(self.protocol, self.t, settings.tz, self.registry)
        choices = self.registry.sector_choices(self.protocol.sectors.keys)
        sectors: dict[str, set[str]] = {}
        for choice in choices:
            sectors.setdefault(choice.sector, set()).update({choice.variant} - {""})
        concerns = [*self.protocol.concerns.all, *self.registry.concern_labels()]
        self.engine = Engine(self.protocol, variant=settings.afwegingskader_step, clock=clock, tz=settings.tz,
                             sectors=sectors, concerns=list(dict.fromkeys(concerns)))
        if settings.default_sector and settings.default_sector not in {c.value for c in choices}:
            raise ConfigError(self.t("config.invalid", variable="MELDCODE_DEFAULT_SECTOR",
                                     expected=", ".join(c.value for c in choices)))
        self.wt = working_time(settings)
        # Who claims reminders: unique per process, so a lease names its holder.
        self.worker = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._contacts: set[str] = set(settings.aandachtsfunctionarissen)
        self._members: set[str] = set()
        self._contacts_at = float("-inf")
        self._names: dict[str, str] = {}  # display names of professionals seen, by platform id
        self._contacts_lock = asyncio.Lock()
        self.views.with_queue = bool(self._contacts)

    # -- start-up and maintenance ----------------------------------------------------

    async def start(self) -> None:
        """Load the vault names of all open cases into the guard and purge expired cases."""
        vaults = await self.store.open_vaults()
        self._persons = {case_id: vault.as_persons() for case_id, vault in vaults.items()}
        self._not_persons = {case_id: tuple(vault.not_persons) for case_id, vault in vaults.items()}
        self.guard.replace_all(self._persons)
        loaded = self.registry.loaded()
        log.info("plugins loaded: %s", ", ".join(loaded) or "none")
        for status in self.registry.status.values():
            if not status.loaded:
                log.warning("plugin %s is disabled (meldcode plugins says why)", status.name)
        await self.purge_expired()
        await self._remind_untracked()

    async def _remind_untracked(self) -> None:
        """Open cases without reminders (opened before this version) get theirs: a case nobody
        touches is the one that most needs them."""
        for case_id in await self.store.cases_without_reminders():
            state = await self.store.load(case_id)
            wanted = self._reminders(state) if state is not None else []
            if wanted:
                await self.store.set_reminders(case_id, wanted)

    async def purge_expired(self) -> list[str]:
        """Crypto-shred cases closed longer ago than the retention period."""
        before = self.clock() - timedelta(days=self.settings.retention_days)
        purged = await self.store.purge_closed(before)
        await self.store.forget_seen(self.clock() - timedelta(days=2))  # platforms retry within minutes
        if purged:
            log.info("retention: %d closed case(s) purged", len(purged))
        return purged

    def background(self) -> list["asyncio.Task[None]"]:
        """Start the assistant's background work: the daily purge and the reminder scheduler."""
        return [asyncio.create_task(self.run_daily_purge()), asyncio.create_task(self.run_reminders())]

    async def run_daily_purge(self) -> None:
        """Run the retention purge every 24 hours (a background task; ``start`` runs it once)."""
        while True:
            await asyncio.sleep(24 * 3600)
            try:
                await self.purge_expired()
            except Exception as exc:  # noqa: BLE001 - try again tomorrow; never stop the assistant
                log_failure("purge", exc)

    # -- the aandachtsfunctionarissen --------------------------------------------------

    async def refresh_contacts(self) -> set[str]:
        """The aandachtsfunctionarissen: the configured ids, and the members of the configured
        Slack user group or Teams channel (looked up through the port, kept for a few minutes)."""
        lookup = getattr(self.raw_port, "aandachtsfunctionaris_members", None)
        if lookup is not None and time.monotonic() - self._contacts_at > CONTACTS_TTL:
            async with self._contacts_lock:  # one lookup at a time; the others use its result
                if time.monotonic() - self._contacts_at > CONTACTS_TTL:
                    try:
                        members = await lookup()  # ids, or ids with display names
                        if isinstance(members, dict):
                            self._names.update({i: n for i, n in members.items() if n})
                        self._members = set(members)
                        self._contacts_at = time.monotonic()
                    except Exception as exc:  # noqa: BLE001 - keep the last known members, try again later
                        log_failure("contacts lookup", exc)
                        self._contacts_at = time.monotonic() - CONTACTS_TTL + 30
        self._contacts = set(self.settings.aandachtsfunctionarissen) | self._members
        self.views.with_queue = bool(self._contacts)
        return self._contacts

    def is_contact(self, user_id: str) -> bool:
        return user_id in self._contacts

    async def _seen(self, actor: Actor) -> None:
        self.guard.add_professionals({actor.name})
        if actor.name and actor.name != actor.id:
            self._names[actor.id] = actor.name
        await self.refresh_contacts()

    def _holder(self, user_id: str | None) -> str | None:
        """``user_id`` if still an aandachtsfunctionaris: else (None) all of them are told."""
        return user_id if user_id and self.is_contact(user_id) else None

    async def _tell(self, card_for: Callable[[str], Card], only: str | None = None) -> int:
        """Direct messages to the aandachtsfunctionarissen, or to ``only`` (anyone, e.g. the case
        owner); returns how many went. A failed one is logged: the change it follows is stored."""
        sent = 0
        for user_id in sorted({only} if only else await self.refresh_contacts()):
            try:
                await self.port.direct_message(user_id, card_for(user_id))
                sent += 1
            except Exception as exc:  # noqa: BLE001 - one unreachable contact must not stop the others
                log_failure("direct message", exc)
        return sent

    # -- entry points for adapters -------------------------------------------------

    def seal(self, name: str, args: dict[str, Any], binding: str) -> str:
        """The token an adapter puts in a button or form, bound to where it is shown."""
        return self.sealer.seal(name, args, binding)

    async def handle_text(self, actor: Actor, text: str) -> None:
        await self._seen(actor)
        await self._guarded(actor, "command", self._handle_text(actor, text))

    async def handle_action(self, actor: Actor, token: str, selected: list[str] | None = None) -> None:
        """A button was pressed: ``token`` as the adapter received it, checked against ``actor.binding``.
        ``selected``: for a checklist step shown as checkboxes, the item keys now ticked."""
        await self._seen(actor)

        async def work() -> None:
            name, args = self._unseal(token, actor)
            if selected is not None:
                args["selected"] = [str(item) for item in selected]
            await self._handle_action(actor, name, args)

        await self._guarded(actor, "action", work())

    async def submit_form(self, actor: Actor, token: str, raw: dict[str, Any]) -> FormOutcome:
        """A form was submitted: field errors come back for the form, everything else as notices."""
        try:
            await self._seen(actor)
            name, context = self._unseal(token, actor)
            outcome = await self._submit_form(actor, name, context, raw)
            if outcome.saved and context.get(PARKED):
                self.parked.drop(str(context[PARKED]))
            return outcome
        except Refused as refusal:
            await self._refuse(actor, refusal)
        except OutboundBlocked:
            await self._blocked(actor)
        except Exception as exc:  # noqa: BLE001 - the user gets a notice, the log gets the type
            log_failure("form", exc)
            await self._safe_notify(actor, self.views.notice(self.t("error.internal"), style="danger"))
        return FormOutcome()

    def _unseal(self, token: str, actor: Actor) -> tuple[str, dict[str, Any]]:
        try:
            return self.sealer.unseal(token, actor.binding)
        except SealError as error:
            log.warning("a sealed payload was refused (%s)", error.key)
            raise Refused(error.key) from None

    # -- plumbing ------------------------------------------------------------------

    async def _guarded(self, actor: Actor, where: str, work: Awaitable[None]) -> None:
        try:
            await work
        except Refused as refusal:
            await self._refuse(actor, refusal)
        except OutboundBlocked:
            await self._blocked(actor)
        except Exception as exc:  # noqa: BLE001
            log_failure(where, exc)
            await self._safe_notify(actor, self.views.notice(self.t("error.internal"), style="danger"))

    async def _blocked(self, actor: Actor) -> None:
        """The guard stopped a message: tell the actor (catalogue text only, straight to the platform)."""
        try:
            await self.raw_port.notify(actor, self.views.notice(self.t("guard.blocked"), style="danger"))
        except Exception as exc:  # noqa: BLE001
            log_failure("notify", exc)

    async def _refuse(self, actor: Actor, refusal: Refused) -> None:
        text = self.views.refusal(refusal.key, refusal.params)
        await self._safe_notify(actor, self.views.notice(text, style="warning", title=self.t("notice.refused")))

    async def _safe_notify(self, actor: Actor, card: Card) -> None:
        try:
            await self.port.notify(actor, card)
        except Exception as exc:  # noqa: BLE001
            log_failure("notify", exc)

    async def _load(self, case_id: Any) -> CaseState:
        state = await self.store.load(str(case_id)) if case_id else None
        if state is None:
            raise Refused("refused.case_not_found")
        return state

    async def _change(
        self, case_id: str, command: Callable[[CaseState], list[Event]]
    ) -> tuple[CaseState, CaseState, list[Event]]:
        """Run a command against the latest state and store its events (retrying on a conflict)."""
        for attempt in range(10):
            if attempt:
                await asyncio.sleep(random.uniform(0, 0.01 * attempt))  # spread the retries
            before = await self._load(case_id)
            events = command(before)
            if not events:
                return before, before, []
            after = self.engine.apply_all(before, events)
            follow = self._follow_up(before, after, events)
            after = self.engine.apply_all(after, follow)
            events = [*events, *follow]
            try:
                await self.store.append(before, after, events, reminders=self._reminders(after))
            except ConflictError:
                continue
            return before, after, events
        raise ConflictError(case_id)

    def _reminders(self, state: CaseState) -> list[Any]:
        return wanted(self.protocol, self.settings, self.wt, state, self.clock())

    def _follow_up(self, before: CaseState | None, after: CaseState, events: list[Event]) -> list[Event]:
        """What the plugins add after a change: guidance when the sector, forms or urgency
        changed, and obligations on the case events of the contract. A failing plugin is
        disabled by the registry; this never raises because of one."""
        kinds = {e.kind for e in events}
        follow: list[Event] = []
        if kinds & {"opened", "situation_set", "urgency_set"}:
            guidance = self.registry.guidance(after.view(self.protocol), after.guidance)
            follow += self.engine.set_guidance(after, guidance)
            after = self.engine.apply_all(after, follow) if follow else after
        happened = []
        if "opened" in kinds:
            happened.append(CaseEvent(name="opened"))
        for step in self.protocol.steps:
            done_before = before is not None and step_complete(self.protocol, before, step.number)
            if not done_before and step_complete(self.protocol, after, step.number) and step.number not in after.skipped:
                happened.append(CaseEvent(name="step_completed", step=step.number))
        if "decision_recorded" in kinds and after.decision is not None:
            happened.append(CaseEvent(name="decision_recorded", outcome=after.decision.outcome))
        for event in happened:
            added = self.engine.add_obligations(after, self.registry.obligations(after.view(self.protocol), event))
            after = self.engine.apply_all(after, added) if added else after
            follow += added
        return follow

    async def persons(self, case_id: str, version: int | None = None) -> tuple[Person, ...]:
        """The vault persons of a case (decrypted once, then kept in memory). With the case's
        ``version``: read again when the case changed since (another process may have added a
        person to the vault)."""
        seen = self._persons_at.get(case_id)
        stale = version is not None and (seen is None or seen < version)
        if case_id not in self._persons or stale:
            self._keep_vault(case_id, await self.store.vault(case_id))
            self._persons_at[case_id] = version
        return self._persons[case_id]

    def _keep_vault(self, case_id: str, vault: Vault) -> None:
        self._persons[case_id] = vault.as_persons()
        self._not_persons[case_id] = tuple(vault.not_persons)

    async def redactor_for(self, state: CaseState) -> Callable[[str], str]:
        """Redaction with the case's vault; words the professional said are no person stay."""
        persons = await self.persons(state.id, state.version)
        if state.is_open:
            self.guard.set_case(state.id, persons)
        else:
            self.guard.drop_case(state.id)
        known = self._not_persons.get(state.id, ())
        extra: dict[str, Any] = {"known": known} if known else {}
        case_names = getattr(self.redactor, "case_names", None)
        if case_names is not None:  # [persoon-1] is the same person in every text of the case
            others = case_names(state.free_texts(), persons, known)
            if others:
                extra["others"] = others
        return partial(self.redactor.redact, persons=persons, **extra)

    async def case_card(self, state: CaseState) -> Card:
        self.guard.add_professionals(state.actor_names())
        return self.views.case_card(state, await self.redactor_for(state))

    async def _publish(self, state: CaseState) -> str:
        """Show the case card in the case channel: update it in place, or post it the first time.

        One publication per case at a time, each of the latest stored state, so concurrent
        changes cannot leave an older card as the last one in the channel."""
        lock = self._publish_locks.setdefault(state.id, asyncio.Lock())
        async with lock:
            latest = await self.store.load(state.id)
            if latest is None or latest.version < state.version:
                latest = state
            card = await self.case_card(latest)
            ref = await self.store.post(state.id, self.port.platform)
            if ref is not None:
                await self.port.update_case_card(ref, card)
                return ref
            ref = await self.port.post_case_card(card)
            await self.store.set_post(state.id, self.port.platform, ref)
            return ref

    async def _new_reference(self, case_id: str) -> str:
        """``MC-`` and a keyed hash of the case id: not guessable, not derived from a database id."""
        digest = hmac.new(self.store.system_key("reference"), case_id.encode(), "sha256").digest()
        code = "".join(REFERENCE_ALPHABET[b % len(REFERENCE_ALPHABET)] for b in digest)
        for length in range(4, 9):  # a longer code on the rare collision
            reference = "MC-" + code[:length]
            if not await self.store.reference_taken(reference):
                return reference
        raise RuntimeError("no free case reference")

    # -- commands ------------------------------------------------------------------

    async def _handle_text(self, actor: Actor, text: str) -> None:
        command, arg = parse_command(text)
        if command == "new":
            await self.port.open_form(actor, self.views.new_case_form(self.settings.default_sector))
        elif command == "list":
            await self.port.notify(actor, self.views.list_card(await self.store.list_cases(owner=actor.id)))
        elif command == "show":
            state = await self.store.by_reference(arg) if REFERENCE_RE.match(arg) else None
            if state is None or not self.may_view(actor, state):
                raise Refused("refused.case_not_found")  # the same answer: existence is not revealed
            await self.port.notify(actor, await self.shown_case_card(actor, state))
        elif command == "help":
            await self.port.notify(actor, self.views.help_card())
        elif command == "queue":
            if not self.is_contact(actor.id):
                raise Refused("triage.only_contacts")
            await self.port.notify(actor, await self.queue_card(actor))
        else:
            await self.port.notify(actor, self.views.notice(self.t("help.unknown"), style="warning"))

    async def thread_reply(self, actor: Actor, message_ref: str, text: str) -> None:
        """A colleague replied in a case thread: collegial consultation (who, when), stored redacted.
        A reply with an identifier in it gets a notice, to its author only, with the redacted text."""

        async def work() -> None:
            state = await self.store.case_for_post(self.port.platform, message_ref)
            if state is None or not text.strip():
                return
            redacted = (await self.redactor_for(state))(text)
            if redacted != text:
                await self.port.notify(actor, self.views.notice(await self._thread_notice(state, text, redacted),
                                                                style="warning"))
            if actor.id == state.owner or not state.is_open:
                return  # the owner's own replies are no consultation; a closed case records nothing
            outcome = redacted[:1000]
            _, after, _ = await self._change(state.id, lambda s: self.engine.record_consultation(
                s, actor, role="collega", with_whom=actor.name, outcome=outcome))
            await self._publish(after)

        self.guard.add_professionals({actor.name})
        await self._guarded(actor, "thread reply", work())

    async def _thread_notice(self, state: CaseState, text: str, redacted: str) -> str:
        """The notice to the author of a reply with identifying details: the redacted text to
        post instead, and which names are not among the persons involved (a thread has no form
        to ask on: a form of the case asks)."""
        vault = await self.store.vault(state.id)
        names = self._askable(self._unknown_names(text, vault.as_persons(), vault.not_persons))
        if not names:
            return self.t("thread.identifier", redacted=redacted)
        return self.t("thread.identifier_names", redacted=redacted, names=", ".join(names[:MAX_ASK]))

    def outgoing(self, message: Any) -> Any:
        """What an adapter sends back itself (in an HTTP response: a Slack modal update or its
        field errors, a Teams invoke answer; the Slack App Home), through the outbound guard,
        as ``GuardedPort`` does for the port. A card or form comes back as it may be sent, or
        as a notice when it named a person of a case; field errors (a dict) and a plain text
        come back with what named someone replaced by that notice's text."""
        blocked = self.t("guard.blocked")
        if isinstance(message, dict):
            return {key: self.outgoing(text) for key, text in message.items()}
        try:
            if isinstance(message, str):
                return self.guard.clean_texts([message], "response text")[0]
            return self.guard.clean(message, "response")
        except OutboundBlocked:  # the guard logged it, without the content
            return blocked if isinstance(message, str) else self.views.notice(blocked, style="danger")

    async def home_card(self, actor: Actor) -> Card:
        """The actor's own open cases with what is pending; for aandachtsfunctionarissen all cases."""
        await self._seen(actor)
        own = await self.store.list_cases(owner=actor.id)
        contact = self.is_contact(actor.id)
        others = [c for c in await self.store.list_cases() if c.owner != actor.id] if contact else []
        card = self.views.home_card(own, others)
        if contact:  # the queue first: what waits for the aandachtsfunctionaris
            queue = await self.queue_card(actor, limit=5)
            if queue.actions:
                heading = Section(self.t("triage.queue_hint"), title=queue.title, style="warning")
                card.sections[:0] = [heading, *queue.sections]
            else:
                card.sections.insert(0, Section(self.t("triage.queue_empty"), title=queue.title))
            card.actions[:0] = queue.actions
        return self.outgoing(card)  # shown by the adapter itself: the guard looks here

    async def form_of(self, actor: Actor, token: str) -> Form | None:
        """The form a sealed token stands for (to show it again with its errors), or None."""
        try:
            name, context = self._unseal(token, actor)
            _, form = await self._submitted_form(actor, name, context)
            return form
        except (Refused, KeyError):
            return None

    async def remember(self, key: str, data: dict[str, Any]) -> None:
        """Keep where a platform can reach someone proactively (survives restarts)."""
        await self.store.save_reference(key, data)

    async def recall(self, key: str) -> dict[str, Any] | None:
        return await self.store.reference(key)

    async def first_time(self, key: str) -> bool:
        """De-duplicate a platform's retries by their delivery key."""
        return await self.store.first_time(key)

    def _require_owner(self, actor: Actor, state: CaseState, form: str) -> None:
        if form in self.OWNER_FORMS and not self.may_view(actor, state):
            raise Refused("refused.owner_only", reference=state.reference)
        if form in self.CONTACT_FORMS and not self.is_contact(actor.id):
            raise Refused("refused.contact_only")

    def may_view(self, actor: Actor, state: CaseState) -> bool:
        """The case owner and the aandachtsfunctionarissen may open a case by its reference."""
        return actor.id == state.owner or self.is_contact(actor.id)

    async def _handle_action(self, actor: Actor, name: str, args: dict[str, Any]) -> None:
        if name == "form":
            form = await self.form_for(actor, str(args.get("form", "")), args)
            await self.port.open_form(actor, form)
        elif name == "parked":
            form = self.parked.get(actor.id, str(args.get("key", "")))
            if form is None:
                raise Refused("refused.parked_gone")
            await self.port.open_form(actor, form)
        elif name == "toggle_item":
            step, item, checked = int(args["step"]), str(args["item"]), bool(args["checked"])
            _, after, _ = await self._change(args.get("case"), lambda s: self.engine.set_item(s, actor, step, item, checked))
            await self._publish(after)
        elif name == "set_items":
            step, wanted = int(args["step"]), set(args.get("selected") or [])

            def set_items(state: CaseState) -> list[Event]:
                events: list[Event] = []
                for item in step_items(self.protocol, state, self.protocol.step(step)):
                    if item.auto is None:
                        change = self.engine.set_item(state, actor, step, item.key, item.key in wanted)
                        state = self.engine.apply_all(state, change) if change else state
                        events += change
                return events

            _, after, _ = await self._change(args.get("case"), set_items)
            await self._publish(after)
        elif name == "unskip":
            step = int(args["step"])
            _, after, _ = await self._change(args.get("case"), lambda s: self.engine.unskip_step(s, actor, step))
            await self._publish(after)
        elif name == "timeline":
            state = await self._load(args.get("case"))
            await self.port.notify(actor, self.views.timeline_card(state, await self.store.timeline(state.id)))
        elif name == "show_case":
            state = await self._load(args.get("case"))
            if not self.may_view(actor, state):
                raise Refused("refused.case_not_found")
            await self.port.notify(actor, await self.shown_case_card(actor, state))
        elif name == "list":
            await self.port.notify(actor, self.views.list_card(await self.store.list_cases(owner=actor.id)))
        elif name in ("claim", "handled"):
            if not self.is_contact(actor.id):
                raise Refused("refused.contact_only")
            command = self.engine.claim if name == "claim" else self.engine.handled
            _, after, events = await self._change(args.get("case"), lambda s: command(s, actor))
            await self._publish(after)
            if name == "claim" and events:
                await self._tell_asker(after)
            done = "triage.claimed" if name == "claim" else "triage.handled"
            await self.port.notify(actor, self.views.notice(self.t(done, reference=after.reference), style="success"))
        elif name == "snooze":
            await self._snooze(actor, args)
        elif name == "help":
            await self.port.notify(actor, self.views.help_card())
        else:
            raise Refused("refused.unknown_action")

    async def form_for(self, actor: Actor, name: str, args: dict[str, Any]) -> Form:
        """The form behind an action, after checking the step may be taken now."""
        if name == "new_case":
            return self.views.new_case_form(self.settings.default_sector)
        if name not in self.CASE_FORMS:
            raise Refused("refused.unknown_action")
        state = await self._load(args.get("case"))
        self._require_owner(actor, state, name)
        extra: dict[str, Any] = {}
        if name == "reopen":
            self.engine.reopen(state, actor, "-")
        elif not state.is_open:
            raise Refused("refused.closed", reference=state.reference)
        if name == "question":
            weighing = walk(self.protocol, state.answer_map())
            if weighing.next_question is None:
                raise Refused("refused.weighing_finished")
            self.engine.answer(state, actor, weighing.next_question, True)  # dry run: order and steps
            extra["question"] = weighing.next_question
        elif name == "decide":
            self.engine.decide(state, actor, "report", "-")  # dry run
        elif name == "close":
            self.engine.close(state, actor, "-")  # dry run
        elif name == "skip":
            extra["step"] = int(args.get("step") or next(s.number for s in self.protocol.steps if s.skippable))
        elif name in ("assign", "ask_info"):
            self.engine.claim(state, actor)  # dry run: the case must be in the queue
        elif name == "info":
            self.engine.give_info(state, actor, "-")  # dry run: a question must be open
        elif name == "vt_feedback":
            self.engine.record_vt_feedback(state, actor, text="-")  # dry run: a melding must be recorded
        return await self._case_form(state, name, {"case": state.id, **extra})

    async def _case_form(self, state: CaseState, name: str, context: dict[str, Any]) -> Form:
        """A case form with what it shows beyond the case: the people to assign to, the question
        to answer (redacted)."""
        extra = {k: v for k, v in context.items() if k not in ("case", "ask", "kept")}
        if name == "assign":
            extra["people"] = [(i, self._names.get(i, i)) for i in sorted(await self.refresh_contacts())]
        if name == "info" and state.triage is not None:
            extra["redacted_question"] = (await self.redactor_for(state))(state.triage.info_question)
        return self.views.case_form(state, name, **extra)

    async def _submitted_form(self, actor: Actor, name: str, context: dict[str, Any]) -> tuple[Form, Form]:
        """(the form as first shown, the form as submitted: with the questions about names when
        the sealed context carries them), after checking the actor may submit it."""
        if name == "new_case":
            base = self.views.new_case_form(self.settings.default_sector)
        else:
            if name not in self.CASE_FORMS:
                raise Refused("refused.unknown_action")
            state = await self._load(context.get("case"))
            self._require_owner(actor, state, name)
            base = await self._case_form(state, name, context)
        return base, self._asking(base, context)

    async def _submit_form(self, actor: Actor, name: str, context: dict[str, Any], raw: dict[str, Any]) -> FormOutcome:
        base, form = await self._submitted_form(actor, name, context)
        values, errors = validate(form, raw, self.engine.today(), self.t)
        if not errors:
            errors = await self._apply_answers(actor, name, context, values)
        if not errors:
            errors = await self._names_left(name, context, form, values)
        if errors:
            return FormOutcome(errors=errors)
        asked = await self._ask_names(name, context, base, values)
        if asked is not None:
            return asked  # nothing is stored before the professional said who these are
        if name == "new_case" and values.get("dossier"):
            existing = await self.store.open_case_for_dossier(values["dossier"])
            if existing:
                return FormOutcome(errors={"dossier": self.t("form.error.dossier_open", reference=existing)})
        try:
            if name == "new_case":
                await self._open_case(actor, values)
                return FormOutcome(saved=True)
            return await self._perform(actor, name, context, values)
        except Refused as refusal:
            field = refusal.params.get("field")
            if field in values:
                return FormOutcome(errors={field: self.views.refusal(refusal.key, refusal.params)})
            raise

    # -- asking instead of guessing: names that are not in the vault -----------------

    def _asking(self, form: Form, context: dict[str, Any]) -> Form:
        """``form`` with one required choice per name in ``context["ask"]`` (a role, or no person
        involved). New-case fields kept in the sealed context (``kept``) are not shown again."""
        ask = [str(n) for n in context.get("ask") or []][:MAX_ASK]
        if not ask:
            return form
        kept = context.get("kept") or {}
        t = self.t
        options = [Option(r, t(f"role.{r}")) for r in ROLES] + [Option(ASK_NONE, t("ask.no_person"))]
        fields = [f for f in form.fields if f.name not in kept]
        fields += [FormField(f"{ASK_FIELD}{i}", t("ask.who", name=n), "choice", options=list(options),
                             help=t("ask.who_help")) for i, n in enumerate(ask)]
        intro = [Section(t("ask.intro"), style="warning"), *form.intro]
        sealed = {**form.context, "ask": ask, **({"kept": kept} if kept else {})}
        return replace(form, fields=fields, intro=intro, context=sealed)

    async def _apply_answers(self, actor: Actor, name: str, context: dict[str, Any],
                             values: dict[str, Any]) -> dict[str, str]:
        """The answers to "who is ...?": a role adds the person to the vault, "no person" is
        remembered for the case. A new case's vault is in the form: it grows there."""
        ask = [str(n) for n in context.get("ask") or []][:MAX_ASK]
        answers = {n: str(values.pop(f"{ASK_FIELD}{i}", "")) for i, n in enumerate(ask)}
        added = [VaultPerson(name=n, role=r) for n, r in answers.items() if r in ROLES]
        none = [n for n, r in answers.items() if r == ASK_NONE]
        too_many = {f"{ASK_FIELD}0": self.t("form.error.too_many_persons", limit=MAX_PERSONS)} if ask else {}
        if name == "new_case":
            kept = context.get("kept") or {}
            persons = [*kept.get("persons", []), *(values.get("persons") or []),
                       *({"name": p.name, "role": p.role} for p in added)]
            if len(persons) > MAX_PERSONS:
                return too_many or {"persons": self.t("form.error.too_many_persons", limit=MAX_PERSONS)}
            values["persons"] = persons
            values["dossier"] = values.get("dossier") or kept.get("dossier")
            values["not_persons"] = list(dict.fromkeys([*kept.get("not_persons", []), *none]))[:MAX_NOT_PERSONS]
            return {}
        if not answers:
            return {}
        case_id = str(context.get("case"))
        if len((await self.store.vault(case_id)).persons) + len(added) > MAX_PERSONS:
            return too_many
        vault = await self.store.update_vault(case_id, partial(_vault_with, added=added, none=none), actor.id)
        self._keep_vault(case_id, vault)
        self.guard.set_case(case_id, self._persons[case_id])
        roles = [p.role for p in added]
        await self._change(case_id, lambda s: self.engine.persons_registered(s, actor, roles=roles, not_persons=len(none)))
        log.info("vault: %d person(s) added, %d word(s) marked as no person", len(added), len(none))
        return {}

    def _unknown_names(self, text: str, persons: tuple[Person, ...], known: list[str]) -> list[str]:
        """The redactor's names of persons not in the vault (none from a redactor that finds none)."""
        find = getattr(self.redactor, "unknown_names", None)
        return find(text, persons, known=known) if find is not None else []

    def _askable(self, names: list[str]) -> list[str]:
        """Names to ask about: short enough for the vault, and no vault name of another open case
        in any casing (the question would show it; the redactor replaces those)."""
        return [n for n in names if 0 < len(n) <= MAX_NAME and not self.guard.leaks([n, n.title()])]

    async def _involved(self, name: str, context: dict[str, Any],
                        values: dict[str, Any]) -> tuple[tuple[Person, ...], list[str]]:
        """The persons involved and the words said to be no person: the case's vault, or for a
        new case what its form holds."""
        if name == "new_case":
            persons = tuple(Person(p["name"], p["role"]) for p in values.get("persons") or [])
            return persons, list(values.get("not_persons") or [])
        vault = await self.store.vault(str(context.get("case")))
        return vault.as_persons(), list(vault.not_persons)

    async def _ask_names(self, name: str, context: dict[str, Any], base: Form,
                         values: dict[str, Any]) -> FormOutcome | None:
        """Typed text naming someone who is not in the vault: the form again (nothing stored),
        saying so on the field, with "who is ...?" per name and every value kept."""
        persons, not_persons = await self._involved(name, context, values)
        per_field: dict[str, list[str]] = {}
        asked: list[str] = []
        for field in base.fields:
            text = values.get(field.name)
            if field.kind not in ("text", "longtext") or field.name in VAULT_FIELDS or not isinstance(text, str):
                continue
            found = self._askable(self._unknown_names(text, persons, not_persons))
            found = [n for n in found if n not in asked][:MAX_ASK - len(asked)]
            if found:
                per_field[field.name] = found
                asked += found
        if not asked:
            return None
        log.info("typed text names %d person(s) not in the vault: asked (content not logged)", len(asked))
        errors = {f: self.t("ask.field_one" if len(n) == 1 else "ask.field_many", name=n[0], names=", ".join(n))
                  for f, n in per_field.items()}
        kept: dict[str, Any] = {}
        if name == "new_case":
            kept = {k: values[k] for k in (*VAULT_FIELDS, "not_persons") if values.get(k)}
        sealed = {**base.context, "ask": asked, **({"kept": kept} if kept else {})}
        form = self._asking(base, sealed)
        matcher = NameMatcher(persons)
        fields = [replace(f, initial=self._initial(f, values.get(f.name), matcher),
                          help=errors.get(f.name, f.help)) if f.name in values else f for f in form.fields]
        return FormOutcome(errors=errors, next_form=replace(form, fields=fields))

    def park_form(self, actor: Actor, outcome: FormOutcome) -> Card | None:
        """For a platform that closed the form before its outcome came: the form shown again
        (who is this name?) is parked with everything typed, and the card says so, with a button
        that opens it. None when the outcome is no form shown again."""
        if outcome.saved or outcome.next_form is None:
            return None
        key = self.parked.park(actor.id, outcome.next_form)
        lines = [Section(self.t("ask.parked_text")), *(Section(line) for line in outcome.errors.values())]
        return Card(title=self.t("ask.parked_title"), sections=lines, style="warning",
                    actions=[Action(self.t("ask.parked_open"), "parked", {"key": key}, "primary")])

    def _initial(self, field: FormField, value: Any, matcher: NameMatcher) -> Any:
        """A submitted value as the initial value of the form shown again. Typed text with the
        vault's names already replaced by their role: the form passes the outbound guard."""
        if value is None or field.kind == "persons":
            return None
        if field.kind in ("text", "longtext"):
            text = matcher.replace(str(value))
            return None if self.guard.leaks([text]) else text
        if field.kind == "yesno":
            return "ja" if value else "nee"
        if isinstance(value, date):
            return value.isoformat()
        return value

    async def _names_left(self, name: str, context: dict[str, Any], form: Form,
                          values: dict[str, Any]) -> dict[str, str]:
        """Typed text that would still name someone after redaction is refused on its field,
        before it is stored: stored, it would keep every later card of the case from being sent."""
        if name == "new_case":
            persons = tuple(Person(p["name"], p["role"]) for p in values.get("persons") or [])
        else:
            persons = await self.persons(str(context.get("case")))
        errors = {}
        for field in form.fields:
            text = values.get(field.name)
            if field.kind in ("text", "longtext") and isinstance(text, str) and text:
                if self.guard.leaks([self.redactor.redact(text, persons)]):
                    log.warning("typed text refused: it would name a person in a case (content not logged)")
                    errors[field.name] = self.t("guard.field")
        return errors

    async def _open_case(self, actor: Actor, values: dict[str, Any]) -> CaseState:
        urgency = "acuut" if values["acute"] else "normaal"
        case_id = str(uuid.uuid4())
        sector, variant = split_sector(values["sector"])
        opened = self.engine.open_case(
            actor, case_id=case_id, reference=await self._new_reference(case_id), sector=sector,
            sector_variant=variant, concerns=values["concerns"], urgency=urgency,
            description=values.get("description") or "",
        )
        state = self.engine.apply_all(None, [opened])
        # every new case goes to the aandachtsfunctionaris's queue (when there is one)
        contacts = await self.refresh_contacts()
        queued = self.engine.request_triage(state, actor, "acute" if urgency == "acuut" else "new") if contacts else []
        state = self.engine.apply_all(state, queued)
        follow = self._follow_up(None, state, [opened])
        state = self.engine.apply_all(state, follow)
        vault = Vault(persons=[VaultPerson(**p) for p in values.get("persons") or []],
                      dossier=values.get("dossier") or None, not_persons=list(values.get("not_persons") or []))
        await self.store.create(state, [opened, *queued, *follow], vault, reminders=self._reminders(state))
        self._keep_vault(state.id, vault)
        self.guard.set_case(state.id, self._persons[state.id])
        log.info("case opened")
        if state.acute:
            # Alert first: what to do now must not wait for (or fail with) posting the card.
            state = await self._acute(actor, state)
        await self.port.notify(actor, self.views.notice(self.t("case.opened", reference=state.reference),
                                                        style="success"))
        await self._publish(state)
        return state

    async def _acute(self, actor: Actor, state: CaseState) -> CaseState:
        """Acute danger: alert every aandachtsfunctionaris and tell the actor what to do now."""
        sent = await self._tell(lambda _: self.views.acute_card(state))
        await self._safe_notify(actor, self.views.acute_card(state, alerted=sent))
        _, after, _ = await self._change(state.id, lambda s: [self.engine.acute_alert(s, sent)])
        return after

    async def _perform(self, actor: Actor, name: str, context: dict[str, Any], v: dict[str, Any]) -> FormOutcome:
        e = self.engine
        case_id = context["case"]
        warnings: list[str] = []

        def run(state: CaseState) -> list[Event]:
            nonlocal warnings
            match name:
                case "note":
                    return e.add_note(state, actor, v["text"], step=current_step(self.protocol, state))
                case "consult":
                    return e.record_consultation(state, actor, role=v["role"], outcome=v["outcome"],
                                                 with_whom=v.get("with_whom") or "", on=v.get("on"))
                case "vt_advice":
                    return e.record_vt_advice(state, actor, outcome=v["outcome"], on=v.get("on"))
                case "skip":
                    return e.skip_step(state, actor, int(context["step"]), v["reason"], v["motivation"])
                case "question":
                    return e.answer(state, actor, int(context["question"]), v["answer"], v.get("explanation") or "")
                case "decide":
                    events, warnings = e.decide(state, actor, v["outcome"], v["motivation"])
                    return events
                case "melding":
                    return e.record_melding(state, actor, text=v.get("text") or "", on=v.get("on"))
                case "help":
                    return e.record_help(state, actor, text=v["text"], on=v.get("on"))
                case "urgency":
                    events = e.set_urgency(state, actor, v["urgency"])
                    if events and v["urgency"] == "acuut" and self._contacts:
                        # acute danger goes to the top of the aandachtsfunctionaris's queue
                        events += e.request_triage(e.apply_all(state, events), actor, "acute")
                    return events
                case "situation":
                    sector, variant = split_sector(v["sector"])
                    return e.set_situation(state, actor, sector=sector, sector_variant=variant,
                                           concerns=v["concerns"])
                case "consult_request":
                    if not self._contacts:
                        raise Refused("refused.no_contacts")
                    return e.request_triage(state, actor, "consultation", v["question"])
                case "assign":
                    return e.assign(state, actor, v["to"], self._names.get(v["to"], v["to"]))
                case "ask_info":
                    return e.ask_info(state, actor, v["question"])
                case "info":
                    return e.give_info(state, actor, v["text"])
                case "vt_feedback":
                    return e.record_vt_feedback(state, actor, text=v["text"], on=v.get("on"))
                case "close":
                    return e.close(state, actor, v["reason"])
                case "reopen":
                    return e.reopen(state, actor, v["reason"])
            raise Refused("refused.unknown_action")

        before, after, events = await self._change(case_id, run)
        if name == "urgency" and after.acute and not before.acute:
            after = await self._acute(actor, after)
        ref = await self._publish(after)
        if name == "note" and events:
            note = after.notes[-1]
            await self.port.post_in_thread(ref, self.views.note_card(after, note, await self.redactor_for(after)))
        for key in warnings:
            await self.port.notify(actor, self.views.notice(self.t(key), style="warning"))
        if name == "decide" and events:
            await self.port.notify(actor, self.views.notice(self.t(f"decision.recorded_next.{after.decision.outcome}"),
                                                            style="success"))
        if events and name in ("consult_request", "assign", "ask_info", "info"):
            await self._after_triage(actor, name, before, after)
        if name == "question":
            return FormOutcome(next_form=await self._after_answer(actor, after), saved=True)
        return FormOutcome(saved=True)

    async def _tell_asker(self, state: CaseState) -> None:
        """The owner who asked the aandachtsfunctionaris something hears who took it up."""
        triage = state.triage
        if triage is None or not triage.question or triage.by == state.owner:
            return
        card = self.views.owner_notice(state, "picked_up", by=triage.by_name or self._names.get(triage.by, triage.by))
        await self._tell(lambda _: card, only=state.owner)

    async def _after_triage(self, actor: Actor, name: str, before: CaseState, after: CaseState) -> None:
        """Tell whom it concerns: a request to the aandachtsfunctionarissen (in working hours, by
        the scheduler), an assignment to the assignee, a question to the owner, an answer back."""
        redact = await self.redactor_for(after)
        triage = after.triage
        assert triage is not None
        if name == "consult_request":
            holder = self._holder(triage.by) if triage.status == "claimed" else None
            if holder:  # already with someone: tell them now
                await self._tell(lambda _: self.views.triage_notice(after, "consultation", redact), only=holder)
                text = self.t("triage.requested_claimed", name=actor_name(triage.by_name or holder))
            else:
                text = self.t("triage.requested")
            await self.port.notify(actor, self.views.notice(text, style="success"))
        elif name == "assign":
            await self._tell(lambda _: self.views.triage_notice(after, "assigned", redact, by=actor.name),
                             only=triage.by)
            await self._tell_asker(after)
            await self.port.notify(actor, self.views.notice(self.t("triage.assigned", reference=after.reference),
                                                            style="success"))
        elif name == "ask_info":
            card = self.views.info_request_card(after, actor.name, redact(triage.info_question))
            await self._tell(lambda _: card, only=after.owner)
            await self.port.notify(actor, self.views.notice(self.t("triage.asked", reference=after.reference),
                                                            style="success"))
        elif name == "info" and before.triage is not None:
            await self._tell(lambda _: self.views.triage_notice(after, "answered", redact, name=actor.name),
                             only=self._holder(before.triage.info_by))
            await self.port.notify(actor, self.views.notice(self.t("triage.answered"), style="success"))

    async def queue_card(self, actor: Actor, limit: int = 10) -> Card:
        queue = await self.store.queue()
        redactors = {s.id: await self.redactor_for(s) for s in queue[:limit]}
        self.guard.add_professionals({n for s in queue[:limit] for n in s.actor_names()})
        return self.views.queue_card(queue, actor.id, lambda s: redactors[s.id], limit=limit)

    async def shown_case_card(self, actor: Actor, state: CaseState) -> Card:
        """The case card for one viewer: an aandachtsfunctionaris also gets the queue's actions."""
        card = await self.case_card(state)
        if self.is_contact(actor.id) and state.in_queue:
            card.actions[:0] = self.views.triage_actions(state, actor.id, with_open=False)
        return card

    # -- reminders -------------------------------------------------------------------

    async def send_due_reminders(self) -> int:
        """Claim the reminders whose time has come and act on each (once, whichever process
        claims it); returns how many were claimed."""
        now = self.clock()
        rows = await self.store.claim_due(now, self.worker)
        if rows:
            await self.refresh_contacts()
        for row in rows:
            if not await self.store.renew_lease(row.id, self.worker, self.clock()):
                continue  # the lease ran out while earlier ones were sent: another scheduler has it
            try:
                stage, next_at = await self._remind(row)
            except Exception as exc:  # noqa: BLE001 - try this one again in a few minutes
                log_failure("reminder", exc)
                stage, next_at = row.stage, now + timedelta(minutes=5)
                if row.stage == "due" and row.kind != "triage" and row.escalate_at is not None \
                        and row.due_at is not None and now - row.due_at > OWNER_UNREACHABLE:
                    # the owner cannot be reached (left, no chat with the app): to the contacts now
                    stage, next_at = "escalate", now
            await self.store.reminder_advance(row.id, self.worker, stage=stage, next_at=next_at)
        return len(rows)

    async def run_reminders(self) -> None:
        """The scheduler loop (a background task of ``meldcode serve`` and the console)."""
        while True:
            try:
                await self.send_due_reminders()
            except Exception as exc:  # noqa: BLE001 - e.g. the database is briefly away
                log_failure("reminders", exc)
            await asyncio.sleep(self.settings.reminder_interval_seconds)

    async def _remind(self, row: ReminderRow) -> tuple[str, datetime | None]:
        """Send one reminder; returns its next stage and time. A step done, feedback recorded,
        a request taken or a case closed in the meantime: nothing is sent."""
        state = await self.store.load(row.case_id)
        done: tuple[str, datetime | None] = ("done", None)
        if state is None or not state.is_open:
            return done
        step = self.protocol.step(row.step) if row.kind == "step" else None
        if step is not None and (current_step(self.protocol, state) != row.step
                                 or not open_items(self.protocol, state, step)):
            return done
        if row.kind == "vt_feedback" and (feedback_after_melding(state) or len(state.meldingen) != row.step):
            return done
        triage = state.triage
        if row.kind == "triage" and (triage is None or triage.status != "waiting" or triage.requests != row.step):
            return done
        self.guard.add_professionals(state.actor_names())
        redact = await self.redactor_for(state)
        escalation = row.stage == "escalate"
        if row.kind == "triage":
            # an acute case was alerted at once: what comes later is "still waiting"
            what = "still_waiting" if escalation or triage.kind == "acute" else triage.kind  # type: ignore[union-attr]
            since = self.views.time(triage.since)  # type: ignore[union-attr]
            if not await self._tell(lambda _: self.views.triage_notice(state, what, redact, since=since)) \
                    and self._contacts:
                raise ConnectionError("no aandachtsfunctionaris reachable")  # try again in a few minutes
        elif not escalation:
            await self.port.direct_message(state.owner, self.views.reminder_card(
                state, row.kind, row.step, row.id, escalation=False))
        else:
            holder = self._holder(triage.by) if triage is not None and triage.status == "claimed" else None
            card = self.views.reminder_card(state, row.kind, row.step, row.id, escalation=True, since=row.due_at)
            sent = await self._tell(lambda _: card, only=holder)
            if not sent and self._contacts:
                raise ConnectionError("no aandachtsfunctionaris reachable")  # try again in a few minutes
            if sent:
                await self._change(state.id, lambda s: [self.engine.reminder_escalated(s, row.kind, row.step, sent)])
        if not escalation and row.escalate_at is not None:
            return "escalate", row.escalate_at
        return done

    async def _snooze(self, actor: Actor, args: dict[str, Any]) -> None:
        state = await self._load(args.get("case"))
        if actor.id != state.owner:
            raise Refused("refused.owner_only", reference=state.reference)
        row = await self.store.reminder(int(args["reminder"]))
        # the button names its reminder fully: a row id can come back for another reminder
        same = row is not None and (row.case_id, row.kind, row.step) == (state.id, args.get("kind"), args.get("step"))
        if row is None or not same or row.stage == "done":
            raise Refused("refused.reminder_gone")
        due = self.wt.add_days(self.clock(), 1)
        escalate = self.wt.add_days(due, self.settings.escalation_days) if row.escalate_at else None
        if not await self.store.snooze(row.id, due, escalate, self.settings.snooze_limit):
            raise Refused("refused.snooze_limit")
        await self.port.notify(actor, self.views.notice(self.t("triage.snoozed", on=self.views.time(due)),
                                                        style="success"))

    async def _after_answer(self, actor: Actor, state: CaseState) -> Form | None:
        """After an answer: the next question, or the decision form once the advice is reached."""
        weighing = walk(self.protocol, state.answer_map())
        try:
            if weighing.next_question is not None and not weighing.deferred:
                self.engine.answer(state, actor, weighing.next_question, True)  # dry run
                return self.views.case_form(state, "question", question=weighing.next_question)
            if weighing.advice is not None:
                self.engine.decide(state, actor, weighing.advice, "-")  # dry run
                return self.views.case_form(state, "decide")
        except Refused as refusal:  # e.g. the next question belongs to a step not yet done
            await self.port.notify(actor, self.views.notice(self.views.refusal(refusal.key, refusal.params)))
        return None
