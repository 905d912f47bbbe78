"""Findings: what a check measured about one threat. Plain, frozen, JSON-serialisable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JSONScalar = str | int | float | bool | None


class Severity(StrEnum):
    """How bad a finding is; ordered so that `max()` gives the worst."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {s: i for i, s in enumerate(Severity)}

# The one rubric from measured likelihood x impact (each 1-5) to severity, used by every check that
# measures them and by the risk register's levels (docs/taxonomy.md#severity).
SEVERITY_RUBRIC: tuple[tuple[int, Severity], ...] = (
    (20, Severity.CRITICAL), (12, Severity.HIGH), (6, Severity.MEDIUM), (3, Severity.LOW), (1, Severity.INFO),
)


def severity_of(likelihood: int, impact: int) -> Severity:
    """Severity of a measured exposure: likelihood x impact against SEVERITY_RUBRIC."""
    for name, value in (("likelihood", likelihood), ("impact", impact)):
        if not 1 <= value <= 5:
            raise ValueError(f"{name} must be in 1..5, got {value}")
    score = likelihood * impact
    return next(sev for floor, sev in SEVERITY_RUBRIC if score >= floor)


@dataclass(frozen=True)
class Location:
    """Where a finding applies: a file (and archive member / byte offset), a data cell, an endpoint."""

    file: str | None = None
    member: str | None = None
    offset: int | None = None
    row: int | None = None
    column: str | None = None
    endpoint: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.member:
            parts.append(f"[{self.member}]")
        if self.offset is not None:
            parts.append(f"@{self.offset}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if self.endpoint:
            parts.append(self.endpoint)
        return " ".join(parts) if parts else "-"


@dataclass(frozen=True)
class Evidence:
    """The measured numbers behind a finding and how they were measured.

    `likelihood` and `impact` (1-5) are set when the check derived them from the
    measurement; the risk register then prefers them over the taxonomy's defaults.
    """

    method: str = ""
    measurements: dict[str, JSONScalar] = field(default_factory=dict)
    series: dict[str, list[float]] = field(default_factory=dict)
    likelihood: int | None = None
    impact: int | None = None
    rationale: str = ""

    def __post_init__(self) -> None:
        for name, value in (("likelihood", self.likelihood), ("impact", self.impact)):
            if value is not None and not 1 <= value <= 5:
                raise ValueError(f"Evidence.{name} must be in 1..5, got {value}")


@dataclass(frozen=True)
class Finding:
    """One measured exposure to one threat, named by the check that found it."""

    check_id: str
    threat: str
    severity: Severity
    title: str
    description: str = ""
    location: Location = field(default_factory=Location)
    evidence: Evidence = field(default_factory=Evidence)
    mitigations: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """A stable id for the same finding across runs (check, threat, title, location)."""
        key = json.dumps(
            [self.check_id, self.threat, self.title, str(self.location)], sort_keys=True
        )
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "check_id": self.check_id,
            "threat": self.threat,
            "severity": self.severity.value,
            "title": self.title,
            "description": self.description,
            "location": {k: v for k, v in vars(self.location).items() if v is not None},
            "evidence": {
                "method": self.evidence.method,
                "measurements": dict(self.evidence.measurements),
                "series": {k: list(v) for k, v in self.evidence.series.items()},
                "likelihood": self.evidence.likelihood,
                "impact": self.evidence.impact,
                "rationale": self.evidence.rationale,
            },
            "mitigations": list(self.mitigations),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        ev = data.get("evidence", {})
        return cls(
            check_id=data["check_id"],
            threat=data["threat"],
            severity=Severity(data["severity"]),
            title=data["title"],
            description=data.get("description", ""),
            location=Location(**data.get("location", {})),
            evidence=Evidence(
                method=ev.get("method", ""),
                measurements=dict(ev.get("measurements", {})),
                series={k: [float(x) for x in v] for k, v in ev.get("series", {}).items()},
                likelihood=ev.get("likelihood"),
                impact=ev.get("impact"),
                rationale=ev.get("rationale", ""),
            ),
            mitigations=tuple(data.get("mitigations", ())),
        )
