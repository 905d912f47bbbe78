"""`modelward assess` end to end, and every error path: exit 2, one clear message, no partial output."""

import http.server
import json
import socket
import threading

import joblib
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


@pytest.fixture(scope="module")
def model_and_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("assess")
    frame = load_breast_cancer(as_frame=True).frame.rename(columns=lambda c: c.replace(" ", "_"))
    train, test = train_test_split(frame, test_size=0.3, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(train.drop(columns="target"), train["target"])
    model_path, data_path = root / "model.joblib", root / "test.csv"
    joblib.dump(model, model_path)
    test.to_csv(data_path, index=False)
    return model_path, data_path


def test_assess_writes_all_three_reports(cli, model_and_data, tmp_path):
    model, data = model_and_data
    out = tmp_path / "out"
    code, _, err = cli("assess", "--model", model, "--data", data, "--target", "target", "--trust", model,
                       "--out", out, "--fail-on", "critical")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["assess.html", "assess.json", "assess.sarif"]
    report = json.loads((out / "assess.json").read_text())
    checks = {f["check_id"] for f in report["findings"]}
    assert {"validation.performance", "validation.stability"} <= checks
    assert report["metadata"]["inputs"][0]["role"] == "model"
    assert json.loads((out / "assess.sarif").read_text())["version"] == "2.1.0"


def test_fail_on_turns_findings_into_exit_1(cli, model_and_data):
    model, data = model_and_data
    code, out, _ = cli("assess", "-m", model, "-d", data, "-t", "target", "--trust", model,
                       "--fail-on", "info", "--json")
    assert code == 1
    assert json.loads(out)["findings"]


def _assert_clean_error(code, err, *needles, out_dir=None):
    assert code == 2
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err
    if out_dir is not None:
        assert not out_dir.exists() or not any(out_dir.iterdir())


def test_missing_model_file(cli, model_and_data, tmp_path):
    _, data = model_and_data
    code, _, err = cli("assess", "-m", tmp_path / "nope.joblib", "-d", data, "-t", "target", "-o", tmp_path / "o")
    _assert_clean_error(code, err, "nope.joblib", out_dir=tmp_path / "o")


class _Payload:
    def __reduce__(self):
        import os

        return (os.system, ("echo pwned",))


def test_scanned_pickle_loads_without_trust_and_malicious_one_is_refused(cli, model_and_data, tmp_path):
    model, data = model_and_data
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--fail-on", "critical")
    assert code == 0, err
    evil = tmp_path / "evil.joblib"
    joblib.dump(_Payload(), evil)
    for extra in ((), ("--trust", evil)):
        code, _, err = cli("assess", "-m", evil, "-d", data, "-t", "target", "-o", tmp_path / "o", *extra)
        _assert_clean_error(code, err, "evil.joblib", "refused", out_dir=tmp_path / "o")


def test_missing_target_column_lists_columns(cli, model_and_data, tmp_path):
    model, data = model_and_data
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "label", "--trust", model, "-o", tmp_path / "o")
    _assert_clean_error(code, err, "label", "mean_radius", out_dir=tmp_path / "o")


def test_corrupt_data_file(cli, model_and_data, tmp_path):
    model, _ = model_and_data
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"\x00\x01garbage" * 10)
    code, _, err = cli("assess", "-m", model, "-d", bad, "-t", "target", "--trust", model, "-o", tmp_path / "o")
    _assert_clean_error(code, err, "bad.parquet", out_dir=tmp_path / "o")


def test_missing_data_file(cli, model_and_data, tmp_path):
    model, _ = model_and_data
    code, _, err = cli("assess", "-m", model, "-d", tmp_path / "none.csv", "-t", "target", "--trust", model)
    _assert_clean_error(code, err, "none.csv")


def test_unknown_model_type(cli, model_and_data, tmp_path):
    _, data = model_and_data
    weird = tmp_path / "model.txt"
    weird.write_text("this is not a model")
    code, _, err = cli("assess", "-m", weird, "-d", data, "-t", "target", "-o", tmp_path / "o")
    _assert_clean_error(code, err, "model.txt", out_dir=tmp_path / "o")


def test_wrong_feature_count(cli, model_and_data, tmp_path):
    model, data = model_and_data
    narrow = tmp_path / "narrow.csv"
    lines = data.read_text().splitlines()
    narrow.write_text("\n".join(",".join(line.split(",")[-3:]) for line in lines))
    code, _, err = cli("assess", "-m", model, "-d", narrow, "-t", "target", "--trust", model, "-o", tmp_path / "o")
    _assert_clean_error(code, err, "features", out_dir=tmp_path / "o")


def test_bad_options(cli, model_and_data, tmp_path):
    model, data = model_and_data
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--trust", model, "--fail-on", "bad")
    _assert_clean_error(code, err, "--fail-on")
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--trust", model,
                       "-o", tmp_path / "o", "--format", "pdf")
    _assert_clean_error(code, err, "pdf", out_dir=tmp_path / "o")


class _SilentHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # never answers within the client's timeout
        threading.Event().wait(3)

    def log_message(self, *args):
        pass


def test_endpoint_that_times_out(cli, model_and_data, tmp_path):
    _, data = model_and_data
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SilentHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/predict"
        code, _, err = cli("assess", "-m", url, "-d", data, "-t", "target", "--timeout", "0.3", "-o", tmp_path / "o")
        _assert_clean_error(code, err, "127.0.0.1", out_dir=tmp_path / "o")
    finally:
        server.shutdown()


def test_endpoint_refusing_connections(cli, model_and_data):
    _, data = model_and_data
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = cli("assess", "-m", f"http://127.0.0.1:{port}/p", "-d", data, "-t", "target", "--timeout", "0.3")
    _assert_clean_error(code, err, f"127.0.0.1:{port}")


def test_declared_spec_is_used_and_a_bad_one_refused(cli, model_and_data, tmp_path):
    model, data = model_and_data
    names = data.read_text().splitlines()[0].split(",")[:-1]
    spec = tmp_path / "spec.toml"
    spec.write_text("".join(f'[[feature]]\nname = "{n}"\nlower = 0\n' for n in names))
    code, out, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--spec", spec, "--json",
                         "--fail-on", "critical")
    assert code == 0, err
    assert json.loads(out)["findings"]
    short = tmp_path / "short.toml"
    short.write_text('[[feature]]\nname = "a"\n')
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--spec", short)
    _assert_clean_error(code, err, "30 features per row, the model expects 1")
    code, _, err = cli("assess", "-m", model, "-d", data, "-t", "target", "--spec", tmp_path / "none.toml")
    _assert_clean_error(code, err, "none.toml")


def test_evasion_budgets_from_the_command_line(cli, model_and_data):
    model, data = model_and_data
    code, out, _ = cli("assess", "-m", model, "-d", data, "-t", "target", "--only", "robustness.evasion",
                       "--eps", "0.03", "--eps", "0.3", "--evasion-rows", "60", "--json", "--fail-on", "critical")
    assert code == 0
    (finding,) = json.loads(out)["findings"]
    ms = finding["evidence"]["measurements"]
    assert ms["rows"] == 60 and ms["access"] == "white-box"
    assert ms["robust_accuracy@0.3"] < ms["robust_accuracy@0.03"] <= ms["clean_accuracy"]


@pytest.mark.parametrize(("flag", "value", "message"), [
    ("--eps", "2", "robustness.evasion: parameter 'eps' got 2.0; expected at most 1 (share of each feature's range)"),
    ("--norm", "l7", "robustness.evasion: parameter 'norm' got 'l7'; expected one of linf, l2"),
    ("--evasion-rows", "0", "robustness.evasion: parameter 'rows' got 0; expected at least 1"),
    ("--set", "epsilon=0.1", "--set epsilon: no selected plugin takes a parameter 'epsilon'"),
    ("--set", "robustness.evasion.steps=many", "parameter 'steps' got 'many'; expected an integer"),
])
def test_bad_evasion_options(cli, model_and_data, flag, value, message):
    model, data = model_and_data
    code, out, err = cli("assess", "-m", model, "-d", data, "-t", "target", flag, value)
    assert code == 2 and out == ""
    assert message in " ".join(err.split())
