"""Group-specific thresholds (post-processing, Hardt et al. 2016): keep the model's scores, decide per
group with (randomised) thresholds chosen so that the groups get the same selection rate (demographic
parity) or the same true- and false-positive rates (equalised odds), or rates within a `slack` of each
other, at the highest accuracy on the rows they are fitted on.

Each group's reachable (FPR, TPR) points are the area under the upper convex hull of its ROC curve and
above the diagonal: a mixture of the top-k rules at the hull's vertices. `solve` is the linear programme
over those mixtures, exactly (no grid): maximise the expected correct decisions subject to every group's
rates lying within `slack` of each other. The probability of deciding positive for a score s is then
q(s) = sum_k w_k [s >= t_k] + c. The same programme on a posterior's expected ROC curves gives the best
accuracy any classifier can reach under the constraint (`bounds`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Rule:
    """q(s) = sum of weights[k] * [s >= thresholds[k]] + constant."""

    thresholds: tuple[float, ...]
    weights: tuple[float, ...]
    constant: float = 0.0

    def probability(self, score: np.ndarray) -> np.ndarray:
        q = np.full(len(score), self.constant)
        for t, w in zip(self.thresholds, self.weights, strict=True):
            q += w * (score >= t)
        out: np.ndarray = np.clip(q, 0.0, 1.0)
        return out


@dataclass(frozen=True)
class GroupThresholds:
    """A rule per group, and the criterion they were fitted for."""

    criterion: str
    rules: dict[str, Rule]

    def probability(self, score: np.ndarray, groups: np.ndarray) -> np.ndarray:
        """Probability of deciding positive for each row; a group never seen at fitting is an error."""
        groups = np.asarray(groups).astype(str)
        unknown = sorted(set(groups.tolist()) - set(self.rules))
        if unknown:
            raise ValueError(f"group(s) {', '.join(map(repr, unknown[:5]))} were not among the groups the "
                             f"thresholds were fitted on ({', '.join(self.rules)})")
        q = np.zeros(len(score))
        for g, rule in self.rules.items():
            inside = groups == g
            q[inside] = rule.probability(np.asarray(score)[inside])
        return q

    def decide(self, score: np.ndarray, groups: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Randomised decisions (0/1) drawn from the rules."""
        return (rng.random(len(score)) < self.probability(score, groups)).astype(int)


def _top_k_rule(sorted_scores: np.ndarray, k: float) -> Rule:
    """Select the top k rows of a group (scores sorted high to low); rows tied at the boundary score, and a
    fractional k, are selected with the probability that makes the expected count k."""
    n = len(sorted_scores)
    if k <= 0 or n == 0:
        return Rule((np.inf,), (1.0,))
    if k >= n:
        return Rule((-np.inf,), (1.0,))
    v = float(sorted_scores[int(np.floor(k))])
    above = int(np.sum(sorted_scores > v))
    at_or_above = int(np.sum(sorted_scores >= v))
    p = (k - above) / (at_or_above - above)
    return Rule((v, float(np.nextafter(v, np.inf))), (p, 1.0 - p))


def _sorted(score: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-score, kind="stable")
    return score[order], np.concatenate([[0.0], np.cumsum(y[order])])


def _roc_hull(s: np.ndarray, cum: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Upper convex hull of a group's ROC points (FPR, TPR) and the number of top rows each vertex selects."""
    n = len(s)
    k = np.arange(n + 1)
    # only the last row of a run of equal scores is a reachable cut
    cut = np.concatenate([[True], s[:-1] != s[1:], [True]]) if n else np.array([True])
    k = k[cut]
    pos, neg = cum[-1], n - cum[-1]
    tpr = cum[k] / pos if pos > 0 else np.zeros(len(k))
    fpr = (k - cum[k]) / neg if neg > 0 else np.zeros(len(k))
    hull: list[int] = []
    for i in range(len(k)):
        while len(hull) >= 2:
            a, b = hull[-2], hull[-1]
            cross = (fpr[b] - fpr[a]) * (tpr[i] - tpr[a]) - (tpr[b] - tpr[a]) * (fpr[i] - fpr[a])
            if cross >= 0:  # b lies on or under the line from a to i
                hull.pop()
            else:
                break
        hull.append(i)
    h = np.array(hull)
    return fpr[h], tpr[h], k[h]


@dataclass(frozen=True)
class Curve:
    """A group's candidate operating points, the vertices of the upper convex hull of its ROC curve (FPR
    and TPR, rising), its positive and negative mass (counts, or expected counts under a posterior), and
    the number of top rows each vertex selects (None for a curve that is not a rule on rows)."""

    fpr: np.ndarray
    tpr: np.ndarray
    positives: float
    negatives: float
    top: np.ndarray | None = None


@dataclass(frozen=True)
class Solution:
    """The most accurate mixture of each group's vertices under the constraint: `mixtures[g]` the weight of
    each vertex; `accuracy` the expected share of correct decisions; `rates[g]` = (selection rate, TPR, FPR)."""

    accuracy: float
    mixtures: dict[str, np.ndarray]
    rates: dict[str, tuple[float, float, float]]


def solve(curves: dict[str, Curve], criterion: str, slack: float = 0.0) -> Solution:
    """The linear programme over the groups' ROC hulls (Hardt et al. 2016): each group mixes its vertices
    (a randomised threshold rule; mixing with the hull's ends (0, 0) and (1, 1) reaches every point between
    the hull and the diagonal), maximising the expected correct decisions, subject to every group's
    selection rate (demographic parity) or TPR and FPR (equalised odds) lying within `slack` of each other:
    lo <= rate_g <= lo + slack, lo a free variable per rate."""
    from scipy.optimize import linprog

    if criterion not in ("demographic-parity", "equalised-odds"):
        raise ValueError(f"criterion {criterion!r}; expected demographic-parity or equalised-odds")
    names = list(curves)
    sizes = [len(curves[g].fpr) for g in names]
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    n_rates = 1 if criterion == "demographic-parity" else 2
    n_var = int(offsets[-1]) + n_rates
    total = sum(c.positives + c.negatives for c in curves.values())
    gain = np.zeros(n_var)
    A_eq = np.zeros((len(names), n_var))
    A_ub, b_ub = [], []
    for i, g in enumerate(names):
        c = curves[g]
        cols = slice(int(offsets[i]), int(offsets[i + 1]))
        gain[cols] = (c.positives * c.tpr + c.negatives * (1 - c.fpr)) / total
        A_eq[i, cols] = 1.0
        mass = c.positives + c.negatives
        rows = ([(c.positives * c.tpr + c.negatives * c.fpr) / mass] if n_rates == 1 else [c.tpr, c.fpr])
        for j, rate in enumerate(rows):
            lo = np.zeros(n_var)
            lo[cols], lo[int(offsets[-1]) + j] = -rate, 1.0  # lo - rate_g <= 0
            hi = -lo  # rate_g - lo <= slack
            A_ub += [lo, hi]
            b_ub += [0.0, slack]
    res = linprog(-gain, A_ub=np.asarray(A_ub), b_ub=b_ub, A_eq=A_eq, b_eq=np.ones(len(names)),
                  bounds=[(0, None)] * int(offsets[-1]) + [(0, 1)] * n_rates, method="highs")
    if not res.success:
        raise ValueError(f"no mixture meets the constraint: {res.message}")
    x = np.clip(np.asarray(res.x), 0.0, None)
    mixtures, rates = {}, {}
    for i, g in enumerate(names):
        c = curves[g]
        lam = x[int(offsets[i]):int(offsets[i + 1])]
        lam = lam / lam.sum()
        mixtures[g] = lam
        tpr, fpr = float(lam @ c.tpr), float(lam @ c.fpr)
        rates[g] = ((c.positives * tpr + c.negatives * fpr) / (c.positives + c.negatives), tpr, fpr)
    return Solution(float(gain @ x), mixtures, rates)


def empirical_curve(score: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, Curve]:
    """A group's rows as a Curve (its sorted scores returned beside it, to turn vertices into rules)."""
    s, cum = _sorted(score, y)
    fpr, tpr, k = _roc_hull(s, cum)
    return s, Curve(fpr, tpr, float(cum[-1]), float(len(s) - cum[-1]), k)


def fit_lp(score: np.ndarray, y: np.ndarray, groups: np.ndarray, criterion: str,
           slack: float = 0.0) -> GroupThresholds:
    """Randomised group thresholds from `solve` on the rows given: each group's rule mixes the top-k rules
    of its hull vertices with the LP's weights."""
    groups = np.asarray(groups).astype(str)
    names = sorted(set(groups.tolist()))
    parts = {g: empirical_curve(score[groups == g], y[groups == g]) for g in names}
    solution = solve({g: c for g, (_, c) in parts.items()}, criterion, slack)
    rules = {}
    for g, (s, c) in parts.items():
        thresholds: tuple[float, ...] = ()
        weights: tuple[float, ...] = ()
        assert c.top is not None
        for lam, k in zip(solution.mixtures[g], c.top, strict=True):
            if lam > 1e-12:
                r = _top_k_rule(s, float(k))
                thresholds += r.thresholds
                weights += tuple(lam * w for w in r.weights)
        rules[g] = Rule(thresholds, weights)
    return GroupThresholds(criterion.replace("-", " "), rules)


def fit_demographic_parity(score: np.ndarray, y: np.ndarray, groups: np.ndarray,
                           slack: float = 0.0) -> GroupThresholds:
    """Thresholds giving the groups selection rates within `slack` of each other, the most accurate."""
    return fit_lp(score, y, groups, "demographic-parity", slack)


def fit_equalised_odds(score: np.ndarray, y: np.ndarray, groups: np.ndarray,
                       slack: float = 0.0) -> GroupThresholds:
    """Thresholds (with randomisation) giving the groups TPRs and FPRs within `slack` of each other, the
    most accurate."""
    return fit_lp(score, y, groups, "equalised-odds", slack)


def fit_thresholds(score: np.ndarray, y: np.ndarray, groups: np.ndarray, criterion: str,
                   slack: float = 0.0) -> GroupThresholds:
    """Group thresholds for "demographic-parity" or "equalised-odds", the groups' rates within `slack`."""
    score, y = np.asarray(score, dtype=float), np.asarray(y).astype(int)
    if criterion == "demographic-parity":
        return fit_demographic_parity(score, y, groups, slack)
    if criterion == "equalised-odds":
        return fit_equalised_odds(score, y, groups, slack)
    raise ValueError(f"criterion {criterion!r}; expected demographic-parity or equalised-odds")


def safe_slack(target: float, score: np.ndarray, y: np.ndarray, groups: np.ndarray, criterion: str,
               test_rows: int | None = None, z: float = 1.645) -> tuple[float, float]:
    """How much of a `target` gap the rule may use on the fitting rows so that the gap measured on
    `test_rows` new rows (default: as many as the fitting rows) stays within the target with about 95%
    confidence: the target less z standard errors of the measured gap, which is off from the fitted one
    by the fitting rows' sampling error (the rates at the thresholds) plus the test rows'. Each rate's
    variance is binomial, r (1 - r) / count, at the exact-parity solution; the gap's is the sum of the two
    largest groups' variances, the worse of TPR and FPR for equalised odds. Returns (slack, standard error)."""
    score, y = np.asarray(score, dtype=float), np.asarray(y).astype(int)
    groups = np.asarray(groups).astype(str)
    names = sorted(set(groups.tolist()))
    n = len(y)
    scale = 1.0 + n / (test_rows if test_rows else n)  # fitting variance, plus the test rows' at their count
    parts = {g: empirical_curve(score[groups == g], y[groups == g])[1] for g in names}
    solution = solve(parts, criterion, 0.0)
    variances = []
    for g in names:
        c = parts[g]
        r, tpr, fpr = solution.rates[g]
        if criterion == "demographic-parity":
            variances.append([r * (1 - r) / max(1.0, c.positives + c.negatives)])
        else:
            variances.append([tpr * (1 - tpr) / max(1.0, c.positives), fpr * (1 - fpr) / max(1.0, c.negatives)])
    per_rate = np.asarray(variances).T  # (rates, groups)
    worst = max(float(np.sum(np.sort(v)[-2:])) for v in per_rate)
    se = float(np.sqrt(scale * worst))
    return max(0.0, target - z * se), se
