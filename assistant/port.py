"""The one port every chat adapter implements, and the actor who talks to the assistant.

The core calls only these methods. A platform that lacks a capability falls back:

- ``notify`` (a message only the actor sees): Slack uses an ephemeral message; Teams has
  none and sends it to the actor's personal chat with the bot; the console prints it.
- ``open_form``: Slack opens a modal; Teams sends an Adaptive Card form; the console asks
  the fields one by one.
- ``post_case_card`` / ``update_case_card``: a thread root in the configured case channel,
  updated in place (chat.update / update_activity); the console prints the card again.
- ``direct_message``: a direct message to a user id (aandachtsfunctionaris, reminders).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from assistant.cards import Card, Form


@dataclass
class Actor:
    """Who does something: a platform user id and display name (a professional, never a client).

    ``binding`` names where the actor acts, from the platform's authenticated request
    (workspace or tenant plus channel, or plus user for a form); sealed buttons and forms only
    open where they were shown. ``context`` carries what the adapter needs to answer this actor
    (a Slack trigger id, a Teams conversation reference); the core never looks inside it.
    """

    id: str
    name: str = ""
    binding: str = ""
    context: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.id


@runtime_checkable
class ChatPort(Protocol):
    platform: str

    async def post_case_card(self, card: Card) -> str:
        """Post a case card as a new thread in the case channel; return an opaque message ref."""

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        """Replace the case card posted earlier."""

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        """Post a message in the thread of a case card."""

    async def direct_message(self, user_id: str, card: Card) -> None:
        """Send a direct message to one user."""

    async def notify(self, actor: Actor, card: Card) -> None:
        """Show a message only the actor sees."""

    async def open_form(self, actor: Actor, form: Form) -> None:
        """Ask the actor to fill in a form."""
