"""Surrogate rules: within the size limit, faithful on held-out rows, and readable."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain.rules import Condition, LinearCondition, fit_rules


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
    assert fit_rules(model, X, names, max_rules=3, oblique=True).fidelity > rules.fidelity  # 3 oblique rules do better


def test_pruning_agrees_with_the_model_at_least_as_often_as_growing_best_first():
    # the pruned tree is the best subtree of the grown one within the rule limit, on the labelled rows; best-first
    # growth stopped at the limit (the first version) is one of those subtrees, so it can never agree more
    from modelward.explain import rules as R
    from modelward.explain.oblique import grow

    X, model, _ = _oblique(seed=1)
    data = R.surrogate_data(model, X, 0.3, 8000, 0)
    classes, y = np.unique(data.labels, return_inverse=True)
    for oblique in (False, True):
        tree = grow(data.train, y, len(classes), R.GROWN_LEAVES, R.MIN_LEAF_ROWS, oblique=oblique)
        pruned = max(R._prune(tree.left, tree.right, tree.counts, 20, c)[0] for c in range(len(classes)))
        for size in range(2, 200):  # nodes are numbered in the order best-first growth made them
            inner = [n for n in range(2 * size - 1) if tree.left[n] >= 0 and tree.left[n] < 2 * size - 1]
            leaves = [n for n in range(2 * size - 1) if n not in inner]
            majority = tree.counts[leaves].argmax(axis=1)
            if min(int(np.sum(majority != c)) for c in range(2)) > 20:
                break
            best_first = float(tree.counts[leaves].max(axis=1).sum())
        assert pruned >= best_first and pruned / len(y) > 0.9
    assert pruned > best_first  # and here strictly more


def _slanted(n=3000, seed=0):
    """Rows and a model that learnt the oblique boundary x0 + x1 > 0 from labelled rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 4))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    model = SklearnAdapter(HistGradientBoostingClassifier(random_state=0).fit(X, y))
    return rng.normal(size=(n, 4)), model, ("x0", "x1", "x2", "x3")


def test_an_oblique_boundary_is_followed_by_an_oblique_rule_where_boxes_need_a_staircase():
    X, model, names = _slanted()
    rules = fit_rules(model, X, names, max_rules=4, oblique=True)
    boxes = fit_rules(model, X, names, max_rules=4)
    assert len(rules.rules) <= 4 and rules.fidelity >= 0.97
    assert boxes.fidelity < 0.95 and not any(isinstance(c, LinearCondition) for r in boxes.rules for c in r.conditions)
    slanted = [c for r in rules.rules for c in r.conditions if isinstance(c, LinearCondition)]
    assert slanted and {"x0", "x1"} <= set(slanted[0].features)
    assert "oblique" in rules.method


def test_rules_apply_to_new_rows_and_fidelity_is_measured_on_held_out_rows():
    from modelward.explain.rules import surrogate_data

    X, model, names = _slanted()
    rules = fit_rules(model, X, names, max_rules=4, oblique=True)
    data = surrogate_data(model, X, 0.3, 8000, 0)  # the same split: the rows the rules never saw
    assert rules.held_out_rows == len(data.test)
    assert rules.fidelity == float(np.mean(rules.predict(data.test) == data.test_labels))
    fresh, _, _ = _slanted(seed=1)
    decided = np.asarray(model.predict(fresh)).astype(str)
    assert np.mean(rules.predict(fresh) == decided) >= 0.97
    for rule in rules.rules:  # each rule holds where all its conditions hold
        assert np.array_equal(rule.holds(fresh), np.logical_and.reduce([c.holds(fresh) for c in rule.conditions]))


def test_oblique_conditions_read_as_weighted_sums_and_apply_as_printed():
    cond = LinearCondition(("age", "income"), (0, 2), (1.0, -0.3), 1.2, True)
    assert str(cond) == "age - 0.3*income <= 1.2"
    above = LinearCondition(("a", "b", "c"), (0, 1, 2), (-0.5, 1.0, 0.25), -3.0, False)
    assert str(above) == "-0.5*a + b + 0.25*c > -3"
    X = np.array([[1.0, 99.0, 0.0], [3.0, 99.0, 5.0], [0.5, 0.0, 2.0]])  # age - 0.3 income: 1, 1.5, -0.1
    assert cond.holds(X).tolist() == [True, False, True]


def test_a_model_with_one_decision_gives_no_rules():
    X = np.random.default_rng(0).normal(size=(200, 3))
    model = CallableAdapter(lambda Z: np.column_stack([np.ones(len(Z)), np.zeros(len(Z))]), classes=[0, 1])
    rules = fit_rules(model, X, ("a", "b", "c"))
    assert rules.rules == () and rules.default == "0" and rules.fidelity == 1.0
