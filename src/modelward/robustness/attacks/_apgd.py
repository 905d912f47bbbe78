"""Auto-PGD (Croce & Hein 2020): APGD-CE, APGD-DLR and targeted APGD-T, L∞ and L2.

Step size starts at 2*eps and is halved at checkpoints w_j = ceil(p_j * N), p_0 = 0, p_1 = 0.22,
p_{j+1} = p_j + max(p_j - p_{j-1} - 0.03, 0.06), when the loss rose in fewer than rho = 0.75 of
the steps since the last checkpoint, or when neither the step nor the best loss changed; the
iterate then restarts from the best point. Steps use momentum alpha = 0.75.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult

LOSSES = ("ce", "dlr")


def checkpoints(n_iter: int) -> list[int]:
    """The iterations at which APGD may halve its step size."""
    p = [0.0, 0.22]
    while p[-1] < 1:
        p.append(p[-1] + max(p[-1] - p[-2] - 0.03, 0.06))
    return sorted({math.ceil(round(q * n_iter, 9)) for q in p if q <= 1} - {0})


def apgd(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    loss: str = "ce",
    steps: int = 100,
    restarts: int = 1,
    target: np.ndarray | None = None,
    n_target_classes: int = 0,
    rho: float = 0.75,
    seed: int = 0,
) -> AttackResult:
    """Run APGD. `n_target_classes > 0` runs APGD-T: targeted DLR toward each of the top-k other
    classes in turn, counting any misclassification (AutoAttack's use); `target` runs a user
    targeted attack (CE toward the target). Falls back to Square without gradients, saying so."""
    problem = c.prepare(model, X, y, eps, norm, target)
    steps = c.check_steps("steps", steps)
    restarts = c.check_steps("restarts", restarts)
    if loss not in LOSSES:
        raise AttackConfigError(f"loss must be one of {LOSSES}, got {loss!r}")
    if not 0 < rho < 1:
        raise AttackConfigError(f"rho must be in (0, 1), got {rho}")
    if not c.has_gradient(model):
        from modelward.robustness.attacks._pgd import _black_box_fallback

        return _black_box_fallback(model, X, y, eps, norm, target, seed, "apgd")
    notes: list[str] = []
    K = problem.n_classes
    if n_target_classes and target is None:
        k = min(int(n_target_classes), K - 1)
        if K < 4:
            notes.append(f"apgd-t: {K} classes is too few for targeted DLR; used targeted CE")
        return _targeted_sweep(problem, k, steps, rho, seed, K >= 4, tuple(notes))
    kind = loss
    if target is not None:
        kind = "ce"
    elif loss == "dlr" and K < 3:
        notes.append(f"apgd-dlr: {K} classes is too few for DLR; used cross-entropy")
        kind = "ce"
    name = f"apgd-{loss}" if target is None else "apgd-targeted"
    rng = np.random.default_rng(seed)
    Z0 = c.log_scores(problem.model, problem.X)
    queries = np.ones(problem.X.shape[0], dtype=np.int64)
    done = _done(Z0, problem.y, problem.target)
    best = problem.X.copy()
    trace: tuple[float, ...] = ()
    for r in range(restarts):
        rows = np.flatnonzero(~done)
        if rows.size == 0:
            break
        obj = c.Objective(problem.model, kind, problem.y, problem.target)
        Xr, hit, tr = _apgd_rows(problem, obj, rows, steps, rho, rng, queries, problem.target)
        best[rows] = Xr
        done[rows[hit]] = True
        if r == 0:
            trace = tr
    return c.finish(problem, best, name, "white-box", queries, Z0=Z0, loss_trace=trace, notes=tuple(notes),
                    params={"steps": steps, "restarts": restarts, "loss": kind, "rho": rho})


def _done(Z: np.ndarray, y: np.ndarray, target: np.ndarray | None) -> np.ndarray:
    return c.success_mask(Z, y, target)


def _targeted_sweep(
    problem: c.Problem, k: int, steps: int, rho: float, seed: int, dlr: bool, notes: tuple[str, ...]
) -> AttackResult:
    rng = np.random.default_rng(seed)
    Z0 = c.log_scores(problem.model, problem.X)
    queries = np.ones(problem.X.shape[0], dtype=np.int64)
    done = Z0.argmax(axis=1) != problem.y
    best = problem.X.copy()
    order = np.argsort(-Z0, axis=1)
    trace: tuple[float, ...] = ()
    for i in range(k):
        rows = np.flatnonzero(~done)
        if rows.size == 0:
            break
        # the (i+1)-th most likely class other than the label
        others = np.array([[j for j in order[r] if j != problem.y[r]][i] for r in range(len(order))])
        obj = c.Objective(problem.model, "dlr-t" if dlr else "ce", problem.y, others)
        Xr, hit, tr = _apgd_rows(problem, obj, rows, steps, rho, rng, queries, None)
        best[rows] = Xr
        done[rows[hit]] = True
        if i == 0:
            trace = tr
    res = c.finish(problem, best, "apgd-t", "white-box", queries, Z0=Z0, loss_trace=trace, notes=notes,
                   params={"steps": steps, "n_target_classes": k, "loss": "dlr-t" if dlr else "ce"})
    return replace(res, targeted=False)


def _apgd_rows(
    problem: c.Problem,
    obj: c.Objective,
    rows: np.ndarray,
    n_iter: int,
    rho: float,
    rng: np.random.Generator,
    queries: np.ndarray,
    success_target: np.ndarray | None,
) -> tuple[np.ndarray, np.ndarray, tuple[float, ...]]:
    """APGD on the given rows; returns their best rows (adversarial if found), hits, mean-loss trace."""
    X0 = problem.X[rows]
    eps, norm, cons, model = float(problem.eps or 0.0), problem.norm, problem.constraints, problem.model
    y = problem.y[rows]
    tgt = None if success_target is None else success_target[rows]
    n = len(rows)
    idx = np.arange(n)

    def evaluate(Xa: np.ndarray, sel: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        Z = c.log_scores(model, Xa)
        G = cons.mask(obj.gradient(Xa, Z, rows[sel]))
        queries[rows[sel]] += 2
        return obj.value(Z, rows[sel]), G, c.success_mask(Z, y[sel], None if tgt is None else tgt[sel])

    x = c.project(c.random_start(X0, eps, norm, rng), X0, eps, norm, cons)
    f, g, hit = evaluate(x, idx)
    adv = np.where(hit[:, None], x, X0)
    found = hit.copy()
    x_best, f_best, g_best = x.copy(), f.copy(), g.copy()
    step = np.full(n, 2.0 * eps)
    x_prev = x.copy()
    marks = checkpoints(n_iter)
    last_mark = 0
    increases = np.zeros(n)
    f_best_at_mark = f_best.copy()
    reduced_at_mark = np.zeros(n, bool)
    trace = [float(f.mean())]
    f_cur = f.copy()
    active = ~found
    for it in range(1, n_iter):
        act = np.flatnonzero(active)
        if act.size == 0:
            break
        a = 0.75 if it > 1 else 1.0
        xa = x[act]
        z = c.project(xa + step[act, None] * c.direction(g[act], norm), X0[act], eps, norm, cons)
        x_new = c.project(xa + a * (z - xa) + (1 - a) * (xa - x_prev[act]), X0[act], eps, norm, cons)
        x_prev[act] = xa
        x[act] = x_new
        fn, gn, hn = evaluate(x_new, act)
        increases[act] += fn > f_cur[act]
        f_cur[act] = fn
        g[act] = gn
        better = fn > f_best[act]
        upd = act[better]
        x_best[upd], f_best[upd], g_best[upd] = x_new[better], fn[better], gn[better]
        if hn.any():
            adv[act[hn]] = x_new[hn]
            found[act[hn]] = True
            active[act[hn]] = False
        trace.append(float(f_best.mean()))
        if it in marks:
            window = it - last_mark
            osc = increases < rho * window
            stalled = ~reduced_at_mark & (f_best_at_mark >= f_best)
            halve = (osc | stalled) & active
            step[halve] /= 2.0
            x[halve] = x_best[halve]
            g[halve] = g_best[halve]
            reduced_at_mark = halve
            f_best_at_mark = f_best.copy()
            increases[:] = 0
            last_mark = it
    out = np.where(found[:, None], adv, x_best)
    return out, found, tuple(trace)
