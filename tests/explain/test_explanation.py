"""The whole explanation: rows asked for, the global sample, trust measurements, rules, plain JSON."""

import json

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError
from modelward.explain.explanation import explain, parse_rows


def _data():
    d = load_breast_cancer()
    return Dataset(d.data, d.target, tuple(map(str, d.feature_names)), "target", "bc.csv")


def test_a_tree_model_is_explained_exactly_with_rules():
    data = _data()
    model = SklearnAdapter(GradientBoostingClassifier(n_estimators=30, random_state=0).fit(data.X, data.y))
    e = explain(model, data, np.array([3, 50]), sample=100, max_rules=8)
    assert e.local.exact and e.stability.exact and e.sanity.passed
    assert len(e.sample_rows) == 100 and e.rules is not None and len(e.rules.rules) <= 8
    d = json.loads(json.dumps(e.to_dict()))
    assert [r["row"] for r in d["rows"]] == [3, 50] and len(d["rows"][0]["top"]) == 5
    assert d["global_importance"][0]["mean_abs_attribution"] >= d["global_importance"][-1]["mean_abs_attribution"]


def test_a_black_box_reports_its_measured_stability():
    data = _data()
    X = data.X[:, :6]
    small = Dataset(X, data.y, data.feature_names[:6], "target", "bc.csv")
    model = SklearnAdapter(KNeighborsClassifier().fit(X, data.y))
    e = explain(model, small, np.arange(5), sample=20, budget=30, rules=False)
    assert not e.stability.exact and 0 <= e.stability.mean_jaccard <= 1 and e.rules is None
    assert e.to_dict()["stability"]["seeds"] == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("spec, want", [("2:5", [2, 3, 4]), ("1,7", [1, 7]), ("9", [9]), (":2", [0, 1])])
def test_rows_are_read_from_slices_lists_and_numbers(spec, want):
    assert parse_rows(spec, 10).tolist() == want


@pytest.mark.parametrize("spec", ["a:b", "12", "5:5", "1:2:3:4"])
def test_bad_rows_are_an_error(spec):
    with pytest.raises(ConfigError, match="--rows"):
        parse_rows(spec, 10)
