"""Torch pieces shared by the defences: thread control, tensors, batched training and a fast PGD.

Only imported by defences that need torch; `import modelward` never reaches this module.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError, ModelLoadError, require


def torch_module() -> Any:
    return require("torch", "torch", "Training a PyTorch model")


@contextlib.contextmanager
def small_model_threads(module: Any, limit: int = 2_000_000) -> Iterator[None]:
    """Run small models on one thread: on a shared CPU, thread hand-offs cost more than the maths."""
    torch = torch_module()
    n_params = sum(p.numel() for p in module.parameters())
    before = torch.get_num_threads()
    if n_params <= limit and before > 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def module_of(model: Any) -> tuple[Any, tuple[int, ...] | None]:
    """The nn.Module inside a TorchAdapter (or a bare module) and its per-row input shape."""
    torch = torch_module()
    module = getattr(model, "module", model)
    if not isinstance(module, torch.nn.Module):
        raise ModelLoadError(
            f"{getattr(model, 'name', type(model).__name__)}: this defence trains a PyTorch model; "
            f"got {type(module).__name__} (for scikit-learn models use adversarial augmentation)"
        )
    shape = getattr(model, "input_shape", None)
    return module, (tuple(shape) if shape is not None else None)


def InputAffine(inner: Any, lower: np.ndarray, scale: np.ndarray, shape: Sequence[int] | None = None) -> Any:
    """`inner` behind the fixed map u -> lower + u * scale (then reshaped to `shape`): a module that trains
    `inner` in range units. `.inner` is the original module; the map has no parameters."""
    torch = torch_module()

    class _InputAffine(torch.nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.inner = inner
            self.register_buffer("lower", torch.as_tensor(np.asarray(lower), dtype=torch.float32))
            self.register_buffer("scale", torch.as_tensor(np.asarray(scale), dtype=torch.float32))
            self.shape = tuple(shape) if shape is not None else None

        def forward(self, u: Any) -> Any:
            x = self.lower + u.reshape(u.shape[0], -1) * self.scale
            return self.inner(x.reshape(u.shape[0], *self.shape) if self.shape else x)

    return _InputAffine()


def fresh_copy(module: Any, reinit: bool, seed: int) -> Any:
    """A deep copy of the module; with `reinit`, every layer that can is re-initialised from `seed`."""
    torch = torch_module()
    clone = copy.deepcopy(module).cpu()
    if reinit:
        torch.manual_seed(seed)
        for m in clone.modules():
            reset = getattr(m, "reset_parameters", None)
            if callable(reset):
                reset()
    return clone


def bounds(lower: Any, upper: Any, n_features: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-feature bounds as arrays (scalars broadcast; infinities allowed)."""
    lo = np.broadcast_to(np.asarray(lower, dtype=float), (n_features,)).copy()
    hi = np.broadcast_to(np.asarray(upper, dtype=float), (n_features,)).copy()
    if np.any(lo > hi):
        raise ConfigError("input bounds: a lower bound lies above its upper bound")
    return lo, hi


class Batch:
    """Rows as a float32 tensor, reshaped for the module, with their bounds as tensors."""

    def __init__(self, X: np.ndarray, input_shape: Sequence[int] | None, lower: np.ndarray, upper: np.ndarray):
        torch = torch_module()
        self.shape = tuple(input_shape) if input_shape is not None else None
        self.X = torch.as_tensor(np.asarray(X, dtype=np.float32))
        self.lo = torch.as_tensor(lower, dtype=torch.float32)
        self.hi = torch.as_tensor(upper, dtype=torch.float32)

    def view(self, x: Any) -> Any:
        return x if self.shape is None else x.reshape(-1, *self.shape)

    def clamp(self, x: Any) -> Any:
        torch = torch_module()
        return torch.maximum(torch.minimum(x, self.hi), self.lo)


def pgd_batch(
    module: Any,
    batch: Batch,
    x: Any,
    y: Any,
    eps: float,
    steps: int,
    step_size: float,
    norm: str = "linf",
    random_start: bool = True,
    loss_fn: Callable[[Any, Any], Any] | None = None,
) -> Any:
    """PGD on one training batch, in torch (the training loop's inner maximisation, not a measurement)."""
    torch = torch_module()
    F = torch.nn.functional
    loss_fn = loss_fn or (lambda out, target: F.cross_entropy(out, target))
    if random_start:
        if norm == "linf":
            delta = (torch.rand_like(x) * 2 - 1) * eps
        else:
            delta = torch.randn_like(x)
            delta = delta / delta.norm(dim=1, keepdim=True).clamp_min(1e-12) * eps * torch.rand(x.shape[0], 1)
    else:
        delta = torch.zeros_like(x)
    delta = batch.clamp(x + delta) - x
    for _ in range(steps):
        delta.requires_grad_(True)
        loss = loss_fn(module(batch.view(x + delta)), y)
        (g,) = torch.autograd.grad(loss, delta)
        with torch.no_grad():
            if norm == "linf":
                delta = (delta + step_size * g.sign()).clamp(-eps, eps)
            else:
                delta = delta + step_size * g / g.norm(dim=1, keepdim=True).clamp_min(1e-12)
                delta = delta * (eps / delta.norm(dim=1, keepdim=True).clamp_min(1e-12)).clamp(max=1.0)
            delta = batch.clamp(x + delta) - x
    return (x + delta).detach()


def minibatches(n: int, batch_size: int, generator: Any) -> Iterator[Any]:
    torch = torch_module()
    perm = torch.randperm(n, generator=generator)
    for i in range(0, n, batch_size):
        yield perm[i : i + batch_size]


def train_plain(
    module: Any,
    X: np.ndarray,
    y: np.ndarray,
    *,
    input_shape: Sequence[int] | None = None,
    epochs: int = 30,
    batch_size: int = 64,
    lr: float = 3e-3,
    seed: int = 0,
    noise_sigma: float = 0.0,
    soft_targets: np.ndarray | None = None,
    temperature: float = 1.0,
) -> Any:
    """Train in place with Adam and a one-cycle schedule; optional Gaussian noise augmentation
    (randomised smoothing) or soft targets at a temperature (distillation). Returns the module in eval mode."""
    torch = torch_module()
    F = torch.nn.functional
    Xt = torch.as_tensor(np.asarray(X, dtype=np.float32))
    yt = torch.as_tensor(np.asarray(y, dtype=np.int64))
    St = None if soft_targets is None else torch.as_tensor(np.asarray(soft_targets, dtype=np.float32))
    shape = tuple(input_shape) if input_shape is not None else None
    opt = torch.optim.Adam(module.parameters(), lr=lr)
    steps = epochs * ((len(Xt) + batch_size - 1) // batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=max(steps, 1))
    gen = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    with small_model_threads(module):
        module.train()
        for _ in range(epochs):
            for idx in minibatches(len(Xt), batch_size, gen):
                x = Xt[idx]
                if noise_sigma > 0:
                    x = x + noise_sigma * torch.randn_like(x)
                out = module(x if shape is None else x.reshape(-1, *shape))
                if St is not None:
                    loss = -(St[idx] * F.log_softmax(out / temperature, dim=1)).sum(dim=1).mean()
                else:
                    loss = F.cross_entropy(out / temperature, yt[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
    return module.eval()
