"""CallableAdapter over functions backed by a real iris model."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.errors import AdapterError, ConfigError

NAMES = np.array(["setosa", "versicolor", "virginica"])


@pytest.fixture(scope="module")
def iris():
    X, y = load_iris(return_X_y=True)
    return X, NAMES[y], LogisticRegression(max_iter=1000).fit(X, NAMES[y])


def test_probability_function(iris) -> None:
    X, _, lr = iris
    adapter = CallableAdapter(lr.predict_proba, classes=lr.classes_)
    np.testing.assert_allclose(adapter.predict_proba(X), lr.predict_proba(X))
    np.testing.assert_array_equal(adapter.predict(X), lr.predict(X))
    assert adapter.query_count == 2 * len(X)
    assert adapter.name == "predict_proba"


def test_label_function_gives_one_hot_rows(iris) -> None:
    X, _, lr = iris
    P = CallableAdapter(lr.predict, classes=NAMES, returns="labels").predict_proba(X)
    assert set(np.unique(P)) == {0.0, 1.0}
    np.testing.assert_array_equal(NAMES[P.argmax(axis=1)], lr.predict(X))


def test_logit_function_gets_a_softmax(iris) -> None:
    X, _, lr = iris
    P = CallableAdapter(lr.decision_function, classes=NAMES, returns="logits").predict_proba(X)
    np.testing.assert_allclose(P, lr.predict_proba(X), rtol=1e-6)  # multinomial LR: softmax of scores


def test_bad_outputs_are_adapter_errors(iris) -> None:
    X, _, lr = iris
    with pytest.raises(AdapterError, match=r"'daisy', not one of the classes"):
        CallableAdapter(lambda x: np.array(["daisy"] * len(x)), NAMES, returns="labels").predict_proba(X)
    with pytest.raises(AdapterError, match=r"non-negative"):
        CallableAdapter(lr.decision_function, NAMES).predict_proba(X)
    with pytest.raises(AdapterError, match=r"sum to .*declare them as logits"):
        CallableAdapter(lambda x: np.exp(lr.decision_function(x)), NAMES).predict_proba(X)
    with pytest.raises(AdapterError, match=r"shape"):
        CallableAdapter(lambda x: lr.predict_proba(x)[:, :2], NAMES).predict_proba(X)
    with pytest.raises(AdapterError, match=r"shape"):
        CallableAdapter(lambda x: lr.decision_function(x)[:, :2], NAMES, returns="logits").predict_proba(X)

    def broken(x: np.ndarray) -> np.ndarray:
        raise RuntimeError("service down")

    with pytest.raises(AdapterError, match=r"broken: the function failed on 150 rows: service down"):
        CallableAdapter(broken, NAMES).predict_proba(X)


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"callable"):
        CallableAdapter("not a function", NAMES)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"at least two"):
        CallableAdapter(lambda x: x, ["only"])
    with pytest.raises(ConfigError, match=r"returns must be"):
        CallableAdapter(lambda x: x, NAMES, returns="scores")  # type: ignore[arg-type]
