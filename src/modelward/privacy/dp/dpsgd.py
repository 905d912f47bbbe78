"""DP-SGD for torch modules (Abadi et al. 2016), with vectorised per-example gradients (`torch.func`).

Each step draws a Poisson sample (every row with probability q = batch_size / n, which is what the
accountant assumes), computes each sampled row's gradient, clips it to L2 norm `max_grad_norm`, adds
Gaussian noise of std sigma * max_grad_norm to the sum and divides by the expected batch size; the
optimiser (SGD with momentum or Adam: post-processing) takes the step. sigma is the smallest noise
multiplier the RDP accountant finds for the target (epsilon, delta) over all the steps, and the
epsilon actually spent is reported. Modules with buffers (batch norm) are refused: per-example
gradients need each example to pass alone (use group norm).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError
from modelward.privacy._torch import as_logits, small_model_threads, torch_module
from modelward.privacy.dp.accountant import Mechanism, PrivacySpent, check_budget, noise_for, privacy_spent


@dataclass(frozen=True)
class DPSGDConfig:
    """The private training recipe: target (epsilon, delta), epochs, expected batch size, optimiser."""

    epsilon: float = 3.0
    delta: float = 1e-5
    epochs: int = 40
    batch_size: int = 512
    lr: float = 0.02
    max_grad_norm: float = 1.0
    optimizer: str = "adam"
    momentum: float = 0.9

    def steps(self, n: int) -> tuple[float, int]:
        q = min(1.0, self.batch_size / n)
        return q, max(1, round(self.epochs / q))


@dataclass(frozen=True)
class DPSGDResult:
    """What private training spent: the noise multiplier, the sampling rate, the steps and (epsilon, delta)."""

    sigma: float
    q: float
    steps: int
    spent: PrivacySpent


def train_dp_sgd(module: Any, X: np.ndarray, y_index: np.ndarray, config: DPSGDConfig, seed: int = 0,
                 input_shape: Sequence[int] | None = None, device: Any = None) -> DPSGDResult:
    """Train `module` in place with DP-SGD on (X, y_index); returns the privacy spent."""
    torch = torch_module()
    from torch.func import functional_call, grad, vmap

    n = len(X)
    check_budget(config.epsilon, config.delta, n)
    if config.optimizer not in ("sgd", "adam") or config.max_grad_norm <= 0 or config.batch_size < 1:
        raise ConfigError("DP-SGD: optimizer must be sgd or adam, max_grad_norm positive, batch_size at least 1")
    if any(True for _ in module.buffers()):
        raise ConfigError(f"DP-SGD: {type(module).__name__} has buffers (e.g. batch norm), which mix examples; "
                          "use group or layer norm")
    q, steps = config.steps(n)
    sigma = noise_for(config.epsilon, config.delta, q, steps)
    device = torch.device(device) if device is not None else next(module.parameters()).device
    module.to(device).train()
    names = [k for k, p in module.named_parameters() if p.requires_grad]
    params = {k: p for k, p in module.named_parameters() if p.requires_grad}
    shape = tuple(int(d) for d in input_shape) if input_shape is not None else None

    def loss_one(p: dict[str, Any], x: Any, y: Any) -> Any:
        inp = x.unsqueeze(0) if shape is None else x.reshape(1, *shape)
        out = as_logits(functional_call(module, p, (inp,)))
        return torch.nn.functional.cross_entropy(out, y.unsqueeze(0))

    per_example = vmap(grad(loss_one), in_dims=(None, 0, 0), randomness="different")
    opt = (torch.optim.SGD(params.values(), lr=config.lr, momentum=config.momentum) if config.optimizer == "sgd"
           else torch.optim.Adam(params.values(), lr=config.lr))
    Xt = torch.as_tensor(np.asarray(X), dtype=torch.float32, device=device)
    yt = torch.as_tensor(np.asarray(y_index), dtype=torch.long, device=device)
    gen = torch.Generator(device="cpu").manual_seed(seed)
    expected = q * n
    with small_model_threads(module) if device.type == "cpu" else _null():
        for _ in range(steps):
            take = torch.nonzero(torch.rand(n, generator=gen) < q).flatten().to(device)
            noise = {k: torch.randn(params[k].shape, generator=gen).to(device) * sigma * config.max_grad_norm
                     for k in names}
            if len(take):
                detached = {k: v.detach() for k, v in params.items()}
                grads = per_example(detached, Xt[take], yt[take])
                norms = torch.sqrt(sum((grads[k].reshape(len(take), -1) ** 2).sum(1) for k in names))
                factor = torch.clamp(config.max_grad_norm / (norms + 1e-12), max=1.0)
                summed = {k: torch.einsum("b,b...->...", factor, grads[k]) for k in names}
            else:
                summed = {k: torch.zeros_like(params[k]) for k in names}
            for k in names:
                params[k].grad = (summed[k] + noise[k]) / expected
            opt.step()
            opt.zero_grad(set_to_none=True)
    module.eval()
    return DPSGDResult(sigma, q, steps, privacy_spent([Mechanism(q, sigma, steps)], config.delta))


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def expected_noise_std(config: DPSGDConfig, n: int) -> float:
    """Noise std on the averaged gradient per coordinate, relative to the clipping norm (for reports)."""
    q, steps = config.steps(n)
    return noise_for(config.epsilon, config.delta, q, steps) / (q * n) if n else math.inf
