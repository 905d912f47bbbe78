"""`monitor.drift` as a registered check: `assess` runs it when reference data is given, not otherwise
(its plugin contract runs in tests/test_testing.py)."""

import numpy as np

from modelward.api import assess
from modelward.core.context import Dataset


def _model_and_data():
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = load_breast_cancer(return_X_y=True)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X[:300], y[:300])
    names = tuple(f"f{i}" for i in range(X.shape[1]))
    return model, Dataset(X[:300], y[:300], names), X[300:], y[300:], names


def test_assess_runs_the_drift_check_with_a_reference_only():
    model, ref, X, y, names = _model_and_data()
    shifted = X.copy()
    shifted[:, 0] *= 1.5  # the mean radius grew by half
    report = assess(model, Dataset(shifted, y, names), only=["monitor"], reference=ref)
    titles = [f.title for f in report.findings]
    assert any("drift in column 'f0'" in t for t in titles)
    assert not report.metadata.inputs  # in memory: no file to hash
    without = assess(model, Dataset(X, y, names), only=["monitor"])
    assert without.findings == () and [s.subject for s in without.skipped] == ["monitor.drift"]


def test_assess_reference_from_files(tmp_path):
    model, ref, X, y, names = _model_and_data()
    header = ",".join([*names, "target"])
    for path, (Xs, ys) in ((tmp_path / "ref.csv", (ref.X, ref.y)), (tmp_path / "cur.csv", (X, y))):
        np.savetxt(path, np.column_stack([Xs, ys]), delimiter=",", header=header, comments="")
    report = assess(model, tmp_path / "cur.csv", "target", only=["monitor"], reference=tmp_path / "ref.csv")
    assert {r.role for r in report.metadata.inputs} == {"data", "reference"}
    assert any(f.check_id == "monitor.drift" for f in report.findings)
