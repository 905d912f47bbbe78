"""The audit on real models: it finds the members of an overfit model, stays at chance when there is
nothing to find, works from labels only, and keeps what it measured when its time budget runs out."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.ensemble import RandomForestClassifier

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import DataError
from modelward.privacy.membership.audit import AuditConfig, audit_membership
from modelward.privacy.references import CallableTrainer


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    return X[order], y[order]


def _forest(X, y):
    return SklearnAdapter(RandomForestClassifier(n_estimators=15, random_state=0).fit(X, y))


def test_the_members_of_an_overfit_forest_are_found(cancer):
    X, y = cancer
    model = _forest(X[:200], y[:200])
    audit = audit_membership(model, (X[:200], y[:200]), (X[200:400], y[200:400]),
                             config=AuditConfig(attacks=("loss", "lira", "rmia", "shadow"), reference_models=8,
                                                bootstrap=50))
    assert {a.name for a in audit.attacks} == {"loss", "lira", "rmia", "shadow"}
    best = audit.best()
    assert best.roc.auc > 0.7 and best.roc.at(0.01).p_value < 1e-3
    assert audit.member_accuracy == 1.0 and audit.loss_gap > 0
    members, nonmembers = audit.per_sample()
    assert members.shape == (200,) and nonmembers.shape == (200,)
    assert np.isnan(members).sum() == len(audit.design.known_members)
    assert all(0 <= row < 200 for row, _ in audit.most_exposed(5))


def test_rows_the_model_never_saw_are_not_told_apart(cancer):
    """Null check: 'members' that are not in the training set give no significant attack."""
    X, y = cancer
    model = _forest(X[:200], y[:200])
    audit = audit_membership(model, (X[200:380], y[200:380]), (X[380:560], y[380:560]),
                             config=AuditConfig(attacks=("loss", "lira"), reference_models=8, bootstrap=50), seed=3)
    for attack in audit.attacks:
        assert attack.roc.auc_ci[0] < 0.5 + 0.05
        assert attack.roc.at(0.01).p_value > 0.001


def _fit_forest(X, y):
    return RandomForestClassifier(n_estimators=15, random_state=0).fit(X, y)


def test_a_label_only_model_is_audited_with_noise_robustness():
    X, y = load_digits(return_X_y=True)
    forest = _fit_forest(X[:200], y[:200])
    model = CallableAdapter(forest.predict, classes=forest.classes_, returns="labels")
    audit = audit_membership(model, (X[:200], y[:200]), (X[200:400], y[200:400]),
                             config=AuditConfig(label_copies=8, label_noise=0.2, bootstrap=20))
    assert audit.access == "labels" and [a.name for a in audit.attacks] == ["label-only"]
    assert audit.queries == (8 + 1) * len(audit.design.targets) + len(audit.design.targets)
    assert audit.best().roc.auc > 0.6 and audit.best().roc.auc_ci[0] > 0.5
    assert "reference-model attacks" in " ".join(audit.notes)  # a black box cannot be retrained: said
    calibrated = audit_membership(model, (X[:200], y[:200]), (X[200:400], y[200:400]),
                                  trainer=CallableTrainer(_fit_forest, forest.classes_),
                                  config=AuditConfig(attacks=("lira",), reference_models=8, label_copies=8,
                                                     label_noise=0.2, bootstrap=20))
    assert [a.name for a in calibrated.attacks] == ["label-only lira"]
    assert calibrated.best().roc.auc > 0.6


def test_the_time_budget_keeps_the_models_trained_so_far(cancer):
    X, y = cancer
    model = _forest(X[:100], y[:100])
    audit = audit_membership(model, (X[:100], y[:100]), (X[100:200], y[100:200]),
                             config=AuditConfig(attacks=("lira",), reference_models=8, chunk=2, time_budget=0.0,
                                                bootstrap=0))
    assert audit.reference_models == 2 and "2 of 8" in audit.limit_reached
    assert [a.name for a in audit.attacks] == ["lira"]


def test_labels_the_model_does_not_know_are_named(cancer):
    X, y = cancer
    model = _forest(X[:100], y[:100])
    with pytest.raises(DataError, match="label 7"):
        audit_membership(model, (X[:50], np.full(50, 7)), (X[100:150], y[100:150]))
