"""Equation solving recovers softmax-linear models exactly and refuses the rest."""

import numpy as np
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from modelward.stealing.equation import VERIFY_ROWS, solve_softmax_linear


def _bounds(X):
    return X.min(axis=0), X.max(axis=0)


def test_a_scaled_softmax_regression_is_recovered_exactly():
    X, y = load_iris(return_X_y=True)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)
    result = solve_softmax_linear(model.predict_proba, *_bounds(X), np.random.default_rng(0))
    assert result.copy is not None and result.queries == X.shape[1] + 1 + VERIFY_ROWS
    np.testing.assert_allclose(result.copy.proba(X), model.predict_proba(X), atol=1e-8)


def test_a_tree_is_not_taken_for_a_linear_model():
    X, y = load_iris(return_X_y=True)
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y)
    noisy = lambda Z: 0.98 * tree.predict_proba(Z) + 0.02 / 3  # noqa: E731  (no zero probabilities)
    result = solve_softmax_linear(noisy, *_bounds(X), np.random.default_rng(0))
    assert result.copy is None and "not affine" in result.reason


def test_labels_only_give_no_equations():
    X, y = load_iris(return_X_y=True)
    model = LogisticRegression(max_iter=1000).fit(X, y)
    result = solve_softmax_linear(lambda Z: np.eye(3)[model.predict(Z)], *_bounds(X), np.random.default_rng(0))
    assert result.copy is None and "probability 0" in result.reason
