"""`modelward threat-model` (a system described as code -> ranked, evidence-backed threats) and
`modelward incident` (open, preserve, contain, eradicate, recover, review). Thin: parse, call
`modelward.governance`, render."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, emit, err_console, parse_severity
from modelward.core.errors import ConfigError


def _write(path: Path, text: str) -> None:
    from modelward.core.output import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    err_console.print(f"wrote {path}")


def threat_model_command(
    system: Annotated[Path | None, typer.Argument(help="The system model (YAML).", show_default=False)] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on an open threat whose residual risk is at or "
                                                          "above this severity.")] = "high",
    as_json: Annotated[bool, typer.Option("--json", help="Print the core JSON report.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory for the register, diagram, crosswalk "
                                                                 "and privacy section.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Register formats for --out: json,sarif,html.")]
    = "json,html",
    diff: Annotated[Path | None, typer.Option("--diff", help="An earlier version of the system model: show what "
                                                             "changed in risk.")] = None,
    rules: Annotated[list[Path] | None, typer.Option("--rules", help="An extra rule library (TOML).")] = None,
    layout: Annotated[str, typer.Option("--layout", help="Diagram layout: builtin or graphviz.")] = "builtin",
    today: Annotated[str | None, typer.Option("--today", help="Date acceptances expire against (YYYY-MM-DD).")] = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON schema of system models and exit.")] = False,
    crosswalk: Annotated[bool, typer.Option("--crosswalk", help="Print the ATLAS / OWASP / NIST CSF / CoSAI / EU AI "
                                                                "Act crosswalk and exit.")] = False,
) -> None:
    """Threats of a system described as code: generated per element from the taxonomy, scored, closed by evidence
    from the components' reports, ranked; exit 1 when an open one reaches --fail-on (a CI gate)."""
    from modelward.governance.crosswalk import crosswalk_markdown

    if schema:
        from modelward.governance.system import system_schema

        sys.stdout.write(json.dumps(system_schema(), indent=1) + "\n")
        raise typer.Exit(EXIT_CLEAN)
    if crosswalk:
        sys.stdout.write(crosswalk_markdown())
        raise typer.Exit(EXIT_CLEAN)
    if system is None:
        raise ConfigError("threat-model: give a system model (YAML), or --schema / --crosswalk")
    severity = parse_severity(fail_on)
    if layout not in ("builtin", "graphviz"):
        raise ConfigError(f"--layout: {layout!r}; expected builtin or graphviz")
    try:
        when = date.fromisoformat(today) if today else None
    except ValueError:
        raise ConfigError(f"--today: {today!r} is not a date (YYYY-MM-DD)") from None
    from modelward.governance import load_system, threat_model, to_report
    from modelward.governance.rules import load_rules

    library = load_rules(tuple(rules or ()))
    model = threat_model(load_system(system), library, when)
    report = to_report(model)
    emit(report, as_json=as_json, formats=formats, out=out, stem="threat-model")
    if out is not None:
        from modelward.governance.dfd import render_graphviz, to_svg
        from modelward.governance.privacy import privacy_markdown
        from modelward.governance.register import model_to_dict

        svg = render_graphviz(model.system, model) if layout == "graphviz" else to_svg(model.system, model)
        _write(out / "threat-model.svg", svg)
        _write(out / "crosswalk.md", crosswalk_markdown({t.threat for t in model.threats}))
        _write(out / "privacy.md", privacy_markdown(model))
        _write(out / "threat-model.register.json", json.dumps(model_to_dict(model), indent=1) + "\n")
    if diff is not None:
        from modelward.governance.diff import diff_models

        changes = diff_models(threat_model(load_system(diff), library, when), model)
        err_console.print(f"risk changes since {diff}: {len(changes) or 'none'}")
        for c in changes:
            err_console.print(f"  {c.change:8} {c.component}/{c.threat}: {c.before} -> {c.after}", highlight=False)
    failing = model.failing(severity)
    if failing:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_CLEAN)


def register(app: Any) -> None:
    """Add `threat-model` (and, once present, `incident`) to the modelward app."""
    app.command("threat-model")(threat_model_command)
