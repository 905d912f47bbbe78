"""The kinds of personal data and secrets the detector finds, and one found span of text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    """A kind of personal data or secret."""

    EMAIL = "email"
    PHONE = "phone"
    CARD = "credit_card"
    IBAN = "iban"
    IP = "ip_address"
    SSN = "us_ssn"
    NATIONAL_ID = "national_id"
    SECRET = "secret"
    DATE_OF_BIRTH = "date_of_birth"
    ADDRESS = "postal_address"
    PERSON = "person"


# When two findings overlap, the one whose kind comes first here is kept (validated by a checksum or a
# fixed prefix before free-form shapes), then the longer one.
PRIORITY: tuple[Entity, ...] = (
    Entity.SECRET, Entity.EMAIL, Entity.IBAN, Entity.CARD, Entity.SSN, Entity.NATIONAL_ID, Entity.IP,
    Entity.DATE_OF_BIRTH, Entity.PHONE, Entity.ADDRESS, Entity.PERSON,
)
RANK = {e: i for i, e in enumerate(PRIORITY)}


@dataclass(frozen=True, order=True)
class PiiMatch:
    """One span of `text[start:end]` holding `entity`; `kind` refines it (e.g. "visa", "uk_nino",
    "aws_access_key"); `score` in (0, 1] says how sure the rule is (checksum and context raise it)."""

    start: int
    end: int
    entity: Entity
    text: str
    score: float = 1.0
    kind: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"entity": self.entity.value, "kind": self.kind, "start": self.start, "end": self.end,
                "score": round(self.score, 3)}
