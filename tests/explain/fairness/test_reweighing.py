"""Reweighing makes label and group independent in the weighted rows."""

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.explain.fairness.reweighing import fit_weighted, reweighing_weights, takes_weights


def test_weighted_label_rates_are_equal_across_groups():
    rng = np.random.default_rng(0)
    groups = rng.integers(0, 3, 3000)
    y = (rng.random(3000) < np.array([0.2, 0.5, 0.7])[groups]).astype(int)
    w = reweighing_weights(y, groups)
    rates = [np.average(y[groups == g], weights=w[groups == g]) for g in range(3)]
    assert np.ptp(rates) < 1e-12 and np.isclose(w.mean(), 1.0)


def test_pipelines_take_weights_and_models_without_them_are_refused():
    X = np.random.default_rng(1).normal(size=(100, 3))
    y = (X[:, 0] > 0).astype(int)
    pipe = make_pipeline(StandardScaler(), LogisticRegression())
    assert takes_weights(pipe) and fit_weighted(pipe, X, y, np.ones(100)).score(X, y) > 0.9
    assert not takes_weights(KNeighborsClassifier())
    with pytest.raises(TypeError):
        fit_weighted(KNeighborsClassifier(), X, y, np.ones(100))
