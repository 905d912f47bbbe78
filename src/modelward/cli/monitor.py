"""`modelward monitor`: drift of data, predictions and performance against a reference."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.common import err_console, finish, parse_severity

app = typer.Typer(help="Drift and degradation monitoring: batch drift reports, retraining incidents.",
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
    policy: Annotated[Path | None, typer.Option("--policy", help=(
        "Retraining policy (TOML): open an incident and act when a threshold is crossed."))] = None,
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
    rules = None
    if policy is not None:
        from modelward.monitor.policy import load_policy

        rules = load_policy(policy)  # a bad policy fails before any work
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
    if rules is not None:
        from modelward.monitor.trigger import apply_policy

        report, incident = apply_policy(rules, result, report)
        if incident is not None:
            err_console.print(f"incident {incident['id']}: {incident['status']} "
                              f"({rules.action.incidents / (incident['id'] + '.json')})")
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


def _store(policy: Path) -> tuple[Any, Any]:
    from modelward.monitor.incidents import IncidentStore
    from modelward.monitor.policy import load_policy

    rules = load_policy(policy)
    return rules, IncidentStore(rules.action.incidents)


PolicyOption = Annotated[Path, typer.Option("--policy", help="The retraining policy the incidents belong to.")]
ByOption = Annotated[str, typer.Option("--by", help="Who decides (recorded in the incident's history).")]


@app.command("incidents")
def incidents_command(policy: PolicyOption,
                      as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """List the incidents a retraining policy opened, newest last."""
    import json
    import sys

    _, store = _store(policy)
    found = store.list()
    if as_json:
        sys.stdout.write(json.dumps(found, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    from modelward.core.render.terminal import clean

    table = Table("incident", "status", "created", "reasons")
    for inc in found:
        table.add_row(clean(inc["id"]), clean(inc.get("status", "")), clean(inc.get("created", "")),
                      clean("; ".join(inc.get("reasons", []))[:200]))
    Console().print(table if found else "no incidents")


@app.command("approve")
def approve_command(incident: Annotated[str, typer.Argument(help="Incident id (INC-...).")], policy: PolicyOption,
                    by: ByOption) -> None:
    """Approve an incident awaiting approval: run the policy's command / webhook with its evidence."""
    rules, store = _store(policy)
    done = store.act(incident, rules, by)
    err_console.print(f"incident {incident}: {done['status']}")
    raise typer.Exit(0 if done["status"] == "acted" else 1)


@app.command("reject")
def reject_command(incident: Annotated[str, typer.Argument(help="Incident id (INC-...).")], policy: PolicyOption,
                   by: ByOption, reason: Annotated[str, typer.Option("--reason", help="Why.")]) -> None:
    """Reject an incident awaiting approval (nothing runs; the decision is recorded)."""
    _, store = _store(policy)
    store.reject(incident, by, reason)
    err_console.print(f"incident {incident}: rejected")
