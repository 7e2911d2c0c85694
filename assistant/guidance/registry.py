"""Finding, loading and calling plugins, each one isolated from the others.

Plugins are found through the entry-point group ``meldcode.plugins`` (the bundled ones in
``plugins/`` are registered there exactly like a third-party one). A plugin that cannot be
imported, whose data file is invalid, or whose hook raises or returns something invalid is
disabled with a report; the assistant goes on with the others.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Literal

import pluggy
from pydantic import TypeAdapter, ValidationError

from assistant.guidance import hookspecs
from assistant.guidance.data import DataPlugin, PluginDataError, problems
from assistant.meldcode import load_protocol
from assistant.guidance.model import (
    CaseEvent,
    CaseGuidance,
    CaseView,
    Concern,
    Contact,
    GuidedContact,
    GuidedItem,
    GuidedNote,
    GuidedWarning,
    Item,
    LegalNote,
    RouteWarning,
    Sector,
    Text,
)

GROUP = "meldcode.plugins"
log = logging.getLogger("meldcode.plugins")

_RESULTS: dict[str, TypeAdapter[Any]] = {
    "meldcode_sectors": TypeAdapter(list[Sector]),
    "meldcode_concerns": TypeAdapter(list[Concern]),
    "meldcode_checklist_items": TypeAdapter(list[Item]),
    "meldcode_afwegingskader_step": TypeAdapter(Literal[4, 5] | None),
    "meldcode_contacts": TypeAdapter(list[Contact]),
    "meldcode_legal_notes": TypeAdapter(list[LegalNote]),
    "meldcode_route_warnings": TypeAdapter(list[RouteWarning]),
    "meldcode_case_event": TypeAdapter(list[Item]),
}


@dataclass
class PluginStatus:
    name: str
    version: str = ""
    description: Text | None = None
    loaded: bool = False
    error: str = ""
    # what it adds: sectors (with their variants), forms, its data's rules and obligations, code hooks
    sectors: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    rules: int | None = None
    obligations: int | None = None
    code: list[str] = field(default_factory=list)


@dataclass
class SectorChoice:
    sector: str
    variant: str = ""
    label: Text | None = None  # of the sector (None: the core catalogue has it)
    variant_label: Text | None = None

    @property
    def value(self) -> str:
        return f"{self.sector}:{self.variant}" if self.variant else self.sector


def split_sector(value: str) -> tuple[str, str]:
    """``"onderwijs:medewerker"`` → ("onderwijs", "medewerker"); a plain sector has no variant."""
    sector, _, variant = value.partition(":")
    return sector, variant


def _describe(exc: BaseException) -> str:
    if isinstance(exc, PluginDataError):
        return str(exc)
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"invalid result ({where}: {first['msg']})" if where else f"invalid result ({first['msg']})"
    frames = traceback.extract_tb(exc.__traceback__)
    at = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {exc}{at}"


class Registry:
    """The plugins of this assistant. ``Registry.discover()`` finds the installed ones."""

    def __init__(self) -> None:
        protocol = load_protocol()  # what plugin data is checked against
        self.roles = tuple(protocol.consultation_roles.keys)
        self.urgencies = tuple(protocol.urgency.keys)
        self.items = {step.number: tuple(i.key for i in step.items) for step in protocol.steps}
        self.core_sectors = tuple(protocol.sectors.keys)
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.status: dict[str, PluginStatus] = {}
        self.rejected: list[PluginStatus] = []  # not loaded because their name was taken
        self._sectors: dict[str, SectorChoice] = {}
        self._variants: dict[str, list[SectorChoice]] = {}
        self._concerns: dict[str, Text] = {}

    # -- loading -----------------------------------------------------------------

    @classmethod
    def discover(cls, points: Iterable[EntryPoint] | None = None) -> "Registry":
        registry = cls()
        found = sorted(entry_points(group=GROUP) if points is None else points, key=lambda p: p.name)
        for point in found:
            registry.load_entry_point(point)
        return registry

    def load_entry_point(self, point: EntryPoint) -> PluginStatus:
        version = point.dist.version if point.dist is not None else ""
        status = PluginStatus(point.name, version)
        if point.name in self.status:
            status.error = "load: another plugin has this name"
            self.rejected.append(status)
            log.error("plugin %s not loaded: the name is taken", point.name)
            return status
        self.status[point.name] = status
        try:
            plugin = point.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not stop the assistant
            self._disable(point.name, "load", exc)
            return status
        return self.add(point.name, plugin, version=version)

    def add(self, name: str, plugin: Any, *, version: str = "") -> PluginStatus:
        """Register a plugin object (what an entry point names) under ``name``."""
        status = self.status.setdefault(name, PluginStatus(name, version))
        if isinstance(plugin, DataPlugin):
            status.description = plugin.data.plugin.description
            found = problems(plugin.data, self.roles, self.urgencies, self.items, self.core_sectors)
            if plugin.data.plugin.name != name:
                found.insert(0, ("plugin.name", f"must be {name!r}, the entry point's name"))
            if found:
                field, message = found[0]
                self._disable(name, "load", PluginDataError(plugin.path, field, message))
                return status
        else:
            doc = (getattr(plugin, "__doc__", None) or "").strip().splitlines()
            status.description = Text(nl=doc[0][:200]) if doc and doc[0] else None
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()  # a function marked @hookimpl whose name is no hook
        except Exception as exc:  # noqa: BLE001 - e.g. a hook with a wrong signature or name
            self._disable(name, "load", exc)
            return status
        status.loaded = True
        sectors = self._call_one(name, "meldcode_sectors") or []
        concerns = self._call_one(name, "meldcode_concerns") or []
        if not status.loaded:
            return status
        for sector in sectors:
            self._add_sector(sector)
        for concern in concerns:
            self._concerns.setdefault(concern.key, concern.label)
        self._adds(status, sectors, concerns)
        return status

    def _adds(self, status: PluginStatus, sectors: list[Sector], concerns: list[Concern]) -> None:
        status.sectors = [sector.key + (f" ({', '.join(v.key for v in sector.variants)})" if sector.variants else "")
                          for sector in sectors]
        status.forms = [c.key for c in concerns]
        plugin = self.pm.get_plugin(status.name)
        hooks = {h.name for h in self.pm.get_hookcallers(plugin) or []} - {"meldcode_sectors", "meldcode_concerns"}
        if isinstance(plugin, DataPlugin):
            status.rules, status.obligations = len(plugin.data.rules), len(plugin.data.obligations)
            # hooks a subclass implements in code
            hooks = {h for h in hooks if getattr(type(plugin), h, None) is not getattr(DataPlugin, h, None)}
        status.code = [h.removeprefix("meldcode_") for h in sorted(hooks)]

    def _add_sector(self, sector: Sector) -> None:
        known = self._sectors.get(sector.key)
        if known is None or (known.label is None and sector.label is not None):
            self._sectors[sector.key] = SectorChoice(sector.key, label=sector.label)
        variants = self._variants.setdefault(sector.key, [])
        for variant in sector.variants:
            if all(v.variant != variant.key for v in variants):
                variants.append(SectorChoice(sector.key, variant.key, sector.label, variant.label))

    def _disable(self, name: str, hook: str, exc: BaseException) -> None:
        status = self.status.setdefault(name, PluginStatus(name))
        status.loaded = False
        status.error = f"{hook}: {_describe(exc)}"
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin)
        frames = traceback.extract_tb(exc.__traceback__)
        where = f"{frames[-1].name}:{frames[-1].lineno}" if frames else "-"
        log.error("plugin %s disabled: %s failed (%s at %s)", name, hook, type(exc).__name__, where)

    # -- calling -----------------------------------------------------------------

    def loaded(self) -> list[str]:
        return [name for name, status in self.status.items() if status.loaded]

    def _call_one(self, name: str, hook: str, **kwargs: Any) -> Any:
        """One plugin's implementation of ``hook``, validated; None if it has none or fails."""
        plugin = self.pm.get_plugin(name)
        if plugin is None:
            return None
        for impl in getattr(self.pm.hook, hook).get_hookimpls():
            if impl.plugin is not plugin:
                continue
            try:
                result = impl.function(*[kwargs[arg] for arg in impl.argnames])
                if result is None and hook != "meldcode_afwegingskader_step":
                    result = []  # nothing to add
                return _RESULTS[hook].validate_python(result)
            except Exception as exc:  # noqa: BLE001 - isolate the plugin, keep the rest
                self._disable(name, hook, exc)
        return None

    def _call(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """(plugin, result) of every loaded plugin that implements ``hook``."""
        results = []
        for name in self.loaded():
            result = self._call_one(name, hook, **kwargs)
            if result is not None:
                results.append((name, result))
        return results

    # -- what the assistant asks ---------------------------------------------------

    def sector_choices(self, core: Iterable[str]) -> list[SectorChoice]:
        """Every sector and variant to offer: the core's sectors first, then plugins' own."""
        keys = list(dict.fromkeys([*core, *self._sectors]))
        choices = []
        for key in keys:
            sector = self._sectors.get(key, SectorChoice(key))
            choices.append(sector)
            choices += self._variants.get(key, [])
        return choices

    def concern_labels(self) -> dict[str, Text]:
        return dict(self._concerns)

    def guidance(self, case: CaseView, previous: CaseGuidance | None = None) -> CaseGuidance:
        """The guidance for a case now. What the case had from a plugin that is not loaded now
        stays: a plugin that broke must not silently take items off an open case."""
        items = [GuidedItem(plugin=n, **i.model_dump()) for n, r in self._call("meldcode_checklist_items", case=case)
                 for i in r]
        contacts = [GuidedContact(plugin=n, **c.model_dump()) for n, r in self._call("meldcode_contacts", case=case)
                    for c in r]
        notes = [GuidedNote(plugin=n, **x.model_dump()) for n, r in self._call("meldcode_legal_notes", case=case)
                 for x in r]
        warnings = [GuidedWarning(plugin=n, **w.model_dump())
                    for n, r in self._call("meldcode_route_warnings", case=case) for w in r]
        placed = next(((n, r) for n, r in self._call("meldcode_afwegingskader_step", case=case) if r in (4, 5)), None)
        kept = previous.without(set(self.loaded())) if previous else CaseGuidance()
        plugin, step = placed if placed else (kept.afwegingskader_plugin, kept.afwegingskader_step)
        return CaseGuidance(
            items=_unique([*items, *kept.items]),
            contacts=_unique([*contacts, *kept.contacts]),
            notes=_unique([*notes, *kept.notes]),
            warnings=_unique([*warnings, *kept.warnings]),
            afwegingskader_step=step,
            afwegingskader_plugin=plugin,
        )

    def obligations(self, case: CaseView, event: CaseEvent) -> list[GuidedItem]:
        return [GuidedItem(plugin=n, **i.model_dump())
                for n, r in self._call("meldcode_case_event", case=case, event=event) for i in r]


def _unique(parts: list[Any]) -> tuple[Any, ...]:
    """Drop repeats (the same plugin and key; an item also by step)."""
    seen = set()
    out = []
    for part in parts:
        key = (part.plugin, part.key, getattr(part, "step", None))
        if key not in seen:
            seen.add(key)
            out.append(part)
    return tuple(out)


_installed: Registry | None = None


def installed() -> Registry:
    """The installed plugins, found once per process."""
    global _installed
    if _installed is None:
        _installed = Registry.discover()
    return _installed
