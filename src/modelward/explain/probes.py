"""Single-feature probes: how well one column alone predicts a target (the label, or a sensitive
attribute), measured out of fold so that a column cannot score by memorising rows.

Each column is cut into at most `bins` quantile bins (each distinct value its own bin when there are
fewer; missing values one more bin); a row's score is the target's rate in its bin, counted on the other
folds with a prior of one pseudo-row. The AUC of those scores (one-vs-rest, averaged over classes weighted
by class size) says how much the column tells about the target, whatever the shape of the relation;
the balanced error (1 - balanced accuracy of the prior-corrected argmax) says how often it decides wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def bin_codes(col: np.ndarray, bins: int = 32) -> np.ndarray:
    """Bin index of every value: quantile bins (distinct values when few), missing values last."""
    col = np.asarray(col, dtype=float)
    missing = np.isnan(col)
    present = col[~missing]
    codes = np.zeros(len(col), dtype=np.int64)
    if not len(present):
        return codes
    values = np.unique(present)
    if len(values) <= bins:
        codes[~missing] = np.searchsorted(values, present)
        codes[missing] = len(values)
        return codes
    edges = np.unique(np.quantile(present, np.linspace(0, 1, bins + 1)[1:-1]))
    codes[~missing] = np.searchsorted(edges, present, side="right")
    codes[missing] = len(edges) + 1
    return codes


def auc_binary(scores: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve (ties count half); 0.5 when one class is missing."""
    from scipy.stats import rankdata

    pos = np.asarray(positive, dtype=bool)
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if not n_pos or not n_neg:
        return 0.5
    ranks = rankdata(scores)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def auc_multiclass(scores: np.ndarray, target: np.ndarray, classes: np.ndarray) -> float:
    """One-vs-rest AUC averaged over classes, weighted by class size; scores (n, n_classes)."""
    if len(classes) == 2:
        return auc_binary(scores[:, 1], target == classes[1])
    weights = np.array([(target == c).mean() for c in classes])
    aucs = np.array([auc_binary(scores[:, i], target == c) for i, c in enumerate(classes)])
    return float((weights * aucs).sum() / weights.sum())


@dataclass(frozen=True)
class ProbeScore:
    """Out-of-fold AUC and balanced error of a probe."""

    auc: float
    error: float


def score_of(scores: np.ndarray, t: np.ndarray, n_classes: int) -> ProbeScore:
    """AUC and balanced error of class scores (n, n_classes) for class indices t."""
    prior = np.bincount(t, minlength=n_classes) / len(t)
    decided = np.argmax(scores / np.where(prior > 0, prior, 1.0), axis=1)
    recalls = [float((decided[t == c] == c).mean()) for c in range(n_classes) if (t == c).any()]
    return ProbeScore(auc_multiclass(scores, t, np.arange(n_classes)), 1.0 - float(np.mean(recalls)))


def folds_of(n: int, folds: int, seed: int) -> np.ndarray:
    """A fold number for every row, shuffled."""
    return np.random.default_rng(seed).permutation(np.arange(n) % folds)


def probe(col: np.ndarray, target: np.ndarray, folds: int = 5, seed: int = 0, bins: int = 32) -> ProbeScore:
    """Out-of-fold AUC and balanced error of predicting `target` from the one column `col`."""
    target = np.asarray(target)
    classes, t = np.unique(target, return_inverse=True)
    if len(classes) < 2:
        return ProbeScore(0.5, 1.0 - 1.0 / max(1, len(classes)))
    codes = bin_codes(col, bins)
    n_bins = int(codes.max()) + 1
    fold = folds_of(len(t), folds, seed)
    prior = np.bincount(t, minlength=len(classes)) / len(t)
    scores = np.zeros((len(t), len(classes)))
    counts = np.zeros((folds, n_bins, len(classes)))
    np.add.at(counts, (fold, codes, t), 1.0)
    total = counts.sum(axis=0)
    for f in range(folds):
        held = fold == f
        train = total - counts[f]
        rate = (train + prior) / (train.sum(axis=1, keepdims=True) + 1.0)
        scores[held] = rate[codes[held]]
    return score_of(scores, t, len(classes))


def probe_all(X: np.ndarray, target: np.ndarray, folds: int = 5, seed: int = 0, bins: int = 32) -> list[ProbeScore]:
    """`probe` of every column of X."""
    return [probe(X[:, j], target, folds, seed, bins) for j in range(X.shape[1])]


def pure_values(col: np.ndarray, target: np.ndarray, min_count: int, purity: float = 0.995) -> np.ndarray:
    """Rows whose exact value of `col` is shared by at least `min_count` rows that (almost: `purity`) all
    carry the same target: a value that fixes the label for many rows."""
    col = np.asarray(col, dtype=float)
    target = np.asarray(target)
    present = ~np.isnan(col)
    out = np.zeros(len(col), dtype=bool)
    if not present.any():
        return out
    values, inverse, counts = np.unique(col[present], return_inverse=True, return_counts=True)
    _, t = np.unique(target[present], return_inverse=True)
    table = np.zeros((len(values), int(t.max()) + 1))
    np.add.at(table, (inverse, t), 1.0)
    pure = (counts >= min_count) & (table.max(axis=1) >= purity * counts)
    out[np.flatnonzero(present)] = pure[inverse]
    return out


@dataclass(frozen=True, eq=False)
class JointScore:
    """A probe score, and which of the scored rows (`rows`) the model decided right out of fold."""

    score: ProbeScore
    rows: np.ndarray
    correct: np.ndarray


def joint(X: np.ndarray, target: np.ndarray, folds: int = 3, seed: int = 0, max_rows: int = 5000) -> JointScore:
    """Out-of-fold AUC and balanced error of a gradient-boosted model on all the columns of X together."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    target = np.asarray(target)
    classes, t = np.unique(target, return_inverse=True)
    rows = np.arange(len(t))
    if len(classes) < 2 or X.shape[1] == 0:
        return JointScore(ProbeScore(0.5, 1.0 - 1.0 / max(1, len(classes))), rows, np.zeros(len(t), dtype=bool))
    if len(rows) > max_rows:
        rows = np.sort(np.random.default_rng(seed).choice(len(rows), max_rows, replace=False))
    counts = np.bincount(t[rows], minlength=len(classes))
    folds = int(max(2, min(folds, counts[counts > 0].min())))
    model = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, random_state=seed)
    cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
    from threadpoolctl import threadpool_limits

    try:
        with threadpool_limits(1):  # small fits: threads cost more than they give on a shared machine
            proba = cross_val_predict(model, X[rows], t[rows], cv=cv, method="predict_proba")
    except ValueError:
        return JointScore(ProbeScore(0.5, 1.0 - 1.0 / len(classes)), rows, np.zeros(len(rows), dtype=bool))
    prior = np.bincount(t[rows], minlength=len(classes)) / len(rows)
    decided = np.argmax(proba / np.where(prior > 0, prior, 1.0), axis=1)
    return JointScore(score_of(proba, t[rows], len(classes)), rows, decided == t[rows])
