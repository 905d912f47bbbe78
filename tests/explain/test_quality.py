"""Stability across seeds and the model-randomisation sanity check."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain.attributions import attribute
from modelward.explain.quality import sanity, stability, topk_jaccard


def test_jaccard_of_top_sets():
    a, b = np.array([[0, 1, 2], [0, 1, 2]]), np.array([[2, 1, 0], [0, 1, 5]])
    np.testing.assert_allclose(topk_jaccard([a, b]), [[1.0, 0.5]])


def test_exact_methods_are_stable_and_sampling_is_measured():
    X, y = load_breast_cancer(return_X_y=True)
    tree = SklearnAdapter(GradientBoostingClassifier(n_estimators=20, random_state=0).fit(X, y))
    first = attribute(tree, X[:20])
    assert stability(tree, X[:20], first).exact
    knn = SklearnAdapter(KNeighborsClassifier().fit(X[:, :8], y))
    rough = attribute(knn, X[:15, :8], budget=16, seed=0)
    measured = stability(knn, X[:15, :8], rough, seeds=(1, 2), budget=16)
    assert not measured.exact and 0.0 <= measured.min_jaccard <= measured.mean_jaccard <= 1.0
    assert measured.seeds == (0, 1, 2) and measured.rows == 15


def test_a_randomised_tree_model_explains_differently():
    X, y = load_breast_cancer(return_X_y=True)
    model = SklearnAdapter(GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X, y))
    first = attribute(model, X[:60])
    check = sanity(model, X[:60], first)
    assert check.passed and check.correlation < check.limit
    assert "leaf values permuted" in check.randomisation


def test_a_black_box_that_cannot_be_randomised_is_not_verified():
    X, _ = load_breast_cancer(return_X_y=True)
    model = CallableAdapter(lambda Z: np.column_stack([1 - (Z[:, 0] > 14), Z[:, 0] > 14]).astype(float),
                            classes=[0, 1])
    first = attribute(model, X[:10, :4], budget=14)
    check = sanity(model, X[:10, :4], first)
    assert check.passed is None and check.correlation is None
