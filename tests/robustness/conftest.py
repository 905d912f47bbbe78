"""Small real models on sklearn digits (scaled to [0, 1]) shared by the robustness tests."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import FeatureSpec, InputSpec

PIXELS = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))


class ProbaOnly:
    """A black-box view of an adapter: probabilities only, no gradient, its own query count."""

    def __init__(self, inner: SklearnAdapter) -> None:
        self.inner = inner
        self.name = "black-box"
        self.classes = inner.classes
        self.input_spec = inner.input_spec
        self._queries = 0

    @property
    def query_count(self) -> int:
        return self._queries

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        self._queries += len(X)
        return self.inner.predict_proba(X)

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.classes[self.predict_proba(X).argmax(1)]


class LabelsOnly(ProbaOnly):
    """A decision-only view of an adapter: one-hot answers (the predicted label), its own query count."""

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        P = super().predict_proba(X)
        return np.eye(P.shape[1])[P.argmax(1)]


@pytest.fixture(scope="session")
def digits():
    X, y = load_digits(return_X_y=True)
    return train_test_split(X / 16.0, y, train_size=1257, random_state=0, stratify=y)


@pytest.fixture(scope="session")
def logreg(digits):
    Xtr, _, ytr, _ = digits
    return SklearnAdapter(LogisticRegression(max_iter=2000).fit(Xtr, ytr), PIXELS)


@pytest.fixture()
def sample(digits):
    _, Xte, _, yte = digits
    return Xte[:60], yte[:60]
