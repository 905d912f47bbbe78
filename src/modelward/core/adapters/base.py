"""The one model interface every check talks to, so checks are model-agnostic."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from modelward.core.adapters.spec import InputSpec


@runtime_checkable
class ModelAdapter(Protocol):
    """A classifier seen as a probability function over rows of numeric features."""

    name: str
    classes: np.ndarray
    input_spec: InputSpec

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities, shape (n, n_classes), rows summing to 1."""
        ...

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Predicted class labels (values of `classes`)."""
        ...

    @property
    def query_count(self) -> int:
        """Rows sent to the model so far (for query budgets)."""
        ...


@runtime_checkable
class GradientModel(ModelAdapter, Protocol):
    """A white-box model: the gradient of the cross-entropy loss w.r.t. the inputs."""

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """d loss / d X for integer class indices y; same shape as X."""
        ...


@runtime_checkable
class RefittableModel(ModelAdapter, Protocol):
    """A model whose unfitted copy can be trained again (for cross-validation)."""

    def refit(self, X: np.ndarray, y: np.ndarray) -> ModelAdapter:
        ...


class BaseAdapter:
    """Shared behaviour: label prediction from probabilities and query counting."""

    name: str = "model"
    classes: np.ndarray
    input_spec: InputSpec

    def __init__(self) -> None:
        self._queries = 0

    @property
    def query_count(self) -> int:
        return self._queries

    def _count(self, X: np.ndarray) -> np.ndarray:
        X = self.input_spec.check(X) if self.input_spec.features else np.asarray(X, dtype=float)
        self._queries += X.shape[0]
        return X

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        labels: np.ndarray = self.classes[np.argmax(self.predict_proba(X), axis=1)]
        return labels


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable for large logits."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out
