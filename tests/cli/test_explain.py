"""`modelward explain` end to end (a leaking model: the audit finds it and the exit code says so), and
`assess --sensitive` from the command line."""

import json

import joblib
import numpy as np
import pandas as pd
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from modelward.explain import generate as G


@pytest.fixture(scope="module")
def leaky(tmp_path_factory):
    root = tmp_path_factory.mktemp("explain")
    task = G.with_leak(G.tabular(0, n=800), 0, "id-order")
    model = HistGradientBoostingClassifier(max_iter=30, random_state=0).fit(task.X, task.y)
    frame = pd.DataFrame(task.X, columns=task.feature_names)
    frame["label"] = task.y
    joblib.dump(model, root / "model.joblib")
    frame.to_csv(root / "data.csv", index=False)
    return root / "model.joblib", root / "data.csv"


def test_explain_writes_the_explanation_and_fails_on_the_leak(cli, leaky, tmp_path):
    model, data = leaky
    code, out, err = cli("explain", model, "--data", data, "--target", "label", "--rows", "0:3", "--sample", "80",
                         "--out", tmp_path, "--fail-on", "high")
    assert code == 1, err
    assert "record_id" in out and "surrogate rules" in out
    doc = json.loads((tmp_path / "explanation.json").read_text())
    assert [r["row"] for r in doc["rows"]] == [0, 1, 2] and doc["stability"]["exact"]
    report = json.loads((tmp_path / "explain-report.json").read_text())
    assert any(f["check_id"] == "explain.leakage" and f["location"]["column"] == "record_id"
               for f in report["findings"])
    assert 'id="explain"' in (tmp_path / "explain.html").read_text()


def test_explain_json_and_bad_rows(cli, leaky):
    model, data = leaky
    code, out, _ = cli("explain", model, "--data", data, "--target", "label", "--rows", "5", "--no-audit",
                       "--max-rules", "0", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["explanation"]["rows"][0]["row"] == 5 and "rules" not in doc["explanation"]
    code, _, err = cli("explain", model, "--data", data, "--target", "label", "--rows", "5000")
    assert code == 2 and "outside the data" in err


def test_assess_sensitive_sets_the_column_aside(cli, tmp_path):
    task = G.biased(0, n=1500)
    model = LogisticRegression(max_iter=500).fit(task.X, task.y)
    frame = pd.DataFrame(task.X_test, columns=task.feature_names)
    frame["sex"] = np.where(task.sensitive_test == 1, "F", "M")
    frame["label"] = task.y_test
    joblib.dump(model, tmp_path / "m.joblib")
    frame.to_csv(tmp_path / "t.csv", index=False)
    code, out, err = cli("assess", "--model", tmp_path / "m.joblib", "--data", tmp_path / "t.csv", "--target",
                         "label", "--sensitive", "sex", "--only", "explain.fairness", "--json", "--fail-on",
                         "critical")
    report = json.loads(out)
    (finding,) = report["findings"]
    assert code == 0, err
    assert finding["location"]["column"] == "sex" and "selection_rate[F]" in finding["evidence"]["measurements"]
    code, _, err = cli("assess", "--model", tmp_path / "m.joblib", "--data", tmp_path / "t.csv", "--target",
                       "label", "--sensitive", "age")
    assert code == 2 and "no such column" in err
