"""Per-record signals: finite where probabilities saturate, ordered like p_y, stackable over models."""

import numpy as np
import pytest

from modelward.core.errors import DataError
from modelward.privacy.signals import is_one_hot, logit_confidence, loss, true_class_probability


def test_logit_confidence_is_the_log_odds_and_stays_finite_and_ordered_when_p_rounds_to_one():
    p = np.array([[0.2, 0.8], [0.5, 0.5]])
    np.testing.assert_allclose(logit_confidence(p, np.array([1, 0])), [np.log(4), 0.0])
    saturated = np.array([[1.0, 1e-30, 1e-20], [1.0, 1e-40, 1e-40], [1.0, 0.0, 0.0]])
    phi = logit_confidence(saturated, np.array([0, 0, 0]))
    assert np.isfinite(phi).all()
    assert phi[0] < phi[1] < phi[2]  # more certain rows keep a larger signal (1 - p_y would be 0 for all)


def test_signals_stack_over_models_and_loss_is_cross_entropy():
    rng = np.random.default_rng(0)
    P = rng.dirichlet(np.ones(4), size=(3, 5))
    y = rng.integers(0, 4, 5)
    assert logit_confidence(P, y).shape == (3, 5)
    np.testing.assert_allclose(true_class_probability(P, y)[1], P[1, np.arange(5), y])
    np.testing.assert_allclose(loss(P[0], y), -np.log(P[0, np.arange(5), y]))


def test_label_only_answers_are_recognised():
    assert is_one_hot(np.eye(3)[[0, 2, 1]])
    assert not is_one_hot(np.array([[0.9, 0.1]]))


def test_labels_outside_the_classes_are_an_error():
    with pytest.raises(DataError, match="class indices"):
        logit_confidence(np.array([[0.5, 0.5]]), np.array([2]))


def test_saturated_answers_are_capped_just_beyond_the_finite_ones():
    from modelward.privacy.signals import MAX_LOGIT, cap_saturated

    a = np.array([MAX_LOGIT, 3.0, -2.0])
    b = np.array([[1.0, -MAX_LOGIT, 5.0]])
    ca, cb = cap_saturated(a, b)
    assert ca[0] == 6.0 and cb[0, 1] == -6.0 and ca[1] == 3.0
    assert ca[0] > cb.max() - 1e-9
