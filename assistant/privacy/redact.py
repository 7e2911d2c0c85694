"""Redaction of every text that leaves the assistant.

The passes, in this order:

1. **Accounts** (``patterns.redact_accounts``): e-mail addresses, profile URLs, handles
   (``@daan_2014``) go whole, whoever's name is in them.
2. **Vault names** of the case become role placeholders (``[kind]``, ``[moeder]``), in every
   spelling ``vault_names`` knows (inflected, glued, disguised with Unicode look-alikes).
3. **Dutch identifiers** by pattern (``patterns.redact_patterns``): IBAN, BSN, phone numbers,
   licence plates, postcodes, addresses, schools after their kind, initials, dates of birth.
4. **Persons and institutions nobody registered** (``unregistered``): ``[persoon-1]`` for
   "zusje Roos" or "dawit", numbered the same way in every text of one case; ``[instelling]``
   for "op De Kameleon" or "werkt bij PostNL".
5. **deduce**, the Dutch de-identification package: the names, places, institutions, dates,
   ages and numbers it knows. Its persons join the numbering of pass 4.

Clinical content ("blauwe plekken op beide bovenarmen") is left alone.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from assistant.privacy import unregistered
from assistant.privacy.misspelled import replace_misspelled
from assistant.privacy.normalize import PRIVATE_USE, skeleton
from assistant.privacy.patterns import bsn_valid, iban_valid, redact_accounts, redact_patterns
from assistant.privacy.vault_names import (
    PARTICLES,
    PLACEHOLDER,
    TITLES,
    NameMatcher,
    Person,
    fold,
    matcher,
    nfc,
)

log = logging.getLogger("meldcode.redact")

ROLES = ("kind", "moeder", "vader", "partner", "client", "broer_zus", "overig")
__all__ = ["ROLES", "PLACEHOLDER", "PARTICLES", "TITLES", "NameMatcher", "Person", "Redactor", "bsn_valid",
           "fold", "iban_valid", "load_deduce", "nfc", "redact_patterns"]

DEDUCE_TAGS = {
    "patient": "cliënt", "persoon": "naam", "locatie": "locatie", "instelling": "instelling",
    "ziekenhuis": "zorginstelling", "datum": "datum", "leeftijd": "leeftijd",
    "telefoonnummer": "telefoonnummer", "bsn": "bsn", "id": "nummer", "url": "url",
    "emailadres": "e-mail", "email": "e-mail",
}
_DEDUCE_TAG = re.compile(r"\[([A-Z]+)(?:-(\d+))?\]")
_PLACEHOLDER_TEXT = re.compile(r"\[[^\[\]\s]{1,30}(?: \d+)?\]")
_PRIVATE = {code: None for code in PRIVATE_USE}
Annotation = tuple[int, int, str, str]  # start, end, tag, text


def _rename_tags(text: str) -> str:
    def rename(m: re.Match[str]) -> str:
        name = DEDUCE_TAGS.get(m.group(1).lower(), m.group(1).lower())
        return f"[{name}-{m.group(2)}]" if m.group(2) else f"[{name}]"

    return _DEDUCE_TAG.sub(rename, text)


def name_key(name: str) -> str:
    """One person's key for the numbering: folded, titles dropped."""
    name = re.sub(rf"^{TITLES}\s+", "", skeleton(nfc(name)).text.strip(), flags=re.IGNORECASE)
    return " ".join(name.lower().replace("’", "'").split())


class Numbering:
    """``[persoon-N]`` for the persons nobody registered, the same N in every text of a case:
    ``others`` are the names the case's texts mention, in order; a name not among them gets
    the next free number. "Dawit" is the person "Dawit Tesfaye" mentioned before."""

    def __init__(self, others: Sequence[str] = ()) -> None:
        self.keys: list[str] = []
        for name in others:
            self.number(name)

    def number(self, name: str) -> int:
        key = name_key(name)
        if key in self.keys:
            return self.keys.index(key) + 1
        words = key.split()
        for index, other in enumerate(self.keys):
            parts = other.split()
            if len(words) == 1 and words[0] in (parts[0], parts[-1]) or \
                    len(parts) == 1 and parts[0] in (words[0], words[-1]):
                return index + 1
        self.keys.append(key)
        return len(self.keys)


# deduce's processors for what the passes before it have done already: phone numbers, e-mail
# addresses, URLs, postcodes and PO boxes (patterns.py), persons' names (unregistered.py finds
# more of them, of every origin, and knows "Roos" the name from "roos" the flower) and its text
# output (ours is built from its annotations). Measured on both benchmark note sets
# (benchmarks/redaction.py): a third of deduce's time saved, the same names found.
DEDUCE_DONE_BEFORE = frozenset({"phone_numbers", "email_addresses", "urls", "postal_code", "postbus", "redactor",
                                "names"})


class Redactor:
    """The one redactor every outgoing text goes through (chat, ``meldcode redact``).

    ``deidentify`` is deduce's text-to-text function (or a stand-in in tests); ``annotate``,
    when given, returns deduce's annotations instead, so its persons can be numbered with ours."""

    def __init__(self, deidentify: Callable[[str], str], *, cache_size: int = 4096,
                 annotate: Callable[[str], list[Annotation]] | None = None) -> None:
        self._deidentify = deidentify
        self._annotate = annotate
        self._cache: OrderedDict[tuple[str, tuple[Person, ...], tuple[str, ...]], str] = OrderedDict()
        self._cache_size = cache_size
        self._unknown: OrderedDict[tuple[str, tuple[Person, ...], tuple[str, ...]], list[str]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def with_deduce(cls, progress: Callable[[str], None] | None = None) -> "Redactor":
        """Load deduce once per process (seconds; the first build after install takes 1-2 minutes)."""
        started = time.monotonic()
        model = load_deduce(progress)
        lexicon = unregistered.lexicon()
        log.info("deduce loaded in %.1f s (name lists %.2f s)", time.monotonic() - started, lexicon.load_seconds)

        def annotate(text: str) -> list[Annotation]:
            found = model.deidentify(text, disabled=DEDUCE_DONE_BEFORE).annotations
            return [(a.start_char, a.end_char, a.tag, a.text) for a in found]

        return cls(lambda text: model.deidentify(text).deidentified_text, annotate=annotate)

    # -- finding ---------------------------------------------------------------------

    def clear_cache(self) -> None:
        """Forget every cached result and case name matcher: the next call works from scratch
        (a benchmark times the work, not the cache)."""
        with self._lock:
            self._cache.clear()
            self._unknown.clear()
        matcher.cache_clear()

    def _others(self, text: str, known: Sequence[str] = (), *, deduce: bool = True) -> list[tuple[int, int, str, str]]:
        """Spans (start, end, kind, text) of persons and institutions nobody registered, ours
        and deduce's, in ``text`` (vault names already replaced or masked)."""
        spans = [(f.start, f.end, f.kind, f.text) for f in unregistered.find(text, known)]
        if deduce and self._annotate is not None:
            for start, end, tag, found in self._annotate(text):
                if tag in ("persoon", "patient") and unregistered.plain_words(found):
                    continue  # a word that is also a name: ours decide by cue and capital
                spans.append((start, end, tag, found))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        merged: list[tuple[int, int, str, str]] = []
        for span in spans:
            if merged and span[0] < merged[-1][1]:
                if span[1] > merged[-1][1]:  # overlapping: one span over both ("Thuiszorg Hart" and "Hart & Hand")
                    start, _, kind, _ = merged[-1]
                    merged[-1] = (start, span[1], kind, text[start:span[1]])
                continue
            if _PLACEHOLDER_TEXT.fullmatch(span[3].strip()):
                continue  # deduce may tag our own placeholders
            merged.append(span)
        return merged

    def unknown_names(self, text: str, persons: Iterable[Person] = (), known: Iterable[str] = ()) -> list[str]:
        """Names in ``text`` that look like persons who are not in the vault, in order of first
        appearance, each once (as typed, without a title). ``known``: words the professional
        said are no person involved. The form asks about these before the text is stored."""
        key = (nfc(text or ""), tuple(persons), tuple(known))
        with self._lock:
            cached = self._unknown.get(key)
        if cached is None:
            cached = self._unknown_names(*key)
            with self._lock:
                self._unknown[key] = cached
                if len(self._unknown) > self._cache_size:
                    self._unknown.popitem(last=False)
        return list(cached)

    def _unknown_names(self, text: str, persons: tuple[Person, ...], known: tuple[str, ...]) -> list[str]:
        if not text or not text.strip():
            return []
        text = nfc(text).translate(_PRIVATE)
        persons = tuple(persons)
        masked = replace_misspelled(matcher(persons).mask(text), matcher(persons), unregistered.lexicon()) \
            if persons else text
        skip = {name_key(k) for k in known}
        names: list[str] = []
        numbering = Numbering()
        for _, _, kind, found in self._others(redact_patterns(redact_accounts(masked))):
            if kind not in ("persoon", "patient"):
                continue
            name = re.sub(rf"^{TITLES}\s+", "", found.strip(), flags=re.IGNORECASE).strip(" ,.:;")
            key = name_key(name)
            if not name or key in skip or any(w in skip for w in key.split()) or _PLACEHOLDER_TEXT.search(name):
                continue
            if numbering.number(name) > len(names):  # "Dawit" after "Dawit Tesfaye" is that person
                names.append(name)
        return names

    def case_names(self, texts: Iterable[str], persons: Iterable[Person] = (), known: Iterable[str] = ()) -> tuple[str, ...]:
        """The names of persons nobody registered in a case's texts, in order (for the numbering)."""
        persons, known = tuple(persons), tuple(known)
        found: list[str] = []
        for text in texts:
            for name in self.unknown_names(text, persons, known):
                if name not in found:
                    found.append(name)
        return tuple(found)

    # -- redacting --------------------------------------------------------------------

    def redact(self, text: str, persons: Iterable[Person] = (), *, others: Sequence[str] = (),
               known: Iterable[str] = ()) -> str:
        """``text`` as it may be shown in a chat. ``others``: the case's names of persons nobody
        registered (``case_names``), for numbering; ``known``: words said to be no person."""
        if not text or not text.strip():
            return text
        text = nfc(text).translate(_PRIVATE)  # our own markers never come from typed text
        key = (text, tuple(persons), tuple(others) + tuple(f"\x00{k}" for k in known))
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        result = redact_accounts(text)
        if key[1]:
            names = matcher(key[1])
            result = replace_misspelled(names.replace(result), names, unregistered.lexicon())
        result = redact_patterns(result)
        if self._annotate is None:
            result = self._replace_others(result, others, known, deduce=False)
            result = _rename_tags(self._deidentify(result))
        else:
            result = self._replace_others(result, others, known, deduce=True)
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return result

    def _replace_others(self, text: str, others: Sequence[str], known: Iterable[str], *, deduce: bool) -> str:
        numbering = Numbering(others)
        skip = {name_key(k) for k in known}
        counters: dict[str, dict[str, int]] = {}
        spans = self._others(text, others, deduce=deduce)
        parts: list[str] = []
        last = 0
        for start, end, kind, found in spans:
            if kind in ("persoon", "patient"):
                name = re.sub(rf"^{TITLES}\s+", "", found.strip(), flags=re.IGNORECASE)
                if name_key(name) in skip:
                    continue
                title = found[:len(found) - len(found.lstrip())] + found.strip()[:len(found.strip()) - len(name)]
                label = f"{title}[persoon-{numbering.number(name)}]"
            elif kind == "instelling":
                label = "[instelling]"
            else:
                tag = DEDUCE_TAGS.get(kind, kind)
                seen = counters.setdefault(tag, {})
                number = seen.setdefault(found.lower(), len(seen) + 1)
                label = f"[{tag}-{number}]"
            parts.append(text[last:start])
            parts.append(label)
            last = end
        parts.append(text[last:])
        return "".join(parts)


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
