"""Fairness mitigations: the contract, and gaps that shrink on held-out rows."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.explain import generate as G
from modelward.explain.fairness.mitigations import ReductionsMitigation, ReweighingMitigation, ThresholdMitigation
from modelward.testing import plugin_contract_errors


@pytest.mark.parametrize("plugin", [ThresholdMitigation, ReweighingMitigation, ReductionsMitigation],
                         ids=lambda p: p.id)
def test_the_mitigation_meets_the_contract(plugin):
    assert plugin_contract_errors(plugin) == []


def _with_group_feature(seed=0, n=6000):
    task = G.biased(seed, n=n)
    X = np.column_stack([task.X, task.sensitive])
    X_test = np.column_stack([task.X_test, task.sensitive_test])
    return task, X, X_test, (*task.feature_names, "group")


@pytest.mark.parametrize("criterion, key, seed", [("demographic-parity", "dp_difference", 3),
                                                  ("equalised-odds", "eo_difference", 1)])
def test_group_thresholds_close_the_gap_they_target(criterion, key, seed):
    task, X, X_test, names = _with_group_feature(seed, n=8000)
    model = SklearnAdapter(HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(X, task.y))
    ctx = AssessContext(model, Dataset(X_test, task.y_test, names, "label", "t.csv"), seed=0)
    hardened = ThresholdMitigation(sensitive="group", criterion=criterion).apply(ctx)
    assert hardened.after[key] < 0.05 and hardened.after[key] < hardened.before[key] / 2
    assert hardened.after["accuracy"] > hardened.before["accuracy"] - 0.03
    proba = hardened.model.predict_proba(X_test[:10])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)


def test_group_thresholds_need_the_attribute_as_a_feature():
    task = G.biased(1, n=600)
    model = SklearnAdapter(LogisticRegression(max_iter=500).fit(task.X, task.y))
    ctx = AssessContext(model, Dataset(task.X_test, task.y_test, task.feature_names, "label", "t.csv",
                                       attributes={"group": task.sensitive_test}))
    assert not ThresholdMitigation().applies(ctx)
    with pytest.raises(ConfigError, match="not a feature"):
        ThresholdMitigation().apply(ctx)


def test_reductions_fit_shrinks_the_parity_gap_without_the_attribute_at_decision_time():
    task = G.biased(2, n=4000)
    model = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(task.X, task.y))
    ctx = AssessContext(model, Dataset(task.X_test, task.y_test, task.feature_names, "label", "t.csv",
                                       attributes={"group": task.sensitive_test}), seed=0)
    hardened = ReductionsMitigation(iterations=30, eps=0.02).apply(ctx)
    assert hardened.after["dp_difference"] < hardened.before["dp_difference"] - 0.03
    reweighed = ReweighingMitigation().apply(ctx)
    assert set(reweighed.after) == {"dp_difference", "eo_difference", "accuracy"}


def test_recalibrated_thresholds_meet_parity_on_held_out_rows_at_less_cost():
    task, _, X_test, names = _with_group_feature(0, n=12000)
    blind = HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(task.X, task.y)

    class WithoutGroup:  # the model does not use the group column it is given
        classes_ = blind.classes_

        def predict_proba(self, Q):
            return blind.predict_proba(np.asarray(Q)[:, :-1])

    model = SklearnAdapter(WithoutGroup())
    ctx = AssessContext(model, Dataset(X_test, task.y_test, names, "label", "t.csv"), seed=0)
    plain = ThresholdMitigation(sensitive="group", recalibrate=False).apply(ctx)
    ours = ThresholdMitigation(sensitive="group").apply(ctx)
    assert plain.before["dp_difference"] > 0.1
    assert ours.after["dp_difference"] <= 0.03 and plain.after["dp_difference"] <= 0.03
    assert ours.after["accuracy"] > plain.after["accuracy"] + 0.005
    assert ThresholdMitigation(sensitive="group", slack=0.05).apply(ctx).after["dp_difference"] > 0.02
