"""Redaction benchmark: the project's redactor against deduce alone, on the same notes, in one run.

Generates N synthetic Dutch case notes (Faker nl_NL) with annotated identifiers and clinical
phrases, redacts them with the project's redactor (vault names, Dutch identifiers, deduce) and
with deduce alone, and prints per kind of identifier the share that leaks, the share of clinical
phrases kept, and the time ratio.

    .venv/bin/python benchmarks/redaction.py [N]       (default N = 500)

Targets (issue 3): no vault name leaks; under 1% of all identifiers leak; at least 99% of
clinical phrases kept; the redactor takes at most twice deduce's time.
"""

from __future__ import annotations

import random
import re
import sys
import time
from dataclasses import dataclass, field

from faker import Faker

from assistant.privacy.redact import Person, Redactor, fold, load_deduce

CLINICAL = [
    "blauwe plekken op beide bovenarmen",
    "komt zonder ontbijt naar school",
    "valt vaak in slaap in de klas",
    "schrikt van harde geluiden",
    "draagt dezelfde kleding als gisteren",
    "heeft een brandwond op de hand",
    "vertelt dat papa boos was",
    "is de laatste weken stil en teruggetrokken",
    "heeft hoofdluis en tandpijn",
    "wil na school niet naar huis",
]

SCHOOL_KINDS = ["basisschool", "OBS", "kindcentrum", "kinderdagverblijf", "bso", "CBS"]
PLATE_SHAPES = ["XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "99-XX-XX"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def plate(rng: random.Random) -> str:
    shape = rng.choice(PLATE_SHAPES)
    letters = "BDFGHJKLNPRSTVXZ"
    return "".join(rng.choice(letters) if c == "X" else str(rng.randint(0, 9)) if c == "9" else c for c in shape)


def bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


@dataclass
class Note:
    text: str
    persons: list[Person]
    identifiers: dict[str, list[str]] = field(default_factory=dict)  # kind -> strings that must go
    clinical: list[str] = field(default_factory=list)


def make_note(fake: Faker, rng: random.Random) -> Note:
    child_first, mother_first = fake.first_name(), fake.first_name_female()
    surname = fake.last_name()
    child, mother = f"{child_first} {surname}", f"{mother_first} {surname}"
    ids: dict[str, list[str]] = {}

    def add(kind: str, value: str) -> str:
        ids.setdefault(kind, []).append(value)
        return value

    street = add("adres", f"{fake.street_name()} {rng.randint(1, 300)}")
    postcode = add("postcode", fake.postcode())
    school_name = fake.last_name().split()[-1].capitalize()
    school = f"{rng.choice(SCHOOL_KINDS)} {add('school', f'De {school_name}')}"  # the type may stay
    clinical = rng.sample(CLINICAL, 3)
    parts = [
        f"{child_first} ({rng.randint(4, 12)} jaar) {clinical[0]}.",
        f"Mevrouw {surname} vertelde dat {child_first.lower()}'s vader vaak weg is.",
        f"Het gezin woont aan de {street}, {postcode} {fake.city()}.",
        f"{child} zit op {school}, groep {rng.randint(1, 8)}.",
        f"{clinical[1].capitalize()}; {clinical[2]}.",
        f"Moeder ({mother}) is bereikbaar via {add('telefoonnummer', fake.phone_number())}"
        f" of {add('e-mail', fake.email())}.",
        f"BSN {add('bsn', bsn(rng))}, rekening {add('iban', fake.iban())}, auto {add('kenteken', plate(rng))}.",
        f"{child_first} is geboren op {add('geboortedatum', f'{rng.randint(1, 28)} {rng.choice(MONTHS)}')}.",
    ]
    ids["vault"] = [child_first, surname, mother_first]
    return Note(" ".join(parts), [Person(child, "kind"), Person(mother, "moeder")], ids, clinical)


def leaked(kind: str, value: str, output: str) -> bool:
    if kind == "vault":
        return re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", fold(output)) is not None
    if kind in ("geboortedatum", "e-mail"):
        return value in output
    # an identifier leaks when any of its digit or word runs of length >= 3 survive
    pieces = [p for p in re.split(r"[\s,.-]+", value) if len(p) >= 3]
    return any(p in output for p in pieces) if pieces else value in output


def evaluate(notes: list[Note], outputs: list[str]) -> tuple[dict[str, tuple[int, int]], int, int]:
    per_kind: dict[str, list[int]] = {}
    kept = total_clinical = 0
    for note, output in zip(notes, outputs):
        for kind, values in note.identifiers.items():
            counts = per_kind.setdefault(kind, [0, 0])
            for value in values:
                counts[0] += leaked(kind, value, output)
                counts[1] += 1
        for phrase in note.clinical:
            total_clinical += 1
            kept += phrase in output or phrase.capitalize() in output
    return {k: (v[0], v[1]) for k, v in per_kind.items()}, kept, total_clinical


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    fake = Faker("nl_NL")
    Faker.seed(20261128)
    rng = random.Random(20261128)
    notes = [make_note(fake, rng) for _ in range(n)]

    model = load_deduce()
    redactor = Redactor(lambda text: model.deidentify(text).deidentified_text, cache_size=1)
    model.deidentify("opwarmen")  # warm both up before timing
    redactor.redact("opwarmen", notes[0].persons)

    started = time.perf_counter()
    baseline = [model.deidentify(note.text).deidentified_text for note in notes]
    deduce_time = time.perf_counter() - started
    started = time.perf_counter()
    ours = [redactor.redact(note.text, note.persons) for note in notes]
    our_time = time.perf_counter() - started

    ours_kinds, ours_kept, clinical_total = evaluate(notes, ours)
    base_kinds, base_kept, _ = evaluate(notes, baseline)
    print(f"{n} synthetic notes, {clinical_total} clinical phrases\n")
    print(f"{'identifier':<16}{'count':>7}{'leaks (redactor)':>19}{'leaks (deduce)':>17}")
    all_ours = all_total = 0
    for kind in sorted(ours_kinds):
        leaks, total = ours_kinds[kind]
        base_leaks, _ = base_kinds[kind]
        if kind != "vault":
            all_ours += leaks
            all_total += total
        print(f"{kind:<16}{total:>7}{leaks / total:>18.1%}{base_leaks / total:>17.1%}")
    print(f"{'all (not vault)':<16}{all_total:>7}{all_ours / all_total:>18.1%}")
    print(f"\nclinical phrases kept: redactor {ours_kept / clinical_total:.1%}, deduce {base_kept / clinical_total:.1%}")
    print(f"time: redactor {our_time * 1000 / n:.2f} ms/note, deduce {deduce_time * 1000 / n:.2f} ms/note, "
          f"ratio {our_time / deduce_time:.2f}x")
    vault_leaks = ours_kinds["vault"][0]
    targets = {
        "no vault name leaks": vault_leaks == 0,
        "under 1% of identifiers leak": all_ours / all_total < 0.01,
        "at least 99% of clinical phrases kept": ours_kept / clinical_total >= 0.99,
        "at most 2x deduce's time": our_time <= 2 * deduce_time,
    }
    print()
    for target, met in targets.items():
        print(f"{'met' if met else 'MISSED':>6}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
