"""Storage on SQLite and PostgreSQL: migrations, round trips, conflicts, and crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect

from assistant.engine import Engine
from assistant.meldcode import load_protocol
from assistant.port import Actor
from assistant.privacy.keys import encode_key
from assistant.storage import ConflictError, Store

ACTOR = Actor("U-1", "Tester")


def _open(engine: Engine, reference: str = "MC-TEST"):
    event = engine.open_case(ACTOR, case_id=str(uuid.uuid4()), reference=reference, sector="jeugdhulp",
                             concerns=["psychische_verwaarlozing"], urgency="normaal", description="komt zonder ontbijt")
    return engine.apply_all(None, [event]), event


async def test_migrations_create_the_schema(store: Store) -> None:
    async with store.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {"cases", "case_events", "case_posts", "alembic_version"} <= tables


async def test_reopening_the_store_keeps_schema_and_data(db_url: str, keyring) -> None:
    engine = Engine(load_protocol())
    first = await Store.open(db_url, keyring)
    state, opened = _open(engine)
    await first.create(state, opened)
    await first.close()
    second = await Store.open(db_url, keyring)  # migrations run again: nothing to do, nothing lost
    try:
        loaded = await second.load(state.id)
        assert loaded == state
    finally:
        await second.close()


async def test_round_trip_of_state_timeline_and_posts(store: Store) -> None:
    engine = Engine(load_protocol())
    state, opened = _open(engine)
    await store.create(state, opened)
    events = engine.set_item(state, ACTOR, 1, "signalen_vastgelegd", True)
    after = engine.apply_all(state, events)
    await store.append(state, after, events)
    more = engine.add_note(after, ACTOR, "Vader haalt kind op; kind schrikt van harde geluiden.")
    final = engine.apply_all(after, more)
    await store.append(after, final, more)

    assert await store.load(state.id) == final
    assert (await store.by_reference("mc-test")) == final
    timeline = await store.timeline(state.id)
    assert [e.kind for e in timeline] == ["opened", "item_checked", "note_added"]
    assert [e.seq for e in timeline] == [1, 2, 3]
    assert timeline[2].data["text"].startswith("Vader haalt")
    assert timeline[0].at.tzinfo is not None
    assert await store.post(state.id, "slack") is None
    await store.set_post(state.id, "slack", "C1:1700000000.000100")
    await store.set_post(state.id, "slack", "C1:1700000000.000200")
    assert await store.post(state.id, "slack") == "C1:1700000000.000200"
    assert await store.reference_taken("MC-TEST")
    assert not await store.reference_taken("MC-ZZZZ")


async def test_list_cases_by_owner_and_status(store: Store) -> None:
    engine = Engine(load_protocol())
    mine, opened = _open(engine, "MC-AAAA")
    await store.create(mine, opened)
    other_event = engine.open_case(Actor("U-2"), case_id=str(uuid.uuid4()), reference="MC-BBBB", sector="onderwijs",
                                   concerns=["huiselijk_geweld"], urgency="normaal")
    other = engine.apply_all(None, [other_event])
    await store.create(other, other_event)
    closing = engine.close(mine, ACTOR, "vermoeden niet bevestigd")
    closed = engine.apply_all(mine, closing)
    await store.append(mine, closed, closing)

    assert [c.reference for c in await store.list_cases(owner="U-1")] == []
    assert [c.reference for c in await store.list_cases(owner="U-1", status="closed")] == ["MC-AAAA"]
    assert [c.reference for c in await store.list_cases()] == ["MC-BBBB"]
    assert {c.reference for c in await store.list_cases(status=None)} == {"MC-AAAA", "MC-BBBB"}


async def test_a_stale_write_is_a_conflict_and_changes_nothing(store: Store) -> None:
    engine = Engine(load_protocol())
    state, opened = _open(engine)
    await store.create(state, opened)
    first = engine.set_item(state, ACTOR, 1, "bronnen", True)
    await store.append(state, engine.apply_all(state, first), first)
    stale = engine.set_item(state, ACTOR, 1, "signalen_vastgelegd", True)  # based on the old version
    with pytest.raises(ConflictError):
        await store.append(state, engine.apply_all(state, stale), stale)
    assert [e.kind for e in await store.timeline(state.id)] == ["opened", "item_checked"]
    assert (await store.load(state.id)).checked == {1: ["bronnen"]}


WRITER = textwrap.dedent(
    """
    import asyncio, sys, uuid
    from assistant.engine import Engine
    from assistant.meldcode import load_protocol
    from assistant.port import Actor
    from assistant.privacy.keys import KeyRing, decode_key
    from assistant.storage import Store

    async def main(url, key):
        store = await Store.open(url, KeyRing.of([decode_key(key)], "env"))
        engine = Engine(load_protocol())
        actor = Actor("U-1", "Tester")
        event = engine.open_case(actor, case_id=str(uuid.uuid4()), reference="MC-KILL", sector="onderwijs",
                                 concerns=["huiselijk_geweld"], urgency="normaal")
        state = engine.apply_all(None, [event])
        await store.create(state, event)
        events = engine.add_note(state, actor, "Signaal vastgelegd voor de crash.")
        await store.append(state, engine.apply_all(state, events), events)
        print("ACK " + state.id, flush=True)   # acknowledged: the user has seen it saved
        await asyncio.sleep(3600)              # killed here, without any clean-up

    asyncio.run(main(sys.argv[1], sys.argv[2]))
    """
)


async def test_an_acknowledged_change_survives_kill_9(db_url: str, tmp_path: Path, keyring) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    key = encode_key(next(iter(keyring.keys.values())))
    proc = subprocess.Popen([sys.executable, str(script), db_url, key], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("ACK "), line
        case_id = line.split()[1]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    store = await Store.open(db_url, keyring)
    try:
        state = await store.load(case_id)
        assert state is not None and state.reference == "MC-KILL"
        assert [n.text for n in state.notes] == ["Signaal vastgelegd voor de crash."]
        assert [e.kind for e in await store.timeline(case_id)] == ["opened", "note_added"]
        json.dumps([e.model_dump(mode="json") for e in await store.timeline(case_id)])
    finally:
        await store.close()
