"""The names of the persons in a case's vault, in every spelling people type them.

A vault person "Daan Jansen" (kind) is found as the full name, the first name alone, the
surname (with or without tussenvoegsel, after mevrouw/meneer/mw./dhr., after initials that
start with the first name's initial), in any casing, without diacritics, inflected
(``Daans``, ``Daantje``), glued to ``_``, ``#``, ``@``, digits or another name
(``Daan_Jansen``, ``DaanJansen``, ``daan2014``), and in the disguises ``normalize`` folds:
zero-width and other format characters, look-alike letters from other scripts, full-width and
mathematical letters, letters typed one by one (``D a a n``) or with symbols between
(``Da*a*n``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.privacy.normalize import Skeleton, compact, skeleton

PLACEHOLDER = {"kind": "kind", "moeder": "moeder", "vader": "vader", "partner": "partner",
               "client": "cliënt", "broer_zus": "broer/zus", "overig": "persoon"}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du",
             "von", "da", "di", "del", "dos", "el", "al", "bin", "ben", "vd", "v/d", "uit"}
TITLES = r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de\s+heer|mr\.?|juf|juffrouw|meester|dokter|dr\.?)"
# Possessives and diminutives: Emma's, Jans, Jantje, Sannetje, Emmaatje, Timmetje, Brampje.
SUFFIX = r"(?:['’`]s|['’`]|s|[a-z]?[aeiou]?(?:tje|je|pje|kje)s?|ke)?"
# A name starts where no letter stands before it, or where a lower-case letter is followed by
# a capital (``DaanJansen``); digits, ``_``, ``#`` and ``@`` are no letters.
START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
END = r"(?:(?![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
GLUE = r"[\W_]{0,3}"  # between the words of a full name: a space, "_", ".", or nothing at all

FULL, TITLED, INITIALS, SURNAME, CORE, FIRST = range(6)
_PLAIN = re.compile(r"[A-Za-z\u00c0-\u024f'’`-]*")  # a name as typed on a Latin keyboard


@dataclass(frozen=True)
class Person:
    name: str
    role: str


def nfc(text: str) -> str:
    """Composed Unicode: "e" + combining diaeresis becomes "ë" (macOS and some systems decompose)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one character (indices stay valid).
    Callers pass NFC text, so a letter and its accent are one character."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0].lower()
        out.append(base if len(base) == 1 else char)
    return "".join(out)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", skeleton(nfc(name)).text.lower().strip()) if w]


def _surname_pattern(words: list[str]) -> tuple[str, str]:
    """(surname with optional tussenvoegsel, core surname) for the words of one surname."""
    index = 0
    while index < len(words) - 1 and words[index] in PARTICLES:
        index += 1
    particles, core = words[:index], words[index:]
    core_pattern = GLUE.join(re.escape(w) for w in core)
    if not particles:
        return core_pattern, core_pattern
    return "(?:" + "".join(re.escape(p) + r"[\s_]*" for p in particles) + ")?" + core_pattern, core_pattern


def _name_patterns(name: str) -> list[tuple[int, str]]:
    """(kind, regex) alternatives for one person; kinds from most specific."""
    words = _words(name)
    if not words:
        return []
    patterns = [(FULL, GLUE.join(re.escape(w) for w in words))]
    first, rest = words[0], words[1:]
    if rest:
        surnames = [_surname_pattern(rest)]
        # a double surname (De Vries-El Amrani): each part is a surname too
        parts = [p.split() for p in " ".join(rest).split("-") if p.strip()]
        if len(parts) > 1:
            surnames += [_surname_pattern(part) for part in parts]
        for surname, core in surnames:
            patterns.append((TITLED, rf"{TITLES}\s+{surname}"))
            # D. Jansen, D.J. Jansen: the first initial is the first name's, so the role is right
            patterns.append((INITIALS, rf"{re.escape(first[0])}\.\s*(?:[a-z]\.\s*){{0,3}}{surname}"))
            patterns.append((SURNAME, surname))
            if core != surname:
                patterns.append((CORE, core))
    if len(first) >= 2:
        patterns.append((FIRST, rf"(?:{TITLES}\s+)?{re.escape(first)}"))
    return patterns


class NameMatcher:
    """Finds and replaces the names of a set of persons."""

    def __init__(self, persons: Sequence[Person]) -> None:
        counts: dict[str, int] = {}
        for person in persons:
            counts[person.role] = counts.get(person.role, 0) + 1
        seen: dict[str, int] = {}
        self.placeholders: list[str] = []
        alternatives: list[tuple[int, int, int, str, int]] = []
        for person in persons:
            role = person.role if person.role in PLACEHOLDER else "overig"
            seen[role] = seen.get(role, 0) + 1
            label = PLACEHOLDER[role] + (f" {seen[role]}" if counts.get(person.role, 0) > 1 else "")
            self.placeholders.append(f"[{label}]")
            # "mevrouw De Vries" is rather the mother than the child of that name
            adult_first = 1 if role in ("kind", "broer_zus") else 0
            for rank, pattern in _name_patterns(person.name):
                alternatives.append((rank, adult_first, -len(pattern), pattern, len(self.placeholders) - 1))
        # Full names before surnames before first names, across all persons: at one position
        # the regex takes the first alternative that matches.
        alternatives.sort(key=lambda item: item[:3])
        groups = [f"(?P<p{index}_{owner}_{rank}>{pattern})"
                  for index, (rank, _, _, pattern, owner) in enumerate(alternatives)]
        self.regex = (re.compile(START + "(?:" + "|".join(groups) + ")" + SUFFIX + END, re.IGNORECASE)
                      if groups else None)

    def _matches(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(start, end, owner, capitalised) in the original ``text`` (NFC), earliest first."""
        if self.regex is None or not text:
            return []
        base = skeleton(text)
        found = self._scan(base, text)
        spelled = compact(base)
        if spelled is not None:
            found += self._scan(spelled, text, spelled=True)
        found.sort(key=lambda f: (f[0], -f[1]))
        merged: list[tuple[int, int, int, bool]] = []
        for item in found:
            if merged and item[0] < merged[-1][1]:
                if item[1] > merged[-1][1]:
                    start, _, owner, capital = merged[-1]
                    merged[-1] = (start, item[1], owner, capital)
                continue
            merged.append(item)
        return merged

    def _scan(self, sk: Skeleton, text: str, *, spelled: bool = False) -> list[tuple[int, int, int, bool]]:
        """Matches in one skeleton. The last item says whether the guard counts it: a name of
        one word only when capitalised (so "klein" is no surname), glued to a digit, "_", "@"
        or "#" (``daan2014``), or disguised (letters typed apart, another script, invisible
        characters): nobody writes an ordinary word like that."""
        assert self.regex is not None
        out = []
        for match in self.regex.finditer(sk.text):
            _, owner, rank = str(match.lastgroup).split("_")
            start, end = sk.span(match.start(), match.end())
            counts = (int(rank) < SURNAME or spelled or sk.text[match.start()].isupper()
                      or bool(re.search(r"\s", match.group(0)))
                      or bool(re.match(r"[\d_@#]", sk.text[match.end():match.end() + 1]))
                      or bool(re.search(r"[\d_@#]$", sk.text[:match.start()]))
                      or not _PLAIN.fullmatch(text[start:end]))
            out.append((start, end, int(owner), counts))
        return out

    def replace(self, text: str) -> str:
        text = nfc(text)
        parts: list[str] = []
        last = 0
        for start, end, owner, _ in self._matches(text):
            parts.append(text[last:start])
            parts.append(self.placeholders[owner])
            last = end
        parts.append(text[last:])
        return "".join(parts)

    def mask(self, text: str) -> str:
        """``text`` (NFC) with the vault names blanked out (same length), for finding other names."""
        text = nfc(text)
        chars = list(text)
        for start, end, _, _ in self._matches(text):
            chars[start:end] = " " * (end - start)
        return "".join(chars)

    def found_in(self, text: str, *, single_words_capitalised: bool = False) -> bool:
        """Whether a name occurs. With ``single_words_capitalised``, a name of one word (a first
        name or surname on its own) counts only when written with a capital (``Klein``, not
        ``klein``): the guard's mode, where one person's surname must not block every message
        saying "klein"."""
        for _, _, _, capital in self._matches(nfc(text)):
            if capital or not single_words_capitalised:
                return True
        return False


@lru_cache(maxsize=256)
def matcher(persons: tuple[Person, ...]) -> NameMatcher:
    return NameMatcher(persons)
