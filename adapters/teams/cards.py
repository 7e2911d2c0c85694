"""Neutral cards and forms to Adaptive Cards (1.5) for Microsoft Teams.

Buttons are ``Action.Execute`` with the sealed token in their data (Teams sends them as an
``adaptiveCard/action`` invoke); a checklist step's items are toggles saved with the step's own
button; a form is a card of inputs whose button carries the sealed form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.cards import Card, Form, FormField

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
PERSON_ROWS = 4
MAX_ACTIONS = 5  # the default host config's maxActions
TOKEN = "mc"  # the data key that carries a sealed action
FORM_TOKEN = "mf"  # the data key that carries a sealed form

Seal = Callable[[str, dict[str, Any]], str]
_STATE = {"done": "✅", "current": "▶️", "open": "▫️", "skipped": "↷"}
_CONTAINER_STYLE = {"danger": "attention", "warning": "warning", "success": "good", "normal": "default"}


def _text(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **extra}


def _envelope(body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    card: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body,
                            "msteams": {"width": "Full"}}
    if actions:
        card["actions"] = actions
    return card


def _execute(title: str, token: str, style: str = "default", key: str = TOKEN) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "Action.Execute", "title": title, "verb": "meldcode", "data": {key: token}}
    if style in ("positive", "destructive"):
        action["style"] = style
    return action


def card_to_adaptive(card: Card, seal: Seal, *, save_label: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = [_text(card.title, size="Large", weight="Bolder")]
    if card.subtitle:
        body.append(_text(card.subtitle, isSubtle=True, spacing="None"))
    urgent = [s for s in card.sections if s.style == "danger"]
    for section in urgent:
        body.append({"type": "Container", "style": "attention", "items": [
            _text(section.title, weight="Bolder")] * bool(section.title) + [_text(section.text)]})
    if card.fields:
        body.append({"type": "FactSet", "facts": [{"title": f.label, "value": f.value} for f in card.fields]})
    for step in card.checklist:
        items: list[dict[str, Any]] = [_text(f"{_STATE[step.state]} **{step.title}**", spacing="Medium")]
        if step.note:
            items.append(_text(step.note, isSubtle=True, spacing="None"))
        manual = [i for i in step.items if i.action is not None]
        for item in step.items:
            if item.action is None:
                items.append(_text(f"{'☑️' if item.done else '⬜'} {item.code} {item.label}", spacing="None"))
            else:
                items.append({"type": "Input.Toggle", "id": f"s{step.number}__{item.action.args['item']}",
                              "title": f"{item.code} {item.label}", "value": "true" if item.done else "false",
                              "valueOn": "true", "valueOff": "false", "wrap": True, "spacing": "None"})
        if manual:
            token = seal("set_items", {"case": manual[0].action.args["case"], "step": step.number})  # type: ignore[union-attr]
            items.append({"type": "ActionSet", "actions": [_execute(save_label, token)]})
        body.append({"type": "Container", "items": items})
    for section in card.sections:
        if section in urgent:
            continue
        items = ([_text(section.title, weight="Bolder")] if section.title else []) + [_text(section.text)]
        body.append({"type": "Container", "style": _CONTAINER_STYLE[section.style], "items": items})
    styles = {"primary": "positive", "danger": "destructive"}
    actions = [_execute(a.label, seal(a.name, a.args), styles.get(a.style, "default")) for a in card.actions]
    if len(actions) <= MAX_ACTIONS:
        return _envelope(body, actions)
    # Hosts show at most 5 actions in a row: more go in rows of their own.
    body += [{"type": "ActionSet", "actions": actions[i:i + MAX_ACTIONS]} for i in range(0, len(actions), MAX_ACTIONS)]
    return _envelope(body)


def _input(field: FormField, yes: str, no: str, required_message: str) -> dict[str, Any]:
    base: dict[str, Any] = {"id": field.name, "label": field.label, "isRequired": field.required}
    if field.required:
        base["errorMessage"] = required_message
    if field.kind in ("text", "longtext"):
        base.update(type="Input.Text", isMultiline=field.kind == "longtext", maxLength=field.max_length)
        if isinstance(field.initial, str):
            base["value"] = field.initial
    elif field.kind in ("choice", "multichoice"):
        base.update(type="Input.ChoiceSet", style="compact", isMultiSelect=field.kind == "multichoice",
                    choices=[{"title": o.label, "value": o.value} for o in field.options])
        if isinstance(field.initial, str):
            base["value"] = field.initial
        elif isinstance(field.initial, list):  # a multi-select's value: the chosen values, comma separated
            base["value"] = ",".join(field.initial)
    elif field.kind == "yesno":
        base.update(type="Input.ChoiceSet", style="expanded",
                    choices=[{"title": yes, "value": "ja"}, {"title": no, "value": "nee"}])
        if field.initial in ("ja", "nee"):
            base["value"] = field.initial
    elif field.kind == "date":
        base.update(type="Input.Date")
        if isinstance(field.initial, str):
            base["value"] = field.initial  # yyyy-mm-dd
    else:
        raise ValueError(field.kind)
    if field.help:
        base["placeholder"] = field.help[:100] if field.kind in ("text", "longtext") else None
        if base["placeholder"] is None:
            del base["placeholder"]
    return base


def form_to_adaptive(form: Form, token: str, *, yes: str, no: str, name_label: str, role_label: str,
                     required_message: str = "", errors: dict[str, str] | None = None,
                     values: dict[str, Any] | None = None) -> dict[str, Any]:
    """A form as a card of inputs; ``errors`` (by field) are shown above their field, and
    ``values`` keep what was typed when the form comes back with errors."""
    body: list[dict[str, Any]] = [_text(form.title, size="Medium", weight="Bolder")]
    for section in form.intro:
        body += ([_text(section.title, weight="Bolder")] if section.title else []) + [_text(section.text)]
    errors = errors or {}
    values = values or {}
    for field in form.fields:
        if field.name in errors:
            body.append(_text(errors[field.name], color="Attention", weight="Bolder"))
        if field.kind == "persons":
            body.append(_text(field.label, weight="Bolder"))
            if field.help:
                body.append(_text(field.help, isSubtle=True, spacing="None"))
            rows = list(values.get(field.name) or [])
            for row in range(PERSON_ROWS):
                typed = rows[row] if row < len(rows) and isinstance(rows[row], dict) else {}
                name: dict[str, Any] = {"type": "Input.Text", "id": f"{field.name}__name__{row}",
                                        "label": f"{name_label} {row + 1}", "maxLength": field.max_length}
                role: dict[str, Any] = {"type": "Input.ChoiceSet", "id": f"{field.name}__role__{row}",
                                        "label": f"{role_label} {row + 1}", "style": "compact",
                                        "choices": [{"title": o.label, "value": o.value} for o in field.options]}
                if typed.get("name"):
                    name["value"] = typed["name"]
                if typed.get("role"):
                    role["value"] = typed["role"]
                body += [name, role]
            continue
        element = _input(field, yes, no, required_message or field.label)
        typed = values.get(field.name)
        if isinstance(typed, list):
            typed = ",".join(str(v) for v in typed)
        if typed not in (None, ""):
            element["value"] = str(typed)
        body.append(element)
    return _envelope(body, [_execute(form.submit_label, token, "positive", FORM_TOKEN)])


def submitted_values(data: dict[str, Any]) -> dict[str, Any]:
    """The inputs of a submitted card, as the assistant's form expects them."""
    raw: dict[str, Any] = {}
    persons: dict[str, dict[int, dict[str, str]]] = {}
    for key, value in data.items():
        if key in (TOKEN, FORM_TOKEN):
            continue
        if key.count("__") == 2:  # a row of a persons field
            name, part, row = key.split("__")
            persons.setdefault(name, {}).setdefault(int(row), {})[part] = str(value or "")
        else:
            raw[key] = value
    for name, rows in persons.items():
        raw[name] = [rows[row] for row in sorted(rows)]
    return raw


def selected_items(data: dict[str, Any]) -> list[str]:
    """The item keys whose toggles are on (the assistant takes those of the step it saves)."""
    return [key.split("__", 1)[1] for key, value in data.items()
            if key.startswith("s") and key.count("__") == 1 and key[1:].split("__")[0].isdigit() and str(value) == "true"]
