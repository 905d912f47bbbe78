"""Shared helpers for the format-scanner tests."""

from __future__ import annotations

from pathlib import Path

from modelward.core.findings import Severity
from modelward.scan.allowlist import builtin_policy
from modelward.scan.base import FileScan
from modelward.scan.limits import Limits
from modelward.scan.source import Source


def serious(fs: FileScan) -> list[str]:
    """Titles of findings at medium or above: a benign file must have none."""
    return [f.title for f in fs.findings if f.severity >= Severity.MEDIUM]


def checks(fs: FileScan) -> dict[str, Severity]:
    """check_id -> worst severity in a scan (informational findings left out)."""
    out: dict[str, Severity] = {}
    for f in fs.findings:
        if f.severity == Severity.INFO:
            continue
        out[f.check_id] = max(out.get(f.check_id, Severity.INFO), f.severity)
    return out


def scan_with(module: object, path: Path, limits: Limits | None = None) -> FileScan:
    """Scan `path` with one format scanner directly (a SavedModel folder: its saved_model.pb[txt])."""
    limits = limits or Limits()
    if path.is_dir():
        path = next(p for p in (path / "saved_model.pb", path / "saved_model.pbtxt") if p.exists())
    with Source.open(path) as source:
        return module.scan(source, builtin_policy(), limits)  # type: ignore[attr-defined]
