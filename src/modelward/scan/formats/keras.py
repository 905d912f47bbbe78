"""Keras 3 `.keras` archives: read config.json in memory and walk it for code-running objects.

The zip is never extracted; member sizes are bounded. Member names that would escape a
directory on extraction are flagged too (Keras extracts assets on load).
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.base import FileScan
from modelward.scan.formats._common import FormatError, file_size, guarded, make_finding
from modelward.scan.formats._keras_config import walk_config
from modelward.scan.formats._zipread import open_zip, read_member

FMT = "keras"
CONFIG_CAP = 64 * 1024**2


@guarded(FMT)
def scan(path: Path, limits: Limits) -> FileScan:
    """Scan a `.keras` archive's config.json (and metadata.json) without loading the model."""
    file_size(path, limits)
    findings: list[Finding] = []
    with open_zip(path, limits) as zf:
        names = zf.namelist()
        if "config.json" not in names:
            raise FormatError("archive has no config.json (expected a Keras v3 .keras file)")
        findings += _member_names(path, names)
        raw = read_member(zf, "config.json", limits, CONFIG_CAP)
        try:
            config = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FormatError(f"config.json is not valid UTF-8 JSON ({exc})") from None
        version = "?"
        if "metadata.json" in names:
            try:
                meta = json.loads(read_member(zf, "metadata.json", limits, 1024**2))
                version = str(meta.get("keras_version", "?")) if isinstance(meta, dict) else "?"
            except (UnicodeDecodeError, json.JSONDecodeError):
                version = "unreadable"
    findings += walk_config(config, FMT, path, "config.json", legacy=False, max_depth=limits.max_nesting_depth)
    if version != "?":
        findings = [_with_version(f, version) for f in findings]
    return FileScan(str(path), FMT, findings=tuple(findings))


def _with_version(f: Finding, version: str) -> Finding:
    from dataclasses import replace

    return replace(f, evidence=replace(f.evidence, measurements={**f.evidence.measurements, "keras_version": version}))


def _member_names(path: Path, names: list[str]) -> list[Finding]:
    bad = [n for n in names if n.startswith(("/", "\\")) or ".." in PurePosixPath(n.replace("\\", "/")).parts]
    if not bad:
        return []
    return [
        make_finding(
            FMT,
            "zip-slip",
            Severity.HIGH,
            f"Archive member path escapes the extraction directory: {bad[0][:200]!r}",
            path,
            member=bad[0][:200],
            description="Extracting this member writes outside the target directory (zip slip).",
            method="zip central-directory member names",
            measurements={"members": len(bad)},
        )
    ]
