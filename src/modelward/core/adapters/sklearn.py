"""Adapter for a fitted scikit-learn classifier (pipelines included)."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter, softmax
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, ModelLoadError


def _describe(estimator: Any) -> str:
    return type(estimator).__name__


class SklearnAdapter(BaseAdapter):
    """A fitted classifier seen through predict_proba, or decision_function turned into probabilities.

    Margins become probabilities with a sigmoid (binary) or a softmax (multi-class): monotone in the
    scores, so the ranking and the predicted class stay those of the estimator.
    """

    def __init__(self, estimator: Any, input_spec: InputSpec | None = None, name: str | None = None) -> None:
        super().__init__()
        try:
            classes = estimator.classes_
        except AttributeError as exc:
            raise ModelLoadError(
                f"{_describe(estimator)}: not a fitted classifier (no classes_); "
                "fit it first, or wrap a regressor some other way"
            ) from exc
        if hasattr(estimator, "predict_proba"):
            self._method = "predict_proba"
        elif hasattr(estimator, "decision_function"):
            self._method = "decision_function"
        else:
            raise ModelLoadError(
                f"{_describe(estimator)}: has neither predict_proba nor decision_function; modelward needs class scores"
            )
        self.estimator = estimator
        self.classes = np.asarray(classes)
        self.input_spec = input_spec if input_spec is not None else InputSpec()
        self.name = name if name is not None else _describe(estimator)

    def _frame(self, X: np.ndarray) -> Any:
        """Rows as a DataFrame with the column names the estimator was fitted with, when it has them.

        Pipelines that select columns by name (ColumnTransformer) fail on bare arrays.
        """
        names = getattr(self.estimator, "feature_names_in_", None)
        if names is None or len(names) != X.shape[1]:
            return X
        try:
            import pandas as pd
        except ImportError:
            return X
        return pd.DataFrame(X, columns=list(names))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        try:
            scores = np.asarray(getattr(self.estimator, self._method)(self._frame(X)), dtype=float)
        except Exception as exc:  # the estimator's own failure, reported as ours with its cause
            raise AdapterError(f"{self.name}: {self._method} failed on {X.shape[0]} rows: {exc}") from exc
        if self._method == "predict_proba":
            return scores
        if scores.ndim == 1:  # binary margin: positive means classes_[1]
            p1 = 1.0 / (1.0 + np.exp(-scores))
            return np.column_stack([1.0 - p1, p1])
        return softmax(scores)

    def refit(self, X: np.ndarray, y: np.ndarray) -> ModelAdapter:
        """Train an unfitted clone on (X, y labels) and wrap it the same way."""
        from sklearn.base import clone

        model = clone(self.estimator)
        try:
            model.fit(self._frame(np.asarray(X, dtype=float)), np.asarray(y))
        except Exception as exc:
            raise AdapterError(f"{self.name}: refitting a clone failed: {exc}") from exc
        return SklearnAdapter(model, self.input_spec, self.name)

    @property
    def has_gradient(self) -> bool:
        """Whether an analytic input gradient exists for this estimator."""
        try:
            from modelward.core.adapters import sklearn_gradients
        except ImportError:
            return False
        return bool(sklearn_gradients.supports(self.estimator))

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """d cross-entropy / d X for class indices y, where an analytic form is known."""
        try:
            from modelward.core.adapters import sklearn_gradients
        except ImportError as exc:
            raise AdapterError(f"{self.name}: analytic gradients are not available in this build") from exc
        if not sklearn_gradients.supports(self.estimator):
            raise AdapterError(
                f"{self.name}: no analytic input gradient for {_describe(self.estimator)}; "
                "use a black-box check, or a model type that has one (see has_gradient)"
            )
        X = self._count(X)
        y_idx = np.asarray(y, dtype=int)
        if y_idx.shape != (X.shape[0],):
            raise AdapterError(f"{self.name}: {y_idx.shape} labels for {X.shape[0]} rows")
        return np.asarray(sklearn_gradients.loss_gradient(self.estimator, X, y_idx), dtype=float)
