"""A throwaway PostgreSQL server on 127.0.0.1, for the tests and the benchmarks.

Debian's server binaries (scripts/ensure-postgres.sh installs them) are run from a temporary
directory; as root, initdb and the server run as the ``postgres`` user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path


def pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def throwaway_postgres(*, durable: bool = False) -> Iterator[str | None]:
    """Yield a server URL (``postgresql+asyncpg://meldcode@127.0.0.1:PORT``), or None when the
    binaries are missing. ``durable``: fsync on (benchmarks measure real commits)."""
    bindir = pg_bin()
    if bindir is None:
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="meldcode-pg-"))
    data = root / "data"
    port = free_port()
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "meldcode", "--auth=trust",
                    "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root}"
    if not durable:
        options += " -c fsync=off"
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
                    "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+asyncpg://meldcode@127.0.0.1:{port}"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate" if not durable else "fast",
                        "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


async def create_database(server: str, prefix: str = "t_") -> str:
    """A new empty database on ``server``; returns its URL."""
    import asyncpg

    name = prefix + uuid.uuid4().hex[:12]
    conn = await asyncpg.connect(_admin(server))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"{server}/{name}"


async def drop_database(url: str) -> None:
    server, _, name = url.rpartition("/")
    import asyncpg

    conn = await asyncpg.connect(_admin(server))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def _admin(server: str) -> str:
    return server.replace("postgresql+asyncpg://", "postgresql://") + "/postgres"
