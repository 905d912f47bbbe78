"""Which rows an extraction attacker queries next: pure functions over candidate rows.

- `k_center`: greedy farthest-point selection (Sener & Savarese 2018): covers the candidates, so the
  first queries see every region of the input space;
- `margin`: the gap between a copy's two most likely classes; small gaps lie near the decision
  boundary, where the copy still disagrees with the victim;
- `diverse_uncertain`: the most uncertain few times `batch` candidates, thinned by k-center so one
  batch does not spend its queries on near-duplicates.
"""

from __future__ import annotations

import numpy as np


def k_center(Z: np.ndarray, n: int, chosen: np.ndarray | None = None) -> np.ndarray:
    """Indices of `n` more rows of Z, each the farthest from those chosen so far (starting from the row
    closest to the mean when nothing is chosen)."""
    Z = np.asarray(Z, dtype=float)
    picked = [int(i) for i in (chosen if chosen is not None else [])]
    new: list[int] = []
    if not len(Z) or n <= 0:
        return np.array(new, dtype=int)
    if not picked:
        first = int(np.argmin(((Z - Z.mean(axis=0)) ** 2).sum(axis=1)))
        picked, new = [first], [first]
    dist = np.full(len(Z), np.inf)
    for i in picked:
        dist = np.minimum(dist, ((Z - Z[i]) ** 2).sum(axis=1))
    while len(new) < n and len(picked) < len(Z):
        i = int(np.argmax(dist))
        if dist[i] <= 0:
            break
        picked.append(i)
        new.append(i)
        dist = np.minimum(dist, ((Z - Z[i]) ** 2).sum(axis=1))
    return np.array(new[:n], dtype=int)


def margin(proba: np.ndarray) -> np.ndarray:
    """Top-1 minus top-2 probability per row (0: a tie between two classes)."""
    top = np.sort(np.asarray(proba, dtype=float), axis=1)
    out: np.ndarray = top[:, -1] - top[:, -2] if top.shape[1] > 1 else np.ones(len(top))
    return out


def diverse_uncertain(Z: np.ndarray, proba: np.ndarray, batch: int, exclude: np.ndarray,
                      widen: int = 3) -> np.ndarray:
    """`batch` rows among the `widen * batch` smallest margins (excluding `exclude`), spread by k-center."""
    m = margin(proba).astype(float)
    m[np.asarray(exclude, dtype=int)] = np.inf
    available = int(np.isfinite(m).sum())
    if available == 0 or batch <= 0:
        return np.array([], dtype=int)
    candidates = np.argsort(m, kind="mergesort")[: min(available, widen * batch)]
    spread = k_center(np.asarray(Z)[candidates], min(batch, len(candidates)))
    return np.asarray(candidates[spread], dtype=int)
