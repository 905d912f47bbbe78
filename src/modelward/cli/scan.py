"""`modelward scan` and `modelward convert`: parse options, call modelward.scan, render, exit 0/1/2."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Scan model files for code that runs on load; convert to safe formats.")

FORMATS = ("json", "sarif")


def _write(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


@app.command("scan")
def scan_command(
    paths: Annotated[list[Path], typer.Argument(help="Model files or folders.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parallel processes.")] = 1,
    policy: Annotated[Path | None, typer.Option("--policy", help="TOML file extending the allowlist.")] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 at or above: critical/high/medium/low/info.")]
    = "medium",
    fmt: Annotated[str, typer.Option("--format", help="Reports to write to --out: json,sarif.")] = "",
    out: Annotated[Path | None, typer.Option("--out", help="Folder for --format reports.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report to stdout.")] = False,
) -> None:
    """Decide, without loading, whether model files run code. Exit 0 clean, 1 findings, 2 input error."""
    from modelward.core.errors import InputError
    from modelward.core.findings import Severity
    from modelward.core.render.json import to_json
    from modelward.core.render.sarif import to_sarif
    from modelward.core.render.terminal import render_terminal
    from modelward.scan.api import scan_path
    from modelward.scan.policy import load_policy

    try:
        threshold = Severity(fail_on.lower())
    except ValueError:
        typer.echo(f"--fail-on {fail_on!r}: expected one of {', '.join(s.value for s in Severity)}", err=True)
        raise typer.Exit(2) from None
    formats = [f.strip() for f in fmt.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or (formats and out is None):
        typer.echo(f"--format {fmt!r}: expected a comma list of {', '.join(FORMATS)}, with --out DIR", err=True)
        raise typer.Exit(2)
    try:
        rules = load_policy(policy) if policy else None
    except InputError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    report = scan_path(paths, jobs=jobs, policy=rules)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for f in formats:
            _write(out / f"scan.{f}", to_json(report) if f == "json" else to_sarif(report))
    if as_json:
        typer.echo(to_json(report))
    else:
        render_terminal(report)
    raise typer.Exit(report.exit_code(threshold))


@app.command("convert")
def convert_command(
    path: Annotated[Path, typer.Argument(help="A model file to convert.")],
    to: Annotated[str, typer.Option("--to", help="safetensors (torch), skops or onnx (scikit-learn).")]
    = "safetensors",
    out: Annotated[Path | None, typer.Option("--out", help="Output file.")] = None,
) -> None:
    """Convert a scanned-clean model to a format that cannot run code on load."""
    from modelward.core.errors import ModelwardError
    from modelward.scan.convert import convert

    try:
        written = convert(path, to=to, out=out)
    except ModelwardError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    typer.echo(str(written))
