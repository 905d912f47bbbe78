"""`modelward data`: audit training data (PII, label errors, duplicates, outliers, leakage, balance) and
redact personal data from text files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from modelward.cli.common import emit, err_console, finish, parse_severity

app = typer.Typer(help="Training-data security: audit data for PII, label errors, duplicates, outliers, leakage "
                       "and imbalance; redact personal data; k-anonymous releases; manifests and diffs of data "
                       "versions.", no_args_is_help=True, add_completion=False)

MAX_TEXT_BYTES = 256 << 20


@app.command("audit")
def audit_command(
    data: Annotated[Path, typer.Argument(help="Data file: CSV, TSV, Parquet or NPZ.")],
    target: Annotated[str | None, typer.Option("--target", "-t", help="Label column (without it: PII only).")] = None,
    test: Annotated[Path | None, typer.Option("--test", help="Test split of the same columns (leakage).")] = None,
    group: Annotated[list[str] | None, typer.Option("--group", "-g", help="Column defining groups for label "
                                                    "rates (repeat).")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Run only these audits (repeat): pii, "
                                                   "label-errors, duplicates, outliers, leakage, balance.")] = None,
    ensemble: Annotated[str, typer.Option(help="Models judging labels: diverse, fast or linear.")] = "diverse",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write reports to.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
                       ] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    seed: Annotated[int, typer.Option(help="Random seed (folds, samples).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
) -> None:
    """Audit DATA: personal data per column; with --target, label errors, duplicates, outliers, class and
    group balance; with --test, train/test leakage."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from modelward.data.audit import AUDITS, AuditPlan, audit_file

    parse_severity(fail_on)
    plan = AuditPlan(tuple(only) if only else AUDITS, tuple(group or ()), ensemble, seed=seed)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err_console,
                  transient=True, disable=as_json) as bar:
        task = bar.add_task("reading", total=None)
        report = audit_file(data, target, test, plan, progress=lambda stage: bar.update(task, description=stage))
    emit(report, as_json=as_json, formats=formats, out=out, stem="data-audit", verbose=verbose)
    finish(report, fail_on)


@app.command("redact")
def redact_command(
    source: Annotated[Path, typer.Argument(help="UTF-8 text file to redact.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Redacted copy to write (never the input).")],
    strategy: Annotated[str, typer.Option(help="tag, mask, hmac or format (keyed: key in --key-env), or "
                                                "remove.")] = "tag",
    key_env: Annotated[str, typer.Option(help="Environment variable holding the hmac key.")] = "MODELWARD_PII_KEY",
    entity: Annotated[list[str] | None, typer.Option("--entity", "-e", help="Kinds to redact (repeat; "
                                                     "default all).")] = None,
) -> None:
    """Write SOURCE with personal data and secrets replaced to OUT (atomically), and print what was found."""
    import os

    from modelward.core.errors import ConfigError, DataError
    from modelward.core.output import atomic_write
    from modelward.data.pii import PiiDetector, Redactor
    from modelward.data.pii.detector import parse_entities

    if out.resolve() == source.resolve():
        raise ConfigError(f"--out {out}: is the input; the redacted copy never overwrites it")
    if not source.is_file():
        raise DataError(f"{source}: no such file")
    if source.stat().st_size > MAX_TEXT_BYTES:
        raise DataError(f"{source}: {source.stat().st_size} bytes, more than the {MAX_TEXT_BYTES} this command reads")
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    key = os.environ.get(key_env, "").encode() if strategy in ("hmac", "format") else None
    detector = PiiDetector(parse_entities(entity)) if entity else PiiDetector()
    result = Redactor(detector, strategy, key)(text)
    atomic_write(out, lambda p: p.write_text(result.text, encoding="utf-8"))
    found = ", ".join(f"{k}: {n}" for k, n in sorted(result.counts.items())) or "nothing"
    err_console.print(f"redacted {found}; wrote {out}")


@app.command("anonymize")
def anonymize_command(
    data: Annotated[Path, typer.Argument(help="Data file: CSV, TSV, Parquet or NPZ.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Anonymised CSV to write (never the input).")],
    qi: Annotated[list[str], typer.Option("--qi", help="Quasi-identifier column (repeat).")],
    k: Annotated[int, typer.Option("--k", help="Smallest equivalence class.")] = 5,
    sensitive: Annotated[str | None, typer.Option(help="Sensitive column (l-diversity, t-closeness).")] = None,
    l_diversity: Annotated[int, typer.Option("--l", help="Distinct sensitive values per class.")] = 1,
    drop: Annotated[list[str] | None, typer.Option(help="Direct identifier to drop (repeat).")] = None,
    mask: Annotated[list[str] | None, typer.Option(help="Direct identifier to mask (repeat).")] = None,
    pseudonymize: Annotated[list[str] | None, typer.Option(help="Direct identifier to replace by a keyed HMAC "
                                                           "pseudonym (repeat; key in --key-env).")] = None,
    format_token: Annotated[list[str] | None, typer.Option("--format-token", help="Direct identifier to replace by "
                                                           "a keyed token of the same format (repeat).")] = None,
    key_env: Annotated[str, typer.Option(help="Environment variable holding the pseudonym key.")] = "MODELWARD_PII_KEY",
) -> None:
    """Write a k-anonymous (and l-diverse) copy of DATA to OUT, atomically, and print the re-identification
    risk and utility loss before and after as JSON."""
    import csv
    import json
    import os
    import sys

    from modelward.core.data import read_columns
    from modelward.core.errors import ConfigError
    from modelward.core.output import atomic_write
    from modelward.data.anonymize.table import anonymise

    if out.resolve() == data.resolve():
        raise ConfigError(f"--out {out}: is the input; the anonymised copy never overwrites it")
    identifiers = {**{c: "drop" for c in drop or ()}, **{c: "mask" for c in mask or ()},
                   **{c: "hmac" for c in pseudonymize or ()}, **{c: "format" for c in format_token or ()}}
    key = os.environ.get(key_env, "").encode() if pseudonymize or format_token else None
    result = anonymise(read_columns(data), qi, k, sensitive, l_diversity, identifiers, key)

    def write(path: Path) -> None:
        names = list(result.columns)
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            writer.writerows(zip(*(result.columns[n].tolist() for n in names), strict=True))

    atomic_write(out, write)
    sys.stdout.write(json.dumps(result.summary(), indent=2) + "\n")
    err_console.print(f"wrote {out}")


@app.command("manifest")
def manifest_command(
    data: Annotated[Path, typer.Argument(help="Data file: CSV, TSV, Parquet or NPZ.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Manifest JSON to write.")],
    target: Annotated[str | None, typer.Option("--target", "-t", help="Label column (hashed apart).")] = None,
) -> None:
    """Write DATA's manifest (file SHA-256, per-row hashes of features and label) for lineage records."""
    from modelward.data.provenance import manifest

    m = manifest(data, target)
    m.write(out)
    err_console.print(f"{len(m.rows)} rows, sha256 {m.sha256}; wrote {out}")


@app.command("diff")
def diff_command(
    old: Annotated[Path, typer.Argument(help="Earlier version of the data.")],
    new: Annotated[Path, typer.Argument(help="Later version of the data.")],
    target: Annotated[str | None, typer.Option("--target", "-t", help="Label column.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write reports to.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
                       ] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
) -> None:
    """Rows added, removed and relabelled from OLD to NEW, and additions that look like poisoning."""
    from modelward import __version__
    from modelward.core.report import InputRecord, Metadata, Report
    from modelward.data.provenance import diff, diff_findings, manifest

    parse_severity(fail_on)
    d = diff(manifest(old, target), manifest(new, target))
    report = Report(Metadata(__version__, "data diff", subject=str(new),
                             inputs=(InputRecord(str(old), d.old.sha256, "data"),
                                     InputRecord(str(new), d.new.sha256, "data"))), tuple(diff_findings(d)))
    emit(report, as_json=as_json, formats=formats, out=out, stem="data-diff")
    finish(report, fail_on)
