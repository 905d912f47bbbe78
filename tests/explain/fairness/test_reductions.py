"""The reductions fit keeps the gap within eps on the rows it is fitted on."""

import numpy as np
from sklearn.linear_model import LogisticRegression

from modelward.explain import generate as G
from modelward.explain.fairness.metrics import cells, differences
from modelward.explain.fairness.reductions import _moments, exponentiated_gradient


def _fit(X, y, w):
    return LogisticRegression(max_iter=300).fit(X, y, sample_weight=w)


def test_the_mixture_meets_demographic_parity_within_eps_in_expectation():
    task = G.biased(0, n=3000)
    X = (task.X - task.X.mean(0)) / task.X.std(0)
    mixture = exponentiated_gradient(_fit, X, task.y, task.sensitive, "demographic-parity", eps=0.02,
                                     iterations=30)
    q = mixture.probability(X)
    gap = abs(q[task.sensitive == 0].mean() - q[task.sensitive == 1].mean())
    base = differences(cells(task.y, _fit(X, task.y, None).predict(X), task.sensitive, 2))["dp"]
    assert mixture.violation <= 0.02 + 1e-6 and gap < 0.05 < base
    assert np.isclose(mixture.weights.sum(), 1.0)


def test_moments_measure_the_constraints():
    y = np.array([1, 0, 1, 0])
    groups = np.array(["a", "a", "b", "b"])
    h = np.array([1.0, 1.0, 0.0, 0.0])
    dp = _moments("demographic-parity", y, groups) @ h
    np.testing.assert_allclose(dp, [0.5, -0.5])
    eo = _moments("equalised-odds", y, groups) @ h
    np.testing.assert_allclose(eo, [0.5, -0.5, 0.5, -0.5])
