"""Mondrian multidimensional k-anonymity (LeFevre, DeWitt and Ramakrishnan, ICDE 2006), strict partitioning,
computed level by level over all partitions at once so a million rows take seconds, not a Python call per
partition.

At each level every open partition picks the quasi-identifier with the widest range (normalised by the
column's full range), splits at its median (rows <= median left; on ties, < median), and keeps the split
when both sides hold at least `k` rows (and, with a sensitive column, at least `l` distinct sensitive
values each). A partition that cannot split on its widest column tries the next; one that cannot split
on any is final. The result is the equivalence class of every row."""

from __future__ import annotations

import numpy as np

from modelward.core.errors import DataError


def _segments(keys: np.ndarray) -> np.ndarray:
    """Start index of each run of equal values in sorted `keys`."""
    return np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])


def _distinct_per_side(part: np.ndarray, side: np.ndarray, sensitive: np.ndarray, n_parts: int) -> np.ndarray:
    """Distinct sensitive values per (partition, side): shape (n_parts, 2)."""
    key = (part.astype(np.int64) * 2 + side) * (int(sensitive.max()) + 1) + sensitive
    uniq = np.unique(key)
    cell = uniq // (int(sensitive.max()) + 1)
    out = np.zeros(n_parts * 2, dtype=np.int64)
    np.add.at(out, cell, 1)
    return out.reshape(n_parts, 2)


def mondrian(Q: np.ndarray, k: int, sensitive: np.ndarray | None = None, l_diversity: int = 1,
             max_levels: int = 64) -> np.ndarray:
    """The equivalence class (0..m-1) of each row of `Q` (n x d numbers: quasi-identifier values or codes
    of ordered categories). `sensitive`: integer codes of a sensitive column, for distinct l-diversity."""
    Q = np.asarray(Q, dtype=float)
    n, d = Q.shape
    if k < 1:
        raise DataError(f"k must be at least 1, got {k}")
    if n < k:
        raise DataError(f"k = {k} cannot be reached: the data has {n} rows")
    if not np.isfinite(Q).all():
        raise DataError("quasi-identifiers hold missing or infinite values; fill or drop them first")
    if sensitive is not None:
        sensitive = np.unique(np.asarray(sensitive), return_inverse=True)[1].astype(np.int64)
        if len(np.unique(sensitive)) < l_diversity:
            raise DataError(f"l = {l_diversity} cannot be reached: the sensitive column has "
                            f"{len(np.unique(sensitive))} distinct values")
    span = Q.max(axis=0) - Q.min(axis=0)
    span[span == 0] = 1.0
    part = np.zeros(n, dtype=np.int64)  # partition id of each row
    open_parts = np.array([True])  # per partition id: may still split
    for _ in range(max_levels):
        active_rows = open_parts[part]
        if not active_rows.any():
            break
        rows = np.flatnonzero(active_rows)
        n_parts = len(open_parts)
        # per partition and column: normalised range, to order the columns to try
        ranges = np.zeros((n_parts, d))
        order = rows[np.argsort(part[rows], kind="stable")]
        starts = _segments(part[order])
        ids = part[order][starts]
        for j in range(d):
            v = Q[order, j]
            ranges[ids, j] = (np.maximum.reduceat(v, starts) - np.minimum.reduceat(v, starts)) / span[j]
        ranking = np.argsort(-ranges, axis=1, kind="stable")
        decided = np.zeros(n_parts, dtype=bool)
        decided[~open_parts] = True
        new_side = np.zeros(n, dtype=np.int8)  # 1: goes to the new (right) partition
        split = np.zeros(n_parts, dtype=bool)
        for attempt in range(d):
            todo_rows = rows[~decided[part[rows]]]
            if not len(todo_rows):
                break
            dim = ranking[part[todo_rows], attempt]
            has_range = ranges[part[todo_rows], dim] > 0
            todo_rows, dim = todo_rows[has_range], dim[has_range]
            if not len(todo_rows):
                break
            v = Q[todo_rows, dim]
            srt = np.lexsort((v, part[todo_rows]))
            r, v, p = todo_rows[srt], v[srt], part[todo_rows][srt]
            starts = _segments(p)
            sizes = np.diff(np.r_[starts, len(p)])
            pid = p[starts]
            median = v[starts + (sizes - 1) // 2]
            m_row = np.repeat(median, sizes)
            for strict in (False, True):
                left = v < m_row if strict else v <= m_row
                n_left = np.add.reduceat(left.astype(np.int64), starts)
                ok = (n_left >= k) & (sizes - n_left >= k) & ~split[pid] & ~decided[pid]
                if sensitive is not None and l_diversity > 1 and ok.any():
                    distinct = _distinct_per_side(p, (~left).astype(np.int64), sensitive[r], n_parts)
                    ok &= (distinct[pid, 0] >= l_diversity) & (distinct[pid, 1] >= l_diversity)
                if ok.any():
                    chosen = np.repeat(ok, sizes)
                    new_side[r[chosen & ~left]] = 1
                    split[pid[ok]] = True
                    decided[pid[ok]] = True
            if attempt == d - 1:
                break
        # partitions that could not split on any column are final
        finished = ~split & open_parts
        open_parts = open_parts & ~finished
        moved = np.flatnonzero(new_side == 1)
        if not len(moved):
            break
        splitting = np.flatnonzero(split)
        new_ids = np.full(n_parts, -1, dtype=np.int64)
        new_ids[splitting] = n_parts + np.arange(len(splitting))
        part[moved] = new_ids[part[moved]]
        open_parts = np.r_[open_parts, np.ones(len(splitting), dtype=bool)]
    return np.unique(part, return_inverse=True)[1].astype(np.int64)
