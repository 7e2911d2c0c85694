"""Durable, encrypted storage of cases: SQLite (default) or PostgreSQL through SQLAlchemy 2 async.

A case is stored as its timeline (``case_events``) plus a snapshot of its state
(``cases.state``) written in the same transaction, with an audit entry for every change.
Every write is committed before the assistant acknowledges it, so an acknowledged change
survives a crash of the process.

Personal content is encrypted with the case's own data key (AES-GCM), which is stored wrapped
by the master key. Purging a case destroys that key (crypto-shredding) and deletes its rows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import case, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from assistant.case import CaseState, Event
from assistant.privacy.audit import GENESIS, AuditEntry, AuditReport, entry_mac, verify_chain
from assistant.privacy.keys import KeyRing, decrypt_text, encrypt_text, new_key
from assistant.privacy.vault import Vault
from assistant.storage.tables import (
    audit_head,
    audit_log,
    case_events,
    case_keys,
    case_posts,
    case_vault,
    cases,
    conversation_refs,
    reminders,
    seen_events,
    system_keys,
)

SYSTEM_KEYS = ("reference", "blind_index", "seal", "audit")


class ConflictError(Exception):
    """The case changed since it was read (another replica or request was first)."""


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("assistant.storage").joinpath("migrations")))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    command.upgrade(_alembic_config(connection), "head")


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted content is overwritten, not left in free pages
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Take the write lock at the start, so two writers wait for each other instead of failing.
    if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # SQLite keeps no zone


@dataclass(frozen=True)
class ReminderSpec:
    """A reminder a case should have: ``kind`` (step | vt_feedback | triage), the step (0 for
    the others), when it is due and when it goes to the aandachtsfunctionaris."""

    kind: str
    step: int
    due_at: datetime
    escalate_at: datetime | None = None


@dataclass(frozen=True)
class ReminderRow:
    id: int
    case_id: str
    kind: str
    step: int
    stage: str
    due_at: datetime | None
    escalate_at: datetime | None
    snoozes: int = 0
    next_at: datetime | None = None


def _as_utc(value: datetime | None) -> datetime | None:
    """Times are stored in UTC (SQLite keeps no offset: a local time would be read back wrong)."""
    return value.astimezone(timezone.utc) if value is not None else None


def _reminder_row(r: Any) -> ReminderRow:
    return ReminderRow(id=r.id, case_id=r.case_id, kind=r.kind, step=r.step, stage=r.stage, due_at=_utc(r.due_at),
                       escalate_at=_utc(r.escalate_at), snoozes=r.snoozes, next_at=_utc(r.next_at))


def dossier_index(key: bytes, dossier: str) -> str:
    normalised = "".join(dossier.split()).upper()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


class Store:
    def __init__(self, engine: AsyncEngine, keyring: KeyRing) -> None:
        self.engine = engine
        self.keyring = keyring
        self._data_keys: dict[str, bytes] = {}
        self._system: dict[str, bytes] = {}

    @classmethod
    async def open(cls, url: str, keyring: KeyRing) -> "Store":
        """Connect, bring the schema up to date and make sure the system keys exist."""
        engine = create_async_engine(url, pool_pre_ping=not url.startswith("sqlite"))
        if engine.dialect.name == "sqlite":
            event.listen(engine.sync_engine, "connect", _sqlite_connect)
            event.listen(engine.sync_engine, "begin", _sqlite_begin)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(_upgrade)
            store = cls(engine, keyring)
            await store._load_system_keys()
        except BaseException:
            await engine.dispose()
            raise
        return store

    async def close(self) -> None:
        await self.engine.dispose()

    # -- keys -----------------------------------------------------------------------

    async def _load_system_keys(self) -> None:
        async with self.engine.begin() as conn:
            rows = {r.name: r for r in (await conn.execute(select(system_keys))).all()}
            for name in SYSTEM_KEYS:
                if name not in rows:
                    kid, wrapped = self.keyring.wrap(new_key(), f"system:{name}")
                    await conn.execute(insert(system_keys).values(name=name, kid=kid, wrapped=wrapped))
                    rows[name] = (await conn.execute(select(system_keys).where(system_keys.c.name == name))).one()
            head = (await conn.execute(select(audit_head.c.id))).first()
            if head is None:
                await conn.execute(insert(audit_head).values(id=1, seq=0, mac=GENESIS))
        self._system = {name: self.keyring.unwrap(r.kid, r.wrapped, f"system:{name}") for name, r in rows.items()}

    def system_key(self, name: str) -> bytes:
        return self._system[name]

    async def _data_key(self, conn: AsyncConnection, case_id: str) -> bytes:
        key = self._data_keys.get(case_id)
        if key is None:
            row = (await conn.execute(select(case_keys).where(case_keys.c.case_id == case_id))).first()
            if row is None:
                raise LookupError("no data key for this case")
            key = self.keyring.unwrap(row.kid, row.wrapped, f"case:{case_id}")
            self._data_keys[case_id] = key
        return key

    async def _decrypt_state(self, conn: AsyncConnection, case_id: str, token: str) -> CaseState:
        key = await self._data_key(conn, case_id)
        return CaseState.model_validate_json(decrypt_text(key, token, f"{case_id}:state"))

    # -- audit ----------------------------------------------------------------------

    async def _audit(self, conn: AsyncConnection, at: datetime, actor: str, action: str, reference: str) -> None:
        head = (await conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update())).one()
        seq = head.seq + 1
        mac = entry_mac(self._system["audit"], seq, at, actor, action, reference, head.mac)
        await conn.execute(insert(audit_log).values(seq=seq, at=at, actor=actor, action=action,
                                                    reference=reference, prev=head.mac, mac=mac))
        await conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, mac=mac))

    async def audit_entries(self) -> list[AuditEntry]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(audit_log).order_by(audit_log.c.seq))).all()
        return [AuditEntry(r.seq, _utc(r.at), r.actor, r.action, r.reference, r.prev, r.mac) for r in rows]  # type: ignore[arg-type]

    async def audit_verify(self) -> AuditReport:
        entries = await self.audit_entries()
        async with self.engine.connect() as conn:
            head = (await conn.execute(select(audit_head.c.seq, audit_head.c.mac))).first()
        return verify_chain(self._system["audit"], entries, (head.seq, head.mac) if head else None)

    # -- writing --------------------------------------------------------------------

    def _event_row(self, key: bytes, case_id: str, e: Event) -> dict[str, Any]:
        payload = json.dumps({"data": e.data, "actor_name": e.actor_name})
        return {"case_id": case_id, "seq": e.seq, "kind": e.kind, "actor": e.actor, "at": e.at,
                "data": encrypt_text(key, payload, f"{case_id}:event:{e.seq}")}

    @staticmethod
    def _case_values(key: bytes, state: CaseState) -> dict[str, Any]:
        queued = state.triage if state.in_queue else None
        return {"owner": state.owner, "status": state.status, "urgency": state.urgency, "sector": state.sector,
                "version": state.version, "closed_at": state.closed_at,
                "triage": queued.status if queued else None, "triage_since": queued.since if queued else None,
                "state": encrypt_text(key, state.model_dump_json(), f"{state.id}:state")}

    async def create(self, state: CaseState, opened: Event | Sequence[Event], vault: Vault | None = None,
                     reminders: Sequence[ReminderSpec] | None = None) -> None:
        """Store a new case: its first events (``opened`` and what follows from it) and vault."""
        events = [opened] if isinstance(opened, Event) else list(opened)
        key = new_key()
        kid, wrapped = self.keyring.wrap(key, f"case:{state.id}")
        vault = vault or Vault()
        index = dossier_index(self._system["blind_index"], vault.dossier) if vault.dossier else None
        async with self.engine.begin() as conn:
            await conn.execute(insert(case_keys).values(case_id=state.id, kid=kid, wrapped=wrapped))
            await conn.execute(insert(cases).values(id=state.id, reference=state.reference, opened_at=state.opened_at,
                                                    updated_at=events[-1].at, **self._case_values(key, state)))
            await conn.execute(insert(case_events), [self._event_row(key, state.id, e) for e in events])
            await conn.execute(insert(case_vault).values(
                case_id=state.id, dossier_index=index,
                data=encrypt_text(key, vault.model_dump_json(), f"{state.id}:vault")))
            for e in events:
                await self._audit(conn, e.at, e.actor, e.kind, state.reference)
            if reminders is not None:
                await self._sync_reminders(conn, state.id, reminders)
        self._data_keys[state.id] = key

    async def reference_taken(self, reference: str) -> bool:
        async with self.engine.connect() as conn:
            row = await conn.execute(select(cases.c.id).where(cases.c.reference == reference))
            return row.first() is not None

    async def append(self, before: CaseState, after: CaseState, events: Sequence[Event],
                     reminders: Sequence[ReminderSpec] | None = None) -> None:
        """Store events and the new snapshot, if nobody changed the case since ``before``; with
        ``reminders``, the reminders the case should have now (in the same transaction)."""
        if not events:
            return
        try:
            async with self.engine.begin() as conn:
                key = await self._data_key(conn, before.id)
                values = self._case_values(key, after)
                result = await conn.execute(
                    update(cases).where(cases.c.id == before.id, cases.c.version == before.version)
                    .values(updated_at=events[-1].at, **values)
                )
                if result.rowcount != 1:
                    raise ConflictError(before.id)
                await conn.execute(insert(case_events), [self._event_row(key, before.id, e) for e in events])
                for e in events:
                    await self._audit(conn, e.at, e.actor, e.kind, before.reference)
                if reminders is not None:
                    await self._sync_reminders(conn, before.id, reminders)
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
            row = (await conn.execute(select(cases.c.id, cases.c.state).where(cases.c.id == case_id))).first()
            return await self._decrypt_state(conn, row.id, row.state) if row else None

    async def by_reference(self, reference: str) -> CaseState | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(cases.c.id, cases.c.state)
                                      .where(cases.c.reference == reference.upper()))).first()
            return await self._decrypt_state(conn, row.id, row.state) if row else None

    async def list_cases(self, *, owner: str | None = None, status: str | None = "open") -> list[CaseState]:
        query = select(cases.c.id, cases.c.state).order_by(cases.c.opened_at)
        if owner is not None:
            query = query.where(cases.c.owner == owner)
        if status is not None:
            query = query.where(cases.c.status == status)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
            return [await self._decrypt_state(conn, r.id, r.state) for r in rows]

    async def timeline(self, case_id: str) -> list[Event]:
        query = select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.seq)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
            key = await self._data_key(conn, case_id) if rows else b""
        events = []
        for r in rows:
            payload = json.loads(decrypt_text(key, r.data, f"{case_id}:event:{r.seq}"))
            events.append(Event(kind=r.kind, data=payload["data"], actor=r.actor,
                                actor_name=payload.get("actor_name", ""), at=_utc(r.at), seq=r.seq))
        return events

    async def case_for_post(self, platform: str, message_ref: str) -> CaseState | None:
        """The case whose card is this message (a reply in its thread names the thread root)."""
        query = (select(cases.c.id, cases.c.state).join(case_posts, case_posts.c.case_id == cases.c.id)
                 .where(case_posts.c.platform == platform, case_posts.c.message_ref == message_ref))
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
            return await self._decrypt_state(conn, row.id, row.state) if row else None

    async def first_time(self, key: str) -> bool:
        """True the first time a delivery key is seen, across processes (a platform's retry is not)."""
        try:
            async with self.engine.begin() as conn:
                await conn.execute(insert(seen_events).values(key=key[:200], at=datetime.now(timezone.utc)))
        except IntegrityError:
            return False
        return True

    async def save_reference(self, key: str, data: dict[str, Any]) -> None:
        """Keep where a user, team or channel can be reached (replacing an older reference)."""
        values = {"data": json.dumps(data), "at": datetime.now(timezone.utc)}
        try:
            async with self.engine.begin() as conn:
                done = await conn.execute(update(conversation_refs).where(conversation_refs.c.key == key)
                                          .values(**values))
                if done.rowcount == 0:
                    await conn.execute(insert(conversation_refs).values(key=key, **values))
        except IntegrityError:  # another request stored it at the same moment: either will do
            pass

    async def reference(self, key: str) -> dict[str, Any] | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(conversation_refs.c.data).where(conversation_refs.c.key == key))).first()
        return json.loads(row[0]) if row else None

    async def forget_seen(self, before: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(seen_events).where(seen_events.c.at < before))

    async def post(self, case_id: str, platform: str) -> str | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(case_posts.c.message_ref).where(
                case_posts.c.case_id == case_id, case_posts.c.platform == platform))).first()
        return row[0] if row else None

    # -- the vault ------------------------------------------------------------------

    async def vault(self, case_id: str) -> Vault:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(case_vault.c.data).where(case_vault.c.case_id == case_id))).first()
            if row is None:
                return Vault()
            key = await self._data_key(conn, case_id)
        return Vault.model_validate_json(decrypt_text(key, row.data, f"{case_id}:vault"))

    async def update_vault(self, case_id: str, change: Callable[[Vault], Vault], actor: str = "meldcode") -> Vault:
        """Replace a case's vault with ``change(current vault)``, read and written in one
        transaction (the row locked on PostgreSQL), encrypted as ``create`` does; audited."""
        async with self.engine.begin() as conn:
            query = select(case_vault.c.data).where(case_vault.c.case_id == case_id).with_for_update()
            row = (await conn.execute(query)).first()
            reference = (await conn.execute(select(cases.c.reference).where(cases.c.id == case_id))).scalar_one()
            key = await self._data_key(conn, case_id)
            current = Vault.model_validate_json(decrypt_text(key, row.data, f"{case_id}:vault")) if row else Vault()
            vault = Vault.model_validate(change(current).model_dump())  # checked again: limits hold
            values = {"data": encrypt_text(key, vault.model_dump_json(), f"{case_id}:vault"),
                      "dossier_index": dossier_index(self._system["blind_index"], vault.dossier) if vault.dossier else None}
            if row is None:
                await conn.execute(insert(case_vault).values(case_id=case_id, **values))
            else:
                await conn.execute(update(case_vault).where(case_vault.c.case_id == case_id).values(**values))
            await self._audit(conn, datetime.now(timezone.utc), actor, "vault_updated", reference)
        return vault

    async def replace_vault(self, case_id: str, vault: Vault, actor: str = "meldcode") -> None:
        """Replace a case's vault (encrypted with the case's data key, as ``create`` does)."""
        await self.update_vault(case_id, lambda _: vault, actor)

    async def open_vaults(self) -> dict[str, Vault]:
        """The vaults of all open cases (for the outbound guard)."""
        query = (select(case_vault.c.case_id, case_vault.c.data)
                 .join(cases, cases.c.id == case_vault.c.case_id).where(cases.c.status == "open"))
        result: dict[str, Vault] = {}
        async with self.engine.connect() as conn:
            for row in (await conn.execute(query)).all():
                key = await self._data_key(conn, row.case_id)
                result[row.case_id] = Vault.model_validate_json(decrypt_text(key, row.data, f"{row.case_id}:vault"))
        return result

    async def open_case_for_dossier(self, dossier: str) -> str | None:
        """The reference of an open case for this dossier number, found by blind index only."""
        index = dossier_index(self._system["blind_index"], dossier)
        query = (select(cases.c.reference).join(case_vault, case_vault.c.case_id == cases.c.id)
                 .where(case_vault.c.dossier_index == index, cases.c.status == "open"))
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return row[0] if row else None

    # -- retention and key rotation -------------------------------------------------

    async def purge_closed(self, closed_before: datetime, actor: str = "meldcode") -> list[str]:
        """Crypto-shred and delete every case closed before the given time; returns their references."""
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(cases.c.id, cases.c.reference).where(
                cases.c.status == "closed", cases.c.closed_at < closed_before))).all()
        purged = []
        for row in rows:
            async with self.engine.begin() as conn:
                # The key first: without it the ciphertext is noise, whatever else survives.
                await conn.execute(delete(case_keys).where(case_keys.c.case_id == row.id))
                for table in (case_events, case_posts, case_vault, reminders):
                    await conn.execute(delete(table).where(table.c.case_id == row.id))
                await conn.execute(delete(cases).where(cases.c.id == row.id))
                await self._audit(conn, datetime.now(timezone.utc), actor, "purged", row.reference)
            self._data_keys.pop(row.id, None)
            purged.append(row.reference)
        if purged and self.engine.dialect.name == "sqlite":
            # The write-ahead log still holds the deleted pages (the wrapped keys among them):
            # copy them into the database file, where secure_delete zeroed them, and empty it.
            async with self.engine.connect() as conn:
                auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return purged

    async def rotate(self, ring: KeyRing, actor: str = "meldcode") -> int:
        """Re-wrap every data key and system key under ``ring.current``; returns how many."""
        count = 0
        async with self.engine.begin() as conn:
            for row in (await conn.execute(select(case_keys))).all():
                key = self.keyring.unwrap(row.kid, row.wrapped, f"case:{row.case_id}")
                kid, wrapped = ring.wrap(key, f"case:{row.case_id}")
                await conn.execute(update(case_keys).where(case_keys.c.case_id == row.case_id)
                                   .values(kid=kid, wrapped=wrapped))
                count += 1
            for row in (await conn.execute(select(system_keys))).all():
                key = self.keyring.unwrap(row.kid, row.wrapped, f"system:{row.name}")
                kid, wrapped = ring.wrap(key, f"system:{row.name}")
                await conn.execute(update(system_keys).where(system_keys.c.name == row.name)
                                   .values(kid=kid, wrapped=wrapped))
            await self._audit(conn, datetime.now(timezone.utc), actor, "keys_rotated", "-")
        self.keyring = ring
        return count

    # -- the queue and reminders -------------------------------------------------------

    async def queue(self) -> list[CaseState]:
        """Open cases waiting for (or with) an aandachtsfunctionaris: acute first, then by urgency,
        then the longest waiting."""
        rank = case((cases.c.urgency == "acuut", 0), (cases.c.urgency == "verhoogd", 1), else_=2)
        query = (select(cases.c.id, cases.c.state).where(cases.c.triage.is_not(None))
                 .order_by(rank, cases.c.triage_since))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
            return [await self._decrypt_state(conn, r.id, r.state) for r in rows]

    async def _sync_reminders(self, conn: AsyncConnection, case_id: str, wanted: Sequence[ReminderSpec]) -> None:
        """Make the case's reminders the ``wanted`` ones: new ones are added, ones no longer
        wanted are dropped, existing ones keep their times (and whether they were sent)."""
        rows = (await conn.execute(select(reminders.c.id, reminders.c.kind, reminders.c.step)
                                   .where(reminders.c.case_id == case_id))).all()
        have = {(r.kind, r.step): r.id for r in rows}
        keys = {(w.kind, w.step) for w in wanted}
        gone = [rid for key, rid in have.items() if key not in keys]
        if gone:
            await conn.execute(delete(reminders).where(reminders.c.id.in_(gone)))
        new = [{"case_id": case_id, "kind": w.kind, "step": w.step, "stage": "due", "due_at": _as_utc(w.due_at),
                "escalate_at": _as_utc(w.escalate_at), "next_at": _as_utc(w.due_at), "snoozes": 0}
               for w in wanted if (w.kind, w.step) not in have]
        if new:
            await conn.execute(insert(reminders), new)

    async def cases_without_reminders(self) -> list[str]:
        """Open cases that have no reminder rows (e.g. opened before reminders existed)."""
        has = select(reminders.c.id).where(reminders.c.case_id == cases.c.id).exists()
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(cases.c.id).where(cases.c.status == "open", ~has))
            return [r.id for r in rows]

    async def set_reminders(self, case_id: str, wanted: Sequence[ReminderSpec]) -> None:
        async with self.engine.begin() as conn:
            await self._sync_reminders(conn, case_id, wanted)

    async def claim_due(self, now: datetime, owner: str, *, lease_seconds: int = 120,
                        limit: int = 100) -> list[ReminderRow]:
        """Claim reminders whose time has come, for a lease: under a row lock that other
        schedulers skip (PostgreSQL), or the database write lock (SQLite), so each due
        reminder goes to one scheduler."""
        now = now.astimezone(timezone.utc)
        until = now + timedelta(seconds=lease_seconds)
        free = or_(reminders.c.lease_until.is_(None), reminders.c.lease_until <= now)
        query = (select(*reminders.c).where(reminders.c.next_at <= now, free)
                 .order_by(reminders.c.next_at).limit(limit).with_for_update(skip_locked=True))
        async with self.engine.begin() as conn:
            rows = (await conn.execute(query)).all()
            if rows:
                await conn.execute(update(reminders).where(reminders.c.id.in_([r.id for r in rows]))
                                   .values(lease_until=until, lease_owner=owner))
        return [_reminder_row(r) for r in rows]

    async def renew_lease(self, reminder_id: int, owner: str, now: datetime, *, lease_seconds: int = 120) -> bool:
        """Keep a claimed reminder for another lease, if it is still ours: a batch that took
        longer than its lease must not send what another scheduler has claimed since."""
        now = now.astimezone(timezone.utc)
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(reminders).where(reminders.c.id == reminder_id, reminders.c.lease_owner == owner,
                                        reminders.c.lease_until > now)
                .values(lease_until=now + timedelta(seconds=lease_seconds)))
            return result.rowcount == 1

    async def reminder_advance(self, reminder_id: int, owner: str, *, stage: str, next_at: datetime | None) -> bool:
        """After acting on a claimed reminder: its next stage (``done``: nothing more)."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(reminders).where(reminders.c.id == reminder_id, reminders.c.lease_owner == owner)
                .values(stage=stage, next_at=_as_utc(next_at), lease_until=None, lease_owner=None))
            return result.rowcount == 1

    async def reminder(self, reminder_id: int) -> ReminderRow | None:
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(*reminders.c).where(reminders.c.id == reminder_id))).first()
        return _reminder_row(r) if r is not None else None

    async def snooze(self, reminder_id: int, due_at: datetime, escalate_at: datetime | None, limit: int) -> bool:
        """Put a reminder off until ``due_at``, at most ``limit`` times; False when that is used up."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(reminders).where(reminders.c.id == reminder_id, reminders.c.snoozes < limit)
                .values(stage="due", due_at=_as_utc(due_at), escalate_at=_as_utc(escalate_at), next_at=_as_utc(due_at),
                        snoozes=reminders.c.snoozes + 1, lease_until=None, lease_owner=None))
            return result.rowcount == 1

    async def reminders_of(self, case_id: str) -> list[ReminderRow]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(*reminders.c).where(reminders.c.case_id == case_id)
                                       .order_by(reminders.c.id))).all()
        return [_reminder_row(r) for r in rows]

    async def key_ids_in_use(self) -> set[str]:
        async with self.engine.connect() as conn:
            kids = {r[0] for r in (await conn.execute(select(case_keys.c.kid).distinct())).all()}
            kids |= {r[0] for r in (await conn.execute(select(system_keys.c.kid).distinct())).all()}
        return kids

    async def count_cases(self) -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(cases))).scalar_one())

