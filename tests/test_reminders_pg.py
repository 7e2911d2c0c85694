"""Each due reminder is sent exactly once with two assistant processes on one database (issue 7).

Two real processes (tests/reminder_worker.py) run the reminder scheduler at the same moment
against one database: the PostgreSQL server of conftest's ``postgres_server`` (claims under
``FOR UPDATE SKIP LOCKED``), and SQLite (claims under the write lock of ``BEGIN IMMEDIATE``).
The worker's chat port writes every direct message to a file; the test reads them back.

A process killed with SIGKILL while it holds the lease on reminders it claimed (mid-send):
nothing of those goes out before the lease ends, and each goes out exactly once after.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Awaitable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from assistant.config import load_settings
from assistant.guidance import Registry
from assistant.port import Actor
from assistant.privacy.keys import KeyRing, write_key_file
from assistant.service import Assistant
from assistant.storage import Store
from assistant.storage.tables import cases, reminders
from conftest import BINDING, Clock, RecordingPort, submit
from reminder_worker import cheap_redactor

WORKER = Path(__file__).with_name("reminder_worker.py")
# Monday 2 March 2026, 10:00 in Amsterdam: the step 1 reminder (2 working days) is due on
# Wednesday, its escalation (2 working days later) on Friday. Thursday: due, not escalated.
OPENED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
THURSDAY = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
LEASE = timedelta(seconds=120)  # Store.claim_due's default lease
NEW_CASE = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
            "description": "Synthetische casus: blauwe plekken gezien"}
TIMEOUT = 120


async def open_cases(store: Store, tmp_path: Path, count: int) -> set[int]:
    """``count`` open cases, opened on Monday by three professionals; the ids of the reminders
    due on Thursday (one per case: its first step)."""
    clock = Clock(OPENED)
    a = Assistant(load_settings(data_dir=tmp_path / "setup"), store, RecordingPort(), cheap_redactor(),
                  clock=clock, registry=Registry())
    for i in range(count):
        actor = Actor(f"U-prof-{i % 3}", f"Professional {i % 3}", binding=BINDING)
        outcome = await submit(a, actor, "new_case", {}, NEW_CASE)
        assert outcome.ok
        clock.advance(seconds=1)
    assert await store.count_cases() == count
    due = await due_ids(store, THURSDAY)
    assert len(due) == count, "each case should have one reminder due on Thursday"
    return due


async def due_ids(store: Store, now: datetime) -> set[int]:
    async with store.engine.connect() as conn:
        rows = (await conn.execute(select(reminders.c.id).where(reminders.c.next_at <= now))).all()
    return {r.id for r in rows}


async def owners(store: Store) -> dict[str, str]:
    async with store.engine.connect() as conn:
        return {r.id: r.owner for r in (await conn.execute(select(cases.c.id, cases.c.owner))).all()}


async def rows_by_id(store: Store) -> dict[int, object]:
    async with store.engine.connect() as conn:
        return {r.id: r for r in (await conn.execute(select(reminders))).all()}


def start(db_url: str, keyfile: Path, now: datetime, out: Path,
          *extra: str) -> Awaitable[asyncio.subprocess.Process]:
    return asyncio.create_subprocess_exec(
        sys.executable, str(WORKER), db_url, str(keyfile), now.isoformat(), str(out), *extra,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def run_together(db_url: str, keyfile: Path, now: datetime, tmp_path: Path, name: str,
                       *extra: str) -> list[dict]:
    """Start two workers, let them go at the same moment, wait for both; every direct message
    either sent, each tagged with the process that sent it."""
    go = tmp_path / f"{name}.go"
    outs = [tmp_path / f"{name}-{i}.jsonl" for i in (1, 2)]
    ready = [tmp_path / f"{name}-{i}.ready" for i in (1, 2)]
    procs = [await start(db_url, keyfile, now, out, "--ready", str(r), "--go", str(go), *extra)
             for out, r in zip(outs, ready)]
    try:
        deadline = time.monotonic() + TIMEOUT
        while not all(r.exists() for r in ready):
            assert all(p.returncode is None for p in procs), "a worker ended before it was ready"
            assert time.monotonic() < deadline, "the workers did not get ready"
            await asyncio.sleep(0.01)
        go.touch()
        results = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), TIMEOUT)
    finally:
        for p in procs:
            if p.returncode is None:
                p.kill()
                await p.wait()
    for p, (stdout, stderr) in zip(procs, results):
        assert p.returncode == 0, stderr.decode()[-3000:]
        print(stdout.decode().strip())
    return [json.loads(line) for out in outs if out.exists() for line in out.read_text().splitlines()]


def write_keys(keyring: KeyRing, tmp_path: Path) -> Path:
    keyfile = tmp_path / "keys.json"
    write_key_file(keyfile, keyring)
    return keyfile


async def test_two_processes_send_each_due_reminder_once(store: Store, db_url: str, keyring: KeyRing,
                                                         tmp_path: Path) -> None:
    due = await open_cases(store, tmp_path, 300)
    by_id = await rows_by_id(store)

    sent = await run_together(db_url, write_keys(keyring, tmp_path), THURSDAY, tmp_path, "both",
                              "--delay", "0.002")

    counts = Counter(m["reminder"] for m in sent)
    assert not [r for r, n in counts.items() if n > 1], "a reminder was sent twice"
    assert set(counts) == due, f"missing: {sorted(due - set(counts))[:10]}, unexpected: {sorted(set(counts) - due)[:10]}"
    owner_of = await owners(store)
    for m in sent:  # to the case's owner, about that case
        assert m["case"] == by_id[m["reminder"]].case_id
        assert m["to"] == owner_of[m["case"]]
    per_worker = Counter(m["worker"] for m in sent)
    assert len(per_worker) == 2 and min(per_worker.values()) > 0, f"both processes should send: {per_worker}"
    after = await rows_by_id(store)
    for rid in due:  # each advanced to its escalation, lease given back
        assert after[rid].stage == "escalate" and after[rid].lease_owner is None
        assert after[rid].next_at is not None and after[rid].next_at.replace(tzinfo=timezone.utc) > THURSDAY

    # Run again, the same moment: nothing is due any more.
    assert await run_together(db_url, write_keys(keyring, tmp_path), THURSDAY, tmp_path, "again") == []


async def test_reminders_of_a_killed_process_go_out_once_after_its_lease(store: Store, db_url: str,
                                                                         keyring: KeyRing, tmp_path: Path) -> None:
    due = await open_cases(store, tmp_path, 150)
    keyfile = write_keys(keyring, tmp_path)

    # A process claims a batch and is killed (SIGKILL) in the middle of sending the first.
    out = tmp_path / "hung.jsonl"
    proc = await start(db_url, keyfile, THURSDAY, out, "--hang")
    try:
        deadline = time.monotonic() + TIMEOUT
        while not (out.exists() and out.read_text().strip()):
            assert proc.returncode is None, (await proc.stderr.read()).decode()[-3000:]
            assert time.monotonic() < deadline, "the worker never started sending"
            await asyncio.sleep(0.01)
    finally:
        if proc.returncode is None:
            os.kill(proc.pid, signal.SIGKILL)
        await asyncio.wait_for(proc.wait(), TIMEOUT)
    assert proc.returncode == -signal.SIGKILL
    dead = json.loads(out.read_text().splitlines()[0])["hung"]

    rows = await rows_by_id(store)
    leased = {rid for rid, r in rows.items() if r.lease_owner == dead}
    assert leased and leased < due  # a batch (up to 100) of the 150, none of it sent or advanced
    for rid in leased:
        assert rows[rid].stage == "due" and rows[rid].lease_until.replace(tzinfo=timezone.utc) == THURSDAY + LEASE

    # Within its lease: the others go out, its reminders do not.
    early = await run_together(db_url, keyfile, THURSDAY + LEASE / 2, tmp_path, "early")
    early_ids = Counter(m["reminder"] for m in early)
    assert set(early_ids) == due - leased and max(early_ids.values()) == 1

    # Once the lease has ended: each of them exactly once.
    late = await run_together(db_url, keyfile, THURSDAY + LEASE + timedelta(seconds=1), tmp_path, "late")
    late_ids = Counter(m["reminder"] for m in late)
    assert set(late_ids) == leased and max(late_ids.values()) == 1
    after = await rows_by_id(store)
    assert all(after[rid].stage == "escalate" and after[rid].lease_owner is None for rid in due)
