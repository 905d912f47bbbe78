"""The format-scanner protocol, what a scan of one file returns, and the guard every scanner runs in.

A format scanner is registered in the core registry (`PluginKind.FORMAT`, see `scan/plugins.py`);
third parties add formats through the entry-point group `modelward.plugins`. It recognises content
from its first bytes and scans a `Source` with the policy and limits passed to it, never loading or
running the file.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from modelward.core.errors import DataError
from modelward.core.findings import Finding
from modelward.scan.findings import THREAT, is_limit, limit_finding
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

if TYPE_CHECKING:
    from modelward.scan.allowlist import GlobalPolicy

__all__ = ["THREAT", "Collector", "FileScan", "Format", "FormatError", "FormatScanner", "MemberNote", "guarded"]


@dataclass(frozen=True)
class MemberNote:
    """An archive member that was not scanned: skipped with a reason, or failed (`error`)."""

    member: str
    reason: str
    error: bool = False


@dataclass(frozen=True)
class FileScan:
    """The outcome for one file: findings, or skipped with a reason, or an error (findings made before an
    error are kept), and the archive members that were skipped or failed."""

    path: str
    format: str
    findings: tuple[Finding, ...] = ()
    skipped: str | None = None
    error: str | None = None
    members: tuple[MemberNote, ...] = ()

    @property
    def verified(self) -> bool:
        """Scanned to the end: no error, not skipped, no limit reached, no member failed."""
        return (self.error is None and self.skipped is None and not any(is_limit(f) for f in self.findings)
                and not any(m.error for m in self.members))


@runtime_checkable
class FormatScanner(Protocol):
    """A model-file format: `recognise` its content, `scan` it. Never loads or executes the file."""

    id: str  # registry id, "scan.<format>"
    threat: str  # "supply-chain"
    title: str
    format: str  # short name: FileScan.format and the prefix of its check ids

    def recognise(self, head: bytes, source: Source) -> bool: ...

    def scan(self, source: Source, policy: GlobalPolicy, limits: Limits) -> FileScan: ...


class FormatError(DataError):
    """A file that does not follow its format; the message says what was expected and where."""


class Collector:
    """What a scanner found so far, so that an error or a limit keeps it."""

    def __init__(self, source: Source, fmt: str) -> None:
        self.source, self.format = source, fmt
        self.findings: list[Finding] = []
        self.members: list[MemberNote] = []
        self.skipped: str | None = None

    @property
    def file(self) -> str:
        return self.source.name

    def at(self, item: str | None) -> str | None:
        """A location inside the file (a tensor, a key, a node), under the source's archive member if any."""
        if item is None:
            return self.source.member
        return f"{self.source.member}:{item}" if self.source.member else item

    def add(self, f: Finding) -> None:
        self.findings.append(f)

    def merge(self, scan: FileScan, member: str) -> None:
        """A nested scan (an archive member): its findings and notes, and a note if it was skipped or failed."""
        self.findings.extend(scan.findings)
        self.members.extend(scan.members)
        if scan.skipped:
            self.members.append(MemberNote(member, scan.skipped))
        if scan.error:
            self.members.append(MemberNote(member, scan.error, error=True))

    def note(self, member: str, reason: str, error: bool = False) -> None:
        self.members.append(MemberNote(member, reason, error))

    def result(self, error: str | None = None) -> FileScan:
        return FileScan(self.source.label, self.format, tuple(self.findings), self.skipped, error,
                        tuple(self.members))


ScanBody = Callable[[Source, "GlobalPolicy", Limits, Collector], None]
_PARSE_ERRORS = (OSError, ValueError, UnicodeError, OverflowError, RecursionError, MemoryError, struct.error,
                 IndexError, KeyError, TypeError, EOFError)


def guarded(fmt: str) -> Callable[[ScanBody], Callable[[Source, GlobalPolicy, Limits], FileScan]]:
    """Run a scanner body with a Collector: a limit reached becomes a `.limit` finding after what was
    found; a malformed file becomes FileScan.error, with what was found; nothing raises."""

    def wrap(body: ScanBody) -> Callable[[Source, GlobalPolicy, Limits], FileScan]:
        @functools.wraps(body)
        def scan(source: Source, policy: GlobalPolicy, limits: Limits) -> FileScan:
            c = Collector(source, fmt)
            try:
                body(source, policy, limits, c)
            except LimitReached as exc:
                c.add(limit_finding(fmt, exc, source.name, source.member))
            except DataError as exc:
                return c.result(error=f"{source.label}: {exc}")
            except _PARSE_ERRORS as exc:
                return c.result(error=f"{source.label}: cannot parse as {fmt} ({type(exc).__name__}: {exc})")
            return c.result()

        return scan

    return wrap


@dataclass(frozen=True)
class Format:
    """A format scanner made of a recogniser and a scan function (how the built-ins are declared)."""

    id: str
    format: str
    title: str
    recogniser: Callable[[bytes, Source], bool] = field(repr=False)
    scanner: Callable[[Source, GlobalPolicy, Limits], FileScan] = field(repr=False)
    threat: str = THREAT

    @classmethod
    def builtin(cls, fmt: str, scanner: Callable[[Source, GlobalPolicy, Limits], FileScan]) -> Format:
        """A built-in format: id and title from the table of scan/plugins.py, recognised by scan/sniff.py."""
        from modelward.scan.plugins import FORMATS
        from modelward.scan.sniff import is_format

        return cls(f"scan.{fmt}", fmt, FORMATS[fmt][1], is_format(fmt), scanner)

    def recognise(self, head: bytes, source: Source) -> bool:
        return self.recogniser(head, source)

    def scan(self, source: Source, policy: GlobalPolicy, limits: Limits) -> FileScan:
        return self.scanner(source, policy, limits)
