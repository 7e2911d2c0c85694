"""Persons nobody registered: a sibling, the mother's new partner, a neighbour, a colleague.

The vault holds the persons a professional registered for a case. Notes name others too:
"zusje Roos", "de nieuwe vriend van moeder, Kevin", "oom Mehmet", "buurvrouw mevrouw Kowalska",
"samen met emma de vries", "[10:21] Mahnoor:". ``find`` returns their spans, and those of the
organisations (``institutions.py``), so the redactor can replace them (``[persoon-1]``,
``[instelling]``) and a form can ask about them first.

What counts as a name, on the text's words (``lexicon.py`` has the lists):
- after a **cue** (zusje, oom, buurvrouw, juf, mevrouw, de nieuwe vriend van moeder, "samen
  met", "Aan:", "Groet,"): the next word, unless it is a function word or an ordinary word;
- a **capitalised word inside a sentence**: Dutch writes nouns in lower case, so a capital
  mid-sentence is a proper noun: a name when it is in the name lists or no Dutch word at all,
  unless it is a known capitalised non-name (Nederlands, Ramadan, Veilig Thuis, WhatsApp);
- at the **start of a sentence** only a listed name that is no Dutch word, or one that is
  followed by a verb of what a person does or a surname ("Roos zegt", "Dawit Tesfaye");
- a **lower-case word** (chat style) that is a listed name and no Dutch word ("dawit", "sanne"),
  or a word in no list before a verb ("tanbay wist van niks"), while "hoop", "storm" and "roos"
  as words survive;
- the surname after a first name, particles ("van der Meer"), pairs ("dennis en jet").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from assistant.privacy.institutions import _organisation_at, find_institutions, merge
from assistant.privacy.lexicon import (
    ARTICLES, BRIDGE, CUES, DETERMINERS, EPONYMS, HEADER_CUES, PARTICLES, PERSON_VERBS, PHRASE_CUES, PROFESSIONS,
    SENTENCE_END, SIGN_OFFS, SPEECH, TITLE_CUES, WEAK_CUES, WORD, _PREPOSITIONS, Found, Lexicon, _key, lexicon,
)

__all__ = ["Found", "Lexicon", "find", "find_persons", "lexicon", "plain_words"]

@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    cap: bool
    upper: bool
    sentence_start: bool
    in_brackets: bool
    place_context: bool = False  # after "in", "naar", "uit", "te": a place name there is a place


# After these a word that is a place and a name is the place ("woont in Emmen").
PLACE_PREPOSITIONS = {"in", "naar", "uit", "te", "thuis", "vanuit", "richting", "nabij", "from", "to", "near", "omgeving"}


_INITIAL_DOT = re.compile(r"\.[ \t]?")


def _tokens(text: str) -> list[_Token]:
    """The words of ``text``; a possessive "Lubna's" is the word "Lubna" (the "'s" stays)."""
    tokens: list[_Token] = []
    last = 0
    brackets = "[" in text
    breaks = [m.start() for m in SENTENCE_END.finditer(text)]  # where sentences end, once for the text
    b = 0
    for m in WORD.finditer(text):
        start, end = m.span()
        word = m.group(0)
        if len(word) > 3 and (word.endswith("'s") or word.endswith("’s")):
            word = word[:-2]
            end -= 2
        while b < len(breaks) and breaks[b] < last:
            b += 1
        start_of_sentence = not tokens or b < len(breaks) and breaks[b] < start
        if start_of_sentence and tokens and len(tokens[-1].text) == 1 and tokens[-1].text.isupper() \
                and _INITIAL_DOT.fullmatch(text, last, start):
            start_of_sentence = False  # "door C. Costa": the dot of an initial ends no sentence
        in_brackets = brackets and (start > 0 and text[start - 1] == "[" or
                                    text[end:end + 1] == "]" and "[" in text[max(0, start - 20):start])
        upper = word.isupper()
        tokens.append(_Token(start, end, word, _key(word), word[0].isupper() and not upper,
                             upper and len(word) > 1, start_of_sentence, in_brackets,
                             bool(tokens) and tokens[-1].key in PLACE_PREPOSITIONS))
        last = end
    return tokens


def _place(tok: _Token, lex: Lexicon) -> bool:
    """A place name here: deduce's lists hold thousands of hamlets called like surnames ("Dijk",
    "Vries", "Leeuwen"), so a listed name is a place only after "in", "naar", "uit"."""
    key = tok.key
    return (key in lex.places or key.split("-")[0] in lex.places) and (tok.place_context or not lex.is_name(key))


def _namey(tok: _Token, lex: Lexicon, *, after_cue: bool, weak: bool = False, determined: bool = False) -> bool:
    """Could this token be (part of) a person's name here? ``weak``: after a weak cue;
    ``determined``: after "een", "de", "mijn": a word in lower case there is no name."""
    key = tok.key
    if tok.in_brackets or key in lex.stop or len(key) < 2 or key in CUES or key in PROFESSIONS:
        return False  # (not "gesprek met mentor")
    capital = tok.cap or (tok.upper and (lex.is_name(key) or _shouted(key, lex)))
    if tok.upper and not capital:
        return False  # an abbreviation (POH-GGZ, SMW), no name
    if not capital and (key in SPEECH or key in PERSON_VERBS):
        return False  # "moeder belt": a verb, though "Belt" is a surname too
    if after_cue:
        if capital:
            return key not in lex.not_names
        if weak:  # "vriendin camelia", "klasgenoot curtley"; not "papa boos"
            return lex.is_name(key) and (key not in lex.words or lex.rare_word_name(key)) \
                or len(key) >= 4 and not lex.is_word(key) and not _place(tok, lex) and not lex.typo(key)
        return key in lex.first or not lex.is_word(key) and len(key) >= 3 and not lex.typo(key)
    if capital:
        if key in lex.not_names or key in PROFESSIONS or key in SIGN_OFFS or _place(tok, lex) or key.startswith(EPONYMS):
            return False  # a place is deduce's (a location, not a person); "het Alzheimertype" a disease
        if tok.sentence_start:
            return lex.is_name(key) and key not in lex.words and key not in lex.english
        return lex.is_name(key) or not lex.is_word(key)
    return lex.is_name(key) and key not in lex.words and key not in lex.english and len(key) >= 3 \
        and not determined


def _after_title(tokens: list[_Token], j: int, lex: Lexicon) -> int | None:
    """The token after mevrouw/meneer/mw/dhr that starts a surname, or None ("mevrouw zegt")."""
    k = j
    while k < len(tokens) - 1 and tokens[k].key in PARTICLES and k - j < 3:
        k += 1
    tok = tokens[k]
    if tok.in_brackets or tok.key in lex.stop and k == j or tok.key in DETERMINERS or tok.key in SPEECH \
            or tok.key in PERSON_VERBS:
        return None
    particles = k > j and tokens[j].key in PARTICLES
    if tok.cap or tok.upper or tok.key in lex.surnames or lex.is_name(tok.key) or not lex.is_word(tok.key) \
            or particles and (tok.key not in lex.common or tok.key in lex.surnames or tok.cap):
        return j if particles else k
    return None


def _opens_with_name(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A sentence that starts with a name and a verb of what a person does ("Roos zegt",
    "Dinçsü wist", "roos wist van niks"), or a first name and a surname."""
    tok, nxt = tokens[i], tokens[i + 1]
    key = tok.key
    if key in lex.not_names or key in lex.stop or _place(tok, lex) or key in CUES or tok.in_brackets \
            or key in SIGN_OFFS or key in PROFESSIONS or not _adjacent(text, tok, nxt) or len(key) < 2:
        return False
    if tok.cap and lex.is_name(key) and nxt.key in PARTICLES:
        end = _extend(text, tokens, i, lex)
        if end > i + 1 and (tokens[end].cap or tokens[end].upper):
            return True  # "Mark van der Meer mag", "Floor de Jong"; not "Scheen de zon"
    if not (tok.cap or tok.upper or lex.is_name(key)):
        return False
    if lex.is_name(key):
        if key not in lex.words:  # a name that is no word: any verb will do
            return nxt.key in SPEECH or nxt.key in PERSON_VERBS or _surname_part(nxt, lex)
        return nxt.key in PERSON_VERBS or (tok.cap and _surname_part(nxt, lex) and nxt.cap)
    # a word in no list at all, capitalised: a name of an origin the lists do not know
    return (tok.cap or tok.upper and _shouted(key, lex)) and not lex.is_word(key) and not lex.compound(key) \
        and not lex.typo(key) and (nxt.key in SPEECH or nxt.key in PERSON_VERBS
             or nxt.cap and not lex.is_word(nxt.key) and _surname_part(nxt, lex)
             or tok.cap and nxt.key in _ADMITS)  # "Myroslava erkent de zorgen"


def _unknown_then_verb(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no word list followed by a verb of what a person does: a name
    of an origin the lists do not know, typed in chat style."""
    tok, nxt = tokens[i], tokens[i + 1]
    key = tok.key
    return not tok.cap and not tok.upper and len(key) >= 3 and "-" not in key and not tok.in_brackets \
        and not lex.is_word(key) and not lex.compound(key) and not lex.typo(key) \
        and key not in lex.stop and key not in lex.not_names and not _place(tok, lex) and key not in CUES \
        and (nxt.key in PERSON_VERBS or nxt.key in SPEECH) and nxt.key not in ("en", "and", "is", "was") \
        and _adjacent(text, tok, nxt) and not _quoted(text, tokens, i) \
        and not (i > 0 and tokens[i - 1].key in ARTICLES)  # "het koninkje lacht": a thing


def _quoted(text: str, tokens: list[_Token], i: int) -> bool:
    """"... in de box en de wipstoel, zegt moeder": the end of what someone said, not a name."""
    return "," in text[tokens[i].end:tokens[i + 1].start] and i + 2 < len(tokens) \
        and tokens[i + 2].key in _SPEAKERS


_SPEAKERS = CUES | {"hij", "zij", "ze", "zijn", "haar", "he", "she"}  # who says it, after the verb
_ADMITS = {"erkent", "erkende", "ontkent", "ontkende", "begrijpt", "snapt", "accepteert", "weigert", "weigerde",
           "houdt", "hield", "maakt", "maakte", "stemt", "stemde", "praat", "praatte", "lacht", "lachte", "reageert"}
_SAID = {"zei", "zegt", "vertelde", "vertelt", "vroeg", "vraagt", "schreef", "appte", "belde", "mailde", "volgens", "met",
         "aldus", "sprak", "overleggen", "overlegd"}


def _unknown_after_verb(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no list after "zei", "volgens", "met" (chat style: "zei sheritsa
    vorige week", "overleggen met essra"): a name, unless a frequent word typed one letter off."""
    tok, prev = tokens[i], tokens[i - 1]
    key = tok.key
    return prev.key in _SAID and not tok.cap and not tok.upper and len(key) >= 4 and "-" not in key \
        and not tok.in_brackets and _SPACES.fullmatch(text, prev.end, tok.start) is not None \
        and not lex.is_word(key) and not lex.compound(key) and key not in lex.stop and key not in lex.not_names \
        and not _place(tok, lex) and key not in CUES and key not in PROFESSIONS and not lex.typo(key)


def _shouted(key: str, lex: Lexicon) -> bool:
    """A word in capitals that is no Dutch word or known term and reads like a name (AXINTE),
    not an abbreviation (SKSG, ADHD)."""
    if "-" in key and all(len(part) <= 4 for part in key.split("-")):
        return False  # POH-GGZ, SEH-MDO: abbreviations joined
    return len(key) >= 4 and not lex.is_word(key) and key not in lex.not_names and \
        sum(c in "aeiouy" for c in key) >= 2


def _surname_part(tok: _Token, lex: Lexicon, *, after_particle: bool = False, after_first: bool = False,
                  after_der: bool = False, after_name_cap: bool = False) -> bool:
    """Could ``tok`` continue a name as (part of) a surname? ``after_particle``: it follows
    "van", "de", "ter" (then it is a surname, also when a place is called so: "van Dijk");
    ``after_der``: it follows "der", "den", "ter", "'t", which only surnames use ("van der Meer");
    ``after_first``: it follows a first name that is no Dutch word ("bianca winter")."""
    key = tok.key
    if tok.in_brackets or tok.sentence_start or not after_particle and _place(tok, lex):
        return False
    if after_der:
        return True
    if "-" in key and key.rsplit("-", 1)[1] in PARTICLES:
        return True  # "Klein-van Leeuwen": the rest follows
    if key in PROFESSIONS or key in SIGN_OFFS or key in CUES:
        return False
    if tok.cap or tok.upper:  # "Quincy Hoever": a capital after a name, unless a frequent word
        if after_particle:  # "van Zon": after "van" a capital is a surname, also a word of another kind
            return key not in _SERVICES  # not "adviseur griet van Veilig Thuis"
        return key not in lex.not_names and (lex.is_name(key) or key not in lex.common or after_name_cap)
    if key in lex.stop or key in lex.not_names and not after_particle or key in SPEECH or key in PERSON_VERBS:
        return False
    if _describes(key, lex):
        return False  # "daan de jongste", "daan de kleine": a word that says who, no surname
    if key in lex.surnames and (key not in lex.words or lex.rare_word_name(key)):
        return True
    if after_particle and (key in lex.surnames or key in lex.not_names):
        return True  # "emma de vries", "noor van dijk", "monique de wit", "lieke van zon"
    if after_first and key in lex.surnames and not lex.adjective(key):
        return True  # "bianca winter", "esmee bos"
    return len(key) >= 3 and not lex.is_word(key)


_SPACES = re.compile(r"[ \t]+")


def _describes(key: str, lex: Lexicon) -> bool:
    """An inflected adjective or a superlative: "de jongste", "de kleine" say who, they name no one."""
    return key in lex.words and key.endswith("e") and (lex.adjective(key) or key.endswith("ste") and lex.adjective(key[:-3]))


def _ends_in_particle(key: str) -> bool:
    """"de" (the start of "de Wit") or "bos-van" (the middle of "Bos-van Wijk")."""
    return key in PARTICLES or "-" in key and key.rsplit("-", 1)[1] in PARTICLES
_CAPITAL_PARTICLES = {"van", "ter", "ten", "den", "der", "vd"}
_SERVICES = {"veilig", "raad", "kinderbescherming", "jeugdbescherming", "wijkteam", "jeugdteam", "ggd", "cjg", "politie",
             "gemeente", "jeugdzorg", "ggz", "stichting", "praktijk"}
_SURNAME_ONLY = {"der", "den", "ter", "ten", "'t", "t"}
_BREAK = re.compile(r"[,;:\n.!?()<>\[\]/|]")  # between the words of one name: none of these


def _extend(text: str, tokens: list[_Token], index: int, lex: Lexicon) -> int:
    """The last token of the name starting at ``index``: surname parts and particles after it."""
    end = index
    first = tokens[index].key
    strong_first = first in lex.first and first not in lex.words and first not in lex.english
    j = index + 1
    particles_seen = False
    while j < len(tokens):
        k = j
        if particles_seen and tokens[j].key == "van":
            break  # "Ruud van der Meer van Zuiderpoort": the second "van" says where from
        while k < len(tokens) and tokens[k].key in PARTICLES and k - j < 3 and not tokens[k].sentence_start:
            if tokens[k].key in _PREPOSITIONS and (k + 2 >= len(tokens) or tokens[k + 1].key not in ("'t", "t", "de", "den", "het")
                                                   or not tokens[k + 2].cap):
                break  # "in 't Veld" is a surname, "in Rotterdam" and "op het land" are not
            k += 1
        if k < len(tokens) and not _BREAK.search(text, tokens[end].end, tokens[k].start) \
                and _surname_part(tokens[k], lex, after_particle=k > j or _ends_in_particle(tokens[end].key),
                                  after_first=strong_first and end == index,
                                  after_name_cap=end == index and tokens[index].cap and first in lex.first,
                                  after_der=any(t.key in _SURNAME_ONLY for t in tokens[j:k])) \
                and (k == j or tokens[k].cap or tokens[k].upper or tokens[k].key in lex.surnames
                     or "-" in tokens[k].key or any(t.key in _SURNAME_ONLY for t in tokens[j:k])):
            particles_seen = particles_seen or k > j
            end = j = k
            j += 1
            continue
        break
    return end


def _adjacent(text: str, a: _Token, b: _Token, *, dot: bool = False) -> bool:
    """Only spaces (or a comma or colon; with ``dot``, the dot of "mw." or "dhr.") between two tokens."""
    return (_DOT_GAP if dot else _GAP).fullmatch(text, a.end, b.start) is not None


_GAP = re.compile(r"\s*[,:(]?\s*")
_FIELD_BREAK = re.compile(r"[\n\t]")
_DOT_GAP = re.compile(r"\.?\s*[,:(]?\s*")


def plain_words(text: str, lex: Lexicon | None = None) -> bool:
    """Whether every word of ``text`` is an ordinary Dutch word (deduce takes "Roos" at the start
    of a sentence for a name; here a cue or a capital inside a sentence decides)."""
    lex = lex or lexicon()
    keys = [_key(w) for w in WORD.findall(text)]
    return bool(keys) and all(k in lex.words or k in lex.stop for k in keys)


def find_persons(text: str, lex: Lexicon | None = None, known: Iterable[str] = ()) -> list[Found]:
    lex = lex or lexicon()
    tokens = _tokens(text)
    found: list[Found] = []
    listed = -1  # the token after "X en" or a name in brackets: a second person
    plain = _plain(lex)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.key in plain and not tok.cap and not tok.upper:
            i += 1  # a frequent word in lower case that is no name and no cue: none of the rules below
            continue
        start = _name_start(text, tokens, i, lex, listed=i == listed)
        if start is None:
            i += 1
            continue
        end = _extend(text, tokens, start, lex)
        if tokens[start].place_context and " ".join(t.key for t in tokens[start:end + 1]) in lex.places:
            i = end + 1  # "woont in Den Haag": a place of two words, deduce's
            continue
        if start > 0 and not tokens[start].sentence_start and _first_before(text, tokens, start, lex):
            start -= 1  # "georgi stoyanov", "mark boersma": the first name before a surname found
            if found and found[-1].start == tokens[start].start:
                found.pop()
        before = _paired_before(text, tokens, start, found, lex)
        if before is not None:
            found.append(Found(tokens[before].start, tokens[before].end, "persoon", tokens[before].text))
        start = _with_initials(text, tokens, start)
        first, last = tokens[start], tokens[end]
        found.append(Found(first.start, last.end, "persoon", text[first.start:last.end]))
        listed = _next_listed(text, tokens, end, lex)
        i = end + 1
    if ":" in text:
        found = _with_authors(found, _chat_authors(text, lex))
    return _again(tokens, found, lex, known)


def _with_initials(text: str, tokens: list[_Token], start: int) -> int:
    """The first of the initials right before a name ("C.J. Costa"), else ``start``."""
    while start > 0 and len(tokens[start - 1].text) == 1 and tokens[start - 1].text.isupper() \
            and _INITIAL_DOT.fullmatch(text, tokens[start - 1].end, tokens[start].start):
        start -= 1
    return start


def _name_start(text: str, tokens: list[_Token], i: int, lex: Lexicon, *, listed: bool) -> int | None:
    """The token where a name starts at or right after token ``i`` (a cue's name), or None.
    ``listed``: token ``i`` follows "X en" or stands in brackets after a person."""
    tok = tokens[i]
    determined = i > 0 and tokens[i - 1].key in ARTICLES and _adjacent(text, tokens[i - 1], tok)
    if (listed or _announced(text, tokens, i, lex)) and _namey(tok, lex, after_cue=True) and not determined:
        return i  # "Aan: Storm de Koning", "samen met emma", "dennis en jet"
    if tok.cap and tok.key in _CAPITAL_PARTICLES and not tok.sentence_start and not tok.place_context \
            and i + 1 < len(tokens) and f"{tok.key} {tokens[i + 1].key}" not in lex.places \
            and (tokens[i + 1].cap or tokens[i + 1].key in PARTICLES) and _adjacent(text, tok, tokens[i + 1]) \
            and _extend(text, tokens, i, lex) > i:
        return i  # "JVK Van Zon", "door Van der Steen": a capital "Van" inside a sentence starts a surname
    start = None
    if tok.key in TITLE_CUES and i + 1 < len(tokens) and _adjacent(text, tok, tokens[i + 1], dot=True):
        start = _after_title(tokens, i + 1, lex)
    if start is None and tok.key in CUES and i + 1 < len(tokens):
        start = _after_cue(text, tokens, i, lex)
    if start is not None:
        return start
    if _namey(tok, lex, after_cue=False, determined=determined) \
            or i + 1 < len(tokens) and _role_after(text, tokens, i, lex) \
            or 0 < i < len(tokens) - 1 and _who_relative(text, tokens, i, lex) \
            or i + 1 < len(tokens) and _first_and_surname(text, tokens, i, lex) \
            or tok.sentence_start and i + 1 < len(tokens) and _opens_with_name(text, tokens, i, lex) \
            or i + 1 < len(tokens) and _unknown_then_verb(text, tokens, i, lex) \
            or i > 0 and _unknown_after_verb(text, tokens, i, lex):
        # "tudert (tante)", "berichten van mees die", "roos koster", "Roos zegt", "tanbay wist van niks"
        return i
    return None


def _after_cue(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> int | None:
    """The name after the cue at token ``i``: "zusje Roos", "de nieuwe vriend van moeder, Kevin"."""
    tok, j = tokens[i], i + 1
    if _adjacent(text, tok, tokens[j]) and _namey(tokens[j], lex, after_cue=True, weak=tok.key in WEAK_CUES) \
            and not _FIELD_BREAK.search(text, tok.end, tokens[j].start):
        return j  # (not across a line or a table's cell: "gesprek ouders\nKwam met een blauw oog")
    while j < len(tokens) and tokens[j].key in BRIDGE and j - i <= 5:
        j += 1
    if j < len(tokens) and j > i + 1 and re.fullmatch(r"[\s,:]*", text[tokens[j - 1].end:tokens[j].start]) \
            and (tokens[j].cap or tokens[j].upper or lex.is_name(tokens[j].key) and tokens[j].key not in lex.words
                 or tokens[j - 1].key == "van" and len(tokens[j].key) >= 3 and not lex.is_word(tokens[j].key)
                 and not _place(tokens[j], lex) and tokens[j].key not in lex.not_names) \
            and _namey(tokens[j], lex, after_cue=True):
        return j
    return None


def _next_listed(text: str, tokens: list[_Token], end: int, lex: Lexicon) -> int:
    """After a name ending at token ``end``: the token of a second person it lists, or -1."""
    if end + 1 < len(tokens) and _bracketed_name(text, tokens[end], tokens[end + 1], lex):
        return end + 1  # "mama van Hariyanto (sutini)", "papa van yara (dilovan)"
    if end + 2 < len(tokens) and tokens[end + 1].key in ("en", "of", "and", "or", "&") \
            and _adjacent(text, tokens[end], tokens[end + 1]) and _adjacent(text, tokens[end + 1], tokens[end + 2]):
        return end + 2  # "dennis en jet", "teun en iris": one of a pair of persons
    if end + 1 < len(tokens) and text[tokens[end].end:tokens[end + 1].start].strip() == ",":
        return end + 1  # "milan, fleur en teun"
    return -1


# A chat copied from Teams, Slack or WhatsApp: "[10:21] Mahnoor: ...", "Sanne Sterk  10:14".
# (also after a date, and with where it comes from: "20 dec · 16.33 – Linda – Egeltje: ...")
_STAMPED_AUTHOR = re.compile(r"(?m)^[ \t]*(?:(?:ma|di|wo|do|vr|za|zo|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[ \t]+[a-z]{3}\.?)"
                             r"[ \t]+(?:·[ \t]+)?){0,2}\[?\d{1,2}[:.]\d{2}\]?[ \t]*"
                             r"(?:[-–—][ \t]*)?([^\W\d_][^\W\d_'’ -]{0,40}?)[ \t]*(?::|[–—-][ \t]+[^\n:]{2,40}:)")
_AUTHOR_STAMP = re.compile(r"(?m)^[ \t]*([A-Z][^\W\d_'’-]*(?:[ \t]+[^\W\d_'’-]+){0,3}?)[ \t]+\d{1,2}:\d{2}[ \t]*$")


def _chat_authors(text: str, lex: Lexicon) -> list[Found]:
    found = []
    for regex in (_STAMPED_AUTHOR, _AUTHOR_STAMP):
        for m in regex.finditer(text):
            name = m.group(1).strip()
            keys = [_key(w) for w in name.split()]
            if not keys or keys[0] in lex.stop or keys[0] in lex.not_names or keys[0] in PROFESSIONS \
                    or keys[0] in lex.common and not lex.is_name(keys[0]) \
                    or regex is _AUTHOR_STAMP and lex.is_word(keys[0]) and not lex.is_name(keys[0]):
                continue
            found.append(Found(m.start(1), m.start(1) + len(name), "persoon", name))
    return found


def _with_authors(found: list[Found], authors: list[Found]) -> list[Found]:
    """``found`` and the chat's authors, an author replacing what overlaps it."""
    if not authors:
        return found
    kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in authors)]
    return sorted(kept + authors, key=lambda f: f.start)


def _bracketed_name(text: str, before: _Token, tok: _Token, lex: Lexicon) -> bool:
    """A word alone in brackets right after a person's name: another name ("(sutini)")."""
    return re.fullmatch(r"[ \t]*\(", text[before.end:tok.start]) is not None and text[tok.end:tok.end + 1] == ")" \
        and tok.key not in lex.stop and tok.key not in CUES and tok.key not in PROFESSIONS \
        and (lex.is_name(tok.key) or not lex.is_word(tok.key))


def _paired_before(text: str, tokens: list[_Token], start: int, found: list[Found], lex: Lexicon) -> int | None:
    """The token of a listed name before "en" ("emir en esra", "Fleur, en soms Lotte") when the
    name after it was found: one of a pair of persons."""
    j = start - 1
    while j >= 0 and tokens[j].key in ("soms", "ook", "dan", "nu"):
        j -= 1
    if j < 1 or tokens[j].key not in ("en", "of", "and"):
        return None
    tok = tokens[j - 1]
    if found and found[-1].end > tok.start or tok.key in lex.stop or tok.key in CUES or tok.key in PROFESSIONS \
            or _describes(tok.key, lex) \
            or not (lex.is_name(tok.key) or len(tok.key) >= 3 and not lex.is_word(tok.key) and not _place(tok, lex)) \
            or tok.key in lex.common and not tok.cap or tok.in_brackets \
            or not re.fullmatch(r"\s*,?\s*", text[tok.end:tokens[j].start]):
        return None
    return j - 1


_DASH_BEFORE = re.compile(r"(?:^|\s)[–—-][ \t]+$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$|[ \t]{2,}|-{3,})")


_HEADER_GAP = re.compile(r"[ \t]*\d{0,2}[ \t]*:[ \t]*")


@lru_cache(maxsize=2)
def _plain(lex: Lexicon) -> frozenset[str]:
    """Dutch words that are in no name list and cue nothing: most of a note's words. None of the
    rules makes a lower-case one of these a name (they all ask for a name or a word in no list);
    nor a lower-case stop word ("de", "is", "van") that cues nothing."""
    cues = CUES | TITLE_CUES | PARTICLES | HEADER_CUES | SIGN_OFFS | WITNESSES | _CAPITAL_PARTICLES \
        | {w for pair in PHRASE_CUES for w in pair}
    return frozenset(lex.words - lex.first - lex.surnames - cues - PROFESSIONS - SPEECH - PERSON_VERBS - _SAID
                     - _ADMITS - _RELATIVE_PREPOSITIONS - BRIDGE) | (lex.stop - cues)


def _announced(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """Whether the words before token ``i`` announce a person: "samen met", "Aan:", "Groet,"."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    gap = text[prev.end:tokens[i].start]
    if i >= 2 and (tokens[i - 2].key, prev.key) in PHRASE_CUES and not gap.strip():
        return True
    if prev.key in HEADER_CUES and _HEADER_GAP.fullmatch(gap) and (prev.sentence_start or prev.key not in ("van", "aan", "door")):
        return True  # "Aan: Storm de Koning", "Pt: Floor", "Betrokkene 2: mirjam post"
    if (prev.key in PROFESSIONS or prev.key in WITNESSES) and ":" in gap and _HEADER_GAP.fullmatch(gap) \
            and (tokens[i].cap or tokens[i].upper) and (lex.is_name(tokens[i].key) or not lex.is_word(tokens[i].key)):
        return True  # a labelled line: "Medewerker: Toon", "Getuige: Storm"; not "Huisarts: Praktijk De Linde"
    if _DASH_BEFORE.search(text, max(0, tokens[i].start - 4), tokens[i].start) \
            and _LINE_END.match(text, tokens[i].end):
        return True  # "... worden? – Fleur" signed at the end of a line
    signed = prev.key in SIGN_OFFS and ("," in gap or "\n" in gap or gap.startswith("."))  # "gr. comfort"
    return signed and (i + 1 >= len(tokens) or "\n" in text[tokens[i].end:tokens[i].end + 80])


WITNESSES = {"getuige", "getuigen", "toezicht", "melder", "beller", "triage", "triagist", "contact", "ingevuld", "opgesteld", "gesproken",
             "ondertekening", "paraaf"}
_ROLE_IN_BRACKETS = re.compile(r"[ \t]*\((?:[^\W\d_]+[ \t]?){1,3}\)")
_ROLE_ABBREVIATIONS = {"ib", "smw", "jgz", "lk", "ggd", "poh", "jvk", "ja", "mw", "mentor", "wijkteam", "ha", "vpk", "pm",
                       "pmer", "gw", "af", "aandachtsfunctionaris", "directeur", "leerkracht", "ib'er", "huisarts"}


def _role_after(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A listed name, or a word in no list, right before its role in brackets ("tudert (tante)",
    "lieke (ib)"): the role says it is a person."""
    tok = tokens[i]
    key = tok.key
    m = _ROLE_IN_BRACKETS.match(text, tok.end)
    if m is None or key in lex.stop or key in CUES or key in PROFESSIONS or key in lex.not_names or len(key) < 3:
        return False
    role = _key(m.group(0).strip(" \t()").split()[0])
    if role not in CUES and role not in PROFESSIONS and role not in _ROLE_ABBREVIATIONS:
        return False
    return lex.is_name(key) and (key not in lex.common or tok.cap) or not lex.is_word(key) and not _place(tok, lex)


_RELATIVE_PREPOSITIONS = {"van", "door", "aan", "met", "bij", "voor", "over", "tegen", "from", "by", "with"}


def _who_relative(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A listed name (also one that is a word) or a word in no list, between a preposition and
    "die" ("berichten van mees die", "van ryangelo die"), or a name in no list between "van" and
    "met" ("de auto van shurandy met kenteken")."""
    tok, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
    key = tok.key
    if prev.key not in _RELATIVE_PREPOSITIONS or tok.sentence_start or nxt.sentence_start or tok.in_brackets \
            or key in lex.stop or key in lex.not_names or key in CUES or key in PROFESSIONS or len(key) < 3 \
            or not _SPACES.fullmatch(text, prev.end, tok.start) or not _SPACES.fullmatch(text, tok.end, nxt.start):
        return False
    if nxt.key == "die":
        return lex.is_name(key) and key not in lex.common \
            or not lex.is_word(key) and not _place(tok, lex) and not lex.compound(key)  # not "pijnscores die dalen"
    return nxt.key == "met" and prev.key == "van" and not lex.is_word(key) and not _place(tok, lex) \
        and "-" not in key


def _first_and_surname(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A listed first name followed by a listed surname (particles between allowed), both in
    lower case and not both frequent words: "storm kramer", "roos koster", "floor van wijk"."""
    tok = tokens[i]
    if tok.cap or tok.upper or tok.key not in lex.first or tok.key in lex.stop or tok.key in CUES \
            or lex.adjective(tok.key) or i > 0 and tokens[i - 1].key in ARTICLES \
            or tok.key.startswith("ge") and tok.key in lex.words:
        return False  # not "lange mouwen", "het lot van de jongste", "gehad de jongste"
    k = i + 1
    while k < len(tokens) - 1 and tokens[k].key in PARTICLES and k - i <= 3 and tokens[k].key not in _PREPOSITIONS:
        k += 1
    if not all(_SPACES.fullmatch(text, a.end, b.start) for a, b in zip(tokens[i:k], tokens[i + 1:k + 1])):
        return False
    surname = tokens[k].key
    if surname not in lex.surnames or surname in lex.stop or surname in SPEECH or surname in PERSON_VERBS \
            or lex.adjective(surname) or tok.key in SPEECH or tok.key in PERSON_VERBS:
        return False  # not "kent de koster"
    if not lex.is_word(tok.key) or not lex.is_word(surname):
        return True
    return tok.key not in lex.common and surname not in lex.common and k == i + 1  # "roos koster"


def _first_before(text: str, tokens: list[_Token], start: int, lex: Lexicon) -> bool:
    """Whether the word before a name found at ``start`` is that person's first name."""
    prev = tokens[start - 1]
    key = prev.key
    if key in lex.stop or key in CUES or key in PARTICLES or key in PROFESSIONS or key in lex.not_names \
            or key in SIGN_OFFS or prev.in_brackets or not _SPACES.fullmatch(text, prev.end, tokens[start].start):
        return False
    if key not in lex.first:  # "shudaily isenia", "Hub Hermans": a word in no list, or a rare capitalised one
        return len(key) >= 3 and not lex.is_word(key) and not _place(prev, lex) \
            or prev.cap and tokens[start].cap and key not in lex.common and not lex.adjective(key)
    return prev.cap or key not in lex.common or tokens[start].key in lex.surnames


def _again(tokens: list[_Token], found: list[Found], lex: Lexicon, known: Iterable[str]) -> list[Found]:
    """A name once found is a name everywhere in the text ("Dawit Tesfaye ... Dawit kwam later"),
    and so are the names ``known`` from the case's other texts."""
    keys = {w for f in found for w in (_key(p) for p in WORD.findall(f.text))
            if len(w) >= 3 and w not in lex.stop and w not in PARTICLES and w not in CUES}
    keys |= {w for name in known for w in (_key(p) for p in WORD.findall(name))
             if len(w) >= 3 and w not in lex.stop and w not in PARTICLES and w not in lex.words}
    if not keys:
        return found
    taken = [(f.start, f.end) for f in found]
    extra = [Found(t.start, t.end, "persoon", t.text) for t in tokens
             if t.key in keys and not t.in_brackets and (t.cap or t.upper or t.key not in lex.words)
             and not any(s <= t.start < e for s, e in taken)]
    return sorted(found + extra, key=lambda f: f.start)


def find(text: str, known: Iterable[str] = ()) -> list[Found]:
    """Institutions first (``op De Kameleon`` is no person), then persons in what is left;
    ``known``: names of persons nobody registered that the case's other texts mention."""
    lex = lexicon()
    institutions = merge(find_institutions(text, lex))
    masked = list(text)
    for f in institutions:
        masked[f.start:f.end] = "_" * (f.end - f.start)
    persons = find_persons("".join(masked), lex, known)
    employers = _where_they_work(text, persons, lex)  # "Youssef Azarkan van horizonzicht"
    return merge(institutions + employers + [Found(p.start, p.end, p.kind, text[p.start:p.end]) for p in persons])


_OF = re.compile(r"[ \t]+(?:van|bij|vanuit|namens)[ \t]+((?:(?:de|het|'t)[ \t]+)?[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,2})",
                 re.IGNORECASE)


def _where_they_work(text: str, persons: list[Found], lex: Lexicon) -> list[Found]:
    """The organisation after a person's name: "Noor van Wijk van kinderpraktijk Tandem"
    (that one found already), "nur şahin van horizonzicht", "Bas Winter namens Stroomop"."""
    found = []
    for person in persons:
        m = _OF.match(text, person.end)
        if m is None:
            continue
        named = _organisation_at(text, m.start(1), m.group(1).split(), lex, strict=False)
        if named is not None:
            found.append(named)
    return found
