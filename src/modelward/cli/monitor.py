"""`modelward monitor`: drift of data, predictions and performance against a reference."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from modelward.cli.common import err_console, finish, parse_severity

app = typer.Typer(help="Drift and degradation monitoring: batch drift reports against reference data.",
                  no_args_is_help=True, add_completion=False)


@app.command("drift")
def drift_command(
    reference: Annotated[Path, typer.Option("--reference", "-r", help="Reference data: Parquet or CSV.")],
    current: Annotated[Path, typer.Option("--current", "-c", help="Current data: Parquet or CSV.")],
    model: Annotated[str | None, typer.Option("--model", "-m", help=(
        "Model file or URL: also compare its predictions (and accuracy, with --target).")) ] = None,
    target: Annotated[str | None, typer.Option("--target", "-t", help="Label column (label drift, accuracy).")] = None,
    categorical: Annotated[list[str] | None, typer.Option("--categorical", help=(
        "A numeric column to test as categories (repeat).")) ] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", "-s", help=(
        "Parameter NAME=VALUE (alpha, correction, negligible_sd, ...; `modelward plugins show monitor.drift`)."))
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write reports to.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
                       ] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    trust: Annotated[list[Path] | None, typer.Option("--trust", help="Checked model file: admit classes outside "
                                                     "the allowlist.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (row samples, the multivariate classifier).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
) -> None:
    """Compare CURRENT with REFERENCE: per-column drift, joint drift, prediction drift and accuracy."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from modelward.core.output import parse_formats
    from modelward.core.params import parse_assignments
    from modelward.monitor.drift import compare
    from modelward.monitor.params import drift_settings
    from modelward.monitor.report import drift_report, write_drift_reports

    parse_severity(fail_on)
    chosen = parse_formats(formats) if out is not None else ()
    config = drift_settings(parse_assignments(settings or []), seed=seed)
    adapter = None
    if model is not None:
        from modelward.api import load_model

        adapter = load_model(model, [str(p) for p in trust or ()])
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err_console,
                  transient=True, disable=as_json) as bar:
        task = bar.add_task("reading", total=None)
        rows = {"reference": 0, "current": 0}

        def progress(stage: str, n: int) -> None:
            rows[stage] = rows.get(stage, 0) + n
            bar.update(task, description=f"{stage}: {rows[stage]:,} rows" if n else stage)

        result = compare(reference, current, settings=config, model=adapter, target=target,
                         categorical=tuple(categorical or ()), progress=progress)
    report = drift_report(result)
    if as_json:
        import sys

        from modelward.core.render.json import to_json

        sys.stdout.write(to_json(report) + "\n")
    else:
        from modelward.core.render.terminal import render_terminal

        render_terminal(report, verbose=verbose)
    if out is not None:
        for path in write_drift_reports(report, result, chosen, out):
            err_console.print(f"wrote {path}")
    finish(report, fail_on)
