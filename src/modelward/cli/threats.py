"""`modelward threats`: the threat taxonomy, its ATLAS / OWASP ids and how to mitigate each threat."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from modelward.core.taxonomy import Taxonomy, Threat, load_taxonomy, ref_ids

EXIT_USAGE = 2

app = typer.Typer(
    help="The threat taxonomy: threats, their MITRE ATLAS / OWASP ids, default risk and mitigations.",
    invoke_without_command=True,
    add_completion=False,
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


def _risk(threat: Threat) -> str:
    from modelward.core.report import risk_level

    return f"{threat.likelihood}x{threat.impact}={threat.default_risk} {risk_level(threat.default_risk)}"


def _summary(threat: Threat) -> dict[str, Any]:
    return {
        "id": threat.id,
        "name": threat.name,
        "atlas": list(threat.atlas_ids),
        "owasp_ml": list(threat.owasp_ml_ids),
        "owasp_llm": list(threat.owasp_llm_ids),
        "likelihood": threat.likelihood,
        "impact": threat.impact,
        "default_risk": threat.default_risk,
    }


@app.callback(invoke_without_command=True)
def list_threats(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List every threat with its ATLAS and OWASP ids and its default risk (likelihood x impact)."""
    if ctx.invoked_subcommand is not None:
        return
    taxonomy = load_taxonomy()
    threats = list(taxonomy.threats.values())
    if as_json:
        typer.echo(json.dumps({"taxonomy_version": taxonomy.version,
                               "threats": [_summary(t) for t in threats]}, indent=2))
        return
    table = Table(title=f"modelward threats (taxonomy {taxonomy.version})")
    table.add_column("id", no_wrap=True, min_width=max(len(t.id) for t in threats))  # ids are never cut
    table.add_column("name", overflow="fold")
    table.add_column("ATLAS", no_wrap=True)
    table.add_column("OWASP", no_wrap=True)
    table.add_column("default risk", overflow="fold")
    for t in threats:
        owasp = ref_ids(t.owasp_ml) + ref_ids(t.owasp_llm)
        table.add_row(t.id, t.name, "\n".join(t.atlas_ids) or "-", "\n".join(owasp) or "-", _risk(t))
    Console().print(table)
    Console(stderr=True).print("details: modelward threats show ID", highlight=False)


def _unknown(taxonomy: Taxonomy, threat_id: str) -> typer.Exit:
    Console(stderr=True).print(
        f"[bold red]error:[/] unknown threat {threat_id!r}; known: {', '.join(sorted(taxonomy.threats))}",
        highlight=False,
    )
    return typer.Exit(EXIT_USAGE)


@app.command("show")
def show_threat(
    threat_id: Annotated[str, typer.Argument(metavar="ID", help="A threat id, e.g. data-poisoning.")],
    as_json: JsonOption = False,
) -> None:
    """Show one threat: description, external ids with names, default risk and reasons, mitigations."""
    taxonomy = load_taxonomy()
    if threat_id not in taxonomy.threats:
        raise _unknown(taxonomy, threat_id)
    threat = taxonomy.threats[threat_id]
    mitigations = taxonomy.mitigations_for(threat_id)
    if as_json:
        typer.echo(json.dumps({**threat.to_dict(), "mitigations": [m.to_dict() for m in mitigations]},
                              indent=2))
        return
    console = Console()
    console.print(f"[bold]{threat.name}[/] ({threat.id})", highlight=False)
    console.print(threat.description, highlight=False)
    for label, refs, key in (("MITRE ATLAS", threat.atlas, "atlas"),
                             ("OWASP ML Top 10", threat.owasp_ml, "owasp_ml"),
                             ("OWASP LLM Top 10", threat.owasp_llm, "owasp_llm")):
        source = taxonomy.sources.get(key)
        console.print(f"\n[bold]{label}[/]", highlight=False)
        if source:
            console.print(f"  [dim]{source.version}; checked {source.checked}[/]", highlight=False)
        for ref in refs:
            console.print(f"  {ref.id}  {ref.name}", highlight=False)
        if not refs:
            console.print("  - none maps to this threat (see docs/taxonomy.md)", highlight=False)
    console.print(f"\n[bold]NIST CSF 2.0 functions[/]  {', '.join(threat.nist_csf)}", highlight=False)
    console.print(f"\n[bold]Default risk[/]  {_risk(threat)}", highlight=False)
    console.print(f"  likelihood {threat.likelihood}: {threat.likelihood_reason}", highlight=False)
    console.print(f"  impact {threat.impact}: {threat.impact_reason}", highlight=False)
    console.print("  (a measured result in a report overrides these defaults)", highlight=False)
    table = Table(title="Mitigations")
    for col in ("id", "mitigation", "how to apply"):
        table.add_column(col)
    for m in mitigations:
        table.add_row(m.id, f"{m.title}: {m.description}", m.command or "guidance only")
    console.print(table)
