"""Exact and near duplicates within a table, and rows shared between two tables (train/test leakage).

Exact: rows hashed (SHA-256 of the float64 bytes, NaN made canonical). Near: nearest neighbours on
robustly scaled features (median / IQR), a pair is near-duplicate when its distance is below
`rel_tol` times the median nearest-neighbour distance of the table. Duplicates with different labels
are reported apart: they are label noise or poisoning by construction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Duplicates:
    """Groups of row indices holding the same (exact) or almost the same (near) features; `conflicting`:
    the groups whose labels differ."""

    exact_groups: tuple[tuple[int, ...], ...]
    near_pairs: tuple[tuple[int, int], ...]
    conflicting: tuple[tuple[int, ...], ...]
    n_rows: int

    @property
    def exact_extra_rows(self) -> int:
        """Rows that repeat an earlier row (a group of 3 adds 2)."""
        return sum(len(g) - 1 for g in self.exact_groups)


def row_hashes(X: np.ndarray) -> list[bytes]:
    """A digest per row of its float64 values (every NaN the same)."""
    A = np.ascontiguousarray(np.where(np.isnan(X), np.nan, X).astype(np.float64))
    A[np.isnan(A)] = np.nan  # one NaN bit pattern
    A = A + 0.0  # -0.0 and 0.0 alike
    return [hashlib.sha256(row.tobytes()).digest() for row in A]


def robust_scale(X: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
    """(X - median) / IQR per column, from `reference` (default X); constant columns keep scale 1."""
    ref = X if reference is None else reference
    med = np.nanmedian(ref, axis=0)
    q75, q25 = np.nanpercentile(ref, [75, 25], axis=0)
    iqr = np.where((q75 - q25) > 0, q75 - q25, 1.0)
    out: np.ndarray = np.nan_to_num((X - med) / iqr)
    return out


def find_duplicates(X: np.ndarray, y: np.ndarray | None = None, rel_tol: float = 0.01,
                    max_rows: int = 200_000) -> Duplicates:
    """Exact groups (all rows) and near-duplicate pairs (first `max_rows` rows) of X; label conflicts when y."""
    from sklearn.neighbors import NearestNeighbors

    X = np.asarray(X, dtype=float)
    groups: dict[bytes, list[int]] = {}
    for i, h in enumerate(row_hashes(X)):
        groups.setdefault(h, []).append(i)
    exact = tuple(tuple(g) for g in groups.values() if len(g) > 1)
    near: list[tuple[int, int]] = []
    if len(X) >= 3:
        Z = robust_scale(X[:max_rows])
        _, first = np.unique(Z, axis=0, return_index=True)  # neighbours among distinct rows
        first = np.sort(first)
        if len(first) >= 3:
            nn = NearestNeighbors(n_neighbors=2).fit(Z[first])
            dist, idx = nn.kneighbors(Z[first])
            scale = float(np.median(dist[:, 1]))
            if scale > 0:
                for a, (d, b) in enumerate(zip(dist[:, 1], idx[:, 1], strict=True)):
                    i, j = int(first[a]), int(first[b])
                    if d < rel_tol * scale and i < j:
                        near.append((i, j))
    conflicting: tuple[tuple[int, ...], ...] = ()
    if y is not None:
        labels = np.asarray(y)
        conflicting = tuple(g for g in exact if len({str(v) for v in labels[list(g)].tolist()}) > 1)
        conflicting += tuple(p for p in near if str(labels[p[0]]) != str(labels[p[1]]))
    return Duplicates(exact, tuple(near), conflicting, len(X))


@dataclass(frozen=True, eq=False)
class SharedRows:
    """Rows of `test` that also appear in `train`, exactly or almost."""

    exact: np.ndarray
    near: np.ndarray
    n_test: int

    @property
    def share(self) -> float:
        return (len(self.exact) + len(self.near)) / max(self.n_test, 1)


def shared_rows(train: np.ndarray, test: np.ndarray, rel_tol: float = 0.01) -> SharedRows:
    """Test rows whose features equal a training row (hash) or lie within `rel_tol` times the training
    set's median nearest-neighbour distance of one."""
    from sklearn.neighbors import NearestNeighbors

    train, test = np.asarray(train, dtype=float), np.asarray(test, dtype=float)
    seen = set(row_hashes(train))
    exact = np.array([i for i, h in enumerate(row_hashes(test)) if h in seen], dtype=int)
    near = np.array([], dtype=int)
    if len(train) >= 3 and len(test):
        Zt, Zs = robust_scale(train), robust_scale(test, train)
        nn = NearestNeighbors(n_neighbors=2).fit(Zt)
        within = nn.kneighbors(Zt)[0][:, 1]
        scale = float(np.median(within[within > 0])) if (within > 0).any() else 0.0
        d = nn.kneighbors(Zs, n_neighbors=1)[0][:, 0]
        near = np.setdiff1d(np.flatnonzero((d < rel_tol * scale) & (d > 0)), exact)
    return SharedRows(exact, near, len(test))
