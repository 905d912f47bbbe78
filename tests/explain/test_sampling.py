"""KernelSHAP over a background: exact when every coalition is enumerated, efficient always, and its
bootstrap standard error tells how far another seed's answer lands."""

import itertools
import math

import numpy as np
from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.ensemble import GradientBoostingClassifier

from modelward.explain.background import summarise
from modelward.explain.sampling import design, kernel_shap, size_weights, unsettled


def _shapley(score, x, bg):
    d = len(x)
    def v(S):
        rows = np.where(np.isin(np.arange(d), list(S))[None, :], x[None, :], bg.points)
        return bg.weights @ score(rows)
    phi = np.zeros((d, score(x[None, :]).shape[1]))
    for i in range(d):
        others = [j for j in range(d) if j != i]
        for s in range(d):
            w = math.factorial(s) * math.factorial(d - s - 1) / math.factorial(d)
            for S in itertools.combinations(others, s):
                phi[i] += w * (v(set(S) | {i}) - v(set(S)))
    return phi


def test_enumerating_every_coalition_gives_the_exact_shapley_values():
    X, y = load_wine(return_X_y=True)
    X = X[:, :6]
    model = GradientBoostingClassifier(n_estimators=20, random_state=0).fit(X, y)
    bg = summarise(X, 4)
    res = kernel_shap(model.predict_proba, X[:3], bg, budget=10_000)
    assert res.exact and res.coalitions == 2**6 - 2
    for i in range(3):
        np.testing.assert_allclose(res.values[i], _shapley(model.predict_proba, X[i], bg), atol=1e-10)
    assert np.all(res.stderr == 0)


def test_sampled_values_are_efficient_and_their_error_is_calibrated():
    X, y = load_breast_cancer(return_X_y=True)
    model = GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X, y)
    bg = summarise(X, 8)
    a = kernel_shap(model.predict_proba, X[:40], bg, budget=300, seed=1)
    b = kernel_shap(model.predict_proba, X[:40], bg, budget=300, seed=2)
    np.testing.assert_allclose(a.values.sum(axis=1) + a.expected, a.scores, atol=1e-10)
    assert not a.exact and a.coalitions == 300
    spread = np.abs(a.values - b.values) / np.sqrt(2)  # per-run error, from two independent runs
    ratio = float(np.mean(spread)) / float(np.mean(a.stderr) * np.sqrt(2 / np.pi))
    assert 0.6 < ratio < 1.6


def test_the_design_enumerates_the_heaviest_sizes_and_pairs_the_rest():
    d = 12
    dz = design(d, 200, np.random.default_rng(0))
    sizes = dz.masks.sum(axis=1)
    enumerated = dz.pair < 0
    assert set(sizes[enumerated]) == {1, d - 1}
    drawn = np.flatnonzero(~enumerated)
    half = len(drawn) // 2
    assert np.array_equal(dz.masks[drawn[:half]], ~dz.masks[drawn[half:]])  # complementary pairs
    assert np.isclose(dz.weights.sum(), 1.0) and np.isclose(size_weights(d).sum(), 1.0)


def test_one_feature_takes_the_whole_difference():
    X = np.linspace(0, 1, 50)[:, None]
    res = kernel_shap(lambda Z: np.column_stack([1 - Z[:, 0], Z[:, 0]]), X[:5], summarise(X, 3))
    np.testing.assert_allclose(res.values[:, 0, 1], X[:5, 0] - res.expected[1])


def test_rows_in_doubt_get_more_designs_and_settle():
    X, y = load_breast_cancer(return_X_y=True)
    model = GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X, y)
    bg = summarise(X, 8)
    plain = kernel_shap(model.predict_proba, X[:30], bg, budget=128, seed=0)
    refined = kernel_shap(model.predict_proba, X[:30], bg, budget=128, seed=0, top_k=5, max_rounds=6)
    assert refined.coalitions > plain.coalitions  # some rows were in doubt
    assert unsettled(refined.values, refined.stderr, 5).sum() < unsettled(plain.values, plain.stderr, 5).sum()
    np.testing.assert_allclose(refined.values.sum(axis=1) + refined.expected, refined.scores, atol=1e-10)


def test_unsettled_compares_the_kth_and_next_value_with_their_errors():
    phi = np.array([[[5.0], [3.0], [2.9], [0.1]], [[5.0], [3.0], [1.0], [0.1]]])
    se = np.full_like(phi, 0.1)
    np.testing.assert_array_equal(unsettled(phi, se, 2), [True, False])
    np.testing.assert_array_equal(unsettled(phi, se, 0), [False, False])
