"""One file or archive member: tell its format by content, run its scanner, cap its findings per kind.
Never raises: a limit is a finding, a failure an error, an unknown format a skip with the reason."""

from __future__ import annotations

from dataclasses import replace

from modelward.core.errors import DataError
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.findings import cap_findings, limit_finding
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

NOT_RECOGNISED = "not a recognised model format (detected by content)"


def scan_source(source: Source, policy: GlobalPolicy, limits: Limits, fmt: str | None = None) -> FileScan:
    """Detect (unless `fmt` is given) and scan; archives call this again for each member."""
    from modelward.scan import registry
    from modelward.scan.sniff import detect

    found = fmt or "unknown"
    try:
        if source.depth > limits.max_archive_depth:
            raise LimitReached("max_archive_depth", f"nested {source.depth} containers deep, more than "
                                                    f"limits.max_archive_depth ({limits.max_archive_depth})")
        found = fmt or detect(source)
        scanner = registry.builtin(found) if found != "unknown" else registry.recognising(source, source.head())
        if scanner is None:
            reason = NOT_RECOGNISED if found == "unknown" else f"scanner for {found} not installed"
            return FileScan(source.label, found, skipped=reason)
        result = scanner.scan(source, policy, limits)
    except LimitReached as exc:
        return FileScan(source.label, found, (limit_finding("container", exc, source.name, source.member),))
    except DataError as exc:
        return FileScan(source.label, found, error=f"{source.label}: {exc}")
    except Exception as exc:  # a scanner bug must not lose the other files: an error, which is not verified
        return FileScan(source.label, found, error=f"{source.label}: scanner failed: {type(exc).__name__}: {exc}")
    return replace(result, findings=tuple(cap_findings(result.findings, limits)))
