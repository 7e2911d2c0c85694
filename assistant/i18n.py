"""Message catalogues: every user-facing text, in Dutch (default) and English.

Catalogues are TOML files in ``assistant/locales``; nested tables make dotted keys.
Placeholders use ``str.format`` syntax (``{reference}``).
"""

from __future__ import annotations

import string
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, full + "."))
        else:
            flat[full] = str(value)
    return flat


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    text = resources.files("assistant.locales").joinpath(f"{language}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(text))


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Translator:
    """``t("key", name=value)`` in one language; falls back to Dutch, then to the key itself."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self._messages = catalogue(self.language)

    def has(self, key: str) -> bool:
        return key in self._messages

    def __call__(self, key: str, **params: Any) -> str:
        template = self._messages.get(key)
        if template is None:
            template = catalogue(DEFAULT_LANGUAGE).get(key, key)
        if not params:
            return template
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def yes_no(self, value: bool) -> str:
        return self("common.yes" if value else "common.no")
