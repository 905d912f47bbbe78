"""SklearnAdapter on real estimators: probabilities, margins, refit and gradients."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, LinearSVC

from modelward.core.adapters.base import ModelAdapter, RefittableModel
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, DataError, ModelLoadError


@pytest.fixture(scope="module")
def cancer() -> tuple[np.ndarray, np.ndarray]:
    X, y = load_breast_cancer(return_X_y=True)
    return X, y


@pytest.fixture(scope="module")
def pipeline(cancer: tuple[np.ndarray, np.ndarray]) -> object:
    X, y = cancer
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)


def test_pipeline_probabilities_match_the_estimator(cancer, pipeline) -> None:
    X, _ = cancer
    adapter = SklearnAdapter(pipeline)
    assert isinstance(adapter, ModelAdapter) and isinstance(adapter, RefittableModel)
    np.testing.assert_allclose(adapter.predict_proba(X), pipeline.predict_proba(X))
    np.testing.assert_array_equal(adapter.predict(X), pipeline.predict(X))
    np.testing.assert_array_equal(adapter.classes, [0, 1])
    assert adapter.query_count == 2 * len(X)
    assert adapter.name == "Pipeline"


def test_binary_margin_becomes_a_sigmoid(cancer) -> None:
    X, y = cancer
    svc = make_pipeline(StandardScaler(), SVC()).fit(X, y)  # no predict_proba
    assert not hasattr(svc, "predict_proba")
    P = SklearnAdapter(svc).predict_proba(X)
    margin = svc.decision_function(X)
    np.testing.assert_allclose(P[:, 1], 1 / (1 + np.exp(-margin)))
    np.testing.assert_allclose(P.sum(axis=1), 1.0)
    np.testing.assert_array_equal(SklearnAdapter(svc).predict(X), svc.predict(X))


def test_multiclass_margins_become_a_softmax_with_string_classes() -> None:
    X, y = load_iris(return_X_y=True)
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    svc = make_pipeline(StandardScaler(), LinearSVC()).fit(X, names)
    adapter = SklearnAdapter(svc)
    P = adapter.predict_proba(X)
    scores = svc.decision_function(X)
    expected = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(P, expected)
    np.testing.assert_array_equal(adapter.predict(X), svc.predict(X))
    assert list(adapter.classes) == ["setosa", "versicolor", "virginica"]


def test_refit_trains_a_clone_and_leaves_the_original(cancer, pipeline) -> None:
    X, y = cancer
    adapter = SklearnAdapter(pipeline, name="lr")
    before = pipeline.predict_proba(X)
    half = slice(0, len(X) // 2)
    refitted = adapter.refit(X[half], y[half])
    assert isinstance(refitted, SklearnAdapter) and refitted.estimator is not pipeline
    assert refitted.name == "lr"
    np.testing.assert_allclose(pipeline.predict_proba(X), before)  # original untouched
    own = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X[half], y[half])
    np.testing.assert_allclose(refitted.predict_proba(X), own.predict_proba(X))


def test_refit_failure_is_an_adapter_error(cancer, pipeline) -> None:
    X, _ = cancer
    with pytest.raises(AdapterError, match="refitting"):
        SklearnAdapter(pipeline).refit(X, np.zeros(len(X)))  # one class only


def test_input_spec_rejects_the_wrong_width(cancer, pipeline) -> None:
    X, _ = cancer
    adapter = SklearnAdapter(pipeline, input_spec=InputSpec.infer(X))
    with pytest.raises(DataError, match="29 features per row, the model expects 30"):
        adapter.predict_proba(X[:, :29])


def test_estimator_failure_is_an_adapter_error(cancer, pipeline) -> None:
    X, _ = cancer
    with pytest.raises(AdapterError, match="predict_proba failed"):
        SklearnAdapter(pipeline).predict_proba(X[:, :5])


def test_unfitted_or_non_classifier_is_refused(cancer) -> None:
    X, y = cancer
    with pytest.raises(ModelLoadError, match="not a fitted classifier"):
        SklearnAdapter(LogisticRegression())
    with pytest.raises(ModelLoadError, match="not a fitted classifier"):
        SklearnAdapter(LinearRegression().fit(X, y))


def test_model_without_analytic_gradient_is_a_clear_error(cancer) -> None:
    from sklearn.ensemble import RandomForestClassifier

    X, y = cancer
    forest = RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y)
    adapter = SklearnAdapter(forest)
    assert adapter.has_gradient is False
    with pytest.raises(AdapterError, match="RandomForestClassifier"):
        adapter.loss_gradient(X[:3], y[:3])


def test_gradient_matches_finite_differences(cancer, pipeline) -> None:
    pytest.importorskip("modelward.core.adapters.sklearn_gradients")
    X, y = cancer
    adapter = SklearnAdapter(pipeline)
    if not adapter.has_gradient:
        pytest.skip("sklearn_gradients does not support a scaled logistic regression")
    rows = X[:5]
    idx = y[:5].astype(int)
    grad = adapter.loss_gradient(rows, idx)
    assert grad.shape == rows.shape

    def loss(x: np.ndarray) -> np.ndarray:
        return -np.log(pipeline.predict_proba(x)[np.arange(len(x)), idx])

    rng = np.random.default_rng(0)
    for j in rng.choice(X.shape[1], size=6, replace=False):
        h = 1e-4 * max(1.0, float(np.abs(rows[:, j]).mean()))
        up, down = rows.copy(), rows.copy()
        up[:, j] += h
        down[:, j] -= h
        np.testing.assert_allclose(grad[:, j], (loss(up) - loss(down)) / (2 * h), rtol=1e-3, atol=1e-6)


def test_unsupported_gradient_is_refused(cancer) -> None:
    pytest.importorskip("modelward.core.adapters.sklearn_gradients")
    X, y = cancer
    adapter = SklearnAdapter(RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y))
    assert adapter.has_gradient is False
    with pytest.raises(AdapterError, match="RandomForestClassifier"):
        adapter.loss_gradient(X[:2], y[:2])


def test_estimator_fitted_on_named_columns(cancer) -> None:
    pd = pytest.importorskip("pandas")
    from sklearn.compose import ColumnTransformer

    X, y = cancer
    frame = pd.DataFrame(X[:, :4], columns=["radius", "texture", "perimeter", "area"])
    select = ColumnTransformer([("scale", StandardScaler(), ["radius", "area"])])
    model = make_pipeline(select, LogisticRegression()).fit(frame, y)
    adapter = SklearnAdapter(model)
    np.testing.assert_allclose(adapter.predict_proba(X[:, :4]), model.predict_proba(frame))
