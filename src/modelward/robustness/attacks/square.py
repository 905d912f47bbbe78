"""Square attack (Andriushchenko et al. 2020): score-based random search, L∞ and L2.

Rows are flat feature vectors, so a "square" is a random window of features whose size follows
the paper's schedule (a fraction p of the features, halved at fixed shares of the budget).
L∞ proposals set the window to ±eps vertices; L2 proposals move perturbation mass between two
windows keeping the norm at eps. A proposal is kept only if the margin loss drops. Budget:
`queries` per row including the clean query and the final check, never exceeded.
"""

from __future__ import annotations

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.budget import QueryBudget
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult

_HALVINGS = (10, 50, 200, 500, 1000, 2000, 4000, 6000, 8000)


def p_schedule(p_init: float, it: int, n_iter: int) -> float:
    """The paper's window-size schedule, rescaled to a budget of n_iter iterations."""
    it = int(it / n_iter * 10000)
    return float(p_init / 2 ** sum(it > h for h in _HALVINGS))


def square(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    queries: int = 1000,
    p_init: float | None = None,
    target: np.ndarray | None = None,
    seed: int = 0,
) -> AttackResult:
    """Random search on the margin loss using only probabilities (no gradients)."""
    problem = c.prepare(model, X, y, eps, norm, target)
    queries = c.check_steps("queries", queries, minimum=3)
    p0 = p_init if p_init is not None else (0.05 if norm == "linf" else 0.1)
    if not 0 < p0 <= 1:
        raise AttackConfigError(f"p_init must be in (0, 1], got {p0}")
    rng = np.random.default_rng(seed)
    X0, cons = problem.X, problem.constraints
    n, d = X0.shape
    mutable = np.flatnonzero(cons.mutable)
    budget = QueryBudget(model, n, queries - 1)  # the final check in finish() is the last query
    Z0 = np.log(np.clip(budget.proba(X0, np.arange(n)), 1e-300, 1))
    tgt = problem.target
    loss0 = c.margin(Z0, problem.y, tgt)
    # initialisation: random ±eps per feature (L∞) or a random direction of norm eps (L2)
    D = eps * rng.choice([-1.0, 1.0], size=(n, d)) if norm == "linf" else rng.normal(size=(n, d))
    D[:, ~cons.mutable] = 0.0
    if norm == "l2":
        D *= eps / np.maximum(c.norms(D, "l2"), 1e-12)[:, None]
    Xa = cons.box(X0 + D, X0)
    best = X0.copy()
    loss = loss0.copy()
    rows = np.flatnonzero((loss0 >= 0) & (budget.remaining >= 1))
    if rows.size:
        Z = np.log(np.clip(budget.proba(Xa[rows], rows), 1e-300, 1))
        m = c.margin(Z, problem.y[rows], None if tgt is None else tgt[rows])
        take = m < loss[rows]
        best[rows[take]] = Xa[rows[take]]
        loss[rows[take]] = m[take]
    n_iter = max(queries - 3, 1)
    for it in range(n_iter):
        rows = np.flatnonzero((loss >= 0) & (budget.remaining >= 1))
        if rows.size == 0 or mutable.size == 0:
            break
        size = max(1, round(p_schedule(p0, it, n_iter) * mutable.size))
        if norm == "l2":
            size = min(size, max(1, mutable.size // 2))
        delta = best[rows] - X0[rows]
        perm = mutable[rng.random((rows.size, mutable.size)).argsort(axis=1)]
        win = perm[:, :size]
        ri = np.arange(rows.size)[:, None]
        signs = rng.choice([-1.0, 1.0], size=win.shape)
        if norm == "linf":
            delta[ri, win] = eps * signs
        else:
            other = perm[:, size : 2 * size]
            spare = np.maximum(eps**2 - (delta * delta).sum(axis=1), 0.0)
            mass = (delta[ri, win] ** 2).sum(axis=1) + (delta[ri, other] ** 2).sum(axis=1) + spare
            bump = delta[ri, win] + signs * np.sqrt(mass / size)[:, None]
            bump *= (np.sqrt(mass) / np.maximum(np.linalg.norm(bump, axis=1), 1e-12))[:, None]
            delta[ri, other] = 0.0
            delta[ri, win] = bump
        cand = X0[rows] + delta
        cand = cons.box(cand, X0[rows])
        Z = np.log(np.clip(budget.proba(cand, rows), 1e-300, 1))
        m = c.margin(Z, problem.y[rows], None if tgt is None else tgt[rows])
        take = m < loss[rows]
        best[rows[take]] = cand[take]
        loss[rows[take]] = m[take]
    return c.finish(
        problem, best, "square", "score", budget.used.copy(), Z0=Z0,
        params={"queries": queries, "p_init": p0},
    )
