"""Dutch identifiers found by their shape: accounts, numbers, addresses, dates of birth.

Two groups, run at different moments of ``Redactor.redact``:

- ``redact_accounts`` first, before the vault names: e-mail addresses, profile URLs and
  social-media handles (``@daan_2014``, ``insta: sanne.x``) go whole, whoever's name is in them.
- ``redact_patterns`` after the vault names: IBAN (mod-97), BSN (11-test, also with dots or
  spaces), phone numbers (also without separators or with 0031), licence plates, postcodes,
  street and house number (``12-III``, ``4a``, ``233 bis``), school and childcare names after
  their kind, initials on their own (``D.J.``) and dates of birth. These run before deduce
  because deduce splits some of them (an IBAN becomes ``NL91ABNB[ID-1]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Rule = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]]
ACCOUNTS: list[Rule] = []
PATTERNS: list[Rule] = []
# A rule's words, one of which a text must hold (lower case) before its regular expression runs:
# most notes have no address or school, and the expressions for those are the slow ones.
_HINTS: dict[int, tuple[str, ...] | re.Pattern[str]] = {}


def _rule(group: list[Rule], kind: str, regex: str, flags: int = 0, *,
          hint: tuple[str, ...] | re.Pattern[str] = ()) -> Callable[[Callable[[re.Match[str]], str | None]], None]:
    def register(make: Callable[[re.Match[str]], str | None]) -> None:
        compiled = re.compile(regex, flags)
        if hint:
            _HINTS[id(compiled)] = hint
        group.append((kind, compiled, make))

    return register


def _apply(rules: list[Rule], text: str) -> str:
    low = text.lower()
    for _, regex, make in rules:
        hint = _HINTS.get(id(regex))
        if hint and not (hint.search(low) if isinstance(hint, re.Pattern) else any(word in low for word in hint)):
            continue

        def substitute(m: re.Match[str]) -> str:
            replacement = make(m)
            return m.group(0) if replacement is None else replacement

        changed = regex.sub(substitute, text)
        if changed != text:
            text, low = changed, changed.lower()
    return text


def redact_accounts(text: str) -> str:
    return _apply(ACCOUNTS, text) if ("@" in text or "." in text or ":" in text or " " in text) else text


def redact_patterns(text: str) -> str:
    return _undotted_initials(_apply(PATTERNS, text))


# -- initials without dots, where initials are written: "Actie: SR belt moeder", "Aanwezig: KT
# (IB), SP (lk)", "Verbalisanten: CZ / RK", "Consult 16 mei, DM Pt: ...", "... – GB" signing off.
# Two to four capitals (one lower-case letter between allowed: "MvD", "NdH"); known abbreviations
# (VT, GGD, IB, SMW, MDO) are no one's.
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
_UNDOTTED = re.compile(rf"(?<![\w.@/#-])[{_CAPS}](?:[a-z]{{1,2}})?[{_CAPS}]{{1,2}}(?![\w.@-])")
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
}
# Of those, the ones that name a role or a service, and so may stand where a person's initials
# stand ("Actie: IB", "Marloes (IB)", "overleg met GGD"). The others ("JR", "ZH", "TV", "NB") are
# someone's initials there: "actie: JR – ouders uitnodigen", "Tjitske (TV)".
ROLE_ABBREVIATIONS = {
    "VT", "GGD", "IB", "IBR", "SMW", "JGZ", "CJG", "POH", "HA", "AMK", "LK", "PM", "WMO", "JB", "ZAT", "UWV", "SVB", "IND",
    "COA", "JVK", "AF", "MR", "DR", "RvdK", "RvK", "OM", "BOA", "GI", "WIJ", "SEH", "GGZ", "MDO", "BSO", "KDV",
    "CBS", "OBS", "KBS", "SBO", "VSO", "SO", "VO", "PO", "ROC", "UMC", "MC", "KNO", "LVB", "KOPP", "HR", "ICT", "IT", "MVG",
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
    r"|(?i:verslag|paraaf|getekend|triage|notulist|door|ingevuld[ \t]+door)[ \t]*:?[ \t]+([A-Za-zß-ɏ]{2,3})(?=[ \t]*(?:[;,]|$))")
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
_AFTER_NAME = re.compile(r"(?<=[a-zà-ÿ\]])[ \t]\(([A-Za-z]{2,3})\)")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+|\])[ \t]*$")
_BRACKETED_WORDS = {"ex", "oma", "opa", "mam", "pap", "zus", "oom", "jr", "sr", "vk", "lk", "ib", "ha", "pm", "ggd", "jgz",
                    "smw", "poh", "mw", "wt", "vt", "af", "gz", "ja", "nee", "wel", "ok", "hij", "zij", "kdv", "bso",
                    "en", "of", "op", "in", "de", "het", "een", "is", "al", "nu", "zo", "wat", "wie", "dan", "nog",
                    "ook", "er", "te", "ik", "je", "ze", "we", "wij", "jij", "u", "bij", "van", "tot", "met", "om", "na",
                    "uit", "aan", "mag", "kan", "was", "had", "ben", "zie", "zag", "dag", "nav", "tav", "ivm", "etc"}


_SIGN_HINT = re.compile(r"(?m)^[ \t]*[—–-]{1,2}[ \t]*\(?[A-Za-zß-ɏ]{2,3}\b|(?i:verslag|paraaf|getekend|triage|notulist|door|dienst|aanwezig)")
# Real words among two- and three-letter tokens (the rest of the list above are abbreviations
# that are also initials: "jr", "lk", "wt").
_SHORT_WORDS = _BRACKETED_WORDS - {"jr", "sr", "vk", "lk", "ib", "ha", "pm", "ggd", "jgz", "smw", "poh", "mw", "wt", "vt",
                                   "af", "gz", "kdv", "bso"}


def _initials_in_place(text: str) -> str:
    from assistant.privacy.lexicon import lexicon  # (the lexicon reads this module's abbreviations)

    lex = lexicon()
    signed = _SIGN_HINT.search(text) is not None
    brackets = "(" in text

    def no_word(word: str) -> bool:
        key = word.lower()
        return key not in _SHORT_WORDS and key not in lex.stop

    def someones(word: str) -> bool:  # "nv", "RS", "YeK"; not "ok", "IB"
        return no_word(word) and (not word.isupper() or word not in ROLE_ABBREVIATIONS)

    rules: list[tuple[re.Pattern[str], Callable[[str], bool], bool]] = [
        (_SIGNED_LOWER, someones, signed),
        (_LOWER_TOO, someones, signed),
        (_DATED_SIGN, someones, True),
        (_DASH_AT_END, lambda w: w.endswith(".") or no_word(w) and not lex.is_word(w), True),
        (_LOWER_ACTOR, lambda w: no_word(w) and not lex.is_word(w) and w.upper() not in ABBREVIATIONS, True),
        (_LETTER_ACTOR, lambda w: True, True),
        (_LETTER_IN_BRACKETS, lambda w: True, brackets),
        (_LOWER_BEFORE_ROLE, lambda w: w not in _BRACKETED_WORDS, brackets),
    ]
    spans: list[tuple[int, int]] = []
    for regex, check, present in rules:
        for m in regex.finditer(text) if present else ():
            group = next(g for g in range(1, (regex.groups or 0) + 1) if m.group(g))
            if check(m.group(group)):
                spans.append(m.span(group))
    for m in _AFTER_NAME.finditer(text) if brackets else ():
        word = m.group(1)  # "Gerapporteerd door T. Schipper (TS)", "giovanni (BJ)", "jeugdverpleegkundige (OV)"
        named = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1) \
            or _person_before(text[text.rfind(" ", 0, m.start()) + 1:m.start()].strip(",;"))
        if word.islower() and named and no_word(word) \
                or word.isupper() and word not in ROLE_ABBREVIATIONS and (named or word not in ABBREVIATIONS):
            spans.append(m.span(1))
    last = len(text) + 1
    for start, end in sorted(set(spans), reverse=True):
        if end > last:
            continue  # (two rules on one span: replaced once)
        text = text[:start] + "[initialen]" + text[end:]
        last = start
    return text


def _undotted_initials(text: str) -> str:
    text = _initials_in_place(text)
    if not any(c.isupper() for c in text):
        return text
    parts: list[str] = []
    last = 0
    for m in _UNDOTTED.finditer(text):
        token = m.group(0)
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        before = text[max(0, m.start() - 6):m.start()]
        signed = (_END_AFTER.match(text, m.end()) or _PROFESSION_SIGNED.match(text, m.end())) and (
            _SIGNED_BEFORE.search(before) or len(token) == 2 and _SIGN_BEFORE.search(before))  # "Gr. CT", "– MR"
        listed = _LIST_CUE.search(line) and (_ROLE_AFTER.match(text, m.end()) or _OFFICERS.search(line)) \
            or _PERSON_CUE.search(line)
        strong = _PATIENT_AFTER.match(text, m.end()) or signed or listed \
            or (_ONE_CUE.search(line) or _ACTION_BEFORE.search(text, 0, m.start())) \
            and (_ACTION_VERB.match(text, m.end()) or _OWNER_AFTER.match(text, m.end()))
        if token in ROLE_ABBREVIATIONS and not strong:
            continue
        placed = _LIST_CUE.search(line) or _ONE_CUE.search(line) or _ROLE_AFTER.match(text, m.end()) \
            or _PATIENT_AFTER.match(text, m.end()) or _END_AFTER.match(text, m.end()) and _SIGN_BEFORE.search(before) \
            or _DONE_AFTER.match(text, m.end()) \
            or _ACTION_BEFORE.search(text, 0, m.start()) and not token.islower() \
            or _PROFESSION_SIGNED.match(text, m.end()) and _SIGN_BEFORE.search(before) \
            or _END_AFTER.match(text, m.end()) and _OWNER_BEFORE.search(before) \
            or _CASE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            or _WITH_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if (token in ABBREVIATIONS or token.upper() in ABBREVIATIONS) and not strong and not (
                placed and token.upper() not in ROLE_ABBREVIATIONS and token not in ROLE_ABBREVIATIONS):
            continue
        if placed:
            parts.append(text[last:m.start()])
            parts.append("[initialen]")
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


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


# -- accounts: e-mail, profile URLs, handles --------------------------------------------

_PLATFORMS = r"(?:insta(?:gram)?|ig|tik\s?tok|tt|snap(?:chat)?|sc|facebook|fb|twitter|telegram|discord|threads|youtube|twitch|x)"


@_rule(ACCOUNTS, "e-mail", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
def _email(m: re.Match[str]) -> str | None:
    return "[e-mail]"


@_rule(ACCOUNTS, "account",
       r"(?<![\w/.])(?:https?://)?(?:www\.|m\.|vm\.)?"
       r"(?:instagram\.com|tiktok\.com|facebook\.com|fb\.com|fb\.me|snapchat\.com|twitter\.com|x\.com|"
       r"youtube\.com|twitch\.tv|t\.me|threads\.net|linkedin\.com|discord\.gg|wa\.me)/[^\s,;()]+", re.IGNORECASE)
def _profile_url(m: re.Match[str]) -> str | None:
    return "[account]"


@_rule(ACCOUNTS, "url", r"(?<![\w/.@])(?:https?://|www\.)[^\s,;()<>]+", re.IGNORECASE)
def _url(m: re.Match[str]) -> str | None:
    return "[url]"


@_rule(ACCOUNTS, "account", r"(?<![\w@.])@[\w.]{2,30}(?<!\.)")
def _handle(m: re.Match[str]) -> str | None:
    return "[account]"


@_rule(ACCOUNTS, "account",
       rf"(?<![^\s(\[\"'])({_PLATFORMS}(?:[\s-]?(?:naam|name|account|profiel|handle|id))?\s*(?:[:=]\s*|\s+(?:als|is|heet)\s+|\s+))"
       r"([\w][\w.]{1,29}[\w])(?![\w@])", re.IGNORECASE)
def _platform_handle(m: re.Match[str]) -> str | None:
    """``snapchat sannetje12``, ``insta: sanne.x``: a handle after the platform's name has a
    digit, dot or underscore, or comes after a colon (an ordinary word after "tiktok" stays)."""
    handle = m.group(2)
    if re.search(r"[\d._]", handle) or re.search(r"[:=]", m.group(1)):
        return f"{m.group(1)}[account]"
    from assistant.privacy.lexicon import _key, lexicon  # (the lexicon reads this module's abbreviations)

    lex = lexicon()
    key = _key(handle)
    if len(key) >= 4 and not lex.is_word(key) and key not in lex.stop and key not in lex.not_names:
        return f"{m.group(1)}[account]"  # "Snapchat xavestax": no word, so a handle
    return None


# -- numbers ------------------------------------------------------------------------------

# A case's number at Veilig Thuis, the police, a court or in a client file links the note to a
# person as surely as a name: after its label anything with a digit ("Ons kenmerk: 2026/VT/90209",
# "Dossiernummer: VCP 278", "zaaknr 24-118"); without a label a code of capitals, a dash and five
# digits or a year ("melding VTO-648852", "VCP-2026-009"; not "COVID-19", "JO13-2").
_CASE_LABEL = (r"(?:ons|uw|onze|jullie|your|our)?\s*(?:kenmerk|referentie|ref\.?|zaaknummer|zaaknr\.?|zaak-?id|"
               r"dossiernummer|dossiernr\.?|dossier-?id|cli[eë]ntnummer|cli[eë]ntnr\.?|registratienummer|"
               r"meldingsnummer|meldingnummer|meldnummer|parketnummer|parketnr\.?|ticketnummer|case\s+(?:number|no\.?|id)|"
               r"reference|ref\s+no\.?|patiëntnummer|patientnummer|pati[eë]ntnr\.?|leerlingnummer|"
               r"bvh-?nummer|pv-?nummer|proces-?verbaalnummer|mutatienummer)")


@_rule(PATTERNS, "kenmerk",
       rf"(?<![\w])((?i:{_CASE_LABEL})\s*(?:[:#]\s*|\s))([A-Za-z]{{0,6}}[ /.-]?\d[\w/.-]*(?:[ ]\d[\w/.-]*)?)(?<![.,])",
       hint=re.compile(r"kenmerk|ref|nummer|nr|dossier|zaak|case|id"))
def _case_number(m: re.Match[str]) -> str | None:
    return f"{m.group(1)}[kenmerk]"


@_rule(PATTERNS, "kenmerk", r"(?<![\w/-])[A-Z]{2,5}[- ](?:\d{5,}|(?:19|20)\d\d[-/]\d{2,}|\d{2,4}-\d{3,})(?![\w/-])")
def _bare_case_number(m: re.Match[str]) -> str | None:
    return "[kenmerk]"


@_rule(PATTERNS, "iban", r"(?<![\w])[A-Za-z]{2}\d{2}(?:[\s.-]?[A-Za-z0-9]{4}){2,7}(?:[\s.-]?[A-Za-z0-9]{1,4})?(?![\w])")
def _iban(m: re.Match[str]) -> str | None:
    """NL91 ABNA 0417 1643 00, with spaces, dots or dashes between the groups, or none."""
    text = m.group(0)
    compact = re.sub(r"[\s.-]+", "", text).upper()
    if iban_valid(compact) or re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", compact):
        return "[iban]"
    return None


@_rule(PATTERNS, "telefoonnummer", r"(?<![\w+])(?:\+\s?31|00\s?31|\(0|0)[\d \t()./-]{7,18}\d(?![\w-])")
def _phone(m: re.Match[str]) -> str | None:
    """Dutch numbers: 10 digits from the leading 0, or +31/0031 and the rest (an optional (0)
    between), typed with or without spaces, dashes, dots or brackets."""
    text = m.group(0)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        national = digits[2:]
    elif re.match(r"00\s?31", text):
        national = digits[4:]
    else:
        return "[telefoonnummer]" if len(digits) == 10 and digits.startswith("0") else None
    # +31 and 8 to 10 more digits, whatever the (0) or a typo: still someone's number
    return "[telefoonnummer]" if 8 <= len(national) <= 10 else None


@_rule(PATTERNS, "bsn", r"(?<![\w.,-])(?:\d{3}-\d{3}-\d{3}|\d(?:[ .]?\d){7,8})(?![\w-]|[.,]\d)")
def _bsn(m: re.Match[str]) -> str | None:
    """Nine (or eight) digits passing the 11-test, also typed as 123.456.782 or 1234 56 782."""
    return "[bsn]" if bsn_valid(m.group(0)) else None


@_rule(PATTERNS, "kenteken", r"(?<![\w-])(?:[A-Za-z]{1,3}|\d{1,3})-(?:[A-Za-z]{1,3}|\d{1,3})-(?:[A-Za-z]{1,3}|\d{1,3})(?![\w-])")
def _plate(m: re.Match[str]) -> str | None:
    """Every Dutch sidecode (XX-99-99 to 999-XX-9): six characters in three groups, letters and digits."""
    compact = m.group(0).replace("-", "")
    if len(compact) != 6 or compact.isdigit() or compact.isalpha():
        return None
    if not m.group(0).isupper() and not m.group(0).islower():
        return None  # "Ex-Man-3"-like mixed case is no plate
    return "[kenteken]"


# The sidecodes of Dutch plates, as shapes (X a letter, 9 a digit), for plates typed without dashes.
_SIDECODES = {"XX9999", "99XX99", "XX99XX", "XXXX99", "99XXXX", "99XXX9", "9XXX99", "XX999X", "X999XX",
              "XXX99X", "X99XXX", "9XX999", "999XX9"}


@_rule(PATTERNS, "kenteken", r"(?<![\w-])(?:[A-Z0-9]{6}|[A-Z0-9]{1,3} [A-Z0-9]{1,3} [A-Z0-9]{1,3})(?![\w-])")
def _plate_undashed(m: re.Match[str]) -> str | None:
    """``S627FN``, ``LDTG12``, ``VR 69 XJ``: a plate typed without dashes, when its letters and
    digits fall as a Dutch sidecode does (in the sidecode's own groups, when spaced)."""
    groups = m.group(0).split()
    compact = "".join(groups)
    shape = "".join("9" if c.isdigit() else "X" for c in compact)
    if len(compact) != 6 or shape not in _SIDECODES:
        return None
    if len(groups) > 1 and any(g.isdigit() == g.isalpha() for g in groups):
        return None  # spaced: each group all letters or all digits, as on the plate
    return "[kenteken]"


@_rule(PATTERNS, "kenteken", r"(?i:auto|kenteken|wagen|bus|busje|scooter|brommer|motor|car|plate)(?:[ \t]+(?:ex|van|is|:))?"
                             r"[ \t:]+([a-z0-9]{6})(?![\w-])")
def _plate_lower(m: re.Match[str]) -> str | None:
    """``auto ex 79zrs8``: a plate in lower case, after the vehicle it belongs to."""
    plate = m.group(1)
    shape = "".join("9" if c.isdigit() else "X" for c in plate)
    if shape not in _SIDECODES:
        return None
    return m.group(0)[:m.start(1) - m.start()] + "[kenteken]"


@_rule(PATTERNS, "telefoonnummer", r"(?<![\w+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:[ \t./-]?\(?\d\)?){5,11}[ \t./-]?\d(?![\w-])")
def _foreign_phone(m: re.Match[str]) -> str | None:
    """A number abroad: +44 7211 323476, +32 412 35 76 08, 0090 555 036 09 08."""
    digits = re.sub(r"\D", "", m.group(0))
    return "[telefoonnummer]" if 8 <= len(digits) <= 15 else None


@_rule(PATTERNS, "postcode", r"(?<![\w])[1-9]\d{3}[ \t]{0,2}(?:[A-Z]{2}|[a-z]{2})(?![\w])")
def _postcode(m: re.Match[str]) -> str | None:
    """``1234 AB``, ``1234AB``, ``1234  AB``; in lower case (``3594 hm``) only where an address
    puts it: after a house number or a comma, or before a place, and no word ("2015 en")."""
    text = m.group(0)
    if text[-1].isupper() or " " not in text and "\t" not in text:
        return "[postcode]"
    if text[-2:] in _NOT_POSTCODE_LETTERS:
        return None
    before = m.string[max(0, m.start() - 12):m.start()]
    after = m.string[m.end():m.end() + 3]
    if _ADDRESS_BEFORE.search(before) or _PLACE_AFTER.match(after):
        return "[postcode]"
    return None


_NOT_POSTCODE_LETTERS = {"en", "op", "in", "is", "de", "te", "al", "na", "om", "of", "ze", "we", "je", "zo", "ik", "ja",
                         "nu", "er", "uw", "ca", "tm", "mm", "cm", "km", "kg", "jr", "mg", "ml", "st", "nr", "um", "am",
                         "pm", "hr", "to", "at", "or", "an", "on", "by", "as", "it", "he", "me", "my", "us", "no", "so"}
_ADDRESS_BEFORE = re.compile(r"(?:\d[a-zA-Z]{0,3}|\b[IV]{1,3}|\bhs|\bbis|,)[ \t]*$")
_PLACE_AFTER = re.compile(r"[ \t,]+[A-Z][a-z]")


# -- addresses ----------------------------------------------------------------------------

_STREET_WORDS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "hof", "pad", "dijk", "steeg",
                 "markt", "park", "ring", "baan", "plantsoen", "wal", "erf", "veld", "boulevard", "allee", "oord",
                 "dam", "haven", "burg", "water", "hoek", "zijde", "kwartier", "gaarde", "akker", "wetering", "vaart",
                 "dreve", "rade", "straatweg", "stede", "gang", "laantje", "straatje", "pleintje", "str.", "ln.",
                 "pln.")
_STREET_SUFFIX = "(?:" + "|".join(re.escape(w) for w in _STREET_WORDS) + ")"
# A street word right before a number: only a text with one is searched for addresses.
_STREET_HINT = re.compile(_STREET_SUFFIX + r"\s+\d")
_PARTICLE_WORDS = r"(?:van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij|voor|achter|over|la|le)"
# 12, 12a, 12 A, 12-III, 12-2, 12hs, 233 bis, 4 rood (Amsterdam), 7-h
_HOUSE_NUMBER = (r"\d{1,5}(?:[A-Za-z]\d{1,3}(?![\w]))?(?:\s?-?\s?(?:hs|huis|bis|ter|rood|zwart|[IVX]{1,4}|[A-Za-z]|\d{1,3}(?![\d.,:]))(?![\w]))?"
                 r"(?![\w]|[.,:]\d)")
_STREET_TITLE = (r"(?:Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|Graaf|Gravin|Sint|St\.|Generaal|"
                 r"Professor|Prof\.|Pastoor|Jonkheer|Mr\.|Admiraal|Kapitein|Hertog|Hertogin|Baron|Ridder|Meester)")


@_rule(PATTERNS, "adres", rf"(?<![\w])(?:{_STREET_TITLE}\s+(?:{_PARTICLE_WORDS}\s+)*|(?:[A-Z][\w'’.-]*\s+){{1,2}})?[A-Z]?[\w'’-]*{_STREET_SUFFIX}\s+{_HOUSE_NUMBER}", re.UNICODE,
       hint=_STREET_HINT)
def _street(m: re.Match[str]) -> str | None:
    return "[adres]" if re.match(r"[A-Z]", m.group(0)) or m.group(0)[0].islower() and " " in m.group(0) else None


@_rule(PATTERNS, "adres", rf"(?<![\w])(?:Laan|Weg|Plein|Kade|Dreef|Singel|Park|Hof|Pad|Dijk|Markt|Ring|Straat|Gracht)\s+(?:{_PARTICLE_WORDS}\s+)+(?:[A-Z][\w'’.-]*\s+){{1,3}}{_HOUSE_NUMBER}",
       hint=("laan", "weg", "plein", "kade", "dreef", "singel", "park", "hof", "pad", "dijk", "markt", "ring",
             "straat", "gracht"))
def _leading_street(m: re.Match[str]) -> str | None:
    return "[adres]"


@_rule(PATTERNS, "adres", rf"(?<![\w])((?i:woont|wonen|woonde|adres|verhuisd\s+naar)\s+(?:(?i:aan|op|in)\s+)?(?:(?i:de|het|'t)\s+)?)"
                          rf"((?:[A-Z][\w'’-]+\s+){{1,3}}{_HOUSE_NUMBER})")
def _lived_at(m: re.Match[str]) -> str | None:
    """``woont aan de Brink 4``, ``adres: Achterom 12``: a street without a street word."""
    return f"{m.group(1)}[adres]"


# -- schools and childcare after their kind ------------------------------------------------

_INSTITUTION = (r"(?:basisschool|openbare\s+basisschool|obs|cbs|pcbs|rkbs|sbo|so|vso|ikc|kindcentrum|kindcentra|"
                r"kinderdagverblijf|kdv|bso|buitenschoolse\s+opvang|peuterspeelzaal|psz|peutergroep|kinderopvang|"
                r"gastouderbureau|daltonschool|montessorischool|jenaplanschool|vrije\s+school|school|scholengemeenschap|"
                r"praktijkschool|mavo|havo|vwo|college|lyceum|gymnasium|opvang|creche|crèche|speelzaal|"
                r"peuterschool|kinderopvanglocatie|brede\s+school|islamitische\s+basisschool|ibs|sbo|cluster\s*\d)")
_NAME_WORD = r"(?:(?i:de|het|'t|den|der|van|op|in|ter|ten|te|aan|la|le|the)\s+)*[A-Z0-9][\w'’.-]*"


_INSTITUTION_HINT = ("school", "obs", "cbs", "sbo", "so ", "ikc", "kindcentr", "kinderdag", "kdv", "bso", "opvang",
                     "psz", "peuter", "gastouder", "mavo", "havo", "vwo", "college", "lyceum", "gymnasium", "creche",
                     "crèche", "speelzaal", "ibs", "cluster")


@_rule(PATTERNS, "school", rf"(?<![\w])((?i:{_INSTITUTION}))\s+({_NAME_WORD}(?:\s+(?:(?:de|het|van|der|den|'t|en|&)\s+)?(?:[A-Z][\w'’.-]*|\d+))*)",
       hint=_INSTITUTION_HINT)
def _school(m: re.Match[str]) -> str | None:
    name = m.group(2)
    core = re.sub(r"^(?:(?:de|het|'t|den|der|van|op|in|ter|ten|te|aan|la|le|the)\s+)+", "", name, flags=re.I)
    if not core or not (core[0].isupper() or core[0].isdigit()):
        return None
    return f"{m.group(1)} [instelling]"


@_rule(PATTERNS, "school", r"(?<![\w])(?:(?:Het|De)\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:College|Lyceum|Gymnasium|Kindcentrum|Academie)(?![\w])",
       hint=("college", "lyceum", "gymnasium", "kindcentrum", "academie"))
def _named_college(m: re.Match[str]) -> str | None:
    return "[instelling]"


# -- initials and dates of birth ----------------------------------------------------------

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


@_rule(PATTERNS, "initialen", r"(?<![\w.])(?:[^\W\d_]\.\s?){1,4}[^\W\d_]\.?(?![\w])")
def _initials(m: re.Match[str]) -> str | None:
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
    if text.count(".") < 2 or not someone and ((letters.isupper() and letters in _NOT_CAPITAL_INITIALS) or
                                               (letters.islower() and letters in _NOT_INITIALS)):
        return None
    particles = len(letters) >= 3 and letters[0].isupper() and letters[-1].isupper() \
        and all(c in "vdtae" for c in letters[1:-1] if c.islower())  # S.v.d.B., I.d.W., M.a.K. (al), A.e.I. (el)
    if not (letters.isupper() or letters.islower() or particles):
        return None
    return "[initialen]" + (" " if m.group(0).endswith(" ") else "")


_MONTHS = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mar|mrt|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|"
           r"aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


@_rule(
    PATTERNS, "geboortedatum",
    rf"(?<![\w])(geboren|geb\.?|geboortedatum:?|geboortedag:?|born|date\s+of\s+birth:?|dob:?)\s+(?:op\s+|on\s+)?"
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?|\d{{1,2}}\s+{_MONTHS}\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|[0-3]\d[01]\d\d\d(?:\d\d)?|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?![\w])",
    # "geb 020920": day, month and year run together; "DOB February 26, 2018"
    re.IGNORECASE,
)
def _birth(m: re.Match[str]) -> str | None:
    return f"{m.group(1)} [geboortedatum]"
