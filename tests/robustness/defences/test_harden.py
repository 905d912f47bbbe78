"""`harden`: before/after on the same rows and attacks, adaptive views, eps as a share of the range, the
registry plugins, bad input."""

import numpy as np
import pytest

from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.robustness.defences import mitigations
from modelward.robustness.defences.harden import MITIGATIONS, harden

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
    res = harden(torch_mlp, (Xtr[:800], ytr[:800]), "detection", eval_data=(Xte, yte), eps=0.1,
                 adaptive_steps=10, adaptive_rounds=1, **FAST)
    key = "attack_success@linf=0.1"
    assert res.after[key] < res.before[key] / 2
    assert res.after["detection_auc"] > 0.9
    # how much an adaptive attacker loses, per step budget, with the same candidates on both sides
    assert {f"{key}[naive]", f"{key}[adaptive,steps=2]", f"{key}[adaptive,steps=10]"} <= set(res.after)
    assert all(res.after[k] <= res.before[k] for k in res.after if k.startswith(key))
    assert res.after[key] >= res.after[f"{key}[adaptive,steps=10]"]  # the headline is the worst case
    assert res.parameters["adaptive_rounds"] == 1 and "attacker loses" in res.applied.summary
    assert res.after["clean_withheld"] < 0.2


def test_detection_with_the_certified_fallback(torch_mlp, digits):
    Xtr, Xte, ytr, yte = digits
    res = harden(torch_mlp, (Xtr[:800], ytr[:800]), "detection", eval_data=(Xte, yte), eps=0.1,
                 adaptive_steps=10, adaptive_rounds=0, fallback_sigma=0.1, fallback_radius=0.05, **FAST)
    key = "attack_success@linf=0.1"
    assert res.after[key] <= res.after[f"{key}[detector only]"] < res.before[key]
    assert res.after["clean_withheld"] >= res.after["clean_withheld[detector only]"]
    assert res.parameters["fallback_sigma"] == 0.1 and "certified fallback" in res.applied.summary


def test_the_detector_threshold_is_set_on_rows_the_model_never_saw(torch_mlp, digits):
    from modelward.robustness.defences.harden import CALIBRATE_FROM

    Xtr, Xte, ytr, yte = digits
    res = harden(torch_mlp, (Xtr[:800], ytr[:800]), "detection", eval_data=(Xte, yte), eps=0.1,
                 adaptive_steps=4, adaptive_rounds=0, **{**FAST, "eval_rows": 300})
    assert (res.parameters["calibration_rows"], res.parameters["measured_rows"]) == (100, 200)
    detector = res.artifact
    # the threshold is the conformal quantile of unseen rows' scores, not of the training rows' (lower) ones
    assert detector.threshold == res.parameters["threshold"] != pytest.approx(
        float(np.quantile(detector.score(Xtr[:800]), 0.95)), abs=1e-9)
    assert not any("threshold was set on the training rows" in n for n in res.notes)
    few = harden(torch_mlp, (Xtr[:800], ytr[:800]), "detection", eval_data=(Xte, yte), eps=0.1,
                 adaptive_steps=4, adaptive_rounds=0, **FAST)
    assert few.parameters["calibration_rows"] == 0 and few.parameters["measured_rows"] == FAST["eval_rows"]
    assert FAST["eval_rows"] < CALIBRATE_FROM and any("threshold was set on the training rows" in n
                                                      for n in few.notes)


def test_split_when_no_eval_data_and_default_eps(logreg, digits):
    Xtr, _, ytr, _ = digits
    res = harden(logreg, (Xtr, ytr), "ensemble", kinds="forest", eval_fraction=0.2, **FAST)
    assert res.parameters["eps"] == [pytest.approx(0.1)]  # 10% of the [0, 1] pixel range
    assert res.parameters["members"] == [logreg.name, "forest"]
    assert "robust_accuracy@linf=0.1[transfer-from-undefended]" in res.after


def test_eps_is_a_share_of_the_range_as_in_assess(digits):
    """The same model seen on pixels in [0, 10] and in [0, 1] is equally robust at the same eps."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.sklearn import SklearnAdapter

    Xtr, Xte, ytr, yte = digits  # the scaler makes the two fits one model
    unit = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtr, ytr))
    raw = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtr * 10, ytr))
    a = harden(unit, (Xtr, ytr), "ensemble", eval_data=(Xte, yte), eps=0.1, kinds="logistic", **FAST)
    b = harden(raw, (Xtr * 10, ytr), "ensemble", eval_data=(Xte * 10, yte), eps=0.1, kinds="logistic", **FAST)
    key = "robust_accuracy@linf=0.1"
    assert a.before[key] < a.before["clean_accuracy"] - 0.1  # the budget bites
    assert b.before[key] == pytest.approx(a.before[key], abs=0.04)


def test_where_ranges_differ_training_defences_work_in_range_units():
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.sklearn import SklearnAdapter

    X, y = load_breast_cancer(return_X_y=True)  # feature spans from ~0.05 to ~4000
    model = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X, y))
    res = harden(model, (X, y), "adversarial-augmentation", eps=0.05, rounds=1, **FAST)
    key = "robust_accuracy@linf=0.05"
    assert set(res.before) == set(res.after) and key in res.before
    assert res.parameters["rows_added"][0] > 0
    assert res.before[key] < res.before["clean_accuracy"] - 0.1  # 5% of each range moves small features too
    detected = harden(model, (X, y), "detection", eps=0.05, **FAST)
    assert any("eps x the median span" in n for n in detected.notes)  # its own budget, in input units
    assert "attack_success@linf=0.05" in detected.after


def test_unknown_mitigation_and_parameters_are_refused(logreg, digits):
    Xtr, _, ytr, _ = digits
    with pytest.raises(ConfigError, match="unknown mitigation"):
        harden(logreg, (Xtr, ytr), "prayer")
    with pytest.raises(ConfigError, match="unknown parameter"):
        harden(logreg, (Xtr, ytr), "feature-squeezing", colour="blue", **FAST)
    with pytest.raises(ConfigError, match="torch model"):
        harden(logreg, (Xtr, ytr), "adversarial-training", **FAST)


@pytest.mark.parametrize("name", [n for n in dir(mitigations) if n.endswith("Mitigation") and not n.startswith("_")])
def test_each_mitigation_class_runs_a_handler_of_harden(name):
    assert getattr(mitigations, name).mitigation in MITIGATIONS


def test_a_mitigation_plugin_applies_to_an_assessment_context(logreg, digits):
    Xtr, Xte, ytr, yte = digits
    names = tuple(f"p{i}" for i in range(64))
    ctx = AssessContext(logreg, Dataset(Xtr, ytr, names), holdout=Dataset(Xte, yte, names))
    hardened = mitigations.FeatureSqueezingMitigation(eps=(0.1,), bits=2, **FAST).apply(ctx)
    assert hardened.mitigation_id == "robustness.feature-squeezing"
    assert hardened.applied.check_id == "robustness.evasion" and set(hardened.before) <= set(hardened.after)
    assert hardened.parameters["eval_rows"] == 60
    assert np.array_equal(hardened.model.predict(Xtr[:5]), logreg.predict(hardened.model.squeeze(Xtr[:5])))


def test_torch_adversarial_training_in_range_units_returns_the_plain_module():
    import torch
    from sklearn.datasets import load_breast_cancer

    from modelward.core.adapters.torch import TorchAdapter

    X, y = load_breast_cancer(return_X_y=True)
    mean, std = X.mean(axis=0), X.std(axis=0)
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(30, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    with torch.no_grad():  # standardisation folded into the first layer: the model takes raw features
        net[0].weight /= torch.as_tensor(std, dtype=torch.float32)
        net[0].bias -= net[0].weight @ torch.as_tensor(mean, dtype=torch.float32)
    model = TorchAdapter(net, classes=np.array([0, 1]), device="cpu")
    res = harden(model, (X, y), "adversarial-training", eps=0.05, epochs=5, reinit=False, **FAST)
    assert type(res.artifact) is torch.nn.Sequential and res.artifact is res.model.module
    assert res.model.predict_proba(X[:3]).shape == (3, 2)
    assert "robust_accuracy@linf=0.05" in res.after
