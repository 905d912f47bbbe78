import numpy as np
import pytest

from modelward.integrity.tensordiff import compare_tensors, diff_models
from modelward.integrity.tensors import Tensor

safetensors_numpy = pytest.importorskip("safetensors.numpy")


def weights(seed=0):
    rng = np.random.default_rng(seed)
    return {f"layers.{i}.weight": rng.standard_normal((64, 32)).astype(np.float32) for i in range(6)} | {
        "head.bias": np.zeros(10, np.float32)}


def test_one_flipped_weight_is_named_with_its_index_and_size(tmp_path):
    w = weights()
    safetensors_numpy.save_file(w, tmp_path / "a.safetensors")
    w["layers.3.weight"][17, 5] += 0.25
    safetensors_numpy.save_file(w, tmp_path / "b.safetensors")
    diff = diff_models(tmp_path / "a.safetensors", tmp_path / "b.safetensors", chunk_bytes=1024)
    (change,) = diff.changes
    assert change.name == "layers.3.weight" and change.kind == "changed"
    assert change.n_changed == 1 and change.max_index == (17, 5) and change.first_index == (17, 5)
    assert change.max_abs_change == pytest.approx(0.25, rel=1e-6)
    assert change.mean_abs_change == pytest.approx(0.25 / (64 * 32), rel=1e-5)
    assert diff.unchanged == 6 and diff.values_compared == 6 * 64 * 32 + 10
    assert "1 of 2048 values changed" in change.describe() and "[17, 5]" in change.describe()


def test_added_removed_and_reshaped_tensors(tmp_path):
    w = weights()
    safetensors_numpy.save_file(w, tmp_path / "a.safetensors")
    w["backdoor.weight"] = np.ones(4, np.float32)
    del w["head.bias"]
    w["layers.0.weight"] = w["layers.0.weight"].reshape(32, 64)
    safetensors_numpy.save_file(w, tmp_path / "b.safetensors")
    kinds = {c.name: c.kind for c in diff_models(tmp_path / "a.safetensors", tmp_path / "b.safetensors").changes}
    assert kinds == {"backdoor.weight": "added", "head.bias": "removed", "layers.0.weight": "reshaped"}


def test_nan_equals_nan_but_a_value_turned_nan_is_an_unbounded_change():
    a = np.array([1.0, np.nan, 3.0], np.float32)
    assert compare_tensors(Tensor("t", a, "F32"), Tensor("t", a.copy(), "F32")) is None
    b = a.copy()
    b[0] = np.nan
    change = compare_tensors(Tensor("t", a, "F32"), Tensor("t", b, "F32"))
    assert change.n_changed == 1 and change.max_abs_change == np.inf and change.max_index == (0,)


def test_the_same_values_in_another_dtype_are_compared_by_value():
    a = Tensor("t", np.array([1.0, 2.0], np.float32), "F32")
    b = Tensor("t", np.array([1.0, 2.5], np.float16), "F16")
    change = compare_tensors(a, b)
    assert change.dtype_before == "F32" and change.dtype_after == "F16" and change.n_changed == 1
    same = compare_tensors(a, Tensor("t", np.array([1.0, 2.0], np.float16), "F16"))
    assert same is not None and same.n_changed == 0  # retyped only


def test_torch_state_dicts_are_diffed_through_the_scanners_safe_loader(tmp_path):
    torch = pytest.importorskip("torch")
    from modelward.scan.safe_load import load

    net = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    torch.save(net.state_dict(), tmp_path / "a.pt")
    with torch.no_grad():
        net[2].weight[1, 3] = 9.0
    torch.save(net.state_dict(), tmp_path / "b.pt")
    (change,) = diff_models(tmp_path / "a.pt", tmp_path / "b.pt", load_object=load).changes
    assert change.name == "2.weight" and change.max_index == (1, 3)


def test_sklearn_coefficients_are_diffed(tmp_path):
    import joblib
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    from modelward.scan.safe_load import load

    X, y = load_iris(return_X_y=True)
    model = LogisticRegression(max_iter=500).fit(X, y)
    joblib.dump(model, tmp_path / "a.joblib")
    model.coef_[2, 3] *= -1
    joblib.dump(model, tmp_path / "b.joblib")
    changes = diff_models(tmp_path / "a.joblib", tmp_path / "b.joblib", load_object=load).changes
    assert [(c.name, c.max_index) for c in changes] == [("coef_", (2, 3))]
