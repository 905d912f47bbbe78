"""Features that give the label away: a single feature from which a shallow tree predicts the label
almost perfectly in cross-validation (an id that sorts by class, a post-outcome field), and time leakage
(test rows older than training rows when a date column exists)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LeakyFeature:
    """A feature and the cross-validated balanced accuracy a depth-3 tree reaches with it alone, against
    the same for the best other feature (a leak stands far above the rest)."""

    feature: str
    score: float
    runner_up: float


def label_leaking_features(X: np.ndarray, y: np.ndarray, names: tuple[str, ...], min_score: float = 0.99,
                           min_gap: float = 0.1, folds: int = 3, seed: int = 0,
                           max_rows: int = 20000) -> list[LeakyFeature]:
    """Features whose one-feature tree scores at least `min_score` balanced accuracy and beats the
    next-best feature by `min_gap`: one column that alone decides the label is a leak, not a signal."""
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.tree import DecisionTreeClassifier

    y = np.asarray(y)
    classes, counts = np.unique(y, return_counts=True)
    if len(classes) < 2 or counts.min() < folds:
        return []
    rows = np.arange(len(y))
    if len(rows) > max_rows:
        rows = np.sort(np.random.default_rng(seed).choice(len(rows), max_rows, replace=False))
    cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
    scores = []
    for j in range(X.shape[1]):
        col = np.nan_to_num(np.asarray(X[rows, j], dtype=float), nan=-1e300).reshape(-1, 1)
        tree = DecisionTreeClassifier(max_depth=3, random_state=seed)
        scores.append(float(np.mean(cross_val_score(tree, col, y[rows], cv=cv, scoring="balanced_accuracy"))))
    out = []
    for j, s in enumerate(scores):
        others = max((v for k, v in enumerate(scores) if k != j), default=0.0)
        if s >= min_score and s - others >= min_gap:
            out.append(LeakyFeature(names[j], s, others))
    return out


@dataclass(frozen=True)
class TimeLeak:
    """Test rows dated before the newest training row (a model evaluated on its own past)."""

    column: str
    test_rows_before: int
    n_test: int
    newest_train: str


def time_leakage(column: str, train_dates: np.ndarray, test_dates: np.ndarray) -> TimeLeak | None:
    """Compares two columns of datetime64 values; None when either has no valid date."""
    train = np.asarray(train_dates, dtype="datetime64[s]")
    test = np.asarray(test_dates, dtype="datetime64[s]")
    train, test = train[~np.isnat(train)], test[~np.isnat(test)]
    if not len(train) or not len(test):
        return None
    newest = train.max()
    return TimeLeak(column, int((test < newest).sum()), len(test), str(newest))


def parse_dates(values: np.ndarray) -> np.ndarray | None:
    """A text column as datetime64 when at least 90% of its non-empty cells are ISO dates, else None."""
    text = [str(v).strip() for v in np.asarray(values, dtype=object).tolist() if v is not None and str(v).strip()]
    if not text:
        return None
    out: list[np.datetime64] = []
    for v in values.tolist():
        try:
            out.append(np.datetime64(str(v).strip().replace(" ", "T")[:19], "s"))
        except ValueError:
            out.append(np.datetime64("NaT"))
    arr = np.array(out, dtype="datetime64[s]")
    return arr if (~np.isnat(arr)).sum() >= 0.9 * len(text) else None
