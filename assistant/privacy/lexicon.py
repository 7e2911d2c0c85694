"""The words the redactor knows: names of every origin, Dutch and English words, the cue words
before a person ("zusje", "oom", "mevrouw"), the verbs after one, professions, and the words that
name no one (Nederlands, Ramadan, Veilig Thuis, MDO).

Names of every origin common in the Netherlands come from ``data/`` (built by
``scripts/build_name_lists.py``) and from deduce's own lists; Dutch words from ``data/`` too
(sources and licences in ``data/NOTICE.md``). ``unregistered.py`` finds persons with them,
``institutions.py`` organisations.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.privacy.normalize import skeleton
from assistant.privacy.initials import ABBREVIATIONS

DATA = Path(__file__).parent / "data"

# Professionals by what they do, one list for three uses: no names themselves ("gesprek met
# mentor"); a name may follow them ("adviseur griet", "JVK van Zon"); so may where they work
# ("jeugdverpleegkundige Stroomop", "de huisarts zit bij keerpunt").
PROFESSION_NOUNS = frozenset("""
    huisarts arts kinderarts jeugdarts verpleegkundige jeugdverpleegkundige wijkverpleegkundige kinderverpleegkundige
    vertrouwensarts medewerker medewerkster hulpverlener begeleider begeleidster behandelaar therapeut psycholoog
    psychiater orthopedagoog gedragswetenschapper mentor leerkracht docent ib'er ib-er pm'er directeur directrice
    locatiemanager locatieleider teamleider groepsleider zorgcoördinator zorgcoordinator coördinator coordinator
    casemanager consulent jeugdconsulent werker wijkteammedewerker leidster verloskundige kraamverzorgende
    praktijkondersteuner doktersassistente triagist jeugdbeschermer gezinsvoogd gezinscoach aandachtsfunctionaris
    leerplichtambtenaar wijkagent adviseur advocaat bewindvoerder tolk jvk
""".split())
# Professionals named by their role: "adviseur griet", "teamleider roos", "JVK van Zon".
PROFESSIONAL_CUES = PROFESSION_NOUNS | {"intern", "voogd"}
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
} | PROFESSIONAL_CUES
# Cues that are just as often followed by an ordinary word ("papa boos", "moeder opendeed"):
# after these only a capital or a listed name that is no Dutch word makes a name.
WEAK_CUES = {"moeder", "vader", "mama", "papa", "mam", "pap", "mammie", "pappie", "man", "vrouw", "vriend",
             "vriendin", "vriendje", "partner", "ex", "dochter", "zoon", "baby", "kindje", "jongen", "meisje",
             "familie", "fam", "heet", "genaamd", "volgens", "coach", "trainer", "mentor", "leerkracht", "begeleider", "oppas",
             "broers", "zusjes", "broertjes", "vriendinnen", "buren", "heer", "klasgenoot", "klasgenootje"} \
    | PROFESSIONAL_CUES
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
# part of it; with the words of a profession's name that are no profession alone ("pedagogisch
# medewerker") and the undersigned.
PROFESSIONS = PROFESSION_NOUNS | {"pedagogisch", "ambulant", "intern", "maatschappelijk", "schoolmaatschappelijk",
                                  "sociaal", "ondergetekende"}
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
# Diseases and syndromes named after a person: "het Alzheimertype", "syndroom van Down".
EPONYMS = ("alzheimer", "parkinson", "asperger", "crohn", "korsakov", "huntington", "tourette", "hodgkin", "duchenne",
           "kawasaki", "perthes", "osgood", "scheuermann", "kahler", "lyme", "raynaud", "sjogren", "sjögren", "down")
NOT_NAMES = {
    "groep", "klas", "leerjaar", "praktijk", "huisartsenpraktijk", "groepspraktijk", "stichting", "polikliniek", "gezondheidscentrum",
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

    def typo(self, key: str) -> bool:
        """Whether ``key`` is a frequent Dutch word (or a long one) typed one letter off ("moedr",
        "vanochend"): no name, however unknown it looks."""
        return _typo(key, self.common) or len(key) >= 8 and _typo(key, self.words)

    def compound(self, key: str) -> bool:
        """A Dutch compound the lists do not hold: two words of four letters or more (or a
        frequent one of three: "handrug"; a head of three before a long word: "ribfracturen"), maybe with a linking s ("pijnscores",
        "buikpijnklachten"), the first no first name ("nelsonofficial"
        is a handle, "nelson" a wrestling hold too)."""
        for cut in range(3, len(key) - 2):
            head, tail = key[:cut], key[cut:]
            if tail in self.words and (len(tail) >= 4 or tail in self.common) and (cut >= 4 or len(tail) >= 6) \
                    and head not in self.first \
                    and (head in self.words or head.endswith("s") and head[:-1] in self.words):
                return True
        return False

    def adjective(self, key: str) -> bool:
        """Whether ``key`` inflects like a Dutch adjective: an -e form and an -er form are words
        too (wild/wilde/wilder, grijs/grijze/grijzer, nat/natte/natter, groot/grote/groter),
        or it is such a form itself (bruine, dunne, droge)."""
        return _adjective(key, self.words) or key.endswith("e") and any(
            stem in self.words and _adjective(stem, self.words) for stem in _uninflected(key))


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of
    two neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


_LETTERS = "abcdefghijklmnopqrstuvwxyzëéèïöü"


@lru_cache(maxsize=1 << 14)
def _typo(key: str, words: frozenset[str]) -> bool:
    """Whether one edit (a letter dropped, added, changed, or two swapped) makes ``key`` a word."""
    if len(key) < 5 or key in words:
        return False
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    for a, b in splits:
        if b and a + b[1:] in words:
            return True
        if len(b) > 1 and a + b[1] + b[0] + b[2:] in words:
            return True
        for c in _LETTERS:
            if b and a + c + b[1:] in words or a + c + b in words:
                return True
    return False


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
