"""`assess`: load the model and data, run every applicable registered check, return one Report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.context import AssessContext, Dataset, ProgressFn
from modelward.core.data import as_dataset
from modelward.core.errors import ConfigError, DataError, ModelwardError
from modelward.core.findings import Finding
from modelward.core.plugins import Check, PluginKind, declared_params, discover
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped

CheckProgress = Callable[[str, int, int], None]


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


def select_checks(checks: Iterable[Check] | None, only: Sequence[str], params: Mapping[str, Any]) -> list[Check]:
    """The checks to run: `checks` as given, else every registered check (those starting with an `only`
    prefix), each built with the parameters `params` routes to it."""
    from modelward.core.params import route

    if checks is not None:
        chosen = [c for c in checks if not only or any(c.id.startswith(p) for p in only)]
        if params:
            raise ConfigError("params are for registered checks; build the checks you pass with their parameters")
        return chosen
    specs = [s for s in discover(PluginKind.CHECK) if not only or any(s.id.startswith(p) for p in only)]
    if only and not specs:
        raise ConfigError(f"--only {', '.join(only)}: no registered check starts with that")
    routed = route(params, {s.id: declared_params(s.resolve_target()) for s in specs})
    return [s.build(routed[s.id]) for s in specs]


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
    params: Mapping[str, Any] | None = None,
    model_options: dict[str, Any] | None = None,
    input_spec: InputSpec | None = None,
    progress: ProgressFn | None = None,
    on_check: CheckProgress | None = None,
    subject: str = "",
    model_inputs: Sequence[InputRecord] = (),
    reference: Any = None,
) -> Report:
    """Measure the model's exposure with every applicable registered check.

    `model`: a ModelAdapter, fitted estimator, torch module, callable or URL (files are loaded, after a
    scan, by `modelward.assess`, which calls this).
    `data`: a CSV/Parquet/NPZ path (with `target`), a DataFrame, (X, y) or a Dataset.
    `only`: run just the checks whose id starts with one of these prefixes.
    `params`: NAME=value for every selected check that declares NAME, CHECK_ID.NAME=value for one check
    (e.g. {"eps": (0.05, 0.1), "robustness.evasion.rows": 100}); a name no selected check takes is an error.
    `model_options`: passed to the adapter when `model` is wrapped here (e.g. timeout=... for a URL).
    `subject`, `model_inputs`: how the report names the model and the files it came from.
    `input_spec`: the declared valid input domain; inferred from the data when neither it nor the
    adapter declares one.
    `reference`: data the model is known to work on (same forms as `data`), for checks that compare
    `data` with it (drift); those checks do not apply without it.
    """
    from modelward import __version__

    reference_set = None if reference is None else as_dataset(reference, target)
    dataset = as_dataset(data, target, like=reference_set)  # one category code per category in both
    from modelward.core.adapters.wrap import adapter_for

    adapter = adapter_for(model, **dict(model_options or {}))
    if input_spec is not None:
        adapter.input_spec = input_spec
    elif not adapter.input_spec.features:
        adapter.input_spec = InputSpec.infer(dataset.X, dataset.feature_names)
    adapter.input_spec.check(dataset.X, source=dataset.source)
    _probe(adapter, dataset)
    ctx = AssessContext(adapter, dataset, seed=seed,
                        reference=reference_set,
                        artifacts=tuple(i.path for i in model_inputs))
    if progress is not None:
        ctx = replace(ctx, progress=progress)
    selected = select_checks(checks, only, params or {})
    findings, skipped, errors = run_checks(ctx, selected, on_check)
    inputs = [*model_inputs, *(InputRecord.of_file(data, "data") for _ in (0,)
                                if isinstance(data, (str, Path)) and Path(data).is_file()),
              *(InputRecord.of_file(reference, "reference") for _ in (0,)
                if isinstance(reference, (str, Path)) and Path(reference).is_file())]
    return Report(
        metadata=Metadata(tool_version=__version__, command="assess",
                          subject=subject or (str(model) if isinstance(model, str) else adapter.name),
                          inputs=tuple(inputs)),
        findings=tuple(findings),
        skipped=tuple(skipped),
        errors=tuple(errors),
    )
