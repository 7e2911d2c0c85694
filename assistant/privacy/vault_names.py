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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from assistant.privacy.normalize import Skeleton, compact, compact_text, skeleton, unstroked
from assistant.privacy.initials import ABBREVIATIONS

PLACEHOLDER = {"kind": "kind", "moeder": "moeder", "vader": "vader", "partner": "partner",
               "client": "cliënt", "broer_zus": "broer/zus", "overig": "persoon"}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "t", "s", "ter", "ten", "te", "in", "op", "la", "le", "du",
             "von", "da", "di", "del", "dos", "el", "al", "bin", "ben", "vd", "v/d", "uit"}
TITLES = r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de\s+heer|mr\.?|juf|juffrouw|meester|dokter|dr\.?)"
FULL, TITLED, INITIALS, SURNAME, CORE, FIRST, INITIAL = range(7)
_PLAIN = re.compile(r"[A-Za-z\u00c0-\u024f'’`-]*")  # a name as typed on a Latin keyboard
# Words are runs of letters (any script); a capital after a lower-case letter starts a new one
# (``DaanJansen``). Digits, "_", "#" and "@" are no letters, so ``daan2014`` holds "daan".
_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUE = re.compile(r"[\W_]{0,3}")  # between the words of one name: a space, "_", ".", or nothing
_APOSTROPHE_S = re.compile(r"['’`]s?(?![^\W\d_])")
_SUFFIX = re.compile(r"s|[a-z]?[aeiou]?(?:tje|je|pje|kje)s?|ke")  # Jans, Jantje, Emmaatje, Timmetje
# what people glue to a name in a handle without a separator: "eminaofficial", "itsdaan", "lilnoah"
_HANDLE_BEFORE = re.compile(r"(?:its|the|real|lil|iam|mr|miss)+")
_HANDLE_AFTER = re.compile(r"(?:x+o?x*|official|offical|officieel|real|baby|babe|boy|girl|queen|king|prince|princess"
                           r"|love|tv|nl|vlogs?|gaming|games|fit|life|world|music|style|jr)+")
_GLUED_AFTER = re.compile(r"[\d_@#]")
_GLUE_CHARS = set("0123456789_@#")
_DOT_SPACE = re.compile(r"\.\s*")
_TITLE_WORDS = {"mevrouw", "mevr", "mw", "meneer", "mnr", "dhr", "mr", "juf", "juffrouw", "meester", "dokter", "dr"}


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
    """The words of a name as the text's tokens are cut ("'s Gravensande" -> s, gravensande)."""
    return _WORD.findall(skeleton(nfc(name)).text.lower())


def _surnames(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(surname with tussenvoegsel, core surname) as word tuples for the surname of ``name``;
    a double surname (De Vries-El Amrani) gives each part too."""
    rest = skeleton(nfc(name)).text.lower().split(None, 1)[1:]
    if not rest:
        return []
    parts = [rest[0]] + ([p for p in rest[0].split("-") if p.strip() and p.strip() not in PARTICLES]
                         if "-" in rest[0] else [])  # "Al-Shammari": "Shammari", not "al" alone
    out = []
    for part in parts:
        words = _WORD.findall(part)
        index = 0
        while index < len(words) - 1 and words[index] in PARTICLES:
            index += 1
        out.append((tuple(words), tuple(words[index:])))
    return out


def _initials(name: str) -> set[str]:
    """A name's initials as people write them in capitals for a client: "JW" and "JWG" for
    Jan-Willem Giri, "DV" and "DDV" for Daan de Vries; no abbreviation of the field (VT, IB)."""
    parts = skeleton(nfc(name)).text.split()
    if not parts:
        return set()
    first = _WORD.findall(parts[0].lower())
    rest = [w for w in _WORD.findall(" ".join(parts[1:]).lower())]
    core = [w for w in rest if w not in PARTICLES]
    found = {"".join(w[0] for w in first + rest), "".join(w[0] for w in first + core)}
    if len(first) > 1:
        found.add("".join(w[0] for w in first))
    return {f for f in found if 2 <= len(f) <= 4 and f.upper() not in ABBREVIATIONS}


class _Token(NamedTuple):
    start: int
    end: int
    word: str  # lower case
    capital: bool


def _tokens(text: str, camel: bool = False) -> list[_Token]:
    """The words of ``text``; with ``camel``, a word glued to the next at a capital is two."""
    if not camel:
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer ("İ")
            return [_Token(m.start(), m.end(), m.group(0).lower(), m.group(0)[0].isupper())
                    for m in _WORD.finditer(text)]
        make = tuple.__new__  # a token per word of every text: skip NamedTuple's own __new__
        return [make(_Token, (a, b, low[a:b], text[a].isupper())) for a, b in map(re.Match.span, _WORD.finditer(text))]
    tokens = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        pieces = _CAMEL.split(word) if not word.islower() and not word.isupper() else [word]
        at = m.start()
        for piece in pieces:
            tokens.append(_Token(at, at + len(piece), piece.lower(), piece[:1].isupper()))
            at += len(piece)
    return tokens


class NameMatcher:
    """Finds and replaces the names of a set of persons: word tuples looked up per position, so a
    vault needs no regular expression of its own (cheap to build for every case)."""

    def __init__(self, persons: Sequence[Person]) -> None:
        counts: dict[str, int] = {}
        for person in persons:
            counts[person.role] = counts.get(person.role, 0) + 1
        seen: dict[str, int] = {}
        self.placeholders: list[str] = []
        self.first_initial: list[str] = []
        self.capitals: dict[str, int] = {}  # "JW" for Jan-Willem Giri: initials in capitals as one word
        # word tuple -> candidates (rank, adult_first, owner), best first
        keys: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
        for owner, person in enumerate(persons):
            role = person.role if person.role in PLACEHOLDER else "overig"
            seen[role] = seen.get(role, 0) + 1
            label = PLACEHOLDER[role] + (f" {seen[role]}" if counts.get(person.role, 0) > 1 else "")
            self.placeholders.append(f"[{label}]")
            # "mevrouw De Vries" is rather the mother than the child of that name
            adult_first = 1 if role in ("kind", "broer_zus") else 0
            words = _words(person.name)
            self.first_initial.append(words[0][0] if words and len(words) > 1 else "")
            for spelling in dict.fromkeys((person.name, unstroked(person.name))):  # "Huy Đỗ", also "Huy Do"
                for rank, key in self._keys(words if spelling == person.name else _words(spelling), spelling):
                    keys.setdefault(key, []).append((rank, adult_first, owner))
            for letters in _initials(person.name):
                self.capitals.setdefault(letters, owner)
        for candidates in keys.values():
            candidates.sort()
        self.keys = keys
        self.longest = max((len(k) for k in keys), default=0)
        self.singles = {k[0] for k in keys if len(k) == 1}
        self.prefixes = {w[:2] for w in self.singles}
        self.starts = {k[0] for k in keys}
        self.regex = bool(keys)  # (older callers test for a matcher with names)

    @staticmethod
    def _keys(words: list[str], name: str) -> list[tuple[int, tuple[str, ...]]]:
        if not words:
            return []
        keys = [(FULL, tuple(words))]
        if len(words) > 1:
            keys.append((FULL, ("".join(words),)))  # daanjansen
            for surname, core in _surnames(name):
                keys.append((SURNAME, surname))
                keys.append((SURNAME, ("".join(surname),)))
                if core != surname:
                    keys.append((CORE, core))
        if len(words[0]) >= 2:
            keys.append((FIRST, (words[0],)))
        first = _words(name.split()[0]) if name.split() else []
        if len(first) > 1 and len(words) > len(first):  # "Anne-Fleur": both parts, and glued
            keys += [(FIRST, tuple(first)), (FIRST, ("".join(first),))]
        return keys

    def _lookup(self, tokens: list[_Token], text: str, i: int) -> tuple[int, int, int, int] | None:
        """(end token index, end char, rank, owner) of the longest name at token ``i``."""
        word = tokens[i].word
        if word not in self.starts:
            if word[:2] not in self.prefixes and not _HANDLE_BEFORE.match(word):
                return None
            longest = 1  # (every key of more words starts with a word of self.starts: only "Daantje", "itsdaan")
        else:
            longest = min(self.longest, len(tokens) - i)
        for size in range(longest, 0, -1):
            words = tokens[i:i + size]
            if any(not _GLUE.fullmatch(text[a.end:b.start]) for a, b in zip(words, words[1:])):
                continue
            key = tuple(t.word for t in words)
            found = self.keys.get(key)
            end = words[-1].end
            if found is None and size == 1:
                found, end = self._inflected(words[0])
            elif found is None and size > 1:
                stem = self._inflected(words[-1], whole=False)
                found = self.keys.get(key[:-1] + (stem,)) if stem else None
            if found:
                rank, _, owner = found[0]
                apostrophe = _APOSTROPHE_S.match(text, end)
                return i + size - 1, apostrophe.end() if apostrophe else end, rank, owner
        return None

    def _stem(self, word: str) -> str | None:
        """Jans, Jantje, Emmaatje (lower case): the one-word name ``word`` is a possessive or
        diminutive of, or None."""
        if word[:2] not in self.prefixes:
            return None
        for cut in range(len(word) - 1, 1, -1):
            if word[:cut] in self.singles and _SUFFIX.fullmatch(word[cut:]):
                return word[:cut]
        if word.endswith(("nkje", "nkjes")):  # "Meilinkje" for Meiling, as "koninkje" for koning
            stem = word[:word.rindex("nkje")] + "ng"
            if stem in self.singles:
                return stem
        return None

    def _in_handle(self, word: str) -> str | None:
        """The one-word name (of three letters or more) that ``word`` glues a handle's word to,
        or None: "eminaofficial", "itsdaan", "lilnoahxx"."""
        before = _HANDLE_BEFORE.match(word)
        if before is not None and len(word) - before.end() >= 3:
            rest = word[before.end():]
            if rest in self.singles:
                return rest
            word = rest
        elif word[:2] not in self.prefixes:
            return None
        for cut in range(len(word) - 1, 2, -1):
            if word[:cut] in self.singles and _HANDLE_AFTER.fullmatch(word, cut):
                return word[:cut]
        return None

    def _inflected(self, token: _Token, whole: bool = True):  # type: ignore[no-untyped-def]
        """The vault entry (``whole``) or the stem (else) of the name a token inflects."""
        stem = self._stem(token.word) or (self._in_handle(token.word) if whole else None)
        if not whole:
            return stem
        return (self.keys[(stem,)] if stem else None), token.end

    def _before(self, tokens: list[_Token], text: str, i: int, rank: int, owner: int,
                candidates: list[tuple[int, int, int]] | None) -> tuple[int, int, int]:
        """A title or initials before a surname: (start char, rank, owner). "D. Jansen" is the
        person whose first name starts with D; "mevrouw Jansen" the adult of that name."""
        start = tokens[i].start
        j = i - 1
        initials: list[str] = []
        while j >= 0 and len(tokens[j].word) == 1 and text[tokens[j].end:tokens[j].end + 1] == "." \
                and _DOT_SPACE.fullmatch(text, tokens[j].end, tokens[j + 1].start) and len(initials) < 4:
            initials.insert(0, tokens[j].word)
            j -= 1
        if initials and rank in (SURNAME, CORE):
            for cand_rank, _, cand in candidates or []:
                if self.first_initial[cand] == initials[0]:
                    return tokens[j + 1].start, INITIALS, cand
        if j >= 0 and tokens[j].word in _TITLE_WORDS and re.fullmatch(r"\.?\s+", text[tokens[j].end:start]) \
                and rank in (SURNAME, CORE, FIRST):
            begin = tokens[j].start
            if j >= 1 and tokens[j].word == "heer" and tokens[j - 1].word == "de":
                begin = tokens[j - 1].start
            return begin, TITLED if rank != FIRST else FIRST, owner
        if j >= 1 and tokens[j].word == "heer" and tokens[j - 1].word == "de" and rank in (SURNAME, CORE):
            return tokens[j - 1].start, TITLED, owner
        return start, rank, owner

    def _scan(self, sk: Skeleton, text: str, *, spelled: bool = False) -> list[tuple[int, int, int, bool]]:
        """Matches in one skeleton. The last item says whether the guard counts it: a name of
        one word only when capitalised (so "klein" is no surname), glued to a digit, "_", "@"
        or "#" (``daan2014``), or disguised (letters typed apart, another script, invisible
        characters): nobody writes an ordinary word like that."""
        body = sk.text
        out = self._scan_tokens(sk, text, _tokens(body), spelled)
        if _CAMEL.search(body) and self._may_start(w for word in _WORD.findall(body) for w in _CAMEL.split(word)):
            out += self._scan_tokens(sk, text, _tokens(body, camel=True), spelled)  # DaanJansen: the words apart
        return out

    def _may_start(self, words: Iterable[str]) -> bool:
        """Whether one of ``words`` could start a name (or an inflected one): a cheap test
        before a second scan of the whole text."""
        for word in words:
            low = word.lower()
            if low in self.starts or self._stem(low) is not None:
                return True
        return False

    def _scan_tokens(self, sk: Skeleton, text: str, tokens: list[_Token], spelled: bool) -> list[tuple[int, int, int, bool]]:
        body = sk.text
        out: list[tuple[int, int, int, bool]] = []
        starts, prefixes = self.starts, self.prefixes
        i = 0
        while i < len(tokens):
            word = tokens[i].word
            if word not in starts and word[:2] not in prefixes and not _HANDLE_BEFORE.match(word):
                i += 1  # most words: no further call
                continue
            hit = self._lookup(tokens, body, i)
            if hit is None:
                i += 1
                continue
            last, end, rank, owner = hit
            start, rank, owner = self._before(tokens, body, i, rank, owner,
                                              self.keys.get(tuple(t.word for t in tokens[i:last + 1])))
            one_word = rank in (SURNAME, CORE, FIRST) and last == i
            glued = one_word and (word,) not in self.keys and self._stem(word) is None  # "eminaofficial"
            counts = (not one_word or spelled or glued or tokens[i].capital
                      or bool(_GLUED_AFTER.match(body, end))
                      or bool((start > 0 and body[start - 1] in _GLUE_CHARS)))
            o_start, o_end = sk.span(start, end)
            if not counts and not _PLAIN.fullmatch(text[o_start:o_end]):
                counts = True
            out.append((o_start, o_end, owner, counts))
            i = last + 1
        for token in tokens if self.capitals else ():  # "casus JW": the initials as one word in capitals
            owner = self.capitals.get(token.word)
            if owner is not None and body[token.start:token.end].isupper() \
                    and not any(a <= token.start < b for a, b, _, _ in out):
                o_start, o_end = sk.span(token.start, token.end)
                out.append((o_start, o_end, owner, False))  # the guard leaves them: "JW" says little alone
        initials = set(self.first_initial) - {""}
        for index, token in enumerate(tokens):  # "Y. zit op school": the initial alone
            if token.word in initials and token.capital and body[token.end:token.end + 1] == "." \
                    and re.match(r"\.\s+[a-z]", body[token.end:token.end + 3]) \
                    and (index == 0 or not re.fullmatch(r"\.\s*", body[tokens[index - 1].end:token.start])):
                owners = [o for o, initial in enumerate(self.first_initial) if initial == token.word]
                if owners and not any(a <= token.start < b for a, b, _, _ in out):
                    o_start, o_end = sk.span(token.start, token.end + 1)
                    out.append((o_start, o_end, owners[0], True))
        return out

    def _matches(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(start, end, owner, counted by the guard) in the original ``text`` (NFC), earliest first."""
        if not self.keys or not text:
            return []
        base = skeleton(text)
        found = self._scan(base, text)
        joined = compact_text(base)
        if joined is not None:  # only when joining letters made a word that may start a name
            before = set(_WORD.findall(base.text))
            words = [w for w in _WORD.findall(joined[0]) if w not in before]
            if self._may_start(piece for w in words for piece in (w, *_CAMEL.split(w))):
                spelled = compact(base, joined)
                assert spelled is not None
                found += self._scan(spelled, text, spelled=True)
        found.sort(key=lambda f: (f[0], -f[1]))
        merged: list[tuple[int, int, int, bool]] = []
        for item in found:
            if merged and item[0] < merged[-1][1]:
                if item[1] > merged[-1][1]:
                    start, _, owner, counts = merged[-1]
                    merged[-1] = (start, item[1], owner, counts or item[3])
                continue
            merged.append(item)
        return merged

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
        ``klein``) or disguised: the guard's mode, where one person's surname must not block
        every message saying "klein"."""
        for _, _, _, counts in self._matches(nfc(text)):
            if counts or not single_words_capitalised:
                return True
        return False


@lru_cache(maxsize=256)
def matcher(persons: tuple[Person, ...]) -> NameMatcher:
    return NameMatcher(persons)
