"""Label errors on real data with labels flipped by the test."""

import numpy as np
import pytest
from sklearn.datasets import load_wine

from modelward.core.errors import DataError
from modelward.data.labels import find_label_errors


def _flipped(seed=0, rate=0.1):
    X, y = load_wine(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(y), int(rate * len(y)), replace=False)
    noisy = y.copy()
    noisy[idx] = (y[idx] + rng.integers(1, 3, len(idx))) % 3
    return X, noisy, set(idx.tolist())


def test_finds_most_flipped_labels_of_wine_and_suggests_the_true_class():
    X, noisy, flipped = _flipped()
    result = find_label_errors(X, noisy, ensemble="linear", rounds=2)
    found = set(result.rows.tolist())
    precision, recall = len(found & flipped) / len(found), len(found & flipped) / len(flipped)
    assert precision >= 0.8 and recall >= 0.8, (precision, recall)
    y_true = load_wine().target
    right = [s == y_true[r] for r, s in zip(result.rows, result.suggested, strict=True) if r in flipped]
    assert np.mean(right) >= 0.8
    assert result.scores.shape == (len(noisy),) and result.scores[result.rows].min() > np.median(result.scores)


def test_string_labels_and_given_probabilities():
    X, noisy, flipped = _flipped(1)
    names = np.array(["a", "b", "c"])[noisy]
    P = np.full((len(noisy), 3), 0.05)
    P[np.arange(len(noisy)), load_wine().target] = 0.9
    result = find_label_errors(X, names, probabilities=P)
    assert set(result.rows.tolist()) == flipped and result.suggested.dtype.kind == "U"


def test_bad_input():
    X, noisy, _ = _flipped()
    with pytest.raises(DataError, match="NaN"):
        find_label_errors(np.where(X > 100, np.nan, X), noisy)
    with pytest.raises(DataError, match="single class"):
        find_label_errors(X, np.zeros(len(X)))
    with pytest.raises(DataError, match="fewer than the 5 folds"):
        find_label_errors(X[:10], np.r_[np.zeros(8), np.ones(2)])
    with pytest.raises(DataError, match="shape"):
        find_label_errors(X, noisy, probabilities=np.ones((3, 3)))
