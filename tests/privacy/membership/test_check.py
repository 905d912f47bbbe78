"""The registered check: applies only with training rows, judges on what the measurement supports."""

import dataclasses

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import severity_of
from modelward.privacy.membership.check import MembershipInferenceCheck, judge_likelihood
from modelward.privacy.roc import summarise
from modelward.testing import plugin_contract_errors, reference_context


def _ctx(n_train=200):
    X, y = load_breast_cancer(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    X, y = X[order], y[order]
    model = SklearnAdapter(RandomForestClassifier(n_estimators=15, random_state=0).fit(X[:n_train], y[:n_train]))
    names = tuple(f"f{i}" for i in range(X.shape[1]))
    return AssessContext(model, Dataset(X[n_train:], y[n_train:], names, source="held-out.csv"),
                         reference=Dataset(X[:n_train], y[:n_train], names, source="train.csv"))


def test_the_check_meets_the_contract():
    assert plugin_contract_errors(MembershipInferenceCheck, reference_context()) == []


def test_without_training_rows_there_is_nothing_to_measure():
    ctx = dataclasses.replace(_ctx(), reference=None)
    assert not MembershipInferenceCheck().applies(ctx)


def test_an_overfit_forest_is_a_finding_with_its_drivers():
    check = MembershipInferenceCheck(reference_models=8, bootstrap=50)
    (finding,) = check.run(_ctx())
    m = finding.evidence.measurements
    assert finding.check_id == "privacy.membership-inference" and finding.location.file == "train.csv"
    assert finding.evidence.likelihood >= 3
    assert finding.severity == severity_of(finding.evidence.likelihood, 3)
    assert m["member_accuracy"] == 1.0 and m["best_attack"] in ("loss", "lira", "rmia")
    assert len(m["most_exposed_member_rows"].split(", ")) == 10
    assert "differential-privacy" in finding.mitigations
    assert len(finding.evidence.series["roc_fpr"]) == len(finding.evidence.series["roc_tpr"])


def test_chance_is_likelihood_one():
    rng = np.random.default_rng(0)
    labels = np.r_[np.ones(200, bool), np.zeros(200, bool)]
    level, why = judge_likelihood(summarise(rng.normal(size=400), labels, (0.01,), rng, 100), attacks_tried=3)
    assert level == 1 and "chance" in why


def test_a_strong_attack_is_likely():
    rng = np.random.default_rng(1)
    labels = np.r_[np.ones(400, bool), np.zeros(400, bool)]
    scores = np.r_[rng.normal(3, 1, 400), rng.normal(0, 1, 400)]
    level, _ = judge_likelihood(summarise(scores, labels, (0.01,), rng, 100))
    assert level == 5
