"""`modelward plugins`: what checks, mitigations and guards are installed."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


def plugins_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List registered checks, mitigations and guards, built-in and from entry points."""
    from modelward.core.plugins import discover

    specs = discover()
    if as_json:
        typer.echo(json.dumps([{"id": s.id, "kind": s.kind.value, "threat": s.threat,
                                "target": s.target, "source": s.source} for s in specs], indent=2))
        return
    table = Table(title="modelward plugins")
    for col in ("id", "kind", "threat", "source"):
        table.add_column(col)
    for s in specs:
        table.add_row(s.id, s.kind.value, s.threat, s.source)
    Console().print(table)
