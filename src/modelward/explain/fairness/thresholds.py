"""Group-specific thresholds (post-processing, Hardt et al. 2016): keep the model's scores, decide per
group with thresholds chosen so that the groups get the same selection rate (demographic parity) or the
same true- and false-positive rates (equalised odds), at the highest accuracy on the rows they are fitted
on.

Each group's rule is randomised where it must be: the probability of deciding positive for a score s is
q(s) = sum_k w_k [s >= t_k] + c. Demographic parity: for a common rate r each group selects its top r n_g
rows (mixing the two thresholds around the fractional row), and r is searched on a fine grid for the most
correct decisions. Equalised odds: each group's reachable (FPR, TPR) points are the area under the upper
convex hull of its ROC curve and above the diagonal; for a common FPR x the common TPR is the lowest hull
height min_g h_g(x), reached by mixing the group's hull point with the constant rule "positive with
probability x"; x is searched on a grid for the most correct decisions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GRID = 2001


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


def fit_demographic_parity(score: np.ndarray, y: np.ndarray, groups: np.ndarray) -> GroupThresholds:
    """Thresholds giving every group the same selection rate, the rate with the most correct decisions."""
    groups = np.asarray(groups).astype(str)
    names = sorted(set(groups.tolist()))
    rates = np.linspace(0, 1, GRID)
    correct = np.zeros(GRID)
    parts = {}
    for g in names:
        s, cum = _sorted(score[groups == g], y[groups == g])
        n = len(s)
        k = rates * n
        tp = np.interp(k, np.arange(n + 1), cum)
        negatives = n - cum[-1]
        correct += tp + (negatives - (k - tp))
        parts[g] = s
    best = float(rates[int(np.argmax(correct))])
    return GroupThresholds("demographic parity",
                           {g: _top_k_rule(s, best * len(s)) for g, s in parts.items()})


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


def fit_equalised_odds(score: np.ndarray, y: np.ndarray, groups: np.ndarray) -> GroupThresholds:
    """Thresholds (with randomisation) giving every group the same TPR and FPR, with the most correct
    decisions."""
    groups = np.asarray(groups).astype(str)
    names = sorted(set(groups.tolist()))
    xs = np.linspace(0, 1, GRID)
    hulls, heights, counts = {}, [], {}
    for g in names:
        s, cum = _sorted(score[groups == g], y[groups == g])
        hulls[g] = (s, *_roc_hull(s, cum))
        heights.append(np.interp(xs, hulls[g][1], hulls[g][2]))
        counts[g] = (cum[-1], len(s) - cum[-1])
    common = np.min(np.vstack(heights), axis=0)
    correct = sum(pos * common + neg * (1 - xs) for pos, neg in counts.values())
    i = int(np.argmax(correct))
    x, target = float(xs[i]), float(common[i])
    rules = {}
    for g in names:
        s, fpr, tpr, k = hulls[g]
        j = int(np.clip(np.searchsorted(fpr, x, side="right") - 1, 0, len(fpr) - 1))
        steps_up = j + 1 < len(fpr) and fpr[j + 1] > fpr[j]
        beta = (x - fpr[j]) / (fpr[j + 1] - fpr[j]) if steps_up else 0.0
        nxt = min(j + 1, len(fpr) - 1)
        height = (1 - beta) * tpr[j] + beta * tpr[nxt]
        alpha = 1.0 if height <= x else (target - x) / (height - x)
        a, b = _top_k_rule(s, float(k[j])), _top_k_rule(s, float(k[nxt]))
        rules[g] = Rule(a.thresholds + b.thresholds,
                        tuple(alpha * (1 - beta) * w for w in a.weights) + tuple(alpha * beta * w for w in b.weights),
                        (1 - alpha) * x)
    return GroupThresholds("equalised odds", rules)


def fit_thresholds(score: np.ndarray, y: np.ndarray, groups: np.ndarray, criterion: str) -> GroupThresholds:
    """Group thresholds for "demographic-parity" or "equalised-odds"."""
    score, y = np.asarray(score, dtype=float), np.asarray(y).astype(int)
    if criterion == "demographic-parity":
        return fit_demographic_parity(score, y, groups)
    if criterion == "equalised-odds":
        return fit_equalised_odds(score, y, groups)
    raise ValueError(f"criterion {criterion!r}; expected demographic-parity or equalised-odds")
