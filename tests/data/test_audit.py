"""`audit_file` on CSV, Parquet and NPZ files the tests write; bad input gets a precise error."""

import csv

import numpy as np
import pytest
from sklearn.datasets import load_wine

from modelward.core.errors import DataError
from modelward.data.audit import AuditPlan, audit_file

FAST = AuditPlan(ensemble="linear")


def _write_csv(path, flip=True):
    X, y = load_wine(return_X_y=True)
    y = y.copy()
    if flip:
        rows = np.random.default_rng(0).choice(len(y), 15, replace=False)
        y[rows] = (y[rows] + 1) % 3
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["email", *[f"f{i}" for i in range(13)], "label"])
        for i in range(len(y)):
            w.writerow([f"p{i}@example.org", *[f"{v:.4f}" for v in X[i]], int(y[i])])
        w.writerow(["dup@example.org", *[f"{v:.4f}" for v in X[0]], (int(y[0]) + 1) % 3])  # a conflicting copy
    return path


def test_csv_audit_reports_pii_label_errors_and_duplicates(tmp_path):
    report = audit_file(_write_csv(tmp_path / "wine.csv"), "label", plan=FAST)
    checks = {f.check_id for f in report.findings}
    assert {"data.pii", "data.label-errors", "data.duplicates"} <= checks
    assert any(s.subject == "column email" for s in report.skipped)
    assert any(s.subject == "leakage" for s in report.skipped)
    assert report.errors == ()
    assert report.metadata.inputs[0].role == "data"


def test_leakage_with_a_test_split_in_parquet(tmp_path):
    pd = pytest.importorskip("pandas")
    X, y = load_wine(return_X_y=True)
    frame = pd.DataFrame(X, columns=[f"f{i}" for i in range(13)]).assign(label=y)
    frame.iloc[:120].to_parquet(tmp_path / "train.parquet")
    pd.concat([frame.iloc[120:], frame.iloc[:10]]).to_parquet(tmp_path / "test.parquet")
    report = audit_file(tmp_path / "train.parquet", "label", tmp_path / "test.parquet",
                        AuditPlan(("leakage",)))
    (f,) = report.findings
    assert f.check_id == "data.leakage" and f.evidence.measurements["exact"] == 10


def test_npz_images_without_target_are_audited_for_pii_only(tmp_path):
    np.savez(tmp_path / "d.npz", X=np.random.default_rng(0).random((40, 64)), y=np.arange(40) % 2)
    report = audit_file(tmp_path / "d.npz", plan=FAST)
    assert [f.check_id for f in report.findings] == ["data.pii"]
    assert "no target" in report.skipped[0].reason


def test_bad_input(tmp_path):
    path = _write_csv(tmp_path / "w.csv", flip=False)
    with pytest.raises(DataError, match="no target column 'nope'"):
        audit_file(path, "nope", plan=FAST)
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(DataError, match="empty file"):
        audit_file(tmp_path / "empty.csv", "label", plan=FAST)
    with pytest.raises(DataError, match="unknown audit"):
        AuditPlan(("pii", "astrology"))
    (tmp_path / "nan.csv").write_text("a,label\n1,0\n2,\n")
    with pytest.raises(DataError, match="missing"):
        audit_file(tmp_path / "nan.csv", "label", plan=FAST)


def test_leakage_across_csv_files_with_text_categories(tmp_path):
    rows = [f"{['red', 'green', 'blue'][i % 3]},{i},{i % 2}" for i in range(60)]
    (tmp_path / "train.csv").write_text("colour,x,label\n" + "\n".join(rows) + "\n")
    # the test split lacks 'blue' (the first category), so its own codes would differ; shared rows must match
    test_rows = [r for r in rows[:12] if not r.startswith("blue")] + ["green,1000,0"]
    (tmp_path / "test.csv").write_text("colour,x,label\n" + "\n".join(test_rows) + "\n")
    report = audit_file(tmp_path / "train.csv", "label", tmp_path / "test.csv", AuditPlan(("leakage",)))
    (f,) = [f for f in report.findings if "also appear" in f.title]
    assert f.evidence.measurements["exact"] == 8


def test_a_csv_too_large_to_load_is_sampled_in_one_pass(tmp_path):
    path = _write_csv(tmp_path / "big.csv")
    plan = AuditPlan(("pii", "duplicates"), stream_bytes=1000, sample_rows=100)
    report = audit_file(path, "label", plan=plan)
    (rows,) = [s for s in report.skipped if s.subject == "rows"]
    assert "179 rows" in rows.reason and "sample of 100 rows" in rows.reason
    (pii,) = [f for f in report.findings if f.check_id == "data.pii"]
    assert pii.location.file == str(path) and pii.evidence.measurements["cells_sampled"] == 100


def test_reservoir_sample_is_uniform(tmp_path):
    from modelward.data.stream import sample_csv

    path = tmp_path / "n.csv"
    path.write_text("i\n" + "".join(f"{i}\n" for i in range(2000)))
    means = [np.mean([int(v) for v in sample_csv(path, 200, seed)[0]["i"]]) for seed in range(20)]
    assert abs(np.mean(means) - 999.5) < 30 and sample_csv(path, 200)[1] == 2000
