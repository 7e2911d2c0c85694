"""Neutral cards and forms to Block Kit, built with ``slack_sdk.models`` so Slack's limits are
checked here (``to_dict()`` raises on a breach) rather than by Slack rejecting the message.

Long text is split over several sections or visibly shortened; a message never exceeds
Slack's 50 blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    DatePickerElement,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    StaticMultiSelectElement,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    RadioButtonsElement,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from assistant.cards import Card, Form, FormField

MAX_BLOCKS = 50
SECTION_TEXT = 3000
FIELD_TEXT = 2000
BUTTON_TEXT = 75
OPTION_TEXT = 75
HEADER_TEXT = 150
VIEW_TITLE = 24
PERSON_ROWS = 4

Seal = Callable[[str, dict[str, Any]], str]  # (action name, args) -> token for this place
_STATE = {"done": "✅", "current": "▶️", "open": "▫️", "skipped": "↷"}
_STYLE = {"danger": "🚨 ", "warning": "⚠️ ", "success": "✅ ", "normal": ""}


def shorten(text: str, limit: int, mark: str = "…") -> str:
    return text if len(text) <= limit else text[: limit - len(mark)] + mark


def escape(text: str) -> str:
    """Text a person typed must not become a Slack mention, link or formatting."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_text(text: str, limit: int = SECTION_TEXT) -> list[str]:
    """Split at line ends (or hard, for one very long line) into pieces Slack accepts."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines() or [""]:
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current or not pieces:
        pieces.append(current)
    return pieces


def _section(text: str) -> list[SectionBlock]:
    return [SectionBlock(text=MarkdownTextObject(text=piece or " ")) for piece in split_text(text)]


def card_blocks(card: Card, seal: Seal, *, shortened_note: str = "…") -> list[dict[str, Any]]:
    """A card as Block Kit blocks; buttons and checkboxes carry sealed tokens."""
    blocks: list[Any] = [HeaderBlock(text=PlainTextObject(text=shorten(_STYLE[card.style] + card.title, HEADER_TEXT)))]
    if card.subtitle:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=escape(card.subtitle))]))
    urgent = [s for s in card.sections if s.style == "danger"]
    for section in urgent:
        blocks += _section(f"🚨 *{escape(section.title)}*\n{escape(section.text)}" if section.title else escape(section.text))
    if card.fields:
        fields = [MarkdownTextObject(text=shorten(f"*{escape(f.label)}*\n{escape(f.value)}", FIELD_TEXT))
                  for f in card.fields[:10]]
        blocks.append(SectionBlock(fields=fields))
    for step in card.checklist:
        lines = [f"{_STATE[step.state]} *{escape(step.title)}*"]
        if step.note:
            lines.append(f"_{escape(step.note)}_")
        manual = [i for i in step.items if i.action is not None]
        lines += [f"{'☑️' if i.done else '⬜'} {escape(i.code)} {escape(i.label)}" for i in step.items if i.action is None]
        accessory = None
        if manual:
            case_id = manual[0].action.args["case"]  # type: ignore[union-attr]
            options = [Option(value=i.action.args["item"], text=PlainTextObject(text=shorten(f"{i.code} {i.label}", OPTION_TEXT)))  # type: ignore[union-attr]
                       for i in manual]
            accessory = CheckboxesElement(
                action_id="mc_items", options=options,
                initial_options=[o for o, i in zip(options, manual) if i.done] or None,
            )
            block_id = seal("set_items", {"case": case_id, "step": step.number})
            blocks.append(SectionBlock(block_id=block_id, text=MarkdownTextObject(text=shorten("\n".join(lines), SECTION_TEXT)),
                                       accessory=accessory))
        else:
            blocks += _section("\n".join(lines))
    for section in card.sections:
        if section in urgent:
            continue
        head = f"{_STYLE[section.style]}*{escape(section.title)}*\n" if section.title else _STYLE[section.style]
        blocks += _section(head + escape(section.text))
    buttons = []
    for index, action in enumerate(card.actions[:25]):
        style = action.style if action.style in ("primary", "danger") else None
        buttons.append(ButtonElement(text=PlainTextObject(text=shorten(action.label, BUTTON_TEXT)),
                                     action_id=f"mc_{index}", value=seal(action.name, action.args), style=style))
    tail = [DividerBlock(), ActionsBlock(elements=buttons)] if buttons else []
    if len(blocks) + len(tail) > MAX_BLOCKS:
        keep = MAX_BLOCKS - len(tail) - 1
        blocks = blocks[:keep] + [ContextBlock(elements=[MarkdownTextObject(text=shortened_note)])]
    return [b.to_dict() for b in blocks + tail]


# ---------------------------------------------------------------------------
# forms as modals


def _options(field: FormField) -> list[Option]:
    return [Option(value=o.value, text=PlainTextObject(text=shorten(o.label, OPTION_TEXT))) for o in field.options]


def _element(field: FormField, yes: str, no: str) -> Any:
    action_id = "value"
    if field.kind in ("text", "longtext"):
        return PlainTextInputElement(action_id=action_id, multiline=field.kind == "longtext",
                                     max_length=min(field.max_length, 3000),
                                     initial_value=field.initial if isinstance(field.initial, str) else None)
    if field.kind == "choice":
        options = _options(field)
        initial = next((o for o in options if o.value == field.initial), None)
        return StaticSelectElement(action_id=action_id, options=options, initial_option=initial)
    if field.kind == "multichoice":
        options = _options(field)
        chosen = set(field.initial) if isinstance(field.initial, list) else set()
        return StaticMultiSelectElement(action_id=action_id, options=options,
                                        initial_options=[o for o in options if o.value in chosen] or None)
    if field.kind == "yesno":
        options = [Option(value="ja", text=PlainTextObject(text=yes)), Option(value="nee", text=PlainTextObject(text=no))]
        initial = next((o for o in options if o.value == field.initial), None)
        return RadioButtonsElement(action_id=action_id, options=options, initial_option=initial)
    if field.kind == "date":
        return DatePickerElement(action_id=action_id,
                                 initial_date=field.initial if isinstance(field.initial, str) else None)
    raise ValueError(field.kind)


def form_view(form: Form, token: str, *, yes: str, no: str, close: str, name_label: str, role_label: str) -> dict[str, Any]:
    """A form as a modal; ``private_metadata`` carries the sealed form."""
    blocks: list[Any] = []
    if len(form.title) > VIEW_TITLE:
        blocks.append(HeaderBlock(text=PlainTextObject(text=shorten(form.title, HEADER_TEXT))))
    for section in form.intro:
        blocks += _section(f"*{escape(section.title)}*\n{escape(section.text)}" if section.title else escape(section.text))
    for field in form.fields:
        hint = PlainTextObject(text=shorten(field.help, 2000)) if field.help else None
        if field.kind == "persons":
            blocks.append(SectionBlock(text=MarkdownTextObject(text=f"*{escape(field.label)}*"
                                       + (f"\n{escape(field.help)}" if field.help else ""))))
            for row in range(PERSON_ROWS):
                blocks.append(InputBlock(block_id=f"{field.name}__name__{row}", optional=True,
                                         label=PlainTextObject(text=f"{name_label} {row + 1}"),
                                         element=PlainTextInputElement(action_id="value", max_length=field.max_length)))
                blocks.append(InputBlock(block_id=f"{field.name}__role__{row}", optional=True,
                                         label=PlainTextObject(text=f"{role_label} {row + 1}"),
                                         element=StaticSelectElement(action_id="value", options=_options(field))))
            continue
        blocks.append(InputBlock(block_id=field.name, label=PlainTextObject(text=shorten(field.label, 2000)),
                                 element=_element(field, yes, no), optional=not field.required, hint=hint))
    view = View(type="modal", callback_id="mc_form", private_metadata=token,
                title=PlainTextObject(text=shorten(form.title, VIEW_TITLE)),
                submit=PlainTextObject(text=shorten(form.submit_label, VIEW_TITLE)),
                close=PlainTextObject(text=shorten(close, VIEW_TITLE)),
                blocks=blocks[:100])
    return view.to_dict()


def card_view(card: Card, *, close: str, shortened_note: str = "…") -> dict[str, Any]:
    """A card (a notice) as a modal without a submit button: what replaces a form in place."""
    blocks = card_blocks(card, lambda *_: "", shortened_note=shortened_note)
    view = View(type="modal", callback_id="mc_notice", title=PlainTextObject(text=shorten(card.title, VIEW_TITLE)),
                close=PlainTextObject(text=shorten(close, VIEW_TITLE)), blocks=[b for b in blocks if b["type"] != "actions"])
    return view.to_dict()


def view_values(state_values: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """The submitted values of a modal, as the assistant's form expects them."""
    raw: dict[str, Any] = {}
    persons: dict[str, dict[int, dict[str, str]]] = {}
    for block_id, actions in state_values.items():
        element = actions.get("value") or next(iter(actions.values()), {})
        kind = element.get("type")
        if kind in ("plain_text_input",):
            value: Any = element.get("value")
        elif kind in ("static_select", "radio_buttons"):
            value = (element.get("selected_option") or {}).get("value")
        elif kind in ("multi_static_select", "checkboxes"):
            value = [o.get("value") for o in element.get("selected_options") or []]
        elif kind == "datepicker":
            value = element.get("selected_date")
        else:
            value = element.get("value")
        if "__" in block_id:  # a row of a persons field: <field>__<name|role>__<row>
            name, part, row = block_id.split("__")
            persons.setdefault(name, {}).setdefault(int(row), {})[part] = value or ""
        else:
            raw[block_id] = value
    for name, rows in persons.items():
        raw[name] = [rows[row] for row in sorted(rows)]
    return raw


def error_blocks(errors: dict[str, str], block_ids: set[str]) -> dict[str, str]:
    """Field errors to the block ids of the modal (a persons error goes on its first row)."""
    mapped = {}
    for name, message in errors.items():
        block = name if name in block_ids else f"{name}__name__0"
        if block in block_ids:
            mapped[block] = shorten(message, 2000)
    return mapped
