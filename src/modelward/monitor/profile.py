"""A table's profile: one pass over its chunks into per-column sketches, a uniform row sample and,
with a model, a sketch of its outputs. A current table is profiled *like* its reference (same
buckets, same kinds), so the two profiles compare column by column."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

import numpy as np

from modelward.core.errors import DataError
from modelward.monitor.chunk import Chunk, Column, ColumnKind
from modelward.monitor.result import DriftSettings
from modelward.monitor.sketch import Bucketing, CategorySketch, NumericSketch, RowSample
from modelward.monitor.source import TableSource

ProgressFn = Callable[[int], None]
WORKERS = min(4, os.cpu_count() or 1)


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
                  progress: ProgressFn | None = None, distributed: bool = True) -> TableProfile:
    """One pass over `source`. `like`: the reference whose buckets and kinds to use; `outputs`: a model
    output sketch fed every chunk (`extra`: further columns it needs read); `sample_exclude`: columns
    left out of the row sample (e.g. the target). A source that profiles itself on a cluster (a Dask
    DataFrame) does, unless a model must score its chunks here."""
    if distributed and outputs is None and callable(getattr(source, "profile", None)):
        done: TableProfile = source.profile(settings, like, categorical, sample_exclude)  # type: ignore[attr-defined]
        if progress is not None:
            progress(done.n_rows)
        return done
    wanted = wanted_columns(source.columns, like, categorical)
    read = {**wanted, **{k: v for k, v in (extra or {}).items() if k not in wanted}}
    profile = TableProfile(source.name, source.columns)
    sample = RowSample(settings.sample_rows, settings.seed + (1 if like is not None else 0)) \
        if settings.sample_rows > 0 else None
    sampled = [n for n in wanted if n not in sample_exclude]
    first = True
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for chunk in prefetched(source.chunks(read)):
            if first:
                _start(profile, chunk, wanted, like, settings)
                first = False
            _update_columns(profile, chunk, pool)
            _update_rest(profile, chunk, sample, sampled, outputs, progress)
    if profile.n_rows == 0:
        raise DataError(f"{source.name}: no data rows")
    profile.sample, profile.outputs = sample, outputs
    return profile


def _update_columns(profile: TableProfile, chunk: Chunk, pool: ThreadPoolExecutor) -> None:
    """Every column's sketch, in parallel (numpy releases the GIL on large arrays)."""
    jobs: list[Callable[[], object]] = [
        *(partial(sketch.update, chunk.numeric[name]) for name, sketch in profile.numeric.items()),
        *(partial(cats.update, chunk.categorical[name]) for name, cats in profile.categorical.items())]
    for future in [pool.submit(job) for job in jobs]:
        future.result()


def _update_rest(profile: TableProfile, chunk: Chunk, sample: RowSample | None, sampled: list[str],
                 outputs: OutputsSketch | None, progress: ProgressFn | None) -> None:
    if sample is not None:
            sample.update(Chunk(chunk.n_rows, {n: v for n, v in chunk.numeric.items() if n in sampled},
                                {n: v for n, v in chunk.categorical.items() if n in sampled}))
    if outputs is not None:
        outputs.update(chunk)
    profile.n_rows += chunk.n_rows
    if progress is not None:
        progress(chunk.n_rows)


def prefetched(chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    """The same chunks, the next one read by a background thread while this one is processed (at most
    two chunks in memory); an error while reading is raised here, in order."""
    slot: queue.Queue[tuple[Chunk | None, BaseException | None]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def read() -> None:
        try:
            for chunk in chunks:
                if stop.is_set():
                    return
                slot.put((chunk, None))
            slot.put((None, None))
        except BaseException as exc:  # handed to the consumer, which raises it
            slot.put((None, exc))

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    try:
        while True:
            chunk, error = slot.get()
            if error is not None:
                raise error
            if chunk is None:
                return
            yield chunk
    finally:
        stop.set()
        while worker.is_alive():  # unblock a reader waiting to hand over its chunk
            with contextlib.suppress(queue.Empty):
                slot.get(timeout=0.05)
        worker.join()


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


def merge_profiles(parts: Sequence[TableProfile], source: str, columns: tuple[Column, ...]) -> TableProfile:
    """One profile out of profiles of disjoint parts of a table (bucketed with the same maps)."""
    merged = TableProfile(source, columns)
    for part in parts:
        for name, sketch in part.numeric.items():
            if name in merged.numeric:
                merged.numeric[name].merge(sketch)
            else:
                merged.numeric[name] = sketch
        for name, cats in part.categorical.items():
            if name in merged.categorical:
                merged.categorical[name].merge(cats)
            else:
                merged.categorical[name] = cats
        if part.sample is not None:
            merged.sample = part.sample if merged.sample is None else merged.sample.merge(part.sample)
        merged.n_rows += part.n_rows
    return merged
