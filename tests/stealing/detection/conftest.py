import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import Dataset


@pytest.fixture(scope="session")
def world():
    """A digits model, its training rows as the reference, and natural rows it never saw."""
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    order = np.random.default_rng(0).permutation(len(X))
    train, other = order[:900], order[900:]
    model = SklearnAdapter(LogisticRegression(max_iter=500).fit(X[train], y[train]))
    return model, Dataset(X[train], y[train], tuple(f"p{i}" for i in range(64))), X[other], y[other]


@pytest.fixture(scope="session")
def synthetic_queries(world):
    """The queries of the package's own synthetic (Jacobian-augmented) extraction, 200 of them."""
    from modelward.core.adapters.callable import CallableAdapter
    from modelward.stealing.extraction import extract

    model, _, natural, _ = world
    log = []

    def answer(Z):
        log.append(np.array(Z))
        return model.predict_proba(Z)

    extract(CallableAdapter(answer, classes=model.classes), natural, natural[:20], [200], source="synthetic")
    return np.vstack(log[1:])
