"""The numpy copy: learns soft labels, its input gradient is the true one, committees average."""

import numpy as np
import pytest
from sklearn.datasets import load_iris

from modelward.core.errors import ConfigError
from modelward.stealing.surrogate import Committee, SurrogateSpec, fit_surrogate


def test_the_copy_learns_soft_targets():
    X, y = load_iris(return_X_y=True)
    soft = np.full((len(y), 3), 0.05)
    soft[np.arange(len(y)), y] = 0.9
    for hidden in (0, 16):
        copy = fit_surrogate(X, soft, SurrogateSpec(hidden=hidden, l2=1e-4))
        assert (copy.predict(X) == y).mean() > 0.95
        np.testing.assert_allclose(copy.proba(X).sum(axis=1), 1.0)


def test_the_input_gradient_matches_finite_differences():
    rng = np.random.default_rng(0)
    X, soft = rng.normal(size=(40, 5)), rng.dirichlet(np.ones(3), 40)
    for hidden in (0, 8):
        copy = fit_surrogate(X, soft, SurrogateSpec(hidden=hidden, iterations=50))
        cls = rng.integers(0, 3, 4)
        grad = copy.log_proba_gradient(X[:4], cls)
        eps = 1e-6
        for j in range(5):
            step = np.zeros(5)
            step[j] = eps
            numeric = (np.log(copy.proba(X[:4] + step)[np.arange(4), cls])
                       - np.log(copy.proba(X[:4] - step)[np.arange(4), cls])) / (2 * eps)
            np.testing.assert_allclose(grad[:, j], numeric, rtol=1e-4, atol=1e-7)


def test_a_committee_averages_its_members():
    X, y = load_iris(return_X_y=True)
    a = fit_surrogate(X, np.eye(3)[y], seed=1)
    b = fit_surrogate(X, np.eye(3)[y], seed=2)
    np.testing.assert_allclose(Committee((a, b)).proba(X[:5]), (a.proba(X[:5]) + b.proba(X[:5])) / 2)


def test_mismatched_rows_and_targets_are_refused():
    with pytest.raises(ConfigError, match="same length"):
        fit_surrogate(np.zeros((3, 2)), np.zeros((4, 2)))
