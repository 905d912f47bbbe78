"""Outliers: planted rows are found, Gaussian data give none, skewed real data few."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from modelward.data.outliers import find_outliers


def test_planted_rows_are_found_and_ranked_first():
    X, _ = load_breast_cancer(return_X_y=True)
    X = X.copy()
    X[7] *= 8
    X[100, :5] = X[:, :5].max(axis=0) * 4
    found = find_outliers(X)
    assert {7, 100} <= set(found.rows[:5].tolist())
    assert len(found.rows) < 0.06 * len(X)


def test_gaussian_data_have_no_outliers():
    assert len(find_outliers(np.random.default_rng(0).normal(size=(800, 6))).rows) == 0


def test_degenerate_input():
    assert len(find_outliers(np.ones((50, 3))).rows) == 0
    assert len(find_outliers(np.random.default_rng(0).normal(size=(5, 3))).rows) == 0
