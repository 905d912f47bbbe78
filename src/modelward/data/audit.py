"""`data audit`: every data check over one file (CSV, TSV, Parquet, NPZ), with an optional test split and
group columns, as one report. Every column is checked for PII; the numeric analyses use the numeric
columns and the text columns with few enough distinct values to be categories, and say which they left
out. A check that fails is an error in the report, never a silent gap."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from os import PathLike
from pathlib import Path

import numpy as np

from modelward.core.data import TabularDataset, load_dataset, read_columns
from modelward.core.errors import DataError, ModelwardError
from modelward.core.findings import Finding
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.data.stream import sample_csv, write_csv

AUDITS = ("pii", "label-errors", "duplicates", "outliers", "leakage", "balance")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class AuditPlan:
    """What to run: `audits` (a subset of AUDITS), `groups` (columns for group label rates)."""

    audits: tuple[str, ...] = AUDITS
    groups: tuple[str, ...] = ()
    ensemble: str = "diverse"
    max_categories: int = 1000
    seed: int = 0
    stream_bytes: int = 256 << 20  # a CSV larger than this is sampled in one pass, not loaded
    sample_rows: int = 200_000

    def __post_init__(self) -> None:
        unknown = [a for a in self.audits if a not in AUDITS]
        if unknown:
            raise DataError(f"unknown audit(s) {', '.join(unknown)}; expected some of {', '.join(AUDITS)}")


def _usable(columns: dict[str, np.ndarray], target: str, max_categories: int) -> tuple[list[str], list[Skipped]]:
    usable, skipped = [], []
    for name, col in columns.items():
        if name == target:
            continue
        if col.dtype != object:
            usable.append(name)
            continue
        distinct = {str(v).strip() for v in col.tolist() if v is not None}
        numeric = all(_is_number(v) for v in distinct)
        identifier = len(distinct) > max(20, 0.5 * len(col))
        if numeric or (len(distinct) <= max_categories and not identifier):
            usable.append(name)
        else:
            what = "an identifier (most values distinct)" if identifier else f"{len(distinct)} distinct values"
            skipped.append(Skipped(f"column {name}", f"text, {what}: checked for PII only, not used by the numeric "
                                                     "analyses"))
    return usable, skipped


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return text.lower() in {"", "na", "n/a", "nan", "null", "none"}
    return True


def _run(name: str, step: Callable[[], list[Finding]], findings: list[Finding], errors: list[ErrorRecord]) -> None:
    try:
        findings.extend(step())
    except ModelwardError as exc:
        errors.append(ErrorRecord(name, str(exc)))


def audit_file(path: str | PathLike[str], target: str | None = None, test: str | PathLike[str] | None = None,
               plan: AuditPlan | None = None, progress: Progress | None = None) -> Report:
    """The audit report of `path` (and `test`, for leakage). Without `target`, only PII is audited."""
    from modelward import __version__
    from modelward.data.checks import balance_findings, duplicate_findings, leakage_findings, outlier_findings
    from modelward.data.labels.check import LabelErrorCheck
    from modelward.data.pii.check import PiiCheck

    plan = plan or AuditPlan()
    say = progress or (lambda _: None)
    p = Path(path)
    findings: list[Finding] = []
    errors: list[ErrorRecord] = []
    skipped: list[Skipped] = []
    inputs = [InputRecord.of_file(p, "data")]
    say("reading")
    source = p
    if p.suffix.lower() in (".csv", ".tsv", ".txt") and p.is_file() and p.stat().st_size > plan.stream_bytes:
        columns, total = sample_csv(p, plan.sample_rows, plan.seed)
        if total > len(next(iter(columns.values()))):
            skipped.append(Skipped("rows", f"{total} rows, {p.stat().st_size} bytes: read in one pass; every "
                                           f"audit ran on a uniform sample of {plan.sample_rows} rows"))
        tmp = tempfile.TemporaryDirectory()
        source = write_csv(columns, Path(tmp.name) / p.name)
    else:
        columns = read_columns(p, target or "")
    if target is not None and target not in columns:
        raise DataError(f"{p}: no target column {target!r}; available columns: {list(columns)}")
    if "pii" in plan.audits:
        say("personal data")
        _run("pii", lambda: PiiCheck().scan(columns, str(p), plan.seed), findings, errors)
    numeric = [a for a in plan.audits if a != "pii"]
    if target is None:
        if numeric:
            skipped.append(Skipped(", ".join(numeric), "no target column given (--target): only PII was audited"))
    elif numeric:
        features, left_out = _usable(columns, target, plan.max_categories)
        skipped += left_out
        data: TabularDataset = replace(load_dataset(source, target, features=features,
                                                    max_categories=plan.max_categories), source=str(p))
        if "label-errors" in plan.audits:
            say("label errors")
            check = LabelErrorCheck(ensemble=plan.ensemble)
            _run("label-errors", lambda: check.findings(data, plan.seed), findings, errors)
        if "duplicates" in plan.audits:
            say("duplicates")
            _run("duplicates", lambda: duplicate_findings(data, "data.duplicates"), findings, errors)
        if "outliers" in plan.audits:
            say("outliers")
            _run("outliers", lambda: outlier_findings(data, "data.outliers", seed=plan.seed), findings, errors)
        if "balance" in plan.audits:
            say("balance")
            _run("balance", lambda: balance_findings(data, "data.balance", plan.groups), findings, errors)
        if "leakage" in plan.audits:
            if test is None:
                skipped.append(Skipped("leakage", "no test split given (--test): shared rows not checked"))
            else:
                say("leakage")
                t = Path(test)
                inputs.append(InputRecord.of_file(t, "data"))
                held = load_dataset(t, target, features=features, max_categories=plan.max_categories,
                                    encodings=data.encodings)  # one code per category in both files
                _run("leakage", lambda: leakage_findings(data, held, "data.leakage", seed=plan.seed), findings, errors)
    return Report(Metadata(__version__, "data audit", subject=str(p), inputs=tuple(inputs)), tuple(findings),
                  tuple(skipped), tuple(errors))


def audit_columns(columns: dict[str, Sequence[object] | np.ndarray], source: str = "<memory>") -> list[Finding]:
    """PII findings for in-memory columns (a DataFrame's, say)."""
    from modelward.data.pii.check import PiiCheck

    return PiiCheck().scan(columns, source)
