"""Output perturbation: each setting serves what the gateway serves, keeps the label, and its effect on
the membership audit is measured before/after."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from modelward.api import harden
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.privacy.output import OutputPerturbationMitigation, OutputPolicy, PerturbedAdapter, perturb, utility_cost
from modelward.testing import plugin_contract_errors


def _proba(seed=0, shape=(50, 5)):
    return np.random.default_rng(seed).dirichlet(np.full(shape[-1], 0.3), size=shape[:-1])


@pytest.mark.parametrize("policy", [OutputPolicy("label"), OutputPolicy("top_k", top_k=2), OutputPolicy("round"),
                                    OutputPolicy("noise", noise=0.2)])
def test_every_setting_keeps_the_label_and_serves_probabilities(policy):
    P = _proba()
    S = perturb(P, policy, np.random.default_rng(1))
    assert (S.argmax(axis=1) == P.argmax(axis=1)).all() or policy.kind == "round"
    np.testing.assert_allclose(S.sum(axis=1), 1.0)
    assert (S >= 0).all()


def test_what_each_setting_hides():
    P = _proba()
    assert set(np.unique(perturb(P, OutputPolicy("label"), np.random.default_rng(0)))) == {0.0, 1.0}
    top2 = perturb(P, OutputPolicy("top_k", top_k=2), np.random.default_rng(0))
    hidden = np.sort(top2, axis=1)[:, :3]
    assert np.allclose(hidden, hidden[:, :1])  # the three hidden classes share the rest of the mass evenly
    rounded = perturb(P, OutputPolicy("round", decimals=1), np.random.default_rng(0))
    assert len(np.unique(np.round(rounded, 6))) < len(np.unique(P))
    stacked = perturb(_proba(shape=(3, 20, 4)), OutputPolicy("noise", noise=0.1), np.random.default_rng(0))
    assert stacked.shape == (3, 20, 4)


def test_utility_cost_grows_with_the_noise():
    P = _proba()
    small = utility_cost(P, perturb(P, OutputPolicy("noise", noise=0.01), np.random.default_rng(0)))
    large = utility_cost(P, perturb(P, OutputPolicy("noise", noise=0.2), np.random.default_rng(0)))
    assert small["mean_l1_change"] < large["mean_l1_change"] and large["top_class_kept"] == 1.0


def test_a_perturbed_model_counts_queries_and_names_its_policy():
    X, y = load_breast_cancer(return_X_y=True)
    model = SklearnAdapter(RandomForestClassifier(n_estimators=10, random_state=0).fit(X, y))
    served = PerturbedAdapter(model, OutputPolicy("label"))
    served.predict_proba(X[:7])
    assert served.query_count == 7 and "labels only" in served.name


def test_the_mitigation_lowers_the_audit_of_an_overfit_forest():
    assert plugin_contract_errors(OutputPerturbationMitigation) == []
    X, y = load_breast_cancer(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    X, y = X[order], y[order]
    forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(X[:400], y[:400])
    h = harden(forest, (X[:400], y[:400]), "output-perturbation", holdout=(X[400:], y[400:]),
               params={"kind": "label", "audit_references": 8})
    assert h.applied.mitigation_id == "output-minimisation"
    assert h.after["membership_auc"] < h.before["membership_auc"] - 0.05
    assert h.after["accuracy"] == h.before["accuracy"]


def test_bad_settings_are_refused():
    with pytest.raises(ConfigError, match="kind"):
        OutputPolicy("blur")
    with pytest.raises(ConfigError, match="top_k"):
        OutputPolicy("top_k", top_k=0)
