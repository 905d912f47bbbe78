"""Duplicates on breast_cancer rows copied by the test: exact, near (tiny noise), conflicting labels, shared."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from modelward.data.duplicates import find_duplicates, row_hashes, shared_rows


def _data():
    return load_breast_cancer(return_X_y=True)


def test_exact_near_and_conflicting():
    X, y = _data()
    X2 = np.vstack([X, X[3], X[10] * (1 + 1e-6), X[20]])
    y2 = np.r_[y, y[3], y[10], 1 - y[20]]
    dup = find_duplicates(X2, y2)
    assert set(dup.exact_groups) == {(3, 569), (20, 571)}
    assert (10, 570) in dup.near_pairs
    assert dup.conflicting == ((20, 571),)
    assert find_duplicates(X, y).exact_groups == ()


def test_hashes_treat_nan_and_signed_zero_alike():
    A = np.array([[np.nan, 0.0], [float("nan"), -0.0], [1.0, 0.0]])
    h = row_hashes(A)
    assert h[0] == h[1] != h[2]


def test_rows_shared_between_splits():
    X, _ = _data()
    train, test = X[:400], np.vstack([X[400:], X[:5], X[5:8] + 1e-9])
    shared = shared_rows(train, test)
    assert shared.exact.tolist() == [169, 170, 171, 172, 173]
    assert shared.near.tolist() == [174, 175, 176]
    assert shared_rows(X[:400], X[400:]).share == 0.0
