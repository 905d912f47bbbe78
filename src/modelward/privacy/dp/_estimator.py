"""What the DP scikit-learn estimators share: the budget and labels checked before any fitting, and
probabilities and labels read from class scores."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.errors import ConfigError
from modelward.privacy.dp.accountant import check_budget


def budget_and_labels(X: Any, y: Any, epsilon: float, delta: float | None) -> tuple[np.ndarray, np.ndarray,
                                                                                     np.ndarray, float]:
    """(X as floats, the classes, labels as class indices, delta): delta defaults to min(1e-5, 1 / (10 n^2))."""
    X = np.asarray(X, dtype=float)
    n = len(X)
    delta = delta if delta is not None else min(1e-5, 1 / (10 * n * n) if n > 0 else 1e-5)
    check_budget(epsilon, delta, n)
    classes, y_index = np.unique(np.asarray(y), return_inverse=True)
    if len(classes) < 2:
        raise ConfigError(f"a DP classifier needs at least two classes, got {classes.tolist()}")
    return X, classes, y_index, delta


class ScoresClassifier:
    """predict_proba (softmax of `_scores`) and predict for an estimator with `classes_`."""

    classes_: np.ndarray

    def _scores(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def predict_proba(self, X: Any) -> np.ndarray:
        z = self._scores(np.asarray(X, dtype=float))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[self._scores(np.asarray(X, dtype=float)).argmax(axis=1)])
