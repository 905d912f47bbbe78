"""Data and models shared by the modelward run and the anchors run (same split, same seeds)."""

from __future__ import annotations

import numpy as np

SEED = 0
EPS_LINF = (0.05, 0.1, 0.2)


def digits() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """sklearn digits scaled to [0, 1]: 1257 train / 540 test rows, stratified, random_state 0."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(
        X / 16.0, y, train_size=1257, test_size=540, random_state=SEED, stratify=y
    )
    return Xtr, Xte, ytr, yte


def mlp(Xtr: np.ndarray, ytr: np.ndarray, epochs: int = 30):  # type: ignore[no-untyped-def]
    """A 64-128-128-10 ReLU MLP trained with Adam (lr 1e-3, batch 64) for `epochs` epochs."""
    import torch

    torch.manual_seed(SEED)
    net = torch.nn.Sequential(
        torch.nn.Linear(64, 128), torch.nn.ReLU(),
        torch.nn.Linear(128, 128), torch.nn.ReLU(),
        torch.nn.Linear(128, 10),
    )
    return _train(net, Xtr, ytr, epochs)


def rbf_svc(Xtr: np.ndarray, ytr: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.svm import SVC

    return SVC(kernel="rbf").fit(Xtr, ytr)


def cnn(Xtr: np.ndarray, ytr: np.ndarray, epochs: int = 30):  # type: ignore[no-untyped-def]
    """A small CNN on the 8x8 digits (conv 16, conv 32, max-pool, linear), Adam lr 1e-3, batch 64."""
    import torch

    torch.manual_seed(SEED)
    net = torch.nn.Sequential(
        torch.nn.Unflatten(1, (1, 8, 8)),
        torch.nn.Conv2d(1, 16, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(),
        torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(32 * 16, 10),
    )
    return _train(net, Xtr, ytr, epochs)


def _train(net, Xtr: np.ndarray, ytr: np.ndarray, epochs: int):  # type: ignore[no-untyped-def]
    """Adam (lr 1e-3), batch 64, cross-entropy, a seeded shuffle per epoch."""
    import torch

    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    X = torch.tensor(Xtr, dtype=torch.float32)
    Y = torch.tensor(ytr, dtype=torch.long)
    g = torch.Generator().manual_seed(SEED)
    for _ in range(epochs):
        perm = torch.randperm(len(X), generator=g)
        for i in range(0, len(X), 64):
            idx = perm[i : i + 64]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(X[idx]), Y[idx]).backward()
            opt.step()
    return net.eval()
