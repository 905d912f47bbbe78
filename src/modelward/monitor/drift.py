"""The batch drift comparison: a current table against a reference, column by column, jointly, and
through a model's predictions and accuracy when a model is given.

Each table is read once, in chunks (the reference's categorical model inputs once more, only when a
model needs their codes); memory holds the sketches and two row samples, never the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import DataError
from modelward.monitor.chunk import Column, ColumnKind
from modelward.monitor.columns import compare_categorical, compare_numeric, decide
from modelward.monitor.multivariate import domain_classifier
from modelward.monitor.outputs import OutputSketch, compare_outputs, feature_matrix
from modelward.monitor.profile import TableProfile, profile_table, wanted_columns
from modelward.monitor.result import ColumnDrift, DriftResult, DriftSettings, SchemaIssue
from modelward.monitor.source import ArraySource, TableSource, as_source

MAX_CODED_CATEGORIES = 100_000
StageProgress = Callable[[str, int], None]

_KIND_WORDS = {ColumnKind.NUMERIC: "numbers", ColumnKind.CATEGORICAL: "text/categories",
               ColumnKind.EMPTY: "no values", ColumnKind.UNSUPPORTED: "an unsupported type"}


def schema_issues(ref: Sequence[Column], cur: Sequence[Column], categorical: Sequence[str] = ()) -> list[SchemaIssue]:
    """Columns the tables do not share as the same kind, and columns of a type the monitor cannot test."""
    ref_by, cur_by = {c.name: c for c in ref}, {c.name: c for c in cur}
    issues = []
    for col in ref:
        other = cur_by.get(col.name)
        if col.kind == ColumnKind.UNSUPPORTED:
            issues.append(SchemaIssue(col.name, "unsupported", f"type {col.dtype} in the reference is not tested "
                                      "(dates, times, binary and nested values are left out)"))
        elif other is None:
            issues.append(SchemaIssue(col.name, "missing", "in the reference, absent from the current data"))
        elif _clash(col, other, categorical):
            issues.append(SchemaIssue(col.name, "changed kind",
                                      f"{_KIND_WORDS[col.kind]} ({col.dtype}) in the reference, "
                                      f"{_KIND_WORDS[other.kind]} ({other.dtype}) in the current data"))
    for col in cur:
        if col.name not in ref_by:
            issues.append(SchemaIssue(col.name, "new", f"in the current data ({col.dtype}), absent from the reference; "
                                      "not tested"))
    return issues


def _clash(ref: Column, cur: Column, categorical: Sequence[str]) -> bool:
    kinds = {ref.kind, cur.kind} - {ColumnKind.EMPTY}
    if ColumnKind.UNSUPPORTED in kinds:
        return True
    return len(kinds) > 1 and ref.name not in categorical


def category_codes(source: TableSource, names: Sequence[str]) -> dict[str, dict[str, int]]:
    """The code of each category of the named columns: its rank among the sorted names (the encoding
    modelward's loaders give a training file)."""
    if not names:
        return {}
    seen: dict[str, set[str]] = {n: set() for n in names}
    for chunk in source.chunks(dict.fromkeys(names, ColumnKind.CATEGORICAL)):
        for name in names:
            cats = chunk.categorical[name]
            used = set(cats.codes[cats.codes >= 0].tolist())
            seen[name].update(cats.names[i] for i in used)
            if len(seen[name]) > MAX_CODED_CATEGORIES:
                raise DataError(f"{source.name}: column {name!r} has more than {MAX_CODED_CATEGORIES} categories; "
                                "too many to encode as a model input")
    return {n: {v: i for i, v in enumerate(sorted(values))} for n, values in seen.items()}


def model_features(model: ModelAdapter, columns: Sequence[Column], target: str | None) -> tuple[str, ...]:
    """The model's inputs: its declared feature names when the table has them all, else every supported
    column but the target, in table order."""
    declared = tuple(model.input_spec.names) if model.input_spec.features else ()
    available = {c.name for c in columns if c.kind != ColumnKind.UNSUPPORTED}
    if declared and set(declared) <= available:
        return declared
    return tuple(c.name for c in columns if c.name in available and c.name != target)


def _outputs(model: ModelAdapter, source: TableSource, features: tuple[str, ...],
             codes: dict[str, dict[str, int]] | None, target: str | None) -> OutputSketch:
    own_codes = isinstance(source, ArraySource)  # a Dataset's codes are what the model was given
    return OutputSketch(model, feature_matrix(features, None if own_codes else codes), target)


def compare(reference: Any, current: Any, *, settings: DriftSettings | None = None,
            model: ModelAdapter | None = None, target: str | None = None, categorical: Sequence[str] = (),
            progress: StageProgress | None = None) -> DriftResult:
    """Compare `current` with `reference` (Parquet/CSV paths, Datasets, DataFrames or TableSources).

    `model`: also compare its predictions on both and, where both hold the `target` column, its accuracy;
    `categorical`: numeric columns to test as categories (e.g. integer codes)."""
    settings = settings or DriftSettings()
    categorical = tuple(categorical)
    ref_src, cur_src = as_source(reference, settings.chunk_rows), as_source(current, settings.chunk_rows)
    names = {c.name for c in ref_src.columns}
    for name in (*categorical, *((target,) if target else ())):
        if name not in names:
            raise DataError(f"{ref_src.name}: no column {name!r}; columns: {', '.join(sorted(names))}")
    notes: list[str] = []
    ref_out = cur_out = None
    extra: dict[str, ColumnKind] = {}
    if model is not None:
        features = model_features(model, ref_src.columns, target)
        kinds = wanted_columns(ref_src.columns, None, categorical)
        coded = [f for f in features if kinds.get(f) == ColumnKind.CATEGORICAL]
        codes = None if isinstance(ref_src, ArraySource) else category_codes(ref_src, coded)
        extra = {f: kinds[f] for f in features if f in kinds}
        if target:
            extra[target] = kinds[target]
        has_target = bool(target) and target in {c.name for c in cur_src.columns}
        if target and not has_target:
            notes.append(f"the current data has no {target!r} column: accuracy not compared")
        missing = [f for f in features if f not in {c.name for c in cur_src.columns}]
        ref_out = _outputs(model, ref_src, features, codes, target)
        cur_out = _outputs(model, cur_src, features, codes, target if has_target else None)
        if missing:
            cur_out.error = f"the current data lacks model input(s) {', '.join(missing[:5])}"
    stage = (lambda s: (lambda n: progress(s, n))) if progress else (lambda s: None)
    exclude = (target,) if target else ()
    ref_prof = profile_table(ref_src, settings, categorical=categorical, outputs=ref_out, extra=extra,
                             sample_exclude=exclude, progress=stage("reference"))
    cur_extra = {k: v for k, v in extra.items() if k in {c.name for c in cur_src.columns}}
    cur_prof = profile_table(cur_src, settings, like=ref_prof, categorical=categorical,
                             outputs=None if cur_out is not None and cur_out.error else cur_out, extra=cur_extra,
                             sample_exclude=exclude, progress=stage("current"))
    columns = decide(_compare_columns(ref_prof, cur_prof, settings, target), settings)
    multivariate = None
    if settings.multivariate and ref_prof.sample is not None and cur_prof.sample is not None:
        if progress:
            progress("multivariate", 0)
        multivariate = domain_classifier(ref_prof.sample.columns, cur_prof.sample.columns, alpha=settings.alpha,
                                         seed=settings.seed)
    predictions: tuple[ColumnDrift, ...] = ()
    performance = None
    if ref_out is not None and cur_out is not None:
        predictions, performance = compare_outputs(ref_out, cur_out, settings)
    return DriftResult(ref_src.name, cur_src.name, ref_prof.n_rows, cur_prof.n_rows, settings, columns,
                       tuple(schema_issues(ref_src.columns, cur_src.columns, categorical)), multivariate,
                       predictions, performance, tuple(notes))


def _compare_columns(ref: TableProfile, cur: TableProfile, settings: DriftSettings,
                     target: str | None) -> list[ColumnDrift]:
    out = []
    for name in ref.profiled:
        role = "target" if name == target else "feature"
        if name in ref.numeric and name in cur.numeric:
            out.append(compare_numeric(name, ref.numeric[name], cur.numeric[name], settings, role))
        elif name in ref.categorical and name in cur.categorical:
            out.append(compare_categorical(name, ref.categorical[name], cur.categorical[name], settings, role))
    return out
