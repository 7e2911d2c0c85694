"""Redaction of every text that leaves the assistant.

Three passes, in this order:

1. **Vault names** of the case become role placeholders (``[kind]``, ``[moeder]``): the full
   name, first name alone, surname (with or without tussenvoegsel, after mevrouw/meneer/mw./dhr.,
   after initials), in any casing, without diacritics, and inflected (``Emma's``, ``Jans``,
   ``Jantje``).
2. **Dutch identifiers** by pattern: IBAN (mod-97), BSN (11-test), licence plates, postcodes,
   street with house number, school and childcare names, dates of birth. These run before
   deduce because deduce splits some of them (an IBAN becomes ``NL91ABNB[ID-1]``).
3. **deduce**, the Dutch de-identification package: names, places, institutions, dates, ages,
   phone numbers, e-mail, URLs and long identifiers.

Clinical content ("blauwe plekken op beide bovenarmen") is left alone.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger("meldcode.redact")

ROLES = ("kind", "moeder", "vader", "partner", "client", "broer_zus", "overig")
PLACEHOLDER = {"kind": "kind", "moeder": "moeder", "vader": "vader", "partner": "partner",
               "client": "cliënt", "broer_zus": "broer/zus", "overig": "persoon"}

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du",
             "von", "da", "di", "del", "dos", "el", "al", "bin", "ben", "vd", "v/d", "uit"}
TITLES = r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de\s+heer|mr\.?|juf|juffrouw|meester|dokter|dr\.?)"
# Possessives and diminutives: Emma's, Jans, Jantje, Sannetje, Emmaatje, Timmetje, Brampje.
SUFFIX = r"(?:['’`]s|['’`]|s|[a-z]?[aeiou]?(?:tje|je|pje|kje)s?|ke)?"


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
    return [w for w in re.split(r"\s+", fold(nfc(name)).strip()) if w]


def _surname_pattern(words: list[str]) -> tuple[str, str]:
    """(surname with optional tussenvoegsel, core surname) for the words of one surname."""
    index = 0
    while index < len(words) - 1 and words[index] in PARTICLES:
        index += 1
    particles, core = words[:index], words[index:]
    core_pattern = r"\s+".join(re.escape(w) for w in core)
    if not particles:
        return core_pattern, core_pattern
    return "(?:" + "".join(re.escape(p) + r"\s+" for p in particles) + ")?" + core_pattern, core_pattern


FULL, TITLED, INITIALS, SURNAME, CORE, FIRST = range(6)


def _name_patterns(name: str) -> list[tuple[int, str]]:
    """(kind, regex) alternatives on folded text for one person; kinds from most specific."""
    words = _words(name)
    if not words:
        return []
    patterns = [(FULL, r"\s+".join(re.escape(w) for w in words))]
    first, rest = words[0], words[1:]
    if rest:
        surnames = [_surname_pattern(rest)]
        # a double surname (De Vries-El Amrani): each part is a surname too
        parts = [p.split() for p in " ".join(rest).split("-") if p.strip()]
        if len(parts) > 1:
            surnames += [_surname_pattern(part) for part in parts]
        for surname, core in surnames:
            patterns.append((TITLED, rf"{TITLES}\s+{surname}"))
            patterns.append((INITIALS, rf"(?:[a-z]\.\s*){{1,4}}{surname}"))  # E. de Vries, E.J. de Vries
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
        groups: list[str] = []
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
        for index, (_, _, _, pattern, owner) in enumerate(alternatives):
            groups.append(f"(?P<p{index}_{owner}>{pattern})")
        self.regex = (
            re.compile(r"(?<![\w@])(?:" + "|".join(groups) + r")" + SUFFIX + r"(?![\w@])") if groups else None
        )

    def replace(self, text: str) -> str:
        if self.regex is None or not text:
            return text
        text = nfc(text)
        folded = fold(text)
        parts: list[str] = []
        last = 0
        for match in self.regex.finditer(folded):
            owner = int(str(match.lastgroup).split("_")[1])
            parts.append(text[last:match.start()])
            parts.append(self.placeholders[owner])
            last = match.end()
        parts.append(text[last:])
        return "".join(parts)

    def mask(self, text: str) -> str:
        """``text`` with the vault names blanked out (same length), for finding other names."""
        if self.regex is None or not text:
            return text
        folded = fold(nfc(text))
        chars = list(nfc(text))
        for match in self.regex.finditer(folded):
            chars[match.start():match.end()] = " " * (match.end() - match.start())
        return "".join(chars)

    def found_in(self, text: str, *, single_words_capitalised: bool = False) -> bool:
        """Whether a name occurs. With ``single_words_capitalised``, a name of one word (a first
        name or surname on its own) counts only when written with a capital (``Klein``, not
        ``klein``): the guard's mode, where one person's surname must not block every message
        saying "klein"."""
        if self.regex is None:
            return False
        text = nfc(text)
        for match in self.regex.finditer(fold(text)):
            one_word = not re.search(r"\s", match.group(0))
            if single_words_capitalised and one_word and not text[match.start()].isupper():
                continue
            return True
        return False


@lru_cache(maxsize=256)
def _matcher(persons: tuple[Person, ...]) -> NameMatcher:
    return NameMatcher(persons)


# ---------------------------------------------------------------------------
# Dutch identifiers by pattern


def iban_valid(candidate: str) -> bool:
    compact = re.sub(r"\s+", "", candidate).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def bsn_valid(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


_MONTHS = r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_STREET_SUFFIX = (r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|pad|dijk|steeg|markt|park|ring|baan|"
                  r"plantsoen|wal|erf|veld|boulevard|allee|oord|dam|haven|burg|water|hoek|zijde|kwartier|gaarde|"
                  r"akker|wetering|vaart|dreve|rade|straatweg|stede)")
_INSTITUTION = (r"(?:basisschool|openbare\s+basisschool|obs|cbs|pcbs|rkbs|sbo|so|vso|ikc|kindcentrum|kindcentra|"
                r"kinderdagverblijf|kdv|bso|buitenschoolse\s+opvang|peuterspeelzaal|psz|peutergroep|kinderopvang|"
                r"gastouderbureau|daltonschool|montessorischool|jenaplanschool|vrije\s+school|school|scholengemeenschap|"
                r"praktijkschool|mavo|havo|vwo|college|lyceum|gymnasium)")
_NAME_WORD = r"(?:(?i:de|het|'t|den|der|van|op|in|ter|ten|te|aan|la|le|the)\s+)*[A-Z0-9][\w'’.-]*"

PATTERNS: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]]] = []


def _pattern(kind: str, regex: str, flags: int = 0) -> Callable[[Callable[[re.Match[str]], str | None]], None]:
    def register(make: Callable[[re.Match[str]], str | None]) -> None:
        PATTERNS.append((kind, re.compile(regex, flags), make))

    return register


@_pattern("iban", r"(?<![\w])[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,4})?(?![\w])")
def _iban(m: re.Match[str]) -> str | None:
    text = m.group(0)
    compact = re.sub(r"\s+", "", text).upper()
    if iban_valid(text) or re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", compact):
        return "[iban]"
    return None


@_pattern("e-mail", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
def _email(m: re.Match[str]) -> str | None:
    return "[e-mail]"


@_pattern("telefoonnummer", r"(?<![\w+])(?:\+31|0031|\(0|0)[\d\s()-]{7,15}\d(?![\w-])")
def _phone(m: re.Match[str]) -> str | None:
    """Dutch numbers: 10 digits from the leading 0, or +31/0031 and the rest (an optional (0) between)."""
    text = m.group(0)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+31"):
        national = digits[2:]
    elif text.startswith("0031"):
        national = digits[4:]
    else:
        return "[telefoonnummer]" if len(digits) == 10 and digits.startswith("0") else None
    # +31 and 8 to 10 more digits, whatever the (0) or a typo: still someone's number
    return "[telefoonnummer]" if 8 <= len(national) <= 10 else None


@_pattern("bsn", r"(?<![\w.,-])(?:\d{9}|\d{8}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\w-]|[.,]\d)")
def _bsn(m: re.Match[str]) -> str | None:
    return "[bsn]" if bsn_valid(m.group(0)) else None


@_pattern("kenteken", r"(?<![\w-])(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})(?![\w-])")
def _plate(m: re.Match[str]) -> str | None:
    """Every Dutch sidecode (XX-99-99 to 999-XX-9): six characters in three groups, letters and digits."""
    compact = m.group(0).replace("-", "")
    if len(compact) != 6 or compact.isdigit() or compact.isalpha():
        return None
    return "[kenteken]"


@_pattern("postcode", r"(?<![\w])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w])|(?<![\w])[1-9]\d{3}(?!sa|sd|ss)[a-z]{2}(?![\w])")
def _postcode(m: re.Match[str]) -> str | None:
    return "[postcode]"


_PARTICLE_WORDS = r"(?:van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij|voor|achter|over|la|le)"
_HOUSE_NUMBER = r"\d{1,5}(?:\s?-?\s?[A-Za-z](?![\w]))?(?:\s?(?:hs|bis|[IVX]+|-\d{1,3}))?(?![\w])"


_STREET_TITLE = (r"(?:Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|Graaf|Gravin|Sint|St\.|Generaal|"
                 r"Professor|Prof\.|Pastoor|Jonkheer|Mr\.|Admiraal|Kapitein|Hertog|Hertogin|Baron|Ridder|Meester)")


@_pattern("adres", rf"(?<![\w])(?:{_STREET_TITLE}\s+(?:{_PARTICLE_WORDS}\s+)*|(?:[A-Z][\w'’.-]*\s+){{1,2}})?[A-Z]?[\w'’-]*{_STREET_SUFFIX}\s+{_HOUSE_NUMBER}")
def _street(m: re.Match[str]) -> str | None:
    return "[adres]" if re.match(r"[A-Z]", m.group(0)) else None


@_pattern("adres", rf"(?<![\w])(?:Laan|Weg|Plein|Kade|Dreef|Singel|Park|Hof|Pad|Dijk|Markt|Ring|Straat|Gracht)\s+(?:{_PARTICLE_WORDS}\s+)+(?:[A-Z][\w'’.-]*\s+){{1,3}}{_HOUSE_NUMBER}")
def _leading_street(m: re.Match[str]) -> str | None:
    return "[adres]"


@_pattern("school", rf"(?<![\w])((?i:{_INSTITUTION}))\s+({_NAME_WORD}(?:\s+(?:[A-Z][\w'’.-]*|\d+))*)")
def _school(m: re.Match[str]) -> str | None:
    name = m.group(2)
    core = re.sub(r"^(?:(?:de|het|'t|den|der|van|op|in|ter|ten|te|aan|la|le|the)\s+)+", "", name, flags=re.I)
    if not core or not (core[0].isupper() or core[0].isdigit()):
        return None
    return f"{m.group(1)} [instelling]"


@_pattern("school", r"(?<![\w])(?:(?:Het|De)\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:College|Lyceum|Gymnasium|Kindcentrum|Academie)(?![\w])")
def _named_college(m: re.Match[str]) -> str | None:
    return "[instelling]"


@_pattern(
    "geboortedatum",
    rf"(?<![\w])(geboren|geb\.|geboortedatum:?|geboortedag:?|born|date\s+of\s+birth:?)\s+(?:op\s+|on\s+)?"
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?|\d{{1,2}}\s+{_MONTHS}\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})(?![\w])",
    re.IGNORECASE,
)
def _birth(m: re.Match[str]) -> str | None:
    return f"{m.group(1)} [geboortedatum]"


def redact_patterns(text: str) -> str:
    for _, regex, make in PATTERNS:
        def substitute(m: re.Match[str]) -> str:
            replacement = make(m)
            return m.group(0) if replacement is None else replacement

        text = regex.sub(substitute, text)
    return text


# ---------------------------------------------------------------------------
# deduce

DEDUCE_TAGS = {
    "patient": "cliënt", "persoon": "naam", "locatie": "locatie", "instelling": "instelling",
    "ziekenhuis": "zorginstelling", "datum": "datum", "leeftijd": "leeftijd",
    "telefoonnummer": "telefoonnummer", "bsn": "bsn", "id": "nummer", "url": "url",
    "emailadres": "e-mail", "email": "e-mail",
}
_DEDUCE_TAG = re.compile(r"\[([A-Z]+)(?:-(\d+))?\]")


def _rename_tags(text: str) -> str:
    def rename(m: re.Match[str]) -> str:
        name = DEDUCE_TAGS.get(m.group(1).lower(), m.group(1).lower())
        return f"[{name}-{m.group(2)}]" if m.group(2) else f"[{name}]"

    return _DEDUCE_TAG.sub(rename, text)


class Redactor:
    """The one redactor every outgoing text goes through (chat, ``meldcode redact``)."""

    def __init__(self, deidentify: Callable[[str], str], *, cache_size: int = 4096) -> None:
        self._deidentify = deidentify
        self._cache: OrderedDict[tuple[str, tuple[Person, ...]], str] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @classmethod
    def with_deduce(cls, progress: Callable[[str], None] | None = None) -> "Redactor":
        """Load deduce once per process (seconds; the first build after install takes 1-2 minutes)."""
        started = time.monotonic()
        model = load_deduce(progress)
        log.info("deduce loaded in %.1f s", time.monotonic() - started)
        return cls(lambda text: model.deidentify(text).deidentified_text)

    def unknown_names(self, text: str, persons: Iterable[Person] = (), known: Iterable[str] = ()) -> list[str]:
        """Names in ``text`` that look like persons who are not in the vault, in order of first
        appearance, each once (as typed). ``known``: words the professional said are no person.
        The form asks about these before the text is stored (interim: deduce's person tags)."""
        if not text or not text.strip():
            return []
        text = nfc(text)
        persons = tuple(persons)
        matcher = _matcher(persons) if persons else None
        masked = matcher.mask(text) if matcher is not None else text
        skip = {fold(k).strip() for k in known}
        model = load_deduce()
        found: list[str] = []
        for ann in sorted(model.deidentify(masked).annotations, key=lambda a: a.start_char):
            if ann.tag not in ("persoon", "patient"):
                continue
            name = re.sub(rf"^{TITLES}\s+", "", ann.text, flags=re.I).strip()
            if name and fold(name) not in skip and name not in found:
                found.append(name)
        return found

    def redact(self, text: str, persons: Iterable[Person] = ()) -> str:
        if not text or not text.strip():
            return text
        text = nfc(text)
        key = (text, tuple(persons))
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        result = _matcher(key[1]).replace(text) if key[1] else text
        result = redact_patterns(result)
        result = _rename_tags(self._deidentify(result))
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return result


_deduce_lock = threading.Lock()
_deduce_model: Any = None


def deduce_needs_build() -> bool:
    """True when deduce's lookup structures have not been built in this installation yet."""
    from pathlib import Path

    import deduce

    lookup = Path(deduce.__file__).parent / "data" / "lookup"
    return not (lookup / "cache" / "lookup_structs.pickle").exists()


def load_deduce(progress: Callable[[str], None] | None = None) -> Any:
    """The process-wide deduce instance (built on first use, then loaded from its cache)."""
    global _deduce_model
    with _deduce_lock:
        if _deduce_model is None:
            import deduce

            if progress is not None:
                progress("build" if deduce_needs_build() else "load")
            _deduce_model = deduce.Deduce()
            # Its lookup tables are millions of long-lived objects: move them out of the cyclic
            # garbage collector's reach, or every full collection walks them (pauses of 100+ ms).
            gc.collect()
            gc.freeze()
        return _deduce_model
