"""DeepFool (Moosavi-Dezfooli et al. 2016): minimal perturbation by linearising the class margins.

Each step moves to the nearest linearised boundary among the `candidates` most likely other
classes, with overshoot; L2 and L∞ variants. Without `eps` it reports the minimal norm found.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult


def deepfool(
    model: Any,
    X: np.ndarray,
    y: np.ndarray,
    *,
    eps: float | None = None,
    norm: str = "l2",
    steps: int = 50,
    candidates: int = 10,
    overshoot: float = 0.02,
) -> AttackResult:
    """Untargeted minimal-norm attack; needs gradients."""
    problem = c.prepare(model, X, y, eps, norm)
    steps = c.check_steps("steps", steps)
    if not c.has_gradient(model):
        raise AttackConfigError("deepfool needs input gradients; use hopskipjump or square for this model")
    X0, cons = problem.X, problem.constraints
    n = X0.shape[0]
    queries = np.zeros(n, dtype=np.int64)
    Z0 = c.log_scores(model, X0)
    queries += 1
    k = min(candidates, problem.n_classes - 1)
    others = np.argsort(-Z0, axis=1)
    others = np.array([[j for j in row if j != yy][:k] for row, yy in zip(others, problem.y, strict=True)])
    r_tot = np.zeros_like(X0)
    rows = np.flatnonzero(Z0.argmax(axis=1) == problem.y)
    best = X0.copy()
    for _ in range(steps):
        if rows.size == 0:
            break
        Xa = cons.box(X0[rows] + (1 + overshoot) * r_tot[rows], X0[rows])
        Z = c.log_scores(model, Xa)
        queries[rows] += 1
        hit = Z.argmax(axis=1) != problem.y[rows]
        best[rows[hit]] = Xa[hit]
        rows, Xa, Z = rows[~hit], Xa[~hit], Z[~hit]
        if rows.size == 0:
            break
        g_y = -np.asarray(model.loss_gradient(Xa, problem.y[rows]))
        best_step = np.full(rows.size, np.inf)
        step = np.zeros_like(Xa)
        for j in range(k):
            cls = others[rows, j]
            w = cons.mask(-np.asarray(model.loss_gradient(Xa, cls)) - g_y)
            f = Z[np.arange(rows.size), cls] - Z[np.arange(rows.size), problem.y[rows]]
            dual = np.abs(w).sum(axis=1) if norm == "linf" else np.sqrt((w * w).sum(axis=1))
            dist = np.abs(f) / np.maximum(dual, 1e-12)
            closer = dist < best_step
            best_step[closer] = dist[closer]
            d = np.sign(w) if norm == "linf" else w / np.maximum(dual, 1e-12)[:, None]
            step[closer] = (dist[closer] + 1e-4)[:, None] * d[closer]
        queries[rows] += k + 1
        r_tot[rows] += step
    return c.finish(problem, best if eps is None else _clip_eps(best, X0, eps, norm, cons), "deepfool",
                    "white-box", queries, Z0=Z0, params={"steps": steps, "overshoot": overshoot})


def _clip_eps(Xa: np.ndarray, X0: np.ndarray, eps: float, norm: str, cons: object) -> np.ndarray:
    from modelward.robustness.constraints import Constraints

    assert isinstance(cons, Constraints)
    return c.project(Xa, X0, eps, norm, cons)
