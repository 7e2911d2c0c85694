"""Reminder scan benchmark: finding and claiming the due reminders among 100,000 open cases.

Fills a database with N open cases, each with one pending reminder, of which D are due, and
times ``Store.claim_due`` (what the scheduler of every assistant process runs once a minute):

- claim:  one call, claiming a batch of up to 100 due reminders (the target's "scan");
- sweep:  claiming all D due ones, call after call until one claims nothing (as
          ``send_due_reminders`` does when several batches are due);
- idle:   one call when nothing is due (the common case, minute after minute).

Between runs the leases are handed back (outside the timing), so every run finds the same due
rows. Peak memory is measured in a separate pass with tracemalloc (the Python allocations of
the scans, not the database server's) plus the process's maximum resident size.

The cases and reminders are bulk-inserted straight into the tables (placeholder encrypted
state, no timeline, keys or audit: ``claim_due`` reads none of them) after ``Store.open`` has
created the schema with the migrations; then ``ANALYZE``, as autovacuum would do on a server.

    .venv/bin/python benchmarks/reminders.py [N] [D] [RUNS]   (default 100000 200 30)

PostgreSQL: with MELDCODE_BENCH_POSTGRES set to a server URL (postgresql+asyncpg://user@host:port,
without a database: a throwaway database is created in it and dropped after), or else a
throwaway server is started like the tests do (initdb and pg_ctl from the `postgresql` package,
run as the `postgres` user when run as root; `scripts/ensure-postgres.sh` installs it). Without
either, PostgreSQL is skipped with a note.

Target (issue 7): under 50 ms per scan at 100,000 cases, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from common import quantile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pgserver import create_database, drop_database, throwaway_postgres  # noqa: E402 - the one way to start a throwaway server
from sqlalchemy import insert, update

from assistant.privacy.keys import KeyRing, new_key
from assistant.storage import Store
from assistant.storage.tables import cases, reminders

TARGET_MS = 50.0
NOW = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
CHUNK = 5000


# -- the databases ----------------------------------------------------------------------


@contextlib.asynccontextmanager
async def pg_database(server: str) -> AsyncIterator[str]:
    url = await create_database(server, "bench_")
    try:
        yield url
    finally:
        await drop_database(url)


# -- filling ----------------------------------------------------------------------------


async def fill(store: Store, n: int, due: int) -> None:
    """``n`` open cases with one pending reminder each; ``due`` of them due at NOW, the others
    due within the next six weeks (as step reminders of open cases are)."""
    rng = random.Random(7)
    due_rows = set(rng.sample(range(n), due))
    opened = NOW - timedelta(days=30)
    async with store.engine.begin() as conn:
        for start in range(0, n, CHUNK):
            rows, rems = [], []
            for i in range(start, min(n, start + CHUNK)):
                case_id = str(uuid.UUID(int=rng.getrandbits(128)))
                rows.append({"id": case_id, "reference": f"MC-{i:08d}", "owner": f"U{i % 500:04d}",
                             "status": "open", "urgency": "normaal", "sector": "onderwijs",
                             "opened_at": opened, "updated_at": opened, "closed_at": None, "version": 1,
                             "state": "placeholder", "triage": None, "triage_since": None})
                if i in due_rows:
                    at = NOW - timedelta(minutes=rng.randint(1, 3 * 24 * 60))
                else:
                    at = NOW + timedelta(minutes=rng.randint(1, 42 * 24 * 60))
                rems.append({"case_id": case_id, "kind": "step", "step": rng.randint(1, 5), "stage": "due",
                             "due_at": at, "escalate_at": at + timedelta(days=2), "next_at": at, "snoozes": 0,
                             "lease_until": None, "lease_owner": None})
            await conn.execute(insert(cases), rows)
            await conn.execute(insert(reminders), rems)
    async with store.engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await auto.exec_driver_sql("ANALYZE")


async def release(store: Store) -> None:
    """Hand every lease back, so the next run finds the same due rows."""
    async with store.engine.begin() as conn:
        await conn.execute(update(reminders).where(reminders.c.lease_owner.is_not(None))
                           .values(lease_until=None, lease_owner=None))


# -- measuring --------------------------------------------------------------------------


async def sweep(store: Store, now: datetime) -> int:
    claimed = 0
    while rows := await store.claim_due(now, "bench"):
        claimed += len(rows)
    return claimed


async def measure(store: Store, due: int, runs: int) -> dict[str, object]:
    times: dict[str, list[float]] = {"claim": [], "sweep": [], "idle": []}
    idle_at = NOW - timedelta(days=4)  # before any reminder is due
    for run in range(runs + 3):  # the first three warm the caches and the pool
        await release(store)
        started = time.perf_counter()
        got = len(await store.claim_due(NOW, "bench"))
        claim = time.perf_counter() - started
        assert got == min(100, due), got
        await release(store)
        started = time.perf_counter()
        assert await sweep(store, NOW) == due
        whole = time.perf_counter() - started
        started = time.perf_counter()
        assert await store.claim_due(idle_at, "bench") == []
        idle = time.perf_counter() - started
        if run >= 3:
            times["claim"].append(claim)
            times["sweep"].append(whole)
            times["idle"].append(idle)
    await release(store)
    tracemalloc.start()
    await store.claim_due(NOW, "bench")
    await release(store)
    await sweep(store, NOW)
    await store.claim_due(idle_at, "bench")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"times": times, "peak": peak}


async def bench(backend: str, url: str, n: int, due: int, runs: int) -> dict[str, object]:
    store = await Store.open(url, KeyRing.of([new_key()], "env"))
    try:
        started = time.perf_counter()
        await fill(store, n, due)
        filled = time.perf_counter() - started
        result = await measure(store, due, runs)
    finally:
        await store.close()
    return {"backend": backend, "fill": filled, **result}


def report(results: list[dict[str, object]], n: int, due: int, runs: int) -> None:
    print(f"{n:,} open cases with a reminder each, {due} due; {runs} runs per measure "
          f"(claim_due batch: 100)\n")
    header = f"{'':<12}{'measure':<8}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'p95/50ms':>10}"
    print(header)
    for r in results:
        times = r["times"]
        for kind in ("claim", "sweep", "idle"):
            values = [t * 1000 for t in times[kind]]  # type: ignore[index]
            p95 = quantile(values, 0.95)
            print(f"{r['backend']:<12}{kind:<8}{statistics.median(values):>11.2f}{p95:>9.2f}"
                  f"{max(values):>9.2f}{p95 / TARGET_MS:>10.2f}")
    print()
    for r in results:
        print(f"{r['backend']:<12}peak Python memory in the scans (tracemalloc): {r['peak'] / 1024:,.0f} KiB; "
              f"filled in {r['fill']:.1f} s")
    print(f"{'':<12}maximum resident size of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB\n")
    for r in results:
        times = r["times"]
        for kind in ("claim", "sweep"):
            p95 = quantile([t * 1000 for t in times[kind]], 0.95)  # type: ignore[index]
            print(f"{'met' if p95 < TARGET_MS else 'MISSED':>6}  {r['backend']}: {kind} p95 under {TARGET_MS:.0f} ms")


async def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    due = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    results = []
    with tempfile.TemporaryDirectory(prefix="meldcode-bench-") as tmp:
        results.append(await bench("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}", n, due, runs))
    server = os.environ.get("MELDCODE_BENCH_POSTGRES")
    with contextlib.nullcontext(server) if server else throwaway_postgres(durable=True) as server:
        if server is None:
            print("PostgreSQL not installed and MELDCODE_BENCH_POSTGRES not set: PostgreSQL skipped\n")
        else:
            async with pg_database(server) as url:
                results.append(await bench("postgresql", url, n, due, runs))
    report(results, n, due, runs)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
