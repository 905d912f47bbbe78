"""`data.sanitize`: removing flagged rows lowers the measured label-error rate on real data."""

import numpy as np
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.data.sanitize import SanitizeMitigation


def test_sanitize_removes_flipped_rows_and_shows_it():
    X, y = load_wine(return_X_y=True)
    rng = np.random.default_rng(0)
    flipped = rng.choice(len(y), 25, replace=False)
    noisy = y.copy()
    noisy[flipped] = (y[flipped] + 1) % 3
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, noisy)
    ctx = AssessContext(SklearnAdapter(model), Dataset(X, noisy, tuple(f"f{i}" for i in range(13))), seed=0)
    hardened = SanitizeMitigation(ensemble="linear", backdoor=False).apply(ctx)
    assert hardened.applied.check_id == "data.label-errors"
    assert hardened.after["label_error_rate"] < 0.5 * hardened.before["label_error_rate"]
    assert hardened.after["holdout_accuracy"] >= hardened.before["holdout_accuracy"] - 0.03
    kept = set(hardened.artifact["kept_rows"])
    assert len(kept) < len(y)


def _digits_mlp(X, y, seed=0):
    """A small torch MLP on digits 0-4: Adam, full batch, fixed seed (the caller's own training recipe)."""
    import torch

    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 5))
    opt = torch.optim.Adam(net.parameters(), lr=0.01, weight_decay=1e-3)
    Xt = torch.as_tensor(X / 16.0, dtype=torch.float32)
    yt = torch.as_tensor(np.asarray(y), dtype=torch.long)
    for _ in range(100):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(Xt), yt).backward()
        opt.step()
    return net




def test_sanitize_retrains_a_torch_model_with_the_callers_training_function():
    import pytest

    torch = pytest.importorskip("torch")
    from sklearn.datasets import load_digits

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.core.errors import ConfigError

    torch.set_num_threads(1)
    X, y = load_digits(n_class=5, return_X_y=True)  # 901 rows of digits 0-4: small enough for a quick test
    rng = np.random.default_rng(0)
    flipped = rng.choice(len(y), 90, replace=False)
    noisy = y.copy()
    noisy[flipped] = (y[flipped] + rng.integers(1, 5, len(flipped))) % 5
    calls = []

    def train(Xa, ya):
        calls.append(len(ya))
        return _digits_mlp(Xa, ya)

    original = _digits_mlp(X, noisy)
    adapter = TorchAdapter(original, classes=np.arange(5))
    ctx = AssessContext(adapter, Dataset(X, noisy, tuple(f"p{i}" for i in range(64))), seed=0)
    assert not SanitizeMitigation().applies(ctx)  # no refit, no train: it says so instead of failing later
    with pytest.raises(ConfigError, match="train="):
        SanitizeMitigation(ensemble="linear", backdoor=False).apply(ctx)

    hardened = SanitizeMitigation(ensemble="linear", backdoor=False, train=train).apply(ctx)
    assert isinstance(hardened.model, TorchAdapter) and hardened.model.module is not original
    assert len(calls) == 2 and calls[1] < calls[0]  # before on all training rows, after on the kept ones
    assert hardened.after["label_error_rate"] < 0.5 * hardened.before["label_error_rate"]
    assert hardened.after["holdout_accuracy"] > hardened.before["holdout_accuracy"]
