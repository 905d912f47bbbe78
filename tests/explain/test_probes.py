"""Single-feature probes: out of fold, any shape of relation, and values that fix the label."""

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from modelward.explain.probes import auc_binary, bin_codes, joint, probe, pure_values


def test_auc_matches_scikit_learn_with_ties():
    rng = np.random.default_rng(0)
    scores, labels = rng.integers(0, 5, 300).astype(float), rng.random(300) < 0.4
    assert auc_binary(scores, labels) == pytest.approx(roc_auc_score(labels, scores), abs=1e-12)


def test_a_non_monotone_relation_is_found_and_noise_is_not():
    rng = np.random.default_rng(1)
    x = rng.normal(size=2000)
    y = (np.abs(x) > 1).astype(int)  # a ring: no threshold separates it
    assert probe(x, y).auc > 0.97
    assert 0.45 < probe(rng.normal(size=2000), y).auc < 0.55


def test_memorising_row_ids_does_not_score():
    rng = np.random.default_rng(2)
    y = rng.integers(0, 2, 1000)
    ids = rng.permutation(1000).astype(float)  # unique per row, unrelated to the label
    assert probe(ids, y).auc < 0.6


def test_missing_values_get_their_own_bin():
    x = np.array([1.0, 2.0, np.nan, 3.0, np.nan])
    codes = bin_codes(x)
    assert codes[2] == codes[4] != codes[0]


def test_pure_values_need_many_rows_of_one_label():
    x = np.repeat([0.0, 1.0, 2.0], [40, 40, 5])
    y = np.concatenate([np.zeros(40), np.r_[np.ones(39), 0], np.ones(5)]).astype(int)
    covered = pure_values(x, y, min_count=20, purity=0.99)
    assert covered[:40].all() and not covered[40:80].any() and not covered[80:].any()


def test_joint_reports_which_rows_it_got_right():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(600, 3))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    result = joint(X, y)
    assert result.score.auc > 0.9 and result.correct.mean() > 0.85 and len(result.rows) == 600
