"""A small torch MLP on digits (scaled to [0, 1]) for the defence tests, trained in about a second."""

from __future__ import annotations

import numpy as np
import pytest

from modelward.core.adapters.spec import FeatureSpec, InputSpec

torch = pytest.importorskip("torch")

PIXELS = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))


def make_net(seed: int = 0):
    torch.manual_seed(seed)
    return torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))


def wrap(net):
    from modelward.core.adapters.torch import TorchAdapter

    return TorchAdapter(net, classes=np.arange(10), input_spec=PIXELS, device="cpu")


@pytest.fixture(scope="session")
def torch_mlp(digits):
    from modelward.robustness.defences._torch import train_plain

    Xtr, _, ytr, _ = digits
    return wrap(train_plain(make_net(), Xtr, ytr, epochs=15))
