"""What a per-format scanner returns, and the signature every format scanner has."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from modelward.core.findings import Finding
from modelward.core.limits import Limits

THREAT = "supply-chain"


@dataclass(frozen=True)
class FileScan:
    """The outcome for one file: findings, or skipped with a reason, or an error."""

    path: str
    format: str
    findings: tuple[Finding, ...] = ()
    skipped: str | None = None
    error: str | None = None


# Every format scanner: (path, limits) -> FileScan. It must never load or execute the file.
FormatScanner = Callable[[Path, Limits], FileScan]
