"""The ``meldcode`` command."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import sys
from collections.abc import Sequence

from assistant.config import ConfigError, Settings, load_settings
from assistant.i18n import Translator
from assistant.storage import Store

log = logging.getLogger("meldcode")


class StartupError(Exception):
    """Start-up cannot go on; the message is one line for the terminal."""


def _setup_logging(settings: Settings) -> None:
    """Our own loggers at the configured level; libraries stay at WARNING whatever it is, since
    their debug output (SQL parameters, payloads) would carry case text."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("meldcode").setLevel(settings.log_level)


async def open_store(settings: Settings) -> Store:
    try:
        return await Store.open(settings.effective_database_url)
    except (OSError, ConnectionError) as exc:
        raise StartupError(Translator(settings.language)("startup.database", kind=type(exc).__name__)) from None
    except Exception as exc:  # driver errors (asyncpg, sqlite) have no common base class
        if type(exc).__module__.split(".")[0] in ("asyncpg", "sqlite3", "sqlalchemy"):
            raise StartupError(Translator(settings.language)("startup.database", kind=type(exc).__name__)) from None
        raise


async def run_console(settings: Settings) -> int:
    from adapters.console import ConsoleChat, ConsolePort
    from assistant.port import Actor
    from assistant.service import Assistant

    store = await open_store(settings)
    try:
        t = Translator(settings.language)
        out = sys.stdout
        for stream in (sys.stdin, sys.stdout):
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors="replace")  # a badly encoded line must not lose a form
        port = ConsolePort(out, t)
        assistant = Assistant(settings, store, port)
        actor = Actor(settings.console_user, settings.console_user)
        return await ConsoleChat(assistant, port, actor).run()
    finally:
        await store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="meldcode", description="Meldcode consultation assistant")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("console", help="the chat in this terminal (the default without Slack or Teams)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    _setup_logging(settings)
    os.umask(0o077)  # files the assistant creates (the database) are its own user's only
    try:
        if args.command in (None, "console"):
            return asyncio.run(run_console(settings))
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
