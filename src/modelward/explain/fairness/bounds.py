"""What any classifier can reach: the Bayes-optimal accuracy, and the best accuracy under a fairness
constraint, from the true posterior P(y=1 | x, a).

For a group, every classifier of (x, a) has an (FPR, TPR) point on or under the group's expected ROC curve
of the posterior (rows sorted by posterior, highest first; TP and FP counted in expectation, p and 1 - p
per row): thresholding the posterior, with randomisation at the threshold, is the most powerful test at
each FPR (Neyman-Pearson). The curve is concave, so mixtures of its points reach everything under it, and
the best accuracy under "selection rates within `slack`" or "TPRs and FPRs within `slack`" is the linear
programme of `thresholds.solve` on these curves; without a constraint it is E[max(p, 1 - p)].

`biased_truth` replays `generate.biased` (the same random draws in the same order) to recover a task's
parameters, hence its posterior, and to draw as many further rows as wanted from the same distribution:
the population bound is computed on a large fresh sample, not on the rows a method is measured on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.explain.fairness.thresholds import Curve, solve


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


@dataclass(frozen=True)
class BiasedTruth:
    """The parameters `generate.biased` drew for a task: the group share, the shift of the two proxies,
    the label's direction `w` (unit norm) in the standardised features, the group penalty, the cut, the
    share of group-1 positives recorded as negatives, and the features' scale and offset."""

    share: float
    shift: np.ndarray
    w: np.ndarray
    penalty: float
    cut: float
    flip: float
    scale: np.ndarray
    offset: np.ndarray
    noise: float = 0.5

    def posterior(self, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
        """P(y = 1 | x, a): the score's noise is normal, then group-1 positives are flipped."""
        from scipy.stats import norm

        a = np.asarray(groups).astype(int)
        z = (np.asarray(X, dtype=float) - self.offset) / self.scale
        out: np.ndarray = norm.cdf((z @ self.w - self.penalty * a - self.cut) / self.noise) * (1 - self.flip * a)
        return out

    def joint(self, X: np.ndarray) -> np.ndarray:
        """P(a, y | x) for each row: (rows, 2 groups, 2 labels), for classifiers that do not see the group.
        The group shifts the first two standardised features; the others do not depend on it."""
        z = (np.asarray(X, dtype=float) - self.offset) / self.scale
        log1 = np.log(self.share) - 0.5 * np.sum((z[:, :2] - self.shift) ** 2, axis=1)
        log0 = np.log(1 - self.share) - 0.5 * np.sum(z[:, :2] ** 2, axis=1)
        pa1 = 1.0 / (1.0 + np.exp(log0 - log1))
        out = np.zeros((len(z), 2, 2))
        for a, pa in ((0, 1 - pa1), (1, pa1)):
            py = self.posterior(X, np.full(len(z), a))
            out[:, a, 1], out[:, a, 0] = pa * py, pa * (1 - py)
        return out

    def sample(self, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """n further rows (X, group) from the task's distribution."""
        a = (rng.random(n) < self.share).astype(int)
        z = rng.normal(size=(n, len(self.w)))
        z[:, :2] += np.outer(a, self.shift)
        return z * self.scale + self.offset, a


def biased_truth(seed: int, n: int = 20000, test_share: float = 0.5) -> tuple[BiasedTruth, np.ndarray, np.ndarray,
                                                                              np.ndarray]:
    """Replay `generate.biased(seed, n, test_share)`: its parameters, and the rows it made (X, y, group;
    training rows then test rows), to check the replay against the generator."""
    rng = np.random.default_rng([seed, 4])
    total = int(n / (1 - test_share))
    u = rng.random(total)
    share = float(rng.uniform(0.3, 0.5))
    a = (u < share).astype(int)
    d = 10
    z = rng.normal(size=(total, d))
    shift = rng.uniform(-0.8, -0.3, 2)
    z[:, :2] += np.outer(a, shift)
    w = rng.normal(size=d) * (rng.random(d) < 0.7)
    w[0] = 1.0
    w = w / np.linalg.norm(w)
    noise = rng.normal(0, 0.5, total)
    penalty = float(rng.uniform(0.1, 0.4))
    score = z @ w + noise - penalty * a
    cut = float(rng.uniform(-0.3, 0.3))
    y = (score > cut).astype(int)
    u_flip = rng.random(total)
    flip = float(rng.uniform(0.02, 0.1))
    y[(a == 1) & (y == 1) & (u_flip < flip)] = 0
    scale, offset = rng.uniform(0.5, 5, d), rng.uniform(-5, 5, d)
    truth = BiasedTruth(share, shift, w, penalty, cut, flip, scale, offset)
    return truth, z * scale + offset, y, a


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
