"""Dutch identifiers found by their shape: accounts, numbers, addresses, dates of birth.

Two groups, run at different moments of ``Redactor.redact``:

- ``redact_accounts`` first, before the vault names: e-mail addresses, profile URLs and
  social-media handles (``@daan_2014``, ``insta: sanne.x``) go whole, whoever's name is in them.
- ``redact_patterns`` after the vault names: IBAN (mod-97), BSN (11-test, also with dots or
  spaces), phone numbers (also without separators or with 0031), licence plates, postcodes,
  street and house number (``12-III``, ``4a``, ``233 bis``), case numbers (``Ons kenmerk:
  2026/VT/90209``), school and childcare names after their kind, initials (``initials.py``) and
  dates of birth. These run before deduce because deduce splits some of them (an IBAN becomes
  ``NL91ABNB[ID-1]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.privacy.initials import DOTTED, dotted_initials, undotted_initials

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
        if isinstance(hint, re.Pattern):
            if len(low) == len(text):
                changed = _near(regex, make, text, hint.finditer(low))
            elif hint.search(low):  # (a letter whose lower case is longer, "İ": the whole text)
                changed = regex.sub(lambda m: _replaced(make, m), text)
            else:
                continue
        elif hint and not any(word in low for word in hint):
            continue
        else:
            changed = regex.sub(lambda m: _replaced(make, m), text)
        if changed != text:
            text, low = changed, changed.lower()
    return text


def _replaced(make: Callable[[re.Match[str]], str | None], m: re.Match[str]) -> str:
    replacement = make(m)
    return m.group(0) if replacement is None else replacement


def _near(regex: re.Pattern[str], make: Callable[[re.Match[str]], str | None], text: str,
          hints: Iterable[re.Match[str]]) -> str:
    """``regex.sub`` searched only around where its hint stands ("straat 12": an address ends
    there and starts at most a hundred characters before): the address rule is the slowest."""
    parts: list[str] = []
    last = 0
    for h in hints:
        if h.end() <= last:
            continue
        m = regex.search(text, max(last, h.start() - 100), min(len(text), h.end() + 30))
        while m is not None and m.end() < h.start():
            m = regex.search(text, m.end(), min(len(text), h.end() + 30))
        if m is None or m.start() < last:
            continue
        parts += [text[last:m.start()], _replaced(make, m)]
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def redact_accounts(text: str) -> str:
    return _apply(ACCOUNTS, text) if ("@" in text or "." in text or ":" in text or " " in text) else text


def redact_patterns(text: str) -> str:
    return undotted_initials(_apply(PATTERNS, text))


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


# A login in a system's export: "gebruiker: nazli.kilic", "gegenereerd 4 feb 12:45; door postha",
# "Laatst gewijzigd door tlima op 25/3", "(xtsvetelinax90)" after an account.
@_rule(ACCOUNTS, "account",
       r"(?i:(?:gebruiker|gebruikersnaam|username|user|login|account)\s*[:=]\s*|(?:gegenereerd|geëxporteerd|geexporteerd|"
       r"gewijzigd|aangemaakt|ingevoerd|exported|created)\b[^\n]{0,30}?(?<![\w])door\s+|account\w*\s+van\s+\w+\s+\()"
       r"([a-z][a-z0-9._-]{2,29})(?![\w@])")
def _login(m: re.Match[str]) -> str | None:
    from assistant.privacy.lexicon import _key, lexicon  # (the lexicon reads this module's abbreviations)

    lex = lexicon()
    login = m.group(1)
    if not re.search(r"[\d._]", login) and (lex.is_word(_key(login)) or login in lex.stop):
        return None  # "gewijzigd door moeder"
    return m.group(0)[:m.start(1) - m.start()] + "[account]"


# -- numbers ------------------------------------------------------------------------------

# A case's number at Veilig Thuis, the police, a court or in a client file links the note to a
# person as surely as a name: after its label anything with a digit ("Ons kenmerk: 2026/VT/90209",
# "Dossiernummer: VCP 278", "zaaknr 24-118"); without a label a code of capitals, a dash and five
# digits or a year ("melding VTO-648852", "VCP-2026-009"; not "COVID-19", "JO13-2"), a public
# prosecutor's number ("16/528294-25"), an interpreter's ("tolknr. 230429") or a V-number.
_CASE_LABEL = (r"(?:(?:ons|uw|onze|jullie|your|our)\s+)?(?:kenmerk|referentie|ref\.?|zaaknummer|zaaknr\.?|zaak-?id|"
               r"dossiernummer|dossiernr\.?|dossier-?id|cli[eë]ntnummer|cli[eë]ntnr\.?|registratienummer|"
               r"meldingsnummer|meldingnummer|meldnummer|parketnummer|parketnr\.?|ticketnummer|case\s+(?:number|no\.?|id)|"
               r"reference|ref\s+no\.?|patiëntnummer|patientnummer|pati[eë]ntnr\.?|leerlingnummer|"
               r"bvh-?nummer|pv-?nummer|proces-?verbaalnummer|mutatienummer|lln\.?[ ]?nr\.?|ll\.?nr\.?|polisnr\.?|"
               r"polisnummer|verzekeringsnummer|dossier|zaak|cliëntnr|klantnummer|lidnummer|relatienummer|tolknr\.?|"
               r"tolknummer|v-?nr\.?|v-?nummer|nr\.?)")


@_rule(PATTERNS, "kenmerk",
       rf"(?<![\w.-])((?i:{_CASE_LABEL})[ \t]*(?:[:#;|\t=][ \t]*|[ \t]))([A-Za-z]{{0,6}}[ /.-]?\d[\w/.-]*(?:[ ]\d[\w/.-]*)?)(?<![.,])",
       hint=("kenmerk", "ref", "nummer", "nr", "dossier", "zaak", "case", "polis", "lln"))
def _case_number(m: re.Match[str]) -> str | None:
    label = m.group(1).strip(" \t:#;|=.").lower()
    if label in ("dossier", "zaak") and sum(c.isdigit() for c in m.group(2)) < 4 \
            or label == "nr" and sum(c.isdigit() for c in m.group(2)) < 5:
        return None  # "zaak 3 van de dag", "dossier 12 pagina's", "nr 12"
    return f"{m.group(1)}[kenmerk]"


@_rule(PATTERNS, "kenmerk", r"(?<![\w/-])(?:[A-Z]{2,5}[- ](?:\d{5,}|(?:19|20)\d\d[-/]\d{2,}|\d{2,4}-\d{3,})|\d{2}/\d{6}-\d{2})(?![\w/-])")
def _bare_case_number(m: re.Match[str]) -> str | None:
    return "[kenmerk]"


# A room in a reception centre, a ward or a home: "kamer B18.5", "kamer C6.2 (blok B)", "Kamer
# 2.24"; not "kamer 2" alone.
@_rule(PATTERNS, "kamer", r"(?<![\w])((?i:kamer|kamernr\.?|kamernummer|room)[ \t]*:?[ \t]+)([A-Z]?\d{1,3}[.-]\d{1,3}[A-Za-z]?|[A-Z]\d{1,3}[A-Za-z]?)(?![\w.])",
       hint=("kamer", "room"))
def _room(m: re.Match[str]) -> str | None:
    return f"{m.group(1)}[kamernummer]"


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
                             r"[ \t:]+([a-z0-9]{6})(?![\w-])",
       hint=("auto", "kenteken", "wagen", "bus", "scooter", "brommer", "motor", "car", "plate"))
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


# -- initials (initials.py) and dates of birth ---------------------------------------------

_rule(PATTERNS, "initialen", DOTTED)(dotted_initials)

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
