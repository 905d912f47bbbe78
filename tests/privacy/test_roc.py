"""ROC, AUC, TPR at low FPR and their intervals, against scikit-learn and against random rankings."""

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score
from sklearn.metrics import roc_curve as sk_roc_curve

from modelward.core.errors import DataError
from modelward.privacy.roc import auc, null_p_value, roc_curve, summarise, tpr_at_fpr


def _scores(rng, n_in=300, n_out=400, shift=0.8):
    labels = np.r_[np.ones(n_in, bool), np.zeros(n_out, bool)]
    scores = np.r_[rng.normal(shift, 1, n_in), rng.normal(0, 1, n_out)]
    return scores, labels


def test_auc_and_curve_agree_with_scikit_learn_with_ties():
    rng = np.random.default_rng(0)
    scores, labels = _scores(rng)
    scores = np.round(scores, 1)  # many ties
    assert auc(scores, labels) == pytest.approx(roc_auc_score(labels, scores))
    fpr, tpr, _ = roc_curve(scores, labels)
    sk_fpr, sk_tpr, _ = sk_roc_curve(labels, scores, drop_intermediate=False)
    np.testing.assert_allclose(fpr, sk_fpr)
    np.testing.assert_allclose(tpr, sk_tpr)
    assert tpr_at_fpr(scores, labels, 0.05) == pytest.approx(sk_tpr[sk_fpr <= 0.05].max())


def test_perfect_reversed_and_constant_attacks():
    labels = np.r_[np.ones(50, bool), np.zeros(50, bool)]
    perfect = np.r_[np.arange(50) + 100.0, np.arange(50)]
    assert auc(perfect, labels) == 1.0 and tpr_at_fpr(perfect, labels, 0.001) == 1.0
    assert auc(-perfect, labels) == 0.0 and tpr_at_fpr(-perfect, labels, 0.01) == 0.0
    assert auc(np.zeros(100), labels) == 0.5 and tpr_at_fpr(np.zeros(100), labels, 0.5) == 0.0


def test_summary_intervals_hold_the_point_and_the_p_value_sees_a_real_attack():
    rng = np.random.default_rng(1)
    scores, labels = _scores(rng, shift=2.5)
    s = summarise(scores, labels, (0.01, 0.001), np.random.default_rng(2), resamples=200)
    assert s.auc_ci[0] <= s.auc <= s.auc_ci[1] and s.auc > 0.9
    head = s.at(0.01)
    assert head.ci[0] <= head.tpr <= head.ci[1]
    assert head.false_positives <= 0.01 * 400 and head.p_value < 1e-6
    assert head.fpr_upper > head.false_positives / 400
    assert s.fpr_resolution == 1 / 400 and len(s.curve_fpr) <= 201


def test_random_rankings_are_rarely_significant():
    """The exact p-value is calibrated: about 5% of random attacks fall below 0.05, not more."""
    rng = np.random.default_rng(3)
    labels = np.r_[np.ones(60, bool), np.zeros(90, bool)]
    p = [summarise(rng.normal(size=150), labels, (0.01,), rng, resamples=0).at(0.01).p_value for _ in range(400)]
    assert np.mean(np.asarray(p) < 0.05) <= 0.08


def test_null_p_value_matches_a_direct_count():
    # 3 members above the first non-member among 4 members and 4 non-members: C(4,3)/C(8,3) * ... by simulation
    rng = np.random.default_rng(4)
    hits = 0
    for _ in range(20000):
        order = rng.permutation(np.r_[np.ones(4), np.zeros(4)])
        hits += int(np.argmin(order) >= 3)  # members before the first non-member
    assert null_p_value(3, 0, 4, 4) == pytest.approx(hits / 20000, abs=0.01)
    assert null_p_value(0, 0, 4, 4) == 1.0


@pytest.mark.parametrize("scores, labels, message", [
    (np.array([0.1, np.nan]), np.array([True, False]), "NaN"),
    (np.array([0.1, 0.2]), np.array([True, True]), "members and non-members"),
    (np.array([0.1, 0.2, 0.3]), np.array([True, False]), "scores for"),
])
def test_bad_scores_are_named(scores, labels, message):
    with pytest.raises(DataError, match=message):
        auc(scores, labels)
