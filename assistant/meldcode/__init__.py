"""The meldcode as data: steps, checklist items, the afwegingskader and the outcomes.

The structure is loaded from ``basismodel.toml`` and validated; all texts are in the
message catalogues, keyed by the identifiers used here.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, Field, model_validator

Outcome = Literal["close", "help", "report", "report_and_help"]
AutoSource = Literal["consultation", "vt_advice", "weighing_step", "decision", "melding", "help"]
Condition = Literal["decision_report", "decision_help"]


class Item(BaseModel):
    key: str
    required: bool = True
    auto: AutoSource | None = None
    when: Condition | None = None


class Step(BaseModel):
    number: int
    key: str
    items: list[Item]
    skippable: bool = False


class Branch(BaseModel):
    next: int | None = None
    advice: Outcome | None = None
    note: str | None = None
    deferred: bool = False
    # The part of the meldnorm behind a "report" advice (names warning.meldnorm.<norm>).
    norm: str | None = None

    @model_validator(mode="after")
    def _leads_somewhere(self) -> "Branch":
        if self.next is None and self.advice is None:
            raise ValueError("a branch needs 'next' or 'advice'")
        return self


class Question(BaseModel):
    number: int
    key: str
    yes: Branch
    no: Branch
    help: list[str] = Field(default_factory=list)

    def branch(self, answer: bool) -> Branch:
        return self.yes if answer else self.no


class Afwegingskader(BaseModel):
    at_step: dict[int, dict[int, int]]
    questions: list[Question]

    def question(self, number: int) -> Question:
        for question in self.questions:
            if question.number == number:
                return question
        raise KeyError(number)


class Keys(BaseModel):
    keys: list[str]


class Concerns(BaseModel):
    kindermishandeling: list[str]
    other: list[str]
    route_changing: list[str] = Field(default_factory=list)

    @property
    def all(self) -> list[str]:
        return [*self.kindermishandeling, *self.other]


class Protocol(BaseModel):
    steps: list[Step]
    skip_reasons: list[str]
    afwegingskader: Afwegingskader
    definitions: Keys
    outcomes: Keys
    concerns: Concerns
    sectors: Keys
    urgency: Keys
    consultation_roles: Keys

    @model_validator(mode="after")
    def _consistent(self) -> "Protocol":
        numbers = [s.number for s in self.steps]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("steps must be numbered 1..n in order")
        qnums = {q.number for q in self.afwegingskader.questions}
        for question in self.afwegingskader.questions:
            for branch in (question.yes, question.no):
                if branch.next is not None and branch.next not in qnums:
                    raise ValueError(f"question {question.number} leads to unknown question {branch.next}")
        for variant, mapping in self.afwegingskader.at_step.items():
            if set(mapping) != qnums:
                raise ValueError(f"at_step.{variant} must place every question")
            if any(step not in numbers for step in mapping.values()):
                raise ValueError(f"at_step.{variant} names an unknown step")
        return self

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    def questions_at(self, variant: int, step: int) -> list[int]:
        mapping = self.afwegingskader.at_step[variant]
        return sorted(q for q, s in mapping.items() if s == step)

    def question_step(self, variant: int, question: int) -> int:
        return self.afwegingskader.at_step[variant][question]

    def message_keys(self) -> set[str]:
        """Every catalogue key this protocol needs, for the completeness test."""
        keys: set[str] = set()
        for step in self.steps:
            keys |= {f"step.{step.key}.title", f"step.{step.key}.help"}
            keys |= {f"item.{item.key}" for item in step.items}
        keys |= {f"skip_reason.{r}" for r in self.skip_reasons}
        for question in self.afwegingskader.questions:
            keys.add(f"question.{question.key}")
            keys |= set(question.help)
            for branch in (question.yes, question.no):
                if branch.note:
                    keys.add(f"advice_note.{branch.note}")
                if branch.norm:
                    keys.add(f"warning.meldnorm.{branch.norm}")
        keys |= {f"definitie.{k}" for k in self.definitions.keys}
        keys |= {f"outcome.{k}" for k in self.outcomes.keys}
        keys |= {f"concern.{k}" for k in self.concerns.all}
        if self.concerns.route_changing:
            keys.add("route_warning.missing")
        keys |= {f"sector.{k}" for k in self.sectors.keys}
        keys |= {f"urgency.{k}" for k in self.urgency.keys}
        keys |= {f"consultation_role.{k}" for k in self.consultation_roles.keys}
        return keys


@lru_cache(maxsize=1)
def load_protocol() -> Protocol:
    text = resources.files(__package__).joinpath("basismodel.toml").read_text(encoding="utf-8")
    return Protocol.model_validate(tomllib.loads(text))
