"""Shared fixtures: a throwaway PostgreSQL server, databases on both backends, a recording port."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistant.cards import Card, Form
from assistant.guidance import Registry
from assistant.config import load_settings
from assistant.port import Actor
from assistant.privacy.keys import KeyRing, new_key
from assistant.privacy.redact import Redactor
from assistant.service import Assistant
from assistant.storage import Store
from pgserver import create_database, throwaway_postgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server of our own on 127.0.0.1, for this test session only."""
    with throwaway_postgres() as url:
        if url is None:
            if os.environ.get("CI") == "true":
                pytest.fail("PostgreSQL is not installed (scripts/ensure-postgres.sh installs it)")
            pytest.skip("PostgreSQL is not installed")
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'meldcode.sqlite3'}"
    server = request.getfixturevalue("postgres_server")
    return await create_database(server)


@pytest.fixture
def keyring() -> KeyRing:
    return KeyRing.of([new_key()], "env")


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """The real redactor with deduce, loaded once for the whole test session."""
    return Redactor.with_deduce()


@pytest.fixture
async def store(db_url: str, keyring: KeyRing) -> AsyncIterator[Store]:
    s = await Store.open(db_url, keyring)
    yield s
    await s.close()


class Clock:
    """A clock the tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


class RecordingPort:
    """A chat port that records every call, as a fake platform would."""

    platform = "test"

    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.forms: list[Form] = []
        self.cards: dict[str, Card] = {}

    async def post_case_card(self, card: Card) -> str:
        ref = f"msg-{len(self.cards) + 1}"
        self.cards[ref] = card
        self.calls.append(("post_case_card", ref, card))
        return ref

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        assert message_ref in self.cards, "update of a card that was never posted"
        self.cards[message_ref] = card
        self.calls.append(("update_case_card", message_ref, card))

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        self.calls.append(("post_in_thread", message_ref, card))

    async def direct_message(self, user_id: str, card: Card) -> None:
        self.calls.append(("direct_message", user_id, card))

    async def notify(self, actor: Actor, card: Card) -> None:
        self.calls.append(("notify", actor.id, card))

    async def open_form(self, actor: Actor, form: Form) -> None:
        self.forms.append(form)
        self.calls.append(("open_form", actor.id, form))

    def of(self, kind: str) -> list[tuple[str, object, object]]:
        return [c for c in self.calls if c[0] == kind]

    def last_notice_text(self) -> str:
        card = self.of("notify")[-1][2]
        assert isinstance(card, Card)
        return "\n".join(card.all_text())


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def port() -> RecordingPort:
    return RecordingPort()


@pytest.fixture
def make_assistant(store: Store, port: RecordingPort, clock: Clock, tmp_path: Path, redactor: Redactor):
    """Build an Assistant on the test store; settings can be overridden per test."""

    def build(*, registry: Registry | None = None, **overrides: object) -> Assistant:
        """The core alone unless a plugin ``registry`` is given (``installed()`` for the bundled ones)."""
        settings = load_settings(data_dir=tmp_path / "data", **overrides)
        return Assistant(settings, store, port, redactor, clock=clock, registry=registry or Registry())

    return build


BINDING = "test:T1:C-cases"


@pytest.fixture
def actor() -> Actor:
    return Actor("U-prof", "Professional A", binding=BINDING)


async def act(a: Assistant, actor: Actor, name: str, args: dict) -> None:
    """Press a button as an adapter does: seal where it was shown, hand back the token."""
    await a.handle_action(actor, a.seal(name, args, actor.binding))


async def submit(a: Assistant, actor: Actor, name: str, context: dict, values: dict):
    """Submit a form as an adapter does: the sealed form and the values typed."""
    return await a.submit_form(actor, a.seal(name, context, actor.binding), values)
