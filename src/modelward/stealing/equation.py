"""Equation-solving extraction (Tramèr et al. 2016): a model whose log-probability ratios are affine in
its inputs (logistic / softmax regression, linear pipelines with scaling) is recovered exactly from
d + 1 answered queries by solving a linear system; a few more queries verify it. The attacker does not
need to know the model is linear: when verification fails the attack says so and learning-based
extraction takes over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from modelward.stealing.surrogate import Surrogate

VERIFY_ROWS = 8


@dataclass(frozen=True, eq=False)
class EquationResult:
    """The solved copy (None when the model is not softmax-linear), the queries spent and the largest
    log-ratio error on the verification rows."""

    copy: Surrogate | None
    queries: int
    max_error: float
    reason: str = ""


def solve_softmax_linear(query: Callable[[np.ndarray], np.ndarray], lower: np.ndarray, upper: np.ndarray,
                         rng: np.random.Generator, tolerance: float = 1e-4) -> EquationResult:
    """Query d + 1 + VERIFY_ROWS random rows in [lower, upper], solve log p_j - log p_0 = x.w_j + b_j by
    least squares on the first d + 1, and accept the solution if it predicts the verification rows'
    log-ratios within `tolerance` (relative to their spread)."""
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    d = len(lower)
    Q = lower + rng.random((d + 1 + VERIFY_ROWS, d)) * (upper - lower)
    P = np.asarray(query(Q), dtype=float)
    n = len(Q)
    if (P <= 0).any():
        return EquationResult(None, n, float("inf"), "some answers hold probability 0 (labels only, or rounded "
                                                         "or saturated scores): the log-ratios are unknown")
    L = np.log(P) - np.log(P[:, [0]])
    A = np.c_[Q, np.ones(n)]
    fit, verify = slice(0, d + 1), slice(d + 1, n)
    coef, *_ = np.linalg.lstsq(A[fit], L[fit], rcond=None)
    error = np.abs(A[verify] @ coef - L[verify])
    spread = max(float(np.abs(L).max()), 1.0)
    max_error = float(error.max() / spread)
    if max_error > tolerance:
        reason = (f"the log-probability ratios are not affine in the inputs (relative error {max_error:.2g} on "
                  f"{VERIFY_ROWS} verification rows)")
        return EquationResult(None, n, max_error, reason)
    W, b = coef[:d], coef[d]
    return EquationResult(Surrogate(np.zeros(d), np.ones(d), (W, b)), n, max_error)
