"""The ``meldcode`` command: the console chat and the maintenance commands."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TextIO

from assistant.config import ConfigError, Settings, load_settings
from assistant.i18n import Translator
from assistant.privacy.keys import KeyError_, KeyRing, encode_key, load_key_ring, new_key, write_key_file
from assistant.privacy.redact import Person, Redactor
from assistant.privacy.vault import VaultPerson
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


def key_ring(settings: Settings) -> KeyRing:
    t = Translator(settings.language)
    secret = settings.master_key.get_secret_value() if settings.master_key else None
    try:
        ring, created = load_key_ring(env_keys=secret, key_file=settings.key_file,
                                      embedded_database=settings.embedded_database)
    except KeyError_ as exc:
        raise StartupError(t(exc.key, **exc.params)) from None
    if created:
        print(t("keys.created", path=settings.key_file), file=sys.stderr)
    return ring


async def open_store(settings: Settings, ring: KeyRing | None = None) -> Store:
    t = Translator(settings.language)
    ring = ring or key_ring(settings)
    try:
        return await Store.open(settings.effective_database_url, ring)
    except KeyError_ as exc:
        raise StartupError(t(exc.key, **exc.params)) from None
    except (OSError, ConnectionError) as exc:
        raise StartupError(t("startup.database", kind=type(exc).__name__)) from None
    except Exception as exc:  # driver errors (asyncpg, sqlite) have no common base class
        if type(exc).__module__.split(".")[0] in ("asyncpg", "sqlite3", "sqlalchemy"):
            raise StartupError(t("startup.database", kind=type(exc).__name__)) from None
        raise


def load_redactor(settings: Settings) -> Redactor:
    """deduce, once per process, saying what it does (the first build takes 1-2 minutes)."""
    t = Translator(settings.language)
    return Redactor.with_deduce(progress=lambda stage: print(t(f"prepare.{stage}"), file=sys.stderr, flush=True))


# ---------------------------------------------------------------------------
# the console chat


async def run_console(settings: Settings) -> int:
    from adapters.console import ConsoleChat, ConsolePort
    from assistant.port import Actor
    from assistant.service import Assistant

    store = await open_store(settings)
    try:
        redactor = await asyncio.to_thread(load_redactor, settings)
        t = Translator(settings.language)
        for stream in (sys.stdin, sys.stdout):
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors="replace")  # a badly encoded line must not lose a form
        port = ConsolePort(sys.stdout, t)
        assistant = Assistant(settings, store, port, redactor)
        await assistant.start()
        tasks = assistant.background()
        try:
            actor = Actor(settings.console_user, settings.console_user, binding=ConsoleChat.BINDING)
            return await ConsoleChat(assistant, port, actor).run()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await store.close()


# ---------------------------------------------------------------------------
# meldcode serve


async def run_server(settings: Settings) -> int:
    from meldcode.server import Server

    t = Translator(settings.language)
    if settings.slack_enabled and not settings.slack_channel:
        raise StartupError(t("startup.slack_channel"))
    if settings.slack_enabled and settings.slack_channel and not re.fullmatch(r"[CG][A-Z0-9]{4,}", settings.slack_channel):
        raise StartupError(t("startup.slack_channel_id", channel=settings.slack_channel))
    if settings.teams_enabled and not settings.teams_channel:
        raise StartupError(t("startup.teams_channel"))
    if settings.teams_enabled and not settings.teams_disable_auth and not (
            settings.microsoft_app_password and settings.microsoft_app_tenant_id):
        raise StartupError(t("startup.teams_credentials"))
    if settings.slack_enabled and settings.teams_enabled:
        raise StartupError(t("startup.one_platform"))
    store = await open_store(settings)
    server = None
    try:
        redactor = await asyncio.to_thread(load_redactor, settings)
        server = Server(settings, store, redactor)
        try:
            await server.start()
        except Exception as exc:
            if type(exc).__module__.split(".")[0] in ("slack_sdk", "slack_bolt", "aiohttp", "botbuilder"):
                raise StartupError(t("startup.platform", kind=type(exc).__name__)) from None
            if isinstance(exc, OSError):  # the port is taken
                raise StartupError(t("startup.server", kind=type(exc).__name__, host=settings.host,
                                     port=settings.port)) from None
            raise
        await asyncio.Event().wait()  # until stopped (Ctrl-C or a signal)
        return 0
    finally:
        if server is not None:
            await server.stop()
        await store.close()


# ---------------------------------------------------------------------------
# meldcode redact


def _redact_request(line: str, t: Translator) -> tuple[Any, str, tuple[Person, ...]]:
    try:
        data = json.loads(line)
    except ValueError:
        raise ValueError(t("redact.not_json")) from None
    if not isinstance(data, dict) or "id" not in data:
        raise ValueError(t("redact.not_object"))
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(t("redact.no_text"))
    persons = data.get("persons") or []
    try:
        if not isinstance(persons, list):
            raise TypeError
        people = tuple(VaultPerson.model_validate(p).person() for p in persons)
    except (TypeError, ValueError):
        raise ValueError(t("redact.bad_persons")) from None
    return data["id"], text, people


def run_redact(settings: Settings, stdin: TextIO, stdout: TextIO, stderr: TextIO,
               redactor: Redactor | None = None) -> int:
    """JSON Lines in, JSON Lines out, with exactly the redactor the chat uses."""
    t = Translator(settings.language)
    redactor = redactor or load_redactor(settings)
    failed = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            request_id, text, persons = _redact_request(line, t)
        except ValueError as problem:
            failed += 1
            print(t("redact.line_error", line=number, problem=problem), file=stderr)
            continue
        stdout.write(json.dumps({"id": request_id, "text": redactor.redact(text, persons)}, ensure_ascii=False) + "\n")
    stdout.flush()
    return 1 if failed else 0


# ---------------------------------------------------------------------------
# keys, purge, audit, prepare


async def rotate_keys(settings: Settings) -> int:
    t = Translator(settings.language)
    ring = key_ring(settings)
    store = await open_store(settings, ring)
    try:
        if ring.source == "env":
            if await store.key_ids_in_use() <= {ring.current}:
                print(t("keys.rotate_env"))
                return 0
            new_ring = ring
        else:
            fresh = new_key()
            # First the new key beside the old ones, so an interrupted rotation loses nothing.
            both = KeyRing({**ring.keys, **KeyRing.of([fresh], ring.source).keys},
                           KeyRing.of([fresh], ring.source).current, ring.source)
            write_key_file(settings.key_file, both)
            new_ring = both
        count = await store.rotate(new_ring)
        if ring.source != "env":
            write_key_file(settings.key_file, KeyRing({new_ring.current: new_ring.keys[new_ring.current]},
                                                      new_ring.current, ring.source))
        print(t("keys.rotated", count=count, kid=new_ring.current))
        return 0
    finally:
        await store.close()


async def purge(settings: Settings) -> int:
    t = Translator(settings.language)
    store = await open_store(settings)
    try:
        before = datetime.now(timezone.utc) - timedelta(days=settings.retention_days)
        purged = await store.purge_closed(before)
        print(t("purge.done", count=len(purged), days=settings.retention_days))
        return 0
    finally:
        await store.close()


async def audit_verify(settings: Settings) -> int:
    t = Translator(settings.language)
    store = await open_store(settings)
    try:
        report = await store.audit_verify()
    finally:
        await store.close()
    if report.ok:
        print(t("audit.ok", entries=report.entries))
        return 0
    print(t("audit.broken", seq=report.first_bad, problem=report.problem))
    return 1


def list_plugins(settings: Settings, out: TextIO) -> int:
    """``meldcode plugins``: every installed plugin, its version, what it adds, whether it loaded."""
    from assistant.guidance import Registry

    t = Translator(settings.language)
    registry = Registry.discover()
    statuses = [*registry.status.values(), *registry.rejected]
    if not statuses:
        print(t("plugins.none"), file=out)
        return 0
    loaded = sum(s.loaded for s in statuses)
    print(t("plugins.summary", loaded=loaded, disabled=len(statuses) - loaded), file=out)
    for status in statuses:
        about = status.description.get(settings.language) if status.description else ""
        print(f"{'✓' if status.loaded else '✗'} {status.name} {status.version}" + (f" — {about}" if about else ""),
              file=out)
        if status.loaded:
            adds = [t("plugins.adds_sector", name=x) for x in status.sectors]
            adds += [t("plugins.adds_form", name=x) for x in status.forms]
            if status.rules is not None:
                adds.append(t("plugins.adds_rules", rules=status.rules, obligations=status.obligations))
            if status.code:
                adds.append(t("plugins.adds_code", hooks=", ".join(status.code)))
            print("    " + t("plugins.adds", adds="; ".join(adds) or "-"), file=out)
        else:
            print("    " + t("plugins.disabled", error=status.error), file=out)
    return 0 if loaded == len(statuses) else 1


def check_plugin(settings: Settings, path: Path, out: TextIO) -> int:
    """``meldcode plugins check PATH``: validate a plugin's data files (a file or a directory)."""
    from assistant.guidance.data import DATA_FILE, PluginDataError, load_data, problems
    from assistant.guidance.registry import installed
    from assistant.meldcode import load_protocol

    t = Translator(settings.language)
    files = [path] if path.is_file() else sorted(path.rglob(DATA_FILE)) if path.is_dir() else []
    if not files:
        print(t("plugins.check_nothing", path=path, name=DATA_FILE), file=out)
        return 1
    protocol = load_protocol()
    registry = installed()
    known_sectors = {c.sector for c in registry.sector_choices(protocol.sectors.keys)}
    known_concerns = {*protocol.concerns.all, *registry.concern_labels()}
    failed = 0
    for file in files:
        try:
            data = load_data(file)
            items = {step.number: tuple(i.key for i in step.items) for step in protocol.steps}
            errors = problems(data, protocol.consultation_roles.keys, protocol.urgency.keys, items,
                              protocol.sectors.keys)
            if errors:
                raise PluginDataError(str(file), *errors[0])
        except PluginDataError as exc:
            failed += 1
            print(t("plugins.check_error", error=str(exc)), file=out)
            continue
        sectors = known_sectors | {s.key for s in data.sectors}
        concerns = known_concerns | {c.key for c in data.concerns}
        for where, rule in [*((f"rules[{n}]", r) for n, r in enumerate(data.rules)),
                            *((f"obligations[{n}]", o) for n, o in enumerate(data.obligations))]:
            unknown = [k for k in rule.when.sector if k not in sectors] + [k for k in rule.when.concerns if k not in concerns]
            for key in unknown:
                print(t("plugins.check_unknown", path=file, name=key, where=where), file=out)
        print(t("plugins.check_ok", path=file, name=data.plugin.name), file=out)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="meldcode", description="Meldcode consultation assistant")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("console", help="the chat in this terminal (the default without Slack or Teams)")
    sub.add_parser("serve", help="serve Slack or Teams on MELDCODE_HOST:MELDCODE_PORT")
    package = sub.add_parser("teams-package", help="write the Teams app package (manifest and icons, zipped)")
    package.add_argument("--output", default="meldcode-teams.zip", help="where to write the zip")
    package.add_argument("--host", default="meldcode.example.org", help="the public host of the bot")
    sub.add_parser("prepare", help="build the privacy filter's lookup structures (once after install)")
    sub.add_parser("redact", help="redact JSON Lines from standard input with the chat's redactor")
    keys = sub.add_parser("keys", help="master keys").add_subparsers(dest="keys_command", required=True)
    keys.add_parser("new", help="print a new master key for MELDCODE_MASTER_KEY")
    keys.add_parser("rotate", help="re-wrap every case key under a new master key")
    sub.add_parser("purge", help="destroy cases closed longer ago than the retention period")
    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_command", required=True)
    audit.add_parser("verify", help="check the audit log's hash chain")
    plugins = sub.add_parser("plugins", help="list the installed plugins and whether they loaded")
    plugin_sub = plugins.add_subparsers(dest="plugins_command")
    check = plugin_sub.add_parser("check", help="validate a plugin's data files (a file or a directory)")
    check.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    _setup_logging(settings)
    os.umask(0o077)  # files the assistant creates (the database, the key file) are its own user's only
    try:
        if args.command == "serve" or (args.command is None and (settings.slack_enabled or settings.teams_enabled)):
            return asyncio.run(run_server(settings))
        if args.command in (None, "console"):
            return asyncio.run(run_console(settings))
        if args.command == "prepare":
            load_redactor(settings)
            print(Translator(settings.language)("prepare.ready"), file=sys.stderr)
            return 0
        if args.command == "teams-package":
            from adapters.teams.package import write_package

            t = Translator(settings.language)
            if not settings.microsoft_app_id:
                print(t("teams.package_needs_id"), file=sys.stderr)
                return 2
            path = write_package(Path(args.output), settings.microsoft_app_id, host=args.host)
            print(t("teams.package_written", path=path))
            return 0
        if args.command == "redact":
            return run_redact(settings, sys.stdin, sys.stdout, sys.stderr)
        if args.command == "keys" and args.keys_command == "new":
            print(encode_key(new_key()))
            return 0
        if args.command == "keys":
            return asyncio.run(rotate_keys(settings))
        if args.command == "purge":
            return asyncio.run(purge(settings))
        if args.command == "audit":
            return asyncio.run(audit_verify(settings))
        if args.command == "plugins" and args.plugins_command == "check":
            return check_plugin(settings, args.path, sys.stdout)
        if args.command == "plugins":
            return list_plugins(settings, sys.stdout)
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 1
    except ConfigError as exc:  # found when the assistant starts, e.g. a default sector no plugin offers
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    parser.print_help()
    return 2




def entry() -> None:
    """The console script. Ends with ``os._exit``: the privacy filter's lookup tables are a
    large heap that the interpreter would otherwise spend seconds freeing at exit; everything
    is stored and closed by then."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
