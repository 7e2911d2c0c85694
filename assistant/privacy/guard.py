"""The outbound guard: nothing reaches a chat platform that still contains a vault name.

Every card and form the assistant sends passes through ``Guard.clean``: the ``GuardedPort``
for what goes through the port, and the adapters for what they answer in an HTTP response
(Slack ``response_action`` views and errors, App Home, Teams invoke responses). A message that
contains the name of a person in the vault of any open case is not sent: ``OutboundBlocked``
is raised, the actor gets a notice, and the event is logged without its content.

Professionals' display names (who wrote a note, who took a request) may be the same as a
vault name of some case. Views mark them with ``actor_name``; the guard skips exactly those
marked spans when they hold a professional's name it knows, and ``clean`` takes the marks out
before the message leaves. Free text is never blanked: a colleague called "An" does not open
the guard for a surname containing "an".
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import re
from typing import TypeVar

from assistant.cards import Card, Form
from assistant.port import Actor, ChatPort
from assistant.privacy.normalize import PRIVATE_USE
from assistant.privacy.redact import NameMatcher, Person

OPEN, CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
_MARKS = {code: None for code in PRIVATE_USE}
Message = TypeVar("Message", Card, Form)


def actor_name(name: str) -> str:
    """A professional's display name as a view puts it on a card: marked for the guard."""
    return f"{OPEN}{name.translate(_MARKS)}{CLOSE}" if name else name


def unmark(text: str) -> str:
    return text.translate(_MARKS)


def _unmarked(value: object) -> object:
    """A copy of a card or form (dataclasses, lists, dicts, strings) without the marks."""
    if isinstance(value, str):
        return unmark(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _unmarked(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    if isinstance(value, list):
        return [_unmarked(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_unmarked(v) for v in value)
    if isinstance(value, dict):
        return {k: _unmarked(v) for k, v in value.items()}
    return copy.copy(value)

log = logging.getLogger("meldcode.guard")


class OutboundBlocked(Exception):
    """An outgoing message contained a vault name; it was not sent."""


class Guard:
    """The names of the persons in the vaults of all open cases.

    Full names, titled surnames (mevrouw De Vries) and surnames with initials count in any
    casing; a first name or surname alone only with a capital, so that a common word that is
    also someone's surname (klein, de jong) does not block every message of every case. The
    case's own redactor replaces its names in any casing before the guard is reached."""

    def __init__(self) -> None:
        self._persons: dict[str, tuple[Person, ...]] = {}
        self._matcher: NameMatcher | None = None
        self._professionals: set[str] = set()

    def add_professionals(self, names: set[str]) -> None:
        """Display names of professionals (from the platform, never client data): a card may
        show them where a view marked them (``actor_name``), even when one is also a vault name."""
        self._professionals |= {unmark(n) for n in names if n and n.strip()}

    def _skip_actors(self, text: str) -> str:
        def skip(m: re.Match[str]) -> str:
            return " · " if m.group(1) in self._professionals else f" {m.group(1)} "

        return unmark(_MARKED.sub(skip, text)) if OPEN in text else unmark(text)

    def set_case(self, case_id: str, persons: tuple[Person, ...]) -> None:
        if self._persons.get(case_id) != persons:
            self._persons[case_id] = persons
            self._matcher = None

    def drop_case(self, case_id: str) -> None:
        if self._persons.pop(case_id, None) is not None:
            self._matcher = None

    def replace_all(self, persons_by_case: dict[str, tuple[Person, ...]]) -> None:
        self._persons = dict(persons_by_case)
        self._matcher = None

    def leaks(self, texts: list[str]) -> bool:
        if self._matcher is None:
            everyone = [p for persons in self._persons.values() for p in persons]
            self._matcher = NameMatcher(everyone)
        return any(self._matcher.found_in(self._skip_actors(text), single_words_capitalised=True) for text in texts)

    def _check(self, texts: list[str], what: str) -> None:
        if self.leaks(texts):
            log.warning("outbound %s blocked: it contained a vault name (content not logged)", what)
            raise OutboundBlocked(what)

    def clean(self, message: Message, what: str = "message") -> Message:
        """The message as it may leave: checked (``OutboundBlocked`` if it names a vault
        person), then without the actor marks. Every path out calls this."""
        self._check(message.all_text(), what)
        return _unmarked(message)  # type: ignore[return-value]

    def clean_texts(self, texts: list[str], what: str = "message") -> list[str]:
        """Loose texts that leave (a Slack modal's field errors): checked, then unmarked."""
        self._check(texts, what)
        return [unmark(t) for t in texts]


class GuardedPort:
    """A ``ChatPort`` that checks every outgoing card and form against the guard."""

    def __init__(self, port: ChatPort, guard: Guard) -> None:
        self.inner = port
        self.guard = guard
        self.platform = port.platform

    async def post_case_card(self, card: Card) -> str:
        return await self.inner.post_case_card(self.guard.clean(card, "case card"))

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        await self.inner.update_case_card(message_ref, self.guard.clean(card, "case card update"))

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        await self.inner.post_in_thread(message_ref, self.guard.clean(card, "thread post"))

    async def direct_message(self, user_id: str, card: Card) -> None:
        await self.inner.direct_message(user_id, self.guard.clean(card, "direct message"))

    async def notify(self, actor: Actor, card: Card) -> None:
        await self.inner.notify(actor, self.guard.clean(card, "notice"))

    async def open_form(self, actor: Actor, form: Form) -> None:
        await self.inner.open_form(actor, self.guard.clean(form, "form"))
