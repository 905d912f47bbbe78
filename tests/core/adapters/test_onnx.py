"""OnnxAdapter on skl2onnx classifiers (tensor and ZipMap outputs) and on a plain logits graph."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
onnx = pytest.importorskip("onnx")
skl2onnx = pytest.importorskip("skl2onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from sklearn.datasets import load_breast_cancer, load_digits, load_iris  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from modelward.core.adapters.onnx import OnnxAdapter  # noqa: E402
from modelward.core.errors import DataError, ModelLoadError  # noqa: E402


def _to_onnx(model, X, zipmap: bool) -> bytes:
    options = None if zipmap else {id(model): {"zipmap": False}}
    return skl2onnx.to_onnx(model, X[:1].astype(np.float32), options=options).SerializeToString()


def test_skl2onnx_tensor_output_matches_sklearn(tmp_path) -> None:
    X, y = load_breast_cancer(return_X_y=True)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)
    path = tmp_path / "lr.onnx"
    path.write_bytes(_to_onnx(model, X, zipmap=False))
    adapter = OnnxAdapter(path)
    np.testing.assert_array_equal(adapter.classes, [0, 1])
    assert adapter.name == "lr.onnx"
    P = adapter.predict_proba(X)
    np.testing.assert_allclose(P, model.predict_proba(X), atol=1e-4)
    assert (adapter.predict(X) == model.predict(X)).mean() > 0.99  # float32 ties at the boundary
    assert adapter.query_count == 2 * len(X)


def test_skl2onnx_zipmap_with_string_labels() -> None:
    X, y = load_iris(return_X_y=True)
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    model = RandomForestClassifier(n_estimators=10, random_state=0).fit(X, names)
    adapter = OnnxAdapter(_to_onnx(model, X, zipmap=True), batch_size=16)
    assert list(adapter.classes) == ["setosa", "versicolor", "virginica"]
    np.testing.assert_allclose(adapter.predict_proba(X), model.predict_proba(X), atol=1e-5)
    np.testing.assert_array_equal(adapter.predict(X), model.predict(X))


def _logits_graph(coef: np.ndarray, intercept: np.ndarray, softmax: bool) -> bytes:
    """x (n, 1, 8, 8) -> Flatten -> x W^T + b: the logits of a multinomial logistic regression."""
    nodes = [
        helper.make_node("Flatten", ["x"], ["flat"], axis=1),
        helper.make_node("Gemm", ["flat", "W", "b"], ["logits"], transB=1),
    ]
    out = "logits"
    if softmax:
        nodes.append(helper.make_node("Softmax", ["logits"], ["probs"], axis=1))
        out = "probs"
    graph = helper.make_graph(
        nodes,
        "digits-lr",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 1, 8, 8])],
        [helper.make_tensor_value_info(out, TensorProto.FLOAT, [None, coef.shape[0]])],
        initializer=[
            numpy_helper.from_array(coef.astype(np.float32), "W"),
            numpy_helper.from_array(intercept.astype(np.float32), "b"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


@pytest.fixture(scope="module")
def digits_lr():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    return X, LogisticRegression(max_iter=2000).fit(X, y)


def test_logits_model_gets_a_softmax_and_reshaped_rows(digits_lr) -> None:
    X, lr = digits_lr
    adapter = OnnxAdapter(_logits_graph(lr.coef_, lr.intercept_, softmax=False))
    np.testing.assert_array_equal(adapter.classes, np.arange(10))
    np.testing.assert_allclose(adapter.predict_proba(X), lr.predict_proba(X), atol=1e-4)
    with pytest.raises(DataError, match=r"cannot be reshaped"):
        adapter.predict_proba(X[:, :10])


def test_softmax_model_declared_as_probabilities(digits_lr) -> None:
    X, lr = digits_lr
    model = _logits_graph(lr.coef_, lr.intercept_, softmax=True)
    adapter = OnnxAdapter(model, returns="proba", classes=[f"d{i}" for i in range(10)])
    np.testing.assert_allclose(adapter.predict_proba(X), lr.predict_proba(X), atol=1e-4)
    assert adapter.predict(X[:1])[0] == f"d{lr.predict(X[:1])[0]}"
    # read as logits by mistake, the probabilities would be flattened towards uniform
    wrong = OnnxAdapter(model, returns="logits").predict_proba(X)
    assert wrong.max() < lr.predict_proba(X).max()


def test_load_errors_name_the_problem(tmp_path, digits_lr) -> None:
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(b"\x08\x07\x12\x03abc-not-a-model")
    with pytest.raises(ModelLoadError, match=r"broken.onnx: onnxruntime cannot load"):
        OnnxAdapter(bad)
    _, lr = digits_lr
    model = _logits_graph(lr.coef_, lr.intercept_, softmax=False)
    with pytest.raises(ModelLoadError, match=r"no output 'scores'"):
        OnnxAdapter(model, output="scores")
    with pytest.raises(ModelLoadError, match=r"returns must be"):
        OnnxAdapter(model, returns="margins")  # type: ignore[arg-type]
