"""TorchAdapter on small networks trained on digits and breast cancer: probabilities and gradients."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
from sklearn.datasets import load_breast_cancer, load_digits  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

from modelward.core.adapters.base import GradientModel  # noqa: E402
from modelward.core.adapters.spec import InputSpec  # noqa: E402
from modelward.core.adapters.torch import TorchAdapter  # noqa: E402
from modelward.core.errors import AdapterError, DataError, ModelLoadError  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def _one_thread():
    # Tiny networks: thread start-up and contention cost far more than they save.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _train(module, X: np.ndarray, y: np.ndarray, epochs: int, shape=None, binary=False):
    torch.manual_seed(0)
    opt = torch.optim.Adam(module.parameters(), lr=1e-2)
    xt = torch.as_tensor(X, dtype=torch.float32)
    if shape is not None:
        xt = xt.reshape(-1, *shape)
    yt = torch.as_tensor(y, dtype=torch.float32 if binary else torch.long)
    module.train()
    for _ in range(epochs):
        for i in torch.randperm(len(xt)).split(128):
            opt.zero_grad()
            out = module(xt[i])
            if binary:
                loss = torch.nn.functional.binary_cross_entropy_with_logits(out.squeeze(1), yt[i])
            else:
                loss = torch.nn.functional.cross_entropy(out, yt[i])
            loss.backward()
            opt.step()
    return module


@pytest.fixture(scope="module")
def digits():
    X, y = load_digits(return_X_y=True)
    return train_test_split(X / 16.0, y, test_size=0.3, random_state=0)


@pytest.fixture(scope="module")
def mlp(digits):
    Xtr, _, ytr, _ = digits
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Dropout(0.2), torch.nn.Linear(32, 10))
    return _train(net, Xtr, ytr, epochs=15)


@pytest.fixture(scope="module")
def cnn(digits):
    Xtr, _, ytr, _ = digits
    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1),
        torch.nn.Tanh(),
        torch.nn.AvgPool2d(2),  # smooth: exact FD
        torch.nn.Flatten(),
        torch.nn.Linear(8 * 4 * 4, 10),
    )
    return _train(net, Xtr, ytr, epochs=8, shape=(1, 8, 8))


def test_mlp_probabilities_match_the_module(digits, mlp) -> None:
    _, Xte, _, yte = digits
    adapter = TorchAdapter(mlp, classes=range(10), device="cpu")
    P = adapter.predict_proba(Xte)  # in eval mode: dropout off, outputs deterministic
    with torch.no_grad():
        expected = torch.softmax(mlp.eval()(torch.as_tensor(Xte, dtype=torch.float32)), dim=1).numpy()
    mlp.train()
    np.testing.assert_allclose(P, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(adapter.predict_proba(Xte), P)  # deterministic
    assert (adapter.predict(Xte) == yte).mean() > 0.9
    assert adapter.query_count == 3 * len(Xte)  # predict goes through predict_proba


def test_classes_are_inferred_or_given(digits, mlp) -> None:
    _, Xte, _, _ = digits
    inferred = TorchAdapter(mlp, input_spec=InputSpec.infer(Xte))
    np.testing.assert_array_equal(inferred.classes, np.arange(10))
    named = TorchAdapter(mlp, classes=[f"d{i}" for i in range(10)])
    assert named.predict(Xte[:1])[0].startswith("d")
    with pytest.raises(ModelLoadError, match=r"classes="):
        TorchAdapter(mlp)


def test_batching_gives_the_same_answer(digits, mlp) -> None:
    _, Xte, _, _ = digits
    small = TorchAdapter(mlp, classes=range(10), batch_size=7)
    big = TorchAdapter(mlp, classes=range(10), batch_size=10_000)
    np.testing.assert_allclose(small.logits(Xte), big.logits(Xte), rtol=1e-5, atol=1e-5)


def test_cnn_reshapes_flat_rows(digits, cnn) -> None:
    _, Xte, _, yte = digits
    adapter = TorchAdapter(cnn, input_shape=(1, 8, 8))
    assert len(adapter.classes) == 10
    with torch.no_grad():
        expected = cnn(torch.as_tensor(Xte, dtype=torch.float32).reshape(-1, 1, 8, 8)).numpy()
    np.testing.assert_allclose(adapter.logits(Xte), expected, rtol=1e-5, atol=1e-5)
    assert (adapter.predict(Xte) == yte).mean() > 0.85
    with pytest.raises(DataError, match=r"cannot be reshaped"):
        adapter.predict_proba(Xte[:, :60])


def _finite_difference(adapter: TorchAdapter, X: np.ndarray, y: np.ndarray, coords, h: float = 1e-6):
    def loss(x):
        P = adapter.predict_proba(x)
        return -np.log(P[np.arange(len(x)), y])

    out = []
    for j in coords:
        up, down = X.copy(), X.copy()
        up[:, j] += h
        down[:, j] -= h
        out.append((loss(up) - loss(down)) / (2 * h))
    return np.stack(out, axis=1)


def test_loss_gradient_matches_finite_differences(digits, cnn) -> None:
    _, Xte, _, yte = digits
    model = cnn.double()  # float64 so central differences are accurate
    try:
        adapter = TorchAdapter(model, input_shape=(1, 8, 8), batch_size=3)
        assert isinstance(adapter, GradientModel)
        X, y = Xte[:5], yte[:5]
        grad = adapter.loss_gradient(X, y)
        assert grad.shape == X.shape
        coords = np.random.default_rng(0).choice(64, size=10, replace=False)
        np.testing.assert_allclose(grad[:, coords], _finite_difference(adapter, X, y, coords), atol=1e-6)
        # gradient of a wrong label points the other way for a confident, correct model
        assert not np.allclose(adapter.loss_gradient(X, (y + 1) % 10), grad)
    finally:
        cnn.float()


def test_single_logit_binary_model() -> None:
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    torch.manual_seed(0)
    net = _train(torch.nn.Linear(30, 1), X, y, epochs=20, binary=True).double()
    adapter = TorchAdapter(net, input_spec=InputSpec.infer(X))
    np.testing.assert_array_equal(adapter.classes, [0, 1])
    with torch.no_grad():
        z = net(torch.as_tensor(X)).numpy()[:, 0]
    P = adapter.predict_proba(X)
    np.testing.assert_allclose(P[:, 1], 1 / (1 + np.exp(-z)), rtol=1e-10)
    assert (adapter.predict(X) == y).mean() > 0.95
    grad = adapter.loss_gradient(X[:4], y[:4])
    coords = [0, 5, 17]
    np.testing.assert_allclose(grad[:, coords], _finite_difference(adapter, X[:4], y[:4], coords), atol=1e-6)


def test_errors_are_clear(digits, mlp) -> None:
    _, Xte, _, _ = digits
    with pytest.raises(ModelLoadError, match=r"torch.nn.Module"):
        TorchAdapter(lambda x: x, classes=[0, 1])
    adapter = TorchAdapter(mlp, classes=range(10))
    with pytest.raises(AdapterError, match=r"forward pass failed"):
        adapter.predict_proba(Xte[:, :10])
    with pytest.raises(AdapterError, match=r"class indices"):
        adapter.loss_gradient(Xte[:2], np.array([0, 10]))


def _small_net():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(64, 16), torch.nn.ReLU(), torch.nn.Dropout(0.5), torch.nn.Linear(16, 10))


def test_the_callers_module_stays_where_it_is_when_cuda_is_available(digits, monkeypatch) -> None:
    # the trap: the adapter moved the caller's module to CUDA whenever one was available
    _, Xte, _, _ = digits
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    net = _small_net()
    adapter = TorchAdapter(net, classes=range(10))
    assert adapter.module is net and adapter.device == torch.device("cpu")
    assert all(p.device.type == "cpu" for p in net.parameters())
    assert adapter.predict_proba(Xte[:3]).shape == (3, 10)


def test_an_explicit_device_runs_a_copy_and_leaves_the_callers_module_alone() -> None:
    net = _small_net()
    before = [p.detach().clone() for p in net.parameters()]
    adapter = TorchAdapter(net, classes=range(10), device="meta")
    assert adapter.device.type == "meta" and adapter.module is not net
    assert all(p.device.type == "meta" for p in adapter.module.parameters())
    assert all(p.device.type == "cpu" for p in net.parameters())
    assert all(torch.equal(a, b) for a, b in zip(before, net.parameters(), strict=True))
    assert TorchAdapter(net, classes=range(10), device="cpu").module is net  # already there: no copy


def test_the_callers_train_mode_is_kept_and_answers_are_in_eval_mode(digits) -> None:
    _, Xte, _, _ = digits
    net = _small_net().train()
    adapter = TorchAdapter(net, classes=range(10))
    P = adapter.predict_proba(Xte[:20])
    adapter.loss_gradient(Xte[:2], np.arange(2))
    assert net.training and all(m.training for m in net.modules())
    np.testing.assert_allclose(adapter.predict_proba(Xte[:20]), P)  # dropout off inside the adapter


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_an_explicit_cuda_device_matches_cpu(digits, mlp) -> None:
    _, Xte, _, _ = digits
    adapter = TorchAdapter(mlp, classes=range(10), device="cuda")
    assert adapter.device.type == "cuda" and adapter.module is not mlp
    assert all(p.device.type == "cpu" for p in mlp.parameters())
    cpu = TorchAdapter(mlp, classes=range(10))
    np.testing.assert_allclose(adapter.predict_proba(Xte), cpu.predict_proba(Xte), atol=1e-4)
    g_gpu = adapter.loss_gradient(Xte[:4], np.arange(4))
    g_cpu = cpu.loss_gradient(Xte[:4], np.arange(4))
    np.testing.assert_allclose(g_gpu, g_cpu, atol=1e-4)
