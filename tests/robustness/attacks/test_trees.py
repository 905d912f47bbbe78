"""Tree ensembles are never refused: threshold search beats random search on real forests."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.robustness.attacks.trees import tree_attack, tree_thresholds

from ..conftest import PIXELS, ProbaOnly


@pytest.mark.parametrize("make", [
    lambda: RandomForestClassifier(30, random_state=0),
    lambda: GradientBoostingClassifier(n_estimators=10, random_state=0),
    lambda: HistGradientBoostingClassifier(max_iter=5, max_leaf_nodes=8, random_state=0),
])
def test_tree_attack_breaks_forests(digits, make):
    Xtr, Xte, ytr, yte = digits
    est = make().fit(Xtr, ytr)
    model = SklearnAdapter(est, PIXELS)
    th = tree_thresholds(est, 64)
    assert th is not None and sum(t.size for t in th) > 10
    X, y = Xte[:40], yte[:40]
    res = tree_attack(model, X, y, 0.1)
    assert np.all(np.abs(res.x_adv - X).max(1) <= 0.1 + 1e-9)
    assert np.array_equal(res.success, (model.predict(res.x_adv) != y) | (model.predict(X) != y))
    clean = (model.predict(X) == y).mean()
    assert res.robust_accuracy < clean - 0.3
    assert not res.notes


def test_unknown_model_uses_a_grid_and_says_so(digits, logreg):
    _, Xte, _, yte = digits
    res = tree_attack(ProbaOnly(logreg), Xte[:20], yte[:20], 0.1, rounds=5)
    assert any("grid" in n for n in res.notes)


def test_tree_attack_query_budget(digits):
    Xtr, Xte, ytr, yte = digits
    model = SklearnAdapter(RandomForestClassifier(20, random_state=0).fit(Xtr, ytr), PIXELS)
    before = model.query_count
    res = tree_attack(model, Xte[:20], yte[:20], 0.1, queries=50)
    assert res.queries.max() <= 50
    assert model.query_count - before == res.queries.sum()
