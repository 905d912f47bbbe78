"""Shared helpers for the format-scanner tests."""

from __future__ import annotations

from modelward.core.findings import Severity
from modelward.scan.base import FileScan


def serious(fs: FileScan) -> list[str]:
    """Titles of findings at medium or above: a benign file must have none."""
    return [f.title for f in fs.findings if f.severity >= Severity.MEDIUM]


def checks(fs: FileScan) -> dict[str, Severity]:
    """check_id -> worst severity in a scan."""
    out: dict[str, Severity] = {}
    for f in fs.findings:
        out[f.check_id] = max(out.get(f.check_id, Severity.INFO), f.severity)
    return out
