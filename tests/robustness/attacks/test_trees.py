"""Tree ensembles are never refused: threshold search beats random search on real forests."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.robustness.attacks._trees import tree_attack, tree_thresholds

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


def _xgboost():
    xgb = pytest.importorskip("xgboost")
    return xgb.XGBClassifier(n_estimators=20, max_depth=3, random_state=0)


def _lightgbm():
    lgb = pytest.importorskip("lightgbm")
    return lgb.LGBMClassifier(n_estimators=20, num_leaves=8, random_state=0, verbose=-1)


@pytest.mark.parametrize("make", [_xgboost, _lightgbm])
def test_boosting_libraries_are_attacked_through_their_own_thresholds(digits, make):
    Xtr, Xte, ytr, yte = digits
    est = make().fit(Xtr, ytr)
    model = SklearnAdapter(est, PIXELS)
    th = tree_thresholds(est, 64)
    assert th is not None and sum(t.size for t in th) > 50
    used = {j for j, t in enumerate(th) if t.size}
    assert used and all(0 <= j < 64 for j in used)
    X, y = Xte[:40], yte[:40]
    res = tree_attack(model, X, y, 0.1)
    assert not res.notes  # thresholds came from the model, not from the fallback grid
    assert np.all(np.abs(res.x_adv - X).max(1) <= 0.1 + 1e-9)
    assert res.robust_accuracy < (model.predict(X) == y).mean() - 0.3


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
