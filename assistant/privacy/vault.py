"""The case vault: the persons involved and the organisation's dossier number.

Stored encrypted with the case's data key and never shown in a chat: the chat sees role
placeholders such as ``[kind]`` and the case reference.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.privacy.redact import ROLES, Person

MAX_PERSONS = 12
MAX_NAME = 100


class VaultPerson(BaseModel):
    name: str = Field(min_length=1, max_length=MAX_NAME)
    role: str

    def person(self) -> Person:
        return Person(self.name, self.role)


class Vault(BaseModel):
    persons: list[VaultPerson] = Field(default_factory=list, max_length=MAX_PERSONS)
    dossier: str | None = None

    def as_persons(self) -> tuple[Person, ...]:
        return tuple(p.person() for p in self.persons)


__all__ = ["ROLES", "Vault", "VaultPerson", "MAX_PERSONS", "MAX_NAME"]
