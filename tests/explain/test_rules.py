"""Surrogate rules: within the size limit, faithful on held-out rows, and readable."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain.rules import Condition, fit_rules


def test_rules_mimic_a_model_on_rows_they_never_saw():
    X, y = load_breast_cancer(return_X_y=True)
    names = tuple(load_breast_cancer().feature_names)
    model = SklearnAdapter(GradientBoostingClassifier(n_estimators=50, random_state=0).fit(X, y))
    rules = fit_rules(model, X, names, max_rules=10)
    assert 1 <= len(rules.rules) <= 10 and rules.held_out_rows == round(len(X) * 0.3)
    assert rules.fidelity > 0.9
    assert all(0 <= r.coverage <= 1 for r in rules.rules)
    assert str(rules).splitlines()[-1] == f"otherwise {rules.default}"


def test_a_model_that_is_a_rule_is_recovered_exactly():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(1500, 4))
    model = CallableAdapter(lambda Z: np.column_stack([1 - ((Z[:, 1] > 0.5) & (Z[:, 3] <= 0)),
                                                       (Z[:, 1] > 0.5) & (Z[:, 3] <= 0)]).astype(float),
                            classes=[0, 1])
    rules = fit_rules(model, X, ("a", "b", "c", "d"), max_rules=3)
    assert rules.fidelity > 0.98 and rules.default == "0"
    (rule,) = rules.rules
    assert {c.feature for c in rule.conditions} == {"b", "d"} and rule.outcome == "1"


def test_conditions_read_as_intervals():
    assert str(Condition("age", 0, -np.inf, 40.0)) == "age <= 40"
    assert str(Condition("age", 0, 18.0, np.inf)) == "age > 18"
    assert str(Condition("age", 0, 18.0, 40.0)) == "18 < age <= 40"
