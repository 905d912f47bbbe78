"""A drift result as a core Report (findings, inputs with their hashes), and writing it in the core's
formats with the drift page as the HTML: rendered first, then moved into place (all or none)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from modelward.core.report import InputRecord, Metadata, Report
from modelward.monitor.result import DriftResult


def drift_report(result: DriftResult, subject: str = "", command: str = "monitor drift") -> Report:
    """The report of a drift comparison: its findings, and the input files identified by content hash."""
    from modelward import __version__
    from modelward.monitor.findings import drift_findings

    inputs = tuple(InputRecord.of_file(path, role) for path, role in
                   ((result.reference, "reference"), (result.current, "data")) if Path(path).is_file())
    return Report(metadata=Metadata(tool_version=__version__, command=command,
                                    subject=subject or Path(result.current).name, inputs=inputs),
                  findings=tuple(drift_findings(result)))


def write_drift_reports(report: Report, result: DriftResult, formats: Sequence[str], out_dir: Path,
                        stem: str = "drift") -> list[Path]:
    """json / sarif through the core, html as the drift page; every format rendered before any is written."""
    from modelward.core.output import atomic_write, write_reports
    from modelward.monitor.html import drift_html

    page = drift_html(report, result) if "html" in formats else None
    written = write_reports(report, [f for f in formats if f != "html"], out_dir, stem=stem)
    if page is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{stem}.html"
        atomic_write(path, lambda p: p.write_text(page, encoding="utf-8"))
        written.append(path)
    return written
