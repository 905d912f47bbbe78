"""Defensive distillation (Papernot et al. 2016), measured honestly.

A teacher and then a student are trained with softmax at temperature T; the student is deployed at
T = 1, so its logits are about T times larger and its softmax saturates. Cross-entropy gradients then
vanish in floating point and gradient attacks on the probabilities stall: gradient masking, not
robustness (Carlini & Wagner 2016). `TemperatureAdapter` gives the attacker the logits divided by T
(same decisions, informative gradients); with the margin/DLR losses of `auto` it is the adaptive view.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter, softmax
from modelward.core.errors import ConfigError


@dataclass(frozen=True, eq=False)
class Distilled:
    """The distilled student (a TorchAdapter at T = 1) and how it was made."""

    model: ModelAdapter
    temperature: float
    epochs: int
    seconds: float


def defensive_distillation(
    model: ModelAdapter,
    X: np.ndarray,
    y_idx: np.ndarray,
    *,
    temperature: float = 20.0,
    epochs: int = 40,
    lr: float = 3e-3,
    seed: int = 0,
) -> Distilled:
    """Train a teacher at temperature T on hard labels, a student at T on the teacher's soft labels."""
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.defences import _torch as T

    if not temperature >= 1:
        raise ConfigError(f"defensive distillation: temperature must be >= 1, got {temperature}")
    module, shape = T.module_of(model)
    torch = T.torch_module()
    start = time.perf_counter()
    teacher = T.train_plain(T.fresh_copy(module, True, seed), X, y_idx, input_shape=shape, epochs=epochs,
                            lr=lr, seed=seed, temperature=temperature)
    with torch.no_grad():
        xt = torch.as_tensor(np.asarray(X, dtype=np.float32))
        logits = teacher(xt if shape is None else xt.reshape(-1, *shape))
        soft = torch.softmax(logits / temperature, dim=1).numpy()
    student = T.train_plain(T.fresh_copy(module, True, seed + 1), X, y_idx, input_shape=shape, epochs=epochs,
                            lr=lr, seed=seed + 1, soft_targets=soft, temperature=temperature)
    adapter = TorchAdapter(student, classes=model.classes, input_spec=model.input_spec, input_shape=shape,
                           device="cpu", name=f"{model.name}+distilled(T={temperature:g})")
    return Distilled(adapter, float(temperature), epochs, time.perf_counter() - start)


class TemperatureAdapter(BaseAdapter):
    """The adaptive attacker's view of a distilled model: logits divided by T (decisions unchanged)."""

    def __init__(self, model: Any, temperature: float) -> None:
        super().__init__()
        if not callable(getattr(model, "logits", None)):
            raise ConfigError(f"{model.name}: rescaling needs a model that exposes logits (a torch model)")
        self.model = model
        self.temperature = float(temperature)
        self.classes = model.classes
        self.input_spec = model.input_spec
        self.name = f"{model.name}/T"

    def logits(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        return np.asarray(self.model.logits(X), dtype=float) / self.temperature

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return softmax(self.logits(X))

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """d CE(softmax(z / T)) / dX, from the module directly (float64 softmax of rescaled logits)."""
        from modelward.robustness.defences import _torch as T

        torch = T.torch_module()
        X = self._count(X)
        x = self.model._tensor(X).detach().requires_grad_(True)
        with torch.enable_grad():
            z = self.model._as_logits(self.model._run(x)).double() / self.temperature
            target = torch.as_tensor(np.asarray(y, dtype=np.int64), device=x.device)
            loss = torch.nn.functional.cross_entropy(z, target, reduction="sum")
            (g,) = torch.autograd.grad(loss, x)
        return np.asarray(g.detach().reshape(g.shape[0], -1).cpu().numpy(), dtype=float).reshape(X.shape)
