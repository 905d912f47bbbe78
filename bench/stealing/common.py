"""Shared set-up of the stealing benchmarks: the digits split and the victim CNN."""

from __future__ import annotations

import numpy as np

SEED = 0


def digits_split(seed: int = SEED) -> tuple[np.ndarray, ...]:
    """Digits in [0, 1]: 898 rows train the victim, 539 are the attacker's pool, 360 score the copies."""
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    order = np.random.default_rng(seed).permutation(len(X))
    train, pool, test = order[:898], order[898:1437], order[1437:]
    X = X / 16.0
    return X[train], y[train], X[pool], y[pool], X[test], y[test]


def cnn():  # type: ignore[no-untyped-def]
    import torch

    return torch.nn.Sequential(
        torch.nn.Unflatten(1, (1, 8, 8)), torch.nn.Conv2d(1, 16, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(32 * 16, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))


def train_cnn(X: np.ndarray, y: np.ndarray, epochs: int = 40, seed: int = SEED):  # type: ignore[no-untyped-def]
    import torch

    torch.manual_seed(seed)
    net = cnn()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    Xt, yt = torch.as_tensor(X, dtype=torch.float32), torch.as_tensor(y)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(X), generator=gen)
        for i in range(0, len(X), 64):
            b = order[i:i + 64]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(Xt[b]), yt[b]).backward()
            opt.step()
    return net.eval()
