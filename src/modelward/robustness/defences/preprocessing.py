"""Input preprocessing defences (feature squeezing, smoothing, quantisation, random noise) as a wrapped
ModelAdapter, and the adapter an adaptive attacker uses against them: BPDA + EOT.

Squeezing is piecewise constant, so its true input gradient is zero almost everywhere: a white-box
attack that differentiates through it sees nothing, and a defence "works" only by masking gradients.
BPDA (Athalye et al. 2018) treats the squeezer as the identity on the backward pass; EOT averages
gradients over the randomness of randomised squeezers. `BPDAAdapter` offers exactly that gradient
to the ordinary attacks, so the defence is measured against an attacker who knows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter
from modelward.core.errors import ConfigError

KINDS = ("bit-depth", "median", "quantise", "gaussian")


@dataclass(frozen=True)
class Squeezer:
    """One input transformation. `param`: bits (bit-depth), window size (median), grid step (quantise),
    noise sigma (gaussian, randomised). `input_shape` lets the median filter work on images."""

    kind: str
    param: float
    lower: float = 0.0
    upper: float = 1.0
    input_shape: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ConfigError(f"squeezer kind must be one of {KINDS}, got {self.kind!r}")
        if not (np.isfinite(self.param) and self.param > 0):
            raise ConfigError(f"squeezer {self.kind}: parameter must be positive, got {self.param}")
        if self.kind == "bit-depth" and not (1 <= self.param <= 16 and float(self.param).is_integer()):
            raise ConfigError(f"bit-depth squeezer: bits must be an integer in 1..16, got {self.param}")
        if self.kind == "median" and not float(self.param).is_integer():
            raise ConfigError(f"median squeezer: window size must be an integer, got {self.param}")
        if not self.upper > self.lower:
            raise ConfigError(f"squeezer bounds: upper {self.upper} must be above lower {self.lower}")

    @property
    def randomised(self) -> bool:
        return self.kind == "gaussian"

    @property
    def label(self) -> str:
        return f"{self.kind}({self.param:g})"

    def __call__(self, X: np.ndarray, rng: np.random.Generator | None = None) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        span = self.upper - self.lower
        if self.kind == "bit-depth":
            levels = 2 ** int(self.param) - 1
            out: np.ndarray = np.round((X - self.lower) / span * levels) / levels * span + self.lower
            return out
        if self.kind == "quantise":
            return np.clip(np.round((X - self.lower) / self.param) * self.param + self.lower, self.lower, self.upper)
        if self.kind == "gaussian":
            rng = rng if rng is not None else np.random.default_rng()
            return np.clip(X + rng.normal(scale=self.param, size=X.shape), self.lower, self.upper)
        from scipy.ndimage import median_filter

        size = int(self.param)
        if self.input_shape is None:
            return np.asarray(median_filter(X, size=(1, size), mode="reflect"))
        imgs = X.reshape(-1, *self.input_shape)
        window = (1,) * (imgs.ndim - 2) + (size, size) if imgs.ndim >= 3 else (1, size)
        return np.asarray(median_filter(imgs, size=window, mode="reflect")).reshape(X.shape)


class PreprocessedAdapter(BaseAdapter):
    """The defended model: every input goes through the squeezers, in order, then to the base model.

    It offers no input gradient (the composite's is zero or undefined), so attacks fall back to
    black-box ones; use `BPDAAdapter` for the adaptive white-box attacker.
    """

    has_gradient = False

    def __init__(self, base: ModelAdapter, squeezers: tuple[Squeezer, ...], seed: int = 0) -> None:
        super().__init__()
        if not squeezers:
            raise ConfigError("preprocessing defence: give at least one squeezer")
        self.base = base
        self.squeezers = tuple(squeezers)
        self.classes = base.classes
        self.input_spec = base.input_spec
        self.name = f"{base.name}+" + "+".join(s.label for s in squeezers)
        self._rng = np.random.default_rng(seed)

    def squeeze(self, X: np.ndarray) -> np.ndarray:
        for s in self.squeezers:
            X = s(X, self._rng)
        return X

    @property
    def randomised(self) -> bool:
        return any(s.randomised for s in self.squeezers)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        return np.asarray(self.base.predict_proba(self.squeeze(X)), dtype=float)


class BPDAAdapter(BaseAdapter):
    """The adaptive attacker's view of a preprocessing defence: the defended model's outputs, and the
    base model's gradient taken at the squeezed input (BPDA), averaged over `eot` draws (EOT)."""

    def __init__(self, defended: PreprocessedAdapter, eot: int = 1) -> None:
        super().__init__()
        if eot < 1:
            raise ConfigError(f"EOT draws must be >= 1, got {eot}")
        if not callable(getattr(defended.base, "loss_gradient", None)) or not getattr(
            defended.base, "has_gradient", True
        ):
            raise ConfigError(f"{defended.base.name}: BPDA needs a base model with an input gradient")
        self.defended = defended
        self.eot = eot if defended.randomised else 1
        self.classes = defended.classes
        self.input_spec = defended.input_spec
        self.name = f"bpda-eot{self.eot}({defended.name})"

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        if self.eot == 1:
            return self.defended.predict_proba(X)
        return np.asarray(np.mean([self.defended.predict_proba(X) for _ in range(self.eot)], axis=0))

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        X = self._count(X)
        base: Any = self.defended.base
        grads = [base.loss_gradient(self.defended.squeeze(X), y) for _ in range(self.eot)]
        return np.asarray(np.mean(grads, axis=0), dtype=float)


def feature_squeezing(
    model: ModelAdapter,
    kinds: tuple[str, ...] = ("bit-depth",),
    *,
    bits: int = 3,
    median_size: int = 2,
    step: float = 0.125,
    sigma: float = 0.1,
    input_shape: tuple[int, ...] | None = None,
    seed: int = 0,
) -> PreprocessedAdapter:
    """Wrap `model` with squeezers named in `kinds`, bounded by the model's input spec (default [0, 1])."""
    spec = model.input_spec
    lo = float(np.min(spec.lower)) if spec.features and np.all(np.isfinite(spec.lower)) else 0.0
    hi = float(np.max(spec.upper)) if spec.features and np.all(np.isfinite(spec.upper)) else 1.0
    shape = input_shape if input_shape is not None else getattr(model, "input_shape", None)
    params = {"bit-depth": bits, "median": median_size, "quantise": step, "gaussian": sigma}
    unknown = [k for k in kinds if k not in params]
    if unknown:
        raise ConfigError(f"feature squeezing: unknown squeezer(s) {unknown}; expected some of {KINDS}")
    return PreprocessedAdapter(
        model, tuple(Squeezer(k, float(params[k]), lo, hi, shape) for k in kinds), seed=seed
    )
