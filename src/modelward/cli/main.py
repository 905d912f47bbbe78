"""The `modelward` command: one sub-command per verb; each module here is a thin shell."""

from __future__ import annotations

import sys

import typer

from modelward import __version__
from modelward.cli import assess, harden, plugins, report, scan
from modelward.cli.common import EXIT_ERROR, EXIT_INTERNAL, err_console
from modelward.core.errors import ModelwardError

app = typer.Typer(
    name="modelward",
    help="Find, fix and guard the security threats of machine-learning models.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("scan")(scan.scan_command)
app.command("convert")(scan.convert_command)
app.command("assess")(assess.assess_command)
app.command("harden")(harden.harden_command)
app.command("report")(report.report_command)
app.add_typer(plugins.app, name="plugins")


def _add_optional(module: str, attr: str, name: str) -> None:
    """Sub-command groups from capability packages; absent ones are simply not offered."""
    import importlib

    try:
        sub = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return
    app.add_typer(sub, name=name)


_add_optional("modelward.cli.threats", "app", "threats")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"modelward {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", is_eager=True, callback=_show_version
    ),
) -> None:
    """Find, fix and guard the security threats of machine-learning models."""


def main() -> None:
    """Entry point: usage errors exit 2 (click); a ModelwardError is one clear line on stderr and exit 2; any
    other exception is a bug: one line naming it, exit 3 (never 1, which means findings), the traceback
    with MODELWARD_DEBUG=1."""
    import os

    from rich.text import Text

    try:
        app()
    except ModelwardError as exc:
        err_console.print(Text("error: ", style="bold red") + Text(str(exc)), soft_wrap=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        if os.environ.get("MODELWARD_DEBUG"):
            raise
        err_console.print(Text("internal error: ", style="bold red") + Text(f"{type(exc).__name__}: {exc}")
                          + Text(" (a bug in modelward; MODELWARD_DEBUG=1 shows where)"), soft_wrap=True)
        sys.exit(EXIT_INTERNAL)
