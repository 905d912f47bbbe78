"""Path-dependent TreeSHAP (Lundberg et al. 2020), exact, computed path by path and vectorised over rows.

Each root-to-leaf path is a small game: its players are the d distinct features it splits on; for a set S
of known features the leaf is reached with weight prod_{j in S} o_j * prod_{j not in S} z_j, where o_j says
whether the row satisfies the path's conditions on feature j and z_j is the share of training cover that
followed the path at j's splits. Its Shapley values have a closed form: with A = {j : o_j = 1} and
B = the rest,

    phi_k = v * (1 - z_k) * prod_B z * sum_s w(s) e_{m-s}(z_{A\\k})     for k in A (m = |A| - 1)
    phi_k = -v * prod_B z * sum_s w(s) e_{|A|-s}(z_A)                    for k in B

with e_r the elementary symmetric polynomials and w(s) = s! (d-1-s)! / d!. The polynomial prod_{A}(t + z_j)
is built once per (row, path) and divided by (t + z_k) from the top (stable: every z lies in [0, 1]), so a
path costs O(d^2). Summed over all paths this equals TreeSHAP's recursive algorithm exactly, because the
Shapley value is linear in the game and a feature off the path is a null player.

Since a path's result depends on the row only through the d bits o_j, paths with d up to `TABLE_MAX_D`
get a table of all 2^d answers, precomputed once (Fast TreeSHAP v2's idea, Yang 2021); a row then costs one
lookup per path. Longer paths are computed directly.

The bits come from one walk down all trees at once, a level at a time: a path's features are numbered in
the order they first appear from the root, so a node's number for its feature is the same for every leaf
below it, and a row's bits at a leaf are those of its parent with the parent's bit cleared when the row
goes the other way. That is one comparison per node and row instead of two per (path, feature) and row.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import factorial
from typing import Any

import numpy as np

from modelward.explain.trees.ensemble import TreeEnsemble

TABLE_MAX_D = 12
MAX_BITS = 62  # paths with more distinct features than this are read by their intervals, not by bits
TABLE_BUDGET_BYTES = 128 * 2**20
WORK_BYTES = 64 * 2**20  # size of the per-batch work arrays


def shapley_weights(d: int) -> np.ndarray:
    """w(s) = s! (d-1-s)! / d!, s = 0..d-1: the Shapley weight of a coalition of s other players."""
    return np.array([factorial(s) * factorial(d - 1 - s) / factorial(d) for s in range(d)])


def path_contributions(o: np.ndarray, zero: np.ndarray) -> np.ndarray:
    """Shapley values of unit-value path games: `o` (n, P, d) bools, `zero` (P, d) cover shares; returns
    (n, P, d), to be multiplied by each path's leaf value."""
    n, P, d = o.shape
    w = shapley_weights(d)
    z = np.broadcast_to(zero, (n, P, d))
    prod_b = np.where(o, 1.0, z).prod(axis=2)
    poly = np.zeros((n, P, d + 1))  # coefficients of prod_{j in A} (t + z_j), lowest degree first
    poly[..., 0] = 1.0
    for k in range(d):
        grown = np.empty_like(poly)
        grown[..., 0] = z[..., k] * poly[..., 0]
        grown[..., 1:] = poly[..., :-1] + z[..., k, None] * poly[..., 1:]
        poly = np.where(o[..., k, None], grown, poly)
    s_all = (poly[..., :d] * w).sum(axis=2)
    carry = np.zeros((n, P, d))  # q_{r-1} = p_r - z_k q_r: the quotient by (t + z_k), one k per column
    s_without = np.zeros((n, P, d))
    for r in range(d, 0, -1):
        carry = poly[..., r, None] - z * carry
        s_without += w[r - 1] * carry
    out: np.ndarray = np.where(o, (1.0 - z) * prod_b[..., None] * s_without, -(prod_b * s_all)[..., None])
    return out


@dataclass(frozen=True, eq=False)
class PathBucket:
    """The paths that split on exactly d distinct features. A row satisfies element (p, k) when
    lower <= x < upper for feature `features[p, k]`, or x is missing and `nan_ok`."""

    features: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    nan_ok: np.ndarray
    zero: np.ndarray
    value: np.ndarray
    table: np.ndarray | None
    scatter: Any  # scipy.sparse matrix (P * d, n_features * n_outputs)
    leaves: np.ndarray  # (P,) each path's leaf, numbered across the ensemble (`Descent`)

    @property
    def d(self) -> int:
        return int(self.features.shape[1])

    def indicators(self, X: np.ndarray) -> np.ndarray:
        x = X[:, self.features]
        inside = (x >= self.lower) & (x < self.upper)
        return np.where(np.isnan(x), self.nan_ok, inside)

    def contributions(self, X: np.ndarray, bits: np.ndarray) -> np.ndarray:
        """(n, P, d) for rows `X`; `bits`: the rows' satisfied-feature bits at every node (`Descent.bits`),
        read for paths of up to `MAX_BITS` features (longer ones are read by their intervals)."""
        if self.d > MAX_BITS:
            o = self.indicators(X)
            if self.table is None:
                return path_contributions(o, self.zero)
            idx = (o * (1 << np.arange(self.d))).sum(axis=2)
        else:
            idx = bits[:, self.leaves] & ((1 << self.d) - 1)
            if self.table is None:
                return path_contributions(((idx[..., None] >> np.arange(self.d)) & 1).astype(bool), self.zero)
        # one flat take of d-long rows: several times faster than indexing (path, pattern) pairs
        flat = self.table.reshape(-1, self.d)
        out: np.ndarray = np.take(flat, idx + (np.arange(len(self.features)) << self.d), axis=0)
        return out


@dataclass(frozen=True, eq=False)
class Level:
    """The inner nodes at one depth of every tree, numbered across the ensemble, with what a row needs to
    pass its bits to their children: the split and the bit of the node's feature on the paths below."""

    node: np.ndarray
    left: np.ndarray
    right: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    nan_left: np.ndarray
    bit: np.ndarray  # int64 1 << (the feature's number on the paths below), 0 past MAX_BITS


@dataclass(frozen=True, eq=False)
class Descent:
    """All trees walked together a level at a time (see the module's docstring)."""

    levels: tuple[Level, ...]
    n_nodes: int

    def bits(self, X: np.ndarray) -> np.ndarray:
        """(n, n_nodes) int64: bit j set where the row satisfies every split above the node on the feature
        numbered j (1 everywhere at the root)."""
        out = np.empty((X.shape[0], self.n_nodes), dtype=np.int64)
        out[:, 0] = -1
        nan = bool(np.isnan(X).any())
        for lv in self.levels:
            x = X[:, lv.feature]
            go_left = x < lv.threshold
            if nan:
                go_left = np.where(np.isnan(x), lv.nan_left, go_left)
            here = out[:, lv.node]
            cleared = here & ~lv.bit
            out[:, lv.left] = np.where(go_left, here, cleared)
            out[:, lv.right] = np.where(go_left, cleared, here)
        return out


def _tree_paths(tree: Any, depth_of: np.ndarray | None = None,
                bit_of: np.ndarray | None = None) -> list[tuple[dict[int, list[Any]], int]]:
    """(feature -> [lower, upper, nan_ok, zero share], leaf) for every leaf of `tree`, features in the order
    they first appear from the root; fills `depth_of` and `bit_of` (the node's feature's number on its
    paths, as 1 << number) per node when given."""
    out = []
    stack: list[tuple[int, dict[int, list[Any]], int]] = [(0, {}, 0)]
    while stack:
        node, conds, depth = stack.pop()
        if depth_of is not None:
            depth_of[node] = depth
        if tree.left[node] < 0:
            out.append((conds, node))
            continue
        f, t, cover = int(tree.feature[node]), float(tree.threshold[node]), float(tree.cover[node])
        if bit_of is not None:
            number = list(conds).index(f) if f in conds else len(conds)
            bit_of[node] = 1 << number if number < MAX_BITS else 0
        for child, is_left in ((int(tree.left[node]), True), (int(tree.right[node]), False)):
            share = float(tree.cover[child]) / cover if cover > 0 else 0.0
            lo, hi, nan_ok, zero = conds.get(f, [-np.inf, np.inf, True, 1.0])
            new = dict(conds)
            new[f] = [lo if is_left else max(lo, t), min(hi, t) if is_left else hi,
                      nan_ok and bool(tree.nan_left[node]) == is_left, zero * share]
            stack.append((child, new, depth + 1))
    return out


class TreeShap:
    """Exact path-dependent TreeSHAP for one ensemble; paths and tables are built once, then `values` explains
    any number of rows. Values are in the ensemble's raw output units (`ensemble.output`)."""

    def __init__(self, ensemble: TreeEnsemble, table_budget: int = TABLE_BUDGET_BYTES) -> None:
        from scipy import sparse

        self.ensemble = ensemble
        K, F = ensemble.n_outputs, ensemble.n_features
        grouped: dict[int, list[tuple[list[int], list[list[Any]], np.ndarray, int]]] = {}
        expected = np.array(ensemble.offset, dtype=float)
        levels: dict[int, list[tuple[np.ndarray, ...]]] = {}
        first = 1  # node numbers across the ensemble: 0 is every root, so a tree's other nodes start here
        for tree in ensemble.trees:
            depth_of = np.zeros(tree.n_nodes, dtype=np.int64)
            bit_of = np.zeros(tree.n_nodes, dtype=np.int64)
            for conds, leaf in _tree_paths(tree, depth_of, bit_of):
                value = tree.value[leaf]
                feats = list(conds)
                expected = expected + value * float(np.prod([conds[f][3] for f in feats]))
                if feats:
                    grouped.setdefault(len(feats), []).append((feats, [conds[f] for f in feats], value,
                                                              first + leaf - 1))
            number = np.concatenate([[0], first + np.arange(tree.n_nodes - 1)])  # node i -> first + i - 1
            inner = np.flatnonzero(tree.left >= 0)
            for depth in np.unique(depth_of[inner]):
                at = inner[depth_of[inner] == depth]
                levels.setdefault(int(depth), []).append(
                    (number[at], number[tree.left[at]], number[tree.right[at]], tree.feature[at],
                     tree.threshold[at], tree.nan_left[at], bit_of[at]))
            first += tree.n_nodes - 1
        self.expected = expected
        self.descent = Descent(tuple(Level(*(np.concatenate(part) for part in zip(*levels[k], strict=True)))
                                     for k in sorted(levels)), first)
        buckets = []
        spent = 0
        for d, paths in sorted(grouped.items()):
            leaves = np.array([p[3] for p in paths], dtype=np.int64)
            features = np.array([p[0] for p in paths], dtype=np.int64)
            limits = np.array([p[1] for p in paths], dtype=float)  # (P, d, 4): lower, upper, nan_ok, zero
            values = np.array([p[2] for p in paths], dtype=float)
            zero = limits[..., 3]
            table = None
            size = len(paths) * (2**d) * d * 8
            if d <= TABLE_MAX_D and spent + size <= table_budget:
                table = self._table(zero, d)
                spent += size
            P = len(paths)
            rows = np.repeat(np.arange(P * d), K)
            cols = (features.reshape(-1, 1) * K + np.arange(K)).reshape(-1)
            vals = np.repeat(values, d, axis=0).reshape(-1)
            keep = vals != 0
            scatter = sparse.csr_matrix((vals[keep], (rows[keep], cols[keep])), shape=(P * d, F * K))
            buckets.append(PathBucket(features, limits[..., 0], limits[..., 1], limits[..., 2].astype(bool), zero,
                                      values, table, scatter, leaves))
        self.buckets = tuple(buckets)

    @staticmethod
    def _table(zero: np.ndarray, d: int) -> np.ndarray:
        """All 2^d answers of each path: (P, 2^d, d), built a slice of paths at a time."""
        patterns = ((np.arange(2**d)[:, None] >> np.arange(d)) & 1).astype(bool)  # (2^d, d)
        P = zero.shape[0]
        out = np.empty((P, 2**d, d))
        step = max(1, WORK_BYTES // (8 * (2**d) * (d + 1) * 4))
        for a in range(0, P, step):
            zs = zero[a:a + step]
            o = np.broadcast_to(patterns[:, None, :], (2**d, len(zs), d))
            out[a:a + step] = path_contributions(o, zs).transpose(1, 0, 2)
        return out

    @property
    def n_paths(self) -> int:
        return sum(len(b.features) for b in self.buckets)

    def values(self, X: np.ndarray) -> np.ndarray:
        """SHAP values, (n, n_features, n_outputs); for every row they add up, with `expected`, to the raw output."""
        X = self.ensemble.prepare(X)
        n, F, K = X.shape[0], self.ensemble.n_features, self.ensemble.n_outputs
        out = np.zeros((n, F * K))
        widest = max((len(b.features) * b.d * (b.d + 2) for b in self.buckets), default=1)
        step = max(1, WORK_BYTES // (8 * (widest + self.descent.n_nodes)))
        for a in range(0, n, step):
            chunk = X[a:a + step]
            bits = self.descent.bits(chunk)
            for b in self.buckets:
                c = b.contributions(chunk, bits).reshape(len(chunk), -1)
                out[a:a + step] += np.asarray(b.scatter.T @ c.T).T
        return out.reshape(n, F, K)


def tree_shap(ensemble: TreeEnsemble, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """SHAP values (n, n_features, n_outputs) and the expected value (n_outputs,) of `ensemble` on rows `X`."""
    explainer = TreeShap(ensemble)
    return explainer.values(X), explainer.expected
