"""`harden`: before/after on the same rows and attacks, adaptive views, registry plugins, bad input."""

import numpy as np
import pytest

from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.robustness.defences import plugins
from modelward.robustness.defences.harden import MITIGATIONS, harden
from modelward.testing import plugin_contract_errors

FAST = {"eval_rows": 60, "steps": 10, "square_queries": 50}


def test_adversarial_training_reports_before_and_after(torch_mlp, digits):
    Xtr, Xte, ytr, yte = digits
    res = harden(torch_mlp, (Xtr, ytr), "fast-adversarial-training", eval_data=(Xte, yte), eps=0.1,
                 epochs=15, **FAST)
    key = "robust_accuracy@linf=0.1"
    assert res.applied.mitigation_id == "adversarial-training" and res.applied.threat == "evasion"
    assert res.after[key] > res.before[key] + 0.1
    assert set(res.before) == set(res.after)  # the same measurement on both sides
    assert res.artifact is res.model.module
    assert res.parameters["eval_rows"] == 60


def test_squeezing_is_reported_as_masking_when_bpda_breaks_it(logreg, digits):
    Xtr, Xte, ytr, yte = digits
    res = harden(logreg, (Xtr, ytr), "feature-squeezing", eval_data=(Xte, yte), eps=0.1, bits=3, **FAST)
    after = res.after
    assert after["robust_accuracy@linf=0.1[bpda-eot]"] < after["robust_accuracy@linf=0.1[direct]"]
    assert after["robust_accuracy@linf=0.1"] <= after["robust_accuracy@linf=0.1[bpda-eot]"]
    assert "gradient masking" in res.applied.summary
    assert res.model.squeezers[0].label == "bit-depth(3)"


def test_detection_lowers_undetected_attack_success(torch_mlp, digits):
    Xtr, Xte, ytr, yte = digits
    res = harden(torch_mlp, (Xtr[:800], ytr[:800]), "detection", eval_data=(Xte, yte), eps=0.1, **FAST)
    assert res.after["attack_success@linf=0.1"] < res.before["attack_success@linf=0.1"] / 2
    assert res.after["detection_auc"] > 0.9


def test_split_when_no_eval_data_and_default_eps(logreg, digits):
    Xtr, _, ytr, _ = digits
    res = harden(logreg, (Xtr, ytr), "ensemble", kinds="forest", eval_fraction=0.2, **FAST)
    assert res.parameters["eps"] == [pytest.approx(0.1)]  # 10% of the [0, 1] pixel range
    assert res.parameters["members"] == [logreg.name, "forest"]
    assert "robust_accuracy@linf=0.1[transfer-from-undefended]" in res.after


def test_input_unit_eps_is_explained_where_feature_ranges_differ(logreg, digits):
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.sklearn import SklearnAdapter

    X, y = load_breast_cancer(return_X_y=True)
    model = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X, y))
    res = harden(model, (X, y), "feature-squeezing", eps=1.0, **FAST)
    (note,) = [n for n in res.notes if "is in input units" in n]
    spans = np.ptp(X, axis=0)
    assert f"{1.0 / spans.max():.1%} to {1.0 / spans.min():.1%}" in note  # ranges from ~0.05 to ~4000
    Xtr, _, ytr, _ = digits  # pixels share one range: input units are shares of it, nothing to explain
    pixels = harden(logreg, (Xtr, ytr), "feature-squeezing", eps=0.1, **FAST)
    assert not [n for n in pixels.notes if "is in input units" in n]


def test_unknown_mitigation_and_parameters_are_refused(logreg, digits):
    Xtr, _, ytr, _ = digits
    with pytest.raises(ConfigError, match="unknown mitigation"):
        harden(logreg, (Xtr, ytr), "prayer")
    with pytest.raises(ConfigError, match="unknown parameter"):
        harden(logreg, (Xtr, ytr), "feature-squeezing", colour="blue", **FAST)
    with pytest.raises(ConfigError, match="torch model"):
        harden(logreg, (Xtr, ytr), "adversarial-training", **FAST)


@pytest.mark.parametrize("cls", [getattr(plugins, n) for n in dir(plugins) if n.endswith("Mitigation")
                                 and not n.startswith("_")])
def test_mitigation_plugins_meet_the_contract(cls):
    assert plugin_contract_errors(cls()) == []
    assert cls.mitigation in MITIGATIONS


def test_a_mitigation_plugin_applies_to_an_assessment_context(logreg, digits):
    Xtr, _, ytr, _ = digits
    ctx = AssessContext(logreg, Dataset(Xtr, ytr, tuple(f"p{i}" for i in range(64))),
                        options={"eps": 0.1, **FAST, "bits": 2})
    hardened = plugins.FeatureSqueezingMitigation().apply(ctx)
    assert hardened.mitigation_id == "robustness.feature-squeezing"
    assert "before" in hardened.parameters and "after" in hardened.parameters
    assert np.array_equal(hardened.model.predict(Xtr[:5]), logreg.predict(hardened.model.squeeze(Xtr[:5])))
