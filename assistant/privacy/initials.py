"""Initials standing for a person, with and without dots.

Where people write initials ("Actie: SR belt moeder", "Aanwezig: KT (IB), SP (lk)", "— nv",
"Paraaf: cm", "MA / 22 feb.", "Pt N.B.", "S.v.d.B.") they become ``[initialen]``; abbreviations
of the field (VT, GGD, IB, SMW, MDO; "N.B.", "o.a.") stay, and those that name a role or a
service (``ROLE_ABBREVIATIONS``) stay also where initials could stand. Runs inside
``patterns.redact_patterns``: the dotted rule in the order of the other patterns, the rest after
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# -- initials without dots, where initials are written: "Actie: SR belt moeder", "Aanwezig: KT
# (IB), SP (lk)", "Verbalisanten: CZ / RK", "Consult 16 mei, DM Pt: ...", "... – GB" signing off.
# Two to four capitals (one lower-case letter between allowed: "MvD", "NdH"); known abbreviations
# (VT, GGD, IB, SMW, MDO) are no one's.
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
_UNDOTTED = re.compile(rf"(?<![\w.@/#-])[{_CAPS}](?:[a-z]{{1,2}})?[{_CAPS}]{{1,3}}(?![\w.@-])")
# Before a colon: a list of who ("Aanwezig: KT, SP en LdH") or one person ("Actie: SR", "PM'er: TdR").
_LIST_CUE = re.compile(r"(?i:aanwezig|aanwezigen|afwezig|verbalisanten|cc|notulen|dienst)\s*:[^:\n]*$")
_ONE_CUE = re.compile(r"(?i:paraaf|actie|acties|triage|verslag|verslaglegging|notulist|verbalisant|namens|uitvoerder|wie|eigenaar|"
                      r"opgesteld\s+door|door|melder|pm'er|pm-er|pmer|mentor|begeleider|dienst|medewerker|ib|ib'er|"
                      r"gw|gedragswetenschapper|adviseur|contactpersoon|behandelaar|casemanager|gezinsvoogd)\s*:[ \t]*\(?$")
_OFFICERS = re.compile(r"(?i:verbalisanten)\s*:")  # police officers: only initials follow ("NB / DA")
_ROLE_AFTER = re.compile(r"[ \t]*\((?:[A-Za-z'’-]{1,6}|[a-zà-ÿ'’-]{4,30})\)")  # "(IB)", "(doktersassistente)"
_ACTION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?i:actie|acties)[ \t]+$")  # "Actie RV terugkoppeling"
_PERSON_CUE = re.compile(r"(?i:notulist|notulen|triagist|verslaglegger|paraaf|verbalisant)\s*:[ \t]*$")
_PROFESSION_SIGNED = re.compile(r"[ \t]*,[ \t]*[a-zà-ÿ'’-]{4,30}[ \t]*(?:\n|$)")  # "MZ, kraamverzorgende"
_PATIENT_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:Pt|Pte|Patiënt|Patiënte|Patient)\b")
_SIGNED_BEFORE = re.compile(r"(?i:gr|groet|mvg)[.,]?\s+$")
_DONE_AFTER = re.compile(r"[ \t]+(?:ingelicht|gebeld|geïnformeerd|geinformeerd|gemaild|belt|mailt|informeert|"
                         r"overlegt|neemt|plant|maakt|vraagt|doet|houdt|bespreekt|zoekt)\b")  # "KP ingelicht"
_OWNER_AFTER = re.compile(r"[ \t]*(?:[–—:/]|-[ \t])")  # "actie: HA – terugkoppeling", "actie JR: ouders uitnodigen"
_ACTION_VERB = re.compile(r"[ \t]+[a-z]{2,}t\b")  # "Actie: HA overlegt", "Actie: JA vraagt" (not "VT bellen")
_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_SIGN_BEFORE = re.compile(r"(?:^|\n|[.!?)]\s|\s[–—-]\s*|/\s*|(?i:gr|groet|mvg)[.,]?\s+)$")
ABBREVIATIONS = {
    "VT", "GGD", "IB", "SMW", "MDO", "BSO", "KDV", "JGZ", "CJG", "POH", "GGZ", "SEH", "HA", "AMK", "LK", "PM", "OK",
    "CBS", "OBS", "KBS", "RKBS", "PCBS", "SBO", "VSO", "SO", "VO", "PO", "WMO", "JB", "JR", "ZAT", "BSN", "UWV",
    "SVB", "IND", "COA", "NS", "PS", "TV", "PC", "NB", "AVG", "MBO", "HBO", "VMBO", "HAVO", "VWO", "ROC", "UMC", "MC",
    "KNO", "ADHD", "ADD", "ASS", "PTSS", "PDD", "ODD", "NLD", "IQ", "EU", "NL", "BE", "DE", "UK", "US", "VS", "AOS",
    "JVK", "JA", "ZH", "WK", "GZ", "AF", "IBR", "LVB", "MR", "DR", "WhatsApp", "CT", "MRI", "ECG", "SOS", "KOPP",
    "HKZ", "RvdK", "RvK", "OM", "BOA", "PGB", "ZZP", "CAO", "BV", "NV", "VOF", "TBS", "GI", "WIJ", "SAVE", "JIM",
    "HTML", "PDF", "AI", "ICT", "IT", "HR", "OR", "MR", "LO", "CKV", "ID", "OV", "AB", "KO", "XL", "MVG",
    "JGT", "LPA", "ZoCo", "OPP", "SPV", "GW", "JGGZ", "LVS", "SMWer", "VCP", "MT", "IBer",
}
# Of those, the ones that name a role or a service, and so may stand where a person's initials
# stand ("Actie: IB", "Marloes (IB)", "overleg met GGD"). The others ("JR", "ZH", "TV", "NB") are
# someone's initials there: "actie: JR – ouders uitnodigen", "Tjitske (TV)".
ROLE_ABBREVIATIONS = {
    "VT", "GGD", "IB", "IBR", "SMW", "JGZ", "CJG", "POH", "HA", "AMK", "LK", "PM", "WMO", "JB", "ZAT", "UWV", "SVB", "IND",
    "COA", "JVK", "AF", "MR", "DR", "RvdK", "RvK", "OM", "BOA", "GI", "WIJ", "SEH", "GGZ", "MDO", "BSO", "KDV",
    "CBS", "OBS", "KBS", "SBO", "VSO", "SO", "VO", "PO", "ROC", "UMC", "MC", "KNO", "LVB", "KOPP", "HR", "ICT", "IT", "MVG",
    "JGT", "LPA", "ZoCo", "OPP", "SPV", "GW", "JGGZ", "LVS", "SMWer", "VCP", "IBer", "JA",
}


# Lower case too where only initials stand: "— nv" signing off, "Verslag bt" at a line's end, and
# in brackets right after a name: "Gerapporteerd door T. Schipper (TS)", "Marloes Stoffels (ms)".
_OWNER_BEFORE = re.compile(r"[a-z)]:[ \t]*$")  # who does it, at the end of an agreement: "... vragen: EA"
_WITH_BEFORE = re.compile(r"(?i:overleg|overlegd|gesprek|contact|besproken|gebeld|afgestemd|afstemmen)[ \t]+met[ \t]+$")
_CASE_BEFORE = re.compile(r"(?i:casus|leerling|cliënt|client)[ \t]+$")  # "Casus MK, groep 5"
_LOWER_BEFORE_ROLE = re.compile(r"(?<![\w'’-])([a-z]{2,3})(?=[ \t]*\((?i:groep|klas|moeder|vader|kind|zus|broer|oma|opa|"
                                r"tante|oom|leerling|pt)\b)")  # "ff over av (groep 2)", "mp (moeder) belde"
_SIGNED_LOWER = re.compile(
    r"(?m)^[ \t]*[—–-]{1,2}[ \t]*\(?([A-Za-zß-ɏ]{2,3})\)?[ \t]*(?:,[ \t]*[a-zà-ÿ'’ -]{4,40})?$"  # "— nv", "-- (eg)"
    r"|(?i:verslag|paraaf|getekend|triage|notulist|door|ingevuld[ \t]+door)[ \t]*:?[ \t]+([A-Za-zß-ɏ]{2,3})(?=[ \t]*(?:[;,.]|$))")
_DASH_AT_END = re.compile(r"(?m)[ \t][—–-][ \t]*\(?([a-zß-ɏ]{2,3}|[A-Z]\.)\)?[ \t]*$")  # "melding VTO-1 – im", "– H."
_DATED_SIGN = re.compile(r"(?m)^[ \t]*\(?([A-Za-z]{2,3})\)?[ \t]*/[ \t]*\d{1,2}[-/. ][ \t]?(?:\d{1,2}|[a-z]{3})[\w.-]*[ \t]*$")
# ("MA / 22 feb.", "(SD) / 7-11-2025", "tv / 15/12": who wrote it and when, alone on a line)
# Who did it, lower case: "Dienst: K. Bouzid en lr", "paraaf: DA / bj"; "lk pakt het op" at a
# line's start or after a chat's author.
_LOWER_TOO = re.compile(r"(?m)^[ \t]*(?i:dienst|aanwezig|aanwezigen|triage|verbalisanten|paraaf)[ \t]*:[^\n]*?[ \t]"
                        r"(?:en|&|/)[ \t]+\(?([A-Za-zß-ɏ]{2,3})\)?[ \t]*$")
_LOWER_ACTOR = re.compile(r"(?m)(?:^|:)[ \t]*([a-zß-ɏ]{2,3})(?=[ \t]+[a-z]{2,}t\b)")
_LETTER_ACTOR = re.compile(r"(?<![\w.])([a-z]\.)(?=[ \t]+(?:is|was|heeft|had|komt|kwam|zegt|zei|gaat|ging|wil|wilde|zit|"
                           r"zat|wordt|werd)\b)")  # "hiwet: b. is al drie dagen niet op school"
_LETTER_IN_BRACKETS = re.compile(r"\(([A-Z]\.)\)")  # "groep 'Casus (E.)' aangemaakt"
_AFTER_NAME = re.compile(r"(?<=[^\W\d_\]])[ \t]\(([^\W\d_]{2,3})\)")
# Minutes and exports: a speaker at a line's start ("- LS: Concentratie is wisselend", "- SMW (SL):"),
# a table's cell of initials alone ("| JV |", "\tMC\t", ";GS;"), who acts ("Actie: ko / SB / wk 22",
# "– AnS – z.s.m."), to whom it went ("Doorgezet naar BV."), who is away ("TP is 18/8 afwezig"),
# the author's field ("Auteur: GS").
_INITIALS_WORD = r"[^\W\d_]{2,4}"
_SPEAKER = re.compile(rf"(?m)^[ \t]*[-•*][ \t]*(?:[^\W\d_]{{2,6}}[ \t]+\()?({_INITIALS_WORD})\)?[ \t]*:")
_CELL = re.compile(rf"(?:(?<=\|)|(?<=\t)|(?<=;)|(?m:^))[ \t]*({_INITIALS_WORD})[ \t]*(?=\||\t|;|$)", re.M)
_WHO = rf"(?:{_INITIALS_WORD}|(?:[A-Za-z]\.){{1,3}}|\[initialen\])"
_WHO_ACTS = re.compile(rf"(?i:actie|acties|wie|uitvoerder|eigenaar)[ \t]*:?[ \t]*({_WHO}(?:[ \t]*/[ \t]*{_WHO})*)"
                       rf"(?=[ \t]*(?:/|[–—-][ \t]|$))", re.M)
_PART = re.compile(r"(?<![\w\[.])(?:(?:[A-Za-z]\.){1,3}|[^\W\d_]{2,4}(?![\w\]]))")
_BETWEEN_DASHES = re.compile(rf"[ \t][–—][ \t]+({_INITIALS_WORD})[ \t]+[–—][ \t]+(?:z\.s\.m|wk|week|\d|voor|na|uiterlijk)")
_PASSED_TO = re.compile(rf"(?i:doorgezet|overgedragen|doorgestuurd|overgedaan|uitgezet)[ \t]+(?i:naar|aan|bij)[ \t]+"
                        rf"({_INITIALS_WORD})(?=[ \t]*[.,;)]|[ \t]*$)", re.M)
_AWAY = re.compile(rf"(?m)^[ \t]*(?:[-•*][ \t]*)?({_INITIALS_WORD})[ \t]+is[ \t]+(?:\d{{1,2}}[./-]\d{{1,2}}|morgen|vandaag|volgende)")
# A GP's journal: who saw the patient, before the ICPC code ("tel. wb [S88 eczeem]", "visite LZ [P06]").
_BEFORE_CODE = re.compile(r"(?<![\w.])([^\W\d_]{2,3})(?=[ \t]*\[[A-Z]\d{2}\b)")
_AUTHOR = re.compile(rf"(?i:auteur|author|ingevoerd[ \t]+door|invoerder|door)[ \t]*:[ \t]*({_INITIALS_WORD})(?=[ \t]|$)", re.M)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+|\])[ \t]*$")
_BRACKETED_WORDS = {"ex", "oma", "opa", "mam", "pap", "zus", "oom", "jr", "sr", "vk", "lk", "ib", "ha", "pm", "ggd", "jgz",
                    "smw", "poh", "mw", "wt", "vt", "af", "gz", "ja", "nee", "wel", "ok", "hij", "zij", "kdv", "bso",
                    "en", "of", "op", "in", "de", "het", "een", "is", "al", "nu", "zo", "wat", "wie", "dan", "nog",
                    "ook", "er", "te", "ik", "je", "ze", "we", "wij", "jij", "u", "bij", "van", "tot", "met", "om", "na",
                    "uit", "aan", "mag", "kan", "was", "had", "ben", "zie", "zag", "dag", "nav", "tav", "ivm", "etc"}


_SIGN_HINT = re.compile(r"(?m)^[ \t]*[—–-]{1,2}[ \t]*\(?[A-Za-zß-ɏ]{2,3}\b")
_SIGN_WORDS = ("verslag", "paraaf", "getekend", "triage", "notulist", "door", "dienst", "aanwezig")
# Real words among two- and three-letter tokens (the rest of the list above are abbreviations
# that are also initials: "jr", "lk", "wt").
_SHORT_WORDS = _BRACKETED_WORDS - {"jr", "sr", "vk", "lk", "ib", "ha", "pm", "ggd", "jgz", "smw", "poh", "mw", "wt", "vt",
                                   "af", "gz", "kdv", "bso"}


class _Words:
    """What a short token is, by the lexicon: a word, someone's initials, a role's abbreviation."""

    def __init__(self) -> None:
        from assistant.privacy.lexicon import lexicon  # (the lexicon reads this module's abbreviations)

        self.lex = lexicon()

    def no_word(self, word: str) -> bool:
        key = word.lower()
        return key not in _SHORT_WORDS and key not in self.lex.stop

    def someones(self, word: str) -> bool:  # "nv", "RS", "YeK"; not "ok", "IB"
        return self.no_word(word) and (not word.isupper() or word not in ROLE_ABBREVIATIONS)

    def no_listed_word(self, word: str) -> bool:
        return self.no_word(word) and not self.lex.is_word(word)

    def initials_like(self, word: str, *, strong: bool = True) -> bool:  # "LS", "gk", "AnS", "ŁK"; not "IB", "bij"
        if word in ABBREVIATIONS or word.upper() in ABBREVIATIONS:
            return False
        if word.isupper() or re.fullmatch(r"[^\W\d_][a-z]?[^\W\d_]{1,2}", word) and word[0].isupper() and word[-1].isupper():
            return True
        return word.islower() and len(word) <= 3 and self.no_word(word) and (strong or not self.lex.is_word(word)) \
            and word not in self.lex.first  # ("Opgesteld door: tim van der veen": a name, the person rules' own)

    def loose(self, word: str) -> bool:  # a table's cell: also no listed word ("| ms |" may be a unit)
        return self.initials_like(word, strong=False)


def _initials_in_place(text: str) -> str:
    w = _Words()
    low = text.lower()
    signed = any(word in low for word in _SIGN_WORDS) or _SIGN_HINT.search(text) is not None
    brackets = "(" in text

    def holds(words: tuple[str, ...]) -> bool:
        return any(word in low for word in words)

    rules: list[tuple[re.Pattern[str], Callable[[str], bool], bool]] = [
        (_SIGNED_LOWER, w.someones, signed),
        (_LOWER_TOO, w.someones, signed),
        (_DATED_SIGN, w.someones, True),
        (_DASH_AT_END, lambda word: word.endswith(".") or w.no_listed_word(word), True),
        (_LOWER_ACTOR, lambda word: w.no_listed_word(word) and word.upper() not in ABBREVIATIONS, True),
        (_LETTER_ACTOR, lambda word: True, True),
        (_LETTER_IN_BRACKETS, lambda word: True, brackets),
        (_LOWER_BEFORE_ROLE, lambda word: word not in _BRACKETED_WORDS, brackets),
        (_SPEAKER, w.initials_like, True),
        (_CELL, w.loose, "|" in text or "\t" in text or ";" in text),
        (_BETWEEN_DASHES, w.initials_like, "–" in text or "—" in text),
        (_PASSED_TO, w.initials_like, holds(("doorgezet", "overgedragen", "doorgestuurd", "overgedaan", "uitgezet"))),
        (_AWAY, w.initials_like, " is " in text),
        (_AUTHOR, w.initials_like, holds(("auteur", "author", "door", "invoerder"))),
        (_BEFORE_CODE, w.initials_like, "[" in text),
    ]
    spans: list[tuple[int, int]] = []
    for regex, check, present in rules:
        for m in regex.finditer(text) if present else ():
            group = next(g for g in range(1, (regex.groups or 0) + 1) if m.group(g))
            if check(m.group(group)):
                spans.append(m.span(group))
    if holds(("actie", "wie", "uitvoerder", "eigenaar")):
        spans += _who_acts(text, w)
    if brackets:
        spans += _after_names(text, w)
    last = len(text) + 1
    for start, end in sorted(set(spans), reverse=True):
        if end > last:
            continue  # (two rules on one span: replaced once)
        text = text[:start] + "[initialen]" + text[end:]
        last = start
    return text


def _who_acts(text: str, w: _Words) -> list[tuple[int, int]]:
    """Each of who acts: "Actie: ko / SB / wk 22", "Actie: A.K. / gk / z.s.m."."""
    spans = []
    for m in _WHO_ACTS.finditer(text):
        for part in _PART.finditer(text, m.start(1), m.end(1)):
            letters = part.group(0).replace(".", "")
            if part.group(0).endswith(".") and letters.lower() not in _NOT_INITIALS or w.initials_like(part.group(0)):
                spans.append(part.span())
    return spans


def _after_names(text: str, w: _Words) -> list[tuple[int, int]]:
    """Initials in brackets after a name or a professional: "Gerapporteerd door T. Schipper
    (TS)", "giovanni (BJ)", "jeugdverpleegkundige (OV)"; not a role: "Marloes (IB)"."""
    spans = []
    for m in _AFTER_NAME.finditer(text):
        word = m.group(1)
        named = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1) \
            or _person_before(text[text.rfind(" ", 0, m.start()) + 1:m.start()].strip(",;"))
        if word.islower() and named and w.no_word(word) and word.upper() not in ROLE_ABBREVIATIONS \
                or word.isupper() and word not in ROLE_ABBREVIATIONS and (named or word not in ABBREVIATIONS):
            spans.append(m.span(1))
    return spans


def _strong(text: str, m: re.Match[str], token: str, line: str, before: str) -> bool:
    """Where even an abbreviation of the field is someone's initials: "Pt NB", "Gr. CT", "– MR",
    "Verbalisanten: NB / DA", "Actie: HA – terugkoppeling"."""
    signed = (_END_AFTER.match(text, m.end()) or _PROFESSION_SIGNED.match(text, m.end())) and (
        _SIGNED_BEFORE.search(before) or len(token) == 2 and _SIGN_BEFORE.search(before))
    listed = _LIST_CUE.search(line) and (_ROLE_AFTER.match(text, m.end()) or _OFFICERS.search(line)) \
        or _PERSON_CUE.search(line)
    return bool(_PATIENT_AFTER.match(text, m.end()) or signed or listed
                or (_ONE_CUE.search(line) or _ACTION_BEFORE.search(line))
                and (_ACTION_VERB.match(text, m.end()) or _OWNER_AFTER.match(text, m.end())))


def undotted_initials(text: str) -> str:
    text = _initials_in_place(text)
    if not any(c.isupper() for c in text):
        return text
    parts: list[str] = []
    last = 0
    for m in _UNDOTTED.finditer(text):
        token = m.group(0)
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        before = text[max(0, m.start() - 6):m.start()]
        role = token in ROLE_ABBREVIATIONS or token.upper() in ROLE_ABBREVIATIONS
        abbreviation = role or token in ABBREVIATIONS or token.upper() in ABBREVIATIONS
        strong = abbreviation and _strong(text, m, token, line, before)
        if token in ROLE_ABBREVIATIONS and not strong:
            continue
        placed = _LIST_CUE.search(line) or _ONE_CUE.search(line) or _ROLE_AFTER.match(text, m.end()) \
            or _PATIENT_AFTER.match(text, m.end()) or _END_AFTER.match(text, m.end()) and _SIGN_BEFORE.search(before) \
            or _DONE_AFTER.match(text, m.end()) \
            or not token.islower() and _ACTION_BEFORE.search(line) \
            or _PROFESSION_SIGNED.match(text, m.end()) and _SIGN_BEFORE.search(before) \
            or _END_AFTER.match(text, m.end()) and _OWNER_BEFORE.search(before) \
            or _CASE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            or _WITH_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if abbreviation and not strong and not (placed and not role):
            continue
        if placed:
            parts.append(text[last:m.start()])
            parts.append("[initialen]")
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


# Abbreviations that look like initials: "N.B.", "o.a.", "i.v.m.", "t.a.v.", "v.a." (vanaf).
# "B.V.", "P.C.", "O.V." are just as often someone's initials: those go (privacy first).
_NOT_CAPITAL_INITIALS = {"NB", "PS", "AUB", "SVP", "VS", "EU", "OK", "TV", "VT", "IB"}
_NOT_INITIALS = {
    "nb", "ps", "aub", "svp", "oa", "ivm", "tav", "mvg", "vs", "eu", "bv", "nv", "dwz", "mbt", "zsm", "as", "nav",
    "ed", "ea", "mi", "tzt", "iom", "cq", "vd", "pm", "am", "nvt", "obv", "ipv", "tov", "muv", "ism", "dd", "eea",
    "vwb", "zoz", "tbv", "icm", "mmv", "adhv", "nl", "mn", "va", "ca", "ie", "eg", "rip", "wc", "ov", "ao", "sv",
    "bijv", "evt", "gr", "vlgs", "ib", "mw", "ggd", "vt", "ad", "ok", "ov", "op", "io", "pc", "tv",
}


# After these, letters with dots are someone's initials even when they read like "N.B." or "T.V.".
_PERSON_BEFORE = {"pt", "pte", "patiënt", "patient", "patiënte", "leerling", "cliënt", "client", "cliënte", "kind",
                  "meisje", "jongen", "dhr", "mw", "mevr", "mevrouw", "meneer", "betrokkene", "juf", "meester", "zoon",
                  "dochter", "broer", "zus", "vader", "moeder", "oom", "tante", "opa", "oma", "melder", "verdachte",
                  "baby", "jeugdige", "pupil", "bewoner", "bewoonster", "collega", "door", "met", "aan", "actie",
                  "verslag", "aanwezig", "afwezig", "notulist", "verbalisant", "verbalisanten", "namens", "cc"}
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[.:]?[ \t]+$")


def _person_before(word: str) -> bool:
    """A word after which dotted letters are someone's: "Pt N.B.", "SPV O.K.", "GZ-psycholoog B.a.M."."""
    from assistant.privacy.lexicon import PROFESSION_NOUNS  # (the lexicon reads this module's abbreviations)

    key = word.lower()
    return key in _PERSON_BEFORE or key in PROFESSION_NOUNS or word in ROLE_ABBREVIATIONS or key in {"spv", "intaker"}


_ABBREVIATION_THEN_INITIALS = re.compile(r"((?:[a-z]\.\s?){2,3}\s*)((?:[A-Z]\.\s?)(?:[a-z]\.\s?){0,2}(?:[A-Z]\.\s?){0,2}[A-Z]\.?\s?)")


# Letters with dots: "D.J.", "k.s.", "S.v.d.B." (a rule of patterns.PATTERNS, in its order).
DOTTED = r"(?<![\w.])(?:[^\W\d_]\.\s?){1,4}[^\W\d_]\.?(?![\w])"


def dotted_initials(m: re.Match[str]) -> str | None:
    """``D.J.``, ``A.B.C.``, ``k.s.``, ``S.v.d.B.``, ``H.Đ.`` on their own: a person's initials
    (a vault person's initials with a surname are the vault's; "N.B.", "o.a." and the like are
    no one's, unless a word before or the end of a message says they are: "Pt N.B.", "– T.V.")."""
    text = m.group(0)
    split = _ABBREVIATION_THEN_INITIALS.fullmatch(text)
    if split:  # "psychiater i.o. A.O.": the abbreviation stays, the initials go
        return split.group(1) + "[initialen]" + (" " if text.endswith(" ") else "")
    letters = re.sub(r"[^\w]|[\d_]", "", text)
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    signs = _SIGN_BEFORE.search(m.string[max(0, m.start() - 6):m.start()])
    someone = before is not None and _person_before(before.group(1)) \
        or (_END_AFTER.match(m.string, m.end()) is not None or _PROFESSION_SIGNED.match(m.string, m.end())) and signs \
        or _END_AFTER.match(m.string, m.end()) is not None and _OWNER_BEFORE.search(m.string, max(0, m.start() - 3), m.start())
    person = before is not None and _person_before(before.group(1))
    if text.count(".") < 2 or not someone and letters.isupper() and letters in _NOT_CAPITAL_INITIALS \
            or not person and letters.islower() and letters in _NOT_INITIALS:
        return None  # (not "– z.s.m." closing an action)
    particles = len(letters) >= 3 and letters[0].isupper() and letters[-1].isupper() \
        and all(c in "vdtae" for c in letters[1:-1] if c.islower())  # S.v.d.B., I.d.W., M.a.K. (al), A.e.I. (el)
    if not (letters.isupper() or letters.islower() or particles):
        return None
    return "[initialen]" + (" " if m.group(0).endswith(" ") else "")
