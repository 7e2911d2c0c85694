"""Plugins: sector and form guidance through one documented contract.

``hookspecs`` is the contract, ``model`` the data it exchanges, ``data`` the plugin made of a
TOML file, ``registry`` finds plugins (entry-point group ``meldcode.plugins``) and keeps a
failing one from taking the assistant down.
"""

from assistant.guidance.data import DataPlugin, PluginDataError
from assistant.guidance.hookspecs import hookimpl
from assistant.guidance.model import (
    CaseEvent,
    CaseGuidance,
    CaseView,
    Concern,
    Contact,
    GuidedItem,
    Item,
    LegalNote,
    RouteWarning,
    Sector,
    Text,
    Variant,
)
from assistant.guidance.registry import GROUP, PluginStatus, Registry, SectorChoice, split_sector

__all__ = [
    "GROUP", "CaseEvent", "CaseGuidance", "CaseView", "Concern", "Contact", "DataPlugin", "GuidedItem", "Item",
    "LegalNote", "PluginDataError", "PluginStatus", "Registry", "RouteWarning", "Sector", "SectorChoice", "Text",
    "Variant", "hookimpl", "split_sector",
]
