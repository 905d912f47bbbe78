"""Torch training for the stealing package (watermark embedding, fine-tuning a suspect copy): shuffled
mini-batches with Adam, and optionally a fixed share of every batch drawn from extra rows (the
triggers). Only imported for torch models; `import modelward` never reaches it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import numpy as np

from modelward.core.errors import require


def torch_module() -> Any:
    return require("torch", "torch", "Training a PyTorch model")


@contextlib.contextmanager
def one_thread(module: Any, limit: int = 2_000_000) -> Iterator[None]:
    """Small models train on one thread: on a shared CPU, thread hand-offs cost more than the maths."""
    torch = torch_module()
    before = torch.get_num_threads()
    if sum(p.numel() for p in module.parameters()) <= limit and before > 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def train(module: Any, X: np.ndarray, y_index: np.ndarray, *, epochs: int, batch_size: int = 64, lr: float = 1e-3,
          extra: tuple[np.ndarray, np.ndarray] | None = None, extra_share: float = 0.0, seed: int = 0,
          input_shape: tuple[int, ...] | None = None) -> Any:
    """Train `module` in place with Adam on cross-entropy; each batch also takes about `extra_share` of
    its size from `extra` rows (drawn with replacement). Returns the module in eval mode."""
    torch = torch_module()
    gen = torch.Generator().manual_seed(seed)
    device = next(module.parameters()).device

    def tensor(A: np.ndarray) -> Any:
        t = torch.as_tensor(np.asarray(A), dtype=torch.float32, device=device)
        return t.reshape(-1, *input_shape) if input_shape is not None else t

    Xt, yt = tensor(X), torch.as_tensor(np.asarray(y_index), dtype=torch.long, device=device)
    Et = tensor(extra[0]) if extra is not None else None
    ey = torch.as_tensor(np.asarray(extra[1]), dtype=torch.long, device=device) if extra is not None else None
    n_extra = max(1, round(batch_size * extra_share)) if extra is not None and extra_share > 0 else 0
    opt = torch.optim.Adam(module.parameters(), lr=lr)
    module.train()
    with one_thread(module):
        for _ in range(epochs):
            order = torch.randperm(len(X), generator=gen).to(device)
            for i in range(0, len(X), batch_size):
                b = order[i:i + batch_size]
                xb, yb = Xt[b], yt[b]
                if n_extra and Et is not None and ey is not None:
                    e = torch.randint(0, len(Et), (n_extra,), generator=gen).to(device)
                    xb, yb = torch.cat([xb, Et[e]]), torch.cat([yb, ey[e]])
                out = module(xb)
                if out.ndim == 2 and out.shape[1] == 1:
                    out = torch.cat([torch.zeros_like(out), out], dim=1)
                opt.zero_grad()
                torch.nn.functional.cross_entropy(out, yb).backward()
                opt.step()
    return module.eval()


def fresh_copy(module: Any, seed: int) -> Any:
    """A deep copy of `module` with every parameter re-initialised (seeded)."""
    import copy

    torch = torch_module()
    clone = copy.deepcopy(module)
    state = torch.random.get_rng_state()
    torch.manual_seed(seed)
    try:
        for sub in clone.modules():
            if callable(getattr(sub, "reset_parameters", None)):
                sub.reset_parameters()
    finally:
        torch.random.set_rng_state(state)
    return clone
