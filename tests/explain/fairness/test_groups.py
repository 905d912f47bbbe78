"""Sensitive attributes: groups fixed at fitting, and columns set aside when the model does not take them."""

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

import modelward.api as api
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError
from modelward.explain import generate as G
from modelward.explain.fairness.groups import GroupEncoder, intersections, set_aside


def test_a_numeric_attribute_is_cut_at_the_median_fitted_once():
    enc = GroupEncoder.fit(np.arange(100.0))
    assert list(enc.labels(np.array([3.0, 80.0, np.nan]))) == ["<= 49.5", "> 49.5", "missing"]
    assert list(GroupEncoder.fit(np.array([0.0, 1.0])).labels(np.array([1.0]))) == ["1"]
    assert list(intersections({"a": np.array(["x"]), "b": np.array(["y"])})) == ["a=x & b=y"]


def test_a_column_the_model_does_not_take_leaves_the_features():
    X = np.random.default_rng(0).normal(size=(50, 3))
    data = Dataset(X, (X[:, 0] > 0).astype(int), ("a", "b", "sex"))
    aside = set_aside(data, ["sex"], lambda rows: rows.shape[1] == 2)
    assert aside.feature_names == ("a", "b") and np.array_equal(aside.attributes["sex"], X[:, 2])
    kept = set_aside(data, ["sex"], lambda rows: True)
    assert kept.feature_names == ("a", "b", "sex") and "sex" in kept.attributes
    with pytest.raises(ConfigError, match="no such column"):
        set_aside(data, ["age"], lambda rows: True)


def test_assess_with_a_sensitive_text_column_from_a_file(tmp_path):
    task = G.biased(0, n=1500)
    model = LogisticRegression(max_iter=500).fit(task.X, task.y)  # trained without the attribute
    frame = pd.DataFrame(task.X_test, columns=task.feature_names)
    frame["sex"] = np.where(task.sensitive_test == 1, "F", "M")
    frame["label"] = task.y_test
    path = tmp_path / "test.csv"
    frame.to_csv(path, index=False)
    report = api.assess(model, path, "label", sensitive=["sex"], only=["explain.fairness", "explain.proxies"],
                        params={"explain.fairness.n_boot": 100, "explain.fairness.n_perm": 100})
    assert not report.errors
    fairness = [f for f in report.findings if f.check_id == "explain.fairness"]
    assert fairness and fairness[0].location.column == "sex"
    assert "selection_rate[F]" in fairness[0].evidence.measurements
    assert [i.role for i in report.metadata.inputs] == ["data"]
