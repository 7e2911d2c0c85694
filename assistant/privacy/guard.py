"""The outbound guard: nothing reaches a chat platform that still contains a vault name.

Every card and form the assistant sends passes through ``GuardedPort``. A message that contains
the name of a person in the vault of any open case is not sent: ``OutboundBlocked`` is raised,
the actor gets a notice, and the event is logged without its content.
"""

from __future__ import annotations

import logging
import re
from assistant.cards import Card, Form
from assistant.port import Actor, ChatPort
from assistant.privacy.redact import NameMatcher, Person

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
        self._professional_re: re.Pattern[str] | None = None

    def add_professionals(self, names: set[str]) -> None:
        """Display names of professionals (from the platform, never client data): a card may
        show them, even when one shares a first name with someone in a vault."""
        new = {n for n in names if n and n.strip()} - self._professionals
        if new:
            self._professionals |= new
            ordered = sorted(self._professionals, key=len, reverse=True)
            self._professional_re = re.compile("|".join(re.escape(n) for n in ordered))

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
        if self._professional_re is not None:
            texts = [self._professional_re.sub("·", text) for text in texts]
        return any(self._matcher.found_in(text, single_words_capitalised=True) for text in texts)


class GuardedPort:
    """A ``ChatPort`` that checks every outgoing card and form against the guard."""

    def __init__(self, port: ChatPort, guard: Guard) -> None:
        self.inner = port
        self.guard = guard
        self.platform = port.platform

    def _check(self, what: str, texts: list[str]) -> None:
        if self.guard.leaks(texts):
            log.warning("outbound %s blocked: it contained a vault name (content not logged)", what)
            raise OutboundBlocked(what)

    async def post_case_card(self, card: Card) -> str:
        self._check("case card", card.all_text())
        return await self.inner.post_case_card(card)

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        self._check("case card update", card.all_text())
        await self.inner.update_case_card(message_ref, card)

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        self._check("thread post", card.all_text())
        await self.inner.post_in_thread(message_ref, card)

    async def direct_message(self, user_id: str, card: Card) -> None:
        self._check("direct message", card.all_text())
        await self.inner.direct_message(user_id, card)

    async def notify(self, actor: Actor, card: Card) -> None:
        self._check("notice", card.all_text())
        await self.inner.notify(actor, card)

    async def open_form(self, actor: Actor, form: Form) -> None:
        self._check("form", form.all_text())
        await self.inner.open_form(actor, form)
