"""Persons and institutions nobody registered: a sibling, the mother's new partner, a school.

The vault holds the persons a professional registered for a case. Notes name others too:
"zusje Roos", "de nieuwe vriend van moeder, Kevin", "oom Mehmet", "buurvrouw mevrouw Kowalska",
"zit op De Kameleon", "werkt bij PostNL". ``find`` returns their spans so the redactor can
replace them (``[persoon-1]``, ``[instelling]``) and a form can ask about them first.

What counts as a name, on tokens:
- after a **cue word** (zusje, oom, buurvrouw, juf, mevrouw, de nieuwe vriend van moeder, ...):
  the next word, unless it is a function word or an ordinary lower-case word;
- a **capitalised word inside a sentence**: Dutch writes nouns in lower case, so a capital
  mid-sentence is a proper noun: a name when it is in the name lists or no Dutch word at all,
  unless it is a known capitalised non-name (Nederlands, Ramadan, Veilig Thuis, WhatsApp);
- at the **start of a sentence** only a listed name that is no Dutch word, or one that is
  followed by a verb of speaking or another name ("Roos zegt", "Dawit Tesfaye");
- a **lower-case word** (chat style) that is a listed name and no Dutch word ("dawit", "sanne"),
  while "hoop", "storm" and "roos" as words survive.
Names of every origin common in the Netherlands come from ``data/`` (built by
``scripts/build_name_lists.py``) and from deduce's own lists; Dutch words from ``data/`` too.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.privacy.normalize import skeleton
from assistant.privacy.patterns import ABBREVIATIONS

DATA = Path(__file__).parent / "data"

CUES = {
    "zus", "zusje", "zussie", "broer", "broertje", "tante", "oom", "opa", "oma", "opoe", "opi", "omi",
    "stiefvader", "stiefmoeder", "stiefbroer", "stiefzus", "stiefpapa", "stiefmama", "halfbroer", "halfzus",
    "halfbroertje", "halfzusje", "tweelingbroer", "tweelingzus", "pleegmoeder", "pleegvader", "pleegbroer",
    "pleegzus", "grootmoeder", "grootvader", "overgrootmoeder", "overgrootvader", "schoonmoeder", "schoonvader",
    "zwager", "schoonzus", "neef", "neefje", "nicht", "nichtje", "buurman", "buurvrouw", "buurjongen",
    "buurmeisje", "buren", "juf", "juffrouw", "meester", "mevrouw", "mevr", "mw", "meneer", "mnr", "dhr", "heer",
    "vriend", "vriendje", "vriendin", "vriendinnetje", "vriendinnen", "partner", "ex", "expartner", "exman",
    "exvrouw", "moeder", "vader", "mama", "papa", "mam", "pap", "mammie", "pappie", "dochter", "dochtertje",
    "zoon", "zoontje", "baby", "kindje", "leerkracht", "mentor", "coach", "trainer", "gastouder", "oppas",
    "begeleider", "jongen", "meisje", "klasgenoot", "klasgenootje", "broers", "zusjes", "broertjes",
    "sister", "brother", "aunt", "uncle", "grandma", "grandpa", "mrs", "mr", "ms", "miss", "man", "vrouw",
    "stiefdochter", "stiefzoon", "kleinzoon", "kleindochter", "familie", "fam", "genaamd", "heet",
    "aldus", "volgens", "ouders",
}
# Cues that are just as often followed by an ordinary word ("papa boos", "moeder opendeed"):
# after these only a capital or a listed name that is no Dutch word makes a name.
WEAK_CUES = {"moeder", "vader", "mama", "papa", "mam", "pap", "mammie", "pappie", "man", "vrouw", "vriend",
             "vriendin", "vriendje", "partner", "ex", "dochter", "zoon", "baby", "kindje", "jongen", "meisje",
             "familie", "fam", "heet", "genaamd", "volgens", "coach", "trainer", "mentor", "leerkracht", "begeleider", "oppas",
             "broers", "zusjes", "broertjes", "vriendinnen", "buren", "heer", "klasgenoot", "klasgenootje"}
# After these a surname follows, also one that is an ordinary word ("meneer Zwart", "mw bakker").
TITLE_CUES = {"mevrouw", "mevr", "mw", "meneer", "mnr", "dhr", "heer", "dokter", "dr", "mr", "mrs", "ms", "miss",
              "juffrouw"}
# Verbs that say a person did something: "Roos zegt" is someone, "Hoop is" is not.
PERSON_VERBS = {
    "zegt", "zei", "vertelt", "vertelde", "belt", "belde", "huilt", "huilde", "wist", "weet", "schreeuwt",
    "schreeuwde", "slaat", "sloeg", "appt", "appte", "woont", "woonde", "speelt", "speelde", "durft", "durfde",
    "wil", "wilde", "vindt", "vond", "zag", "ziet", "hoorde", "hoort", "vroeg", "vraagt", "loog", "liegt",
    "says", "said", "told", "cries", "cried", "knew", "knows", "lives", "wants", "didn't", "doesn't", "werkt",
    "werkte", "lag", "ligt", "kwam", "komt", "gaf", "geeft", "haalt", "haalde", "bracht", "brengt", "past",
    "paste", "dreigt", "dreigde", "duwde", "duwt", "schopte", "schopt", "kreeg", "krijgt", "rijdt", "reed",
    "drinkt", "dronk", "gebruikt", "gebruikte", "rookt", "blowt", "heeft", "had", "zit", "zat",
    "mailt", "mailde", "logeert", "logeerde", "zorgt", "zorgde", "helpt", "hielp", "reageert", "reageerde",
    "kent", "kende", "ontkent", "ontkende", "bezoekt", "bezocht", "verzorgt", "verzorgde", "noemt", "noemde",
    "weigert", "weigerde", "twijfelt", "twijfelde", "lacht", "lachte", "schrok", "schrikt", "zwijgt", "zweeg",
    "fluistert", "fluisterde", "roept", "riep", "stuurt", "stuurde", "postte", "filmt", "filmde", "bedreigt",
    "bedreigde", "mishandelt", "mishandelde", "beschermt", "beschermde", "ophaalt", "ophaalde", "meldt", "meldde",
    "called", "calls", "visited", "stays", "stayed", "picked", "schold", "scheldt", "beet", "bijt", "trapte", "trapt",
    "spuugde", "spuugt", "krabde", "krabt", "gooide", "gooit", "pestte", "pest", "knijpt", "kneep", "pakte", "pakt",
}
DETERMINERS = {"een", "de", "het", "die", "deze", "dit", "dat", "geen", "elke", "ieder", "iedere", "mijn", "jouw",
               "zijn", "haar", "ons", "onze", "hun", "uw", "welke", "wat", "zo'n", "the", "a", "an", "this", "that"}
# Before a lower-case word these make it a thing ("een merel", "de storm"); "dat", "die" do not
# ("ze vertelde dat ilyas ...").
ARTICLES = DETERMINERS - {"dat", "die", "deze", "dit", "wat", "welke", "that", "this"}
# Two words that announce a person: "samen met", "besproken met", "doorgestuurd naar".
PHRASE_CUES = {("samen", "met"), ("besproken", "met"), ("overleg", "met"), ("gesproken", "met"), ("gebeld", "met"),
               ("contact", "met"), ("afgestemd", "met"), ("doorgestuurd", "naar"), ("gemaild", "naar"),
               ("gesprek", "met"), ("overlegd", "met"), ("together", "with"), ("spoke", "with"), ("spoke", "to")}
# Before a colon: an e-mail header or a report's list of who was there ("Aan: Storm de Koning").
HEADER_CUES = {"van", "aan", "cc", "bcc", "afzender", "verslag", "verslaglegger", "aanwezig", "aanwezigen",
               "from", "to", "present", "namens", "ondertekend", "auteur", "door", "contactpersoon", "pt", "pte",
               "patient", "patiënt", "patiënte", "leerling", "betreft", "melder", "client", "cliënt", "cliënte",
               "betrokkene", "slachtoffer", "verdachte", "jeugdige", "afwezig", "kind", "naam", "pm'er", "pmer",
               "pm-er", "dienst", "begeleiding"}
# A greeting that closes a message: what follows is the writer's name ("Groet, jet").
SIGN_OFFS = {"groet", "groeten", "groetjes", "gr", "grt", "mvg", "vrgr", "regards", "cheers", "thanks", "bedankt",
             "dank", "hartelijke", "vriendelijke", "liefs", "doei", "xx", "xxx"}
# Professions: they follow a name in a signature ("Sanne Veenstra Jeugdverpleegkundige"), never
# part of it.
PROFESSIONS = {
    "huisarts", "arts", "kinderarts", "jeugdarts", "verpleegkundige", "jeugdverpleegkundige", "wijkverpleegkundige",
    "medewerker", "medewerkster", "hulpverlener", "begeleider", "begeleidster", "behandelaar", "therapeut",
    "psycholoog", "psychiater", "orthopedagoog", "gedragswetenschapper", "mentor", "leerkracht", "docent", "ib'er",
    "directeur", "directrice", "locatiemanager", "locatieleider", "teamleider", "zorgcoördinator", "zorgcoordinator",
    "coördinator", "coordinator", "casemanager", "consulent", "jeugdconsulent", "werker", "wijkteammedewerker",
    "leidster", "verloskundige", "kraamverzorgende", "praktijkondersteuner", "pedagogisch", "ambulant", "intern",
    "maatschappelijk", "schoolmaatschappelijk", "jeugdbeschermer", "gezinsvoogd", "aandachtsfunctionaris",
    "vertrouwensarts", "kinderverpleegkundige", "sociaal", "ondergetekende",
}
# Words between a cue and the name: "de nieuwe vriend van moeder, Kevin"; "broertje van 4, Sem".
BRIDGE = {
    "van", "de", "het", "nieuwe", "oudere", "jongere", "kleine", "grote", "oude", "jonge", "zijn", "haar",
    "hun", "mijn", "moeder", "vader", "mama", "papa", "genaamd", "heet", "die", "named", "called", "her", "his",
    "new", "the", "jaar", "jarig", "jarige", "nieuw", "huidige", "vorige", "eigen", "beste", "vaste", "tweede",
}
SPEECH = {
    "zegt", "zei", "vertelt", "vertelde", "belt", "belde", "heeft", "had", "is", "was", "komt", "kwam", "zit",
    "zat", "gaat", "ging", "wil", "wilde", "wordt", "werd", "huilt", "huilde", "slaat", "sloeg", "woont",
    "woonde", "kan", "kon", "moet", "moest", "mag", "mocht", "schreeuwt", "schreeuwde", "speelt", "speelde",
    "en", "says", "said", "has", "and", "appt", "appte", "laat", "liet", "weet", "wist", "vindt", "vond",
    "durft", "durfde", "krijgt", "kreeg", "loopt", "liep", "eet", "at", "slaapt", "sliep", "blijft", "bleef",
    "didn't", "doesn't", "told", "cries", "cried", "is", "was", "lives", "lived", "came", "comes", "wants",
    "belt", "vroeg", "vraagt", "antwoordt", "zag", "ziet", "hoorde", "hoort", "vertelt", "wist", "weet",
    "staat", "stond", "vertrekt", "vertrok", "neemt", "nam", "maakt", "maakte", "zal", "zou", "lijkt", "leek",
    "volgt", "volgde", "deelt", "deelde", "sent", "hit", "hits", "took", "takes", "saw", "sees",
}
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "t", "el", "al", "ben", "bin", "ibn", "abu",
             "da", "di", "do", "dos", "das", "du", "le", "la", "von", "vd", "v/d", "op", "in", "aan", "uit", "bint"}
_PREPOSITIONS = {"in", "op", "aan", "uit"}
# Capitalised mid-sentence, yet no name: the domain's own institutions, apps and the like.
NOT_NAMES = {
    "veilig", "thuis", "raad", "kinderbescherming", "jeugdbescherming", "wijkteam", "jeugdteam", "ggd", "cjg",
    "jeugdzorg", "wmo", "ggz", "jggz", "lecq", "leck", "lkha", "csg", "politie", "sinterklaas", "kerst",
    "kerstmis", "pasen", "ramadan", "suikerfeest", "offerfeest", "koningsdag", "bevrijdingsdag", "pinksteren",
    "whatsapp", "instagram", "insta", "tiktok", "snapchat", "snap", "facebook", "youtube", "fortnite",
    "minecraft", "roblox", "netflix", "discord", "google", "teams", "slack", "zoom", "playstation", "xbox",
    "nintendo", "switch", "iphone", "ipad", "samsung", "god", "allah", "koran", "bijbel", "jezus", "islam",
    "meldcode", "afwegingskader", "aandachtsfunctionaris", "vertrouwensinspecteur", "inspectie", "onderwijs",
    "meldnorm", "kindcheck", "veiligheidsplan", "zorgmelding", "signalenlijst", "risicotaxatie", "huisverbod",
    "stap", "vraag", "notitie", "casus", "signalen", "signaal", "overleg", "advies", "melding", "besluit",
    "gemeente", "school", "ok", "oke", "oké", "nb", "ps", "ivm", "mbt", "tav", "dd", "zsm", "evt", "ggd'er",
    "huisarts", "consultatiebureau", "jgz", "poh", "seh", "maatschappelijk", "werk", "amk", "shg", "vt", "mdt", "zat", "zon",
    "ma", "di", "wo", "do", "vr", "za", "zo", "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag", "ik", "wij", "we", "jij", "hij", "zij", "ze", "noord", "oost", "zuid", "west",
    "noordoost", "noordwest", "zuidoost", "zuidwest",
}
SENTENCE_END = re.compile(r"[.!?:;\n•*\"“”]|(?:^|\s)[-–]\s")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    if word.isascii():
        return word.lower()
    folded = skeleton(unicodedata.normalize("NFC", word)).text
    return folded.lower().replace("’", "'")


def _read(path: Path) -> set[str]:
    """One entry a line; folded like the tokens they are compared with (most are ASCII already)."""
    if not path.exists():
        return set()
    entries = path.read_text("utf-8").lower().split("\n")
    plain = {w for w in entries if w.isascii()}
    plain.discard("")
    return plain | {_key(w) for w in entries if not w.isascii()}


def _deduce_list(*parts: str) -> set[str]:
    try:
        import deduce
    except ImportError:  # pragma: no cover - deduce is a dependency
        return set()
    return _read(Path(deduce.__file__).parent.joinpath("data", "lookup", "src", *parts, "items.txt"))


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]  # ordinary lower-case Dutch words
    not_names: frozenset[str]  # capitalised words that name no one
    english: frozenset[str]  # common English words (mixed notes), names left out
    common: frozenset[str]  # the most frequent Dutch words: "boos", "bang", "thuis" are no names
    places: frozenset[str]
    stop: frozenset[str]
    load_seconds: float = 0.0

    def is_name(self, key: str) -> bool:
        return key in self.first or key in self.surnames

    def is_word(self, key: str) -> bool:
        """An ordinary Dutch or English word (for words that are in no name list), also one
        joined of words by hyphens ("spraak-taalontwikkeling" is; "jean-pierre" is not)."""
        return key in self.words or key in self.english or "-" in key and all(
            part in self.words or part in self.english for part in key.split("-") if part)

    def rare_word_name(self, key: str) -> bool:
        """A listed name that is a Dutch word too, but not a frequent one and no adjective
        ("koster", "vos", "camelia"; not "boos", "triest"): a name where a name is expected
        (after a first name or a cue)."""
        return self.is_name(key) and key not in self.common and key not in self.stop and not self.adjective(key)

    def adjective(self, key: str) -> bool:
        """Whether ``key`` inflects like a Dutch adjective: an -e form and an -er form are words
        too (wild/wilde/wilder, grijs/grijze/grijzer, nat/natte/natter, groot/grote/groter),
        or it is such a form itself (bruine, dunne, droge)."""
        return _adjective(key, self.words) or key.endswith("e") and any(
            stem in self.words and _adjective(stem, self.words) for stem in _uninflected(key))


def _adjective(word: str, words: frozenset[str]) -> bool:
    stems = {word}
    if len(word) >= 3 and word[-1] not in "aeiou" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        stems.add(word + word[-1])                       # nat -> natt(e)
    if len(word) >= 4 and word[-3] == word[-2] and word[-3] in "aeou" and word[-1] not in "aeiou":
        stems.add(word[:-2] + word[-1])                  # groot -> grot(e)
    if len(word) >= 3 and word[-2] in "aeiouj" and word[-3] in "aeiouy":  # a long vowel: grijs, boos, lief
        stems |= {stem[:-1] + "z" for stem in stems if stem.endswith("s")}   # grijs -> grijz(e)
        stems |= {stem[:-1] + "v" for stem in stems if stem.endswith("f")}   # lief -> liev(e)
    comparative = "der" if word.endswith("r") else "er"
    return any(stem + "e" in words for stem in stems) and \
        any(stem + comparative in words or word + comparative in words for stem in stems)


def _uninflected(word: str) -> set[str]:
    """The base forms an -e form may come from: bruine -> bruin, dunne -> dun, droge -> droog."""
    stem = word[:-1]
    out = {stem}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        out.add(stem[:-1])
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiou":
        out.add(stem[:-1] + stem[-2] + stem[-1])
    out |= {c[:-1] + "s" for c in out if c.endswith("z")}
    out |= {c[:-1] + "f" for c in out if c.endswith("v")}
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    started = time.monotonic()
    # the lists in data/ hold deduce's names too (scripts/build_name_lists.py)
    first = _read(DATA / "first_names.txt") or _deduce_list("names", "lst_first_name")
    surnames = _read(DATA / "surnames.txt") or _deduce_list("names", "lst_surname")
    stop = _deduce_list("whitelist", "lst_stop_word") | {
        "de", "het", "een", "en", "of", "is", "in", "op", "aan", "van", "met", "voor", "naar", "bij", "om", "te",
        "dat", "die", "dit", "deze", "er", "ook", "nog", "wel", "niet", "geen", "maar", "als", "dan", "toen",
        "want", "omdat", "zo", "nu", "al", "was", "zijn", "heeft", "hebben", "had", "wordt", "werd", "kan",
        "the", "and", "to", "of", "she", "he", "his", "her", "my", "ff", "mw", "dhr", "vd", "evt", "ivm", "zn",
    }
    words = _read(DATA / "dutch_words.txt") | _deduce_list("whitelist", "lst_common_word") | \
        _deduce_list("whitelist", "lst_medical_term") | stop
    not_names = _read(DATA / "capitalised_words.txt") | NOT_NAMES | {a.lower() for a in ABBREVIATIONS}
    places = _deduce_list("locations", "lst_placename", "lst_residence") | \
        _deduce_list("locations", "lst_placename", "lst_municipality") | \
        _deduce_list("locations", "lst_placename", "lst_province") | \
        _deduce_list("locations", "lst_placename", "lst_region")
    name_words = _read(DATA / "name_words.txt")
    # a name that is also an ordinary word is a name only with a capital or after a cue
    words |= name_words
    english = _read(DATA / "english_words.txt")
    common = _read(DATA / "common_words.txt") | stop
    return Lexicon(frozenset(first), frozenset(surnames), frozenset(words), frozenset(not_names - first),
                   frozenset(english), frozenset(common), frozenset(places), frozenset(stop),
                   time.monotonic() - started)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str  # "persoon" | "instelling"
    text: str


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
PLACE_PREPOSITIONS = {"in", "naar", "uit", "te", "vanuit", "richting", "nabij", "from", "to", "near", "omgeving"}


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
                or len(key) >= 4 and not lex.is_word(key) and not _place(tok, lex)
        return key in lex.first or not lex.is_word(key) and len(key) >= 3
    if capital:
        if key in lex.not_names or key in PROFESSIONS or key in SIGN_OFFS or _place(tok, lex):
            return False  # a place is deduce's (a location, not a person)
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
    return (tok.cap or tok.upper and _shouted(key, lex)) and not lex.is_word(key) \
        and (nxt.key in SPEECH or nxt.key in PERSON_VERBS
             or nxt.cap and not lex.is_word(nxt.key) and _surname_part(nxt, lex))


def _unknown_then_verb(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no word list followed by a verb of what a person does: a name
    of an origin the lists do not know, typed in chat style."""
    tok, nxt = tokens[i], tokens[i + 1]
    key = tok.key
    return not tok.cap and not tok.upper and len(key) >= 3 and "-" not in key and not tok.in_brackets \
        and not lex.is_word(key) \
        and key not in lex.stop and key not in lex.not_names and not _place(tok, lex) and key not in CUES \
        and (nxt.key in PERSON_VERBS or nxt.key in SPEECH) and nxt.key not in ("en", "and", "is", "was") \
        and _adjacent(text, tok, nxt)


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
            return True
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
    listed = -1  # the token after "X en": a second person
    plain = _plain(lex)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.key in plain and not tok.cap and not tok.upper:
            i += 1  # a frequent word in lower case that is no name and no cue: none of the rules below
            continue
        start: int | None = None
        determined = i > 0 and tokens[i - 1].key in ARTICLES and _adjacent(text, tokens[i - 1], tok)
        if i == listed or _announced(text, tokens, i):  # "Aan: Storm de Koning", "samen met emma", "dennis en jet"
            if _namey(tok, lex, after_cue=True) and not determined:
                start = i
        if start is None and tok.key in TITLE_CUES and i + 1 < len(tokens) and _adjacent(text, tok, tokens[i + 1], dot=True):
            start = _after_title(tokens, i + 1, lex)
        if start is None and tok.key in CUES and i + 1 < len(tokens):
            j = i + 1
            weak = tok.key in WEAK_CUES
            if _adjacent(text, tok, tokens[j]) and _namey(tokens[j], lex, after_cue=True, weak=weak):
                start = j
            else:  # "de nieuwe vriend van moeder, Kevin"
                while j < len(tokens) and tokens[j].key in BRIDGE and j - i <= 5:
                    j += 1
                if j < len(tokens) and j > i + 1 and re.fullmatch(r"[\s,:]*", text[tokens[j - 1].end:tokens[j].start]) \
                        and (tokens[j].cap or tokens[j].upper or lex.is_name(tokens[j].key) and tokens[j].key not in lex.words
                             or tokens[j - 1].key == "van" and len(tokens[j].key) >= 3 and not lex.is_word(tokens[j].key)
                             and not _place(tokens[j], lex) and tokens[j].key not in lex.not_names) \
                        and _namey(tokens[j], lex, after_cue=True):
                    start = j
        if start is None and _namey(tok, lex, after_cue=False, determined=determined):
            start = i
        elif start is None and i + 1 < len(tokens) and _role_after(text, tokens, i, lex):
            start = i  # "tudert (tante)", "Marloes Sterk (JGZ)"
        elif start is None and 0 < i < len(tokens) - 1 and _who_relative(text, tokens, i, lex):
            start = i  # "berichten van mees die", "de auto van ömer met kenteken"
        elif start is None and i + 1 < len(tokens) and _first_and_surname(text, tokens, i, lex):
            start = i  # "storm kramer", "roos koster", "iris de boer": both listed, not both frequent words
        elif start is None and tok.sentence_start and i + 1 < len(tokens) and _opens_with_name(text, tokens, i, lex):
            start = i  # "Roos zegt", "Dinçsü wist", "roos wist van niks", "Roos Jansen"
        elif start is None and i + 1 < len(tokens) and _unknown_then_verb(text, tokens, i, lex):
            start = i  # "tanbay wist van niks", "sukirno komt elke dag langs"
        if start is None:
            i += 1
            continue
        end = _extend(text, tokens, start, lex)
        if start > 0 and not tokens[start].sentence_start and _first_before(text, tokens, start, lex):
            start -= 1  # "georgi stoyanov", "mark boersma": the first name before a surname found
            if found and found[-1].start == tokens[start].start:
                found.pop()
        before = _paired_before(text, tokens, start, found, lex)
        if before is not None:
            found.append(Found(tokens[before].start, tokens[before].end, "persoon", tokens[before].text))
        first, last = tokens[start], tokens[end]
        found.append(Found(first.start, last.end, "persoon", text[first.start:last.end]))
        if end + 1 < len(tokens) and _bracketed_name(text, tokens[end], tokens[end + 1], lex):
            listed = end + 1  # "mama van Hariyanto (sutini)", "papa van yara (dilovan)"
        if end + 2 < len(tokens) and tokens[end + 1].key in ("en", "of", "and", "or", "&") \
                and _adjacent(text, tokens[end], tokens[end + 1]) and _adjacent(text, tokens[end + 1], tokens[end + 2]):
            listed = end + 2  # "dennis en jet", "teun en iris": one of a pair of persons
        elif end + 1 < len(tokens) and text[tokens[end].end:tokens[end + 1].start].strip() == ",":
            listed = end + 1  # "milan, fleur en teun"
        i = end + 1
    if ":" in text:
        found = _with_authors(found, _chat_authors(text, lex))
    return _again(tokens, found, lex, known)


# A chat copied from Teams, Slack or WhatsApp: "[10:21] Mahnoor: ...", "Sanne Sterk  10:14".
_STAMPED_AUTHOR = re.compile(r"(?m)^[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*(?:-[ \t]*)?([^\W\d_][^\W\d_'’ -]{0,40}?)[ \t]*:")
_AUTHOR_STAMP = re.compile(r"(?m)^[ \t]*([A-Z][^\W\d_'’-]*(?:[ \t]+[^\W\d_'’-]+){0,3}?)[ \t]+\d{1,2}:\d{2}[ \t]*$")


def _chat_authors(text: str, lex: Lexicon) -> list[Found]:
    found = []
    for regex in (_STAMPED_AUTHOR, _AUTHOR_STAMP):
        for m in regex.finditer(text):
            name = m.group(1).strip()
            keys = [_key(w) for w in name.split()]
            if not keys or keys[0] in lex.stop or keys[0] in lex.not_names or keys[0] in PROFESSIONS \
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


@lru_cache(maxsize=1)
def _plain(lex: Lexicon) -> frozenset[str]:
    """Frequent words that are in no name list and cue nothing: most of a note's words."""
    return frozenset(lex.common - lex.first - lex.surnames - CUES - TITLE_CUES - PROFESSIONS)


def _announced(text: str, tokens: list[_Token], i: int) -> bool:
    """Whether the words before token ``i`` announce a person: "samen met", "Aan:", "Groet,"."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    gap = text[prev.end:tokens[i].start]
    if i >= 2 and (tokens[i - 2].key, prev.key) in PHRASE_CUES and not gap.strip():
        return True
    if prev.key in HEADER_CUES and _HEADER_GAP.fullmatch(gap) and (prev.sentence_start or prev.key not in ("van", "aan", "door")):
        return True  # "Aan: Storm de Koning", "Pt: Floor", "Betrokkene 2: mirjam post"
    if _DASH_BEFORE.search(text, max(0, tokens[i].start - 4), tokens[i].start) \
            and _LINE_END.match(text, tokens[i].end):
        return True  # "... worden? – Fleur" signed at the end of a line
    signed = prev.key in SIGN_OFFS and ("," in gap or "\n" in gap or gap.startswith("."))  # "gr. comfort"
    return signed and (i + 1 >= len(tokens) or "\n" in text[tokens[i].end:tokens[i].end + 80])


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
        return lex.is_name(key) and key not in lex.common or not lex.is_word(key) and not _place(tok, lex)
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


# -- institutions -------------------------------------------------------------------------

_EMPLOYER_CUE = re.compile(
    r"(?<![\w])((?:werkt|werkte|werken|werkzaam|in\s+dienst|baan|stage|stageplek|bijbaan|bijbaantje|werk|job|"
    r"works|worked)\s+(?:bij|voor|at|for)\s+)((?:de|het|'t)\s+)?"
    r"([\w&'’.-]+(?:\s+(?!(?:in|als|sinds|en|maar|op|te|van|met|tot|de|het|een|om|want|dus|nu|in|at|as|and)\b)"
    r"[\w&'’.-]+){0,3})", re.IGNORECASE)
_CARE_CUE = re.compile(
    r"(?<![\w])((?:in\s+behandeling|onder\s+behandeling|aangemeld|aanmelding|hulpverlening|hulp\s+van|begeleiding\s+van|"
    r"begeleid\s+door|behandeld\s+(?:door|bij|in)|in\s+zorg|traject|wachtlijst|opgenomen|zorgaanbieder|zorgaanbod|"
    r"verwijzing(?:\s+naar)?|verwezen\s+naar|doorverwezen\s+naar|contact\s+met|(?:te\s+)?delen\s+met|gedeeld\s+met|"
    r"seh\s+van|spoedeisende\s+hulp\s+van|werkgever(?:\s+van\s+\w+)?\s+is|werkgever(?:\s+\w+)?:|"
    r"(?:eerder\s+)?betrokken(?:\s+geweest)?\s*:|hulpverlening\s*:|opvang\s*:)"
    r"(?:\s+(?:bij|van|door|in|voor|via))?\s*:?\s+)((?:de|het|'t)\s+)?"
    r"([\w&'’.-]+(?:\s+(?!(?:in|als|sinds|en|maar|op|te|van|met|tot|de|het|een|om|want|dus|nu|loopt|is|was|"
    r"gestart|gestopt|geweest|afgerond|voor|bij)\b)[\w&'’.-]+){0,2})", re.IGNORECASE)
GENERIC_CARE = {
    "de", "het", "een", "huisarts", "wijkteam", "ggz", "jggz", "jeugdzorg", "psycholoog", "psychiater", "therapeut",
    "fysiotherapeut", "logopedist", "school", "ziekenhuis", "kinderarts", "tandarts", "praktijkondersteuner", "poh",
    "cjg", "ggd", "veilig", "politie", "gemeente", "hulpverlening", "verslavingszorg", "jeugdhulp", "specialist",
    "behandelaar", "kliniek", "opvang", "vrouwenopvang", "crisisdienst", "spoedeisende", "seh", "ambulante", "thuis",
    "psychologe", "maatschappelijk", "schoolmaatschappelijk", "jeugdarts", "consultatiebureau", "de", "zijn", "haar",
    "hun", "mijn", "onze", "wachtlijst", "behandeling", "gesprek", "gesprekken", "week", "maand", "jaar", "sinds",
}
_SCHOOL_VERB = re.compile(
    r"(?<![\w])((?:(?i:zit|zat|zitten|zaten|ging|gaat|gingen|komt|kwam|staat|stond|stage)\s+(?:(?i:nu|ook|nog|al)\s+){0,2}"
    r"|(?i:groep|klas|leerjaar)\s+\d{1,2}[a-z]?\s+)(?i:op|naar|bij|van)\s+(?i:de|het|'t)\s+)"
    r"([\w'’-]+)(?![\w])|(?<![\w])((?i:ib|ib'er|ib-er|intern\s+begeleider|juf|meester|directeur|directie|leerkracht|"
    r"mentor|zorgcoördinator|zorgcoordinator|conciërge|concierge|leerkrachten|team)\s+(?i:van|op)\s+(?i:de|het|'t)\s+)"
    r"([\w'’-]+)(?![\w])")
_NOT_SCHOOLS = {
    "bank", "grond", "stoel", "fiets", "bed", "wc", "toilet", "trap", "tafel", "vloer", "schoot", "rand", "kant",
    "computer", "telefoon", "bus", "trein", "achterbank", "gang", "markt", "klas", "groep", "school", "onderbouw",
    "bovenbouw", "middenbouw", "locatie", "bso", "opvang", "kinderopvang", "peuterspeelzaal", "gym", "gymzaal",
    "speelplaats", "schoolplein", "plein", "straat", "stoep", "weg", "bank", "bankje", "bovenbuurman", "hoek",
    "zolder", "kamer", "bank", "eerste", "tweede", "derde", "zelfde", "andere", "basisschool", "middelbare", "mavo",
    "havo", "vwo", "vmbo", "praktijkschool", "speciale", "kinderen", "ouders", "leerlingen", "hele", "zorg",
    "afdeling", "wachtlijst", "tram", "metro", "boot", "auto", "scooter", "brommer", "step", "skateboard",
}
GENERIC_WORKPLACES = {
    "een", "school", "ziekenhuis", "gemeente", "supermarkt", "bakker", "bakkerij", "slager", "slagerij", "kapper",
    "kapsalon", "fabriek", "kantoor", "restaurant", "winkel", "thuiszorg", "zorg", "politie", "defensie", "bouw",
    "schoonmaak", "schoonmaakbedrijf", "uitzendbureau", "callcenter", "distributiecentrum", "magazijn", "horeca",
    "taxi", "taxibedrijf", "garage", "kassa", "opvang", "kinderopvang", "zorginstelling", "verpleeghuis",
    "bejaardenhuis", "tehuis", "markt", "kas", "kassen", "boer", "boerderij", "haven", "vervoer", "post",
    "pakketdienst", "koeriersdienst", "bezorgdienst", "snackbar", "shoarmazaak", "pizzeria", "cafe", "café",
    "hotel", "apotheek", "tandarts", "huisarts", "kerk", "moskee", "zichzelf", "familie", "oom", "vader",
    "moeder", "hem", "haar", "ons", "mij", "ze", "hen", "zich", "nacht", "nachten", "dag", "ploegendienst",
}
_ARTICLE_NAME = re.compile(
    r"(?<![\w])((?i:op|naar|bij|van|in|aan|voor|met|uit|via|from|at|to|called|belde|bellen)\s+)"
    r"((?:De|Het|'t|de|het)\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})")
_KNOWN_SUFFIX = re.compile(
    r"(?<![\w])(?:(?:[A-Z][\w'’-]+\s+){1,3}(?:Ziekenhuis|Gasthuis|MC|UMC|Kliniek|Zorggroep|Zorg|Jeugdzorg|Ziekenhuizen)"
    r"|(?:Ziekenhuis|Zorggroep|Stichting|Kinderopvang|GGZ|Kliniek|UMC|MC)\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})(?![\w])")


# Words Dutch schools and childcare centres are named after ("De Regenboog", "Het Palet"): in a
# chat line they come in lower case ("zit op de regenboog", "ib van het mozaiek").
SCHOOL_WORDS = {
    "regenboog", "wegwijzer", "fontein", "springplank", "vlinder", "zonnewijzer", "kameleon", "kompas", "schakel",
    "ark", "anker", "wereldwijzer", "klimop", "horizon", "vuurtoren", "sterrenwacht", "piramide", "vlieger",
    "mozaiek", "palet", "tweemaster", "windroos", "zeester", "baken", "lichtboei", "notenkraker", "octopus",
    "kofschip", "zevensprong", "duizendpoot", "wingerd", "optimist", "pijler", "overstap", "zwaluw", "uilenhorst",
    "toermalijn", "triangel", "startblok", "boomgaard", "bongerd", "meander", "klaverblad", "klavertje",
    "waterlelie", "rietvink", "boomhut", "speelhoek", "kinderhof", "kindertuin", "wielewaal", "ooievaar",
    "vlindertuin", "zonnebloem", "zonnestraal", "zonneschijn", "morgenster", "poolster", "dolfijn", "dukdalf",
    "globe", "wereld", "wereldboom", "levensboom", "mijlpaal", "marke", "esch", "wilgen", "linde", "lindeboom",
    "eikenboom", "tamboerijn", "trommel", "carrousel", "kleine prins", "tovertuin", "dierentuin", "ukkepuk",
    "ukkies", "kabouter", "kaboutertje", "hummeltjes", "peuterhof", "boemerang", "bolster", "akker", "zaaier",
    "sleutelbloem", "vogelaar", "sterrenkijker", "ontdekking", "ontdekkingsreis", "avonturier", "fladderaar",
    "gouden hoek", "vlonder", "waai", "wissel", "koppeling", "spoorzoeker", "speelwerk", "krullevaar", "lichtbaken",
    "pelikaan", "tamarinde", "talentenhuis", "werkplaats", "driehoek", "vijverhof", "kastanje", "kastanjehof",
    "sprankel", "vonk", "parel", "kiem", "rank", "oase", "sterrenboom", "vuurvogel", "flamingo", "zwanenhof",
    "kring van vrienden", "tandem", "dalton", "kinderburcht", "burcht", "mariaschool", "jozefschool",
    "dockinga", "alfa", "vrijeschool", "spectrum", "vitus", "aventurijn", "petrus", "paulus", "sint jozef",
}
_SCHOOL_CONTEXT = re.compile(
    r"(?<![\w])((?i:op|naar|van|bij|aan|voor)\s+(?i:de|het|'t)\s+)([\w'’-]+(?:\s+[\w'’-]+)?)")
_COLLEGE = re.compile(r"(?<![\w])([\w'’]+(?:[\s-][\w'’]+)?)[\s-](?i:college|lyceum|gymnasium|academie|campus)(?![\w])")
_GENERIC_AFTER_ARTICLE = {"hele", "gehele", "andere", "eerste", "laatste", "volgende", "vorige", "ochtend", "middag",
                          "week", "dag", "pauze", "klas", "groep", "leerkracht", "juf", "meester", "directeur",
                          "ib", "ib'er", "gang", "ingang", "poort", "bel", "les", "kinderen", "ouders", "zorg",
                          "afgelopen", "komende", "zelfde", "nieuwe", "oude", "grote", "kleine"}
_COLLEGE_GENERIC = {"het", "een", "dit", "dat", "ons", "onze", "zijn", "haar", "hun", "mijn", "de", "op", "naar", "van",
                    "bij", "nieuwe", "oude", "andere", "zelfde", "middelbare", "hbo", "mbo", "roc", "vmbo", "the",
                    "a", "aan", "het roc", "to", "at", "in", "hogeschool"}


_ACRONYM_ORG = re.compile(r"(?<![\w])((?i:naar|bij|van|via|is|at|to|from)\s+)([A-Z]{3,6})(?![\w])")
_MID_ARTICLE = re.compile(r"(?:(?<=[a-z,:;)] )|(?<=[–—] ))((?:De|Het|'t)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_KIND_THEN_NAME = re.compile(
    r"(?<![\w])((?i:basisschool|school|kindcentrum|ikc|kdv|kinderdagverblijf|bso|peuterspeelzaal|psz|obs|cbs|rkbs|"
    r"pcbs|sbo|so|vso|daltonschool|montessorischool|jenaplanschool|kinderopvang|peuteropvang|opvang|creche|peuterschool|"
    r"gastouderbureau|brede\s+school)\s*:?\s+(?:(?i:bij)\s+(?=(?i:de|het|'t)\s))?)((?:(?i:de|het|'t)\s+)?[\w'’-]+)")


_KIND_WORDS = ("school", "ikc", "kindcentrum", "kdv", "kinderdag", "bso", "peuter", "psz", "obs", "cbs", "rkbs", "sbo",
               "so ", "so:", "opvang", "creche", "gastouder")
_COLLEGE_WORDS = ("college", "lyceum", "gymnasium", "academie", "campus")
_SUFFIX_WORDS = ("Ziekenhuis", "Gasthuis", "MC", "Kliniek", "Zorg", "Jeugdzorg", "Stichting", "Kinderopvang", "GGZ")


def _schools(text: str) -> list[Found]:
    """School names in lower case after op/naar/van + de/het (a listed school word), and
    "X college" in any case."""
    found = []
    for m in _SCHOOL_CONTEXT.finditer(text):
        words = m.group(2).split()
        for size in (2, 1):
            name = " ".join(words[:size])
            if len(words) >= size and skeleton(name).text.lower() in SCHOOL_WORDS:
                found.append(Found(m.start(2), m.start(2) + len(name), "instelling", name))
                break
    lex = lexicon()
    low = text.lower()
    kinds = any(w in low for w in _KIND_WORDS)
    for m in (_KIND_THEN_NAME.finditer(text) if kinds else ()):  # "basisschool de notenkraker", "school: Het Talent"
        words = m.group(2).split()
        core = _key(words[-1])
        article = len(words) > 1
        specific = _key(m.group(1).strip(" :").split()[0]) not in ("school", "basisschool", "opvang")
        if core in SCHOOL_WORDS or words[-1][:1].isupper() or \
                (core not in lex.stop and not lex.is_word(core) and len(core) >= 3) or \
                (article and core not in lex.stop and core in lex.words and core not in _GENERIC_AFTER_ARTICLE) or \
                (specific and not article and len(core) >= 4 and core not in lex.common and not lex.adjective(core)
                 and core not in SPEECH and core not in PERSON_VERBS):  # "bso buitenkans", not "bso gesloten"
            found.append(Found(m.start(2), m.end(2), "instelling", m.group(2)))
    for m in (_COLLEGE.finditer(text) if any(w in low for w in _COLLEGE_WORDS) else ()):
        name = m.group(1)
        words = [_key(w) for w in re.split(r"[\s-]", name)]
        while words and words[0] in _COLLEGE_GENERIC:
            words.pop(0)
        if words:
            start = m.end(1) - len(" ".join(name.split()[-len(words):])) if len(words) < len(name.split()) else m.start(1)
            found.append(Found(start, m.end(), "instelling", text[start:m.end()]))
    return found


_INSTITUTION_WORD = re.compile(r"[^\W_]+")
_INSTITUTION_GAP = re.compile(r"[^\w\n]{1,3}")


@lru_cache(maxsize=1)
def _known_institutions() -> dict[str, list[tuple[str, ...]]]:
    """The listed institutions (data/institutions.txt) as word tuples, by their first word,
    longest first: looked up per word, like the vault's names."""
    path = DATA / "institutions.txt"
    names = path.read_text("utf-8").split("\n") if path.exists() else []
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        keys = tuple(_key(w) for w in _INSTITUTION_WORD.findall(name))
        if keys:
            index.setdefault(keys[0], []).append(keys)
    for candidates in index.values():
        candidates.sort(key=len, reverse=True)
    return index


def _listed_institutions(text: str) -> list[Found]:
    index = _known_institutions()
    words = [(m.start(), m.end(), _key(m.group(0))) for m in _INSTITUTION_WORD.finditer(text)]
    found: list[Found] = []
    i = 0
    while i < len(words):
        size = 0
        for keys in index.get(words[i][2], ()):
            n = len(keys)
            if i + n <= len(words) and all(words[i + j][2] == keys[j] for j in range(1, n)) \
                    and all(_INSTITUTION_GAP.fullmatch(text, words[i + j - 1][1], words[i + j][0]) for j in range(1, n)):
                size = n
                break
        if size:
            start, end = words[i][0], words[i + size - 1][1]
            found.append(Found(start, end, "instelling", text[start:end]))
            i += size
        else:
            i += 1
    return found


_EMPLOYER_STEMS = ("werk", "dienst", "baan", "stage", "job", "works")
# Cues without "bij", "van": only a capital or a word in no list names an organisation after them
# ("hulpverlening Youké", not "hulpverlening de kok van de opvang").
_LOOSE = re.compile(r"(?i:hulpverlening|traject|wachtlijst|zorgaanbod|zorgaanbieder|in\s+zorg|opgenomen)")
_SHARED = re.compile(r"(?i:contact|delen|gedeeld)")  # after these a word needs "de"/"het" to be a name
_CARE_STEMS = ("betrokken", "opvang", "behandel", "aangemeld", "aanmelding", "hulp", "begeleid", "zorg", "traject", "wachtlijst", "opgenomen",
               "verw", "contact", "delen", "gedeeld", "seh", "werkgever")


# Kinds of organisation whose name follows them ("kinderpraktijk Tandem", "ggz kustlicht",
# "schoonmaakbedrijf Glansrijk"): the next word is the name when capitalised, or in lower case
# when it is no frequent Dutch word.
_ORGANISATION_KINDS = frozenset("""
    huisartsen huisartsenpost hap gezondheidscentrum ggz jggz jgz callcenter jeugdzorg jeugdhulp jeugdhulpverlening
    opvoedhulp verpleeghuis verzorgingshuis woonzorgcentrum zorgcentrum zorggroep zorginstelling thuiszorg
    vrouwenopvang crisisopvang verslavingszorg ziekenhuis kliniek revalidatiecentrum consultatiebureau stichting
    scholengemeenschap scholengroep kinderdagverblijf gastouderbureau uitzendbureau restaurant supermarkt kapsalon
    garage bakkerij slagerij hotel sportschool buurthuis wijkcentrum moskee kerk praktijk roc hogeschool universiteit
""".split())
# ... and compounds ending so: "kinderpraktijk", "schoonmaakbedrijf", "pakketdienst", "turnvereniging"
_ORGANISATION_ENDINGS = ("praktijk", "bedrijf", "kwekerij", "dienst", "vereniging", "club")
_AFTER_KIND = re.compile(r"(\s*:?\s+)((?:(?i:de|het|'t)\s+)?[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,2})")
# A professional and where they work: "Jeugdverpleegkundige Stroomop" (a signature), "de
# huisarts zit bij keerpunt", "Noor van Wijk van kinderpraktijk Tandem" (the last word of
# "pedagogisch medewerker", "intern begeleider" is enough).
_PROFESSION_WORDS = frozenset("""
    huisarts arts kinderarts jeugdarts verpleegkundige jeugdverpleegkundige wijkverpleegkundige medewerker medewerkster
    hulpverlener begeleider begeleidster behandelaar therapeut psycholoog psychiater orthopedagoog
    gedragswetenschapper mentor leerkracht docent ib'er ib-er directeur directrice locatiemanager locatieleider
    teamleider zorgcoördinator zorgcoordinator coördinator coordinator casemanager consulent jeugdconsulent werker
    wijkteammedewerker leidster verloskundige kraamverzorgende praktijkondersteuner poh ha
""".split())
_AFTER_PROFESSION = re.compile(
    r"((?:[ \t]+(?i:groep|klas)[ \t]+\d{1,2}[a-z]?)?"
    r"(?:[ \t]*\n[ \t]*|[ \t]*\([ \t]*|[:,][ \t]*|[ \t]+(?:(?i:zit|zat|is|was|werkt|werkte)[ \t]+)?(?:(?i:van|bij|vanuit|in)[ \t]+)?))"
    r"((?:(?i:de|het|'t)[ \t]+)?[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,2})")
_KIND_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _kind_of(key: str) -> str | None:
    """"kind" when ``key`` names a kind of organisation, "profession" a professional, else None."""
    if key in _ORGANISATION_KINDS or any(key.endswith(e) and len(key) >= len(e) + 3 for e in _ORGANISATION_ENDINGS) \
            or key == "praktijk":
        return "kind"
    return "profession" if key in _PROFESSION_WORDS else None


# Words that may end a named organisation: "Eemlandhof Medisch Centrum", "zeeweg zorg".
_NAME_TAIL = {"ziekenhuis", "medisch", "centrum", "mc", "umc", "kliniek", "zorg", "groep", "jeugdzorg", "ggz",
              "college", "lyceum", "school", "praktijk", "opvang", "gasthuis", "kinderopvang", "huisartsen", "&",
              "co", "bv", "b.v.", "vof"}
_TAIL = re.compile(r"(?<=[\w'’-][ \t])(?i:ziekenhuis|medisch[ \t]+centrum|mc|kliniek|gasthuis|zorg|zorggroep|jeugdhulp|"
                   r"jeugdzorg|ggz)(?![\w])")
_WORD_BEFORE = re.compile(r"([\w'’-]{4,})[ \t]+$")
# Text must hold one of these (lower case) before the expressions above are tried on it.
_ORGANISATION_HINTS = ("jeugdhulp", "vereniging", "club", "jgz", "callcenter", "roc", "hogeschool", "universiteit", "dienst", "medisch", "centrum", "mc", "gasthuis", "praktijk", "huisarts", "hap", "gezondheid", "ggz", "jeugd", "opvoed", "verpleeg", "verzorg",
                       "zorg", "opvang", "ziekenhuis", "kliniek", "revalidatie", "consultatie", "stichting", "school",
                       "kinderdag", "gastouder", "uitzend", "bedrijf", "kwekerij", "restaurant", "supermarkt",
                       "kapsalon", "garage", "bakkerij", "slagerij", "hotel", "sport", "voetbal", "buurthuis",
                       "wijkcentrum", "moskee", "kerk")
def _organisation_name(words: list[str], lex: Lexicon, *, strict: bool) -> int:
    """How many of ``words`` (after a kind of organisation or a professional) name it: an
    article and a word, or a capitalised word, or (``strict`` false) a word that is no frequent
    Dutch word; then the capitalised words and name endings after it. 0: no name here."""
    i = 1 if words and words[0].lower() in ("de", "het", "'t") else 0
    if i >= len(words):
        return 0
    word, key = words[i], _key(words[i])
    if key in ("van", "de", "den", "der") and i + 1 < len(words) and (words[i + 1][:1].isupper() or i == 0 and
                                                                   not lex.is_word(_key(words[i + 1]))):
        i += 1  # "Transportbedrijf Van Wijlen", "werkt bij van wijlen": a family's firm
        word, key = words[i], _key(words[i])
    elif (i == 1 and key in lex.words or i == 0 and lex.adjective(key)) and i + 1 < len(words) \
            and _key(words[i + 1]) not in lex.common \
            and _key(words[i + 1]) not in lex.stop and _key(words[i + 1]) not in _NAME_TAIL:
        i += 1  # "hotel de gouden karpel": a word before the name's own
        word, key = words[i], _key(words[i])
    if key in lex.stop or key in lex.not_names or key in CUES or key in SPEECH or key in PERSON_VERBS \
            or key in GENERIC_CARE or key in GENERIC_WORKPLACES or key in _NAME_TAIL:
        return 0
    capital = word[:1].isupper()
    if not (capital or key in SCHOOL_WORDS or not lex.is_word(key) and len(key) >= 3
            or not strict and key not in lex.common and not lex.adjective(key) and len(key) >= 4
            or i == 1 and key in lex.words and key not in lex.common and key not in _GENERIC_AFTER_ARTICLE):
        return 0
    n = i + 1
    while n < len(words) and (words[n][:1].isupper() and len(words[n]) > 1 and _key(words[n]) not in lex.not_names
                              or _key(words[n]) in _NAME_TAIL) and _key(words[n]) not in lex.stop:
        n += 1
    return n


_CONNECTED = re.compile(r"(?:(?i:van|bij|vanuit|in)\s*|\(\s*|[:,]\s*)$")


def _named_after(text: str, lex: Lexicon) -> list[Found]:
    """Names after a kind of organisation (any rarer word: "ggz kustlicht") or a professional
    (a lower-case word must be no Dutch word at all, unless "van", "bij" connects them: "de
    huisarts zit bij keerpunt"). Found by looking words up, not by one large expression."""
    found = []
    for w in _KIND_WORD.finditer(text):
        kind = _kind_of(w.group(0).lower())
        if kind is None:
            continue
        m = (_AFTER_KIND if kind == "kind" else _AFTER_PROFESSION).match(text, w.end())
        if m is None:
            continue
        strict = kind == "profession" and not _CONNECTED.search(m.group(1))
        words = m.group(2).split()
        if kind == "profession" and words and _key(words[0]) in lex.first:
            continue  # "gedragswetenschapper erik groot", "mentor Ruud": a person, the person rules' own
        n = _organisation_name(words, lex, strict=strict)
        if n:
            end = m.start(2)
            for word in words[:n]:
                end = text.index(word, end) + len(word)
            found.append(Found(m.start(2), end, "instelling", text[m.start(2):end]))
    return found


# A capitalised word after a preposition inside a sentence is a proper noun: a name (found as a
# person), a place (deduce's) or, when it is an ordinary Dutch word, an organisation's name.
_PROPER_AFTER = re.compile(r"(?:(?<=[\w,)] )((?:bij|naar|van|via|met|vanuit|door|voor)\s+)|(?<=\w )(\((?:(?:De|Het|de|het)\s+)?))"
                           r"([A-Z][a-zà-ÿ'’-]{3,})(?![\w])")


def _care_cues(text: str) -> Iterable[re.Match[str]]:
    """The care cues of ``text``, each searched again from its name on: "opgenomen via SEH van
    het lindenhout" holds a second cue in what the first took for a name."""
    pos = 0
    while (m := _CARE_CUE.search(text, pos)) is not None:
        yield m
        pos = m.start(3)


def find_institutions(text: str, lex: Lexicon | None = None) -> list[Found]:
    lex = lex or lexicon()
    found: list[Found] = []
    low = text.lower()
    found += _listed_institutions(text)
    if any(w in text for w in _SUFFIX_WORDS):
        for m in _KNOWN_SUFFIX.finditer(text):
            start, words = m.start(), m.group(0).split()
            while len(words) > 1 and (_key(words[0]) in lex.common or _key(words[0]) in lex.not_names):
                start = text.index(words[1], start + len(words[0]))  # "Brief SEH MC ...": not "Brief SEH"
                words.pop(0)
            if len(words) > 1:
                found.append(Found(start, m.end(), "instelling", text[start:m.end()]))
    found += _schools(text)
    found += _named_after(text, lex)
    if any(w in low for w in _ORGANISATION_HINTS):
        for m in _TAIL.finditer(text):  # "eemlandhof ziekenhuis", "zeeweg zorg"
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            key = _key(before.group(1)) if before else ""
            if key and key not in lex.common and key not in lex.stop and not lex.adjective(key) \
                    and key not in lex.not_names and key not in CUES \
                    and (not lex.is_word(key) or before.group(1)[:1].isupper() or key in SCHOOL_WORDS):
                found.append(Found(before.start(1), m.end(), "instelling", text[before.start(1):m.end()]))
    for m in _PROPER_AFTER.finditer(text):  # "zit ook bij Zonnestraal", "groep West (Kiemkracht)"
        key = _key(m.group(3))
        if key in lex.words and key not in lex.common and not lex.is_name(key) and key not in lex.not_names \
                and key not in lex.places and key not in PROFESSIONS and not lex.adjective(key) and key not in CUES:
            start = m.start(3) if m.group(1) else m.start(2) + 1
            found.append(Found(start, m.end(3), "instelling", text[start:m.end(3)]))
    for m in (_care_cues(text) if any(stem in low for stem in _CARE_STEMS) else ()):  # "in behandeling bij Spirit", "aanmelding youz loopt"
        name = re.split(r"\.\s", m.group(3))[0].rstrip(".")  # not into the next sentence
        parts = name.split()
        while len(parts) > 1 and ("." in parts[-1] or _key(parts[-1]) in lex.stop
                                  or _key(parts[-1]) in lex.common and not parts[-1][:1].isupper()):
            parts.pop()  # "lindenhout i.v.m.", "kenter loopt": not the words after the name
        name = name[:name.index(parts[-1]) + len(parts[-1])] if parts else ""
        if not name:
            continue
        first = _key(name.split()[0])
        if first in GENERIC_CARE or first in lex.stop or first in CUES or (
                first in lex.words and not name[:1].isupper() and first not in SCHOOL_WORDS
                and (first in lex.common or lex.adjective(first) or m.group(2) is None and _SHARED.search(m.group(1))
                     or _LOOSE.fullmatch(m.group(1).strip(" :")))):
            continue  # (a rarer word names one: "aanmelding kenter loopt"; not "contact met klasgenoten")
        found.append(Found(m.start(3), m.start(3) + len(name), "instelling", name))
    for m in _SCHOOL_VERB.finditer(text):  # "zit op het startpunt", "ib van de wilgenhoek belde"
        group = 2 if m.group(2) else 4
        key = _key(m.group(group))
        if key in _NOT_SCHOOLS or key in lex.stop or key in lex.not_names and not m.group(group)[:1].isupper():
            continue
        found.append(Found(m.start(group), m.end(group), "instelling", m.group(group)))
    for m in _ACRONYM_ORG.finditer(text):  # "naar SKSG", "Daycare is SKSG": an organisation's letters
        if _key(m.group(2)) not in lex.not_names and not lex.is_word(_key(m.group(2))):
            found.append(Found(m.start(2), m.end(2), "instelling", m.group(2)))
    for m in _MID_ARTICLE.finditer(text):  # a capital De/Het inside a sentence starts a name
        words = m.group(1).split()
        while len(words) > 2 and _key(words[-1]) in lex.not_names:
            words.pop()  # "Het Palmblad Zaterdag": not the day
        core = [_key(w) for w in words[1:]]
        if any(c in lex.not_names for c in core) or (len(core) == 1 and core[0] in lex.surnames
                                                     and core[0] not in SCHOOL_WORDS):
            continue  # "mevrouw De Jong" is a person, left to find_persons
        end = text.index(words[-1], m.start(1) + len(words[0])) + len(words[-1])
        found.append(Found(m.start(1), end, "instelling", text[m.start(1):end]))
    for m in (_EMPLOYER_CUE.finditer(text) if any(stem in low for stem in _EMPLOYER_STEMS) else ()):
        name = m.group(3)
        first = _key(name.split()[0])
        family = first in ("van", "de") and len(name.split()) > 1 and _key(name.split()[1]) not in lex.stop
        if first in GENERIC_WORKPLACES or (m.group(2) is None and first in lex.stop and not family):
            continue  # (not "werkt bij van wijlen": a family's firm)
        found.append(Found(m.start(3), m.end(3), "instelling", name))
    for m in _ARTICLE_NAME.finditer(text):
        words = m.group(2).split()
        article_capital = words[0][0].isupper()
        core = [_key(w) for w in words[1:]]
        if any(c in lex.not_names for c in core) or (not article_capital and all(lex.is_name(c) for c in core)
                                                     and words[0].lower() == "de" and len(core) == 1):
            continue  # "met de Jong": a surname; "bij de GGD": the domain's own
        found.append(Found(m.start(2), m.end(2), "instelling", m.group(2)))
    return found


def merge(found: list[Found]) -> list[Found]:
    """Non-overlapping spans, the earliest (then longest) first."""
    result: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if result and f.start < result[-1].end:
            continue
        result.append(f)
    return result


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
        words = m.group(1).split()
        n = _organisation_name(words, lex, strict=False)
        if n:
            end = m.start(1)
            for w in words[:n]:
                end = text.index(w, end) + len(w)
            found.append(Found(m.start(1), end, "instelling", text[m.start(1):end]))
    return found
