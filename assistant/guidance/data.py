"""Plugins made of data: a TOML file of rules, read and validated at load.

A bundled or third-party plugin that needs no code is one line::

    plugin = DataPlugin.from_package(__name__)      # reads guidance.toml beside it
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.guidance.hookspecs import hookimpl
from assistant.guidance.model import (
    CaseEvent,
    CaseView,
    Concern,
    Contact,
    Item,
    LegalNote,
    PluginData,
    RouteWarning,
    Rule,
    Sector,
    When,
)

DATA_FILE = "guidance.toml"


class PluginDataError(Exception):
    """A data file that cannot be used: ``path``, the ``field`` at fault and what is wrong."""

    def __init__(self, path: str, field: str, message: str) -> None:
        super().__init__(f"{path}: {field}: {message}" if field else f"{path}: {message}")
        self.path = path
        self.field = field
        self.message = message


def _location(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as a reader of the file would write it: ``rules[2].items[0].step``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not str(part).startswith(("function-", "literal[", "int", "str")):
            out += ("." if out else "") + str(part)
    return out


def parse_data(text: str, path: str) -> PluginData:
    """Read and validate a data file's text; raise ``PluginDataError`` naming path and field."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PluginDataError(path, "", f"not valid TOML ({exc})") from None
    try:
        return PluginData.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = len(exc.errors()) - 1
        message = first["msg"] + (f" (and {more} more)" if more else "")
        raise PluginDataError(path, _location(first["loc"]), message) from None


def load_data(path: Path) -> PluginData:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PluginDataError(str(path), "", f"cannot be read ({type(exc).__name__})") from None
    return parse_data(text, str(path))


def problems(data: PluginData, roles: Iterable[str], urgencies: Iterable[str],
             items: dict[int, tuple[str, ...]] | None = None, sectors: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(field, message) for what the schema alone cannot see, against the basismodel: its
    consultation roles and urgencies, its checklist items (``items`` per step) and sectors."""
    found = []
    roles, urgencies, sectors = set(roles), set(urgencies), set(sectors)
    core_items = {key for keys in (items or {}).values() for key in keys}
    for n, sector in enumerate(data.sectors):
        if sectors and sector.key not in sectors and sector.label is None:
            found.append((f"sectors[{n}].label", "a sector the basismodel does not know needs a label"))
    groups: list[tuple[str, list[Any]]] = [("rules", list(data.rules)), ("obligations", list(data.obligations))]
    for name, entries in groups:
        for n, entry in enumerate(entries):
            for m, item in enumerate(entry.items):
                if item.role is not None and item.role not in roles:
                    found.append((f"{name}[{n}].items[{m}].role", f"unknown role; one of {', '.join(sorted(roles))}"))
                if items is not None and item.replaces is not None and item.replaces not in items.get(item.step, ()):
                    found.append((f"{name}[{n}].items[{m}].replaces", f"no basismodel item of step {item.step}"))
            for u in entry.when.urgency:
                if u not in urgencies:
                    found.append((f"{name}[{n}].when.urgency", f"unknown urgency; one of {', '.join(sorted(urgencies))}"))
            for w, warning in enumerate(getattr(entry, "warnings", [])):
                unknown = [k for k in warning.suppress_items if items is not None and k not in core_items]
                if unknown:
                    found.append((f"{name}[{n}].warnings[{w}].suppress_items", f"no basismodel item {unknown[0]!r}"))
    return found


def matches(when: When, case: CaseView, event: CaseEvent | None = None) -> bool:
    if when.sector and case.sector not in when.sector:
        return False
    if when.variant and case.variant not in when.variant:
        return False
    if when.concerns and not set(when.concerns) & set(case.concerns):
        return False
    if when.urgency and case.urgency not in when.urgency:
        return False
    if when.step and (event is None or event.step not in when.step):
        return False
    if when.outcome and (event is None or event.outcome not in when.outcome):
        return False
    return True


class DataPlugin:
    """Implements every hook from one ``PluginData``."""

    def __init__(self, data: PluginData, path: str = "") -> None:
        self.data = data
        self.path = path
        self.name = data.plugin.name

    @classmethod
    def from_package(cls, package: str, filename: str = DATA_FILE) -> "DataPlugin":
        resource = resources.files(package).joinpath(filename)
        path = str(resource)
        try:
            text = resource.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PluginDataError(path, "", f"cannot be read ({type(exc).__name__})") from None
        return cls(parse_data(text, path), path)

    @classmethod
    def from_path(cls, path: Path) -> "DataPlugin":
        return cls(load_data(path), str(path))

    def _rules(self, case: CaseView) -> list[Rule]:
        return [rule for rule in self.data.rules if matches(rule.when, case)]

    @hookimpl
    def meldcode_sectors(self) -> list[Sector]:
        return list(self.data.sectors)

    @hookimpl
    def meldcode_concerns(self) -> list[Concern]:
        return list(self.data.concerns)

    @hookimpl
    def meldcode_checklist_items(self, case: CaseView) -> list[Item]:
        return [item for rule in self._rules(case) for item in rule.items]

    @hookimpl
    def meldcode_afwegingskader_step(self, case: CaseView) -> int | None:
        return next((r.afwegingskader_step for r in self._rules(case) if r.afwegingskader_step), None)

    @hookimpl
    def meldcode_contacts(self, case: CaseView) -> list[Contact]:
        return [contact for rule in self._rules(case) for contact in rule.contacts]

    @hookimpl
    def meldcode_legal_notes(self, case: CaseView) -> list[LegalNote]:
        return [note for rule in self._rules(case) for note in rule.notes]

    @hookimpl
    def meldcode_route_warnings(self, case: CaseView) -> list[RouteWarning]:
        return [warning for rule in self._rules(case) for warning in rule.warnings]

    @hookimpl
    def meldcode_case_event(self, case: CaseView, event: CaseEvent) -> list[Item]:
        return [item for o in self.data.obligations
                if o.on == event.name and matches(o.when, case, event) for item in o.items]
