"""Helpers shared by the format scanners: finding construction, error capture, bounded reads."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from modelward.core.errors import DataError
from modelward.core.findings import Evidence, Finding, JSONScalar, Location, Severity
from modelward.core.limits import Limits
from modelward.scan.base import THREAT, FileScan

MITIGATIONS = ("artifact-scanning", "safe-serialization")


class FormatError(DataError):
    """A file that does not follow its format; the message says what was expected and where."""


class LimitHit(FormatError):
    """A declared limit was reached while parsing; reported as a finding, not a crash."""


def make_finding(
    fmt: str,
    check: str,
    severity: Severity,
    title: str,
    path: Path | str,
    *,
    member: str | None = None,
    offset: int | None = None,
    description: str = "",
    method: str = "",
    measurements: Mapping[str, JSONScalar] | None = None,
    mitigations: tuple[str, ...] = MITIGATIONS,
) -> Finding:
    """One supply-chain finding with check id `scan.<fmt>.<check>`."""
    return Finding(
        check_id=f"scan.{fmt}.{check}",
        threat=THREAT,
        severity=severity,
        title=title,
        description=description,
        location=Location(file=str(path), member=member, offset=offset),
        evidence=Evidence(method=method, measurements=dict(measurements or {})),
        mitigations=mitigations,
    )


def limit_finding(fmt: str, path: Path | str, exc: LimitHit, *, member: str | None = None) -> Finding:
    """The finding for a limit reached: the file is not fully analysed, so it is not called clean."""
    return make_finding(
        fmt,
        "limit",
        Severity.MEDIUM,
        f"Analysis stopped at a declared limit: {exc}",
        path,
        member=member,
        description="The file exceeds a declared limit for hostile input; the rest was not analysed.",
        method="bounded parse",
    )


Scanner = Callable[[Path, Limits], FileScan]


def guarded(fmt: str) -> Callable[[Scanner], Scanner]:
    """Turn any parse failure into FileScan.error naming the file and the reason, never a traceback."""

    def wrap(fn: Scanner) -> Scanner:
        @functools.wraps(fn)
        def scan(path: Path, limits: Limits) -> FileScan:
            path = Path(path)
            try:
                return fn(path, limits)
            except LimitHit as exc:
                return FileScan(str(path), fmt, findings=(limit_finding(fmt, path, exc),))
            except FormatError as exc:
                return FileScan(str(path), fmt, error=f"{path}: {exc}")
            except (OSError, ValueError, UnicodeError, OverflowError, RecursionError, MemoryError) as exc:
                kind = type(exc).__name__
                return FileScan(str(path), fmt, error=f"{path}: cannot parse as {fmt} ({kind}: {exc})")

        return scan

    return wrap


def file_size(path: Path, limits: Limits) -> int:
    """Size of a regular file; raise FormatError if it is not one or is over the declared limit."""
    st = os.stat(path)
    if not Path(path).is_file():
        raise FormatError(f"not a regular file (expected a {path.suffix or 'model'} file)")
    if st.st_size > limits.max_file_bytes:
        raise LimitHit(f"file is {st.st_size} bytes, over max_file_bytes={limits.max_file_bytes}")
    return st.st_size


def read_exact(f: object, n: int, what: str) -> bytes:
    """Read exactly n bytes or raise FormatError naming the field that was truncated."""
    data: bytes = f.read(n)  # type: ignore[attr-defined]
    if len(data) != n:
        raise FormatError(f"truncated: expected {n} bytes for {what}, got {len(data)}")
    return data
