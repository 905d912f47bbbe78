"""Group-aware recalibration of a model's score before group thresholds: per group, a logistic regression
of the label on the score's logit and the (standardised) features, cross-fitted on the fitting rows.

Group thresholds decide with the group anyway, so the best score to threshold is P(y = 1 | x, a), not the
model's P(y = 1 | x): a monotone recalibration per group (Platt, isotonic) keeps each group's ranking and
so changes nothing the thresholds can reach; a refit per group on the score and the features can reorder
rows within a group, and recovers accuracy the model lost by not seeing the group. The out-of-fold scores
(K folds) are what the thresholds are fitted on; new rows get the average of the K fold models, whose
scores are distributed like the out-of-fold ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


def _logit(score: np.ndarray) -> np.ndarray:
    s = np.clip(np.asarray(score, dtype=float), 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(s / (1 - s))
    return out


def _positive(model: Any, D: np.ndarray) -> np.ndarray:
    proba = np.asarray(model.predict_proba(D))
    classes = list(model.classes_)
    out: np.ndarray = proba[:, classes.index(1)] if 1 in classes else np.zeros(len(D))
    return out


@dataclass(frozen=True, eq=False)
class Recalibration:
    """Fold models per group, the features' mean and scale, and the out-of-fold scores of the fitting rows."""

    models: dict[str, tuple[Any, ...]]
    mean: np.ndarray
    scale: np.ndarray
    out_of_fold: np.ndarray

    def _design(self, score: np.ndarray, X: np.ndarray) -> np.ndarray:
        return np.column_stack([_logit(score), (np.asarray(X, dtype=float) - self.mean) / self.scale])

    def score(self, score: np.ndarray, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
        """The recalibrated score of new rows; a group never seen at fitting is an error."""
        groups = np.asarray(groups).astype(str)
        unknown = sorted(set(groups.tolist()) - set(self.models))
        if unknown:
            raise ValueError(f"group(s) {', '.join(map(repr, unknown[:5]))} were not among the groups the "
                             f"recalibration was fitted on ({', '.join(self.models)})")
        D = self._design(score, X)
        out = np.zeros(len(D))
        for g, models in self.models.items():
            inside = groups == g
            if inside.any():
                out[inside] = np.mean([_positive(m, D[inside]) for m in models], axis=0)
        return out


def recalibrate(score: np.ndarray, X: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5,
                seed: int = 0, C: float = 1.0) -> Recalibration:
    """Fit the per-group recalibration on the fitting rows (y 0/1). A group with a single label keeps a
    constant score."""
    from sklearn.dummy import DummyClassifier
    from sklearn.linear_model import LogisticRegression

    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    groups = np.asarray(groups).astype(str)
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    D = np.column_stack([_logit(score), (X - mean) / scale])
    rng = np.random.default_rng(seed)
    oof = np.zeros(len(y))
    models: dict[str, tuple[Any, ...]] = {}
    for g in sorted(set(groups.tolist())):
        rows = np.flatnonzero(groups == g)
        fold = rng.permutation(len(rows)) % max(2, min(folds, len(rows)))
        fitted = []
        for k in np.unique(fold):
            train, held = rows[fold != k], rows[fold == k]
            if len(np.unique(y[train])) < 2:
                model: Any = DummyClassifier(strategy="prior").fit(D[train], y[train])
            else:
                model = LogisticRegression(C=C, max_iter=1000).fit(D[train], y[train])
            oof[held] = _positive(model, D[held])
            fitted.append(model)
        models[g] = tuple(fitted)
    return Recalibration(models, mean, scale, oof)
