"""Helpers shared by the scan tests."""

from __future__ import annotations

from modelward.core.findings import Finding, Severity
from modelward.scan.allowlist import builtin_policy
from modelward.scan.limits import DEFAULT_LIMITS
from modelward.scan.pickle import Where, analyse_bytes

POLICY = builtin_policy()


def analyse(data: bytes, **kwargs: object) -> list[Finding]:
    return analyse_bytes(data, DEFAULT_LIMITS, Where("mem.pkl", None, POLICY), **kwargs)  # type: ignore[arg-type]


def worst(findings: list[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def globals_flagged(findings: list[Finding], at_least: Severity = Severity.MEDIUM) -> set[str]:
    return {str(f.evidence.measurements.get("global")) for f in findings
            if f.severity >= at_least and "global" in f.evidence.measurements}
