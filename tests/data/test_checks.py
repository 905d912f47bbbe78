"""The table checks as registered checks, with severities from the rubric."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Severity
from modelward.data.checks import BalanceCheck, DuplicateCheck, LeakageCheck, OutlierCheck
from modelward.testing import reference_context


def _ctx(X, y, reference=None, names=None):
    names = names or tuple(f"f{i}" for i in range(X.shape[1]))
    return AssessContext(reference_context().model, Dataset(X, y, names, "target", "t.csv"), reference=reference)


def test_duplicate_and_outlier_checks():
    X, y = load_breast_cancer(return_X_y=True)
    X2, y2 = np.vstack([X, X[:20]]), np.r_[y, 1 - y[:20]]
    titles = [f.title for f in DuplicateCheck().run(_ctx(X2, y2))]
    assert titles[0].startswith("20 groups") and "carry different labels" in titles[0]
    (conflict, *_) = DuplicateCheck().run(_ctx(X2, y2))
    assert conflict.severity == Severity.HIGH  # likelihood 4 (3.4% of rows) x impact 3
    assert OutlierCheck().run(_ctx(np.random.default_rng(0).normal(size=(300, 4)), np.zeros(300))) == []


def test_leakage_check_needs_reference_rows():
    X, y = load_breast_cancer(return_X_y=True)
    train = Dataset(X[:400], y[:400], tuple(f"f{i}" for i in range(30)))
    check = LeakageCheck()
    assert not check.applies(_ctx(X[400:], y[400:]))
    (f,) = check.run(_ctx(np.vstack([X[400:], X[:30]]), np.r_[y[400:], y[:30]], reference=train))
    assert f.threat == "data-leakage" and f.evidence.measurements["exact"] == 30


def test_balance_check_with_groups():
    rng = np.random.default_rng(0)
    sex = rng.integers(0, 2, 600).astype(float)
    y = (rng.random(600) < np.where(sex == 1, 0.5, 0.15)).astype(int)
    X = np.column_stack([rng.normal(size=600), sex])
    findings = BalanceCheck(groups=("sex", "missing")).run(_ctx(X, y, names=("x", "sex")))
    by_col = {f.location.column: f for f in findings}
    assert by_col["sex"].evidence.likelihood == 4 and by_col["sex"].threat == "bias"
    assert by_col["missing"].evidence.measurements == {"verified": False}
