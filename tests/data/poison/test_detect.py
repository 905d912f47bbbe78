"""Backdoor detection on a backdoored MLP: ours finds the poison where poison is half the target class."""

import numpy as np
import pytest

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import DataError
from modelward.data.poison import detect_poison
from modelward.data.poison.baselines import activation_clustering, spectral_signatures
from modelward.data.poison.representations import representations

from .conftest import TRIGGER


def _f1(found, truth):
    tp = len(set(found.tolist()) & set(truth.tolist()))
    return 2 * tp / (len(found) + len(truth)) if len(found) + len(truth) else 0.0


def test_finds_the_poison_the_target_and_the_trigger(backdoored):
    X, y, poison, model = backdoored
    R = representations(SklearnAdapter(model), X)
    assert R.shape == (len(X), 32)
    report = detect_poison(R, X, y)
    assert report.target == 0
    assert _f1(report.rows, poison) >= 0.9
    assert set(report.trigger[:4]) == set(TRIGGER)
    assert report.suspicion[poison].mean() > 0.6 > report.suspicion[np.setdiff1d(np.arange(len(y)), poison)].mean()


def test_the_smaller_cluster_rule_fails_when_poison_is_half_the_class(backdoored):
    X, y, poison, model = backdoored
    R = representations(SklearnAdapter(model), X)
    assert _f1(activation_clustering(R, y), poison) < 0.5
    assert _f1(spectral_signatures(R, y), poison) < 0.6


def test_clean_data_gives_no_poison():
    from sklearn.datasets import load_digits
    from sklearn.neural_network import MLPClassifier

    X, y = load_digits(return_X_y=True)
    X, y = X[:1000] / 16.0, y[:1000]
    model = MLPClassifier((32,), max_iter=200, random_state=0).fit(X, y)
    report = detect_poison(representations(SklearnAdapter(model), X), X, y)
    assert len(report.rows) == 0 and report.target is None


def test_bad_input(backdoored):
    X, y, _, _ = backdoored
    with pytest.raises(DataError, match="representations"):
        detect_poison(X[:10], X, y)
    with pytest.raises(DataError, match="3 classes"):
        detect_poison(X[:50], X[:50], np.arange(50) % 2)
