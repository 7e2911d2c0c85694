"""Platform-neutral messages: cards and forms.

The engine's output is expressed in these types; each adapter renders them (Block Kit,
Adaptive Cards, plain text). They hold already-translated, already-redacted text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Style = Literal["normal", "warning", "danger", "success"]


@dataclass
class Action:
    """A button. ``name`` and ``args`` go back to the assistant when it is pressed."""

    label: str
    name: str
    args: dict[str, Any] = field(default_factory=dict)
    style: Literal["default", "primary", "danger"] = "default"


@dataclass
class Field:
    label: str
    value: str


@dataclass
class ChecklistItem:
    code: str  # "1.2": step number and item position, shown to the user
    label: str
    done: bool
    auto: bool = False  # ticked by recording something, not by hand
    action: Action | None = None  # toggles the item (manual items of open cases)


@dataclass
class ChecklistStep:
    number: int
    title: str
    state: Literal["done", "current", "open", "skipped"]
    items: list[ChecklistItem] = field(default_factory=list)
    note: str = ""


@dataclass
class Section:
    text: str
    title: str = ""
    style: Style = "normal"


@dataclass
class Card:
    title: str
    kind: Literal["case", "notice", "list", "help", "alert", "timeline", "note"] = "notice"
    subtitle: str = ""
    fields: list[Field] = field(default_factory=list)
    checklist: list[ChecklistStep] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    style: Style = "normal"

    def all_text(self) -> list[str]:
        """Every human-readable string on the card (for the outbound guard and tests)."""
        texts = [self.title, self.subtitle]
        texts += [t for f in self.fields for t in (f.label, f.value)]
        for step in self.checklist:
            texts += [step.title, step.note]
            texts += [i.label for i in step.items]
        texts += [t for s in self.sections for t in (s.title, s.text)]
        texts += [a.label for a in self.actions]
        return [t for t in texts if t]


# "persons": a list of {"name", "role"} (the case vault); options are the roles.
FieldKind = Literal["text", "longtext", "choice", "multichoice", "yesno", "date", "persons"]


@dataclass
class Option:
    value: str
    label: str


@dataclass
class FormField:
    name: str
    label: str
    kind: FieldKind = "text"
    required: bool = True
    options: list[Option] = field(default_factory=list)
    help: str = ""
    max_length: int = 3000
    initial: Any = None


@dataclass
class Form:
    """A form to fill in (a Slack modal, an Adaptive Card form, console prompts)."""

    name: str
    title: str
    fields: list[FormField]
    submit_label: str
    context: dict[str, Any] = field(default_factory=dict)
    intro: list[Section] = field(default_factory=list)

    def all_text(self) -> list[str]:
        texts = [self.title, self.submit_label]
        texts += [t for s in self.intro for t in (s.title, s.text)]
        for f in self.fields:
            texts += [f.label, f.help] + [o.label for o in f.options]
            if isinstance(f.initial, str):
                texts.append(f.initial)
            elif isinstance(f.initial, list):
                texts += [str(v) for v in f.initial]
        return [t for t in texts if t]


@dataclass
class FormOutcome:
    """What became of a submitted form: field errors to show on the form, or the next form."""

    errors: dict[str, str] | None = None
    next_form: Form | None = None
    saved: bool = False  # the form's change was stored (refused or failed forms: False)

    @property
    def ok(self) -> bool:
        return not self.errors
