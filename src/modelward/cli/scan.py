"""`modelward scan` and `modelward convert`: parse options, call modelward.scan, render, exit 0/1/2.

`scan` parses with argparse and imports only the scanner and the renderer it needs, because
pre-commit hooks and CI call it once per file: `modelward.cli.main` hands it argv before building the
typer app (typer only lists it in `modelward --help`). `convert` is a typer command, registered by
`register(app)`.

Annotations here are evaluated at definition (no `from __future__ import annotations`): typer reads the
ones of the commands `register` defines, where `typer` is a local name.
"""

import argparse
import re
import sys
from pathlib import Path
from typing import Any

SCAN_HELP = "Decide, without loading, whether model files run code. Exit 0 clean, 1 findings, 2 input error."
SEVERITIES = ("critical", "high", "medium", "low", "info")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="modelward scan", description=SCAN_HELP)
    p.add_argument("paths", nargs="*", type=Path, help="Model files, folders or model repositories.")
    p.add_argument("--jobs", "-j", type=int, default=1, help="Parallel processes (default 1).")
    p.add_argument("--policy", type=Path, help="TOML file extending the allowlist.")
    p.add_argument("--deps", help="Audit requirements.txt, pyproject.toml or 'environment'.")
    p.add_argument("--vuln-db", type=Path, help="Offline OSV database (folder or zip of advisory JSON) for --deps.")
    p.add_argument("--fail-on", default="high", help="Exit 1 at or above: critical/high/medium/low/info "
                                                      "(default high).")
    p.add_argument("--format", "-f", dest="formats", default="json,sarif,html",
                   help="Reports to write to --out: json,sarif,html.")
    p.add_argument("--out", "-o", type=Path, help="Folder for the --format reports.")
    p.add_argument("--json", dest="as_json", action="store_true", help="Print the JSON report to stdout.")
    return p


def run_scan(argv: list[str]) -> int:
    """The exit code of `modelward scan ARGV`; ModelwardError for bad options or inputs (the caller prints it)."""
    from modelward.core.errors import ConfigError

    parser = _parser()
    args = parser.parse_args(argv)  # usage errors: message and exit 2, as click does
    fail_on = args.fail_on.lower()
    if fail_on not in SEVERITIES:
        raise ConfigError(f"--fail-on: unknown severity {args.fail_on!r}; expected one of {', '.join(SEVERITIES)}")
    if args.jobs < 1:
        raise ConfigError(f"--jobs {args.jobs}: expected 1 or more")
    formats = _formats(args.formats, args.out)
    if not args.paths and args.deps is None:
        raise ConfigError("nothing to scan: give model files or folders, or --deps FILE")
    if args.vuln_db is not None and args.deps is None:
        raise ConfigError("--vuln-db needs --deps (requirements.txt, pyproject.toml or 'environment')")
    from modelward.core.findings import Severity
    from modelward.scan.api import scan_path

    rules = None
    if args.policy:
        from modelward.scan.policy import load_policy

        rules = load_policy(args.policy)
    report = scan_path(args.paths, jobs=args.jobs, policy=rules, deps=args.deps, vuln_db=args.vuln_db)
    _emit(report, args.as_json, formats, args.out)
    return report.exit_code(Severity(fail_on))


def _formats(text: str, out: Path | None) -> tuple[str, ...]:
    from modelward.core.output import parse_formats

    chosen = parse_formats(text)  # bad options fail before any work
    return chosen if out is not None else ()


def _clean(text: object) -> str:
    """Text from a file, safe for a terminal: control characters (ESC, CR, ...) shown as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def render_lines(report: Any) -> str:
    """One line per finding, worst first, then what was skipped or failed and a summary line: what a
    pre-commit hook or CI log shows (the HTML/SARIF/JSON reports carry the evidence)."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    lines = [f"{_clean(f.location)}: {f.severity.value.upper()} {f.check_id}: {_clean(f.title)}"
             for f in sorted(report.findings, key=lambda f: rank[f.severity.value])]
    lines += [f"{_clean(s.subject)}: skipped: {_clean(s.reason)}" for s in report.skipped]
    lines += [f"{_clean(e.subject)}: error: {_clean(e.message)}" for e in report.errors]
    counts = {s: sum(f.severity.value == s for f in report.findings) for s in SEVERITIES}
    shown = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no findings"
    lines.append(f"modelward scan: {len(report.metadata.inputs)} files scanned: {shown}; "
                 f"{len(report.skipped)} skipped, {len(report.errors)} errors")
    return "\n".join(lines) + "\n"


def _emit(report: Any, as_json: bool, formats: tuple[str, ...], out: Path | None) -> None:
    if as_json:
        from modelward.core.render.json import to_json

        sys.stdout.write(to_json(report) + "\n")
    else:
        sys.stdout.write(render_lines(report))
    if out is not None:
        from modelward.core.output import write_reports

        for path in write_reports(report, formats, out, stem="scan"):
            sys.stderr.write(f"wrote {path}\n")


def register(app: Any) -> None:
    """Put `scan` (handed to `run_scan`, listed for --help) and `convert` on the typer app."""
    from typing import Annotated

    import typer

    typed: typer.Typer = app

    @typed.command("scan", help=SCAN_HELP, add_help_option=False,
                 context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    def scan_command(ctx: typer.Context) -> None:
        raise typer.Exit(run_scan(list(ctx.args)))

    @typed.command("convert")
    def convert_command(
        path: Annotated[Path, typer.Argument(help="A model file to convert.")],
        to: Annotated[str, typer.Option("--to", help="safetensors (torch), skops or onnx (scikit-learn).")]
        = "safetensors",
        out: Annotated[Path | None, typer.Option("--out", help="Output file.")] = None,
    ) -> None:
        """Convert a scanned-clean model to a format that cannot run code on load."""
        from modelward.scan.convert import convert

        typer.echo(str(convert(path, to=to, out=out)))
