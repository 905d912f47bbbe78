"""`modelward.load_model` opens a sealed package in memory only: nothing is written, and what is loaded
went through the scanner like a file."""

import os
import pickle

import joblib
import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

import modelward
from modelward.core.errors import ModelLoadError
from modelward.integrity.errors import SealError
from modelward.integrity.seal import generate_key_file, seal_model

from ..conftest import forbid_writes

X, Y = load_iris(return_X_y=True)


@pytest.fixture
def kek(tmp_path):
    return generate_key_file(tmp_path / "kek.key")


def test_a_sealed_sklearn_model_loads_in_memory_and_predicts(tmp_path, kek, monkeypatch):
    model = LogisticRegression(max_iter=500).fit(X, Y)
    joblib.dump(model, tmp_path / "model.joblib")
    package = seal_model(tmp_path / "model.joblib", tmp_path / "model.sealed", kek)
    (tmp_path / "model.joblib").unlink()
    forbid_writes(monkeypatch)
    adapter = modelward.load_model(package, key_provider=f"file:{tmp_path / 'kek.key'}")
    np.testing.assert_allclose(adapter.predict_proba(X[:5]), model.predict_proba(X[:5]))


def test_a_sealed_onnx_model_loads(tmp_path, kek, monkeypatch):
    pytest.importorskip("skl2onnx")
    from skl2onnx import to_onnx

    model = LogisticRegression(max_iter=500).fit(X, Y)
    (tmp_path / "m").mkdir()
    onx = to_onnx(model, X[:1].astype(np.float32), options={id(model): {"zipmap": False}})
    (tmp_path / "m" / "model.onnx").write_bytes(onx.SerializeToString())
    (tmp_path / "m" / "README.md").write_text("card")
    package = seal_model(tmp_path / "m", tmp_path / "m.sealed", kek)
    forbid_writes(monkeypatch)
    with pytest.raises(SealError, match=r"holds 2 files; name one of README\.md, model\.onnx"):
        modelward.load_model(package, key_provider=kek)
    adapter = modelward.load_model(package, key_provider=kek, member="model.onnx")
    np.testing.assert_allclose(adapter.predict_proba(X[:5]), model.predict_proba(X[:5]), atol=1e-5)


def test_a_sealed_malicious_pickle_is_still_refused_by_the_scanner(tmp_path, kek):
    class Payload:
        def __reduce__(self):
            return (os.system, ("echo pwned",))

    (tmp_path / "evil.pkl").write_bytes(pickle.dumps(Payload()))
    package = seal_model(tmp_path / "evil.pkl", tmp_path / "evil.sealed", kek)
    with pytest.raises(ModelLoadError, match="refused"):
        modelward.load_model(package, key_provider=kek)


def test_a_sealed_package_without_a_key_provider_is_named(tmp_path, kek):
    (tmp_path / "m.bin").write_bytes(b"x")
    package = seal_model(tmp_path / "m.bin", tmp_path / "m.sealed", kek)
    with pytest.raises(ModelLoadError, match="a sealed package; give key_provider"):
        modelward.load_model(package)
