"""Tables that do not fit one machine: a Dask DataFrame as a source. The one-line switch is to pass one:

    import dask.dataframe as dd
    result = compare(dd.read_parquet("s3://bucket/ref/"), dd.read_parquet("s3://bucket/cur/"))

Each partition is sketched where it lives (one task per partition, on whatever scheduler or cluster
is active), and only the sketches travel to the driver, where they merge: counts add, row samples
keep the smallest keys. The buckets are fixed before any task runs (from the reference's first
partition, or from the reference's profile for the current table), so the merged sketches are exactly
those of one pass over the whole table. A model is scored on the driver, partition by partition
(`chunks`), since the served model is not shipped to workers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from modelward.core.errors import DataError, require
from modelward.monitor.chunk import Chunk, Column, ColumnKind
from modelward.monitor.result import DriftSettings
from modelward.monitor.sketch import Bucketing, CategorySketch, NumericSketch

PARTITION_SEED_STRIDE = 1_000_003


def is_dask_frame(data: Any) -> bool:
    return type(data).__module__.split(".")[0] in ("dask", "dask_expr") and hasattr(data, "to_delayed")


class DaskSource:
    """A Dask DataFrame: columns from its metadata; chunks computed partition by partition on the driver
    (for a model), or a profile computed on the workers (`profile`)."""

    def __init__(self, frame: Any, name: str = "<dask dataframe>", chunk_rows: int = 65_536) -> None:
        from modelward.monitor.source import columns_of_schema

        pa: Any = require("pyarrow", "data", "Reading Dask partitions")
        self.frame, self.name, self.chunk_rows = frame, name, chunk_rows
        try:
            schema = pa.Schema.from_pandas(frame._meta, preserve_index=False)
        except Exception as exc:
            raise DataError(f"{name}: the Dask DataFrame's columns cannot be read as a table: {exc}") from None
        self._columns = columns_of_schema(schema, name)

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        for i in range(self.frame.npartitions):
            part = self.frame.get_partition(i)[list(wanted)].compute()
            if len(part):
                yield from _arrow_source(part, f"{self.name} partition {i}", self.chunk_rows).chunks(wanted)

    def first_rows(self, n: int) -> Any:
        """The first `n` rows (a pandas DataFrame): the bucketing maps are fitted on them, as on the first
        chunk of a table read on one machine."""
        rows = self.frame.head(n, npartitions=-1, compute=True)
        if not len(rows):
            raise DataError(f"{self.name}: no data rows")
        return rows

    def profile(self, settings: DriftSettings, like: Any, categorical: tuple[str, ...],
                sample_exclude: tuple[str, ...]) -> Any:
        """Sketch every partition as a task and merge the sketches (see the module docstring)."""
        dask: Any = require("dask", "dask", "Monitoring a Dask DataFrame")
        from modelward.monitor.profile import TableProfile, merge_profiles, wanted_columns

        wanted = wanted_columns(self.columns, like, categorical)
        if like is None:
            first = self.first_rows(settings.chunk_rows)
            like = TableProfile(self.name, self.columns,
                                {n: NumericSketch(Bucketing.fit(first[n].to_numpy(dtype=float, na_value=float("nan")),
                                                                settings.bits))
                                 for n, k in wanted.items() if k == ColumnKind.NUMERIC},
                                {n: CategorySketch(settings.max_categories) for n, k in wanted.items()
                                 if k == ColumnKind.CATEGORICAL})
        maps = _maps(like, wanted)
        parts = self.frame[list(wanted)].to_delayed()
        tasks = [dask.delayed(_profile_partition)(part, self.columns, maps, dict(wanted), settings, i, categorical,
                                                  sample_exclude) for i, part in enumerate(parts)]
        profiles = [p for p in dask.compute(*tasks) if p is not None]
        if not profiles:
            raise DataError(f"{self.name}: no data rows")
        return merge_profiles(profiles, self.name, self.columns)


def _maps(like: Any, wanted: Mapping[str, ColumnKind]) -> dict[str, Bucketing | None]:
    return {n: like.numeric[n].bucketing if k == ColumnKind.NUMERIC else None for n, k in wanted.items()}


def _arrow_source(frame: Any, name: str, chunk_rows: int) -> Any:
    from modelward.monitor.source import from_frame

    return from_frame(frame, name, chunk_rows)


def _profile_partition(frame: Any, columns: tuple[Column, ...], maps: Mapping[str, Bucketing | None],
                       wanted: Mapping[str, ColumnKind], settings: DriftSettings, index: int,
                       categorical: Sequence[str], sample_exclude: tuple[str, ...]) -> Any:
    """One partition's profile, bucketed with the shared maps (runs on a worker)."""
    from modelward.monitor.profile import TableProfile, profile_table

    if not len(frame):
        return None
    template = TableProfile("maps", columns,
                            {n: NumericSketch(b) for n, b in maps.items() if b is not None},
                            {n: CategorySketch(settings.max_categories) for n, b in maps.items() if b is None})
    part_settings = replace(settings, seed=settings.seed * PARTITION_SEED_STRIDE + index + 1)
    return profile_table(_arrow_source(frame, f"partition {index}", settings.chunk_rows), part_settings,
                         like=template, categorical=tuple(categorical), sample_exclude=sample_exclude,
                         distributed=False)
