"""Organisations nobody registered: schools, childcare, hospitals, care organisations and
employers, as notes name them ("zit op De Kameleon", "in behandeling bij Spirit", "werkt bij
PostNL", "kinderpraktijk Tandem", "Jeugdverpleegkundige Stroomop"). ``find_institutions``
returns their spans; ``unregistered.find`` runs it before the persons, so "op De Kameleon" is
no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.privacy.lexicon import CUES, DATA, EPONYMS, TITLE_CUES, PERSON_VERBS, PROFESSION_NOUNS, PROFESSIONS, SPEECH, Found, Lexicon, _key, lexicon
from assistant.privacy.normalize import skeleton


_EMPLOYER_CUE = re.compile(
    r"(?<![\w])((?:werkt|werkte|werken|werkzaam|in\s+dienst|baan|stage|stageplek|bijbaan|bijbaantje|werk|job|"
    r"works|worked|ontslag|ontslagen)"
    # how much and how: "werkt 20 uur per week bij", "werkt parttime bij", "werkt als schoonmaker bij"
    r"(?:\s+(?:\d{1,2}|uur|uren|per|week|dagen|dag|parttime|fulltime|deeltijd|voltijd|in|ploegen|ploegendienst|"
    r"nachtdienst|nachtdiensten|oproepbasis|nog|al|ook|tijdelijk|als\s+[\w-]+)){0,5}"
    r"\s+(?:bij|voor|at|for)\s+)((?:de|het|'t)\s+)?"
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
    r"(?<![\w])((?:(?i:zit|zat|zitten|zaten|ging|gaat|gingen|komt|kwam|staat|stond|stage)\s+(?:(?i:nu|ook|nog|al|toch|wel|daar)\s+){0,2}"
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
    "kapsalon", "fabriek", "kwekerij", "kantoor", "restaurant", "winkel", "thuiszorg", "zorg", "politie", "defensie", "bouw",
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
    r"|(?:Ziekenhuis|Zorggroep|Stichting|Kinderopvang|GGZ|Kliniek|UMC|MC|Medisch\s+Centrum)\s+(?:[A-Z][\w'’-]+)"
    r"(?:\s+[A-Z][\w'’-]+){0,2})(?![\w])")


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
    "globe", "wereldboom", "levensboom", "mijlpaal", "marke", "esch", "wilgen", "linde", "lindeboom",
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
    r"(?<![\w])((?i:op|naar|bij)\s+(?i:de|het|'t)\s+)([\w'’-]+(?:\s+[\w'’-]+)?)")  # not "koning van de wereld"
_COLLEGE = re.compile(r"(?<![\w])([\w'’]+(?:[\s-][\w'’]+)?)[\s-](?i:college|lyceum|gymnasium|academie|campus)(?![\w])")
_GENERIC_AFTER_ARTICLE = {"hele", "gehele", "andere", "eerste", "laatste", "volgende", "vorige", "ochtend", "middag",
                          "week", "dag", "pauze", "klas", "groep", "leerkracht", "juf", "meester", "directeur",
                          "ib", "ib'er", "gang", "ingang", "poort", "bel", "les", "kinderen", "ouders", "zorg",
                          "afgelopen", "komende", "zelfde", "nieuwe", "oude", "grote", "kleine"}
_COLLEGE_GENERIC = {"het", "een", "dit", "dat", "ons", "onze", "zijn", "haar", "hun", "mijn", "de", "op", "naar", "van",
                    "bij", "nieuwe", "oude", "andere", "zelfde", "middelbare", "hbo", "mbo", "roc", "vmbo", "the",
                    "a", "aan", "het roc", "to", "at", "in", "hogeschool"}


_ACRONYM_ORG = re.compile(r"(?<![\w])((?i:naar|bij|van|via|is|at|to|from)\s+)([A-Z]{3,6})(?![\w])")
_MID_ARTICLE = re.compile(r"(?:(?<=[A-Za-z,:;)\]] )|(?<=[–—] ))((?:De|Het|'t|DE|HET)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_TITLE_OR_FIRST = re.compile(r"([^\W\d_]+)\.?\s+$")
# A sentence that opens with "De" or "Het" and a capital: a proper name ("De Tierelier is ingelicht").
_START_ARTICLE = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*((?:De|Het)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_SMALL_ARTICLE = re.compile(r"(?<=[\w,:)\]–—-] )(het|'t|de)\s+([A-Z][\w'’-]{2,}(?:\s+[A-Z][\w'’-]+){0,2})(?![\w])")
_PERSON_BEFORE = re.compile(r"(?:[A-Z][a-zà-ÿ]+|\b(?i:mevrouw|mevr|mw|meneer|dhr|heer|juf|meester|familie|fam)\.?)\s+$")
# A word in no list, in lower case, after a preposition of place: "bij dalcor", "naar pakkett".
_UNKNOWN_AFTER = re.compile(r"(?<![\w])(?i:bij|naar|via|vanuit)\s+(?:(?i:de|het|'t)\s+)?([a-zà-ÿ][a-zà-ÿ'’]{4,})(?![\w-])")
# Where a child goes, without an article: a compound in no list names the place ("niet op
# eikenbrink geweest", "gaat naar balvangers"); "op school", "naar zwemles" are words.
_GOES_TO = re.compile(r"(?<![\w])(?i:op|naar|leerlinge?\s+van)\s+([a-zà-ÿ][a-zà-ÿ'’]{5,})(?![\w-])")
_KIND_THEN_NAME = re.compile(
    r"(?<![\w])((?i:basisschool|school|kindcentrum|ikc|kdv|kinderdagverblijf|bso|peuterspeelzaal|psz|obs|cbs|rkbs|"
    r"pcbs|sbo|so|vso|daltonschool|montessorischool|jenaplanschool|kinderopvang|peuteropvang|opvang|creche|peuterschool|"
    r"gastouderbureau|brede\s+school)(?:[ \t]*:?[ \t]+|[ \t]*\([ \t]*)(?:(?i:bij)\s+(?=(?i:de|het|'t)\s))?)"
    r"((?:(?i:de|het|'t)\s+)?[\w'’-]+)")  # "bso de speelboot", "de bso (bambino)"


_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]{3,})")
_KIND_WORDS = ("school", "ikc", "kindcentrum", "kdv", "kinderdag", "bso", "peuter", "psz", "obs", "cbs", "rkbs", "sbo",
               "so ", "so:", "opvang", "creche", "gastouder", "kinderopvang")
_COLLEGE_WORDS = ("college", "lyceum", "gymnasium", "academie", "campus")
_SUFFIX_WORDS = ("Ziekenhuis", "Gasthuis", "MC", "Kliniek", "Zorg", "Jeugdzorg", "Stichting", "Kinderopvang", "GGZ", "Centrum")


def _kinds_then_names(text: str) -> Iterable[re.Match[str]]:
    """The matches of _KIND_THEN_NAME; where the name is a kind word itself ("Opvang (peuteropvang
    het egeltje)"), the search goes on from that word."""
    pos = 0
    while (m := _KIND_THEN_NAME.search(text, pos)) is not None:
        if _key(m.group(2).split()[0]).startswith(_KIND_WORDS):
            pos = m.start(2)
            continue
        yield m
        pos = m.end()


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
    for m in (_kinds_then_names(text) if kinds else ()):  # "basisschool de notenkraker", "school: Het Talent"
        words = m.group(2).split()
        core = _key(words[-1])
        article = len(words) > 1
        end = m.end(2)
        after = _NEXT_WORD.match(text, end) if article and lex.adjective(core) else None
        if after and (nxt := _key(after.group(1))) not in lex.stop and not lex.adjective(nxt) and nxt not in SPEECH \
                and nxt not in PERSON_VERBS:
            core, end = _key(after.group(1)), after.end(1)  # "de bso (de kleine reus)": an adjective and its noun
        specific = _key(m.group(1).strip(" :").split()[0]) not in ("school", "basisschool", "opvang")
        if core in SCHOOL_WORDS or words[-1][:1].isupper() or \
                (core not in lex.stop and not lex.is_word(core) and len(core) >= 3) or \
                (article and core not in lex.stop and core in lex.words and core not in _GENERIC_AFTER_ARTICLE) or \
                (specific and not article and len(core) >= 4 and core not in lex.common and not lex.adjective(core)
                 and core not in SPEECH and core not in PERSON_VERBS):  # "bso buitenkans", not "bso gesloten"
            found.append(Found(m.start(2), end, "instelling", text[m.start(2):end]))
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
    if text.isascii():  # (most notes: one lower() for the text, not one per word)
        low = text.lower()
        words = [(a, b, low[a:b]) for a, b in map(re.Match.span, _INSTITUTION_WORD.finditer(text))]
    else:
        words = [(m.start(), m.end(), w.lower() if (w := m.group(0)).isascii() else _key(w))
                 for m in _INSTITUTION_WORD.finditer(text)]
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


_EMPLOYER_STEMS = ("werk", "dienst", "baan", "stage", "job", "works", "ontslag")
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
    sv vv fc svv rkvv kraamzorg kraambureau kraamcentrum jeugdbescherming verloskundigen verloskundigenpraktijk
    buurtteam wijkteam jeugdteam gezinsteam scouting kerkgemeente geloofsgemeenschap gezinslocatie azc blijfhuis
    opvanglocatie asielzoekerscentrum noodopvang wijkverpleging opvoedpoli gezinshuis poli bs logopedie
    logopediepraktijk fysiotherapie kinderfysiotherapie fysiotherapiepraktijk ergotherapie
""".split())
# Teams and services named as often without a name: after these a name is a capital or no Dutch word
# ("buurtteam kanaleneiland", not "wijkteam gebeld").
_SERVICE_KINDS = frozenset("kraamzorg jeugdbescherming buurtteam wijkteam jeugdteam gezinsteam logopedie fysiotherapie "
                           "kinderfysiotherapie ergotherapie".split())
# ... and compounds ending so: "kinderpraktijk", "schoonmaakbedrijf", "pakketdienst", "turnvereniging"
_ORGANISATION_ENDINGS = ("praktijk", "bedrijf", "kwekerij", "dienst", "vereniging", "club", "school", "voogdij",
                         "afdeling")  # "kinderafdeling maasdelta"
_AFTER_KIND = re.compile(r"([ \t]*:?[ \t]+|[ \t]*\([ \t]*)((?:(?i:de|het|'t)\s+)?[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,2})")
# A professional and where they work: "Jeugdverpleegkundige Stroomop" (a signature), "de
# huisarts zit bij keerpunt", "Noor van Wijk van kinderpraktijk Tandem" (the last word of
# "pedagogisch medewerker", "intern begeleider" is enough).
_PROFESSION_WORDS = PROFESSION_NOUNS | {"ambulant", "ha", "poh"}
_AFTER_PROFESSION = re.compile(
    r"((?:[ \t]+(?i:groep|klas)[ \t]+\d{1,2}[a-z]?)?"
    r"(?:[ \t]*\n[ \t]*|[ \t]*\([ \t]*|[:,][ \t]*|[ \t]+(?:(?i:zit|zat|is|was|werkt|werkte)[ \t]+)?(?:(?i:van|bij|vanuit|in)[ \t]+)?))"
    r"((?:(?i:de|het|'t)[ \t]+)?[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,2})")
_KIND_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _is_kind(key: str) -> bool:
    """A word that says what kind of organisation, not which one ("kinderopvang", "opvoedpoli")."""
    return _kind_of(key) == "kind" or key.startswith(_KIND_WORDS)


_SHIFTS = ("nacht", "dag", "avond", "ochtend", "middag", "weekend", "vroege", "late", "bereikbaarheids", "slaap", "wacht")


@lru_cache(maxsize=1 << 16)
def _kind_of(key: str) -> str | None:
    """"kind" when ``key`` names a kind of organisation, "profession" a professional, else None."""
    if key.endswith("dienst") and key.startswith(_SHIFTS):
        return None  # a shift ("nachtdienst"), no organisation
    if key in _ORGANISATION_KINDS or any(key.endswith(e) and len(key) >= len(e) + 3 for e in _ORGANISATION_ENDINGS) \
            or key == "praktijk":
        return "kind"
    return "profession" if key in _PROFESSION_WORDS else None


# Words that may end a named organisation: "Eemlandhof Medisch Centrum", "zeeweg zorg".
_NAME_TAIL = {"ziekenhuis", "medisch", "centrum", "mc", "umc", "kliniek", "zorg", "groep", "jeugdzorg", "ggz",
              "college", "lyceum", "school", "praktijk", "opvang", "gasthuis", "kinderopvang", "huisartsen", "&",
              "co", "bv", "b.v.", "vof"}
_TAIL = re.compile(r"(?<=[\w'’-][ \t])(?:(?i:ziekenhuis|medisch[ \t]+centrum|mc|kliniek|gasthuis|zorg|zorggroep|jeugdhulp|gym|"
                   r"jeugdzorg|ggz)|International[ \t]+School|Academy|Primary[ \t]+School)(?![\w])")
_WORD_BEFORE = re.compile(r"([\w'’-]{4,})[ \t]+$")
# A text holds one of these (lower case) wherever _TAIL matches: only such a text is searched.
_TAIL_HINTS = ("ziekenhuis", "medisch", "mc", "kliniek", "gasthuis", "zorg", "jeugdhulp", "ggz", "school", "academy", "gym")
def _organisation_name(words: list[str], lex: Lexicon, *, strict: bool) -> int:
    """How many of ``words`` (after a kind of organisation or a professional) name it: an
    article and a word, or a capitalised word, or (``strict`` false) a word that is no frequent
    Dutch word; then the capitalised words and name endings after it. 0: no name here."""
    i = 1 if words and words[0].lower() in ("de", "het", "'t") else 0
    if i >= len(words):
        return 0
    word, key = words[i], _key(words[i])
    if key == "medisch" and i + 2 < len(words) and _key(words[i + 1]) == "centrum":
        i += 2  # "Ziekenhuis: Medisch Centrum Havenstad"
        word, key = words[i], _key(words[i])
    if key in ("van", "de", "den", "der") and i + 1 < len(words) and (words[i + 1][:1].isupper() or i == 0 and
                                                                   not lex.is_word(_key(words[i + 1]))):
        i += 1  # "Transportbedrijf Van Wijlen", "werkt bij van wijlen": a family's firm
        word, key = words[i], _key(words[i])
    elif (i == 1 and key in lex.words or i == 0 and lex.adjective(key) and key not in lex.stop) and i + 1 < len(words) \
            and _key(words[i + 1]) not in lex.common \
            and _key(words[i + 1]) not in lex.stop and _key(words[i + 1]) not in _NAME_TAIL:
        i += 1  # "hotel de gouden karpel": a word before the name's own
        word, key = words[i], _key(words[i])
    regional = word[:1].isupper() and (key in _COMPASS or key.endswith(("se", "sche")) and len(key) > 5)
    if key in lex.stop or key in lex.not_names and not regional or key in CUES or key in SPEECH \
            or key in PERSON_VERBS or key in GENERIC_CARE or key in GENERIC_WORKPLACES or key in _NAME_TAIL \
            or _is_kind(key):
        return 0  # (but "Jeugdbescherming Noordwest", "Jeugdhulp Zeeuwse Delta" are names; "Opvang
        #            (peuteropvang het egeltje)": the second kind word names it)
    capital = word[:1].isupper()
    if not (capital or key in SCHOOL_WORDS or not lex.is_word(key) and len(key) >= 3
            or not strict and key not in lex.common and not lex.adjective(key) and len(key) >= 4
            or i == 1 and key in lex.words and key not in lex.common and key not in _GENERIC_AFTER_ARTICLE):
        return 0
    n = i + 1
    while n < len(words):
        if _key(words[n]) in _CONNECTORS and n + 1 < len(words) and capital and words[n + 1][:1].isupper() \
                and _key(words[n + 1]) not in lex.not_names:
            n += 2  # "Motoriek in Beweging", "Centrum voor Jeugd"
            continue
        if not (words[n][:1].isupper() and len(words[n]) > 1
                and (_key(words[n]) not in lex.not_names or _key(words[n]) in _COMPASS)
                or _key(words[n]) in _NAME_TAIL) or _key(words[n]) in lex.stop:
            break
        n += 1
    return n


_CONNECTORS = {"in", "aan", "op", "voor", "en", "&"}
_COMPASS = {"noord", "oost", "zuid", "west", "noordoost", "noordwest", "zuidoost", "zuidwest"}  # "Voorwaarts Oost"
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
        if kind == "kind" and w.group(0)[:1].isupper() and not lex.is_word(_key(w.group(0))) \
                and _key(w.group(0)) not in _ORGANISATION_KINDS:
            # "Kompasvoogdij": a name itself; "Doktersdienst Hunzedal", "Kickboksschool Shogun": a
            # compound of its kind, and the name after it
            m = _AFTER_KIND.match(text, w.end())
            named = m and not m.group(1).strip() and _organisation_at(text, m.start(2), m.group(2).split(), lex, strict=True)
            end = named.end if named and named.text[:1].isupper() else w.end()
            found.append(Found(w.start(), end, "instelling", text[w.start():end]))
            continue
        m = (_AFTER_KIND if kind == "kind" else _AFTER_PROFESSION).match(text, w.end())
        if m is None:
            continue
        strict = (kind == "profession" or w.group(0).lower() in _SERVICE_KINDS) and not _CONNECTED.search(m.group(1))
        words = m.group(2).split()
        if kind == "profession" and words and _key(words[0]) in lex.first:
            continue  # "gedragswetenschapper erik groot", "mentor Ruud": a person, the person rules' own
        named = _organisation_at(text, m.start(2), words, lex, strict=strict)
        if named is not None:
            found.append(named)
    return found


def _organisation_at(text: str, start: int, words: list[str], lex: Lexicon, *, strict: bool) -> Found | None:
    """The organisation named by the first of ``words`` (which stand in ``text`` from ``start``)."""
    n = _organisation_name(words, lex, strict=strict)
    if not n:
        return None
    end = start
    for word in words[:n]:
        end = text.index(word, end) + len(word)
    return Found(start, end, "instelling", text[start:end])


# A capitalised word after a preposition inside a sentence is a proper noun: a name (found as a
# person), a place (deduce's) or, when it is an ordinary Dutch word, an organisation's name.
_PROPER_AFTER = re.compile(r"(?:(?<=[\w,)\]] )((?:bij|naar|van|via|met|vanuit|door|voor|in|op|uit|involve|contacted|with|from)\s+)|(?<=[\w\]] )(\((?:(?:De|Het|de|het)\s+)?))"
                           r"([A-Z][a-zà-ÿ'’-]{3,})(?![\w])")


def _care_cues(text: str) -> Iterable[re.Match[str]]:
    """The care cues of ``text``, each searched again from its name on: "opgenomen via SEH van
    het lindenhout" holds a second cue in what the first took for a name."""
    pos = 0
    while (m := _CARE_CUE.search(text, pos)) is not None:
        yield m
        pos = m.start(3)


def _suffixed(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"Amphia Ziekenhuis", "Zorggroep Eikenrode", "MC Zuiderkroon" (capitalised)."""
    found: list[Found] = []
    if not any(w in text for w in _SUFFIX_WORDS):
        return found
    for m in _KNOWN_SUFFIX.finditer(text):
        start, words = m.start(), m.group(0).split()
        while len(words) > 1 and (_key(words[0]) in lex.common or _key(words[0]) in lex.not_names):
            start = text.index(words[1], start + len(words[0]))  # "Brief SEH MC ...": not "Brief SEH"
            words.pop(0)
        if len(words) > 1:
            found.append(Found(start, m.end(), "instelling", text[start:m.end()]))
    return found


def _tailed(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"eemlandhof ziekenhuis", "zeeweg zorg", "Lindeborg Jeugdhulp": a name before its ending."""
    found: list[Found] = []
    if not any(w in low for w in _TAIL_HINTS):
        return found
    for m in _TAIL.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        key = _key(before.group(1)) if before else ""
        if key and key not in lex.common and key not in lex.stop and not lex.adjective(key) \
                and key not in lex.not_names and key not in CUES \
                and (not lex.is_word(key) or before.group(1)[:1].isupper() or key in SCHOOL_WORDS
                     or m.group(0).lower() == "ziekenhuis" and not key.endswith(("isch", "ische", "aal", "ale"))):
            found.append(Found(before.start(1), m.end(), "instelling", text[before.start(1):m.end()]))
            # (a rare word before "ziekenhuis" names it: "in zuiderlicht ziekenhuis"; not "psychiatrisch")
    return found


def _proper(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"zit ook bij Zonnestraal", "groep West (Kiemkracht)": a capitalised Dutch word as a name."""
    found: list[Found] = []
    for m in _PROPER_AFTER.finditer(text):
        key = _key(m.group(3))
        if lex.is_word(key) and key not in lex.common and not lex.is_name(key) and key not in lex.not_names \
                and not key.startswith(EPONYMS) \
                and key not in lex.places and key not in PROFESSIONS and not lex.adjective(key) and key not in CUES:
            start = m.start(3) if m.group(1) else m.start(2) + 1
            found.append(Found(start, m.end(3), "instelling", text[start:m.end(3)]))
    return found


def _cared(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"in behandeling bij Spirit", "aanmelding kenter loopt", "verwijzing novarys"."""
    found: list[Found] = []
    if not any(stem in low for stem in _CARE_STEMS):
        return found
    for m in _care_cues(text):
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
    return found


def _school_verbs(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"zit op het startpunt", "ib van de wilgenhoek belde", "groep 2 op de wilgenhoek"."""
    found: list[Found] = []
    for m in _SCHOOL_VERB.finditer(text):
        group = 2 if m.group(2) else 4
        key = _key(m.group(group))
        if key in _NOT_SCHOOLS or key in lex.stop or key in lex.not_names and not m.group(group)[:1].isupper():
            continue
        found.append(Found(m.start(group), m.end(group), "instelling", m.group(group)))
    return found


def _acronyms(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"naar SKSG", "Daycare is SKSG": an organisation's letters."""
    return [Found(m.start(2), m.end(2), "instelling", m.group(2)) for m in _ACRONYM_ORG.finditer(text)
            if _key(m.group(2)) not in lex.not_names and not lex.is_word(_key(m.group(2)))]


def _mid_articles(text: str, low: str, lex: Lexicon) -> list[Found]:
    """A capital De/Het inside a sentence starts a name: "het kind zit op De Regenboog"."""
    found: list[Found] = []
    for m in _MID_ARTICLE.finditer(text):
        words = m.group(1).split()
        while len(words) > 2 and _key(words[-1]) in lex.not_names:
            words.pop()  # "Het Palmblad Zaterdag": not the day
        core = [_key(w) for w in words[1:]]
        before = _TITLE_OR_FIRST.search(text, max(0, m.start(1) - 30), m.start(1))
        kind_before = before is not None and before.group(1)[:1].isupper() and _key(before.group(1)) not in lex.first \
            and _key(before.group(1)) not in TITLE_CUES  # "Kinderrijk De Notenboom": a firm's own name
        if any(c in lex.not_names for c in core) or (len(core) == 1 and core[0] in lex.surnames
                                                     and core[0] not in SCHOOL_WORDS and not kind_before):
            continue  # "mevrouw De Jong", "Jan De Vries" are persons, left to find_persons
        end = text.index(words[-1], m.start(1) + len(words[0])) + len(words[-1])
        start = before.start(1) if kind_before and before.group(1)[:1].isupper() and _key(before.group(1)) not in lex.common \
            else m.start(1)
        found.append(Found(start, end, "instelling", text[start:end]))
    return found


def _opening_articles(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"De Tierelier is op de hoogte": after "De" at the start of a sentence, a capital that is
    no frequent word, name or place (a sloppy "De Moeder" is no name)."""
    found: list[Found] = []
    for m in _START_ARTICLE.finditer(text):
        words = m.group(1).split()
        core = [_key(w) for w in words[1:]]
        if any(c in lex.not_names or c in lex.common or c in PROFESSIONS or c in CUES or c in lex.places
               or lex.is_name(c) for c in core[:1]):
            continue
        end = m.start(1) + len(m.group(1))
        while len(words) > 2 and (_key(words[-1]) in lex.not_names or _key(words[-1]) in lex.common):
            end -= len(words.pop()) + 1
        found.append(Found(m.start(1), end, "instelling", text[m.start(1):end]))
    return found


_SAINT = re.compile(r"(?<![\w-])(?:Sint|St\.?|sint)[ -]([A-Z][a-zà-ÿ]+|(?<=sint-)[a-zà-ÿ]{3,})(?![\w-])")


# A club with its founding year: "Blauw-Wit '21", "KV RAPID '58", "traint bij Rapid '58".
_CLUB_YEAR = re.compile(r"(?<![\w'’])((?:[A-Z]{1,4}\.?(?:[A-Z]\.)?\s+)?[A-Z][\w-]+(?:[ -][A-Z][\w-]+){0,2}\s+['’]\d\d)(?![\w])")


# The domain's own services are no names, their region is: "Veilig Thuis Zaanvallei", "GGD
# Hollands Noorden", "vt eemvallei", "cjg noorderhaven".
_REGIONAL = re.compile(r"(?<![\w])(?i:veilig[ \t]+thuis|vt|ggd|cjg|centrum[ \t]+voor[ \t]+jeugd[ \t]+en[ \t]+gezin|"
                       r"kind[ \t]+&[ \t]+gezin)[ \t]+([^\W\d_][\w-]{3,}(?:[ \t]+[A-Z][\w-]+)?)")
_REGIONAL_HINTS = ("veilig", "vt ", "ggd", "cjg", "jeugd en gezin", "gezin")


def _regions(text: str, low: str, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    for m in (_REGIONAL.finditer(text) if any(h in low for h in _REGIONAL_HINTS) else ()):
        word = m.group(1).split()[0]
        key = _key(word)
        if key in lex.stop or key in SPEECH or key in PERSON_VERBS or key in lex.not_names or key in CUES \
                or key in lex.words and not word[:1].isupper() or key in lex.common or lex.adjective(key):
            continue  # "VT gebeld", "Veilig Thuis geeft advies"
        found.append(Found(m.start(1), m.end(1), "instelling", m.group(1)))
    return found


# Where a message comes from, in a parent app or a group's log: "16:03 – Soukaina – Tierelier:",
# "(groep Toppers, Tierelier)", "Ballonnetje, locatie Zaandam".
_SENDER_PLACE = re.compile(r"(?m)\d{1,2}[:.]\d{2}[ \t]+[–—-][ \t]+[^\n–—:]{2,40}?[ \t]+[–—-][ \t]+"
                           r"([^\W\d_][\w'’ -]{1,40}?)[ \t]*:")
_GROUP_PLACE = re.compile(r"\((?i:groep|klas|group)[ \t]+[^\n,()]{2,30},[ \t]*([^\W\d_][\w'’ -]{2,40}?)\)")
_BRANCH = re.compile(r"((?:(?:'t|De|Het)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?),[ \t]+(?i:locatie|vestiging)[ \t]")


def _senders(text: str, low: str, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    for regex, hint in ((_SENDER_PLACE, "–" in text or " - " in text), (_GROUP_PLACE, "(" in text),
                        (_BRANCH, "locatie" in low or "vestiging" in low)):
        for m in regex.finditer(text) if hint else ():
            key = _key(m.group(1).split()[-1])
            if key in lex.common or key in CUES or key in PROFESSIONS or key in lex.stop or key in lex.not_names:
                continue  # "– Lieke – moeder:", "(groep 3, ochtend)"
            found.append(Found(m.start(1), m.end(1), "instelling", m.group(1)))
    return found


# A ward or unit of a care home or hospital is named too: "afd. Hortensia", "afdeling klaproos";
# not its specialism ("afdeling chirurgie", "afdeling kindergeneeskunde").
_WARD = re.compile(r"(?<![\w])(?i:afd\.?|afdeling|paviljoen|woongroep|woonunit|unit)[ \t]+([^\W\d_][\w'’-]{2,}(?:[ \t]+[A-Z][\w'’-]+)?)")
_SPECIALISMS = ("logie", "kunde", "chirurgie", "geneeskunde", "atrie", "atrische", "interne", "spoed", "zorg", "hulp")


def _wards(text: str, low: str, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    for m in (_WARD.finditer(text) if "afd" in low or "paviljoen" in low or "unit" in low or "woongroep" in low else ()):
        word = m.group(1).split()[0]
        key = _key(word)
        if key in lex.stop or key in lex.common or key.endswith(_SPECIALISMS) or key in CUES or key in PROFESSIONS \
                or (not word[:1].isupper() and lex.adjective(key)):
            continue
        found.append(Found(m.start(1), m.end(1), "instelling", m.group(1)))
    return found


def _clubs(text: str, low: str, lex: Lexicon) -> list[Found]:
    if "'" not in text and "’" not in text:
        return []
    return [Found(m.start(1), m.end(1), "instelling", m.group(1)) for m in _CLUB_YEAR.finditer(text)
            if not all(_key(w) in lex.common for w in m.group(1).split()[:-1])]  # not "Zomer '21"


def _saints(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"MDO Sint-Jozef", "op sint-jozef": a saint's name is a school's or a hospital's (or a place:
    deduce's, and replaced all the same)."""
    if "sint" not in low and "st." not in low:
        return []
    return [Found(m.start(), m.end(), "instelling", m.group(0)) for m in _SAINT.finditer(text)
            if _key(m.group(1)) not in ("nicolaas", "maarten") and not m.group(0).lower().startswith("sinterklaas")]


def _small_articles(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"MDO het Kompas", "in 't Hofje": a lower-case article and a capital inside a sentence. After
    "de" only a word that is no surname ("mevrouw de Vries" is a person, "MDO de Windroos" not)."""
    found: list[Found] = []
    for m in _SMALL_ARTICLE.finditer(text):
        words = m.group(2).split()
        core = [_key(w) for w in words]
        first = core[0]
        if first in lex.not_names or first in PROFESSIONS or first in CUES or first in lex.places or first.startswith(EPONYMS):
            continue  # (not "dementie van het Alzheimertype")
        if m.group(1) == "de" and (first in lex.surnames or first in lex.first or _PERSON_BEFORE.search(text, 0, m.start(1))):
            continue
        while len(words) > 1 and core[-1] in lex.not_names:
            words.pop()
            core.pop()
        end = text.index(words[-1], m.start(2)) + len(words[-1])
        found.append(Found(m.start(1), end, "instelling", text[m.start(1):end]))
    return found


_ACTIVITIES = ("therapie", "logopedie", "les", "lessen", "training", "zorg", "hulp", "behandeling", "controle",
               "onderzoek", "begeleiding", "afspraak", "consult", "spreekuur", "dienst", "feest", "kamp", "vakantie")


def _goes_to(text: str, low: str, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    for m in _GOES_TO.finditer(text):
        key = _key(m.group(1))
        pupil = m.group(0)[:1] in "lL"  # "leerling van meanderdal": any word in no list
        if key in lex.words or key in lex.english or lex.is_name(key) or key in lex.places or key in lex.not_names \
                or not pupil and not lex.compound(key) or lex.typo(key) or key.endswith(_ACTIVITIES) \
                or _is_kind(key) or _kind_of(key) is not None or key in SCHOOL_WORDS:
            continue
        found.append(Found(m.start(1), m.end(1), "instelling", m.group(1)))
    return found


def _unknown_after(text: str, low: str, lex: Lexicon) -> list[Found]:
    """A lower-case word in no list at all (not even as a compound of Dutch words) after "bij",
    "naar", "via": a firm's or a place's own name ("werkt parttime bij dalcor")."""
    found: list[Found] = []
    for m in _UNKNOWN_AFTER.finditer(text):
        key = _key(m.group(1))
        if lex.is_word(key) or lex.compound(key) or lex.is_name(key) or key in lex.places or key in lex.english \
                or key in lex.stop or key in lex.not_names or key in CUES or key in PROFESSIONS:
            continue
        found.append(Found(m.start(1), m.end(1), "instelling", m.group(1)))
    return found


def _employers(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"werkt bij PostNL", "werkt bij van wijlen" (a family's firm)."""
    found: list[Found] = []
    if not any(stem in low for stem in _EMPLOYER_STEMS):
        return found
    for m in _EMPLOYER_CUE.finditer(text):
        name, start = re.split(r"[.!?;]\s", m.group(3))[0].rstrip("."), m.start(3)  # not into the next sentence
        words = name.split()
        if not words:
            continue
        first = _key(words[0])
        family = first in ("van", "de") and len(words) > 1 and _key(words[1]) not in lex.stop
        if first in GENERIC_WORKPLACES and first not in lex.stop and len(words) > 1 \
                and _key(words[1]) not in lex.common and _key(words[1]) not in lex.stop \
                and _key(words[1]) not in GENERIC_WORKPLACES:
            first = _key(words[1])  # "ontslagen bij kwekerij groenhorst": the kind, then the name
        elif first in GENERIC_WORKPLACES or (m.group(2) is None and first in lex.stop and not family):
            continue
        found.append(Found(start, start + len(name), "instelling", name))
    return found


def _article_names(text: str, low: str, lex: Lexicon) -> list[Found]:
    """"op De Kameleon", "bij het Amphia": a preposition, an article and a capital."""
    found: list[Found] = []
    for m in _ARTICLE_NAME.finditer(text):
        words = m.group(2).split()
        article_capital = words[0][0].isupper()
        core = [_key(w) for w in words[1:]]
        if any(c in lex.not_names or c.startswith(EPONYMS) for c in core) \
                or (not article_capital and all(lex.is_name(c) for c in core) and words[0].lower() == "de" and len(core) == 1):
            continue  # "met de Jong": a surname; "bij de GGD": the domain's own
        found.append(Found(m.start(2), m.end(2), "instelling", m.group(2)))
    return found


_FINDERS = (_suffixed, _tailed, _proper, _cared, _school_verbs, _acronyms, _mid_articles, _opening_articles, _employers,
            _article_names, _small_articles, _unknown_after, _saints, _goes_to, _clubs, _regions,
            _senders, _wards)


def find_institutions(text: str, lex: Lexicon | None = None) -> list[Found]:
    """Every organisation the finders above, the listed ones and the schools see (they may
    overlap: ``merge`` keeps the earliest, longest)."""
    lex = lex or lexicon()
    low = text.lower()
    found = _listed_institutions(text) + _schools(text) + _named_after(text, lex)
    for finder in _FINDERS:
        found += finder(text, low, lex)
    return [f for f in found if len(f.text.strip(" .")) > 1]  # "Arts (F. Bakker)": "F" names no organisation


def merge(found: list[Found]) -> list[Found]:
    """Non-overlapping spans, the earliest (then longest) first; spans that overlap become one."""
    result: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if result and f.start < result[-1].end:
            last = result[-1]
            if f.end > last.end:
                result[-1] = Found(last.start, f.end, last.kind, last.text + f.text[last.end - f.start:])
            continue
        result.append(f)
    return result
