"""Differentially private aggregates, for sharing statistics instead of rows: counts, histograms and
bounded means by the Laplace mechanism (Dwork, McSherry, Nissim and Smith, 2006), with a budget accountant
that refuses a release once the total epsilon is spent (sequential composition; a histogram's bins are
disjoint, so the whole histogram costs one epsilon: parallel composition).

Caveat, stated so nobody relies on more: noise comes from numpy's floating-point Laplace sampler, which
is open to Mironov's floating-point attack (CCS 2012) on the least significant bits; releases are rounded
(counts to integers, means to `decimals`), which blunts but does not remove it. A snapping mechanism is
not implemented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from modelward.core.errors import ConfigError, DataError


@dataclass
class BudgetAccountant:
    """Tracks the epsilon spent against `total`; `spend` refuses what would exceed it."""

    total: float
    spent: float = 0.0
    log: list[tuple[str, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.total > 0:
            raise ConfigError(f"the privacy budget must be positive, got epsilon {self.total}")

    @property
    def remaining(self) -> float:
        return self.total - self.spent

    def spend(self, epsilon: float, what: str) -> None:
        if not epsilon > 0:
            raise ConfigError(f"{what}: epsilon must be positive, got {epsilon}")
        if epsilon > self.remaining + 1e-12:
            raise ConfigError(f"{what}: needs epsilon {epsilon:g}, only {self.remaining:g} of {self.total:g} is left; "
                              "the budget is spent")
        self.spent += epsilon
        self.log.append((what, epsilon))


def _laplace(scale: float, size: int | None, rng: np.random.Generator) -> np.ndarray:
    out: np.ndarray = np.asarray(rng.laplace(0.0, scale, size))
    return out


def dp_count(n: int, epsilon: float, budget: BudgetAccountant, rng: np.random.Generator) -> int:
    """A count with Laplace(1/epsilon) noise (sensitivity 1), rounded, never negative."""
    budget.spend(epsilon, "count")
    return max(0, round(float(n + _laplace(1.0 / epsilon, None, rng))))


def dp_histogram(values: Sequence[object] | np.ndarray, categories: Sequence[object], epsilon: float,
                 budget: BudgetAccountant, rng: np.random.Generator) -> dict[str, int]:
    """Counts per category with Laplace(1/epsilon) noise each; the categories must be given (public), not
    read from the data, or their presence would leak."""
    budget.spend(epsilon, "histogram")
    text = np.array([str(v) for v in list(values)], dtype=object)
    counts = np.array([(text == str(c)).sum() for c in categories], dtype=float)
    noisy = counts + _laplace(1.0 / epsilon, len(categories), rng)
    return {str(c): max(0, round(float(v))) for c, v in zip(categories, noisy, strict=True)}


def dp_mean(values: Sequence[float] | np.ndarray, lower: float, upper: float, epsilon: float,
            budget: BudgetAccountant, rng: np.random.Generator, decimals: int = 4) -> float:
    """Mean of values clipped to [lower, upper]: a noisy sum (sensitivity max(|lower|, |upper|)) over a
    noisy count, each with half of epsilon."""
    if not upper > lower:
        raise ConfigError(f"dp_mean: upper {upper} must exceed lower {lower}")
    x = np.asarray(values, dtype=float)
    if not np.isfinite(x).all():
        raise DataError("dp_mean: values hold NaN or infinite numbers")
    budget.spend(epsilon, "mean")
    clipped = np.clip(x, lower, upper)
    half = epsilon / 2
    total = float(clipped.sum() + _laplace(max(abs(lower), abs(upper)) / half, None, rng))
    count = max(1.0, float(len(x) + _laplace(1.0 / half, None, rng)))
    return round(float(np.clip(total / count, lower, upper)), decimals)
