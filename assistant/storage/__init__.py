"""Durable storage of cases: SQLite (default) or PostgreSQL through SQLAlchemy 2 async.

A case is stored as its timeline (``case_events``) plus a snapshot of its state
(``cases.state``) written in the same transaction. Every write is committed before the
assistant acknowledges it, so an acknowledged change survives a crash of the process.
"""

from __future__ import annotations

import json
from datetime import timezone
from collections.abc import Sequence
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import event, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from assistant.case import CaseState, Event
from assistant.storage.tables import case_events, case_posts, cases


class ConflictError(Exception):
    """The case changed since it was read (another replica or request was first)."""


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("assistant.storage").joinpath("migrations")))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    command.upgrade(_alembic_config(connection), "head")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Store:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    async def open(cls, url: str) -> "Store":
        """Connect and bring the schema up to date."""
        engine = create_async_engine(url, pool_pre_ping=not url.startswith("sqlite"))
        if engine.dialect.name == "sqlite":
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade)
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()

    # -- writing --------------------------------------------------------------------

    @staticmethod
    def _event_row(case_id: str, e: Event) -> dict:
        return {"case_id": case_id, "seq": e.seq, "kind": e.kind, "actor": e.actor, "at": e.at,
                "data": json.dumps({"data": e.data, "actor_name": e.actor_name})}

    @staticmethod
    def _case_values(state: CaseState) -> dict:
        return {"owner": state.owner, "status": state.status, "urgency": state.urgency, "sector": state.sector,
                "version": state.version, "state": state.model_dump_json()}

    async def create(self, state: CaseState, opened: Event) -> None:
        values = self._case_values(state)
        values["updated_at"] = opened.at
        async with self.engine.begin() as conn:
            await conn.execute(insert(cases).values(id=state.id, reference=state.reference,
                                                    opened_at=state.opened_at, **values))
            await conn.execute(insert(case_events).values(self._event_row(state.id, opened)))

    async def reference_taken(self, reference: str) -> bool:
        async with self.engine.connect() as conn:
            row = await conn.execute(select(cases.c.id).where(cases.c.reference == reference))
            return row.first() is not None

    async def append(self, before: CaseState, after: CaseState, events: Sequence[Event]) -> None:
        """Store events and the new snapshot, if nobody changed the case since ``before``."""
        if not events:
            return
        values = self._case_values(after)
        values["updated_at"] = events[-1].at
        try:
            async with self.engine.begin() as conn:
                result = await conn.execute(
                    update(cases).where(cases.c.id == before.id, cases.c.version == before.version).values(**values)
                )
                if result.rowcount != 1:
                    raise ConflictError(before.id)
                await conn.execute(insert(case_events), [self._event_row(before.id, e) for e in events])
        except IntegrityError as exc:  # another writer took the same sequence number
            raise ConflictError(before.id) from exc

    async def set_post(self, case_id: str, platform: str, message_ref: str) -> None:
        async with self.engine.begin() as conn:
            found = await conn.execute(
                select(case_posts.c.case_id).where(case_posts.c.case_id == case_id, case_posts.c.platform == platform)
            )
            if found.first():
                await conn.execute(update(case_posts).where(case_posts.c.case_id == case_id,
                                                            case_posts.c.platform == platform)
                                   .values(message_ref=message_ref))
            else:
                await conn.execute(insert(case_posts).values(case_id=case_id, platform=platform, message_ref=message_ref))

    # -- reading --------------------------------------------------------------------

    async def load(self, case_id: str) -> CaseState | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(cases.c.state).where(cases.c.id == case_id))).first()
        return CaseState.model_validate_json(row[0]) if row else None

    async def by_reference(self, reference: str) -> CaseState | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(cases.c.state).where(cases.c.reference == reference.upper()))).first()
        return CaseState.model_validate_json(row[0]) if row else None

    async def list_cases(self, *, owner: str | None = None, status: str | None = "open") -> list[CaseState]:
        query = select(cases.c.state).order_by(cases.c.opened_at)
        if owner is not None:
            query = query.where(cases.c.owner == owner)
        if status is not None:
            query = query.where(cases.c.status == status)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [CaseState.model_validate_json(r[0]) for r in rows]

    async def timeline(self, case_id: str) -> list[Event]:
        query = select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.seq)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        events = []
        for r in rows:
            payload = json.loads(r["data"])
            at = r["at"] if r["at"].tzinfo else r["at"].replace(tzinfo=timezone.utc)  # SQLite keeps no zone
            events.append(Event(kind=r["kind"], data=payload["data"], actor=r["actor"],
                                actor_name=payload.get("actor_name", ""), at=at, seq=r["seq"]))
        return events

    async def post(self, case_id: str, platform: str) -> str | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(case_posts.c.message_ref).where(
                case_posts.c.case_id == case_id, case_posts.c.platform == platform))).first()
        return row[0] if row else None
