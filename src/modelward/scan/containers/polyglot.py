"""A file that is both a pickle (read from its start) and a ZIP (read from its end): loaders that
sniff differently see different content. Report it, and scan both views."""

from __future__ import annotations

from pathlib import Path

from modelward.core.errors import DataError
from modelward.core.findings import Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.containers.archive import scan_zip
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.pickle.findings import scan_finding


def scan_polyglot(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    file, size = str(path), path.stat().st_size
    findings = [scan_finding(
        "container.polyglot", Severity.HIGH, "Polyglot file: a pickle and a ZIP archive at once",
        file, None, 0, method="pickle opcodes at the start and a ZIP end record at the end",
        description="pickle.load reads the pickle at the start; torch.load and zip readers read the archive. "
                    "A scanner that checks one view misses the other; both were analysed.")]
    with open(path, "rb") as fh:
        findings.extend(analyse_stream(fh, limits, Where(file, "<pickle view>", policy), end=size,
                                       max_pickles=1))
        try:
            _, zip_findings = scan_zip(path, limits, fh, size, policy)
            findings.extend(zip_findings)
        except DataError as exc:
            return FileScan(file, "pickle+zip", tuple(findings), error=f"{file}: zip view: {exc}")
    return FileScan(file, "pickle+zip", tuple(findings))
