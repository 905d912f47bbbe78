"""Tables read in chunks: Parquet and CSV files (through pyarrow, never whole), and data in memory
(a Dataset, a DataFrame, a mapping of arrays). Every source says its columns and their kinds up front
and yields `Chunk`s of at most `chunk_rows` rows, so memory does not grow with the file.

Kinds: integers, floats, decimals and booleans are numeric; strings and dictionaries categorical; a
column with no value at all is `empty` (it fits either kind); dates, times, binary and nested columns
are unsupported (skipped, with the reason, by the drift report: time moves by design).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from modelward.core.errors import DataError, require
from modelward.monitor.chunk import Categories, Chunk, Column, ColumnKind, category_name

DEFAULT_CHUNK_ROWS = 65_536
CSV_BLOCK_BYTES = 32 << 20


@runtime_checkable
class TableSource(Protocol):
    """Something that yields a table's rows in chunks, with its columns declared up front."""

    @property
    def name(self) -> str: ...

    @property
    def columns(self) -> tuple[Column, ...]: ...

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        """Chunks holding the `wanted` columns, each read as the kind asked (an `empty` column as either)."""
        ...


# ------------------------------------------------------------------- arrow


def _arrow() -> tuple[Any, Any]:
    pa: Any = require("pyarrow", "data", "Reading Parquet and CSV files in chunks for drift monitoring")
    pc: Any = require("pyarrow.compute", "data", "Reading Parquet and CSV files in chunks for drift monitoring")
    return pa, pc


def arrow_kind(dtype: Any) -> ColumnKind:
    """How the monitor treats a pyarrow type."""
    pa, _ = _arrow()
    t = pa.types
    if t.is_null(dtype):
        return ColumnKind.EMPTY
    if t.is_integer(dtype) or t.is_floating(dtype) or t.is_decimal(dtype) or t.is_boolean(dtype):
        return ColumnKind.NUMERIC
    if t.is_dictionary(dtype):
        return arrow_kind(dtype.value_type) if not (t.is_string(dtype.value_type) or
                                                    t.is_large_string(dtype.value_type)) else ColumnKind.CATEGORICAL
    if t.is_string(dtype) or t.is_large_string(dtype):
        return ColumnKind.CATEGORICAL
    return ColumnKind.UNSUPPORTED


def _primitive(array: Any, dtype: type, missing: float | int) -> np.ndarray:
    """The values of a primitive pyarrow array as numpy (`missing` where null), read from its buffers
    (pyarrow's own conversion imports pandas, which costs more than the whole conversion)."""
    n = len(array)
    buffers = array.buffers()
    itemsize = np.dtype(dtype).itemsize
    out: np.ndarray = np.frombuffer(buffers[1], dtype=dtype, count=n, offset=array.offset * itemsize)
    if array.null_count:
        out = out.copy()
        bits = np.unpackbits(np.frombuffer(buffers[0], dtype=np.uint8), bitorder="little")
        out[bits[array.offset: array.offset + n] == 0] = missing
    return out


def _arrow_numeric(array: Any) -> np.ndarray:
    pa, _ = _arrow()
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    if pa.types.is_null(array.type):
        return np.full(len(array), np.nan)
    return _primitive(array.cast(pa.float64()), np.float64, np.nan)


def _arrow_categories(array: Any) -> Categories:
    pa, pc = _arrow()
    if pa.types.is_null(array.type):
        return Categories(np.full(len(array), -1, dtype=np.int64), ())
    encoded = array if pa.types.is_dictionary(array.type) else pc.dictionary_encode(array)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    indices = encoded.indices.cast(pa.int64())
    codes = _primitive(indices, np.int64, -1)
    names = tuple(category_name(v) for v in encoded.dictionary.to_pylist())
    if "" in names:  # an empty string is a missing value, as in CSV
        blank = names.index("")
        codes = np.where(codes == blank, -1, codes)
    return Categories(codes, names)


def arrow_chunk(batch: Any, wanted: Mapping[str, ColumnKind]) -> Chunk:
    """A pyarrow RecordBatch or Table as a Chunk of the wanted columns."""
    numeric, categorical = {}, {}
    for name, kind in wanted.items():
        column = batch.column(batch.schema.get_field_index(name))
        if kind == ColumnKind.CATEGORICAL:
            categorical[name] = _arrow_categories(column)
        else:
            numeric[name] = _arrow_numeric(column)
    return Chunk(batch.num_rows, numeric, categorical)


def columns_of_schema(schema: Any, where: str) -> tuple[Column, ...]:
    """The columns of a pyarrow schema and their kinds; a repeated or empty name is an error."""
    names = list(schema.names)
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise DataError(f"{where}: column {n!r} appears twice")
        if not n.strip():
            raise DataError(f"{where}: a column has an empty name")
        seen.add(n)
    return tuple(Column(f.name, arrow_kind(f.type), str(f.type)) for f in schema)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise DataError(f"{path}: no such file")
    if not path.is_file():
        raise DataError(f"{path}: not a regular file")
    if path.stat().st_size == 0:
        raise DataError(f"{path}: empty file")


class ParquetSource:
    """A Parquet file read in record batches of `chunk_rows`."""

    def __init__(self, path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        _check_file(path)
        _arrow()
        pq: Any = require("pyarrow.parquet", "data", "Reading Parquet files")
        self.path, self.name, self.chunk_rows = path, str(path), chunk_rows
        try:
            schema = pq.read_schema(path)
            strings = [f.name for f in schema if arrow_kind(f.type) == ColumnKind.CATEGORICAL]
            # string columns as dictionaries (codes straight from the pages); no pre-buffering of whole row groups
            self._file = pq.ParquetFile(path, read_dictionary=strings, pre_buffer=False)
        except Exception as exc:  # pyarrow raises several types for a corrupt file
            raise DataError(f"{path}: unreadable as Parquet: {exc}") from None
        self._columns = columns_of_schema(self._file.schema_arrow, str(path))

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        names = list(wanted)
        try:
            # one decoding thread: the monitor already reads ahead and sketches columns in parallel
            for batch in self._file.iter_batches(batch_size=self.chunk_rows, columns=names, use_threads=False):
                yield arrow_chunk(batch, wanted)
        except DataError:
            raise
        except Exception as exc:
            raise DataError(f"{self.path}: unreadable as Parquet part-way through: {exc}") from None


class CsvSource:
    """A CSV (or TSV) file read in blocks; column types come from its first block, and a later value that
    does not fit them is an error naming the column."""

    def __init__(self, path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        _check_file(path)
        _arrow()
        self.path, self.name, self.chunk_rows = path, str(path), chunk_rows
        with path.open("rb") as fh:
            first = fh.readline(1 << 20)
        if b"\x00" in first:
            raise DataError(f"{path}: holds NUL bytes; not a CSV text file")
        text = first.decode("utf-8", "replace")
        self.delimiter = "\t" if path.suffix.lower() == ".tsv" else max(",;\t|", key=text.count)
        reader = self._open()
        try:
            self._columns = columns_of_schema(reader.schema, str(path))
        finally:
            reader.close()

    def _open(self, include: Sequence[str] | None = None) -> Any:
        csv: Any = require("pyarrow.csv", "data", "Reading CSV files in chunks")
        options = csv.ConvertOptions(strings_can_be_null=True, include_columns=list(include) if include else None)
        try:
            return csv.open_csv(self.path, read_options=csv.ReadOptions(block_size=CSV_BLOCK_BYTES),
                                parse_options=csv.ParseOptions(delimiter=self.delimiter), convert_options=options)
        except Exception as exc:
            raise DataError(f"{self.path}: unreadable as CSV: {exc}") from None

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        reader = self._open(list(wanted))
        try:
            while True:
                try:
                    batch = reader.read_next_batch()
                except StopIteration:
                    return
                except Exception as exc:
                    raise DataError(f"{self.path}: unreadable as CSV part-way through ({exc}); a column's type "
                                    "is taken from the first rows, so a column of numbers must not hold text "
                                    "further down") from None
                for start in range(0, batch.num_rows, self.chunk_rows):
                    yield arrow_chunk(batch.slice(start, self.chunk_rows), wanted)
        finally:
            reader.close()


def open_table(path: str | Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> TableSource:
    """A Parquet or CSV file, told by its content (Parquet starts with PAR1) or its suffix."""
    p = Path(path)
    _check_file(p)
    with p.open("rb") as fh:
        head = fh.read(4)
    if head == b"PAR1" or p.suffix.lower() in (".parquet", ".pq"):
        return ParquetSource(p, chunk_rows)
    if p.suffix.lower() in (".npz", ".npy", ".pkl", ".pickle", ".joblib"):
        raise DataError(f"{p}: drift monitoring reads Parquet or CSV files; got a {p.suffix} file")
    return CsvSource(p, chunk_rows)


# ------------------------------------------------------------------ memory


@dataclass(frozen=True, eq=False)
class ArraySource:
    """Columns in memory: numeric float arrays and dictionary-encoded categories, all of one length."""

    name: str
    numeric: Mapping[str, np.ndarray]
    categorical: Mapping[str, Categories]
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    order: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        lengths = {**{n: len(v) for n, v in self.numeric.items()}, **{n: len(c) for n, c in self.categorical.items()}}
        if len(set(lengths.values())) > 1:
            raise DataError(f"{self.name}: columns have different lengths: {lengths}")
        if not self.order:
            object.__setattr__(self, "order", (*self.numeric, *self.categorical))

    @property
    def n_rows(self) -> int:
        sizes = [len(v) for v in self.numeric.values()] + [len(c) for c in self.categorical.values()]
        return sizes[0] if sizes else 0

    @property
    def columns(self) -> tuple[Column, ...]:
        def kind(n: str) -> ColumnKind:
            if n in self.categorical:
                return ColumnKind.EMPTY if not self.categorical[n].names else ColumnKind.CATEGORICAL
            return ColumnKind.NUMERIC

        return tuple(Column(n, kind(n), "category" if n in self.categorical else "float64") for n in self.order)

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        for start in range(0, max(self.n_rows, 1), self.chunk_rows):
            stop = min(start + self.chunk_rows, self.n_rows)
            numeric, categorical = {}, {}
            for name, kind in wanted.items():
                if kind == ColumnKind.CATEGORICAL:
                    cat = self.categorical.get(name)
                    categorical[name] = (Categories(cat.codes[start:stop], cat.names) if cat is not None else
                                         Categories.from_values(self.numeric[name][start:stop].astype(object)))
                elif name in self.numeric:
                    numeric[name] = np.asarray(self.numeric[name][start:stop], dtype=float)
                else:
                    numeric[name] = np.full(stop - start, np.nan)  # an empty categorical read as numbers
            if stop > start:
                yield Chunk(stop - start, numeric, categorical)


def from_dataset(dataset: Any, chunk_rows: int = DEFAULT_CHUNK_ROWS, include_target: bool = True) -> ArraySource:
    """A core Dataset as a source: columns named by its features (categories decoded with the file's
    encodings when it has them) and its target as a column."""
    X = np.asarray(dataset.X, dtype=float)
    encodings = {e.column: e for e in getattr(dataset, "encodings", ())}
    numeric: dict[str, np.ndarray] = {}
    categorical: dict[str, Categories] = {}
    for j, name in enumerate(dataset.feature_names):
        if name in encodings:
            codes = X[:, j]
            categorical[name] = Categories(np.where(np.isnan(codes), -1, codes).astype(np.int64),
                                           tuple(encodings[name].categories))
        else:
            numeric[name] = X[:, j]
    order = tuple(dataset.feature_names)
    y = np.asarray(dataset.y)
    if include_target and y.shape == (X.shape[0],) and dataset.target not in order:
        if y.dtype.kind in "biuf":
            numeric[dataset.target] = y.astype(float)
        else:
            categorical[dataset.target] = Categories.from_values(y.astype(object))
        order = (*order, dataset.target)
    return ArraySource(str(dataset.source), numeric, categorical, chunk_rows, order)


def from_frame(frame: Any, name: str = "<dataframe>", chunk_rows: int = DEFAULT_CHUNK_ROWS) -> TableSource:
    """A pandas DataFrame as a source (through pyarrow, so types are read as for files)."""
    pa, _ = _arrow()
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
    except Exception as exc:
        raise DataError(f"{name}: the DataFrame cannot be read as a table: {exc}") from None
    return ArrowTableSource(table, name, chunk_rows)


class ArrowTableSource:
    """A pyarrow Table in memory, sliced into chunks."""

    def __init__(self, table: Any, name: str, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        self.table, self.name, self.chunk_rows = table, name, chunk_rows
        self._columns = columns_of_schema(table.schema, name)

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def chunks(self, wanted: Mapping[str, ColumnKind]) -> Iterator[Chunk]:
        table = self.table.select(list(wanted))
        for batch in table.to_batches(max_chunksize=self.chunk_rows):
            yield arrow_chunk(batch, wanted)


def as_source(data: Any, chunk_rows: int = DEFAULT_CHUNK_ROWS, name: str | None = None) -> TableSource:
    """A TableSource from a file path, a core Dataset, a pandas or Dask DataFrame, or a TableSource."""
    if isinstance(data, str | Path):
        return open_table(data, chunk_rows)
    if hasattr(data, "X") and hasattr(data, "feature_names"):
        return from_dataset(data, chunk_rows)
    from modelward.monitor.distributed import DaskSource, is_dask_frame

    if is_dask_frame(data):
        return DaskSource(data, name or "<dask dataframe>", chunk_rows)
    if hasattr(data, "columns") and hasattr(data, "dtypes"):  # a DataFrame (before the protocol: its columns)
        return from_frame(data, name or "<dataframe>", chunk_rows)
    if isinstance(data, TableSource):
        return data
    raise DataError(f"cannot monitor {type(data).__name__}: pass a Parquet or CSV path, a Dataset or a DataFrame")
