"""Load a labelled table (CSV, Parquet, NPZ) into a Dataset of numeric features.

String feature columns become integer codes (categories in sorted order, as scikit-learn's
OrdinalEncoder does, recorded in a `CategoryEncoding`); a file read beside another (test beside
training or reference data) takes that file's encodings, so one category has one code in both, and a
category the first file never had is an error naming it. The target keeps its values (numbers or
strings). Missing feature values become NaN; a missing target value is an error. NPZ files are read
with allow_pickle=False.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.context import Dataset
from modelward.core.errors import DataError, require
from modelward.core.limits import DEFAULT_LIMITS, Limits

_MISSING = frozenset({"", "na", "n/a", "nan", "null", "none"})


@dataclass(frozen=True)
class CategoryEncoding:
    """The integer code of each category of one string column: code i stands for categories[i]."""

    column: str
    categories: tuple[str, ...]

    def encode(self, values: Sequence[str]) -> np.ndarray:
        lookup = {c: i for i, c in enumerate(self.categories)}
        unknown = [v for v in values if v not in lookup]
        if unknown:
            raise DataError(f"column {self.column!r}: unknown category {unknown[0]!r}")
        return np.array([lookup[v] for v in values], dtype=float)

    def decode(self, codes: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.asarray(self.categories, dtype=object)[np.asarray(codes, dtype=int)]
        return out


@dataclass(frozen=True)
class TabularDataset(Dataset):
    """A Dataset read from a file, with the encoding of each string feature column."""

    encodings: tuple[CategoryEncoding, ...] = ()


def load_dataset(
    path: str | PathLike[str],
    target: str,
    features: Sequence[str] | None = None,
    max_categories: int = 1000,
    limits: Limits = DEFAULT_LIMITS,
    encodings: Sequence[CategoryEncoding] = (),
) -> TabularDataset:
    """Read `path` and split it into features (all other columns unless `features` names them) and target.
    `encodings`: the category codes of another file of the same table, to use for its string columns."""
    p = Path(path)
    return _assemble(p, read_columns(p, target), target, features, max_categories, limits,
                     {e.column: e for e in encodings})


def read_columns(path: str | PathLike[str], target: str = "") -> dict[str, np.ndarray]:
    """Every column of a CSV/TSV, Parquet or NPZ file as it is stored: numbers as floats, text as Python
    strings (object arrays), nothing encoded; `target` names the label array of an NPZ holding X."""
    p = Path(path)
    if not p.exists():
        raise DataError(f"{p}: no such file")
    if not p.is_file():
        raise DataError(f"{p}: not a regular file")
    if p.stat().st_size == 0:
        raise DataError(f"{p}: empty file")
    with p.open("rb") as fh:
        head = fh.read(4)
    suffix = p.suffix.lower()
    if head == b"PAR1" or (suffix in (".parquet", ".pq") and not head.startswith(b"PK")):
        return _read_parquet(p)
    if head.startswith(b"PK") or suffix == ".npz":
        return _read_npz(p, target)
    return _read_csv(p, delimiter="\t" if suffix == ".tsv" else None)


def _read_csv(path: Path, delimiter: str | None) -> dict[str, np.ndarray]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
            if delimiter is None:
                delimiter = max(",;\t|", key=first.count) if any(d in first for d in ",;\t|") else ","
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            header = next(reader, None)
            if header is None or not any(h.strip() for h in header):
                raise DataError(f"{path}: no header row")
            names = [h.strip() for h in header]
            for j, n in enumerate(names):
                if not n:
                    raise DataError(f"{path}: column {j + 1} of the header has no name")
            rows: list[list[str]] = []
            for row in reader:
                if not row:
                    continue  # blank line
                if len(row) != len(names):
                    raise DataError(
                        f"{path}: line {reader.line_num} has {len(row)} fields, the header has {len(names)}"
                    )
                rows.append(row)
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); unreadable as CSV") from exc
    except csv.Error as exc:
        raise DataError(f"{path}: unreadable as CSV: {exc}") from exc
    _check_unique(path, names)
    cells = np.array(rows, dtype=object).reshape(len(rows), len(names))
    return {n: cells[:, j] for j, n in enumerate(names)}


def _read_parquet(path: Path) -> dict[str, np.ndarray]:
    pa: Any = require("pyarrow", "data", "Reading Parquet files")
    pq: Any = require("pyarrow.parquet", "data", "Reading Parquet files")
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several error types for corrupt files
        raise DataError(f"{path}: unreadable as Parquet: {exc}") from exc
    _check_unique(path, list(table.column_names))
    out: dict[str, np.ndarray] = {}
    for name in table.column_names:
        col, t = table.column(name), table.schema.field(name).type
        if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
            out[name] = col.cast(pa.float64()).to_numpy(zero_copy_only=False)
        elif pa.types.is_boolean(t):
            out[name] = np.array([np.nan if v is None else float(v) for v in col.to_pylist()])
        elif pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_dictionary(t):
            out[name] = np.array(col.to_pylist(), dtype=object)
        else:
            raise DataError(f"{path}: column {name!r} has type {t}; expected numbers, booleans or strings")
    return out


def _read_npz(path: Path, target: str) -> dict[str, np.ndarray]:
    """X (2-D) plus the target array and optional feature_names, or one 1-D array per column."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except ValueError as exc:
        raise DataError(f"{path}: holds pickled object arrays, which are never loaded: {exc}") from exc
    except Exception as exc:
        raise DataError(f"{path}: unreadable as NPZ: {exc}") from exc
    if not arrays:
        raise DataError(f"{path}: the archive holds no arrays")
    if "X" in arrays and arrays["X"].ndim == 2:
        X = arrays["X"]
        names = arrays.get("feature_names")
        cols = [str(n) for n in names.tolist()] if names is not None else [f"x{j}" for j in range(X.shape[1])]
        if len(cols) != X.shape[1]:
            raise DataError(f"{path}: {len(cols)} feature_names for {X.shape[1]} columns of X")
        _check_unique(path, cols)
        out = {c: _npz_column(path, c, X[:, j]) for j, c in enumerate(cols)}
        if target in arrays:
            out[target] = _npz_column(path, target, arrays[target])
        return out
    out = {}
    for k, a in arrays.items():
        if a.ndim != 1:
            raise DataError(f"{path}: array {k!r} has shape {a.shape}; expected X (2-D) or 1-D columns")
        out[k] = _npz_column(path, k, a)
    return out


def _npz_column(path: Path, name: str, a: np.ndarray) -> np.ndarray:
    if a.ndim != 1:
        raise DataError(f"{path}: {name!r} has shape {a.shape}; expected one value per row")
    if a.dtype.kind in "biuf":
        return a.astype(float)
    if a.dtype.kind == "U":
        return a.astype(object)
    if a.dtype.kind == "S":
        return np.array([v.decode("utf-8", "replace") for v in a.tolist()], dtype=object)
    raise DataError(f"{path}: {name!r} has dtype {a.dtype}; expected numbers or strings")


def _check_unique(path: Path, names: list[str]) -> None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise DataError(f"{path}: column {n!r} appears twice")
        seen.add(n)


def _is_missing(v: object) -> bool:
    return v is None or (isinstance(v, str) and v.strip().lower() in _MISSING)


def _as_numbers(col: np.ndarray) -> np.ndarray | None:
    """The column as floats (missing -> NaN), or None if some present value is not a number."""
    if col.dtype != object:
        return col.astype(float)
    try:
        return np.array(col, dtype=float)
    except (TypeError, ValueError):
        pass
    out = np.empty(col.shape[0])
    for i, v in enumerate(col.tolist()):
        if _is_missing(v):
            out[i] = np.nan
            continue
        try:
            out[i] = float(v)
        except (TypeError, ValueError):
            return None
    return out


def _feature(path: Path, name: str, col: np.ndarray, max_categories: int,
             given: CategoryEncoding | None = None) -> tuple[np.ndarray, CategoryEncoding | None]:
    numbers = _as_numbers(col) if given is None else None
    if numbers is not None:
        return numbers, None
    present = [str(v).strip() for v in col.tolist() if not _is_missing(v)]
    if given is not None:
        unseen = sorted(set(present) - set(given.categories))
        if unseen:
            raise DataError(f"{path}: column {name!r} has categories the other file does not have: "
                            f"{', '.join(map(repr, unseen[:5]))}{' ...' if len(unseen) > 5 else ''} "
                            f"(known: {len(given.categories)}); their codes would mean nothing to the model")
    categories = given.categories if given is not None else tuple(sorted(set(present)))
    if len(categories) > max_categories:
        raise DataError(
            f"{path}: column {name!r} is text with {len(categories)} distinct values (more than "
            f"{max_categories}), so it cannot be encoded as a category; leave it out with features="
        )
    lookup = {c: float(i) for i, c in enumerate(categories)}
    codes = np.array([np.nan if _is_missing(v) else lookup[str(v).strip()] for v in col.tolist()])
    return codes, CategoryEncoding(name, categories)


def _target(path: Path, name: str, col: np.ndarray) -> np.ndarray:
    missing = [i for i, v in enumerate(col.tolist()) if _is_missing(v) or (isinstance(v, float) and np.isnan(v))]
    if missing:
        raise DataError(
            f"{path}: target {name!r} is missing (NaN or empty) in {len(missing)} rows, first at data row "
            f"{missing[0] + 1}; drop or label those rows"
        )
    numbers = _as_numbers(col)
    if numbers is None:
        return np.array([str(v).strip() for v in col.tolist()])
    if np.all(numbers == np.round(numbers)):
        return numbers.astype(np.int64)
    return numbers


def _assemble(
    path: Path,
    columns: dict[str, np.ndarray],
    target: str,
    features: Sequence[str] | None,
    max_categories: int,
    limits: Limits,
    given: dict[str, CategoryEncoding] | None = None,
) -> TabularDataset:
    available = list(columns)
    if target not in columns:
        raise DataError(f"{path}: no target column {target!r}; available columns: {available}")
    names = [n for n in available if n != target] if features is None else list(features)
    missing = [n for n in names if n not in columns]
    if missing:
        raise DataError(f"{path}: no feature column {missing[0]!r}; available columns: {available}")
    if target in names:
        raise DataError(f"{path}: the target {target!r} is also listed as a feature")
    if not names:
        raise DataError(f"{path}: no feature columns besides the target {target!r}")
    lengths = {n: columns[n].shape[0] for n in [*names, target]}
    if len(set(lengths.values())) > 1:
        raise DataError(f"{path}: columns have different lengths (ragged): {lengths}")
    n_rows = lengths[target]
    if n_rows == 0:
        raise DataError(f"{path}: no data rows")
    if n_rows > limits.max_data_rows:
        raise DataError(f"{path}: {n_rows} rows, more than the limit of {limits.max_data_rows}")
    encoded = [_feature(path, n, columns[n], max_categories, (given or {}).get(n)) for n in names]
    X = np.column_stack([codes for codes, _ in encoded])
    return TabularDataset(
        X=X,
        y=_target(path, target, columns[target]),
        feature_names=tuple(names),
        target=target,
        source=str(path),
        encodings=tuple(e for _, e in encoded if e is not None),
    )


def as_dataset(data: Any, target: str | None = None, like: Dataset | None = None) -> Dataset:
    """A Dataset from a file path (with `target`), a DataFrame (with `target`), (X, y) or a Dataset; a file
    read beside `like` (a dataset read from another file of the same table) takes its category codes."""
    if isinstance(data, Dataset):
        return data
    if isinstance(data, tuple) and len(data) == 2:
        X, y = (np.asarray(a) for a in data)
        if X.ndim != 2 or len(X) != len(y):
            raise DataError(f"(X, y): expected a 2-D X and as many labels as rows, got {X.shape} and {y.shape}")
        return Dataset(X.astype(float), y, tuple(f"x{i}" for i in range(X.shape[1])))
    if isinstance(data, (str, Path)):
        if target is None:
            raise DataError(f"{data}: name the target column (target=...)")
        return load_dataset(Path(data), target, encodings=getattr(like, "encodings", ()))
    if hasattr(data, "columns") and target is not None:  # a pandas DataFrame
        if target not in data.columns:
            raise DataError(f"target column {target!r} not in data; columns: {', '.join(map(str, data.columns))}")
        features = [c for c in data.columns if c != target]
        return Dataset(data[features].to_numpy(dtype=float), data[target].to_numpy(),
                       tuple(map(str, features)), target)
    raise DataError(f"cannot use {type(data).__name__} as data: pass a file path, a Dataset, (X, y) or a DataFrame")
