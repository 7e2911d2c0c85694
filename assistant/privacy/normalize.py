"""The text that names are matched on: every spelling of a letter folded to one, indices kept.

People type names in ways a plain comparison misses, by accident (a name pasted from a PDF
with a soft hyphen, a phone keyboard's full-width letters) or on purpose (``Dааn`` with
Cyrillic letters, ``D a a n``, ``Da*a*n``). Names are therefore matched on a *skeleton* of the
text, never on the text itself:

- format characters (zero-width space and joiners, soft hyphen, bidi controls, word joiner,
  variation selectors) are dropped;
- compatibility forms are composed (NFKC: full-width ``Ｄ``, mathematical ``𝐃``, ligatures);
- confusable letters become the Latin letter they look like (Unicode's confusables data,
  through ``confusable_homoglyphs``): Cyrillic ``а``, Greek ``ο``;
- diacritics are removed (``Zoë`` and ``Zoe`` are one name); case is kept, so that a name
  glued to another (``DaanJansen``) still shows where one ends.

``Skeleton.span`` maps a match in the skeleton back to the original text, whose other
characters stay exactly as they were. ``compact`` is a second skeleton in which symbols
inside a word (``Da*a*n``, ``D.a.a.n``) are dropped and letters typed one by one with spaces
(``D a a n``) are joined.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Invisible characters that are not format characters (Cf) but are used the same way.
_IGNORABLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, 0x180E}
# Characters of our own that must never come from typed text (actor-name markers of the guard).
PRIVATE_USE = {0xE000, 0xE001}


def _ignorable(char: str) -> bool:
    code = ord(char)
    return (unicodedata.category(char) == "Cf" or code in _IGNORABLE or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF or code in PRIVATE_USE)


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    """Non-Latin characters that look like a Latin letter, mapped to that letter. The data
    lists look-alikes both ways (Cyrillic "а" -> "a", and "a" -> Cyrillic "а")."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    latin: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1:
            continue
        if char.isascii():
            if char.isalpha():
                for glyph in glyphs:
                    other = glyph["c"]
                    if len(other) == 1 and not other.isascii() and other.isalpha():
                        latin.setdefault(other, char)
            continue
        candidates = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()]
        if candidates:
            same_case = [c for c in candidates if c.isupper() == char.isupper()]
            latin[char] = (same_case or candidates)[0]
    latin.update(_LOOKS_LIKE)
    return latin


# Letters that read as a Latin letter in a chat font though Unicode's data lists them as no
# confusable (or as another): Greek eta for n, kappa for k, Cyrillic ka, em, en...
_LOOKS_LIKE = {
    "η": "n", "κ": "k", "τ": "t", "ε": "e", "ω": "w", "ς": "s", "χ": "x", "γ": "y", "ι": "i", "Ι": "I", "ν": "v",
    "μ": "u", "ϲ": "c", "к": "k", "м": "m", "н": "h", "т": "t", "в": "b", "п": "n", "г": "r", "и": "u", "ш": "w",
    "ь": "b", "д": "d", "л": "n", "К": "K", "М": "M", "Н": "H", "Т": "T", "В": "B",
    # capital I look-alikes: Unicode's data folds them to a small l (as it does Latin I)
    "І": "I", "Ӏ": "I", "Ι": "I", "Ｉ": "I",
}


# Latin letters with a stroke have no decomposition, so no accent to drop: "Đỗ" is typed "Do",
# "Łukasz" "Lukasz", "Øster" "Oster". Not part of the skeleton (an unknown "Đỗ" stays unlike the
# word "do"); a vault name is matched in both spellings.
_STROKED = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h", "ı": "i",
                          "Ŧ": "T", "ŧ": "t", "Ð": "D", "ð": "d", "Ɨ": "I", "ɨ": "i", "Ƶ": "Z", "ƶ": "z"})


def unstroked(text: str) -> str:
    """``text`` with its stroked letters as their plain letter."""
    return text.translate(_STROKED)


class _FoldTable(dict[int, str]):
    """``str.translate`` table computed per character on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if _ignorable(char):
            out = ""
        else:
            out = ""
            for part in unicodedata.normalize("NFKC", char):
                if _ignorable(part):
                    continue
                part = _confusables().get(part, part)
                base = unicodedata.normalize("NFD", part)
                out += base[0] if base and not unicodedata.combining(base[0]) else part
        self[code] = out
        return out


_TABLE = _FoldTable()


def fold_char(char: str) -> str:
    """What one character becomes in the skeleton ("" for an invisible one)."""
    return _TABLE[ord(char)]


@dataclass(frozen=True)
class Skeleton:
    """``text``: the folded text; ``origin[i]``: index in the original of ``text[i]``."""

    text: str
    origin: tuple[int, ...] | None  # None: one character for one character
    length: int  # the original's length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if self.origin is None:
            return start, end
        if end <= start:
            point = self.origin[start] if start < len(self.origin) else self.length
            return point, point
        return self.origin[start], self.origin[end - 1] + 1


def skeleton(text: str) -> Skeleton:
    """The folded form of ``text`` (callers pass NFC text)."""
    if text.isascii():
        return Skeleton(text, None, len(text))
    table = _TABLE
    if all(len(table[ord(c)]) == 1 for c in set(text)):
        return Skeleton(text.translate(table), None, len(text))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = table[ord(char)]
        out.append(folded)
        origin.extend([index] * len(folded))
    return Skeleton("".join(out), tuple(origin), len(text))


_INNER_SYMBOLS = re.compile(r"(?<=[^\W\d_])(?:[^\w\s]|_){1,3}(?=[^\W\d_])")
_SPELLED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ \t]{1,2}){2,}[^\W\d_](?![^\W\d_])")


def _removals(text: str) -> list[tuple[int, int]]:
    """The spans ``compact`` removes: symbols inside words, spaces between letters typed one by one."""
    spans = [m.span() for m in _INNER_SYMBOLS.finditer(text)]
    for match in _SPELLED.finditer(text):
        spans += [(i, i + 1) for i in range(match.start(), match.end()) if text[i].isspace()]
    spans.sort()
    return spans


def compact_text(base: Skeleton) -> tuple[str, list[tuple[int, int]]] | None:
    """The text of ``compact(base)`` and what it removed (cheap: no index map); None when
    nothing changes."""
    text = base.text
    if not _INNER_SYMBOLS.search(text) and not _SPELLED.search(text):
        return None
    removed = _removals(text)
    parts, last = [], 0
    for a, b in removed:
        if a >= last:
            parts.append(text[last:a])
        last = max(last, b)
    parts.append(text[last:])
    return "".join(parts), removed


def compact(base: Skeleton, found: tuple[str, list[tuple[int, int]]] | None = None) -> Skeleton | None:
    """``base`` without symbols inside words and with letters typed one by one joined
    (``Da*a*n``, ``D.a.a.n``, ``D a a n`` -> ``Daan``); None when that changes nothing.
    ``found``: ``compact_text(base)`` when the caller has it already."""
    found = found if found is not None else compact_text(base)
    if found is None:
        return None
    joined, removed = found
    keep = [True] * len(base.text)
    for a, b in removed:
        keep[a:b] = [False] * (b - a)
    origin = base.origin
    mapped = tuple((origin[i] if origin is not None else i) for i, k in enumerate(keep) if k)
    return Skeleton(joined, mapped, base.length)
