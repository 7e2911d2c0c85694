"""``meldcode serve``: one aiohttp server for the chat platforms, plus ``GET /healthz``.

- Slack over HTTP: ``POST /slack/events`` (request signatures verified by slack-bolt).
- Slack over Socket Mode when ``SLACK_APP_TOKEN`` is set: no public URL needed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

from assistant.config import Settings
from assistant.i18n import Translator
from assistant.privacy.redact import Redactor
from assistant.service import Assistant
from assistant.storage import Store

log = logging.getLogger("meldcode.server")


async def healthz(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


class Server:
    """The running assistant behind the platform adapters."""

    def __init__(self, settings: Settings, store: Store, redactor: Redactor) -> None:
        self.settings = settings
        self.store = store
        self.redactor = redactor
        self.t = Translator(settings.language)
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self.web = web.Application(client_max_size=1024 * 1024, middlewares=[self._count])
        self.web.router.add_get("/healthz", healthz)
        self.slack: Any = None
        self.teams: Any = None
        self.assistant: Assistant | None = None
        self._socket: Any = None
        self._runner: web.AppRunner | None = None
        self._tasks: list[asyncio.Task[Any]] = []

    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self._inflight += 1
        self._idle.clear()
        try:
            return await handler(request)
        finally:
            self._inflight -= 1
            if self._inflight == 0:
                self._idle.set()

    async def quiet(self, limit: float = 0.5) -> None:
        """Until no request waits for its response (at most ``limit`` seconds): work that follows
        an acknowledgement yields to the acknowledgements of others."""
        try:
            await asyncio.wait_for(self._idle.wait(), limit)
        except TimeoutError:
            pass

    async def start(self) -> None:
        if self.settings.slack_enabled:
            from adapters.slack import SlackAdapter
            from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request

            self.slack = SlackAdapter(self.settings, self.t)
            self.slack.quiet = self.quiet
            await self.slack.start()
            self.assistant = Assistant(self.settings, self.store, self.slack.port, self.redactor)
            self.slack.attach(self.assistant)

            async def slack_events(request: web.Request) -> web.Response:
                return await to_aiohttp_response(await self.slack.app.async_dispatch(await to_bolt_request(request)))

            # Socket Mode instead of HTTP when an app token is set; never an unsigned HTTP endpoint
            if self.settings.slack_signing_secret and not self.settings.slack_app_token:
                self.web.router.add_post("/slack/events", slack_events)
            if self.settings.slack_app_token:
                from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

                self._socket = AsyncSocketModeHandler(self.slack.app, self.settings.slack_app_token.get_secret_value())
                await self._socket.connect_async()
        if self.settings.teams_enabled:
            from adapters.teams import TeamsAdapter

            if self.assistant is not None:  # one assistant speaks through one port
                raise RuntimeError("configure Slack or Teams, not both, in one process")
            self.teams = TeamsAdapter(self.settings, self.t)
            self.assistant = Assistant(self.settings, self.store, self.teams.port, self.redactor)
            self.teams.attach(self.assistant)
            self.web.router.add_post("/api/messages", self.teams.handle)
        if self.assistant is not None:
            await self.assistant.start()
            self._tasks += self.assistant.background()
        self._runner = web.AppRunner(self.web, access_log=None)  # access logs could carry ids
        await self._runner.setup()
        await web.TCPSite(self._runner, self.settings.host, self.settings.port).start()
        log.warning("meldcode serving on %s:%s", self.settings.host, self.settings.port)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._socket is not None:
            await self._socket.close_async()
        if self.teams is not None:
            await self.teams.bot.close()
        if self._runner is not None:
            await self._runner.cleanup()
