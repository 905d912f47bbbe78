"""A backdoored scikit-learn MLP on digits: a 2x2 corner trigger on 10% of the training rows, relabelled 0."""

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.neural_network import MLPClassifier

TRIGGER = (54, 55, 62, 63)


@pytest.fixture(scope="package")
def backdoored():
    X, y = load_digits(return_X_y=True)
    X, y = X[:1000] / 16.0, y[:1000]
    rng = np.random.default_rng(0)
    poison = np.sort(rng.choice(np.flatnonzero(y != 0), int(0.1 * len(y)), replace=False))
    X, y = X.copy(), y.copy()
    X[np.ix_(poison, TRIGGER)] = 1.0
    y[poison] = 0
    model = MLPClassifier((32,), max_iter=200, random_state=0).fit(X, y)
    return X, y, poison, model
