import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Severity
from modelward.robustness.validation import PerformanceCheck, StabilityCheck, expected_calibration_error


def _ctx(model, X, y, names=None):
    names = names or tuple(f"f{i}" for i in range(X.shape[1]))
    adapter = SklearnAdapter(model, input_spec=InputSpec.infer(X, names))
    return AssessContext(adapter, Dataset(X, y, names, "y", "test-data"), seed=0)


@pytest.fixture(scope="module")
def cancer():
    d = load_breast_cancer()
    return train_test_split(d.data, d.target, test_size=0.4, random_state=0, stratify=d.target)


def test_good_model_reports_accuracy_with_interval_and_cv(cancer):
    X_tr, X_te, y_tr, y_te = cancer
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
    [f] = PerformanceCheck().run(_ctx(model, X_te, y_te))
    m = f.evidence.measurements
    acc = (model.predict(X_te) == y_te).mean()
    assert m["accuracy"] == pytest.approx(acc, abs=1e-4)
    assert m["accuracy_ci_low"] < acc < m["accuracy_ci_high"]
    assert 0.9 < m["cv_accuracy"] <= 1.0 and len(f.evidence.series["cv_fold_accuracy"]) == 5
    assert f.severity <= Severity.LOW and f.evidence.likelihood <= 2


def test_model_at_chance_is_high(cancer):
    X_tr, X_te, y_tr, y_te = cancer
    rng = np.random.default_rng(0)
    model = LogisticRegression(max_iter=200).fit(rng.normal(size=X_tr.shape), rng.integers(0, 2, len(y_tr)))
    [f, *_] = PerformanceCheck().run(_ctx(model, rng.normal(size=X_te.shape), y_te))
    assert f.severity == Severity.HIGH and "chance" in f.title


def test_covariate_shift_shows_as_gap_to_cross_validation(cancer):
    X_tr, X_te, y_tr, y_te = cancer
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
    shifted = X_te.copy()
    shifted[:, [20, 22, 23]] *= 1.6  # worst radius, perimeter, area grow: the fitted model drifts
    [f, *_] = PerformanceCheck().run(_ctx(model, shifted, y_te))
    m = f.evidence.measurements
    assert m["cv_accuracy"] - m["accuracy"] > 0.05
    assert f.severity == Severity.MEDIUM and "below the cross-validated" in f.title


def test_unrefittable_model_says_why_no_cv(cancer):
    from modelward.core.adapters.callable import CallableAdapter

    X_tr, X_te, y_tr, y_te = cancer
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
    adapter = CallableAdapter(model.predict_proba, classes=np.array([0, 1]))
    ctx = AssessContext(adapter, Dataset(X_te, y_te, tuple(f"f{i}" for i in range(30))))
    [f, *_] = PerformanceCheck().run(ctx)
    m = f.evidence.measurements
    assert m["cv_accuracy"] is None and "cannot be retrained" in m["cv_note"]


def test_stability_separates_a_brittle_model_from_a_smooth_one():
    X, y = make_classification(600, 10, n_informative=4, flip_y=0.3, random_state=0)
    smooth = LogisticRegression().fit(X[:300], y[:300])
    brittle = KNeighborsClassifier(1).fit(X[:300], y[:300])
    [s] = StabilityCheck().run(_ctx(smooth, X[300:], y[300:]))
    [b] = StabilityCheck().run(_ctx(brittle, X[300:], y[300:]))
    key = "flip_rate_noise_0.05std"
    assert b.evidence.measurements[key] > 3 * s.evidence.measurements[key]
    assert b.severity > s.severity
    flips = b.evidence.series["flip_rate"]
    assert flips[-1] > flips[0]  # more noise, more flips


def test_stability_names_the_feature_the_model_leans_on():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    y = (X[:, 3] > 0).astype(int)
    model = LogisticRegression().fit(X, y)
    [f] = StabilityCheck().run(_ctx(model, X, y, ("a", "b", "c", "key", "e")))
    assert f.evidence.measurements["most_sensitive_features"].startswith("key")


def test_ece_is_zero_for_calibrated_and_large_for_overconfident():
    y = np.array([0, 1] * 50)
    honest = np.tile([0.5, 0.5], (100, 1))
    over = np.eye(2)[1 - y] * 0.98 + 0.01
    assert expected_calibration_error(honest, y) == pytest.approx(0.0, abs=1e-9)
    assert expected_calibration_error(over, y) > 0.9
