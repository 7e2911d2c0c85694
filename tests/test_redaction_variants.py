"""Every spelling of a vault name is replaced, and the guard sees each one (issue 11, point 1).

Property-based: hypothesis builds a vault name's disguises (format characters inside it,
look-alike letters from other scripts, full-width and mathematical letters, letters typed one
by one or with symbols between, glued to "_", "#", "@", digits or another name) and puts them in
synthetic sentences. Names come from Faker ``nl_NL`` and other locales with a fixed seed.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.cards import Card, Field, Section
from assistant.privacy.guard import Guard, OutboundBlocked, actor_name
from assistant.privacy.normalize import compact, skeleton
from assistant.privacy.redact import Person, Redactor

_fake = Faker(["nl_NL", "tr_TR", "pl_PL", "fr_FR"])
_fake.seed_instance(2026_11_01)
FIRST = sorted({n for n in (_fake.first_name() for _ in range(300)) if n.isalpha() and len(n) >= 3 and n.isascii()})[:60]
LAST = sorted({n for n in (_fake.last_name() for _ in range(300)) if n.isalpha() and len(n) >= 4 and n.isascii()})[:60]

FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
                "\u180e", "\u034f"]
LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
             "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
             "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
             "X": "\u03a7", "Z": "\u0396", "I": "\u0406", "S": "\u0405", "J": "\u0408", "o2": "\u03bf"}
SEPARATORS = ["*", ".", "-", "_", "·", "/", "~"]


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_bold(text: str) -> str:
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """One disguise of ``word`` (or several at once)."""
    kind = draw(st.sampled_from(["format", "lookalike", "fullwidth", "math", "spaced", "symbols", "mixed", "caps"]))
    letters = list(word)
    if kind in ("format", "mixed"):
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(1, len(letters) - 1))
            letters.insert(at, draw(st.sampled_from(FORMAT_CHARS)))
    if kind in ("lookalike", "mixed"):
        letters = [LOOKALIKE.get(c, c) if draw(st.booleans()) else c for c in letters]
        if all(c == o for c, o in zip(letters, word)):
            letters = [LOOKALIKE.get(c, c) for c in letters]
    text = "".join(letters)
    if kind == "fullwidth":
        text = fullwidth(text)
    elif kind == "math":
        text = math_bold(text)
    elif kind == "spaced":
        text = " ".join(word)
    elif kind == "symbols":
        sep = draw(st.sampled_from(SEPARATORS))
        cut = sorted(draw(st.sets(st.integers(1, len(word) - 1), min_size=1, max_size=len(word) - 1)))
        pieces, last = [], 0
        for at in cut:
            pieces.append(word[last:at])
            last = at
        pieces.append(word[last:])
        text = sep.join(pieces)
    elif kind == "caps":
        text = word.upper()
    return text


@st.composite
def glued(draw: st.DrawFn, first: str, last: str) -> str:
    return draw(st.sampled_from([
        f"{first}_{last}", f"{first}{last}", f"#{first}{last}", f"@{first.lower()}_{draw(st.integers(2000, 2024))}",
        f"{first.lower()}{draw(st.integers(1, 2024))}", f"{first}.{last}", f"{first.lower()}{last.lower()}",
        f"#{first}", f"{first}-{last}", f"{first}_{last}_{draw(st.integers(1, 99))}",
    ]))


SENTENCES = ["{n} heeft een blauwe plek op de wang.", "Gisteren zei {n} dat het thuis onrustig is.",
             "chat: {n} wil niet naar huis", "- {n}: plast weer in bed", "Over {n}, groep 5: eet slecht.",
             "({n}) zorgt voor de jongere kinderen", "{n}!"]


def person() -> st.SearchStrategy[tuple[str, str]]:
    return st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST))


def leaked(name_words: list[str], output: str) -> bool:
    """A name survives when its letters can still be read in the output, however disguised."""
    base = skeleton(unicodedata.normalize("NFC", output))
    texts = [base.text]
    spelled = compact(base)
    if spelled is not None:
        texts.append(spelled.text)
    for text in texts:
        flat = re.sub(r"[\W_\d]+", " ", text).lower()
        squeezed = flat.replace(" ", "")
        for word in name_words:
            w = word.lower()
            if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", flat) or w in squeezed and len(w) >= 5:
                return True
    return False


@pytest.fixture(scope="module")
def cheap() -> Redactor:
    """The real redactor with deduce replaced by the identity: these properties are the vault
    pass's, and hundreds of examples must stay fast."""
    return Redactor(lambda text: text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_disguised_first_name_is_replaced_and_the_rest_of_the_text_stays(cheap, data):
    first, last = data.draw(person())
    spelling = data.draw(disguised(first))
    sentence = data.draw(st.sampled_from(SENTENCES))
    text = sentence.format(n=spelling)
    out = cheap.redact(text, [Person(f"{first} {last}", "kind")])
    assert "[kind]" in out, (text, out)
    assert not leaked([first], out), (text, out)
    # the sentence around the name keeps its characters exactly
    before, after = sentence.split("{n}")
    assert out.startswith(before) and out.endswith(after), (text, out)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_glued_name_is_replaced(cheap, data):
    first, last = data.draw(person())
    spelling = data.draw(glued(first, last))
    text = f"Zie {spelling} voor de rest."
    out = cheap.redact(text, [Person(f"{first} {last}", "kind"), Person(f"Fatma {last}", "moeder")])
    assert not leaked([first, last], out), (text, out)
    assert out.startswith("Zie ") and out.endswith(" voor de rest.")


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_guard_blocks_every_disguise_of_another_cases_name(data):
    first, last = data.draw(person())
    guard = Guard()
    guard.set_case("other", (Person(f"{first} {last}", "kind"),))
    spelling = data.draw(st.one_of(disguised(first), glued(first, last)))
    text = data.draw(st.sampled_from(SENTENCES)).format(n=spelling)
    card = Card(title="MC-TEST", sections=[Section(text)])
    with pytest.raises(OutboundBlocked):
        guard.clean(card)


@pytest.mark.parametrize("text", [
    "Daan_Jansen", "DaanJansen", "#DaanJansen", "Da\u200ban Jansen", "Da\u200can", "Da\u2060an", "D\u0430\u0430n",
    "Ｄａａｎ", "𝐃𝐚𝐚𝐧", "D a a n", "Da*a*n", "D.a.a.n", "Dа\u00adаn", "DAAN", "daan2014", "@daan_jansen",
    "Daan\u202e", "J\u0430nsen", "JANSEN", "Jansen's", "Daantje",
    "daanofficial", "itsdaan", "lildaanxx", "therealjansen", "@daanjansenxx",  # handle words glued, no separator
])
def test_the_issues_spellings_pass_neither_redactor_nor_guard(cheap, text):
    persons = [Person("Daan Jansen", "kind")]
    note = f"Notitie: {text} had honger."
    out = cheap.redact(note, persons)
    assert not leaked(["daan", "jansen"], out), out
    assert out.startswith("Notitie: ") and out.endswith(" had honger.")
    guard = Guard()
    guard.set_case("c", tuple(persons))
    with pytest.raises(OutboundBlocked):
        guard.clean(Card(title="x", sections=[Section(note)]))


@pytest.mark.parametrize("text", ["daarna at hij", "het gaat real slecht", "its ok", "de kokkin", "theater gezien",
                                  "koken met de lilliputters", "missie geslaagd"])
def test_words_that_start_or_end_like_a_handle_around_a_name_stay(cheap, text):
    note = f"Notitie: {text} en zo."
    assert cheap.redact(note, [Person("Daan Jansen", "kind"), Person("Lil Kok", "moeder")]) == note


def test_initials_give_the_role_of_the_person_whose_first_name_they_start():
    redactor = Redactor(lambda text: text)
    persons = [Person("Daan Jansen", "kind"), Person("Fatima Jansen", "moeder"), Person("Karim Jansen", "vader")]
    out = redactor.redact("D. Jansen huilde; F. Jansen belde; K.M. Jansen kwam; mevrouw Jansen ook.", persons)
    assert out == "[kind] huilde; [moeder] belde; [vader] kwam; [moeder] ook."


def test_a_professionals_name_opens_the_guard_only_where_a_view_marked_it():
    guard = Guard()
    guard.set_case("c", (Person("Sanne Jansen", "kind"),))
    guard.add_professionals({"an", "Sanne Jansen"})
    # a colleague called "an" no longer lets a surname containing "an" through in free text
    with pytest.raises(OutboundBlocked):
        guard.clean(Card(title="x", sections=[Section("Jansen kwam te laat")]))
    # a colleague who is also called Sanne Jansen may be named where the view marked her name
    card = Card(title="x", sections=[Section(f"10:02 {actor_name('Sanne Jansen')}: [kind] kwam te laat")],
                fields=[Field("Eigenaar", actor_name("an"))])
    cleaned = guard.clean(card)
    assert cleaned.sections[0].text == "10:02 Sanne Jansen: [kind] kwam te laat"
    assert cleaned.fields[0].value == "an"
    assert "\ue000" in card.sections[0].text  # the original is left as it was
    # a mark around a name that is no professional's is no way past the guard
    with pytest.raises(OutboundBlocked):
        guard.clean(Card(title="x", sections=[Section(f"{actor_name('Sanne')} kwam")]))


def test_typed_marks_are_taken_out_before_anything_else():
    redactor = Redactor(lambda text: text)
    out = redactor.redact("\ue000Daan\ue001 zegt niets", [Person("Daan Jansen", "kind")])
    assert out == "[kind] zegt niets"


def test_persons_nobody_registered_keep_one_number_in_every_text_of_a_case():
    redactor = Redactor(lambda text: text)
    texts = ["Zusje Roos huilt vaak.", "oom Mehmet belde gisteren", "De nieuwe vriend van moeder, Kevin, was er."]
    others = redactor.case_names(texts)
    assert others == ("Roos", "Mehmet", "Kevin")
    assert redactor.redact("Mehmet kwam later; roos stond op tafel.", others=others) == \
        "[persoon-2] kwam later; roos stond op tafel."
    assert redactor.redact("Kevin en zusje Roos", others=others) == "[persoon-3] en zusje [persoon-1]"
    # words the professional said are no person stay as typed
    assert redactor.redact("juf Petra belde", known=["Petra"]) == "juf Petra belde"


@pytest.mark.parametrize("text", ["Er is weinig hoop.", "De storm was hevig.", "een roos in de tuin",
                                  "vertelt dat papa boos was", "plast weer in bed", "Het duurde lang voordat moeder opendeed."])
def test_names_that_are_words_survive_as_words(text):
    assert Redactor(lambda t: t).redact(text) == text


def test_a_double_first_name_and_a_clients_initials_are_the_vault_persons(cheap):
    persons = [Person("Anne-Fleur Bakker", "moeder"), Person("Jan-Willem Giri", "kind"), Person("Vera Tol", "vader")]
    out = cheap.redact("anne-fleur (moeder van JW) belt; casus JWG besproken met VT.", persons)
    assert out == "[moeder] (moeder van [kind]) belt; casus [kind] besproken met VT.", out  # VT: Veilig Thuis
    guard = Guard()
    guard.set_case("c", tuple(persons))
    guard.clean(Card(title="x", sections=[Section("Advies van VT, JW")]))  # capitals alone do not block a card


@pytest.mark.parametrize("typed, role", [("Taarek", "[kind]"), ("Nordien", "[vader]"), ("arjenn", "[partner]"),
                                         ("Tarkе", "[kind]"), ("Bouzidd", "[kind]")])
def test_a_vault_name_typed_one_letter_off_is_that_persons_role(cheap, typed, role):
    persons = [Person("Tarek Bouzid", "kind"), Person("Nordin Amrani", "vader"), Person("Arjen de Groot", "partner")]
    out = cheap.redact(f"Gesprek: {typed} trekt zich terug.", persons)
    assert out == f"Gesprek: {role} trekt zich terug.", out


@pytest.mark.parametrize("typed, role", [("Ane-Fleur", "[moeder]"), ("Livv", "[kind]"), ("Huy Do", "[vader]")])
def test_a_double_name_a_short_name_and_a_stroked_letter_typed_off_are_that_persons_role(cheap, typed, role):
    """A double first name one letter off, a three-letter name with a letter twice, "Đỗ" without its stroke."""
    persons = [Person("Anne-Fleur Bakker", "moeder"), Person("Liv de Wit", "kind"), Person("Huy Đỗ", "vader")]
    out = cheap.redact(f"Gesprek: {typed} trekt zich terug.", persons)
    assert out == f"Gesprek: {role} trekt zich terug.", out


def test_another_first_name_one_letter_off_stays_another_person(cheap):
    out = cheap.redact("Anne kwam mee, Anna bleef thuis; de taak van de groep.", [Person("Anna Visser", "kind")])
    assert "[kind] bleef thuis" in out and "Anne" not in out and out.count("[kind]") == 1, out
    assert out.endswith("de taak van de groep."), out


def test_a_name_ending_in_ng_makes_its_diminutive_with_nkje(cheap):
    """As "koning" becomes "koninkje", Meiling becomes "Meilinkje"; the word itself stays."""
    out = cheap.redact("Meilinkje spreekt in korte zinnen; het koninkje lacht.", [Person("Meiling Chen", "kind")])
    assert out == "[kind] spreekt in korte zinnen; het koninkje lacht.", out
