"""Attributions through the adapter: the method each model allows, the class each row is explained for."""

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.neighbors import KNeighborsClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.explain.attributions import attribute


def _iris(model):
    X, y = load_iris(return_X_y=True)
    return SklearnAdapter(model.fit(X, np.array(["setosa", "versicolor", "virginica"])[y])), X


def test_a_forest_is_explained_exactly_for_each_predicted_class():
    model, X = _iris(RandomForestClassifier(n_estimators=10, random_state=0))
    a = attribute(model, X, feature_names=("sl", "sw", "pl", "pw"))
    assert a.exact and a.method.startswith("tree-shap") and a.units == "probability"
    assert a.additivity_gap < 1e-12
    np.testing.assert_array_equal(a.class_index, np.argmax(model.predict_proba(X), axis=1))
    assert set(a.top(1)[:, 0]) <= {2, 3}  # petal features decide iris


def test_a_black_box_is_sampled_and_a_named_class_is_explained():
    model, X = _iris(KNeighborsClassifier())
    a = attribute(model, X[:10], target="virginica", budget=14, seed=3)
    assert a.method.startswith("kernel-shap") and a.exact  # 4 features: 14 coalitions enumerate them all
    np.testing.assert_array_equal(a.class_index, 2)
    np.testing.assert_allclose(a.output, model.predict_proba(X[:10])[:, 2])
    assert a.additivity_gap < 1e-10


def test_the_binary_log_odds_are_turned_for_the_other_class():
    from sklearn.ensemble import GradientBoostingClassifier

    X, y = load_iris(return_X_y=True)
    model = SklearnAdapter(GradientBoostingClassifier(n_estimators=10, random_state=0).fit(X, y == 2))
    one = attribute(model, X[:5], target=True)
    other = attribute(model, X[:5], target=False)
    np.testing.assert_allclose(one.values, -other.values)
    assert one.units == "log-odds" and one.additivity_gap < 1e-12


@pytest.mark.parametrize("kw, message", [
    ({"target": "tulip"}, "not a class"),
    ({"method": "magic"}, "method"),
    ({"method": "tree"}, "method tree"),
    ({"feature_names": ("a",)}, "feature names"),
])
def test_bad_requests_name_what_is_wrong(kw, message):
    model, X = _iris(KNeighborsClassifier())
    with pytest.raises(ConfigError, match=message):
        attribute(model, X[:3], **kw)
