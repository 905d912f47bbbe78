"""What any classifier can reach: the Bayes-optimal accuracy, and the best accuracy under a fairness
constraint, from the true posterior P(y=1 | x, a).

For a group, every classifier of (x, a) has an (FPR, TPR) point on or under the group's expected ROC curve
of the posterior (rows sorted by posterior, highest first; TP and FP counted in expectation, p and 1 - p
per row): thresholding the posterior, with randomisation at the threshold, is the most powerful test at
each FPR (Neyman-Pearson). The curve is concave, so mixtures of its points reach everything under it, and
the best accuracy under "selection rates within `slack`" or "TPRs and FPRs within `slack`" is the linear
programme of `thresholds.solve` on these curves; without a constraint it is E[max(p, 1 - p)].

`generate.biased_truth` gives the parameters `generate.biased` drew for a task, hence its posterior, and
draws as many further rows as wanted from the same distribution: the population bound is computed on a
large fresh sample, not on the rows a method is measured on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.explain.fairness.thresholds import Curve, solve
from modelward.explain.generate import BiasedTruth, biased_truth

__all__ = ["BiasedTruth", "Bound", "biased_truth", "bound", "bound_without_group", "population_bounds",
           "population_bounds_without_group", "posterior_curve"]


@dataclass(frozen=True)
class Bound:
    """Bayes-optimal accuracy without a constraint, and the best accuracy under it (`rates`: each group's
    selection rate, TPR and FPR at the optimum)."""

    criterion: str
    slack: float
    unconstrained: float
    constrained: float
    rates: dict[str, tuple[float, float, float]]

    @property
    def minimum_loss(self) -> float:
        """Accuracy any classifier must give up, against the Bayes-optimal one, to meet the constraint."""
        return self.unconstrained - self.constrained


def posterior_curve(p: np.ndarray, points: int = 2001) -> Curve:
    """A group's expected ROC curve from the posteriors of its rows, kept at `points` evenly spaced cuts
    (a chord under the concave curve between cuts, so the bound computed on it is short by at most the
    curvature between neighbouring cuts)."""
    p = np.sort(np.asarray(p, dtype=float))[::-1]
    tp = np.concatenate([[0.0], np.cumsum(p)])
    fp = np.concatenate([[0.0], np.cumsum(1 - p)])
    cut = np.unique(np.round(np.linspace(0, len(p), min(points, len(p) + 1))).astype(int))
    positives, negatives = float(tp[-1]), float(fp[-1])
    tpr = tp[cut] / positives if positives > 0 else np.zeros(len(cut))
    fpr = fp[cut] / negatives if negatives > 0 else np.zeros(len(cut))
    return Curve(fpr, tpr, positives, negatives)


def bound(p: np.ndarray, groups: np.ndarray, criterion: str, slack: float = 0.0, points: int = 2001) -> Bound:
    """The best expected accuracy of any classifier of (x, a) on rows with posteriors `p` and groups
    `groups`, unconstrained and under `criterion` within `slack`."""
    p = np.asarray(p, dtype=float)
    groups = np.asarray(groups).astype(str)
    curves = {g: posterior_curve(p[groups == g], points) for g in sorted(set(groups.tolist()))}
    solution = solve(curves, criterion, slack)
    return Bound(criterion, slack, float(np.mean(np.maximum(p, 1 - p))), solution.accuracy, solution.rates)


def bound_without_group(joint: np.ndarray, criterion: str, slack: float = 0.0) -> Bound:
    """The best expected accuracy of any classifier of x alone (the group used only to fit it, as by
    reweighing or a reductions fit), on rows with joint probabilities `joint[i, a, y]` = P(a, y | x_i): a
    linear programme over each row's decision probability h_i, exact on these rows. Groups' rates are
    E[h | a] = sum_i h_i P(a | x_i) / sum_i P(a | x_i) (and likewise given a and y)."""
    from scipy.optimize import linprog

    joint = np.asarray(joint, dtype=float)
    n, k, _ = joint.shape
    p_y = joint[:, :, 1].sum(axis=1)
    gain = (2 * p_y - 1) / n  # accuracy = mean(1 - p_y) + gain @ h
    if criterion == "demographic-parity":
        weights = [joint.sum(axis=2)]  # (n, groups)
    elif criterion == "equalised-odds":
        weights = [joint[:, :, 1], joint[:, :, 0]]
    else:
        raise ValueError(f"criterion {criterion!r}; expected demographic-parity or equalised-odds")
    A, b = [], []
    for j, w in enumerate(weights):
        rate = (w / w.sum(axis=0)).T  # (groups, n): the group's rate is rate @ h
        for g in range(k):
            lo = np.zeros(n + len(weights))
            lo[:n], lo[n + j] = -rate[g], 1.0
            A += [lo, -lo]
            b += [0.0, slack]
    res = linprog(-np.concatenate([gain, np.zeros(len(weights))]), A_ub=np.asarray(A), b_ub=b,
                  bounds=[(0, 1)] * (n + len(weights)), method="highs")
    if not res.success:
        raise ValueError(f"no classifier meets the constraint: {res.message}")
    h = np.asarray(res.x)[:n]
    base = float(np.mean(1 - p_y))
    rates = {}
    for g in range(k):
        sel = joint[:, g, :].sum(axis=1)
        pos, neg = joint[:, g, 1], joint[:, g, 0]
        rates[str(g)] = (float(sel @ h / sel.sum()), float(pos @ h / pos.sum()), float(neg @ h / neg.sum()))
    return Bound(criterion, slack, float(np.mean(np.maximum(p_y, 1 - p_y))), base + float(gain @ h), rates)


def population_bounds(truth: BiasedTruth, criteria: tuple[tuple[str, float], ...], n: int = 1_000_000,
                      seed: int = 0) -> list[Bound]:
    """Bounds for a generated task's distribution, on n fresh rows drawn from it."""
    X, a = truth.sample(n, np.random.default_rng([seed, 41]))
    p = truth.posterior(X, a)
    return [bound(p, a, criterion, slack) for criterion, slack in criteria]


def population_bounds_without_group(truth: BiasedTruth, criteria: tuple[tuple[str, float], ...],
                                    n: int = 100_000, seed: int = 0) -> list[Bound]:
    """Bounds for classifiers of x alone, on n fresh rows of the task's distribution."""
    X, _ = truth.sample(n, np.random.default_rng([seed, 42]))
    joint = truth.joint(X)
    return [bound_without_group(joint, criterion, slack) for criterion, slack in criteria]
