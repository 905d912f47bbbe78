"""The `modelward` command: one sub-command per verb; each module here is a thin shell.

`modelward scan` is dispatched before the typer app is built (pre-commit hooks and CI run it once per
file, so it imports only the scanner); every other command goes through the typer app."""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any

from modelward.core.errors import ModelwardError

# Commands whose module is dispatched alone (as `scan` is): signing and verifying run per model in CI and
# at every start of a server, where building the whole application (and importing every capability's
# command module) would cost more than hashing a small model.
INTEGRITY_COMMANDS = frozenset({"sign", "verify", "diff", "provenance", "watch", "signing-keys", "seal", "unseal",
                                "reseal", "seal-key", "store"})


@lru_cache(maxsize=2)
def build_app(only: str | None = None) -> Any:
    """The typer application; `only="integrity"`: the integrity commands alone."""
    import typer

    from modelward import __version__

    app = typer.Typer(
        name="modelward",
        help="Find, fix and guard the security threats of machine-learning models.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

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

    if only == "integrity":
        __import__("modelward.cli.integrity", fromlist=["register"]).register(app)
        return app
    from modelward.cli import assess, harden, plugins, report, scan

    scan.register(app)  # scan (listed; run by run_scan) and convert
    app.command("assess")(assess.assess_command)
    app.command("harden")(harden.harden_command)
    app.command("report")(report.report_command)
    app.command("explain")(__import__("modelward.cli.explain", fromlist=["explain_command"]).explain_command)
    app.add_typer(plugins.app, name="plugins")
    __import__("modelward.cli.integrity", fromlist=["register"]).register(app)  # sign, verify, diff, seal, ...
    __import__("modelward.cli.serve", fromlist=["register"]).register(app)  # serve, api-keys, audit
    __import__("modelward.cli.governance", fromlist=["register"]).register(app)  # threat-model, incident

    def _add_optional(module: str, attr: str, name: str) -> None:
        """Sub-command groups from capability packages; absent ones are simply not offered."""
        import importlib

        try:
            sub = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            return
        app.add_typer(sub, name=name)

    _add_optional("modelward.cli.threats", "app", "threats")
    _add_optional("modelward.cli.monitor", "app", "monitor")
    _add_optional("modelward.cli.data", "app", "data")
    return app


def __getattr__(name: str) -> Any:
    if name == "app":  # the typer app, built on first use
        return build_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point: usage errors exit 2 (click); a ModelwardError is one clear line on stderr and exit 2; any
    other exception is a bug: one line naming it, exit 3 (never 1, which means findings), the traceback
    with MODELWARD_DEBUG=1."""
    import os

    try:
        app = globals().get("app")  # set when a program (or a test) replaced the app: it runs everything
        if app is None and sys.argv[1:2] == ["scan"]:
            from modelward.cli.scan import run_scan

            sys.exit(run_scan(sys.argv[2:]))
        if app is None and sys.argv[1:2] and sys.argv[1] in INTEGRITY_COMMANDS:
            app = build_app("integrity")
        (app or build_app())()
    except ModelwardError as exc:
        from rich.text import Text

        from modelward.cli.common import EXIT_ERROR, err_console

        err_console.print(Text("error: ", style="bold red") + Text(str(exc)), soft_wrap=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        if os.environ.get("MODELWARD_DEBUG"):
            raise
        from rich.text import Text

        from modelward.cli.common import EXIT_INTERNAL, err_console

        err_console.print(Text("internal error: ", style="bold red") + Text(f"{type(exc).__name__}: {exc}")
                          + Text(" (a bug in modelward; MODELWARD_DEBUG=1 shows where)"), soft_wrap=True)
        sys.exit(EXIT_INTERNAL)
