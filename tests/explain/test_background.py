"""The background summary: weighted centres that take values the data really has."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from modelward.explain.background import summarise


def test_centres_take_real_values_and_weights_sum_to_one():
    X, _ = load_breast_cancer(return_X_y=True)
    X = np.column_stack([X, np.random.default_rng(0).integers(0, 3, len(X))])  # a category code
    bg = summarise(X, 10, seed=3)
    assert len(bg) == 10 and np.isclose(bg.weights.sum(), 1.0)
    for j in range(X.shape[1]):
        assert set(bg.points[:, j]) <= set(X[:, j])
    assert set(bg.points[:, -1]) <= {0.0, 1.0, 2.0}


def test_small_data_is_its_own_background_and_missing_values_are_tolerated():
    X = np.array([[1.0, np.nan], [2.0, 3.0], [np.nan, 4.0]])
    assert np.array_equal(summarise(X, 10).points, X, equal_nan=True)
    big = np.tile(X, (20, 1)) + np.arange(60)[:, None]
    bg = summarise(big, 5)
    assert not np.isnan(bg.points).any()
