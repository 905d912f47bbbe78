"""A ReLU network read from a torch module as dense affine layers with ReLUs between them.

Every run of affine modules between two ReLUs (Linear, Conv1d/2d, BatchNorm in eval mode, average
pooling, Flatten, Unflatten, Identity, Dropout in eval mode) is folded into one dense matrix by
probing it with the unit vectors in float64, so bound propagation only sees `z = W a + b` and
`a = relu(z)`. Anything else (max pooling, other activations, custom forward code) is refused:
it is not verified, and the error says so.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.robustness.verification.errors import UnsupportedModelError

MAX_DENSE_ENTRIES = 50_000_000  # one folded layer's weight matrix; beyond it the model is refused

_AFFINE = ("Linear", "Conv1d", "Conv2d", "BatchNorm1d", "BatchNorm2d", "AvgPool1d", "AvgPool2d", "Flatten",
           "Unflatten", "Identity", "Dropout", "Dropout1d", "Dropout2d")


@dataclass(frozen=True, eq=False)
class ReluNetwork:
    """Logits = W[-1] relu(... relu(W[0] x + b[0]) ...) + b[-1], in float64."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]

    @property
    def n_inputs(self) -> int:
        return int(self.weights[0].shape[1])

    @property
    def n_outputs(self) -> int:
        return int(self.weights[-1].shape[0])

    @property
    def hidden(self) -> tuple[int, ...]:
        return tuple(int(W.shape[0]) for W in self.weights[:-1])

    def forward(self, X: np.ndarray) -> np.ndarray:
        """Logits of rows X (n, n_inputs)."""
        h = np.atleast_2d(np.asarray(X, dtype=float))
        for i, (W, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            h = h @ W.T + b
            if i < len(self.weights) - 1:
                h = np.maximum(h, 0.0)
        return h

    def with_input_map(self, lower: np.ndarray, scale: np.ndarray) -> ReluNetwork:
        """The same network on u, where x = lower + u * scale (range units)."""
        W0, b0 = self.weights[0], self.biases[0]
        return ReluNetwork((W0 * scale[None, :], *self.weights[1:]), (b0 + W0 @ lower, *self.biases[1:]))


def _layers(module: Any) -> list[Any]:
    import torch

    if isinstance(module, torch.nn.Sequential):
        return [leaf for child in module for leaf in _layers(child)]
    return [module]


def relu_network(module: Any, input_shape: Sequence[int] | None = None) -> ReluNetwork:
    """Fold a torch nn.Sequential of supported layers into a ReluNetwork; the caller's module is not
    touched (a float64 copy is probed). Raises UnsupportedModelError naming the first layer it cannot
    verify."""
    import torch

    if not isinstance(module, torch.nn.Module):
        raise UnsupportedModelError(f"not verified: expected a torch nn.Module, got {type(module).__name__}")
    layers = _layers(module)
    for layer in layers:
        name = type(layer).__name__
        if name != "ReLU" and name not in _AFFINE:
            raise UnsupportedModelError(
                f"not verified: layer {name} is not supported (supported: ReLU and the affine layers "
                f"{', '.join(_AFFINE)}, in an nn.Sequential)")
    shape = _input_shape(layers, input_shape)
    weights: list[np.ndarray] = []
    biases: list[np.ndarray] = []
    n = int(np.prod(shape))
    W, b = np.eye(n), np.zeros(n)
    with torch.no_grad():
        for layer in layers:
            if type(layer).__name__ == "ReLU":
                weights.append(W)
                biases.append(b)
                W, b = np.eye(W.shape[0]), np.zeros(W.shape[0])
                continue
            Wm, bm, shape = _probe(layer, shape)
            W, b = Wm @ W, Wm @ b + bm
    weights.append(W)
    biases.append(b)
    return ReluNetwork(tuple(weights), tuple(biases))


def _input_shape(layers: list[Any], input_shape: Sequence[int] | None) -> tuple[int, ...]:
    if input_shape is not None:
        return tuple(int(d) for d in input_shape)
    for layer in layers:
        name = type(layer).__name__
        if name == "Linear":
            return (int(layer.in_features),)
        if name == "Unflatten" and int(layer.dim) == 1:
            return (int(np.prod(layer.unflattened_size)),)
        if name in ("Conv1d", "Conv2d", "BatchNorm2d", "AvgPool1d", "AvgPool2d", "Unflatten"):
            break
    raise UnsupportedModelError("not verified: cannot tell the input shape of the network; pass input_shape")


def _probe(layer: Any, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray, tuple[int, ...]]:
    """The dense map of one affine layer, from its answers to zero and to each unit vector."""
    import torch

    m = copy.deepcopy(layer).double().eval()
    n = int(np.prod(shape))
    try:
        zero = m(torch.zeros((1, *shape), dtype=torch.float64))
    except Exception as exc:  # a shape the layer refuses
        raise UnsupportedModelError(f"not verified: {type(layer).__name__} fails on inputs of shape {shape}: "
                                    f"{exc}") from exc
    n_out = int(zero[0].numel())
    if n * n_out > MAX_DENSE_ENTRIES:
        raise UnsupportedModelError(f"not verified: {type(layer).__name__} unrolls to a {n_out}x{n} matrix, over "
                                    f"the limit of {MAX_DENSE_ENTRIES} entries")
    cols = []
    for start in range(0, n, 1024):
        eye = torch.eye(n, dtype=torch.float64)[start:start + 1024].reshape(-1, *shape)
        cols.append((m(eye) - zero).reshape(eye.shape[0], -1).numpy())
    return np.concatenate(cols).T.copy(), zero.reshape(-1).numpy().copy(), tuple(zero.shape[1:])
