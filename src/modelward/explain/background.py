"""A small weighted summary of the data that "unknown" features are drawn from when a model is explained
by sampling: k-means centres (each feature snapped to the nearest value the data really has, so integer
and category codes stay valid), weighted by the share of rows in each cluster."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Background:
    """Reference points and their weights (summing to 1)."""

    points: np.ndarray
    weights: np.ndarray
    method: str

    def __len__(self) -> int:
        return int(self.points.shape[0])


def summarise(X: np.ndarray, k: int = 10, seed: int = 0, max_rows: int = 20000) -> Background:
    """`k` weighted k-means centres of `X` (all rows when there are no more than `k`). Missing values are
    clustered as the column median and kept missing in no centre. The summary is a function of the data
    and `seed` only, so explanations with different sampling seeds share one background."""
    from sklearn.cluster import KMeans

    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or not len(X):
        raise ValueError("the background needs at least one row of features")
    if len(X) <= k:
        return Background(X.copy(), np.full(len(X), 1.0 / len(X)), f"all {len(X)} rows")
    rng = np.random.default_rng(seed)
    rows = X if len(X) <= max_rows else X[rng.choice(len(X), max_rows, replace=False)]
    medians = np.nanmedian(rows, axis=0)
    medians = np.where(np.isnan(medians), 0.0, medians)
    filled = np.where(np.isnan(rows), medians, rows)
    scale = filled.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    km = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(filled / scale)
    centres = km.cluster_centers_ * scale
    for j in range(X.shape[1]):  # snap to a value the column really takes
        values = np.unique(filled[:, j])
        pos = np.clip(np.searchsorted(values, centres[:, j]), 1, len(values) - 1) if len(values) > 1 else None
        if pos is None:
            centres[:, j] = values[0]
            continue
        lower, upper = values[pos - 1], values[pos]
        centres[:, j] = np.where(np.abs(centres[:, j] - lower) <= np.abs(upper - centres[:, j]), lower, upper)
    counts = np.bincount(km.labels_, minlength=k).astype(float)
    return Background(centres, counts / counts.sum(), f"{k} weighted k-means centres of {len(rows)} rows")
