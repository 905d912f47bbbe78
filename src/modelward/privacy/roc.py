"""ROC curves of an attack score, AUC and TPR at low FPR with stratified bootstrap intervals.

Members are the positives. The headline of a membership audit is the true-positive rate at a low
false-positive rate (1 %, 0.1 %): an attack that is right about a few records with near certainty
matters more than a small lift over chance on average (Carlini et al. 2022). With `n_out` non-members
the smallest FPR above zero is 1 / n_out; a target below that is read as "no false positive at all",
and `RocSummary.fpr_resolution` says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import beta, nhypergeom, rankdata

from modelward.core.errors import DataError

DEFAULT_FPRS = (0.01, 0.001)


def _split(scores: np.ndarray, is_member: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scores = np.asarray(scores, dtype=float)
    is_member = np.asarray(is_member, dtype=bool)
    if scores.shape != is_member.shape or scores.ndim != 1:
        raise DataError(f"roc: {scores.shape} scores for {is_member.shape} membership labels")
    if not np.isfinite(scores).all():
        raise DataError("roc: attack scores hold NaN or infinite values")
    pos, neg = scores[is_member], scores[~is_member]
    if not len(pos) or not len(neg):
        raise DataError(f"roc: needs members and non-members, got {len(pos)} and {len(neg)}")
    return pos, neg


def auc(scores: np.ndarray, is_member: np.ndarray) -> float:
    """Area under the ROC curve: P(score of a member > score of a non-member), ties counted half."""
    pos, neg = _split(scores, is_member)
    ranks = rankdata(np.concatenate([pos, neg]))
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def roc_curve(scores: np.ndarray, is_member: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(fpr, tpr, thresholds), one point per distinct score from the highest down, starting at (0, 0):
    predicting "member" for score >= threshold gives (fpr, tpr)."""
    pos, neg = _split(scores, is_member)
    values = np.concatenate([pos, neg])
    labels = np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])
    order = np.argsort(-values, kind="mergesort")
    values, labels = values[order], labels[order]
    last = np.r_[np.flatnonzero(np.diff(values)), len(values) - 1]  # the last index of each distinct score
    tp = np.cumsum(labels)[last]
    fp = (last + 1) - tp
    return (np.r_[0.0, fp / len(neg)], np.r_[0.0, tp / len(pos)], np.r_[np.inf, values[last]])


def tpr_at_fpr(scores: np.ndarray, is_member: np.ndarray, fpr: float) -> float:
    """The highest TPR among thresholds whose FPR is at most `fpr`."""
    f, t, _ = roc_curve(scores, is_member)
    return float(t[f <= fpr + 1e-12].max())


def null_p_value(true_positives: int, false_positives: int, n_members: int, n_nonmembers: int) -> float:
    """P(an attack that ranks records at random puts at least `true_positives` members above its
    (`false_positives` + 1)-th non-member): exact, from the negative hypergeometric distribution."""
    if true_positives <= 0:
        return 1.0
    dist = nhypergeom(n_members + n_nonmembers, n_members, false_positives + 1)
    return float(min(1.0, max(0.0, dist.sf(true_positives - 1))))


@dataclass(frozen=True)
class LowFpr:
    """TPR at one low FPR: the point, its bootstrap interval, the false positives the threshold admits,
    the exact p-value against random ranking, and the upper 95 % bound of the FPR those false positives
    imply (Clopper-Pearson): with few non-members, a measured FPR of 0 still allows a few per cent."""

    fpr: float
    tpr: float
    ci: tuple[float, float]
    false_positives: int
    p_value: float
    fpr_upper: float


@dataclass(frozen=True)
class RocSummary:
    """AUC and TPR at each low FPR of one attack, with 95 % bootstrap intervals (members and
    non-members resampled separately), and the curve thinned to at most 200 points for plots."""

    auc: float
    auc_ci: tuple[float, float]
    low: tuple[LowFpr, ...]
    n_members: int
    n_nonmembers: int
    curve_fpr: tuple[float, ...]
    curve_tpr: tuple[float, ...]

    @property
    def fpr_resolution(self) -> float:
        """The smallest non-zero FPR these non-members can show."""
        return 1.0 / self.n_nonmembers

    def at(self, fpr: float) -> LowFpr:
        for point in self.low:
            if abs(point.fpr - fpr) < 1e-12:
                return point
        raise KeyError(f"no TPR at FPR {fpr:g}; measured at {[p.fpr for p in self.low]}")

    def tpr(self, fpr: float) -> float:
        return self.at(fpr).tpr

    def advantage(self) -> float:
        """Membership advantage max(TPR - FPR) (Yeom et al. 2018): 0 is chance, 1 a perfect attack."""
        f, t = np.asarray(self.curve_fpr), np.asarray(self.curve_tpr)
        return float(max(0.0, (t - f).max()))


def _thin(fpr: np.ndarray, tpr: np.ndarray, points: int = 200) -> tuple[tuple[float, ...], tuple[float, ...]]:
    if len(fpr) > points:
        keep = np.unique(np.r_[np.linspace(0, len(fpr) - 1, points).astype(int), len(fpr) - 1])
        fpr, tpr = fpr[keep], tpr[keep]
    return tuple(np.round(fpr, 5).tolist()), tuple(np.round(tpr, 5).tolist())


def summarise(scores: np.ndarray, is_member: np.ndarray, fprs: Sequence[float] = DEFAULT_FPRS,
              rng: np.random.Generator | None = None, resamples: int = 200) -> RocSummary:
    """AUC and TPR at `fprs` with stratified percentile-bootstrap 95 % intervals."""
    pos, neg = _split(scores, is_member)
    rng = rng if rng is not None else np.random.default_rng(0)
    labels = np.r_[np.ones(len(pos), bool), np.zeros(len(neg), bool)]
    point_auc = auc(np.r_[pos, neg], labels)
    points = [tpr_at_fpr(np.r_[pos, neg], labels, f) for f in fprs]
    boot_auc, boot_tpr = [], []
    for _ in range(resamples):
        s = np.r_[pos[rng.integers(0, len(pos), len(pos))], neg[rng.integers(0, len(neg), len(neg))]]
        boot_auc.append(auc(s, labels))
        f, t, _ = roc_curve(s, labels)
        boot_tpr.append([float(t[f <= target + 1e-12].max()) for target in fprs])
    qa = np.quantile(boot_auc, [0.025, 0.975]) if resamples else (point_auc, point_auc)
    qt = np.quantile(np.asarray(boot_tpr), [0.025, 0.975], axis=0) if resamples else np.array([points, points])
    curve = roc_curve(np.r_[pos, neg], labels)
    low = []
    for i, target in enumerate(fprs):
        ok = curve[0] <= target + 1e-12
        j = int(np.flatnonzero(ok)[np.argmax(curve[1][ok])])
        fp, tp = round(float(curve[0][j]) * len(neg)), round(float(curve[1][j]) * len(pos))
        upper = float(beta.ppf(0.975, fp + 1, len(neg) - fp)) if fp < len(neg) else 1.0
        low.append(LowFpr(float(target), points[i], (float(qt[0][i]), float(qt[1][i])), fp,
                          null_p_value(tp, fp, len(pos), len(neg)), upper))
    thin = _thin(curve[0], curve[1])
    return RocSummary(auc=point_auc, auc_ci=(float(qa[0]), float(qa[1])), low=tuple(low), n_members=len(pos),
                      n_nonmembers=len(neg), curve_fpr=thin[0], curve_tpr=thin[1])
