"""`modelward report`: merge JSON reports of several runs into one risk register."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from modelward.cli.common import emit, finish, parse_severity
from modelward.core.errors import DataError


def report_command(
    reports: Annotated[list[Path], typer.Argument(help="JSON reports written by scan, assess, monitor...")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write the merged report to.")] = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
    ] = "html,json,sarif",
    subject: Annotated[str, typer.Option(help="Name of the model the reports are about.")] = "",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    as_json: Annotated[bool, typer.Option("--json", help="Print the merged JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
) -> None:
    """Merge REPORTS into one report and risk register for a security review."""
    from modelward.core.render.json import from_json
    from modelward.core.report import merge_reports

    parse_severity(fail_on)
    loaded = []
    for path in reports:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"{path}: cannot read report: {exc.strerror or exc}") from None
        try:
            loaded.append(from_json(text))
        except DataError as exc:
            raise DataError(f"{path}: {exc}") from None
    merged = merge_reports(loaded, subject=subject)
    emit(merged, as_json=as_json, formats=formats, out=out, stem="risk-register", verbose=verbose)
    finish(merged, fail_on)
