import json
import struct

import numpy as np
import pytest

from modelward.integrity.errors import IntegrityError
from modelward.integrity.tensors import flatten, read_file, read_model, read_safetensors, safetensors_layout

safetensors_numpy = pytest.importorskip("safetensors.numpy")


def write_raw_safetensors(path, header, data=b""):
    text = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(text)) + text + data)
    return path


def test_safetensors_tensors_are_read_memory_mapped_with_their_values(tmp_path):
    w = np.arange(12, dtype=np.float32).reshape(3, 4)
    safetensors_numpy.save_file({"w": w, "b": np.ones(2, np.int64)}, tmp_path / "m.safetensors",
                                metadata={"format": "np"})
    tensors = read_safetensors(tmp_path / "m.safetensors")
    assert set(tensors) == {"w", "b"}
    assert isinstance(tensors["w"].array.base, np.memmap) or isinstance(tensors["w"].array, np.memmap)
    np.testing.assert_array_equal(tensors["w"].array, w)
    assert tensors["w"].dtype == "F32" and tensors["b"].shape == (2,)


def test_bf16_values_are_decoded(tmp_path):
    raw = (np.array([1.5, -2.0, 0.0], dtype=np.float32).view(np.uint32) >> 16).astype("<u2")
    path = write_raw_safetensors(tmp_path / "bf.safetensors",
                                 {"x": {"dtype": "BF16", "shape": [3], "data_offsets": [0, 6]}}, raw.tobytes())
    np.testing.assert_array_equal(read_safetensors(path)["x"].values(0, 3), [1.5, -2.0, 0.0])


@pytest.mark.parametrize("header, data, match", [
    ({"x": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}}, b"\0" * 4, "do not hold 2 x 4 bytes"),
    ({"x": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}, b"\0" * 4, "inside the 4 data bytes"),
    ({"x": {"dtype": "F32", "shape": [1], "data_offsets": [-4, 0]}}, b"\0" * 4, "do not hold"),
    ({"x": {"dtype": "Q4", "shape": [1], "data_offsets": [0, 1]}}, b"\0", "not a safetensors dtype"),
    ({"x": {"dtype": "F32", "shape": "1", "data_offsets": [0, 4]}}, b"\0" * 4, "expected shape"),
    ({"x": {"dtype": "U8", "shape": [4], "data_offsets": [0, 4]},
      "y": {"dtype": "U8", "shape": [4], "data_offsets": [2, 6]}}, b"\0" * 6, "overlap"),
    ([1, 2], b"", "must be a JSON object"),
])
def test_hostile_safetensors_headers_are_refused_by_name(tmp_path, header, data, match):
    path = write_raw_safetensors(tmp_path / "bad.safetensors", header, data)
    with pytest.raises(IntegrityError, match=match):
        safetensors_layout(path)


def test_a_header_length_beyond_the_file_is_refused(tmp_path):
    path = tmp_path / "lie.safetensors"
    path.write_bytes(struct.pack("<Q", 1 << 40) + b"{}")
    with pytest.raises(IntegrityError, match="does not fit the file"):
        safetensors_layout(path)


def test_sklearn_estimators_flatten_to_their_fitted_arrays():
    from sklearn.datasets import load_iris
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = load_iris(return_X_y=True)
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(X, y)
    names = flatten(pipe)
    assert {"standardscaler.mean_", "logisticregression.coef_", "logisticregression.intercept_"} <= set(names)
    np.testing.assert_array_equal(names["logisticregression.coef_"].array, pipe[-1].coef_)
    forest = flatten(RandomForestClassifier(n_estimators=2, random_state=0).fit(X, y))
    assert "estimators_[1].tree_.threshold" in forest


def test_state_dicts_flatten_by_key_including_bf16():
    torch = pytest.importorskip("torch")
    sd = {"model": {"fc.weight": torch.ones(2, 3), "fc.bias": torch.zeros(2, dtype=torch.bfloat16)}, "step": 3}
    flat = flatten(sd)
    assert set(flat) == {"model.fc.weight", "model.fc.bias"}
    assert flat["model.fc.bias"].dtype == "BF16"


def test_pickles_are_read_only_through_the_given_loader(tmp_path):
    import pickle

    path = tmp_path / "m.pkl"
    path.write_bytes(pickle.dumps({"w": np.ones(3)}))
    with pytest.raises(IntegrityError, match="safe loader"):
        read_file(path)
    seen = []

    def loader(p):
        seen.append(p)
        return {"w": np.ones(3)}

    assert set(read_file(path, loader)) == {"w"} and seen == [path]


def test_a_directory_keeps_tensor_names_and_names_what_it_skipped(tmp_path):
    (tmp_path / "m").mkdir()
    safetensors_numpy.save_file({"a": np.ones(2, np.float32)}, tmp_path / "m" / "part1.safetensors")
    safetensors_numpy.save_file({"b": np.ones(2, np.float32), "a": np.zeros(2, np.float32)},
                                tmp_path / "m" / "part2.safetensors")
    (tmp_path / "m" / "README.md").write_text("hello")
    np.save(tmp_path / "m" / "extra.npy", np.arange(3))
    found = read_model(tmp_path / "m")
    assert set(found.tensors) == {"a", "b", "part2.safetensors::a", "array"}
    assert [p for p, _ in found.skipped] == ["README.md"]


def test_onnx_initializers_and_weight_attributes_are_read():
    pytest.importorskip("onnx")
    from skl2onnx import to_onnx
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    X, y = load_iris(return_X_y=True)
    onx = to_onnx(LogisticRegression(max_iter=500).fit(X, y), X[:1].astype(np.float32))
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "m.onnx"
        path.write_bytes(onx.SerializeToString())
        tensors = read_file(path)
    coefficients = [t for name, t in tensors.items() if name.endswith(".coefficients")]
    assert coefficients and coefficients[0].size == 12  # 3 classes x 4 features, from the node's attribute
