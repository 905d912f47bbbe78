"""Finding construction shared by the pickle analyser and the container scanners."""

from __future__ import annotations

from modelward.core.findings import Evidence, Finding, JSONScalar, Location, Severity
from modelward.scan.base import THREAT

MITIGATIONS = ("artifact-scanning", "safe-serialization")
VM_METHOD = "symbolic pickle VM following CPython's pickle semantics; nothing imported or executed"

_RISK = {Severity.CRITICAL: (5, 5), Severity.HIGH: (4, 5)}


def scan_finding(
    check: str,
    severity: Severity,
    title: str,
    file: str,
    member: str | None = None,
    offset: int | None = None,
    description: str = "",
    method: str = VM_METHOD,
    measurements: dict[str, JSONScalar] | None = None,
) -> Finding:
    """A supply-chain finding with check id `scan.<check>`; critical/high carry a measured risk."""
    likelihood, impact = _RISK.get(severity, (None, None))
    return Finding(
        check_id=f"scan.{check}",
        threat=THREAT,
        severity=severity,
        title=title,
        description=description,
        location=Location(file=file, member=member, offset=offset),
        evidence=Evidence(
            method=method,
            measurements=dict(measurements or {}),
            likelihood=likelihood,
            impact=impact,
            rationale=("loading this file runs the flagged code" if likelihood else ""),
        ),
        mitigations=MITIGATIONS,
    )
