"""Teams load benchmark: N concurrent activities on loopback, the assistant against a bare
botbuilder echo bot, each as its own process, replies going to a fake connector.

    .venv/bin/python benchmarks/teams_load.py [N]     (default N = 100)

Prints p50/p99 of the time to answer POST /api/messages for both and their ratio.
Target (issue 5): at most 1.5 times the bare bot's p99.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from aiohttp import ClientSession, web
from common import free_port, quantile, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
ECHO_BOT = textwrap.dedent(
    """
    import sys
    from types import SimpleNamespace
    from aiohttp import web
    from botbuilder.core import ActivityHandler
    from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

    class Echo(ActivityHandler):
        async def on_message_activity(self, turn_context):
            await turn_context.send_activity(turn_context.activity.text or "")

    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(
        SimpleNamespace(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")))
    bot = Echo()

    async def messages(request):
        return await adapter.process(request, bot) or web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", lambda r: web.json_response({"status": "ok"}))
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
    """
)




async def fake_connector(port: int) -> web.AppRunner:
    async def reply(_: web.Request) -> web.Response:
        return web.json_response({"id": f"a{time.time_ns()}"})

    app = web.Application()
    app.router.add_post("/v3/conversations", reply)
    app.router.add_post("/v3/conversations/{cid}/activities", reply)
    app.router.add_post("/v3/conversations/{cid}/activities/{aid}", reply)
    app.router.add_put("/v3/conversations/{cid}/activities/{aid}", reply)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def activity(i: int, service_url: str) -> dict:
    return {"type": "message", "id": f"m{i}", "channelId": "msteams", "serviceUrl": service_url, "text": "help",
            "from": {"id": f"29:user{i}", "name": f"Professional {i}"}, "recipient": {"id": "28:bot"},
            "conversation": {"id": f"a:personal-{i}", "conversationType": "personal", "tenantId": "T1"},
            "channelData": {"tenant": {"id": "T1"}}}




async def burst(session: ClientSession, port: int, n: int, service_url: str) -> list[float]:
    async def one(i: int) -> float:
        started = time.perf_counter()
        async with session.post(f"http://127.0.0.1:{port}/api/messages", json=activity(i, service_url)) as response:
            await response.read()
            assert response.status < 300, response.status
        return time.perf_counter() - started

    await asyncio.gather(*(one(i) for i in range(5)))  # warm up
    return list(await asyncio.gather(*(one(i) for i in range(n))))




async def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    connector_port, ours_port, bare_port = free_port(), free_port(), free_port()
    connector = await fake_connector(connector_port)
    service_url = f"http://127.0.0.1:{connector_port}/"
    data = tempfile.mkdtemp(prefix="meldcode-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MELDCODE_", "SLACK_", "MICROSOFT_"))}
    env.update(MELDCODE_DATA_DIR=data, MELDCODE_PORT=str(ours_port), MELDCODE_TEAMS_DISABLE_AUTH="true",
               MELDCODE_TEAMS_CHANNEL="19:cases@thread.tacv2")
    ours = await asyncio.create_subprocess_exec(sys.executable, "-m", "meldcode", "serve", env=env, cwd=ROOT,
                                                stderr=asyncio.subprocess.DEVNULL)
    script = Path(data) / "echo_bot.py"
    script.write_text(ECHO_BOT)
    bare = await asyncio.create_subprocess_exec(sys.executable, str(script), str(bare_port),
                                                stderr=asyncio.subprocess.DEVNULL)
    try:
        async with ClientSession() as session:
            await wait_healthy(session, ours_port)
            await wait_healthy(session, bare_port)
            bare_times = await burst(session, bare_port, n, service_url)
            our_times = await burst(session, ours_port, n, service_url)
    finally:
        for proc in (ours, bare):
            proc.terminate()
            await proc.wait()
        await connector.cleanup()
    print(f"{n} concurrent activities on loopback, time to answer POST /api/messages\n")
    print(f"{'':<20}{'p50 (ms)':>10}{'p99 (ms)':>10}")
    for name, times in (("bare echo bot", bare_times), ("meldcode-assistant", our_times)):
        print(f"{name:<20}{quantile(times, 0.5) * 1000:>10.1f}{quantile(times, 0.99) * 1000:>10.1f}")
    ratio = quantile(our_times, 0.99) / quantile(bare_times, 0.99)
    print(f"\np99 ratio (assistant / bare): {ratio:.2f}x")
    print(f"{'met' if ratio <= 1.5 else 'MISSED':>6}  at most 1.5x the bare bot's p99")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
