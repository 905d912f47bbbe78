"""Carlini-Wagner L2 (2017): minimise ||delta||^2 + c * max(margin, -kappa) with Adam, binary search on c.

Bounded features use the tanh change of variables so every iterate stays in the box; unbounded
ones are optimised directly. Keeps the smallest adversarial found per row.
"""

from __future__ import annotations

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult


def carlini_wagner_l2(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    *,
    eps: float | None = None,
    steps: int = 100,
    search_steps: int = 5,
    c_init: float = 1.0,
    kappa: float = 0.0,
    lr: float = 0.01,
    target: np.ndarray | None = None,
) -> AttackResult:
    """Minimal-L2 attack; `eps` only decides success. Needs gradients."""
    problem = c.prepare(model, X, y, eps, "l2", target)
    steps = c.check_steps("steps", steps)
    search_steps = c.check_steps("search_steps", search_steps)
    if not c.has_gradient(model):
        raise AttackConfigError("carlini_wagner_l2 needs input gradients; use hopskipjump for this model")
    X0, cons = problem.X, problem.constraints
    n = X0.shape[0]
    lo = np.where(np.isfinite(cons.lower), cons.lower, 0.0)
    width = np.where(np.isfinite(cons.upper - cons.lower), cons.upper - cons.lower, 0.0)
    boxed = width > 0
    scale = float(np.median(width[boxed])) if boxed.any() else max(float(np.ptp(X0)), 1.0)

    def to_x(w: np.ndarray) -> np.ndarray:
        return np.where(boxed, lo + width * (np.tanh(w) + 1) / 2, w)

    def dx_dw(w: np.ndarray) -> np.ndarray:
        return np.where(boxed, width * (1 - np.tanh(w) ** 2) / 2, 1.0)

    z0 = np.clip((X0 - lo) / np.where(boxed, width, 1.0) * 2 - 1, -1 + 1e-6, 1 - 1e-6)
    w0 = np.where(boxed, np.arctanh(z0), X0)
    obj = c.Objective(model, "margin", problem.y, problem.target)
    queries = np.zeros(n, dtype=np.int64)
    Z0 = c.log_scores(model, X0)
    queries += 1
    const = np.full(n, c_init)
    lower_c, upper_c = np.zeros(n), np.full(n, np.inf)
    best, best_d = X0.copy(), np.full(n, np.inf)
    rows_all = np.arange(n)
    for _ in range(search_steps):
        w = w0.copy()
        m_, v_ = np.zeros_like(w), np.zeros_like(w)
        found = np.zeros(n, bool)
        for t in range(1, steps + 1):
            Xa = cons.box(to_x(w), X0)
            Z = c.log_scores(model, Xa)
            mg = c.margin(Z, problem.y, problem.target)
            hit = mg < 0
            d2 = ((Xa - X0) ** 2).sum(axis=1)
            upd = hit & (d2 < best_d)
            best[upd], best_d[upd] = Xa[upd], d2[upd]
            found |= hit
            active = mg > -kappa
            g_f = np.zeros_like(Xa)
            if active.any():
                g_f[active] = -obj.gradient(Xa[active], Z[active], rows_all[active])
            queries += 3
            G = cons.mask((2 * (Xa - X0) / scale + const[:, None] * g_f) * dx_dw(w))
            m_ = 0.9 * m_ + 0.1 * G
            v_ = 0.999 * v_ + 0.001 * G * G
            w = w - lr * (m_ / (1 - 0.9**t)) / (np.sqrt(v_ / (1 - 0.999**t)) + 1e-8)
        upper_c = np.where(found, np.minimum(upper_c, const), upper_c)
        lower_c = np.where(found, lower_c, np.maximum(lower_c, const))
        const = np.where(np.isfinite(upper_c), (lower_c + upper_c) / 2, const * 10)
    return c.finish(problem, best, "cw-l2", "white-box", queries, Z0=Z0,
                    params={"steps": steps, "search_steps": search_steps, "kappa": kappa})
