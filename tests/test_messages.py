"""Every user-facing text exists in Dutch and English, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.i18n import LANGUAGES, Translator, catalogue, placeholders
from assistant.meldcode import load_protocol

ROOT = Path(__file__).resolve().parents[1]


def test_catalogues_have_the_same_keys() -> None:
    nl, en = catalogue("nl"), catalogue("en")
    assert sorted(set(nl) - set(en)) == [], "missing in en.toml"
    assert sorted(set(en) - set(nl)) == [], "missing in nl.toml"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_texts(language: str) -> None:
    assert [k for k, v in catalogue(language).items() if not v.strip()] == []


def test_placeholders_match_between_languages() -> None:
    nl, en = catalogue("nl"), catalogue("en")
    differing = [k for k in nl if placeholders(nl[k]) != placeholders(en[k])]
    assert differing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_meldcode_data_has_every_text(language: str) -> None:
    missing = load_protocol().message_keys() - set(catalogue(language))
    assert sorted(missing) == []


def _keys_used_in_code() -> set[str]:
    """Literal catalogue keys in the code: t("a.b"), Refused("a.b"), self.t("a.b", ...)."""
    pattern = re.compile(r"""(?:\bt|Refused|refusal|notice_key)\(\s*f?["']([a-z_]+(?:\.[a-z_0-9{}.\[\]'"]+)+)["']""")
    keys: set[str] = set()
    for path in [*ROOT.glob("assistant/**/*.py"), *ROOT.glob("adapters/**/*.py")]:
        for key in pattern.findall(path.read_text(encoding="utf-8")):
            if "{" not in key:
                keys.add(key)
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_literal_key_in_the_code_exists(language: str) -> None:
    used = _keys_used_in_code()
    assert len(used) > 50  # the scan itself works
    assert sorted(used - set(catalogue(language))) == []


def test_translator_formats_and_falls_back() -> None:
    nl, en = Translator("nl"), Translator("en")
    assert nl("case.title", reference="MC-7K3Q") == "Casus MC-7K3Q"
    assert en("case.title", reference="MC-7K3Q") == "Case MC-7K3Q"
    assert Translator("fr").language == "nl"
    assert nl("no.such.key") == "no.such.key"
