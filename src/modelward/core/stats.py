"""Small statistical helpers shared by checks: confidence intervals as pure functions."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import stats


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion; well-behaved at 0 and 1 and for small n."""
    if n <= 0:
        return (0.0, 1.0)
    z = float(stats.norm.ppf(0.5 + confidence / 2))
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, float(centre - half)), min(1.0, float(centre + half)))


def t_interval(values: np.ndarray, confidence: float = 0.95) -> tuple[float, float]:
    """Student-t interval for the mean of a few values (e.g. cross-validation folds)."""
    values = np.asarray(values, dtype=float)
    mean = float(values.mean())
    if values.size < 2:
        return (mean, mean)
    half = float(stats.t.ppf(0.5 + confidence / 2, values.size - 1) * values.std(ddof=1) / np.sqrt(values.size))
    return (mean - half, mean + half)


def bootstrap_interval(
    metric: Callable[[np.ndarray], float],
    n: int,
    rng: np.random.Generator,
    resamples: int = 500,
    confidence: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of `metric(indices)` over resampled row indices."""
    values = np.array([metric(rng.integers(0, n, n)) for _ in range(resamples)])
    values = values[np.isfinite(values)]
    if values.size == 0:
        return (float("nan"), float("nan"))
    alpha = (1 - confidence) / 2
    return (float(np.quantile(values, alpha)), float(np.quantile(values, 1 - alpha)))
