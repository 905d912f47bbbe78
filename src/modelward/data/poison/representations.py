"""What the model makes of each row: the input of its last linear layer (torch, by a forward hook), the
last hidden layer of a scikit-learn MLP, or the features a scikit-learn pipeline hands its final step."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import DataError


def _torch_representations(adapter: Any, X: np.ndarray, batch: int = 512) -> np.ndarray:
    import torch

    module = adapter.module
    linears = [m for m in module.modules() if isinstance(m, torch.nn.Linear)]
    if not linears:
        raise DataError(f"{adapter.name}: no linear layer to read the representations in front of")
    captured: list[np.ndarray] = []

    def keep(_: Any, inputs: tuple[Any, ...]) -> None:
        captured.append(inputs[0].detach().reshape(inputs[0].shape[0], -1).cpu().numpy())

    hook = linears[-1].register_forward_pre_hook(keep)
    try:
        for i in range(0, len(X), batch):
            adapter.logits(X[i:i + batch])
    finally:
        hook.remove()
    return np.concatenate(captured).astype(float) if captured else np.zeros((0, 0))


def _sklearn_representations(estimator: Any, X: np.ndarray) -> np.ndarray:
    steps = getattr(estimator, "steps", None)
    final = steps[-1][1] if steps else estimator
    Z = np.asarray(X, dtype=float)
    if steps:
        for _, step in steps[:-1]:
            Z = np.asarray(step.transform(Z), dtype=float)
    coefs = getattr(final, "coefs_", None)
    if coefs is not None and len(coefs) > 1:  # an MLP: its last hidden layer
        activation = str(getattr(final, "activation", "relu"))
        for W, b in zip(final.coefs_[:-1], final.intercepts_[:-1], strict=True):
            Z = _activate(Z @ W + b, activation)
    return Z


def _activate(a: np.ndarray, name: str) -> np.ndarray:
    out: np.ndarray = a
    if name == "relu":
        out = np.maximum(a, 0)
    elif name == "tanh":
        out = np.tanh(a)
    elif name == "logistic":
        out = 1 / (1 + np.exp(-a))
    return out


def representations(model: ModelAdapter, X: np.ndarray) -> np.ndarray:
    """The rows as the model represents them just before it decides (n x d)."""
    X = np.asarray(X, dtype=float)
    if hasattr(model, "module") and hasattr(model, "logits"):
        return _torch_representations(model, X)
    estimator = getattr(model, "estimator", None)
    if estimator is not None:
        return _sklearn_representations(estimator, X)
    return X
