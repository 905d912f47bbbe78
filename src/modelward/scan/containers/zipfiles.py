"""Entry points for ZIP files and pickle+zip polyglots."""

from __future__ import annotations

from pathlib import Path

from modelward.core.errors import DataError
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.containers.archive import scan_zip


def scan_zip_file(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    from modelward.scan.registry import run_scanner

    with open(path, "rb") as fh:
        try:
            kind, findings = scan_zip(path, limits, fh, path.stat().st_size, policy)
        except DataError as exc:
            return FileScan(str(path), "zip", error=f"{path}: {exc}")
    if kind == "keras":
        return run_scanner("keras", path, limits)
    return FileScan(str(path), kind, tuple(findings))
