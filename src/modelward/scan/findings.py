"""How the scanner writes findings: one constructor, one for limits reached, one cap per kind."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import replace

from modelward.core.findings import Evidence, Finding, JSONScalar, Location, Severity
from modelward.scan.limits import LimitReached, Limits

THREAT = "supply-chain"
MITIGATIONS = ("artifact-scanning", "safe-serialization")
NOT_VERIFIED = "Not verified"
_RISK = {Severity.CRITICAL: (5, 5), Severity.HIGH: (3, 5)}  # likelihood x impact on the severity rubric


def finding(
    check: str,
    severity: Severity,
    title: str,
    file: str | os.PathLike[str],
    member: str | None = None,
    offset: int | None = None,
    *,
    description: str = "",
    method: str = "",
    measurements: Mapping[str, JSONScalar] | None = None,
    mitigations: tuple[str, ...] = MITIGATIONS,
    row: int | None = None,
    file_risk: bool = True,
) -> Finding:
    """A supply-chain finding with check id `scan.<check>`. With `file_risk`, critical and high carry the
    likelihood and impact of loading the file (`row`: a line of a text input such as requirements.txt)."""
    likelihood, impact = _RISK.get(severity, (None, None)) if file_risk else (None, None)
    return Finding(
        check_id=f"scan.{check}",
        threat=THREAT,
        severity=severity,
        title=title,
        description=description,
        location=Location(file=str(file), member=member, offset=offset, row=row),
        evidence=Evidence(
            method=method,
            measurements=dict(measurements or {}),
            likelihood=likelihood,
            impact=impact,
            rationale="loading this file runs the flagged code or was not fully checked" if likelihood else "",
        ),
        mitigations=mitigations,
    )


def limit_finding(area: str, reached: LimitReached, file: str, member: str | None = None,
                  offset: int | None = None) -> Finding:
    """`scan.<area>.limit`: the scan stopped at a declared limit, so the file is not verified (high)."""
    return finding(
        f"{area}.limit", Severity.HIGH, f"{NOT_VERIFIED}: {reached}", file, member, offset,
        description=f"The scan stopped at limits.{reached.limit}; findings before this point are reported, what "
                    "follows was not analysed. A file that is not verified is never called clean and never loads "
                    "through the trusted path (--trust).",
        method="declared limits for hostile input (modelward.scan.limits.Limits)",
        measurements={"limit": reached.limit, "verified": False},
    )


def is_limit(f: Finding) -> bool:
    return f.check_id.endswith(".limit")


def cap_findings(findings: Iterable[Finding], limits: Limits) -> list[Finding]:
    """At most `limits.max_kept_per_kind` findings per check id, the worst first kept; the rest are
    counted in one more finding of the same check id (never dropped silently)."""
    by_check: dict[str, list[Finding]] = {}
    for f in findings:
        by_check.setdefault(f.check_id, []).append(f)
    keep = limits.max_kept_per_kind
    out: list[Finding] = []
    for check_id, group in by_check.items():
        if len(group) <= keep:
            out.extend(group)
            continue
        ranked = sorted(group, key=lambda f: -f.severity.rank)
        dropped = ranked[keep:]
        kept = {id(f) for f in ranked[:keep]}
        out.extend(f for f in group if id(f) in kept)
        worst = dropped[0]
        out.append(replace(
            worst,
            title=f"{len(dropped)} more findings of {check_id} not listed (the {keep} worst are; "
                  f"limits.max_kept_per_kind), e.g. {worst.title}",
            evidence=replace(worst.evidence, measurements={"not_listed": len(dropped), "kept": keep}),
        ))
    return out
