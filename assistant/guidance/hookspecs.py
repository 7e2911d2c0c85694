"""The plugin contract: every hook a meldcode plugin may implement, in one place.

A plugin is any object (or module) with functions marked ``@hookimpl`` whose names are the
hooks below, published under the entry-point group ``meldcode.plugins``::

    [project.entry-points."meldcode.plugins"]
    sport = "meldcode_sport:plugin"

Most plugins need no code: ``DataPlugin`` (``assistant.guidance.data``) implements every
hook from a TOML data file. A plugin implements only the hooks it needs. Every hook gets
a ``CaseView`` (sector, variant, forms of violence, urgency, completed steps, decision):
never free text, names or identifiers. Results are validated; a hook that raises or returns
something invalid disables its plugin (reported by ``meldcode plugins``) and the assistant
goes on without it.

The hooks are read when a case is opened, when its sector, forms or urgency change, and on
the case events named in ``meldcode_case_event``; what they return is kept with the case.
"""

from __future__ import annotations

import pluggy

from assistant.guidance.model import (
    CaseEvent,
    CaseView,
    Concern,
    Contact,
    Item,
    LegalNote,
    RouteWarning,
    Sector,
)

PROJECT = "meldcode"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def meldcode_sectors() -> list[Sector]:
    """Sectors (and their variants: professional groups, or who is the suspect) offered when a
    case is opened. A core sector may be given again to add variants."""


@hookspec
def meldcode_concerns() -> list[Concern]:
    """Forms of violence offered when a case is opened, beyond those of the basismodel."""


@hookspec
def meldcode_checklist_items(case: CaseView) -> list[Item]:
    """Extra checklist items for the case, each in one of the five steps."""


@hookspec(firstresult=True)
def meldcode_afwegingskader_step(case: CaseView) -> int | None:
    """Where the afwegingskader is asked: 4 (questions 1-2 at step 4, 3-5 at step 5) or 5 (all
    five at step 5, as in the KNMG meldcode). None: the organisation's setting. The first
    plugin that answers decides."""


@hookspec
def meldcode_contacts(case: CaseView) -> list[Contact]:
    """Contact points for the case (Veilig Thuis is always shown by the core)."""


@hookspec
def meldcode_legal_notes(case: CaseView) -> list[LegalNote]:
    """Legal notes: duties and rights that apply to the case."""


@hookspec
def meldcode_route_warnings(case: CaseView) -> list[RouteWarning]:
    """Warnings that change the route, shown on the case card and at their step. A warning
    may lift the core items of a step (no conversation with the family first when
    honour-based violence is suspected): then the plugin adds what comes instead."""


@hookspec
def meldcode_case_event(case: CaseView, event: CaseEvent) -> list[Item]:
    """Obligations that arise when something happens on the case: ``opened``,
    ``step_completed`` (``event.step``) or ``decision_recorded`` (``event.outcome``). The items
    are added to the case once and stay."""
