"""Torch pieces of the privacy package: fresh copies of a module and vectorised training of many copies
at once (reference models for membership audits), with `torch.func` so K small models train in about
the time of a few. Only imported when the model is a torch module; `import modelward` never reaches it.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError, require


def torch_module() -> Any:
    return require("torch", "torch", "Training PyTorch reference models")


@contextlib.contextmanager
def small_model_threads(module: Any, limit: int = 2_000_000) -> Iterator[None]:
    """Small models train on one thread: on a shared CPU, thread hand-offs cost more than the maths."""
    torch = torch_module()
    before = torch.get_num_threads()
    small = sum(p.numel() for p in module.parameters()) <= limit
    if small and before > 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def reset_copy(module: Any, seed: int) -> Any:
    """A deep copy of `module` with every parameter re-initialised (seeded), in train mode."""
    torch = torch_module()
    clone = copy.deepcopy(module)
    gen_state = torch.random.get_rng_state()
    torch.manual_seed(seed)
    try:
        reset = 0
        for sub in clone.modules():
            if callable(getattr(sub, "reset_parameters", None)):
                sub.reset_parameters()
                reset += 1
    finally:
        torch.random.set_rng_state(gen_state)
    if not reset and any(True for _ in clone.parameters()):
        raise ConfigError(f"{type(module).__name__}: no submodule has reset_parameters(); cannot train fresh "
                          "copies of it (pass your own trainer)")
    return clone.train()


def as_logits(out: Any) -> Any:
    """Binary models with one logit z become two logits (0, z), as the torch adapter reads them."""
    torch = torch_module()
    if out.ndim == 1:
        out = out.reshape(-1, 1)
    return torch.cat([torch.zeros_like(out), out], dim=-1) if out.shape[-1] == 1 else out


@dataclass(frozen=True)
class Recipe:
    """How reference (and shadow) copies are trained: Adam on cross-entropy, shuffled mini-batches."""

    epochs: int = 100
    batch_size: int = 64
    lr: float = 1e-3
    weight_decay: float = 0.0


class TorchEnsemble:
    """K trained copies of one architecture; `proba(X)` gives (K, n, classes)."""

    def __init__(self, base: Any, params: dict[str, Any], buffers: dict[str, Any], input_shape: tuple[int, ...] | None,
                 device: Any, k: int) -> None:
        self._base, self._params, self._buffers = base, params, buffers
        self._shape, self._device, self.k = input_shape, device, k

    def logits(self, X: np.ndarray, batch: int = 2048) -> np.ndarray:
        torch = torch_module()
        from torch.func import functional_call, vmap

        def one(p: Any, b: Any, x: Any) -> Any:
            return as_logits(functional_call(self._base, (p, b), (x,)))

        parts = []
        with torch.no_grad():
            for i in range(0, len(X), batch):
                x = torch.as_tensor(np.asarray(X[i:i + batch]), dtype=torch.float32, device=self._device)
                if self._shape is not None:
                    x = x.reshape(-1, *self._shape)
                parts.append(vmap(one, in_dims=(0, 0, None))(self._params, self._buffers, x).cpu().numpy())
        return np.concatenate(parts, axis=1).astype(float) if parts else np.zeros((self.k, 0, 0))

    def proba(self, X: np.ndarray) -> np.ndarray:
        z = self.logits(X)
        z = z - z.max(axis=-1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=-1, keepdims=True)
        return out


def train_ensemble(module: Any, X: np.ndarray, y_index: np.ndarray, subsets: Sequence[np.ndarray], recipe: Recipe,
                   seed: int = 0, input_shape: Sequence[int] | None = None, device: Any = None) -> TorchEnsemble:
    """Train len(subsets) fresh copies of `module`, copy k on rows `subsets[k]` of (X, y_index), all at once.

    Every copy sees its own shuffled mini-batches and its own Adam state (Adam is element-wise, so one
    optimiser over the stacked parameters is K independent ones). Modules with buffers (batch norm) are
    not supported by the stacked path: train them one by one with your own trainer."""
    torch = torch_module()
    from torch.func import functional_call, stack_module_state, vmap

    sizes = {len(s) for s in subsets}
    if len(sizes) != 1 or 0 in sizes:
        raise ConfigError(f"reference training sets must all have the same, non-zero size; got sizes {sorted(sizes)}")
    if any(True for _ in module.buffers()):
        raise ConfigError(f"{type(module).__name__} has buffers (e.g. batch norm); vectorised training of copies "
                          "does not support them: pass your own trainer")
    device = torch.device(device) if device is not None else next(module.parameters()).device
    copies = [reset_copy(module, seed * 7919 + k).to(device) for k in range(len(subsets))]
    params, buffers = stack_module_state(copies)
    base = copy.deepcopy(copies[0]).to("meta")
    shape = tuple(int(d) for d in input_shape) if input_shape is not None else None

    def one(p: Any, b: Any, x: Any) -> Any:
        return as_logits(functional_call(base, (p, b), (x,)))

    batched = vmap(one, randomness="different")
    opt = torch.optim.Adam(list(params.values()), lr=recipe.lr, weight_decay=recipe.weight_decay)
    Xt = torch.as_tensor(np.asarray(X), dtype=torch.float32, device=device)
    yt = torch.as_tensor(np.asarray(y_index), dtype=torch.long, device=device)
    S = torch.as_tensor(np.stack([np.asarray(s) for s in subsets]), dtype=torch.long, device=device)
    k = S.shape[0]
    gen = torch.Generator(device="cpu").manual_seed(seed)
    with small_model_threads(module) if device.type == "cpu" else contextlib.nullcontext():
        _fit(batched, params, buffers, opt, Xt, yt, S, shape, recipe, gen)
    for p in params.values():
        p.requires_grad_(False)
    base.eval()
    return TorchEnsemble(base, params, buffers, shape, device, k)


def _fit(batched: Any, params: dict[str, Any], buffers: dict[str, Any], opt: Any, Xt: Any, yt: Any, S: Any,
         shape: tuple[int, ...] | None, recipe: Recipe, gen: Any) -> None:
    torch = torch_module()
    k, m = S.shape
    device = S.device
    for _ in range(recipe.epochs):
        order = torch.argsort(torch.rand(k, m, generator=gen), dim=1).to(device)
        rows = torch.gather(S, 1, order)
        for i in range(0, m, recipe.batch_size):
            b = rows[:, i:i + recipe.batch_size]
            x = Xt[b]
            if shape is not None:
                x = x.reshape(k, b.shape[1], *shape)
            out = batched(params, buffers, x)
            loss = torch.nn.functional.cross_entropy(out.reshape(-1, out.shape[-1]), yt[b].reshape(-1),
                                                     reduction="sum") / b.shape[1]
            opt.zero_grad()
            loss.backward()
            opt.step()
