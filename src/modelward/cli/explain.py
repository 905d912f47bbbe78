"""`modelward explain MODEL --data D --target T`: why the model decides as it does, and whether that
reveals a leak, a trigger, a proxy or a bias (the explain audits run alongside)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.common import err_console, finish, parse_severity

AUDITS = ("explain.leakage", "explain.trigger", "explain.proxies", "explain.fairness", "explain.scaffolding")


def explain_command(
    model: Annotated[str, typer.Argument(help="Model file (.onnx, .pkl, .joblib, ...) or URL.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Data: CSV, Parquet or NPZ.")],
    target: Annotated[str, typer.Option("--target", "-t", help="Name of the label column.")],
    rows: Annotated[str, typer.Option("--rows", help="Rows to explain: START:STOP, 3,7,11 or one row.")] = "0:10",
    method: Annotated[str, typer.Option(help="auto, tree, gradient or sampling.")] = "auto",
    sample: Annotated[int, typer.Option(help="Rows sampled for the global picture.")] = 300,
    budget: Annotated[int, typer.Option(help="Coalitions per row when sampling.")] = 512,
    max_rules: Annotated[int, typer.Option("--max-rules", help="Most surrogate rules (0: none).")] = 20,
    audit: Annotated[bool, typer.Option(help="Run the explain audits (leaks, triggers, proxies, fairness).")] = True,
    sensitive: Annotated[list[str] | None, typer.Option("--sensitive", help=(
        "Sensitive attribute column (repeat for several) for the proxy and fairness audits."))] = None,
    trust: Annotated[
        list[Path] | None, typer.Option("--trust", help="Checked model file: admit classes outside the allowlist.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write the results to.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")] = "json,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on an audit finding at or above this.")] = "high",
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation and the report as JSON.")] = False,
) -> None:
    """Explain MODEL on DATA: local attributions of the chosen rows, the global picture, stability, a
    sanity check, surrogate rules, and the explanation-based audits."""
    from modelward import api
    from modelward.core.output import parse_formats
    from modelward.core.report import Metadata, Report

    parse_severity(fail_on)
    chosen = parse_formats(formats) if out is not None else ()
    with err_console.status("explaining", spinner="dots") if not as_json else _quiet():
        explanation = api.explain(model, data, target, rows=rows, trust=[str(p) for p in trust or ()],
                                  sensitive=tuple(sensitive or ()), method=method, seed=seed, sample=sample,
                                  budget=budget, rules=max_rules > 0, max_rules=max(max_rules, 1))
        if audit:
            report = api.assess(model, data, target, trust=[str(p) for p in trust or ()], only=AUDITS, seed=seed,
                                sensitive=tuple(sensitive or ()))
        else:
            from modelward import __version__

            report = Report(Metadata(__version__, "explain", subject=explanation.model))
    if as_json:
        from modelward.core.render.json import to_json

        sys.stdout.write(json.dumps({"explanation": explanation.to_dict(),
                                     "report": json.loads(to_json(report))}, indent=1) + "\n")
    else:
        _show(explanation)
        from modelward.core.render.terminal import render_terminal

        render_terminal(report)
    if out is not None:
        for path in _write(explanation, report, chosen, out):
            err_console.print(f"wrote {path}")
    finish(report, fail_on)


class _quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _write(explanation: Any, report: Any, formats: tuple[str, ...], out: Path) -> list[Path]:
    from modelward.core.output import atomic_write, write_reports
    from modelward.explain.html import explanation_html

    out.mkdir(parents=True, exist_ok=True)
    written = write_reports(report, [f for f in formats if f != "html"], out, stem="explain-report")
    text = json.dumps(explanation.to_dict(), indent=1)
    written.append(atomic_write(out / "explanation.json", lambda p: p.write_text(text, encoding="utf-8")))
    if "html" in formats:
        page = explanation_html(report, explanation)
        written.append(atomic_write(out / "explain.html", lambda p: p.write_text(page, encoding="utf-8")))
    return written


def _show(e: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    d = e.to_dict()
    console.print(f"[bold]{d['model']}[/] on {d['source']}: {d['method']} ({d['units']})")
    s, q = d["stability"], d["sanity"]
    console.print("stability: exact" if s["exact"] else
                  f"stability: top-{s['k']} Jaccard across seeds mean {s['mean_jaccard']:.3f}, "
                  f"min {s['min_jaccard']:.3f}")
    console.print(f"sanity: {'not verified' if q['passed'] is None else 'passed' if q['passed'] else 'FAILED'} "
                  f"({q['randomisation']})")
    table = Table(title="largest attributions per row")
    for col in ("row", "class", "output", "features (value: attribution)"):
        table.add_column(col)
    for r in d["rows"]:
        tops = "; ".join(f"{t['feature']}={t['value']:.4g}: {t['attribution']:+.4g}" if t["value"] is not None
                         else f"{t['feature']}=missing: {t['attribution']:+.4g}" for t in r["top"])
        table.add_row(str(r["row"]), r["class"], f"{r['output']:.4g}", tops)
    console.print(table)
    top = ", ".join(f"{g['feature']} ({g['mean_abs_attribution']:.3g})" for g in d["global_importance"][:8])
    console.print(f"global importance (mean |attribution| over {d['sample_rows']} rows): {top}")
    if "rules" in d:
        rules = d["rules"]
        console.print(f"surrogate rules: {len(rules['rules'])} rules, fidelity {rules['fidelity']:.3f} on "
                      f"{rules['held_out_rows']} held-out rows")
        for r in rules["rules"]:
            console.print(f"  {r['rule']}  [dim]({r['coverage']:.1%} of rows)[/]")
        console.print(f"  otherwise {rules['default']}")
