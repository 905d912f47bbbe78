"""`assess`: load the model and data, run every applicable registered check, return one Report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.context import AssessContext, Dataset, ProgressFn
from modelward.core.errors import DataError, ModelwardError
from modelward.core.findings import Finding
from modelward.core.plugins import Check, load_checks
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped

CheckProgress = Callable[[str, int, int], None]


def _as_dataset(data: Any, target: str | None) -> Dataset:
    if isinstance(data, Dataset):
        return data
    if isinstance(data, tuple) and len(data) == 2:
        X, y = (np.asarray(a) for a in data)
        if X.ndim != 2 or len(X) != len(y):
            raise DataError(f"(X, y): expected a 2-D X and as many labels as rows, got {X.shape} and {y.shape}")
        return Dataset(X.astype(float), y, tuple(f"x{i}" for i in range(X.shape[1])))
    if isinstance(data, (str, Path)):
        from modelward.core.data import load_dataset

        if target is None:
            raise DataError(f"{data}: name the target column (target=...)")
        return load_dataset(Path(data), target)
    if hasattr(data, "columns") and target is not None:  # a pandas DataFrame
        if target not in data.columns:
            raise DataError(f"target column {target!r} not in data; columns: {', '.join(map(str, data.columns))}")
        features = [c for c in data.columns if c != target]
        return Dataset(data[features].to_numpy(dtype=float), data[target].to_numpy(),
                       tuple(map(str, features)), target)
    raise DataError(f"cannot use {type(data).__name__} as data: pass a file path, a Dataset, (X, y) or a DataFrame")


def _probe(adapter: ModelAdapter, dataset: Dataset) -> None:
    """Score two rows first, so data the model cannot take is one clear input error, not N check errors."""
    try:
        proba = adapter.predict_proba(dataset.X[:2])
    except ModelwardError:
        raise
    except Exception as exc:
        raise DataError(
            f"{dataset.source}: the model cannot score rows of {dataset.X.shape[1]} features "
            f"({', '.join(dataset.feature_names[:5])}{', ...' if dataset.X.shape[1] > 5 else ''}): {exc}"
        ) from None
    if proba.shape[1] != len(adapter.classes):
        raise DataError(f"{adapter.name}: returned {proba.shape[1]} scores per row for {len(adapter.classes)} classes")


def run_checks(
    ctx: AssessContext,
    checks: Iterable[Check],
    on_check: CheckProgress | None = None,
) -> tuple[list[Finding], list[Skipped], list[ErrorRecord]]:
    """Run each check that applies; a failing check becomes an error record, never a crash."""
    checks = list(checks)
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    errors: list[ErrorRecord] = []
    for i, check in enumerate(checks):
        if on_check:
            on_check(check.id, i, len(checks))
        try:
            if not check.applies(ctx):
                skipped.append(Skipped(check.id, "does not apply to this model or data"))
                continue
            findings.extend(check.run(ctx))
        except ModelwardError as exc:
            errors.append(ErrorRecord(check.id, str(exc)))
        except Exception as exc:  # a buggy check must not hide the others' results
            errors.append(ErrorRecord(check.id, f"{type(exc).__name__}: {exc}"))
    if on_check:
        on_check("", len(checks), len(checks))
    return findings, skipped, errors


def assess(
    model: Any,
    data: Any,
    target: str | None = None,
    *,
    checks: Iterable[Check] | None = None,
    only: Sequence[str] = (),
    seed: int = 0,
    options: dict[str, Any] | None = None,
    model_options: dict[str, Any] | None = None,
    input_spec: InputSpec | None = None,
    progress: ProgressFn | None = None,
    on_check: CheckProgress | None = None,
    subject: str = "",
    model_inputs: Sequence[InputRecord] = (),
) -> Report:
    """Measure the model's exposure with every applicable registered check.

    `model`: a ModelAdapter, fitted estimator, torch module, callable or URL (files are loaded, after a
    scan, by `modelward.assess`, which calls this).
    `data`: a CSV/Parquet/NPZ path (with `target`), a DataFrame, (X, y) or a Dataset.
    `only`: run just the checks whose id starts with one of these prefixes.
    `model_options`: passed to the adapter when `model` is wrapped here (e.g. timeout=... for a URL).
    `subject`, `model_inputs`: how the report names the model and the files it came from.
    `input_spec`: the declared valid input domain; inferred from the data when neither it nor the
    adapter declares one.
    """
    from modelward import __version__

    dataset = _as_dataset(data, target)
    from modelward.core.adapters.wrap import adapter_for

    adapter = adapter_for(model, **dict(model_options or {}))
    if input_spec is not None:
        adapter.input_spec = input_spec
    elif not adapter.input_spec.features:
        adapter.input_spec = InputSpec.infer(dataset.X, dataset.feature_names)
    adapter.input_spec.check(dataset.X, source=dataset.source)
    _probe(adapter, dataset)
    ctx = AssessContext(adapter, dataset, seed=seed, options=dict(options or {}),
                        **({"progress": progress} if progress else {}))
    selected = list(checks) if checks is not None else load_checks()
    if only:
        selected = [c for c in selected if any(c.id.startswith(p) for p in only)]
    findings, skipped, errors = run_checks(ctx, selected, on_check)
    inputs = [*model_inputs, *(InputRecord.of_file(data, "data") for _ in (0,)
                                if isinstance(data, (str, Path)) and Path(data).is_file())]
    return Report(
        metadata=Metadata(tool_version=__version__, command="assess",
                          subject=subject or (str(model) if isinstance(model, str) else adapter.name),
                          inputs=tuple(inputs)),
        findings=tuple(findings),
        skipped=tuple(skipped),
        errors=tuple(errors),
    )
