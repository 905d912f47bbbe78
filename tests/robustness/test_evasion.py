import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.api import assess
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec
from modelward.core.errors import ConfigError
from modelward.robustness.evasion import measure_evasion, parse_eps
from modelward.robustness.scaled import feature_scale


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    rng = np.random.default_rng(0)
    idx = rng.permutation(len(X))
    return X[idx[:400]], y[idx[:400]], X[idx[400:480]], y[idx[400:480]]


@pytest.fixture(scope="module")
def pipeline(cancer):
    Xtr, ytr, _, _ = cancer
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtr, ytr)
    return SklearnAdapter(est, InputSpec.infer(np.vstack([Xtr, cancer[2]])))


def test_robust_accuracy_falls_with_eps_and_adversarials_are_valid(pipeline, cancer):
    _, _, X, y = cancer
    m = measure_evasion(pipeline, X, y, (0.01, 0.05, 0.2), steps=20, square_queries=50)
    assert m.access == "white-box" and m.per_feature_scale
    accs = [f.robust_accuracy for f in m.figures]
    assert accs[0] <= m.clean_accuracy and accs[-1] < accs[0]
    assert accs[-1] < 0.5 * m.clean_accuracy  # 20% of every feature's range breaks most rows
    span = feature_scale(X, pipeline.input_spec).scale
    for f in m.figures:
        lo, hi = f.interval
        assert lo <= f.robust_accuracy <= hi
        broken = sorted(i for rows in f.broken_rows.values() for i in rows)
        assert len(broken) == round((1 - f.robust_accuracy) * len(X))
        attacked = [i for k, rows in f.broken_rows.items() if k != "clean-misclassified" for i in rows]
        assert np.all(np.abs(f.x_adv[attacked] - X[attacked]) <= f.eps * span * (1 + 1e-6) + 1e-12)
        assert np.all(pipeline.predict(f.x_adv[attacked]) != y[attacked])


def test_integer_features_stay_integral_and_within_budget(cancer):
    Xtr, ytr, X, y = cancer
    Xi, Xtri = np.round(X * 10), np.round(Xtr * 10)
    spec = InputSpec(tuple(FeatureSpec(f"f{j}", FeatureKind.INTEGER, Xtri[:, j].min() - 50, Xtri[:, j].max() + 50)
                           for j in range(X.shape[1])))
    model = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtri, ytr), spec)
    m = measure_evasion(model, Xi, y, (0.1,), steps=20, square_queries=50)
    f = m.figures[0]
    assert np.array_equal(f.x_adv, np.round(f.x_adv))
    assert f.robust_accuracy < m.clean_accuracy
    span = feature_scale(Xi, spec).scale
    assert np.all(np.abs(f.x_adv - Xi) <= 0.1 * span + 1e-9)


def test_tree_ensembles_are_attacked_not_refused(cancer):
    Xtr, ytr, X, y = cancer
    model = SklearnAdapter(GradientBoostingClassifier(n_estimators=30, random_state=0).fit(Xtr, ytr),
                           InputSpec.infer(np.vstack([Xtr, X])))
    m = measure_evasion(model, X, y, (0.05, 0.2), steps=10, square_queries=50)
    assert m.access.startswith("score (tree")
    assert m.figures[-1].robust_accuracy < m.clean_accuracy
    assert "tree-greedy" in m.figures[-1].broken_rows


def test_black_box_model_is_measured_with_square_and_says_so(cancer):
    Xtr, ytr, X, y = cancer
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtr, ytr)
    from modelward.core.adapters.callable import CallableAdapter

    report = assess(CallableAdapter(est.predict_proba, classes=[0, 1]), (X, y), only=["robustness.evasion"],
                    params={"eps": [0.2], "queries": 100})
    (finding,) = [f for f in report.findings if f.title.startswith("robust accuracy")]
    assert finding.evidence.measurements["access"] == "black-box"
    assert finding.evidence.measurements["broken_by.square@0.2"] > 0


def test_labels_only_model_is_measured_with_a_decision_based_attack(cancer):
    Xtr, ytr, X, y = cancer
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xtr, ytr)
    from modelward.core.adapters.callable import CallableAdapter

    model = CallableAdapter(est.predict, classes=[0, 1], returns="labels")
    report = assess(model, (X, y), only=["robustness.evasion"],
                    params={"eps": [0.2], "queries": 100})
    (finding,) = [f for f in report.findings if f.title.startswith("robust accuracy")]
    m = finding.evidence.measurements
    assert m["access"] == "decision"
    assert "RayS" in finding.description
    assert m["broken_by.rays@0.2"] > 0
    assert "broken_by.square@0.2" not in m


def test_assess_reports_robust_accuracy_per_eps_with_intervals(pipeline, cancer):
    _, _, X, y = cancer
    report = assess(pipeline, (X, y), only=["robustness.evasion"], params={"steps": 20})
    (finding,) = report.findings
    ms = finding.evidence.measurements
    for eps in (0.02, 0.05, 0.1):
        assert 0 <= ms[f"robust_accuracy@{eps:g}"] <= ms["clean_accuracy"]
        assert ms[f"ci95@{eps:g}"].startswith("[")
    assert finding.evidence.series["eps"] == [0.0, 0.02, 0.05, 0.1]
    assert "apgd-ce:" in ms["broken_rows@0.1"]
    assert finding.severity.value in {"info", "low", "medium", "high"}


@pytest.mark.parametrize("bad", [[0.0], [1.5], ["x"], [-0.1]])
def test_bad_eps_is_a_config_error(bad):
    with pytest.raises(ConfigError, match="eps"):
        parse_eps(bad)


def test_rows_outside_the_declared_bounds_are_named(cancer):
    from modelward.robustness.errors import AttackDataError

    Xtr, ytr, X, y = cancer
    model = SklearnAdapter(LogisticRegression(max_iter=3000).fit(Xtr, ytr), InputSpec.infer(Xtr))
    outside = np.flatnonzero(((Xtr.min(0) > X) | (Xtr.max(0) < X)).any(axis=1))
    assert outside.size  # the held-out rows go beyond the training range somewhere
    with pytest.raises(AttackDataError, match=r"row \d+, feature x\d+: .* declared bound") as info:
        measure_evasion(model, X, y, (0.05,), steps=5, square_queries=10)
    assert int(str(info.value).split()[1].rstrip(",")) in outside
