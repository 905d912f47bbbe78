"""Model inversion: a real model's classes are reconstructed, a model that learned nothing gives nothing."""

import pytest
from sklearn.datasets import load_digits
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.privacy.inversion import invert


@pytest.fixture(scope="module")
def digits():
    X, y = load_digits(return_X_y=True)
    return X / 16.0, y


def test_white_box_inversion_reconstructs_recognisable_classes(digits):
    X, y = digits
    model = SklearnAdapter(LogisticRegression(max_iter=2000).fit(X[:1000], y[:1000]))
    r = invert(model, X[1000:], y[1000:], steps=60)
    assert r.access == "white-box gradients"
    assert r.attack_accuracy >= 0.8 and r.baseline_accuracy <= 0.2
    assert (r.model_confidence > 0.9).all()


def test_black_box_inversion_needs_only_queries(digits):
    X, y = digits
    model = SklearnAdapter(LogisticRegression(max_iter=2000).fit(X[:1000], y[:1000]))
    r = invert(model, X[1000:], y[1000:], steps=40, probes=10, white_box=False)
    assert r.access.startswith("black-box") and r.queries >= 10 * 40 * 20
    assert r.attack_accuracy >= 0.7


def test_a_model_that_learned_nothing_reveals_nothing(digits):
    X, y = digits
    model = SklearnAdapter(DummyClassifier(strategy="prior").fit(X[:1000], y[:1000]))
    r = invert(model, X[1000:], y[1000:], steps=20, probes=5, white_box=False)
    assert r.attack_accuracy <= 0.2


def test_bad_settings_are_refused(digits):
    X, y = digits
    model = SklearnAdapter(DummyClassifier().fit(X, y))
    with pytest.raises(ConfigError):
        invert(model, X, y, steps=0)
