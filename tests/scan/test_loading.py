"""load_model: live objects, files told apart by content, scanned pickle loading, URLs and refusals."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.api import load_model
from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.http import HttpAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ModelLoadError
from modelward.scan.api import scan_file


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return X, make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)


class _Payload:
    """Unpickling this writes a marker file: proof that loading executed code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pwned"))


def test_live_objects_are_wrapped(cancer) -> None:
    X, model = cancer
    adapter = load_model(model)
    assert isinstance(adapter, SklearnAdapter)
    assert load_model(adapter) is adapter
    fn = load_model(model.predict_proba, classes=[0, 1])
    assert isinstance(fn, CallableAdapter)
    np.testing.assert_allclose(fn.predict_proba(X[:5]), model.predict_proba(X[:5]))


def test_unusable_objects_are_refused() -> None:
    with pytest.raises(ModelLoadError, match=r"cannot use a int as a model; supported:"):
        load_model(42)
    with pytest.raises(ModelLoadError, match=r"unfitted"):
        load_model(LogisticRegression())
    with pytest.raises(ModelLoadError, match=r"needs classes="):
        load_model(lambda x: x)


class Custom:
    """A class outside the scanner's allowlist: harmless, but not known to be."""

    def __init__(self) -> None:
        self.value = 3


def test_malicious_pickle_is_refused_without_executing_it(tmp_path) -> None:
    marker = tmp_path / "marker.txt"
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps(_Payload(marker), protocol=4))
    for trust in ((), (path,)):  # trusting the file does not admit code execution
        with pytest.raises(ModelLoadError, match=r"model.pkl: refused"):
            load_model(path, trust=trust)
    assert not marker.exists()


def test_pickle_is_found_by_content_and_loaded_through_the_allowlist(tmp_path, cancer) -> None:
    X, model = cancer
    disguised = tmp_path / "model.onnx"
    disguised.write_bytes(pickle.dumps(model, protocol=5))
    assert scan_file(disguised).format == "pickle"  # told by content, not by the name
    adapter = load_model(disguised)
    assert isinstance(adapter, SklearnAdapter)
    np.testing.assert_allclose(adapter.predict_proba(X), model.predict_proba(X))


def test_plain_and_compressed_joblib_load_after_a_clean_scan(tmp_path, cancer) -> None:
    X, model = cancer
    for compress in (0, 3):
        path = tmp_path / f"model{compress}.joblib"
        joblib.dump(model, path, compress=compress)
        assert scan_file(path).format in ("joblib", "joblib-zlib")
        np.testing.assert_allclose(load_model(path).predict_proba(X), model.predict_proba(X))


def test_unknown_class_needs_trust(tmp_path, cancer, monkeypatch) -> None:
    X, _ = cancer
    wrapped = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    wrapped.fit(X, cancer[1].predict(X))
    wrapped.custom_ = Custom()  # an attribute of a class the allowlist does not know
    path = tmp_path / "model.joblib"
    joblib.dump(wrapped, path)
    with pytest.raises(ModelLoadError, match=r"Custom"):
        load_model(path)
    monkeypatch.chdir(tmp_path)
    adapter = load_model(str(path), trust=["model.joblib"])  # relative trust entry, resolved
    np.testing.assert_allclose(adapter.predict_proba(X), wrapped.predict_proba(X))


def test_onnx_is_found_by_content(tmp_path, cancer) -> None:
    skl2onnx = pytest.importorskip("skl2onnx")
    pytest.importorskip("onnxruntime")
    X, model = cancer
    onx = skl2onnx.to_onnx(model, X[:1].astype(np.float32), options={id(model): {"zipmap": False}})
    path = tmp_path / "weights.bin"  # an extension that usually means pickle
    path.write_bytes(onx.SerializeToString())
    assert scan_file(path).format == "onnx"
    adapter = load_model(path)
    np.testing.assert_allclose(adapter.predict_proba(X), model.predict_proba(X), atol=1e-4)


@pytest.mark.filterwarnings("ignore:`torch.jit.script` is deprecated:DeprecationWarning")
def test_torch_files_are_gated_and_load_when_trusted(tmp_path) -> None:
    torch = pytest.importorskip("torch")
    net = torch.nn.Sequential(torch.nn.Linear(4, 3))
    X = np.random.default_rng(0).normal(size=(6, 4))
    with torch.no_grad():
        expected = torch.softmax(net(torch.as_tensor(X, dtype=torch.float32)), dim=1).numpy()

    full = tmp_path / "net.pt"
    torch.save(net, full)
    assert scan_file(full).format == "torch-zip"
    with pytest.raises(ModelLoadError, match=r"net.pt"):
        load_model(full)  # a full module needs its classes: only weights load without trust
    adapter = load_model(full, trust=[full], classes=[0, 1, 2])
    np.testing.assert_allclose(adapter.predict_proba(X), expected, rtol=1e-5)

    weights = tmp_path / "weights.pt"
    torch.save(net.state_dict(), weights)
    with pytest.raises(ModelLoadError, match=r"state dict"):
        load_model(weights, trust=[weights])

    scripted = tmp_path / "net.ts"
    torch.jit.script(net).save(str(scripted))
    assert scan_file(scripted).format == "torchscript"
    with pytest.raises(ModelLoadError, match=r"TorchScript archive carries code"):
        load_model(scripted)
    adapter = load_model(scripted, trust=[scripted], classes=[0, 1, 2])
    np.testing.assert_allclose(adapter.predict_proba(X), expected, rtol=1e-5)


def test_other_files_are_refused_with_the_supported_list(tmp_path) -> None:
    text = tmp_path / "model.txt"
    text.write_text("hello")
    with pytest.raises(ModelLoadError, match=r"model.txt: an unrecognised format; supported: .*\.onnx"):
        load_model(text)
    npz = tmp_path / "arrays.npz"
    np.savez(npz, a=np.arange(3))
    with pytest.raises(ModelLoadError, match=r"zip archive \(npz\) that is not a PyTorch model"):
        load_model(npz)
    with pytest.raises(ModelLoadError, match=r"no such file"):
        load_model(tmp_path / "missing.onnx")
    with pytest.raises(ModelLoadError, match=r"not a regular file"):
        load_model(tmp_path)


def test_url_becomes_an_http_adapter() -> None:
    adapter = load_model("https://models.example/predict", classes=["a", "b"], timeout=2)
    assert isinstance(adapter, HttpAdapter) and adapter.timeout == 2


def test_loading_modules_do_not_import_torch() -> None:
    code = (
        "import sys, modelward.scan.loading, modelward.core.adapters.torch, "
        "modelward.core.adapters.onnx, modelward.core.data; "
        "assert 'torch' not in sys.modules and 'onnxruntime' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
