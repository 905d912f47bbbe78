"""`modelward monitor drift` end to end: reports written, exit codes, bad input as one clear line."""

import json

import numpy as np
import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def _write(path, columns):
    pq.write_table(pa.table(columns), path)
    return path


@pytest.fixture
def tables(tmp_path):
    rng = np.random.default_rng(0)
    ref = _write(tmp_path / "ref.parquet", {"a": rng.normal(size=3000), "b": rng.choice(["x", "y"], 3000)})
    same = _write(tmp_path / "same.parquet", {"a": rng.normal(size=3000), "b": rng.choice(["x", "y"], 3000)})
    moved = _write(tmp_path / "moved.parquet", {"a": rng.normal(1.0, 1, 3000), "b": rng.choice(["x", "y"], 3000)})
    return ref, same, moved


def test_no_drift_exits_clean_and_writes_every_format(cli, tables, tmp_path):
    ref, same, _ = tables
    code, out, err = cli("monitor", "drift", "--reference", ref, "--current", same, "--out", tmp_path / "o")
    assert code == 0, err
    assert "No data drift in 2 tested columns" in out
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["drift.html", "drift.json", "drift.sarif"]


def test_drift_shows_in_json_and_the_exit_code_follows_fail_on(cli, tables):
    ref, _, moved = tables
    code, out, _ = cli("monitor", "drift", "-r", ref, "-c", moved, "--json", "--fail-on", "medium")
    report = json.loads(out)
    assert code == 1
    assert any(f["title"] == "Large drift in column 'a'" for f in report["findings"])
    assert {i["role"] for i in report["metadata"]["inputs"]} == {"reference", "data"}
    code, _, _ = cli("monitor", "drift", "-r", ref, "-c", moved, "--json", "--fail-on", "critical")
    assert code == 0


def test_parameters_are_checked_against_their_declaration(cli, tables):
    ref, same, _ = tables
    code, _, err = cli("monitor", "drift", "-r", ref, "-c", same, "--set", "alpha=2")
    assert code == 2 and "parameter 'alpha' got '2'; expected at most 0.5" in err
    code, _, err = cli("monitor", "drift", "-r", ref, "-c", same, "--set", "alfa=0.1")
    assert code == 2 and "unknown parameter(s) 'alfa'" in err


def test_bad_input_is_one_line_and_exit_2(cli, tables, tmp_path):
    ref, _, _ = tables
    (tmp_path / "bad.csv").write_bytes(b"\x00\x01")
    code, _, err = cli("monitor", "drift", "-r", ref, "-c", tmp_path / "bad.csv", "--out", tmp_path / "o")
    assert code == 2 and "NUL bytes" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_policy_opens_an_incident_that_a_person_approves(cli, tables, tmp_path):
    import sys

    ref, _, moved = tables
    marker = tmp_path / "retrained"
    script = tmp_path / "retrain.py"
    script.write_text(f"open({str(marker)!r}, 'w').write('yes')\n")
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[thresholds]\nmax_effect_sd = 0.5\n[action]\ncommand = ["{sys.executable}", "{script}"]\n')
    code, out, err = cli("monitor", "drift", "-r", ref, "-c", moved, "--policy", policy, "--json")
    assert code == 0 and "awaiting-approval" in err
    (incident,) = [f["evidence"]["measurements"]["incident"] for f in json.loads(out)["findings"]
                   if f["title"].startswith("Retraining triggered")]
    code, out, _ = cli("monitor", "incidents", "--policy", policy, "--json")
    assert [i["status"] for i in json.loads(out)] == ["awaiting-approval"]
    code, _, err = cli("monitor", "approve", incident, "--policy", policy, "--by", "alice")
    assert code == 0 and "acted" in err and marker.read_text() == "yes"
    code, _, err = cli("monitor", "reject", incident, "--policy", policy, "--by", "bob", "--reason", "late")
    assert code == 2 and "not awaiting approval" in err


def test_a_bad_policy_fails_before_any_work(cli, tables, tmp_path):
    ref, same, _ = tables
    policy = tmp_path / "policy.toml"
    policy.write_text("[thresholds]\nshare_drifted = 'lots'\n[action]\ncommand = ['x']\n")
    code, _, err = cli("monitor", "drift", "-r", ref, "-c", same, "--policy", policy)
    assert code == 2 and "thresholds.share_drifted" in err


def test_assess_with_a_reference_runs_the_drift_check(cli, tmp_path):
    import joblib
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    frame = load_breast_cancer(as_frame=True).frame.rename(columns=lambda c: c.replace(" ", "_"))
    train, test = train_test_split(frame, test_size=0.3, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(train.drop(columns="target"), train["target"])
    joblib.dump(model, tmp_path / "model.joblib")
    train.to_csv(tmp_path / "train.csv", index=False)
    test.assign(mean_radius=test["mean_radius"] * 1.4).to_csv(tmp_path / "shifted.csv", index=False)
    code, out, err = cli("assess", "-m", tmp_path / "model.joblib", "--trust", tmp_path / "model.joblib",
                         "-d", tmp_path / "shifted.csv", "-t", "target", "--reference", tmp_path / "train.csv",
                         "--only", "monitor", "--json", "--fail-on", "critical")
    report = json.loads(out)
    assert code == 0, err
    assert any(f["title"].endswith("drift in column 'mean_radius'") for f in report["findings"])
    assert "reference" in {i["role"] for i in report["metadata"]["inputs"]}
