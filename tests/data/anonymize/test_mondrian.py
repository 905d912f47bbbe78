"""Mondrian partitions: every class holds at least k rows, l distinct sensitive values when asked, and
classes stay small (at most 2k - 1 rows without ties)."""

import numpy as np
import pytest

from modelward.core.errors import DataError
from modelward.data.anonymize.mondrian import mondrian


def test_k_anonymous_classes_of_bounded_size():
    rng = np.random.default_rng(0)
    Q = np.column_stack([rng.integers(18, 90, 5000), rng.integers(10000, 99999, 5000), rng.integers(0, 2, 5000)])
    classes = mondrian(Q, 7)
    sizes = np.bincount(classes)
    assert sizes.min() >= 7 and sizes.max() <= 2 * 7 * 2  # ties on the binary column can double a class
    assert len(sizes) > 5000 / 28


def test_l_diversity_and_ties():
    rng = np.random.default_rng(1)
    Q = np.column_stack([np.repeat([30.0, 40.0], 50), rng.integers(0, 3, 100)])  # heavy ties
    sensitive = rng.integers(0, 4, 100)
    classes = mondrian(Q, 5, sensitive, 3)
    for c in np.unique(classes):
        assert (classes == c).sum() >= 5 and len(np.unique(sensitive[classes == c])) >= 3


def test_unreachable_k_and_l_and_bad_values():
    with pytest.raises(DataError, match="k = 11 cannot be reached"):
        mondrian(np.zeros((10, 2)), 11)
    with pytest.raises(DataError, match="l = 3 cannot be reached"):
        mondrian(np.zeros((10, 2)), 2, np.r_[np.zeros(5), np.ones(5)], 3)
    with pytest.raises(DataError, match="missing"):
        mondrian(np.array([[1.0], [np.nan]]), 1)
