"""safe_load refuses anything off the allowlist (naming it) and loads ordinary models; convert writes
formats that cannot run code."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from pickle_asm import call, sbu
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from modelward.core.errors import ConfigError, ModelLoadError
from modelward.scan.convert import convert
from modelward.scan.safe_load import load, loads


@pytest.fixture(scope="module")
def model() -> LogisticRegression:
    X, y = load_iris(return_X_y=True)
    return LogisticRegression(max_iter=300).fit(X, y)


def test_restricted_unpickler_names_the_refused_global(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    with pytest.raises(ModelLoadError, match=r"os\.system"):
        loads(call("os", "system", sbu(f"touch {marker}")))
    with pytest.raises(ModelLoadError, match=r"acme\.Thing"):
        loads(call("acme", "Thing", sbu("x")))
    assert not marker.exists()


def test_load_refuses_after_scan(tmp_path: Path) -> None:
    path = tmp_path / "m.pkl"
    path.write_bytes(call("builtins", "eval", sbu("1")))
    with pytest.raises(ModelLoadError, match=r"builtins\.eval"):
        load(path)


@pytest.mark.parametrize("how", ["pickle", "joblib", "joblib-gzip"])
def test_load_sklearn(tmp_path: Path, model: LogisticRegression, how: str) -> None:
    import joblib

    path = tmp_path / "m.bin"
    if how == "pickle":
        path.write_bytes(pickle.dumps(model))
    else:
        joblib.dump(model, path, compress=("gzip", 3) if how.endswith("gzip") else 0)
    loaded = load(path)
    X, _ = load_iris(return_X_y=True)
    assert np.array_equal(loaded.predict(X), model.predict(X))


def test_convert_torch_state_dict_to_safetensors(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    st = pytest.importorskip("safetensors.torch")
    net = torch.nn.Linear(4, 2)
    torch.save(net.state_dict(), tmp_path / "sd.pt")
    out = convert(tmp_path / "sd.pt", to="safetensors")
    back = st.load_file(out)
    assert set(back) == {"weight", "bias"} and torch.equal(back["weight"], net.weight.detach())


def test_convert_sklearn_to_onnx(tmp_path: Path, model: LogisticRegression) -> None:
    ort = pytest.importorskip("onnxruntime")
    pytest.importorskip("skl2onnx")
    (tmp_path / "m.pkl").write_bytes(pickle.dumps(model))
    out = convert(tmp_path / "m.pkl", to="onnx")
    X, _ = load_iris(return_X_y=True)
    sess = ort.InferenceSession(str(out))
    labels = sess.run(None, {"input": X.astype(np.float32)})[0]
    assert (labels == model.predict(X)).mean() > 0.97


def test_convert_rejects_unknown_target_and_unsafe_source(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--to"):
        convert(tmp_path / "x.pt", to="h5")
    (tmp_path / "evil.pt").write_bytes(call("os", "system", sbu("id")))
    with pytest.raises(ModelLoadError):
        convert(tmp_path / "evil.pt")
