"""A table's profile: one pass over its chunks into per-column sketches, a uniform row sample and,
with a model, a sketch of its outputs. A current table is profiled *like* its reference (same
buckets, same kinds), so the two profiles compare column by column."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from modelward.core.errors import DataError
from modelward.monitor.chunk import Chunk, Column, ColumnKind
from modelward.monitor.result import DriftSettings
from modelward.monitor.sketch import Bucketing, CategorySketch, NumericSketch, RowSample
from modelward.monitor.source import TableSource

ProgressFn = Callable[[int], None]


class OutputsSketch(Protocol):
    """A model's outputs summarised chunk by chunk (see `modelward.monitor.outputs`)."""

    def update(self, chunk: Chunk) -> None: ...


@dataclass
class TableProfile:
    """Per-column sketches of one table (numeric or categorical), its row count, a row sample and,
    when a model scored it, the sketch of its outputs."""

    source: str
    columns: tuple[Column, ...]
    numeric: dict[str, NumericSketch] = field(default_factory=dict)
    categorical: dict[str, CategorySketch] = field(default_factory=dict)
    n_rows: int = 0
    sample: RowSample | None = None
    outputs: OutputsSketch | None = None

    def kind(self, name: str) -> ColumnKind | None:
        if name in self.numeric:
            return ColumnKind.NUMERIC
        if name in self.categorical:
            return ColumnKind.CATEGORICAL
        return None

    @property
    def profiled(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if self.kind(c.name) is not None)


def wanted_columns(columns: tuple[Column, ...], like: TableProfile | None,
                   categorical: tuple[str, ...] = ()) -> dict[str, ColumnKind]:
    """The columns to read and as what: all supported ones (an empty column as numbers, the named
    `categorical` ones as categories), or, like a reference, those it profiled, as it did."""
    out: dict[str, ColumnKind] = {}
    for col in columns:
        forced = col.name in categorical and col.kind in (ColumnKind.NUMERIC, ColumnKind.CATEGORICAL)
        if like is not None:
            kind = like.kind(col.name)
            if kind is not None and (col.kind in (kind, ColumnKind.EMPTY) or
                                     (kind == ColumnKind.CATEGORICAL and forced)):
                out[col.name] = kind
        elif forced:
            out[col.name] = ColumnKind.CATEGORICAL
        elif col.kind in (ColumnKind.NUMERIC, ColumnKind.EMPTY):
            out[col.name] = ColumnKind.NUMERIC
        elif col.kind == ColumnKind.CATEGORICAL:
            out[col.name] = ColumnKind.CATEGORICAL
    return out


def profile_table(source: TableSource, settings: DriftSettings, *, like: TableProfile | None = None,
                  categorical: tuple[str, ...] = (), outputs: OutputsSketch | None = None,
                  extra: Mapping[str, ColumnKind] | None = None, sample_exclude: tuple[str, ...] = (),
                  progress: ProgressFn | None = None) -> TableProfile:
    """One pass over `source`. `like`: the reference whose buckets and kinds to use; `outputs`: a model
    output sketch fed every chunk (`extra`: further columns it needs read); `sample_exclude`: columns
    left out of the row sample (e.g. the target)."""
    wanted = wanted_columns(source.columns, like, categorical)
    read = {**wanted, **{k: v for k, v in (extra or {}).items() if k not in wanted}}
    profile = TableProfile(source.name, source.columns)
    sample = RowSample(settings.sample_rows, settings.seed + (1 if like is not None else 0)) \
        if settings.sample_rows > 0 else None
    sampled = [n for n in wanted if n not in sample_exclude]
    first = True
    for chunk in source.chunks(read):
        if first:
            _start(profile, chunk, wanted, like, settings)
            first = False
        for name, sketch in profile.numeric.items():
            sketch.update(chunk.numeric[name])
        for name, cats in profile.categorical.items():
            cats.update(chunk.categorical[name])
        if sample is not None:
            sample.update(Chunk(chunk.n_rows, {n: v for n, v in chunk.numeric.items() if n in sampled},
                                {n: v for n, v in chunk.categorical.items() if n in sampled}))
        if outputs is not None:
            outputs.update(chunk)
        profile.n_rows += chunk.n_rows
        if progress is not None:
            progress(chunk.n_rows)
    if profile.n_rows == 0:
        raise DataError(f"{source.name}: no data rows")
    profile.sample, profile.outputs = sample, outputs
    return profile


def _start(profile: TableProfile, chunk: Chunk, wanted: Mapping[str, ColumnKind], like: TableProfile | None,
           settings: DriftSettings) -> None:
    for name, kind in wanted.items():
        if kind == ColumnKind.CATEGORICAL:
            profile.categorical[name] = CategorySketch(settings.max_categories)
            continue
        if like is not None:
            bucketing = like.numeric[name].bucketing
        else:
            bucketing = Bucketing.fit(np.asarray(chunk.numeric[name]), settings.bits)
        profile.numeric[name] = NumericSketch(bucketing)
