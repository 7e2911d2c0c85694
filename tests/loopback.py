"""A fake platform server on 127.0.0.1 (a free port): the shared start and stop of the fakes."""

from __future__ import annotations

from aiohttp import web


class LoopbackServer:
    """Subclasses add their routes in ``routes``; ``start`` serves them on 127.0.0.1."""

    port = 0
    _runner: web.AppRunner | None = None

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self):  # type: ignore[no-untyped-def]
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
