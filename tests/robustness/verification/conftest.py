"""Tiny real networks for verification tests: iris scaled to [0, 1], small ReLU MLPs trained in a second."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_iris

torch = pytest.importorskip("torch")


@pytest.fixture(scope="session")
def iris01() -> tuple[np.ndarray, np.ndarray]:
    X, y = load_iris(return_X_y=True)
    X = (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))
    return X, y


def train(net, X: np.ndarray, y: np.ndarray, steps: int = 300):  # type: ignore[no-untyped-def]
    opt = torch.optim.Adam(net.parameters(), lr=0.02)
    Xt, yt = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # a tiny net: threads only add hand-offs
    try:
        for _ in range(steps):
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(Xt), yt).backward()
            opt.step()
    finally:
        torch.set_num_threads(before)
    return net.eval()


@pytest.fixture(scope="session")
def iris_net(iris01):  # type: ignore[no-untyped-def]
    """4-12-12-3 ReLU MLP on iris in [0, 1]."""
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(4, 12), torch.nn.ReLU(), torch.nn.Linear(12, 12), torch.nn.ReLU(),
                              torch.nn.Linear(12, 3))
    return train(net, *iris01)
