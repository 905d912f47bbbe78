"""A classification tree whose splits are either axis-aligned (one feature against a threshold) or sparse
oblique (a weighted sum of two or three features against a threshold), grown best-first on impurity.

Why: boxes follow a slanted boundary only as a staircase, one rule per step; a split on "x0 + x1" follows
it at once. At each node the oblique candidates are logistic-regression directions (the node's majority
class against the rest) over the two and the three features whose own best splits are best (the sparse
form of CART-LC's linear combinations, Breiman et al. 1984); an oblique split replaces the best
axis-aligned one only when it lowers the impurity by `margin` more, so a tree on a boxy boundary stays
axis-aligned. Weights are rounded to three significant digits before the threshold is chosen, so the
printed split is the one applied.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

OBLIQUE_SIZES = (2, 3)  # features in an oblique split
MARGIN = 0.1  # an oblique split must lower the impurity this much more (relative) than the axis-aligned one


@dataclass(frozen=True, eq=False)
class Split:
    """Rows with weights . x[features] <= threshold go left; one feature with weight 1 is axis-aligned."""

    features: tuple[int, ...]
    weights: tuple[float, ...]
    threshold: float

    def left(self, X: np.ndarray) -> np.ndarray:
        out: np.ndarray = X[:, list(self.features)] @ np.asarray(self.weights) <= self.threshold
        return out


@dataclass(frozen=True, eq=False)
class Tree:
    """Nodes in the order they were made (a parent before its children): children (-1 at a leaf), the
    split of each inner node, and how many fitting rows of each class reach each node."""

    left: np.ndarray
    right: np.ndarray
    splits: tuple[Split | None, ...]
    counts: np.ndarray

    def reach(self, X: np.ndarray) -> np.ndarray:
        """(rows, nodes): whether each row passes through each node."""
        out = np.zeros((len(X), len(self.left)), dtype=bool)
        out[:, 0] = True
        for node, split in enumerate(self.splits):
            if split is not None:
                go = split.left(X)
                out[:, self.left[node]] = out[:, node] & go
                out[:, self.right[node]] = out[:, node] & ~go
        return out


def _best_thresholds(values: np.ndarray, y: np.ndarray, n_classes: int, min_leaf: int) -> tuple[np.ndarray, np.ndarray]:
    """For each column of `values` (rows, columns): the best Gini split as (score, threshold), score being
    sum over sides and classes of count^2 / side size (higher is purer; -inf where no split is allowed)."""
    m, c = values.shape
    order = np.argsort(values, axis=0, kind="stable")
    v = np.take_along_axis(values, order, axis=0)
    ys = y[order]
    n_left = np.arange(1, m, dtype=float)[:, None]
    score = np.zeros((m - 1, c))
    for k in range(n_classes):
        lefts = np.cumsum(ys == k, axis=0)[:-1].astype(float)
        rights = float(np.sum(y == k)) - lefts
        score += lefts * lefts / n_left + rights * rights / (m - n_left)
    valid = v[1:] > v[:-1] + 1e-12 * (1 + np.abs(v[:-1]))
    valid[: min_leaf - 1] = False
    valid[m - min_leaf:] = False
    score[~valid] = -np.inf
    at = np.argmax(score, axis=0)
    cols = np.arange(c)
    return score[at, cols], (v[at, cols] + v[np.minimum(at + 1, m - 1), cols]) / 2


def _logistic_direction(Z: np.ndarray, target: np.ndarray, ridge: float = 1e-3, steps: int = 12) -> np.ndarray:
    """Weights of a ridge-penalised logistic regression of `target` (0/1) on standardised `Z` (Newton)."""
    m, k = Z.shape
    A = np.hstack([Z, np.ones((m, 1))])
    w = np.zeros(k + 1)
    penalty = ridge * np.diag([*np.ones(k), 0.0])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))
        step = np.linalg.solve((A * (p * (1 - p))[:, None]).T @ A / m + penalty + 1e-9 * np.eye(k + 1),
                               A.T @ (p - target) / m + penalty @ w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:k]


def _round(w: np.ndarray, digits: int = 3) -> np.ndarray:
    """Scaled so the largest |weight| is 1, rounded to `digits` significant digits."""
    w = w / np.abs(w).max()
    scale = 10.0 ** (digits - 1 - np.floor(np.log10(np.where(w == 0, 1.0, np.abs(w)))))
    out: np.ndarray = np.round(w * scale) / scale
    return out


def _best_split(X: np.ndarray, y: np.ndarray, n_classes: int, min_leaf: int, margin: float,
                oblique: bool) -> tuple[float, Split] | None:
    """The node's best split and its Gini gain (in rows), or None when no split lowers the impurity."""
    counts = np.bincount(y, minlength=n_classes).astype(float)
    if len(y) < 2 * min_leaf or np.count_nonzero(counts) < 2:
        return None
    base = float(counts @ counts) / len(y)
    score, thr = _best_thresholds(X, y, n_classes, min_leaf)
    if not np.isfinite(score).any():
        return None
    f = int(np.argmax(score))
    gain, split = float(score[f]) - base, Split((f,), (1.0,), float(thr[f]))
    ranked = [j for j in np.argsort(-score, kind="stable") if np.isfinite(score[j])]
    sizes = [k for k in OBLIQUE_SIZES if k <= len(ranked)] if oblique else []
    if sizes:
        target = (y == np.argmax(counts)).astype(float)
        projected, shapes = [], []
        for k in sizes:
            feats = np.sort(ranked[:k])
            Z = X[:, feats]
            sd = Z.std(axis=0)
            if np.any(sd == 0):
                continue
            w = _logistic_direction((Z - Z.mean(axis=0)) / sd, target) / sd
            if np.all(np.isfinite(w)) and np.abs(w).max() > 0:
                w = _round(w)
                projected.append(Z @ w)
                shapes.append((feats, w))
        if projected:
            s, t = _best_thresholds(np.column_stack(projected), y, n_classes, min_leaf)
            j = int(np.argmax(s))
            if np.isfinite(s[j]) and s[j] - base > gain * (1 + margin):
                feats, w = shapes[j]
                gain = float(s[j]) - base
                split = Split(tuple(int(i) for i in feats), tuple(float(x) for x in w), float(t[j]))
    return (gain, split) if gain > 1e-9 else None


def grow(X: np.ndarray, y: np.ndarray, n_classes: int, max_leaves: int, min_leaf: int = 5,
         oblique: bool = True, margin: float = MARGIN) -> Tree:
    """A tree of at most `max_leaves` leaves grown best-first (the split with the largest impurity gain
    next), each leaf holding at least `min_leaf` rows; `y`: class indices in range(n_classes)."""
    left: list[int] = [-1]
    right: list[int] = [-1]
    splits: list[Split | None] = [None]
    rows = [np.arange(len(X))]
    heap: list[tuple[float, int, Split]] = []

    def consider(node: int) -> None:
        found = _best_split(X[rows[node]], y[rows[node]], n_classes, min_leaf, margin, oblique)
        if found is not None:
            heapq.heappush(heap, (-found[0], node, found[1]))

    consider(0)
    leaves = 1
    while heap and leaves < max_leaves:
        _, node, split = heapq.heappop(heap)
        go = split.left(X[rows[node]])
        splits[node], left[node], right[node] = split, len(rows), len(rows) + 1
        for part in (rows[node][go], rows[node][~go]):
            rows.append(part)
            left.append(-1)
            right.append(-1)
            splits.append(None)
        leaves += 1
        consider(left[node])
        consider(right[node])
    counts = np.array([np.bincount(y[r], minlength=n_classes) for r in rows], dtype=float)
    return Tree(np.array(left), np.array(right), tuple(splits), counts)
