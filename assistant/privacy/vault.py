"""The case vault: the persons involved and the organisation's dossier number.

Stored encrypted with the case's data key and never shown in a chat: the chat sees role
placeholders such as ``[kind]`` and the case reference.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.privacy.redact import ROLES, Person

MAX_PERSONS = 12
MAX_NAME = 100
MAX_NOT_PERSONS = 200  # words a professional said are no person involved, per case


class VaultPerson(BaseModel):
    name: str = Field(min_length=1, max_length=MAX_NAME)
    role: str

    def person(self) -> Person:
        return Person(self.name, self.role)


class Vault(BaseModel):
    persons: list[VaultPerson] = Field(default_factory=list, max_length=MAX_PERSONS)
    dossier: str | None = None
    # Words in typed text that looked like names, that the professional said are no person
    # involved (a colleague, a word): not asked about again for this case.
    not_persons: list[str] = Field(default_factory=list, max_length=MAX_NOT_PERSONS)

    def as_persons(self) -> tuple[Person, ...]:
        return tuple(p.person() for p in self.persons)


__all__ = ["ROLES", "Vault", "VaultPerson", "MAX_PERSONS", "MAX_NAME", "MAX_NOT_PERSONS"]
