"""Preprocessing that spends privacy openly: a fixed, data-independent transform (signed log1p, so
features spanning orders of magnitude land on comparable scales without looking at the data) and a
differentially private centring (the mean of rows clipped to L2 norm `bound`, plus Gaussian noise).
The noise multipliers of every mechanism come from one budget split (`split_budget`), so the whole
model is (epsilon, delta)-DP by RDP composition."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from modelward.core.errors import ConfigError
from modelward.privacy.dp.accountant import Mechanism, noise_for, privacy_spent


def signed_log1p(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    out: np.ndarray = np.sign(X) * np.log1p(np.abs(X))
    return out


def clip_rows(Z: np.ndarray, bound: float) -> np.ndarray:
    norms = np.linalg.norm(Z, axis=1)
    out: np.ndarray = Z * np.minimum(1.0, bound / np.maximum(norms, 1e-12))[:, None]
    return out


def default_bound(d: int) -> float:
    """Row-norm bound after signed log1p: about 3 per feature (magnitudes up to e^3 ~ 20 on average)."""
    return 3.0 * math.sqrt(d)


@dataclass(frozen=True)
class BudgetSplit:
    """Noise multipliers of full-batch Gaussian mechanisms that together spend (epsilon, delta): each gets
    `shares[i]` of the RDP budget and is applied `steps[i]` times."""

    sigmas: tuple[float, ...]
    epsilon: float
    delta: float

    def mechanisms(self, steps: Sequence[int]) -> list[Mechanism]:
        return [Mechanism(1.0, s, t) for s, t in zip(self.sigmas, steps, strict=True)]


def split_budget(epsilon: float, delta: float, shares: Sequence[float], steps: Sequence[int]) -> BudgetSplit:
    """Full-batch Gaussian mechanisms have RDP a * sum_i steps_i / (2 sigma_i^2); one noise multiplier
    sigma_1 for a single step meeting (epsilon, delta) fixes that sum, and share i of it sets sigma_i."""
    if len(shares) != len(steps) or any(s <= 0 for s in shares) or any(t < 1 for t in steps):
        raise ConfigError(f"budget shares {list(shares)} and steps {list(steps)} must be positive and match")
    total = sum(shares)
    sigma_one = noise_for(epsilon, delta, 1.0, 1)
    rho = 1 / (2 * sigma_one**2)
    sigmas = tuple(math.sqrt(t / (2 * rho * s / total)) for s, t in zip(shares, steps, strict=True))
    spent = privacy_spent([Mechanism(1.0, s, t) for s, t in zip(sigmas, steps, strict=True)], delta)
    return BudgetSplit(sigmas, spent.epsilon, delta)


def private_mean(Z: np.ndarray, bound: float, sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Mean of the rows clipped to L2 norm `bound`, with Gaussian noise of std sigma * bound on the sum."""
    clipped = clip_rows(Z, bound)
    out: np.ndarray = (clipped.sum(axis=0) + rng.normal(0.0, sigma * bound, Z.shape[1])) / len(Z)
    return out
