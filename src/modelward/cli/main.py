"""The `modelward` command: one sub-command per verb; each module here is a thin shell."""

from __future__ import annotations

import sys

import typer

from modelward import __version__
from modelward.cli import assess, plugins, report
from modelward.cli.common import EXIT_ERROR, err_console
from modelward.core.errors import ModelwardError

app = typer.Typer(
    name="modelward",
    help="Find, fix and guard the security threats of machine-learning models.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("assess")(assess.assess_command)
app.command("report")(report.report_command)
app.command("plugins")(plugins.plugins_command)


def _add_optional(module: str, attr: str, name: str) -> None:
    """Sub-command groups from capability packages; absent ones are simply not offered."""
    import importlib

    try:
        sub = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return
    app.add_typer(sub, name=name)


_add_optional("modelward.cli.threats", "app", "threats")


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True),
) -> None:
    if version:
        typer.echo(f"modelward {__version__}")
        raise typer.Exit(0)


def main() -> None:
    """Entry point: a ModelwardError is one clear line on stderr and exit code 2."""
    try:
        rc = app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except ModelwardError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_ERROR)
    except (typer.Abort, KeyboardInterrupt):
        err_console.print("aborted")
        sys.exit(130)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(EXIT_ERROR)
        raise
    sys.exit(rc if isinstance(rc, int) else 0)
