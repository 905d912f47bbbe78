import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.robustness.attacks._trees import model_thresholds, tree_thresholds
from modelward.robustness.scaled import RangeScaledAdapter, feature_scale


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return X, y


def test_heterogeneous_spans_get_one_scale_each(cancer):
    X, _ = cancer
    s = feature_scale(X, InputSpec.infer(X))
    assert s.per_feature
    np.testing.assert_allclose(s.scale, X.max(0) - X.min(0))
    np.testing.assert_allclose(s.to_x(s.to_u(X)), X)


def test_pixels_in_unit_range_are_unchanged(logreg, sample):
    X, _ = sample
    s = feature_scale(X, logreg.input_spec)
    assert not s.per_feature
    np.testing.assert_allclose(s.to_u(X), X)


def test_gradient_follows_the_chain_rule(cancer):
    X, y = cancer
    model = SklearnAdapter(LogisticRegression(max_iter=5000).fit(X, y), InputSpec.infer(X))
    view = RangeScaledAdapter(model, feature_scale(X, model.input_spec))
    i = int(np.argmin(np.abs(model.predict_proba(X)[:, 1] - 0.5)))  # the least certain row
    U = view.scale.to_u(X[i : i + 1])
    g = view.loss_gradient(U, y[i : i + 1])
    h = 1e-6
    j = int(np.argmax(np.abs(g[0])))
    bump = np.zeros_like(U)
    bump[0, j] = h

    def loss(u):
        return -np.log(view.predict_proba(u)[0, y[i]])

    fd = (loss(U + bump) - loss(U - bump)) / (2 * h)
    assert g[0, j] == pytest.approx(fd, rel=1e-3)


def test_tree_thresholds_are_mapped_to_range_units(cancer):
    X, y = cancer
    model = SklearnAdapter(RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y), InputSpec.infer(X))
    scale = feature_scale(X, model.input_spec)
    view = RangeScaledAdapter(model, scale)
    raw = tree_thresholds(model.estimator, X.shape[1])
    mapped = model_thresholds(view, X.shape[1])
    j = int(np.argmax([t.size for t in raw]))
    np.testing.assert_allclose(scale.lower[j] + mapped[j] * scale.scale[j], raw[j])
