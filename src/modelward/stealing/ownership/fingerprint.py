"""Boundary fingerprints (IPGuard, Cao et al. 2021): points just beside the model's decision boundaries
and the labels the model gives them. Decision boundaries are idiosyncratic: a copy (a fine-tuned or
pruned one, or one extracted through queries, which learns the boundary it was shown) agrees with the
model on those points far more often than a model trained independently on the same task.

The points are found in the black box: between two rows the model labels differently, bisection finds
where the label flips, and the point is taken a small step (`offset` of the segment) on one side. The
test of a suspect is the agreement's p-value against the agreement rate of independent models (the
owner trains a few of its own, `null_rate`), so the claim accounts for how often unrelated models agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, DataError
from modelward.stealing.ownership.stats import agreement_p_value
from modelward.stealing.ownership.trigger import TriggerSet, Verdict


def boundary_fingerprint(model: ModelAdapter, X: np.ndarray, n: int = 100, steps: int = 12, offset: float = 0.02,
                         seed: int = 0) -> TriggerSet:
    """`n` points beside the model's boundaries between pairs of rows of X, with the model's labels."""
    X = np.asarray(X, dtype=float)
    if len(X) < 2 or n < 1 or steps < 1 or not 0 < offset < 0.5:
        raise ConfigError("a fingerprint needs 2 rows or more, n and steps of at least 1, offset in (0, 0.5)")
    rng = np.random.default_rng([seed, 19])
    labels = np.asarray(model.predict_proba(X)).argmax(axis=1)
    if len(np.unique(labels)) < 2:
        raise DataError("the model gives every row the same label: it has no boundary between these rows")
    a = rng.integers(0, len(X), 4 * n)
    b = rng.integers(0, len(X), 4 * n)
    keep = labels[a] != labels[b]
    a, b = a[keep][:n], b[keep][:n]
    lo, hi = np.zeros(len(a)), np.ones(len(a))
    for _ in range(steps):
        mid = (lo + hi) / 2
        at_mid = np.asarray(model.predict_proba(X[a] + mid[:, None] * (X[b] - X[a]))).argmax(axis=1)
        same = at_mid == labels[a]
        lo, hi = np.where(same, mid, lo), np.where(same, hi, mid)
    side = rng.random(len(a)) < 0.5
    t = np.where(side, lo - offset, hi + offset).clip(0, 1)
    points = X[a] + t[:, None] * (X[b] - X[a])
    return TriggerSet(points, np.asarray(model.predict_proba(points)).argmax(axis=1))


def null_rate(fingerprint: TriggerSet, independents: Sequence[ModelAdapter]) -> float:
    """The highest agreement any independent model shows (a conservative null), at least 1/n."""
    if not independents:
        raise ConfigError("the fingerprint test needs independent models to measure chance agreement")
    rates = [float(np.mean(np.asarray(m.predict_proba(fingerprint.inputs)).argmax(axis=1) == fingerprint.labels))
             for m in independents]
    return max(max(rates), 1.0 / len(fingerprint.labels))


@dataclass(frozen=True)
class FingerprintVerdict:
    verdict: Verdict
    independent_rates: tuple[float, ...]


def compare(suspect: ModelAdapter, fingerprint: TriggerSet, null: float) -> Verdict:
    """Agreement of a suspect with the fingerprint and its p-value against `null` (see `null_rate`)."""
    proba = np.asarray(suspect.predict_proba(fingerprint.inputs))
    if proba.shape[1] <= int(fingerprint.labels.max()):
        raise ConfigError(f"the suspect answers {proba.shape[1]} classes, fewer than the fingerprint uses")
    matches = int((proba.argmax(axis=1) == fingerprint.labels).sum())
    return Verdict(matches, len(fingerprint.labels), agreement_p_value(matches, len(fingerprint.labels), null), null)


def conferrable_fingerprint(model: ModelAdapter, X: np.ndarray, y_index: np.ndarray, n: int = 100,
                            references: Sequence[ModelAdapter] = (), simulated: int = 3, candidates: int = 2000,
                            seed: int = 0) -> TriggerSet:
    """Points that copies inherit but independent models do not (conferrable examples, after Lukas et al.
    2021), selected rather than crafted: among boundary points and perturbed rows, keep the `n` on which
    simulated thieves (copies distilled from the model's probabilities on X) agree with the model while
    reference models (trained on the true labels; `references` adds the owner's own, e.g. of the model's
    architecture) do not. The score of a point is mean thief agreement x (1 - mean reference agreement)."""
    from modelward.stealing.surrogate import fit_surrogate

    X = np.asarray(X, dtype=float)
    y_index = np.asarray(y_index, dtype=int)
    rng = np.random.default_rng([seed, 23])
    k = len(model.classes)
    boundary = boundary_fingerprint(model, X, candidates // 2, seed=seed).inputs
    spread = X.std(axis=0)
    noisy = X[rng.integers(0, len(X), candidates - len(boundary))]
    noisy = noisy + rng.normal(0, 1, noisy.shape) * spread * rng.uniform(0.05, 0.5, (len(noisy), 1))
    lo, hi = X.min(axis=0), X.max(axis=0)
    pool = np.clip(np.vstack([boundary, noisy]), lo, hi)
    labels = np.asarray(model.predict_proba(pool)).argmax(axis=1)
    soft = np.asarray(model.predict_proba(X))
    thieves, refs = [], []
    for i in range(simulated):
        half = rng.permutation(len(X))[: max(2, len(X) // 2)]
        thieves.append(fit_surrogate(X[half], soft[half], seed=seed + 31 + i).predict(pool))
        refs.append(fit_surrogate(X[half], np.eye(k)[y_index[half]], seed=seed + 61 + i).predict(pool))
    refs += [np.asarray(m.predict_proba(pool)).argmax(axis=1) for m in references]
    thief_agree = np.mean([t == labels for t in thieves], axis=0)
    ref_agree = np.mean([r == labels for r in refs], axis=0)
    score = thief_agree * (1 - ref_agree)
    top = np.argsort(-score, kind="mergesort")[:n]
    return TriggerSet(pool[top], labels[top])
