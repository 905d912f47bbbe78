"""An RDP accountant for the (Poisson-)subsampled Gaussian mechanism, and noise calibration.

Rényi DP of one step with sampling rate q and noise multiplier sigma follows Mironov, Talwar and Zhang
(2019): for integer orders a closed binomial sum, for fractional orders their two-sided series (the
method of TensorFlow Privacy and Opacus). Steps compose by adding RDP; (epsilon, delta) comes from the
conversion of Canonne, Kamath and Steinke (2020), minimised over the orders. Everything is computed in
log space, so large privacy losses give a large (or infinite) epsilon, never an exception.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import special

from modelward.core.errors import ConfigError

DEFAULT_ORDERS: tuple[float, ...] = (*(1 + x / 10.0 for x in range(1, 100)), *range(12, 64), 128.0, 256.0, 512.0)


def _log_add(a: float, b: float) -> float:
    if a == -math.inf:
        return b
    if b == -math.inf:
        return a
    hi, lo = max(a, b), min(a, b)
    return hi + math.log1p(math.exp(lo - hi))


def _log_sub(a: float, b: float) -> float:
    if b == -math.inf:
        return a
    if a <= b:
        return -math.inf  # the difference underflows to 0 (or is lost to rounding)
    return a + math.log1p(-math.exp(b - a))


def _log_erfc(x: float) -> float:
    return float(np.log(2.0) + special.log_ndtr(-x * 2**0.5))


def _log_a_int(q: float, sigma: float, alpha: int) -> float:
    log_a = -math.inf
    for k in range(alpha + 1):
        term = (math.log(special.binom(alpha, k)) + k * math.log(q) + (alpha - k) * math.log1p(-q)
                + (k * k - k) / (2 * sigma**2))
        log_a = _log_add(log_a, term)
    return log_a


def _log_a_frac(q: float, sigma: float, alpha: float) -> float:
    log_a0, log_a1 = -math.inf, -math.inf
    z0 = sigma**2 * math.log(1 / q - 1) + 0.5
    i = 0
    while True:
        coef = special.binom(alpha, i)
        log_coef = math.log(abs(coef)) if coef != 0 else -math.inf
        j = alpha - i
        log_t0 = log_coef + i * math.log(q) + j * math.log1p(-q)
        log_t1 = log_coef + j * math.log(q) + i * math.log1p(-q)
        log_e0 = math.log(0.5) + _log_erfc((i - z0) / (math.sqrt(2) * sigma))
        log_e1 = math.log(0.5) + _log_erfc((z0 - j) / (math.sqrt(2) * sigma))
        log_s0 = log_t0 + (i * i - i) / (2 * sigma**2) + log_e0
        log_s1 = log_t1 + (j * j - j) / (2 * sigma**2) + log_e1
        if coef > 0:
            log_a0, log_a1 = _log_add(log_a0, log_s0), _log_add(log_a1, log_s1)
        else:
            log_a0, log_a1 = _log_sub(log_a0, log_s0), _log_sub(log_a1, log_s1)
        i += 1
        if max(log_s0, log_s1) < -30 or i > 10_000:
            break
    return _log_add(log_a0, log_a1)


def rdp_step(q: float, sigma: float, order: float) -> float:
    """RDP at `order` of one step of the Gaussian mechanism (noise multiplier sigma) on a Poisson sample
    with rate q; inf where the loss is unbounded (sigma 0)."""
    if not 0 <= q <= 1:
        raise ConfigError(f"sampling rate must be in [0, 1], got {q}")
    if order <= 1:
        raise ConfigError(f"RDP orders must be above 1, got {order}")
    if q == 0:
        return 0.0
    if sigma <= 0:
        return math.inf
    if q == 1.0:
        return order / (2 * sigma**2)
    try:
        log_a = _log_a_int(q, sigma, int(order)) if float(order).is_integer() else _log_a_frac(q, sigma, order)
    except (OverflowError, ValueError):
        return math.inf
    return log_a / (order - 1)


def epsilon_from_rdp(rdp: Sequence[float], orders: Sequence[float], delta: float) -> tuple[float, float]:
    """(epsilon, best order) for `delta`, by the conversion of Canonne, Kamath and Steinke (2020)."""
    if not 0 < delta < 1:
        raise ConfigError(f"delta must be in (0, 1), got {delta}")
    best, best_order = math.inf, float(orders[0])
    for r, a in zip(rdp, orders, strict=True):
        if not math.isfinite(r):
            continue
        eps = r + math.log1p(-1 / a) - (math.log(delta) + math.log(a)) / (a - 1)
        if eps < best:
            best, best_order = max(eps, 0.0), float(a)
    return best, best_order


@dataclass(frozen=True)
class Mechanism:
    """`steps` applications of the subsampled Gaussian mechanism with rate q and noise multiplier sigma."""

    q: float
    sigma: float
    steps: int


@dataclass(frozen=True)
class PrivacySpent:
    epsilon: float
    delta: float
    order: float


def privacy_spent(mechanisms: Iterable[Mechanism], delta: float,
                  orders: Sequence[float] = DEFAULT_ORDERS) -> PrivacySpent:
    """(epsilon, delta) of the composition of `mechanisms` (adaptive composition: RDP adds up)."""
    total = np.zeros(len(orders))
    for m in mechanisms:
        if m.steps < 0:
            raise ConfigError(f"steps must be 0 or more, got {m.steps}")
        total += np.array([m.steps * rdp_step(m.q, m.sigma, a) if m.steps else 0.0 for a in orders])
    eps, order = epsilon_from_rdp(total.tolist(), orders, delta)
    return PrivacySpent(eps, delta, order)


def check_budget(epsilon: float, delta: float, n: int) -> None:
    """An (epsilon, delta) budget that means something for n records, or a ConfigError saying why not."""
    if not (math.isfinite(epsilon) and epsilon > 0):
        raise ConfigError(f"epsilon must be a positive number, got {epsilon}")
    if not 0 < delta < 1:
        raise ConfigError(f"delta must be in (0, 1), got {delta}")
    if n > 0 and delta >= 1 / n:
        raise ConfigError(f"delta {delta:g} is not below 1/n = {1 / n:.3g} for {n} records: a mechanism that "
                          "publishes one whole record at random would meet it; use delta well below 1/n")


def noise_for(epsilon: float, delta: float, q: float, steps: int, other: Sequence[Mechanism] = (),
              orders: Sequence[float] = DEFAULT_ORDERS, tolerance: float = 0.002) -> float:
    """The smallest noise multiplier sigma whose `steps` (plus the `other` mechanisms) spend at most
    `epsilon` at `delta` (bisection on log sigma; the spent epsilon lies within `tolerance` of the target)."""
    if not (math.isfinite(epsilon) and epsilon > 0):
        raise ConfigError(f"epsilon must be a positive number, got {epsilon}")

    def spent(sigma: float) -> float:
        return privacy_spent([*other, Mechanism(q, sigma, steps)], delta, orders).epsilon

    lo, hi = 1e-2, 1e4
    if spent(hi) > epsilon:
        raise ConfigError(f"epsilon {epsilon:g} at delta {delta:g} cannot be met with {steps} steps at sampling "
                          f"rate {q:g} (even noise multiplier {hi:g} spends {spent(hi):.3g}); fewer steps or a "
                          "smaller sampling rate")
    if spent(lo) <= epsilon:
        return lo
    while hi / lo > 1 + 1e-6:
        mid = math.sqrt(lo * hi)
        if spent(mid) > epsilon:
            lo = mid
        else:
            hi = mid
        if epsilon - spent(hi) <= tolerance * epsilon:
            break
    return hi
