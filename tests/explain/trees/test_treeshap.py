"""Path-dependent TreeSHAP checked against its definition: brute-force Shapley values of the game whose
value is the tree's expectation computed by the recursive algorithm (Lundberg et al., Algorithm 1)."""

import itertools
import math

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier

from modelward.explain.trees import TreeShap, read_trees, treeshap
from modelward.explain.trees.treeshap import path_contributions


def _expectation(tree, x, known, node=0):
    if tree.left[node] < 0:
        return tree.value[node]
    f = tree.feature[node]
    left, right = tree.left[node], tree.right[node]
    if f in known:
        go_left = tree.nan_left[node] if np.isnan(x[f]) else x[f] < tree.threshold[node]
        return _expectation(tree, x, known, left if go_left else right)
    return (tree.cover[left] * _expectation(tree, x, known, left)
            + tree.cover[right] * _expectation(tree, x, known, right)) / tree.cover[node]


def _brute_force(ensemble, x):
    d = ensemble.n_features
    def value(known):
        return ensemble.offset + sum(_expectation(t, x, known) for t in ensemble.trees)
    phi = np.zeros((d, ensemble.n_outputs))
    for i in range(d):
        others = [j for j in range(d) if j != i]
        for size in range(d):
            w = math.factorial(size) * math.factorial(d - size - 1) / math.factorial(d)
            for S in itertools.combinations(others, size):
                phi[i] += w * (value(set(S) | {i}) - value(set(S)))
    return phi


def _small(X):
    return X[:, [0, 1, 2, 3, 7]]  # few features, so that all coalitions can be enumerated


@pytest.mark.parametrize("model", [
    DecisionTreeClassifier(max_depth=5, random_state=0),
    RandomForestClassifier(n_estimators=5, max_depth=4, random_state=0),
    GradientBoostingClassifier(n_estimators=10, max_depth=3, random_state=0),
], ids=lambda m: type(m).__name__)
def test_values_equal_the_brute_force_definition(model):
    X, y = load_breast_cancer(return_X_y=True)
    X = _small(X)
    model.fit(X, y)
    ensemble = read_trees(model, X)
    explainer = TreeShap(ensemble)
    got = explainer.values(X[:4])
    for i in range(4):
        want = _brute_force(ensemble, ensemble.prepare(X[i:i + 1])[0])
        np.testing.assert_allclose(got[i], want, atol=1e-12)


def test_missing_values_follow_each_split_as_the_definition_does():
    X, y = load_breast_cancer(return_X_y=True)
    X = _small(X).copy()
    X[np.random.default_rng(1).random(X.shape) < 0.15] = np.nan
    model = HistGradientBoostingClassifier(max_iter=10, max_depth=4, random_state=0).fit(X, y)
    ensemble = read_trees(model, X)
    rows = X[np.isnan(X).any(axis=1)][:4]
    got = TreeShap(ensemble).values(rows)
    for i in range(4):
        want = _brute_force(ensemble, ensemble.prepare(rows[i:i + 1])[0])
        np.testing.assert_allclose(got[i], want, atol=1e-12)


def test_the_walk_down_the_trees_reads_the_same_bits_as_the_paths_intervals(monkeypatch):
    X, y = load_breast_cancer(return_X_y=True)
    X = X.copy()
    X[np.random.default_rng(0).random(X.shape) < 0.1] = np.nan
    models = [RandomForestClassifier(n_estimators=10, random_state=0).fit(np.nan_to_num(X), y),  # long paths
              HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(X, y)]
    for model in models:
        ensemble = read_trees(model, X)
        walked = TreeShap(ensemble).values(X[:80])
        with monkeypatch.context() as patch:
            patch.setattr(treeshap, "MAX_BITS", 0)  # every path read by its intervals
            np.testing.assert_allclose(TreeShap(ensemble).values(X[:80]), walked, atol=1e-12)
        with monkeypatch.context() as patch:
            patch.setattr(treeshap, "MAX_BITS", 4)  # paths of more features than this read their intervals
            np.testing.assert_allclose(TreeShap(ensemble).values(X[:80]), walked, atol=1e-12)


def test_path_games_match_their_shapley_definition_including_zero_cover():
    rng = np.random.default_rng(0)
    d = 6
    zero = rng.random((3, d))
    zero[0, 2] = 0.0  # a child that no training row reached
    o = rng.random((5, 3, d)) < 0.5
    got = path_contributions(o, zero)
    for n, p in itertools.product(range(5), range(3)):
        def g(S, n=n, p=p):
            return np.prod([o[n, p, j] if j in S else zero[p, j] for j in range(d)])
        for i in range(d):
            others = [j for j in range(d) if j != i]
            want = sum(math.factorial(s) * math.factorial(d - s - 1) / math.factorial(d) * (g(set(S) | {i}) - g(set(S)))
                       for s in range(d) for S in itertools.combinations(others, s))
            assert got[n, p, i] == pytest.approx(want, abs=1e-12)


def test_deep_paths_without_tables_give_the_same_values():
    X, y = load_breast_cancer(return_X_y=True)
    model = RandomForestClassifier(n_estimators=10, random_state=0).fit(X, y)  # deep trees, long paths
    ensemble = read_trees(model, X)
    with_tables = TreeShap(ensemble).values(X[:50])
    direct = TreeShap(ensemble, table_budget=0)
    assert all(b.table is None for b in direct.buckets)
    np.testing.assert_allclose(direct.values(X[:50]), with_tables, atol=1e-12)


def test_values_add_up_to_the_model_output_for_every_class():
    X, y = load_iris(return_X_y=True)
    model = GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X, y)
    explainer = TreeShap(read_trees(model, X))
    phi = explainer.values(X)
    np.testing.assert_allclose(phi.sum(axis=1) + explainer.expected, model.decision_function(X), atol=1e-10)
    assert phi.shape == (150, 4, 3)


def test_a_feature_no_tree_splits_on_gets_nothing():
    X, y = load_breast_cancer(return_X_y=True)
    X = np.column_stack([X, np.zeros(len(X))])  # a constant column: never split on
    model = GradientBoostingClassifier(n_estimators=20, random_state=0).fit(X, y)
    phi = TreeShap(read_trees(model, X)).values(X[:100])
    assert np.all(phi[:, -1] == 0.0)
    assert np.abs(phi[:, :-1]).sum() > 0
