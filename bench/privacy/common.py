"""Shared set-up of the privacy benchmarks: digits and breast cancer splits, the overfit digits MLP."""

from __future__ import annotations

import numpy as np

SEED = 0


def digits_split(seed: int = SEED) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Digits scaled to [0, 1]; 500 members and 500 non-members drawn with `seed` (the rest unused)."""
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    order = np.random.default_rng(seed).permutation(len(X))
    return X[order[:500]] / 16.0, y[order[:500]], X[order[500:1000]] / 16.0, y[order[500:1000]]


def mlp(width: int = 256):  # type: ignore[no-untyped-def]
    import torch

    return torch.nn.Sequential(torch.nn.Linear(64, width), torch.nn.ReLU(), torch.nn.Linear(width, width),
                               torch.nn.ReLU(), torch.nn.Linear(width, 10))


def train_mlp(X: np.ndarray, y: np.ndarray, epochs: int = 100, lr: float = 1e-3, batch: int = 64,
              seed: int = SEED):  # type: ignore[no-untyped-def]
    """The overfit target: Adam, no regularisation, trained to 100 % training accuracy."""
    import torch

    torch.manual_seed(seed)
    net = mlp()
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    Xt, yt = torch.as_tensor(X, dtype=torch.float32), torch.as_tensor(y)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(X), generator=gen)
        for i in range(0, len(X), batch):
            b = order[i:i + batch]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(Xt[b]), yt[b]).backward()
            opt.step()
    return net.eval()
