"""Model-agnostic Shapley values by constrained weighted regression over coalitions (KernelSHAP, Lundberg &
Lee 2017), for any model that returns scores for rows.

The value of a coalition S for row x is the model's expected output when the features in S keep x's values
and the others take the background's (`background.Background`, weighted). The Shapley values are the
solution of a weighted least-squares fit of those values with the Shapley kernel as weights, constrained
to add up to f(x) - E[f]. The coalitions are chosen to cut the variance: the coalition sizes that carry
the most kernel weight (1 and d-1, then 2 and d-2, ...) are enumerated completely while the budget allows,
and the rest are drawn in complementary pairs (S and its complement: Covert & Lee 2021). One design serves
every row of a batch, so the regression is solved once and applied to all rows as a matrix product.

The stated error: each value's standard error is estimated by a bootstrap over the drawn pairs (the
enumerated part has none); with the whole design enumerated (2^d - 2 coalitions) the values are exact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import comb

import numpy as np

from modelward.explain.background import Background

ScoreFn = Callable[[np.ndarray], np.ndarray]
MODEL_ROWS_PER_CALL = 65536
ENUMERATE_SHARE = 0.5  # a size is enumerated only when that leaves at least half the budget to draw


@dataclass(frozen=True, eq=False)
class Design:
    """Coalitions (M, d) of kept features, their regression weights, and which pair each drawn one
    belongs to (-1: enumerated)."""

    masks: np.ndarray
    weights: np.ndarray
    pair: np.ndarray

    @property
    def exact(self) -> bool:
        return bool((self.pair < 0).all())


def size_weights(d: int) -> np.ndarray:
    """Total Shapley-kernel weight of all coalitions of each size s = 1..d-1 (normalised)."""
    s = np.arange(1, d)
    w = (d - 1) / (s * (d - s))
    return np.asarray(w / w.sum())


def _subsets(d: int, s: int) -> np.ndarray:
    from itertools import combinations

    out = np.zeros((comb(d, s), d), dtype=bool)
    for i, idx in enumerate(combinations(range(d), s)):
        out[i, list(idx)] = True
    return out


def design(d: int, budget: int, rng: np.random.Generator) -> Design:
    """Coalitions for d features within `budget`: all of them when the budget allows, else sizes enumerated
    from the outside in while that leaves half the budget, the remaining kernel weight spread over
    complementary pairs drawn by size (enumerating more starves the middle sizes of draws)."""
    mass = size_weights(d)
    masks: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    left = max(budget, 2)
    done = np.zeros(d - 1, dtype=bool)
    everything = budget >= 2**d - 2
    for s in range(1, d // 2 + 1):
        sizes = [s] if s == d - s else [s, d - s]
        n = sum(comb(d, t) for t in sizes)
        if not everything and n > left * ENUMERATE_SHARE:
            break
        for t in sizes:
            sub = _subsets(d, t)
            masks.append(sub)
            weights.append(np.full(len(sub), mass[t - 1] / len(sub)))
            done[t - 1] = True
        left -= n
    pair = [np.full(sum(len(m) for m in masks), -1)]
    rest = np.flatnonzero(~done)
    if len(rest) and left >= 2:
        n_pairs = left // 2
        p = mass[rest] / mass[rest].sum()
        drawn_sizes = rest[rng.choice(len(rest), n_pairs, p=p)] + 1
        drawn = np.zeros((n_pairs, d), dtype=bool)
        order = np.argsort(rng.random((n_pairs, d)), axis=1)
        for i, size in enumerate(drawn_sizes):
            drawn[i, order[i, :size]] = True
        share = mass[rest].sum() / (2 * n_pairs)
        masks += [drawn, ~drawn]
        weights += [np.full(n_pairs, share), np.full(n_pairs, share)]
        pair += [np.arange(n_pairs), np.arange(n_pairs)]
    return Design(np.vstack(masks) if masks else np.zeros((0, d), dtype=bool),
                  np.concatenate(weights) if weights else np.zeros(0), np.concatenate(pair))


def _solver(masks: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The linear map from (v(S) - v(empty) - s_d (v(full) - v(empty))) to the first d-1 Shapley values,
    under the efficiency constraint (the last value takes the rest)."""
    Z = masks.astype(float)
    A = Z[:, :-1] - Z[:, -1:]
    AtW = A.T * weights
    gram = AtW @ A
    return np.asarray(np.linalg.lstsq(gram, AtW, rcond=None)[0])


def _values(score: ScoreFn, X: np.ndarray, masks: np.ndarray, bg: Background) -> np.ndarray:
    """v(S) for every row and coalition: (n, M, K), the background-weighted mean score."""
    n, d = X.shape
    M, B = len(masks), len(bg)
    out = None
    per_row = M * B
    step = max(1, MODEL_ROWS_PER_CALL // max(per_row, 1))
    for a in range(0, n, step):
        x = X[a:a + step]
        rows = np.where(masks[None, :, None, :], x[:, None, None, :], bg.points[None, None, :, :])
        scores = np.asarray(score(rows.reshape(-1, d)), dtype=float)
        scores = scores.reshape(len(x), M, B, -1)
        v = np.einsum("nmbk,b->nmk", scores, bg.weights)
        if out is None:
            out = np.empty((n, M, v.shape[2]))
        out[a:a + step] = v
    assert out is not None
    return out


@dataclass(frozen=True, eq=False)
class SampledShapley:
    """Shapley values (n, d, K), the expected score E[f] (K,), f(x) (n, K), the bootstrap standard error
    (n, d, K; zero when exact), and how many coalitions were evaluated per row."""

    values: np.ndarray
    expected: np.ndarray
    scores: np.ndarray
    stderr: np.ndarray
    coalitions: int
    exact: bool


def _estimate(score: ScoreFn, X: np.ndarray, background: Background, expected: np.ndarray, fx: np.ndarray,
              budget: int, rng: np.random.Generator, n_boot: int) -> tuple[np.ndarray, np.ndarray, Design]:
    """One design's Shapley values (n, d, K) and their bootstrap standard error."""
    d = X.shape[1]
    dz = design(d, budget if budget < 2**d - 2 else 2**d - 2, rng)
    v = _values(score, X, dz.masks, background) - expected  # (n, M, K)
    total = fx - expected  # (n, K)
    y = v - dz.masks[None, :, -1:].astype(float) * total[:, None, :]

    def solve(weights: np.ndarray) -> np.ndarray:
        head = np.einsum("jm,nmk->njk", _solver(dz.masks, weights), y)
        return np.concatenate([head, (total - head.sum(axis=1))[:, None, :]], axis=1)

    phi = solve(dz.weights)
    stderr = np.zeros_like(phi)
    if not dz.exact and n_boot > 1:
        drawn = dz.pair >= 0
        n_pairs = int(dz.pair.max()) + 1
        boots = []
        for _ in range(n_boot):
            counts = np.bincount(rng.integers(0, n_pairs, n_pairs), minlength=n_pairs).astype(float)
            w = dz.weights.copy()
            w[drawn] *= counts[dz.pair[drawn]]
            boots.append(solve(w))
        stderr = np.std(np.stack(boots), axis=0, ddof=1)
    return phi, stderr, dz


def unsettled(phi: np.ndarray, stderr: np.ndarray, k: int, z: float = 2.0) -> np.ndarray:
    """Rows whose top-k set is not settled: the k-th and (k+1)-th largest |value| (of any output) lie
    within z standard errors of each other."""
    n, d, K = phi.shape
    if k <= 0 or k >= d:
        return np.zeros(n, dtype=bool)
    out = np.zeros(n, dtype=bool)
    rows = np.arange(n)
    for o in range(K):
        order = np.argsort(-np.abs(phi[:, :, o]), axis=1)
        a, b = order[:, k - 1], order[:, k]
        gap = np.abs(phi[rows, a, o]) - np.abs(phi[rows, b, o])
        out |= gap < z * np.hypot(stderr[rows, a, o], stderr[rows, b, o])
    return out


def kernel_shap(score: ScoreFn, X: np.ndarray, background: Background, budget: int = 512, seed: int = 0,
                n_boot: int = 16, top_k: int = 0, max_rounds: int = 4) -> SampledShapley:
    """Shapley values of `score` (rows -> (n, K) scores) at the rows `X`, with `budget` coalitions per row
    (all 2^d - 2 when that is no more). With `top_k`, rows whose top-k features are not separated by two
    standard errors get fresh designs of the same budget, averaged in, up to `max_rounds` designs in all:
    the budget goes where the ranking is in doubt (a true tie stays in doubt, at most `max_rounds` times
    the cost). `coalitions` is then the mean number evaluated per row."""
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base_scores = np.asarray(score(background.points), dtype=float).reshape(len(background), -1)
    expected = background.weights @ base_scores
    fx = np.asarray(score(X), dtype=float).reshape(n, -1)
    K = fx.shape[1]
    if d == 1:
        return SampledShapley((fx - expected)[:, None, :], expected, fx, np.zeros((n, 1, K)), 0, True)
    boots = max(n_boot, 8) if top_k else n_boot
    phi, stderr, dz = _estimate(score, X, background, expected, fx, budget, rng, boots)
    rounds = np.ones(n)
    if top_k and not dz.exact:
        for _ in range(max_rounds - 1):
            todo = np.flatnonzero(unsettled(phi, stderr, top_k))
            if not len(todo):
                break
            more, more_se, _ = _estimate(score, X[todo], background, expected, fx[todo], budget, rng, boots)
            r = rounds[todo][:, None, None]
            phi[todo] = (phi[todo] * r + more) / (r + 1)
            stderr[todo] = np.sqrt((stderr[todo] ** 2 * r**2 + more_se**2) / (r + 1) ** 2)
            rounds[todo] += 1
    return SampledShapley(phi, expected, fx, stderr, round(float(len(dz.masks) * rounds.mean())), dz.exact)
