"""`modelward assess`: measure a model's exposure on data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from modelward.cli.common import emit, err_console, finish, parse_severity


def assess_command(
    model: Annotated[str, typer.Option("--model", "-m", help="Model file (.onnx, .pkl, .joblib, ...) or URL.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Assessment data: CSV, Parquet or NPZ.")],
    target: Annotated[str, typer.Option("--target", "-t", help="Name of the label column.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write reports to.")] = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
    ] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    trust: Annotated[
        list[Path] | None, typer.Option("--trust", help="Checked model file: admit classes outside the allowlist.")
    ] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Run only checks whose id starts with this.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds to wait for a remote endpoint.")] = None,
    spec: Annotated[
        Path | None, typer.Option("--spec", help="TOML file declaring feature bounds, kinds and mutability.")
    ] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", "-s", help=(
        "Check parameter NAME=VALUE for every selected check that takes NAME, or CHECK_ID.NAME=VALUE for one "
        "(repeat; `modelward plugins show ID` lists them)."))] = None,
    eps: Annotated[
        list[float] | None,
        typer.Option("--eps", help="Evasion budget as a share of each feature's range; repeat for several."),
    ] = None,
    norm: Annotated[str | None, typer.Option("--norm", help="Evasion norm: linf or l2.")] = None,
    evasion_rows: Annotated[int | None, typer.Option("--evasion-rows", help=(
        "Rows the evasion attacks run on (same as --set robustness.evasion.rows=N)."))] = None,
    reference: Annotated[Path | None, typer.Option("--reference", help=(
        "Data the model is known to work on (CSV, Parquet or NPZ, with the target): runs the drift checks."))] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name of the model in the reports.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed for reproducible measurements.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
) -> None:
    """Run every applicable check on MODEL with DATA and report the findings."""
    from modelward.api import assess
    from modelward.cli.common import shortcut_params
    from modelward.core.errors import ConfigError
    from modelward.core.params import parse_assignments

    parse_severity(fail_on)  # fail on a bad option before doing any work
    params = shortcut_params(parse_assignments(settings or []), eps=eps, norm=norm)
    params = shortcut_params(params, **{"robustness.evasion.rows": evasion_rows})
    input_spec = None
    if spec is not None:
        from modelward.core.adapters.spec import parse_spec

        try:
            input_spec = parse_spec(spec.read_text(encoding="utf-8"), source=str(spec))
        except OSError as exc:
            raise ConfigError(f"{spec}: cannot read the spec file: {exc.strerror or exc}") from None
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=as_json,
    ) as bar:
        task = bar.add_task("loading", total=None)

        def on_check(check_id: str, done: int, total: int) -> None:
            bar.update(task, description=check_id or "done", completed=done, total=total)

        report = assess(
            model,
            data,
            target,
            trust=[str(p) for p in trust or ()],
            only=only or (),
            seed=seed,
            params=params,
            name=name,
            input_spec=input_spec,
            on_check=on_check,
            model_options={"timeout": timeout} if timeout is not None else None,
            reference=reference,
        )
    emit(report, as_json=as_json, formats=formats, out=out, stem="assess", verbose=verbose)
    finish(report, fail_on)
