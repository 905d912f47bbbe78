"""Shared CLI pieces: options, output, exit codes. Commands stay thin."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from modelward.core.errors import ConfigError
from modelward.core.findings import Severity
from modelward.core.report import Report

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3

err_console = Console(stderr=True)


def parse_severity(text: str) -> Severity:
    try:
        return Severity(text.lower())
    except ValueError:
        raise ConfigError(
            f"--fail-on: unknown severity {text!r}; expected one of {', '.join(s.value for s in Severity)}"
        ) from None


def shortcut_params(params: dict[str, Any], **shortcuts: Any) -> dict[str, Any]:
    """Options that stand for a parameter (--eps for eps=...), added to the --set ones; giving both is an error."""
    out = dict(params)
    for name, value in shortcuts.items():
        if value is None or (isinstance(value, list) and not value):
            continue
        if name in out:
            raise ConfigError(f"--{name} and --set {name}=... both given; use one")
        out[name] = value
    return out


def emit(report: Report, *, as_json: bool, formats: str, out: Path | None, stem: str, verbose: bool = False) -> None:
    """Show the report (terminal or JSON on stdout) and write the asked formats to `out`."""
    from modelward.core.output import parse_formats, write_reports

    chosen = parse_formats(formats) if out is not None else ()
    if as_json:
        from modelward.core.render.json import to_json

        sys.stdout.write(to_json(report) + "\n")
    else:
        from modelward.core.render.terminal import render_terminal

        render_terminal(report, verbose=verbose)
    if out is not None:
        for path in write_reports(report, chosen, out, stem=stem):
            err_console.print(f"wrote {path}")


def finish(report: Report, fail_on: str) -> None:
    raise typer.Exit(report.exit_code(parse_severity(fail_on)))
