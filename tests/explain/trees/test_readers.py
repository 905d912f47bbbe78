"""Reading tree ensembles from scikit-learn, XGBoost and LightGBM: the leaf sums must reproduce each
library's own raw output (missing values included); anything not read exactly is refused."""

from dataclasses import replace

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.ensemble import (
    ExtraTreesClassifier,
    GradientBoostingClassifier,
    HistGradientBoostingClassifier,
    RandomForestClassifier,
)
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain.trees import NotATreeModel, TreeShap, read_trees
from modelward.explain.trees.ensemble import verify


def _data(multiclass=False, holes=False):
    X, y = (load_wine if multiclass else load_breast_cancer)(return_X_y=True)
    if holes:
        X = X.copy()
        X[np.random.default_rng(0).random(X.shape) < 0.1] = np.nan
    return X, y


def _models():
    xgb = pytest.importorskip("xgboost")
    lgb = pytest.importorskip("lightgbm")
    return [
        ("hist-gbm", lambda: HistGradientBoostingClassifier(max_iter=20, random_state=0), True),
        ("random-forest", lambda: RandomForestClassifier(n_estimators=10, random_state=0), True),
        ("extra-trees", lambda: ExtraTreesClassifier(n_estimators=10, random_state=0), False),
        ("gbm", lambda: GradientBoostingClassifier(n_estimators=20, random_state=0), False),
        ("xgboost", lambda: xgb.XGBClassifier(n_estimators=20, max_depth=4), True),
        ("lightgbm", lambda: lgb.LGBMClassifier(n_estimators=20, num_leaves=15, verbose=-1), True),
    ]


@pytest.mark.parametrize("multiclass", [False, True], ids=["binary", "multiclass"])
def test_every_reader_reproduces_its_library_and_explains_additively(multiclass):
    for name, make, takes_missing in _models():
        X, y = _data(multiclass, holes=takes_missing)
        model = make().fit(X, y)
        ensemble = read_trees(SklearnAdapter(model), X)  # through the adapter, as checks see it
        explainer = TreeShap(ensemble)
        phi = explainer.values(X[:60])
        np.testing.assert_allclose(phi.sum(axis=1) + explainer.expected, ensemble.raw(X[:60]), atol=1e-9,
                                   err_msg=name)
        if ensemble.output == "probability":
            np.testing.assert_allclose(ensemble.raw(X[:60]), model.predict_proba(X[:60]), atol=1e-9)
        assert ensemble.n_outputs == (1 if not multiclass and ensemble.output != "probability" else len(model.classes_))


def test_a_model_that_is_not_a_tree_ensemble_is_refused():
    X, y = _data()
    with pytest.raises(NotATreeModel):
        read_trees(LogisticRegression(max_iter=100).fit(X[:, :5], y))


def test_trees_that_do_not_reproduce_the_model_are_refused():
    X, y = _data()
    model = GradientBoostingClassifier(n_estimators=5, random_state=0).fit(X, y)
    ensemble = read_trees(model, X)
    first = ensemble.trees[0]
    wrong = replace(first, threshold=first.threshold + 0.5 * np.abs(first.threshold).max())
    with pytest.raises(NotATreeModel, match="do not reproduce"):
        verify(replace(ensemble, trees=(wrong, *ensemble.trees[1:])), lambda Z: model.decision_function(Z), X)


def test_lightgbm_categorical_splits_are_refused():
    lgb = pytest.importorskip("lightgbm")
    rng = np.random.default_rng(0)
    X = np.column_stack([rng.integers(0, 6, 400), rng.normal(size=400)])
    y = (X[:, 0] % 2 == 0).astype(int)
    model = lgb.LGBMClassifier(n_estimators=5, verbose=-1, min_child_samples=5).fit(X, y, categorical_feature=[0])
    with pytest.raises(NotATreeModel, match="categorical"):
        read_trees(model, X)


def test_xgboost_early_stopping_explains_the_trees_it_predicts_with():
    xgb = pytest.importorskip("xgboost")
    X, y = _data()
    model = xgb.XGBClassifier(n_estimators=200, max_depth=3, early_stopping_rounds=3, learning_rate=0.5)
    model.fit(X[:400], y[:400], eval_set=[(X[400:], y[400:])], verbose=False)
    ensemble = read_trees(model, X)
    assert len(ensemble.trees) == model.best_iteration + 1 < 200
    margin = model.predict(X, output_margin=True)
    np.testing.assert_allclose(ensemble.raw(X)[:, 0], margin, atol=1e-5)
