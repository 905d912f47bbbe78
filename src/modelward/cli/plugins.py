"""`modelward plugins`: the checks, mitigations, guards and format scanners installed, and their parameters."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="The installed checks, mitigations, guards and format scanners (built-in and third-party).",
                  invoke_without_command=True, add_completion=False)

JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


@app.callback(invoke_without_command=True)
def list_plugins(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option("--kind", help="Only this kind: check, mitigation, guard, format.")
                    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List registered plugins, built-in and from entry points; `modelward plugins show ID` for one."""
    if ctx.invoked_subcommand is not None:
        return
    from modelward.core.errors import ConfigError
    from modelward.core.plugins import PluginKind, discover

    try:
        chosen = PluginKind(kind) if kind else None
    except ValueError:
        raise ConfigError(f"--kind: unknown kind {kind!r}; expected one of "
                          f"{', '.join(k.value for k in PluginKind)}") from None
    specs = discover(chosen)
    if as_json:
        typer.echo(json.dumps([{"id": s.id, "kind": s.kind.value, "threat": s.threat, "title": s.title,
                                "target": s.target, "source": s.source} for s in specs], indent=2))
        return
    table = Table(title="modelward plugins")
    table.add_column("id", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("threat", no_wrap=True)
    table.add_column("title")
    for s in specs:
        table.add_row(s.id, s.kind.value, s.threat, s.title + ("" if s.source == "builtin" else f" ({s.source})"))
    Console().print(table)
    Console(stderr=True).print("parameters: modelward plugins show ID", highlight=False)


@app.command("show")
def show_plugin(
    plugin_id: Annotated[str, typer.Argument(metavar="ID", help="A plugin id (or its unique last part).")],
    as_json: JsonOption = False,
) -> None:
    """Show one plugin: what it does, its threat, and its declared parameters (for --set NAME=VALUE)."""
    from modelward.core.plugins import declared_params, example_params, get

    spec = get(plugin_id)
    obj = spec.resolve_target()
    params = [p.describe() for p in declared_params(obj)]
    doc = " ".join((obj.__doc__ or "").split())
    if as_json:
        typer.echo(json.dumps({"id": spec.id, "kind": spec.kind.value, "threat": spec.threat, "title": spec.title,
                               "doc": doc, "improves": getattr(obj, "improves", None), "source": spec.source,
                               "target": spec.target, "params": params,
                               "example_params": example_params(obj)}, indent=2, default=list))
        return
    console = Console(highlight=False)
    console.print(f"[bold]{spec.id}[/] ({spec.kind.value}, threat {spec.threat}, {spec.source})")
    console.print(doc, markup=False)
    if getattr(obj, "improves", None):
        console.print(f"before/after measured by the check [bold]{obj.improves}[/]")
    if not params:
        console.print("no parameters")
        return
    console.print("\n[bold]parameters[/] (--set NAME=VALUE)")
    for p in params:
        default = ",".join(map(str, p["default"])) if isinstance(p["default"], list) else str(p["default"])
        limits = [p["unit"]] if "unit" in p else []
        if "choices" in p:
            limits.append("one of " + ", ".join(map(str, p["choices"])))
        if "minimum" in p or "maximum" in p:
            limits.append(f"{p.get('minimum', '')}..{p.get('maximum', '')}")
        console.print(f"  [bold]{p['name']}[/] = {default or '(none)'}  [dim]{p['type']}"
                      + (f"; {'; '.join(limits)}" if limits else "") + "[/]")
        console.print(f"      {p['doc']}", markup=False)
