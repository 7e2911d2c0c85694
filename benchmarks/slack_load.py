"""Slack load benchmark: time to acknowledge N concurrent signed slash commands, on loopback.

Runs, in one go, a fake Slack Web API, the assistant (`meldcode serve`) and a bare slack-bolt
app that only acknowledges, each as its own process, and sends both the same N concurrent
genuinely signed `/meldcode help` requests. Prints p50 and p99 for both and their ratio.

    .venv/bin/python benchmarks/slack_load.py [N]     (default N = 100)

Targets (issue 4): p99 under 3 s with 100 concurrent requests on 2 cores, and at most 1.5
times the bare app's p99.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import sys
import tempfile
import textwrap
import time
import urllib.parse
from pathlib import Path

from aiohttp import ClientSession, web
from common import free_port, quantile, wait_healthy

SECRET = "benchmark-signing-secret"
ROOT = Path(__file__).resolve().parents[1]
BARE_APP = textwrap.dedent(
    """
    import sys
    from aiohttp import web
    from slack_bolt.async_app import AsyncApp
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
    from slack_sdk.web.async_client import AsyncWebClient

    app = AsyncApp(client=AsyncWebClient(token="xoxb-bench", base_url=sys.argv[2]), signing_secret=sys.argv[3])

    @app.command("/meldcode")
    async def ack_only(ack):
        await ack()

    async def events(request):
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    web_app = web.Application()
    web_app.router.add_post("/slack/events", events)
    web_app.router.add_get("/healthz", lambda r: web.json_response({"status": "ok"}))
    web.run_app(web_app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
    """
)




async def fake_slack(port: int) -> web.AppRunner:
    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        extra = {"team_id": "T1", "user_id": "UBOT"} if method == "auth.test" else {}
        if method == "chat.postMessage":
            extra = {"channel": "CCASES", "ts": f"{time.time():.6f}"}
        return web.json_response({"ok": True, **extra})

    async def respond(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/api/{method}", api)
    app.router.add_post("/respond", respond)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def signed(body: str) -> dict[str, str]:
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature,
            "Content-Type": "application/x-www-form-urlencoded"}




async def burst(session: ClientSession, port: int, n: int, api_port: int) -> list[float]:
    async def one(i: int) -> float:
        body = urllib.parse.urlencode({
            "command": "/meldcode", "text": "help", "user_id": f"U{i:04d}", "user_name": f"prof{i}",
            "channel_id": "CCASES", "team_id": "T1", "trigger_id": f"trigger-{i}",
            "response_url": f"http://127.0.0.1:{api_port}/respond",
        })
        started = time.perf_counter()
        async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body, headers=signed(body)) as response:
            await response.read()
            assert response.status == 200, response.status
        return time.perf_counter() - started

    await asyncio.gather(*(one(i) for i in range(5)))  # warm up
    return list(await asyncio.gather(*(one(i) for i in range(n))))




async def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    api_port, ours_port, bare_port = free_port(), free_port(), free_port()
    api = await fake_slack(api_port)
    data = tempfile.mkdtemp(prefix="meldcode-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MELDCODE_", "SLACK_"))}
    env.update(MELDCODE_DATA_DIR=data, MELDCODE_PORT=str(ours_port), MELDCODE_SLACK_CHANNEL="CCASES",
               SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=f"http://127.0.0.1:{api_port}/api/")
    command = [sys.executable, "-m", "meldcode", "serve"]
    if os.environ.get("BENCH_PROFILE"):  # py-spy record of the assistant, for finding where time goes
        command = ["py-spy", "record", "-o", os.environ["BENCH_PROFILE"], "-f", "speedscope", "--", *command]
    ours = await asyncio.create_subprocess_exec(*command, env=env, cwd=ROOT, stderr=asyncio.subprocess.DEVNULL)
    script = Path(data) / "bare_app.py"
    script.write_text(BARE_APP)
    bare = await asyncio.create_subprocess_exec(sys.executable, str(script), str(bare_port),
                                                f"http://127.0.0.1:{api_port}/api/", SECRET)
    try:
        async with ClientSession() as session:
            await wait_healthy(session, ours_port)
            await wait_healthy(session, bare_port)
            bare_times = await burst(session, bare_port, n, api_port)
            our_times = await burst(session, ours_port, n, api_port)
    finally:
        for proc in (ours, bare):
            proc.terminate()
            await proc.wait()
        await api.cleanup()
    rows = {"bare bolt app": bare_times, "meldcode-assistant": our_times}
    print(f"{n} concurrent signed slash commands on loopback, time to acknowledge\n")
    print(f"{'':<20}{'p50 (ms)':>10}{'p99 (ms)':>10}")
    for name, times in rows.items():
        print(f"{name:<20}{quantile(times, 0.5) * 1000:>10.1f}{quantile(times, 0.99) * 1000:>10.1f}")
    ratio = quantile(our_times, 0.99) / quantile(bare_times, 0.99)
    print(f"\np99 ratio (assistant / bare): {ratio:.2f}x")
    print(f"{'met' if quantile(our_times, 0.99) < 3 else 'MISSED':>6}  p99 under 3 s")
    print(f"{'met' if ratio <= 1.5 else 'MISSED':>6}  at most 1.5x the bare app's p99")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
