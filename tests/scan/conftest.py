from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from modelward.core.findings import Finding, Severity
from modelward.core.limits import DEFAULT_LIMITS
from modelward.scan.api import scan_file
from modelward.scan.pickle import Where, analyse_bytes


@pytest.fixture
def scan_bytes(tmp_path: Path) -> Callable[..., list[Finding]]:
    """Write bytes to a file (name given, content decides the format) and scan it."""

    def run(data: bytes, name: str = "model.bin") -> list[Finding]:
        path = tmp_path / name
        path.write_bytes(data)
        result = scan_file(path, DEFAULT_LIMITS)
        assert result.error is None, result.error
        assert result.skipped is None, result.skipped
        return list(result.findings)

    return run


def analyse(data: bytes, **kwargs: object) -> list[Finding]:
    return analyse_bytes(data, DEFAULT_LIMITS, Where("mem.pkl"), **kwargs)  # type: ignore[arg-type]


def worst(findings: list[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def globals_flagged(findings: list[Finding], at_least: Severity = Severity.MEDIUM) -> set[str]:
    return {str(f.evidence.measurements.get("global")) for f in findings
            if f.severity >= at_least and "global" in f.evidence.measurements}
