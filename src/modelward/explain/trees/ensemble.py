"""Tree ensembles in one normalised form, whatever library trained them.

Every split reads "go left when x < threshold" (a library's "x <= t" becomes "x < the next float after
t"), a missing value goes where `nan_left` says, and `cover` is the training weight that reached each node
(what path-dependent TreeSHAP weighs unknown features by). The raw output of the ensemble is the sum of its
trees' leaf values plus `offset`, in the units `output` names (log-odds for boosting, probability for
forests); readers check that sum against the library's own prediction before anything is explained.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


class NotATreeModel(ValueError):
    """The model is not a tree ensemble this package can read exactly (the caller falls back to sampling)."""


@dataclass(frozen=True, eq=False)
class Tree:
    """One tree as node arrays; leaves have `left == -1`. `value`: (n_nodes, n_outputs), read at leaves."""

    left: np.ndarray
    right: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    nan_left: np.ndarray
    cover: np.ndarray
    value: np.ndarray

    @property
    def n_nodes(self) -> int:
        return int(self.left.shape[0])

    def leaves(self, X: np.ndarray) -> np.ndarray:
        """The leaf each row lands in (all rows walk the tree together, one level per step)."""
        node = np.zeros(X.shape[0], dtype=np.int64)
        rows = np.arange(X.shape[0])
        while True:
            inner = self.left[node] >= 0
            if not inner.any():
                return node
            idx = rows[inner]
            at = node[inner]
            x = X[idx, self.feature[at]]
            go_left = np.where(np.isnan(x), self.nan_left[at], x < self.threshold[at])
            node[inner] = np.where(go_left, self.left[at], self.right[at])


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    """Trees whose leaf values add up (with `offset`) to the model's raw output.

    `output`: what the raw output is ("log-odds", "logits" for multi-class softmax, "probability");
    `output_names`: one per output column (the class each column scores); `float32_inputs`: the library
    rounds inputs to float32 before comparing (scikit-learn trees, XGBoost); `source`: the model type."""

    trees: tuple[Tree, ...]
    offset: np.ndarray
    n_features: int
    output: str
    output_names: tuple[str, ...]
    float32_inputs: bool
    source: str

    @property
    def n_outputs(self) -> int:
        return int(self.offset.shape[0])

    def prepare(self, X: np.ndarray) -> np.ndarray:
        """Rows as the library compares them (float32-rounded where it does), as float64."""
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != self.n_features:
            raise ValueError(f"expected rows of {self.n_features} features, got shape {X.shape}")
        return X.astype(np.float32).astype(np.float64) if self.float32_inputs else X

    def raw(self, X: np.ndarray) -> np.ndarray:
        """The ensemble's raw output, (n, n_outputs): the sum of leaf values plus the offset."""
        X = self.prepare(X)
        out = np.tile(self.offset, (X.shape[0], 1))
        for tree in self.trees:
            out += tree.value[tree.leaves(X)]
        return out


def strict_threshold(threshold: np.ndarray) -> np.ndarray:
    """"x <= t" as "x < t'": t' is the next float64 after t."""
    out: np.ndarray = np.nextafter(np.asarray(threshold, dtype=float), np.inf)
    return out


def verify(ensemble: TreeEnsemble, library_raw: Callable[[np.ndarray], np.ndarray], X: np.ndarray | None = None,
           rtol: float = 1e-6, seed: int = 0) -> TreeEnsemble:
    """The ensemble, once its leaf sums reproduce the library's own raw output (`library_raw`) on probe rows
    (`X`'s first rows, perturbed copies, and copies with missing values where the library takes them);
    NotATreeModel when they do not: a model feature a reader does not understand must never give wrong
    attributions."""
    rng = np.random.default_rng(seed)
    n, d = 64, ensemble.n_features
    base = np.asarray(X, dtype=float)[:n] if X is not None and len(X) else rng.normal(size=(n, d))
    noisy = base[rng.integers(0, len(base), n)] * rng.normal(1.0, 0.3, (n, d))
    holes = noisy.copy()
    holes[rng.random(holes.shape) < 0.1] = np.nan
    rows = np.vstack([base, noisy])
    try:
        want = np.asarray(library_raw(np.vstack([rows, holes])), dtype=float)
        rows = np.vstack([rows, holes])
    except Exception:  # the library refuses missing values: check on complete rows only
        want = np.asarray(library_raw(rows), dtype=float)
    got = ensemble.raw(rows)
    want = want.reshape(got.shape)
    scale = max(1.0, float(np.abs(want).max(initial=0.0)))
    err = float(np.abs(got - want).max(initial=0.0))
    if not np.isfinite(err) or err > rtol * scale:
        raise NotATreeModel(f"{ensemble.source}: the trees read from the model do not reproduce its output "
                            f"(largest difference {err:.3g})")
    return ensemble
