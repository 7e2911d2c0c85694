"""What the load benchmarks share: free loopback ports, waiting for a server, quantiles."""

from __future__ import annotations

import asyncio
import socket
import statistics

from aiohttp import ClientSession


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_healthy(session: ClientSession, port: int) -> None:
    for _ in range(300):
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


def quantile(values: list[float], q: float) -> float:
    # inclusive: a quantile of the measured values, never beyond the largest one
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]
