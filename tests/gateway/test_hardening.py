"""Output hardening on real probabilities (logistic regression on digits: ten classes)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from modelward.gateway.hardening import harden
from modelward.gateway.policy import OutputPolicy


@pytest.fixture(scope="module")
def proba():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    model = LogisticRegression(C=0.1, max_iter=100).fit(X[:500], y[:500])
    return model.predict_proba(X[1000:1200]), model.classes_


def test_label_only_shows_no_scores(proba):
    P, classes = proba
    answer = harden(P, classes, OutputPolicy(mode="label"), np.random.default_rng(0))
    assert answer.probabilities is None and answer.labels == classes[P.argmax(axis=1)].tolist()


def test_top_k_keeps_the_k_largest_in_order(proba):
    P, classes = proba
    answer = harden(P, classes, OutputPolicy(mode="top_k", top_k=3, decimals=None), np.random.default_rng(0))
    assert answer.shown.shape == (len(P), 3)
    np.testing.assert_array_equal(answer.shown, np.argsort(-P, axis=1, kind="stable")[:, :3])
    np.testing.assert_allclose(answer.probabilities, np.sort(P, axis=1)[:, ::-1][:, :3])


def test_rounding(proba):
    P, classes = proba
    answer = harden(P, classes, OutputPolicy(decimals=2), np.random.default_rng(0))
    np.testing.assert_array_equal(answer.probabilities, np.round(P, 2))
    assert answer.full


def test_noise_hides_the_scores_but_keeps_every_label(proba):
    P, classes = proba
    answer = harden(P, classes, OutputPolicy(noise=0.2, decimals=None), np.random.default_rng(0))
    noisy = answer.probabilities
    assert np.abs(noisy - P).mean() > 0.01
    np.testing.assert_array_equal(noisy.argmax(axis=1), P.argmax(axis=1))
    np.testing.assert_allclose(noisy.sum(axis=1), 1.0)
    assert (noisy > 0).all()
