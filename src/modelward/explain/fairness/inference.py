"""Is a gap between groups real? Two answers, both reported:

- a bootstrap interval of the signed gap between the two groups that are furthest apart (rows resampled
  within each group, so group sizes stay as observed; each group's four confusion cells are drawn from a
  multinomial, which is the same as resampling its rows and costs nothing);
- a permutation test of "the decision does not depend on the group": group labels shuffled over all rows
  (demographic parity) or within each true class (equalised odds), the gap recomputed each time.

A gap is flagged only when the interval excludes zero and the permutation p-value is below alpha.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.explain.fairness.metrics import cells, differences, rates


@dataclass(frozen=True)
class GapTest:
    """One fairness gap: the observed difference (max - min over groups), the groups at either end (for
    equalised odds, of the rate with the larger gap), the 95% bootstrap interval of the signed gap between
    them, and the permutation p-value."""

    criterion: str
    rate: str
    difference: float
    high: str
    low: str
    interval: tuple[float, float]
    p_value: float
    alpha: float

    @property
    def significant(self) -> bool:
        return self.interval[0] > 0 and self.p_value < self.alpha


def _bootstrap(c: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """(n_boot, groups, 4) resampled cells."""
    n = c.sum(axis=1)
    out = np.zeros((n_boot, len(c), 4))
    for g in range(len(c)):
        if n[g] > 0:
            out[:, g, :] = rng.multinomial(int(n[g]), c[g] / n[g], size=n_boot)
    return out


def _permuted(y: np.ndarray, pred: np.ndarray, index: np.ndarray, n_groups: int, n_perm: int, within_class: bool,
              rng: np.random.Generator) -> np.ndarray:
    """(n_perm, groups, 4) cells with group labels shuffled (within each true class when asked)."""
    out = np.zeros((n_perm, n_groups, 4))
    strata = [np.flatnonzero(y == v) for v in (0, 1)] if within_class else [np.arange(len(y))]
    for b in range(n_perm):
        shuffled = index.copy()
        for rows in strata:
            shuffled[rows] = index[rows][rng.permutation(len(rows))]
        out[b] = cells(y, pred, shuffled, n_groups)
    return out


def gap_tests(y_true: np.ndarray, y_pred: np.ndarray, groups: np.ndarray, n_boot: int = 1000, n_perm: int = 1000,
              alpha: float = 0.05, seed: int = 0) -> tuple[GapTest, GapTest]:
    """Demographic-parity and equalised-odds gaps of binary decisions `y_pred` (0/1) against `y_true` (0/1)."""
    rng = np.random.default_rng(seed)
    names, index = np.unique(np.asarray(groups).astype(str), return_inverse=True)
    y, pred = np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)
    c = cells(y, pred, index, len(names))
    observed = rates(c)
    diffs = differences(c)
    odds_rate = "tpr" if float(diffs["tpr"]) >= float(diffs["fpr"]) else "fpr"
    boot = rates(_bootstrap(c, n_boot, rng))
    out = []
    for criterion, rate, stat, within in (
        ("demographic parity", "selection_rate", "dp", False),
        ("equalised odds", odds_rate, "eo", True),
    ):
        hi, lo = int(np.argmax(observed[rate])), int(np.argmin(observed[rate]))
        signed = boot[rate][:, hi] - boot[rate][:, lo]
        interval = (float(np.quantile(signed, 0.025)), float(np.quantile(signed, 0.975)))
        null = differences(_permuted(y, pred, index, len(names), n_perm, within, rng))[stat]
        p = float((1 + np.sum(null >= float(diffs[stat]) - 1e-12)) / (1 + n_perm))
        out.append(GapTest(criterion, rate, float(diffs[stat]), str(names[hi]), str(names[lo]), interval, p, alpha))
    return out[0], out[1]
