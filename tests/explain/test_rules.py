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


def _oblique(n=3000, d=6, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    w = np.array([1.0, -0.7, 0.5, 0.0, 0.3, 0.0][:d])
    model = CallableAdapter(lambda Z: np.column_stack([Z @ w <= 0.2, Z @ w > 0.2]).astype(float), classes=[0, 1])
    return X, model, tuple(f"x{j}" for j in range(d))


def test_rule_count_stays_within_the_limit_and_more_rules_do_not_agree_less():
    X, model, names = _oblique()
    agree = []
    for limit in (1, 3, 8, 20):
        rules = fit_rules(model, X, names, max_rules=limit)
        assert len(rules.rules) <= limit
        agree.append(rules.fidelity_train)
    assert agree == sorted(agree) and agree[-1] > agree[0] + 0.1
    assert rules.fidelity > 0.9  # an oblique boundary, 20 boxes


def test_pruning_agrees_with_the_model_at_least_as_often_as_growing_best_first():
    # the pruned tree is the best subtree of the grown one within the rule limit, on the labelled rows; best-first
    # growth stopped at the limit (the first version) is one of those subtrees, so it can never agree more
    from sklearn.tree import DecisionTreeClassifier

    from modelward.explain import rules as R

    X, model, _ = _oblique(seed=1)
    data = R.surrogate_data(model, X, 0.3, 8000, 0)
    classes, y = np.unique(data.labels, return_inverse=True)
    grown = DecisionTreeClassifier(max_leaf_nodes=R.GROWN_LEAVES, min_samples_leaf=R.MIN_LEAF_ROWS,
                                   random_state=0).fit(data.train, y)
    counts = R._node_counts(grown, data.train, y, len(classes))
    pruned = max(R._prune(grown, counts, 20, c)[0] for c in range(len(classes)))
    for size in range(2, 200):  # best-first growth until the non-majority leaves exceed 20
        tree = DecisionTreeClassifier(max_leaf_nodes=size, min_samples_leaf=R.MIN_LEAF_ROWS, random_state=0)
        leaf_class = tree.fit(data.train, y).predict(data.train)
        if min(np.sum(np.bincount(tree.apply(data.train)[leaf_class != c]) > 0) for c in range(2)) > 20:
            break
        best_first = float(np.sum(leaf_class == y))
    assert pruned >= best_first and pruned / len(y) > 0.9
    assert pruned > best_first  # and here strictly more
