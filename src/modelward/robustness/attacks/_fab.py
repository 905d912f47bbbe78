"""FAB, the fast adaptive boundary attack (Croce & Hein 2020): minimal L∞ / L2 adversarial examples.

Each step linearises the decision boundary toward the closest class (untargeted) or the target,
projects both the iterate and the original row onto that hyperplane within the feature box,
and moves to a convex combination biased toward the original (weight alpha <= alpha_max), with
overshoot eta. When a step lands on an adversarial row it is kept if smaller than the best so far,
and the iterate steps back toward the original by beta. FAB-T (AutoAttack's variant) runs the
targeted version against each of the top-k other classes in turn, counting any misclassification.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult

_BIG = 1e20  # stands in for an unbounded feature's room to move


def fab(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float | None = None,
    *,
    norm: str = "linf",
    steps: int = 100,
    restarts: int = 1,
    target: np.ndarray | None = None,
    n_target_classes: int = 0,
    alpha_max: float = 0.1,
    eta: float = 1.05,
    beta: float = 0.9,
    seed: int = 0,
) -> AttackResult:
    """Minimal-norm attack. With `eps`, a row counts as broken when an adversarial row lies within
    eps (and stops there); without it, the smallest adversarial row found is returned.
    `n_target_classes > 0` runs FAB-T; `target` runs a targeted attack toward the given labels."""
    problem = c.prepare(model, X, y, eps, norm, target)
    steps = c.check_steps("steps", steps)
    restarts = c.check_steps("restarts", restarts)
    if not 0 <= alpha_max <= 1:
        raise AttackConfigError(f"alpha_max must be in [0, 1], got {alpha_max}")
    if not eta >= 1:
        raise AttackConfigError(f"eta (overshoot) must be >= 1, got {eta}")
    if not 0 < beta <= 1:
        raise AttackConfigError(f"beta (backward step) must be in (0, 1], got {beta}")
    if int(n_target_classes) != n_target_classes or n_target_classes < 0:
        raise AttackConfigError(f"n_target_classes must be an integer >= 0, got {n_target_classes}")
    if n_target_classes and target is not None:
        raise AttackConfigError("give either target (a targeted attack) or n_target_classes (FAB-T), not both")
    if not c.has_gradient(model):
        raise AttackConfigError("fab needs input gradients; use square or hopskipjump for this model")
    X0 = problem.X
    n = X0.shape[0]
    rng = np.random.default_rng(seed)
    queries = np.ones(n, dtype=np.int64)
    Z0 = c.log_scores(model, X0)
    best = X0.copy()
    best_norm = np.full(n, np.inf)
    todo = Z0.argmax(axis=1) == problem.y
    opts = {"steps": steps, "restarts": restarts, "alpha_max": alpha_max, "eta": eta, "beta": beta}
    if n_target_classes:
        k = min(int(n_target_classes), problem.n_classes - 1)
        order = np.argsort(-Z0, axis=1)
        for i in range(k):
            rows = np.flatnonzero(todo & ~_within(best_norm, problem.eps))
            if rows.size == 0:
                break
            # the (i+1)-th most likely class other than the label, at the clean row
            tgt = np.array([[j for j in order[r] if j != problem.y[r]][i] for r in rows])
            _run(problem, rows, tgt, False, opts, rng, queries, best, best_norm)
        res = c.finish(problem, best, "fab-t", "white-box", queries, Z0=Z0,
                       params={**opts, "n_target_classes": k})
        return replace(res, targeted=False)
    if problem.target is not None:
        todo = np.ones(n, bool)  # a targeted attack also moves rows the model already gets wrong
        todo &= Z0.argmax(axis=1) != problem.target
    rows = np.flatnonzero(todo)
    if rows.size:
        user_tgt = None if problem.target is None else problem.target[rows]
        _run(problem, rows, user_tgt, problem.target is not None, opts, rng, queries, best, best_norm)
    name = "fab" if problem.target is None else "fab-targeted"
    return c.finish(problem, best, name, "white-box", queries, Z0=Z0, params=opts)


def _within(dist: np.ndarray, eps: float | None) -> np.ndarray:
    if eps is None:
        return np.zeros(dist.shape, bool)
    return np.asarray(dist <= eps * (1 + 1e-6))


def _run(
    problem: c.Problem,
    rows: np.ndarray,
    tgt: np.ndarray | None,
    hit_target: bool,
    opts: dict[str, float],
    rng: np.random.Generator,
    queries: np.ndarray,
    best: np.ndarray,
    best_norm: np.ndarray,
) -> None:
    """FAB on `rows` (restarts included), updating best / best_norm in place.

    `tgt` None: boundary toward the closest other class; else toward tgt. Success means the
    prediction is tgt when `hit_target`, else any class but the label."""
    model, norm, cons, eps = problem.model, problem.norm, problem.constraints, problem.eps
    X0, y = problem.X[rows], problem.y[rows]
    K = problem.n_classes
    for r in range(int(opts["restarts"])):
        live = np.flatnonzero(~_within(best_norm[rows], eps))
        if live.size == 0:
            return
        x = X0[live].copy()
        if r > 0:
            radius = np.minimum(best_norm[rows[live]], eps if eps is not None else np.inf)
            radius = np.where(np.isfinite(radius), radius, 0.0)
            x = cons.box(_random_at(X0[live], 0.5 * radius, norm, rng), X0[live])
        for _ in range(int(opts["steps"])):
            if live.size == 0:
                break
            R = rows[live]
            Z = c.log_scores(model, x)
            queries[R] += 1
            ref = y[live]
            if hit_target and tgt is not None:  # the target must beat every class, not only the label
                other = Z.copy()
                other[np.arange(live.size), tgt[live]] = -np.inf
                ref = other.argmax(axis=1)
            f, G = _boundary(model, x, Z, ref, None if tgt is None else tgt[live], K, cons, norm)
            queries[R] += K if tgt is None else 2
            d1 = _project(x, G, f, cons, norm)
            # the same hyperplane seen from the original row: value there is f + G.(x0 - x)
            f0 = f + np.einsum("ij,ij->i", G, X0[live] - x)
            d2 = _project(X0[live], G, f0, cons, norm)
            a1, a2 = c.norms(d1, norm), c.norms(d2, norm)
            alpha = np.clip(a1 / np.maximum(a1 + a2, 1e-12), 0.0, opts["alpha_max"])[:, None]
            x = cons.box((x + opts["eta"] * d1) * (1 - alpha) + (X0[live] + opts["eta"] * d2) * alpha, X0[live])
            Zn = c.log_scores(model, x)
            queries[R] += 1
            pred = Zn.argmax(axis=1)
            adv = pred == tgt[live] if (hit_target and tgt is not None) else pred != y[live]
            dist = c.norms(x - X0[live], norm)
            better = adv & (dist < best_norm[R])
            best[R[better]] = x[better]
            best_norm[R[better]] = dist[better]
            x[adv] = X0[live][adv] + opts["beta"] * (x[adv] - X0[live][adv])
            keep = ~_within(best_norm[R], eps)
            live, x = live[keep], x[keep]


def _boundary(
    model: Any, X: np.ndarray, Z: np.ndarray, y: np.ndarray, tgt: np.ndarray | None, K: int,
    cons: object, norm: str,
) -> tuple[np.ndarray, np.ndarray]:
    """The linearised boundary to cross: f = z_j - z_y and its gradient G, j the target or, untargeted,
    the class whose linearised boundary is closest (distance |f| / dual norm of G); y is the label,
    or for a targeted attack the strongest class other than the target."""
    from modelward.robustness.constraints import Constraints

    assert isinstance(cons, Constraints)

    def dlogp(k: np.ndarray) -> np.ndarray:
        return cons.mask(-np.asarray(model.loss_gradient(X, k), dtype=np.float64))

    rows = np.arange(X.shape[0])
    g_y = dlogp(y)
    if tgt is not None:
        return Z[rows, tgt] - Z[rows, y], dlogp(tgt) - g_y
    best_f = np.zeros(X.shape[0])
    best_g = np.zeros_like(X)
    best_d = np.full(X.shape[0], np.inf)
    for j in range(K):
        g = dlogp(np.full(X.shape[0], j)) - g_y
        f = Z[:, j] - Z[rows, y]
        dual = np.abs(g).sum(axis=1) if norm == "linf" else np.sqrt((g * g).sum(axis=1))
        d = np.abs(f) / np.maximum(dual, 1e-12)
        d[y == j] = np.inf
        closer = d < best_d
        best_d[closer], best_f[closer], best_g[closer] = d[closer], f[closer], g[closer]
    return best_f, best_g


def _project(X: np.ndarray, G: np.ndarray, f: np.ndarray, cons: object, norm: str) -> np.ndarray:
    """The smallest d (L∞ or L2) with f + G.d = 0 and X + d inside the feature box; where the box
    does not reach the hyperplane, the d in the box that comes closest.

    Moving each coordinate toward the hyperplane at rate r_i (1 for L∞, |G_i| for L2) until its
    bound stops it makes G.d a piecewise-linear, non-decreasing function of the step; the breakpoints
    are sorted once and the step solved on the segment where it reaches |f|."""
    from modelward.robustness.constraints import Constraints

    assert isinstance(cons, Constraints)
    s = np.where(f > 0, -1.0, 1.0)  # we need G.d = -f; flip so the need is s*(-f) = |f| >= 0
    need = np.abs(f)
    Gs = G * s[:, None]
    a = np.abs(Gs)
    room = np.where(Gs > 0, cons.upper - X, X - cons.lower)
    room = np.where(np.isfinite(room), np.maximum(room, 0.0), _BIG)
    room = np.where(a > 0, room, 0.0)
    rate = np.where(a > 0, 1.0 if norm == "linf" else a, 0.0)
    bp = np.divide(room, rate, out=np.zeros_like(room), where=rate > 0)
    order = np.argsort(bp, axis=1)
    bp_s = np.take_along_axis(bp, order, 1)
    gain_sat = np.cumsum(np.take_along_axis(a * room, order, 1), axis=1)  # saturated up to and with k
    slope = a * rate
    slope_left = slope.sum(axis=1, keepdims=True) - np.cumsum(np.take_along_axis(slope, order, 1), axis=1)
    reach = gain_sat + bp_s * slope_left  # G.d at each breakpoint
    ok = reach >= need[:, None]
    has = ok.any(axis=1)
    k = np.where(has, ok.argmax(axis=1), bp.shape[1] - 1)
    rows = np.arange(X.shape[0])
    sat_before = np.where(k > 0, gain_sat[rows, np.maximum(k - 1, 0)], 0.0)
    slope_at = np.where(k > 0, slope_left[rows, np.maximum(k - 1, 0)], slope.sum(axis=1))
    lam = np.divide(need - sat_before, slope_at, out=np.zeros_like(need), where=slope_at > 0)
    lam = np.where(has, lam, bp_s[:, -1] if bp.shape[1] else 0.0)
    # Gs.d = |f| means G.d = -f: the flip is already in the direction sign(Gs)
    return np.asarray(np.sign(Gs) * np.minimum(rate * lam[:, None], room))


def _random_at(X0: np.ndarray, radius: np.ndarray, norm: str, rng: np.random.Generator) -> np.ndarray:
    """A random point at the given norm distance from each row (a restart's start)."""
    T = rng.uniform(-1, 1, X0.shape) if norm == "linf" else rng.normal(size=X0.shape)
    return np.asarray(X0 + T * (radius / np.maximum(c.norms(T, norm), 1e-12))[:, None])
