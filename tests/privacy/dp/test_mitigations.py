"""The DP mitigations through `harden`: before/after on the same rows, with the audit falling."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from modelward.api import harden
from modelward.core.errors import ConfigError
from modelward.privacy.dp.mitigations import DPLogisticRegressionMitigation, DPNaiveBayesMitigation, DPSGDMitigation
from modelward.testing import plugin_contract_errors


@pytest.fixture(scope="module")
def forest():
    X, y = load_breast_cancer(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    X, y = X[order], y[order]
    return RandomForestClassifier(n_estimators=50, random_state=0).fit(X[:400], y[:400]), X, y


@pytest.mark.parametrize("plugin", [DPLogisticRegressionMitigation, DPNaiveBayesMitigation, DPSGDMitigation])
def test_the_mitigations_meet_the_contract(plugin):
    assert plugin_contract_errors(plugin) == []


def test_dp_logistic_regression_lowers_the_exposure_of_an_overfit_forest(forest):
    model, X, y = forest
    h = harden(model, (X[:400], y[:400]), "dp-logistic-regression", holdout=(X[400:], y[400:]),
               params={"audit_references": 8})
    assert h.applied.check_id == "privacy.membership-inference" and h.applied.mitigation_id == "differential-privacy"
    assert h.before["membership_auc"] > 0.65 and h.after["membership_auc"] < h.before["membership_auc"] - 0.1
    assert h.after["accuracy"] > 0.85
    assert 0.99 <= h.parameters["epsilon_spent"] <= 1.0


def test_without_a_holdout_the_baseline_is_refitted_on_the_same_rows(forest):
    model, X, y = forest
    h = harden(model, (X, y), "dp-naive-bayes", params={"epsilon": 3.0})
    assert any("refitted on the training rows" in n for n in h.notes)
    assert set(h.before) == set(h.after)


def test_a_budget_below_the_meaningful_delta_is_refused(forest):
    model, X, y = forest
    with pytest.raises(ConfigError, match="1/n"):
        harden(model, (X[:60], y[:60]), "dp-logistic-regression", params={"delta": 0.05})
