"""Reports: findings plus what was skipped, what failed and the run's metadata; the risk register."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.core.findings import SEVERITY_RUBRIC, Finding, Severity
from modelward.core.taxonomy import Taxonomy, load_taxonomy

SCHEMA_VERSION = "1.1"


@dataclass(frozen=True)
class InputRecord:
    """An input of the run, identified by its content hash."""

    path: str
    sha256: str
    role: str  # "model", "data", "config", ...

    @classmethod
    def of_file(cls, path: str | Path, role: str) -> InputRecord:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return cls(str(path), digest.hexdigest(), role)


@dataclass(frozen=True)
class Skipped:
    """Something not analysed, and why."""

    subject: str
    reason: str


@dataclass(frozen=True)
class ErrorRecord:
    """Something that could not be analysed because it failed."""

    subject: str
    message: str


@dataclass(frozen=True)
class AppliedMitigation:
    """A mitigation that was applied, with the same measurement before and after."""

    mitigation_id: str
    threat: str
    summary: str
    check_id: str = ""
    before: dict[str, float] = field(default_factory=dict)
    after: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Metadata:
    tool_version: str
    command: str
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    subject: str = ""
    inputs: tuple[InputRecord, ...] = ()


@dataclass(frozen=True)
class Report:
    """The outcome of one run (or several merged): nothing analysed is left out."""

    metadata: Metadata
    findings: tuple[Finding, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    errors: tuple[ErrorRecord, ...] = ()
    applied: tuple[AppliedMitigation, ...] = ()

    def sorted_findings(self) -> tuple[Finding, ...]:
        """Worst first, then by threat and title."""
        return tuple(sorted(self.findings, key=lambda f: (-f.severity.rank, f.threat, f.title)))

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def exit_code(self, fail_on: Severity) -> int:
        """1 if a finding is at or above `fail_on`, else 2 if something errored, else 0."""
        if any(f.severity >= fail_on for f in self.findings):
            return 1
        return 2 if self.errors else 0

    def to_dict(self) -> dict[str, Any]:
        m = self.metadata
        return {
            "schema": "modelward.report",
            "schema_version": SCHEMA_VERSION,
            "metadata": {
                "tool_version": m.tool_version,
                "command": m.command,
                "created": m.created,
                "subject": m.subject,
                "inputs": [vars(i) for i in m.inputs],
            },
            "findings": [f.to_dict() for f in self.sorted_findings()],
            "skipped": [vars(s) for s in self.skipped],
            "errors": [vars(e) for e in self.errors],
            "applied": [vars(a) for a in self.applied],
            "risk_register": [r.to_dict() for r in shown_register(self).entries],
            "risk_register_scope": shown_register(self).scope,
            "threats_not_shown": shown_register(self).not_shown,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        from modelward.core.errors import DataError

        if data.get("schema") != "modelward.report":
            raise DataError("not a modelward JSON report (field 'schema' is not 'modelward.report')")
        major = str(data.get("schema_version", "")).split(".")[0]
        if major != SCHEMA_VERSION.split(".")[0]:
            raise DataError(
                f"report schema version {data.get('schema_version')!r} is not supported "
                f"(this modelward reads {SCHEMA_VERSION.split('.')[0]}.x)"
            )
        m = data["metadata"]
        return cls(
            metadata=Metadata(
                tool_version=m["tool_version"],
                command=m["command"],
                created=m["created"],
                subject=m.get("subject", ""),
                inputs=tuple(InputRecord(**i) for i in m.get("inputs", ())),
            ),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", ())),
            skipped=tuple(Skipped(**s) for s in data.get("skipped", ())),
            errors=tuple(ErrorRecord(**e) for e in data.get("errors", ())),
            applied=tuple(AppliedMitigation(**a) for a in data.get("applied", ())),
        )


def merge_reports(reports: Iterable[Report], subject: str = "", command: str = "report") -> Report:
    """One report for a model out of several runs; identical findings are kept once."""
    from modelward import __version__

    reports = list(reports)
    findings: dict[str, Finding] = {}
    for r in reports:
        for f in r.findings:
            findings.setdefault(f.fingerprint, f)
    inputs = {(i.path, i.sha256, i.role): i for r in reports for i in r.metadata.inputs}
    return Report(
        metadata=Metadata(
            tool_version=__version__,
            command=command + " <- " + ", ".join(r.metadata.command for r in reports),
            subject=subject or next((r.metadata.subject for r in reports if r.metadata.subject), ""),
            inputs=tuple(inputs.values()),
        ),
        findings=tuple(findings.values()),
        skipped=tuple(s for r in reports for s in r.skipped),
        errors=tuple(e for r in reports for e in r.errors),
        applied=tuple(a for r in reports for a in r.applied),
    )


# ---------------------------------------------------------------- risk register

# The severity rubric's thresholds; a register line is never below "low".
RISK_LEVELS = tuple((floor, "low" if sev == Severity.INFO else sev.value) for floor, sev in SEVERITY_RUBRIC)


def risk_level(score: int) -> str:
    return next(name for floor, name in RISK_LEVELS if score >= floor)


@dataclass(frozen=True)
class RiskEntry:
    """One threat's line in the risk register."""

    threat: str
    name: str
    likelihood: int
    impact: int
    basis: str  # "measured": from findings' evidence; "default": the taxonomy's review default
    reason: str
    findings: int
    worst: Severity | None
    mitigations_recommended: tuple[str, ...]
    mitigations_applied: tuple[str, ...]
    assessed: bool

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> str:
        return risk_level(self.score)

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in vars(self).items()}
        d["worst"] = self.worst.value if self.worst else None
        d["mitigations_recommended"] = list(self.mitigations_recommended)
        d["mitigations_applied"] = list(self.mitigations_applied)
        d["score"] = self.score
        d["level"] = self.level
        return d


def risk_register(report: Report, taxonomy: Taxonomy | None = None) -> list[RiskEntry]:
    """Per threat: likelihood and impact from measured evidence where a check gave them,
    else the taxonomy's default; worst risk first."""
    taxonomy = taxonomy or load_taxonomy()
    entries = []
    for threat in taxonomy.threats.values():
        found = [f for f in report.findings if f.threat == threat.id]
        measured = [f for f in found if f.evidence.likelihood is not None and f.evidence.impact is not None]
        applied = tuple(sorted({a.mitigation_id for a in report.applied if a.threat == threat.id}))
        recommended = {m for f in found for m in f.mitigations} | {
            m.id for m in taxonomy.mitigations_for(threat.id)
        }
        if measured:
            top = max(measured, key=lambda f: (f.evidence.likelihood or 0) * (f.evidence.impact or 0))
            likelihood, impact = top.evidence.likelihood or 1, top.evidence.impact or 1
            basis = "measured"
            reason = top.evidence.rationale or f"{top.title} ({top.check_id})"
        else:
            likelihood, impact = threat.likelihood, threat.impact
            basis = "default"
            reason = f"{threat.likelihood_reason} {threat.impact_reason}"
        entries.append(
            RiskEntry(
                threat=threat.id,
                name=threat.name,
                likelihood=likelihood,
                impact=impact,
                basis=basis,
                reason=reason,
                findings=len(found),
                worst=max((f.severity for f in found), default=None),
                mitigations_recommended=tuple(sorted(recommended - set(applied))),
                mitigations_applied=applied,
                assessed=bool(found),
            )
        )
    return sorted(entries, key=lambda e: (-e.score, not e.assessed, e.threat))


@dataclass(frozen=True)
class ShownRegister:
    """The part of the register a report shows: "full" for `modelward report`; for a single command,
    "measured": the threats it measured (findings or mitigations applied), and how many it leaves out."""

    entries: list[RiskEntry]
    scope: str
    not_shown: int


def shown_register(report: Report, taxonomy: Taxonomy | None = None) -> ShownRegister:
    entries = risk_register(report, taxonomy)
    if report.metadata.command.split(" ", 1)[0] == "report":
        return ShownRegister(entries, "full", 0)
    applied = {a.threat for a in report.applied}
    measured = [e for e in entries if e.assessed or e.threat in applied]
    return ShownRegister(measured, "measured", len(entries) - len(measured))


def with_findings(report: Report, findings: Iterable[Finding]) -> Report:
    """A copy of the report with more findings."""
    return replace(report, findings=report.findings + tuple(findings))
