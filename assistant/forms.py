"""Check and convert the values submitted for a neutral form."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from assistant.cards import Form, FormField
from assistant.i18n import Translator
from assistant.privacy.vault import MAX_PERSONS

YES = {"ja", "j", "yes", "y", "true", "1", "on"}
NO = {"nee", "n", "no", "false", "0", "off"}
TODAY = {"vandaag", "today"}
YESTERDAY = {"gisteren", "yesterday"}
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def parse_date(value: Any, today: date) -> date | None:
    """A date as d-m-yyyy, yyyy-mm-dd or 'vandaag'/'today'; None when not understood."""
    if isinstance(value, date):
        return value
    text = str(value).strip().lower()
    if text in TODAY:
        return today
    if text in YESTERDAY:
        return today - timedelta(days=1)
    match = _DATE_DMY.match(text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        match = _DATE_ISO.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return None


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def check_field(field: FormField, value: Any, today: date, t: Translator) -> tuple[Any, str | None]:
    if _empty(value):
        if field.required:
            return None, t("form.error.required")
        return ([] if field.kind == "multichoice" else None), None
    allowed = {o.value for o in field.options}
    match field.kind:
        case "text" | "longtext":
            text = str(value).strip()
            if len(text) > field.max_length:
                return None, t("form.error.too_long", limit=field.max_length)
            return text, None
        case "choice":
            text = str(value).strip()
            if text not in allowed:
                return None, t("form.error.choice")
            return text, None
        case "multichoice":
            values = value if isinstance(value, list) else str(value).split(",")
            values = [str(v).strip() for v in values if str(v).strip()]
            if not values:
                return None, t("form.error.required") if field.required else None
            if any(v not in allowed for v in values):
                return None, t("form.error.choice")
            return list(dict.fromkeys(values)), None
        case "yesno":
            answer = parse_yes_no(value)
            if answer is None:
                return None, t("form.error.yes_no")
            return answer, None
        case "persons":
            return _check_persons(field, value, t)
        case "date":
            parsed = parse_date(value, today)
            if parsed is None:
                return None, t("form.error.date")
            if parsed > today:
                return None, t("form.error.future_date")
            return parsed, None
    return None, t("form.error.choice")  # pragma: no cover


def _check_persons(field: FormField, value: Any, t: Translator) -> tuple[Any, str | None]:
    """A list of {"name", "role"}: every name filled in and short, every role one of the options."""
    if not isinstance(value, list):
        return None, t("form.error.persons")
    roles = {o.value for o in field.options}
    persons = []
    for entry in value:
        if not isinstance(entry, dict):
            return None, t("form.error.persons")
        name = " ".join(str(entry.get("name") or "").split())
        role = str(entry.get("role") or "").strip()
        if not name and not role:
            continue  # an empty row (Slack and Teams forms have a fixed number of rows)
        if not name or role not in roles:
            return None, t("form.error.persons")
        if len(name) > field.max_length:
            return None, t("form.error.too_long", limit=field.max_length)
        persons.append({"name": name, "role": role})
    if len(persons) > MAX_PERSONS:
        return None, t("form.error.too_many_persons", limit=MAX_PERSONS)
    if not persons and field.required:
        return None, t("form.error.required")
    return persons, None


def validate(form: Form, raw: dict[str, Any], today: date, t: Translator) -> tuple[dict[str, Any], dict[str, str]]:
    """Return (values, errors); errors maps a field name to a message in the user's language."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field in form.fields:
        value, error = check_field(field, raw.get(field.name), today, t)
        if error:
            errors[field.name] = error
        else:
            values[field.name] = value
    return values, errors
