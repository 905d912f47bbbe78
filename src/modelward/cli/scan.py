"""`modelward scan` and `modelward convert`: parse options, call modelward.scan, render, exit 0/1/2."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from modelward.cli.common import emit, finish, parse_severity

app = typer.Typer(help="Scan model files for code that runs on load; convert to safe formats.")


@app.command("scan")
def scan_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Model files, folders or model repositories.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parallel processes.")] = 1,
    policy: Annotated[Path | None, typer.Option("--policy", help="TOML file extending the allowlist.")] = None,
    deps: Annotated[
        str | None, typer.Option("--deps", help="Audit requirements.txt, pyproject.toml or 'environment'.")
    ] = None,
    vuln_db: Annotated[
        Path | None, typer.Option("--vuln-db", help="Offline OSV database (folder or zip of advisory JSON) for --deps.")
    ] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 at or above: critical/high/medium/low/info.")]
    = "high",
    formats: Annotated[str, typer.Option("--format", "-f", help="Reports to write to --out: json,sarif,html.")]
    = "json,sarif,html",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for the --format reports.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report to stdout.")] = False,
) -> None:
    """Decide, without loading, whether model files run code. Exit 0 clean, 1 findings, 2 input error."""
    from modelward.core.errors import ConfigError
    from modelward.core.output import parse_formats
    from modelward.scan.api import scan_path
    from modelward.scan.policy import load_policy

    parse_severity(fail_on)  # bad options fail before any work
    parse_formats(formats)
    if not paths and deps is None:
        raise ConfigError("nothing to scan: give model files or folders, or --deps FILE")
    if vuln_db is not None and deps is None:
        raise ConfigError("--vuln-db needs --deps (requirements.txt, pyproject.toml or 'environment')")
    rules = load_policy(policy) if policy else None
    report = scan_path(paths or [], jobs=jobs, policy=rules, deps=deps, vuln_db=vuln_db)
    emit(report, as_json=as_json, formats=formats, out=out, stem="scan")
    finish(report, fail_on)


@app.command("convert")
def convert_command(
    path: Annotated[Path, typer.Argument(help="A model file to convert.")],
    to: Annotated[str, typer.Option("--to", help="safetensors (torch), skops or onnx (scikit-learn).")]
    = "safetensors",
    out: Annotated[Path | None, typer.Option("--out", help="Output file.")] = None,
) -> None:
    """Convert a scanned-clean model to a format that cannot run code on load."""
    from modelward.scan.convert import convert

    typer.echo(str(convert(path, to=to, out=out)))
