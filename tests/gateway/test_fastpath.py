"""The compiled fast path equals scikit-learn's predict_proba (to 1e-6, checked at load) or is not used."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.decomposition import PCA
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, StandardScaler
from sklearn.tree import DecisionTreeClassifier

from modelward.gateway.fastpath import check_rows, compile_model

CANCER, WINE = load_breast_cancer(return_X_y=True), load_wine(return_X_y=True)


@pytest.mark.parametrize("data", [CANCER, WINE], ids=["binary", "three-class"])
@pytest.mark.parametrize("make", [
    lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)),
    lambda: make_pipeline(MinMaxScaler(), MaxAbsScaler(), LogisticRegression(max_iter=5000)),
    lambda: make_pipeline(MaxAbsScaler(), LogisticRegression(C=0.1)),
    lambda: DecisionTreeClassifier(random_state=0),
    lambda: RandomForestClassifier(n_estimators=20, random_state=0),
    lambda: ExtraTreesClassifier(n_estimators=20, random_state=0),
], ids=["scaled-lr", "two-scalers-lr", "maxabs-lr", "tree", "forest", "extra-trees"])
def test_compiled_models_equal_predict_proba(data, make):
    X, y = data
    model = make().fit(X[::2], y[::2])
    rows = check_rows(X[1::2], X.min(axis=0), X.max(axis=0), X.shape[1])
    compiled = compile_model(model, rows)
    assert compiled.predict_proba is not None, compiled.note
    fresh = np.random.default_rng(1).uniform(X.min(axis=0), X.max(axis=0), size=(300, X.shape[1]))
    np.testing.assert_allclose(compiled.predict_proba(fresh), model.predict_proba(fresh), atol=1e-6)
    np.testing.assert_allclose(compiled.predict_proba(X[1:2]), model.predict_proba(X[1:2]), atol=1e-6)


@pytest.mark.parametrize("model, note", [
    (make_pipeline(PCA(3), LogisticRegression()), "no compiled form"),
    (GradientBoostingClassifier(n_estimators=5), "no compiled form"),
])
def test_other_models_are_not_compiled(model, note):
    X, y = CANCER
    model.fit(X, y)
    compiled = compile_model(model, X[:50])
    assert compiled.predict_proba is None and note in compiled.note


def test_a_prior_dummy_compiles_to_a_constant():
    from sklearn.dummy import DummyClassifier

    X, y = WINE
    model = DummyClassifier(strategy="prior").fit(X, y)
    compiled = compile_model(model, X[:20])
    assert compiled.kind == "constant"
    np.testing.assert_allclose(compiled.predict_proba(X[:3]), model.predict_proba(X[:3]))


def test_a_compiled_model_that_disagrees_is_not_used():
    X, y = CANCER
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
    compiled = compile_model(model, X[:50], tolerance=-1.0)
    assert compiled.predict_proba is None and "differs from predict_proba" in compiled.note


def test_the_gateway_serves_the_compiled_model(serve):
    s = serve()
    model = s.gateway.models.get("cancer")
    assert model.fast is not None and model.fast_note.startswith("compiled (linear)")
    off = serve(fast_path=False).gateway.models.get("cancer")
    assert off.fast is None and "fast_path: false" in off.fast_note
