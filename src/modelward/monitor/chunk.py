"""A chunk of rows as the monitor reads it: numeric columns as float arrays (NaN for missing),
categorical columns dictionary-encoded (codes into a small table of names, -1 for missing), so a
million-row chunk never becomes a million Python strings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np


class ColumnKind(StrEnum):
    NUMERIC = "numeric"
    CATEGORICAL = "categorical"
    EMPTY = "empty"  # every value missing, type unknown (e.g. an empty CSV column): fits either kind
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class Column:
    """A column of a table: its name, how the monitor treats it, and the type it was stored as."""

    name: str
    kind: ColumnKind
    dtype: str = ""


def category_name(value: object) -> str:
    """A category as text that is the same whatever the column stored it as: 3, 3.0 and "3" are "3"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True, eq=False)
class Categories:
    """A dictionary-encoded column: `codes[i]` indexes `names`, -1 is missing."""

    codes: np.ndarray
    names: tuple[str, ...]

    def __post_init__(self) -> None:
        codes = np.asarray(self.codes)
        if codes.ndim != 1 or codes.dtype.kind not in "iu":
            raise ValueError("category codes must be a 1-D integer array")
        if codes.size and (codes.max() >= len(self.names) or codes.min() < -1):
            raise ValueError("category codes out of range of the names")

    def __len__(self) -> int:
        return int(self.codes.shape[0])

    def values(self, rows: np.ndarray | None = None) -> np.ndarray:
        """The names of the chosen rows (all when None) as an object array, None where missing."""
        codes = self.codes if rows is None else self.codes[rows]
        table = np.array([*self.names, None], dtype=object)
        return table[np.where(codes < 0, len(self.names), codes)]

    @classmethod
    def from_values(cls, values: Sequence[object] | np.ndarray) -> Categories:
        """Encode names (None, NaN and '' are missing); the table is in sorted order."""
        arr = np.asarray(values, dtype=object)
        missing = np.array([v is None or (isinstance(v, float) and v != v) or v == "" for v in arr.tolist()],
                           dtype=bool)
        text = np.array([category_name(v) for v in arr[~missing].tolist()], dtype=object)
        names, inverse = np.unique(text.astype(str), return_inverse=True) if text.size else (np.array([]), None)
        codes = np.full(arr.shape[0], -1, dtype=np.int64)
        if inverse is not None:
            codes[~missing] = np.asarray(inverse, dtype=np.int64)
        return cls(codes, tuple(str(n) for n in names.tolist()))


@dataclass(frozen=True, eq=False)
class Chunk:
    """Some rows of a table: each column numeric (float64, NaN missing) or categorical."""

    n_rows: int
    numeric: Mapping[str, np.ndarray] = field(default_factory=dict)
    categorical: Mapping[str, Categories] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, col in self.numeric.items():
            if col.shape != (self.n_rows,):
                raise ValueError(f"column {name!r}: {col.shape[0]} values in a chunk of {self.n_rows} rows")
        for name, cat in self.categorical.items():
            if len(cat) != self.n_rows:
                raise ValueError(f"column {name!r}: {len(cat)} values in a chunk of {self.n_rows} rows")

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.numeric, *self.categorical)
