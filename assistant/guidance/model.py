"""What a plugin brings, as validated data.

A plugin's data file (TOML) is read into ``PluginData``; the hooks exchange the smaller
models (``Item``, ``Contact``, ``LegalNote``, ``RouteWarning``). A case carries the guidance
that applied to it as ``CaseGuidance``, so its checklist does not change behind its back.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
PLUGIN_NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
STEPS = (1, 2, 3, 4, 5)
EVENTS = ("opened", "step_completed", "decision_recorded")
Outcome = Literal["close", "help", "report", "report_and_help"]


class Strict(BaseModel):
    """Unknown fields are errors: a typo in a data file must not pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _key(value: str) -> str:
    if not KEY_RE.match(value):
        raise ValueError("a key is lower case letters, digits and _ (at most 40), starting with a letter")
    return value


Key = Annotated[str, AfterValidator(_key)]


class Text(Strict):
    """A text shown to users: Dutch always, English optional (Dutch is shown instead)."""

    nl: str = Field(min_length=1, max_length=1500)
    en: str = Field(default="", max_length=1500)

    def get(self, language: str) -> str:
        return (self.en if language == "en" else "") or self.nl


class Variant(Strict):
    """A choice within a sector: a professional group, or who is the suspect."""

    key: Key
    label: Text


class Sector(Strict):
    """A sector offered when a case is opened. ``label`` is required for a sector the core
    does not know; for a core sector it may be left out."""

    key: Key
    label: Text | None = None
    variants: list[Variant] = Field(default_factory=list)


class Concern(Strict):
    """A form of violence offered when a case is opened, beyond the core's."""

    key: Key
    label: Text


class Item(Strict):
    """A checklist item a plugin adds to a step.

    ``auto``: ticked by recording something instead of by hand (``consultation``, optionally
    with one ``role``; ``vt_advice``; ``melding``; ``help``). ``when``: the item applies only
    after a decision to melden (``decision_report``) or to help (``decision_help``)."""

    step: int
    key: Key
    text: Text
    required: bool = True
    auto: Literal["consultation", "vt_advice", "melding", "help"] | None = None
    role: str | None = None
    when: Literal["decision_report", "decision_help"] | None = None
    # A basismodel item of the same step this item takes the place of (e.g. "kindcheck").
    replaces: str | None = None

    @field_validator("step")
    @classmethod
    def _step(cls, value: int) -> int:
        if value not in STEPS:
            raise ValueError("step must be 1 to 5")
        return value

    @model_validator(mode="after")
    def _role(self) -> "Item":
        if self.role is not None and self.auto != "consultation":
            raise ValueError("'role' only goes with auto = \"consultation\"")
        return self


class Contact(Strict):
    key: Key
    name: Text
    phone: str = Field(default="", max_length=40)
    url: str = Field(default="", max_length=200)
    when: Text | None = None


class LegalNote(Strict):
    key: Key
    text: Text


class RouteWarning(Strict):
    """A form of violence or a situation that changes the route. ``step``: the step it
    concerns (shown there); ``suppress_steps``: steps whose core items do not apply (the
    plugin's own items for that step still do); ``suppress_items``: core items that do not."""

    key: Key
    text: Text
    step: int | None = None
    suppress_steps: list[int] = Field(default_factory=list)
    suppress_items: list[str] = Field(default_factory=list)

    @field_validator("suppress_steps")
    @classmethod
    def _steps(cls, value: list[int]) -> list[int]:
        if any(step not in STEPS for step in value):
            raise ValueError("steps are 1 to 5")
        return value


class When(Strict):
    """Conditions on a case; every one given must hold (a list means: any of these)."""

    sector: list[str] = Field(default_factory=list)
    variant: list[str] = Field(default_factory=list)
    concerns: list[str] = Field(default_factory=list)
    urgency: list[str] = Field(default_factory=list)
    # only for obligations:
    step: list[int] = Field(default_factory=list)
    outcome: list[Outcome] = Field(default_factory=list)


class Rule(Strict):
    """Guidance for the cases that match ``when``."""

    when: When = Field(default_factory=When)
    items: list[Item] = Field(default_factory=list)
    afwegingskader_step: Literal[4, 5] | None = None
    contacts: list[Contact] = Field(default_factory=list)
    notes: list[LegalNote] = Field(default_factory=list)
    warnings: list[RouteWarning] = Field(default_factory=list)

    @field_validator("when")
    @classmethod
    def _case_only(cls, when: When) -> When:
        if when.step or when.outcome:
            raise ValueError("'step' and 'outcome' only go in an obligation's 'when'")
        return when


class Obligation(Strict):
    """Items added to a case when something happens on it (``on``) and ``when`` holds."""

    on: Literal["opened", "step_completed", "decision_recorded"]
    when: When = Field(default_factory=When)
    items: list[Item] = Field(min_length=1)


class About(Strict):
    name: str
    description: Text

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not PLUGIN_NAME_RE.match(value):
            raise ValueError("a plugin name is lower case letters, digits, _ and - (at most 40)")
        return value


class PluginData(Strict):
    """One plugin data file."""

    plugin: About
    sectors: list[Sector] = Field(default_factory=list)
    concerns: list[Concern] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> "PluginData":
        keys = [(i.step, i.key) for r in self.rules for i in r.items]
        keys += [(i.step, i.key) for o in self.obligations for i in o.items]
        seen: set[tuple[int, str]] = set()
        for key in keys:
            if key in seen:
                raise ValueError(f"item {key[1]!r} appears twice in step {key[0]}")
            seen.add(key)
        return self


# ---------------------------------------------------------------------------
# What plugins see of a case, and what a case keeps


class CaseView(Strict):
    """A case as plugins see it: no free text, no names, no identifiers."""

    sector: str
    variant: str = ""
    concerns: tuple[str, ...] = ()
    urgency: str = "normaal"
    completed_steps: tuple[int, ...] = ()
    decision: Outcome | None = None


class CaseEvent(Strict):
    """Something that happened on a case: ``opened``, ``step_completed`` (with ``step``) or
    ``decision_recorded`` (with ``outcome``)."""

    name: Literal["opened", "step_completed", "decision_recorded"]
    step: int | None = None
    outcome: Outcome | None = None


class GuidedItem(Item):
    """A plugin's item as a case keeps it: ``id`` is ``<plugin>.<key>``."""

    plugin: str

    @property
    def id(self) -> str:
        return f"{self.plugin}.{self.key}"


class Sourced(Strict):
    plugin: str


class GuidedContact(Contact, Sourced):
    pass


class GuidedNote(LegalNote, Sourced):
    pass


class GuidedWarning(RouteWarning, Sourced):
    pass


class CaseGuidance(Strict):
    """The plugins' guidance for one case, kept with the case."""

    items: tuple[GuidedItem, ...] = ()
    contacts: tuple[GuidedContact, ...] = ()
    notes: tuple[GuidedNote, ...] = ()
    warnings: tuple[GuidedWarning, ...] = ()
    afwegingskader_step: Literal[4, 5] | None = None
    afwegingskader_plugin: str | None = None  # the plugin that placed the afwegingskader

    def suppressed(self, step: int, key: str) -> bool:
        """Whether a basismodel item is lifted by a route warning or replaced by a plugin's item."""
        return (any(step in w.suppress_steps or key in w.suppress_items for w in self.warnings)
                or any(i.step == step and i.replaces == key for i in self.items))

    def without(self, plugins: set[str]) -> "CaseGuidance":
        """This guidance without the parts from ``plugins``."""
        return CaseGuidance(
            items=tuple(i for i in self.items if i.plugin not in plugins),
            contacts=tuple(c for c in self.contacts if c.plugin not in plugins),
            notes=tuple(n for n in self.notes if n.plugin not in plugins),
            warnings=tuple(w for w in self.warnings if w.plugin not in plugins),
            **({} if self.afwegingskader_plugin in plugins else
               {"afwegingskader_step": self.afwegingskader_step, "afwegingskader_plugin": self.afwegingskader_plugin}),
        )
