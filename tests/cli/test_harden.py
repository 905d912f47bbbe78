"""`modelward harden` end to end: hardened model files, before/after report, clear input errors."""

import json

import joblib
import numpy as np
import pytest
import typer
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from typer.testing import CliRunner

from modelward.cli.harden import harden_command
from modelward.core.errors import ConfigError, PluginError

app = typer.Typer()
app.command("harden")(harden_command)


@app.command("version")
def _version() -> None:  # a second command keeps "harden" a sub-command, as in the real CLI
    """Unused."""


def run(*args):
    result = CliRunner().invoke(app, ["harden", *map(str, args)])
    return result


@pytest.fixture(scope="module")
def digits_files(tmp_path_factory):
    root = tmp_path_factory.mktemp("harden")
    X, y = load_digits(return_X_y=True)
    X = X[:600] / 16.0
    y = y[:600]
    header = ",".join([f"p{i}" for i in range(64)] + ["digit"])
    rows = np.column_stack([X, y])
    (root / "digits.csv").write_text(header + "\n" + "\n".join(",".join(f"{v:g}" for v in r) for r in rows) + "\n")
    model = LogisticRegression(max_iter=1000).fit(X, y)
    joblib.dump(model, root / "model.joblib")
    return root


def test_harden_writes_the_model_and_a_before_after_report(digits_files, tmp_path):
    out = tmp_path / "out"
    model = digits_files / "model.joblib"
    result = run("--model", model, "--trust", model, "--data", digits_files / "digits.csv", "--target", "digit",
                 "--mitigation", "adversarial-augmentation", "--eps", "0.1", "--out", out, "--set", "eval_rows=60",
                 "--set", "rounds=1", "--fail-on", "critical", "--json")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["harden.html", "harden.json", "harden.sarif", "hardened.joblib", "hardened.json"]
    report = json.loads((out / "harden.json").read_text())
    (applied,) = report["applied"]
    assert applied["mitigation_id"] == "adversarial-training"
    assert set(applied["before"]) == set(applied["after"]) and "robust_accuracy@linf=0.1" in applied["before"]
    meta = json.loads((out / "hardened.json").read_text())
    assert meta["mitigation"] == "robustness.adversarial-augmentation" and meta["model_files"] == ["hardened.joblib"]
    refitted = joblib.load(out / "hardened.joblib")
    assert refitted.coef_.shape == (10, 64)


def _small_net():
    torch = pytest.importorskip("torch")
    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))


@pytest.fixture
def saved_net(tmp_path):
    """An untrained 64-32-10 torch MLP saved whole (a pickle, so harden needs --trust for it)."""
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    net = _small_net()
    path = tmp_path / "net.pt"
    torch.save(net, path)
    return net, path


def test_torch_models_are_written_as_safetensors(digits_files, tmp_path, saved_net):
    safetensors = pytest.importorskip("safetensors.torch")
    net, path = saved_net
    out = tmp_path / "out"
    result = run("--model", path, "--trust", path, "--data", digits_files / "digits.csv", "--target", "digit",
                 "--mitigation", "fast-adversarial-training", "--eps", "0.1", "--out", out, "--set", "eval_rows=40",
                 "--set", "epochs=3", "--format", "json", "--fail-on", "critical")
    assert result.exit_code == 0, result.output
    state = safetensors.load_file(out / "hardened.safetensors")
    assert set(state) == set(net.state_dict())
    _small_net().load_state_dict(state)


def test_unknown_mitigation_and_bad_param_are_input_errors(digits_files, tmp_path):
    model = digits_files / "model.joblib"
    common = ["--model", model, "--trust", model, "--data", digits_files / "digits.csv", "--target", "digit",
              "--out", tmp_path / "o"]
    result = run(*common, "--mitigation", "prayer")
    assert isinstance(result.exception, PluginError) and "no mitigation 'prayer' is registered" in str(result.exception)
    result = run(*common, "--mitigation", "ensemble", "--set", "no-equals-sign")
    assert isinstance(result.exception, ConfigError) and "NAME=VALUE" in str(result.exception)
    result = run(*common, "--mitigation", "ensemble", "--set", "copies=two")
    assert isinstance(result.exception, ConfigError)
    assert "robustness.ensemble: parameter 'copies' got 'two'; expected an integer" in str(result.exception)
    result = run(*common, "--mitigation", "ensemble", "--set", "colour=blue")
    assert "robustness.ensemble: unknown parameter(s) 'colour'" in str(result.exception)
    result = run(*common, "--mitigation", "ensemble", "--set", "eps=0.1", "--eps", "0.2")
    assert "--eps and --set eps=... both given" in str(result.exception)
    assert not (tmp_path / "o").exists()


def test_detection_writes_a_detector_that_loads_back(digits_files, tmp_path, saved_net):
    pytest.importorskip("safetensors")
    from modelward.api import load_model
    from modelward.robustness.defences.detection import AdversarialDetector, DetectorModelMismatchError

    net, path = saved_net
    out = tmp_path / "out"
    result = run("--model", path, "--trust", path, "--data", digits_files / "digits.csv", "--target", "digit",
                 "--mitigation", "detection", "--eps", "0.1", "--out", out, "--set", "eval_rows=60",
                 "--set", "adaptive_steps=5", "--format", "json", "--fail-on", "critical")
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "hardened.json").read_text())
    assert "hardened-detector/detector.json" in meta["model_files"]
    report = json.loads((out / "harden.json").read_text())
    (applied,) = report["applied"]
    assert "attack_success@linf=0.1[naive]" in applied["after"]
    assert applied["after"]["attack_success@linf=0.1"] >= applied["after"]["attack_success@linf=0.1[naive]"]
    model = load_model(net, classes=np.arange(10))
    X = np.loadtxt(digits_files / "digits.csv", delimiter=",", skiprows=1)[:20, :64]
    with pytest.raises(DetectorModelMismatchError):
        AdversarialDetector.load(out / "hardened-detector", load_model(_small_net(), classes=np.arange(10)))
    detector = AdversarialDetector.load(out / "hardened-detector", model)
    assert detector.score(X).shape == (20,)


def test_eps_is_a_share_of_each_features_range_as_in_assess(tmp_path):
    from sklearn.datasets import load_breast_cancer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = load_breast_cancer(return_X_y=True)  # feature spans from ~0.05 to ~4000
    header = ",".join([f"f{i}" for i in range(X.shape[1])] + ["label"])
    data = tmp_path / "cancer.csv"
    data.write_text(header + "\n" + "\n".join(",".join(f"{v:g}" for v in r) for r in np.column_stack([X, y])) + "\n")
    model = tmp_path / "model.joblib"
    joblib.dump(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X, y), model)
    out = tmp_path / "out"
    common = ("--model", model, "--trust", model, "--data", data, "--target", "label", "--set", "eval_rows=40")
    result = run(*common, "--mitigation", "feature-squeezing", "--eps", "0.05", "--out", out, "--fail-on", "critical")
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "hardened.json").read_text())
    assert meta["parameters"]["eps"] == [0.05]
    (applied,) = json.loads((out / "harden.json").read_text())["applied"]
    assert "robust_accuracy@linf=0.05" in applied["before"]
    result = run(*common, "--mitigation", "detection", "--eps", "0.05", "--out", tmp_path / "o2", "--fail-on",
                 "critical")
    assert result.exit_code == 0, result.output
    assert "note: the features' ranges differ" in " ".join(result.output.split())
