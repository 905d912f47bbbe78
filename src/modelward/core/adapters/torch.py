"""Adapter for a PyTorch classifier (an nn.Module returning logits), with input gradients."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, softmax
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, DataError, ModelLoadError, require


def _torch() -> Any:
    return require("torch", "torch", "Wrapping a PyTorch model")


class TorchAdapter(BaseAdapter):
    """An nn.Module mapping a batch of inputs to class logits (n, n_classes), or one logit if binary.

    Rows come in flat (n, n_features); `input_shape` reshapes each row (e.g. (1, 8, 8) for a CNN).
    The caller's module is never changed: it runs where its parameters already are, in eval mode
    only for the duration of each call (its train/eval flags are restored after). An explicit
    `device` elsewhere runs a copy moved there (`adapter.module`), leaving the caller's in place.
    """

    def __init__(
        self,
        module: Any,
        classes: Sequence[Any] | np.ndarray | None = None,
        input_spec: InputSpec | None = None,
        input_shape: Sequence[int] | None = None,
        device: str | None = None,
        batch_size: int = 512,
        name: str | None = None,
    ) -> None:
        super().__init__()
        torch = _torch()
        if not isinstance(module, torch.nn.Module):
            raise ModelLoadError(f"TorchAdapter needs a torch.nn.Module, got {type(module).__name__}")
        if batch_size < 1:
            raise AdapterError(f"batch_size must be at least 1, got {batch_size}")
        home = _module_device(module)
        self.device = torch.device(device) if device is not None else home
        self.module = module if _same_device(self.device, home) else copy.deepcopy(module).to(self.device)
        params = list(self.module.parameters())
        self._dtype = params[0].dtype if params and params[0].is_floating_point() else torch.float32
        self.input_shape = tuple(int(d) for d in input_shape) if input_shape is not None else None
        self.input_spec = input_spec if input_spec is not None else InputSpec()
        self.batch_size = batch_size
        self.name = name if name is not None else type(module).__name__
        self.classes = np.asarray(classes) if classes is not None else self._infer_classes()

    def _infer_classes(self) -> np.ndarray:
        """Class indices 0..k-1, k read from one forward pass on a zero row of the known shape."""
        if self.input_shape is not None:
            probe = np.zeros((1, int(np.prod(self.input_shape))))
        elif self.input_spec.features:
            probe = np.zeros((1, self.input_spec.n_features))
        else:
            raise ModelLoadError(
                f"{self.name}: cannot tell the number of classes; pass classes=, input_shape= or input_spec="
            )
        n_out = self._forward(probe, grad=False).shape[1]
        return np.arange(2 if n_out == 1 else n_out)

    def _tensor(self, X: np.ndarray) -> Any:
        torch = _torch()
        t = torch.as_tensor(np.ascontiguousarray(X), dtype=self._dtype, device=self.device)
        if self.input_shape is not None:
            if int(np.prod(self.input_shape)) != X.shape[1]:
                raise DataError(f"{self.name}: rows of {X.shape[1]} values cannot be reshaped to {self.input_shape}")
            t = t.reshape(-1, *self.input_shape)
        return t

    def _forward(self, X: np.ndarray, grad: bool) -> Any:
        torch = _torch()
        with torch.set_grad_enabled(grad):
            return self._run(self._tensor(X))

    def _run(self, t: Any) -> Any:
        """The module's output on tensor t as 2-D logits (in eval mode); its failures become AdapterError."""
        try:
            with _eval_mode(self.module):
                out = self.module(t)
        except Exception as exc:
            raise AdapterError(f"{self.name}: forward pass failed on {t.shape[0]} rows: {exc}") from exc
        if out.ndim == 1:
            out = out.reshape(-1, 1)
        if out.ndim != 2:
            raise AdapterError(f"{self.name}: expected logits of shape (n, classes), got {tuple(out.shape)}")
        return out

    def _as_logits(self, out: Any) -> Any:
        """Binary models with one logit z become two logits (0, z): softmax of those is sigmoid(z)."""
        torch = _torch()
        if out.shape[1] == 1:
            return torch.cat([torch.zeros_like(out), out], dim=1)
        return out

    def logits(self, X: np.ndarray) -> np.ndarray:
        """Raw logits, shape (n, n_classes), computed in batches without gradients."""
        X = self._count(X)
        parts = [
            self._as_logits(self._forward(X[i : i + self.batch_size], grad=False)).detach().cpu().numpy()
            for i in range(0, X.shape[0], self.batch_size)
        ]
        if not parts:
            return np.zeros((0, len(self.classes)))
        return np.concatenate(parts).astype(float)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return softmax(self.logits(X))

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """d cross-entropy / d X per row (gradient of the summed loss: rows are independent in eval mode)."""
        torch = _torch()
        X = self._count(X)
        y_idx = np.asarray(y, dtype=int)
        if y_idx.shape != (X.shape[0],):
            raise AdapterError(f"{self.name}: {y_idx.shape} labels for {X.shape[0]} rows")
        if y_idx.size and (y_idx.min() < 0 or y_idx.max() >= len(self.classes)):
            raise AdapterError(f"{self.name}: class indices must lie in [0, {len(self.classes)})")
        grads = []
        for i in range(0, X.shape[0], self.batch_size):
            x = self._tensor(X[i : i + self.batch_size]).detach().requires_grad_(True)
            with torch.enable_grad():
                out = self._as_logits(self._run(x))
                target = torch.as_tensor(y_idx[i : i + self.batch_size], device=self.device)
                loss = torch.nn.functional.cross_entropy(out, target, reduction="sum")
                (g,) = torch.autograd.grad(loss, x)
            grads.append(g.detach().reshape(g.shape[0], -1).cpu().numpy())
        if not grads:
            return np.zeros_like(X)
        return np.concatenate(grads).astype(float).reshape(X.shape)


def _module_device(module: Any) -> Any:
    """Where the module's parameters (else buffers) live; CPU for a module with neither."""
    torch = _torch()
    for t in module.parameters():
        return t.device
    for t in module.buffers():
        return t.device
    return torch.device("cpu")


def _same_device(a: Any, b: Any) -> bool:
    """cuda and cuda:0 are the same place when device 0 is the current one."""
    if a.type != b.type:
        return False
    if a.index is None or b.index is None:
        torch = _torch()
        here = torch.cuda.current_device() if a.type == "cuda" and torch.cuda.is_available() else 0
        return (a.index if a.index is not None else here) == (b.index if b.index is not None else here)
    return bool(a.index == b.index)


@contextmanager
def _eval_mode(module: Any) -> Iterator[None]:
    """Eval mode (dropout off, batch-norm running statistics) for one call, then each submodule's
    own train/eval flag back, so the caller's module is left as it was."""
    training = [m for m in module.modules() if m.training]
    if not training:
        yield
        return
    module.eval()
    try:
        yield
    finally:
        for m in training:
            m.training = True
