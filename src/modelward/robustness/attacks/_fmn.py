"""Fast minimum-norm L2 attack (FMN, Pintor et al. 2021): the smallest adversarial row per row.

Normalised gradient steps on the logit margin, projected onto an L2 ball whose radius adapts per
row: shrinks while the iterate is adversarial, grows while it is not (before any success: jumps
just past the linearised distance to the boundary, which a piecewise-linear network would
otherwise approach without crossing); step size and radius change both decay on a cosine
schedule. The smallest adversarial row is kept, then pulled towards the original row by bisection
along the segment between them (forward passes only).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult


def fmn(
    model: Any,
    X: np.ndarray,
    y: np.ndarray,
    eps: float | None = None,
    *,
    steps: int = 500,
    alpha_init: float = 1.0,
    alpha_final: float = 0.01,
    gamma_init: float = 0.05,
    gamma_final: float = 0.001,
    refine_steps: int = 10,
    start: np.ndarray | None = None,
    target: np.ndarray | None = None,
) -> AttackResult:
    """Minimal-L2 attack; with `eps`, a row counts as broken when an adversarial row lies within eps,
    and stops there. Step sizes are fractions of the features' typical range. Needs gradients."""
    problem = c.prepare(model, X, y, eps, "l2", target)
    steps = c.check_steps("steps", steps)
    refine_steps = c.check_steps("refine_steps", refine_steps, minimum=0)
    if not 0 < alpha_final <= alpha_init:
        raise AttackConfigError(f"need 0 < alpha_final <= alpha_init, got {alpha_final} and {alpha_init}")
    if not 0 <= gamma_final <= gamma_init < 1:
        raise AttackConfigError(f"need 0 <= gamma_final <= gamma_init < 1, got {gamma_final} and {gamma_init}")
    if not c.has_gradient(model):
        raise AttackConfigError("fmn needs input gradients; use hopskipjump for this model")
    X0, cons = problem.X, problem.constraints
    n = X0.shape[0]
    width = cons.upper - cons.lower
    finite = np.isfinite(width) & (width > 0)
    scale = float(np.median(width[finite])) if finite.any() else max(float(np.ptp(X0)), 1.0)
    far = np.maximum(X0 - cons.lower, cons.upper - X0)
    worst = np.sqrt((np.where(cons.mutable, far, 0.0) ** 2).sum(axis=1))  # inf when a feature is unbounded
    queries = np.zeros(n, dtype=np.int64)
    Z0 = c.log_scores(model, X0)
    queries += 1
    toward = problem.target if problem.target is not None else nearest_class(model, X0, Z0, problem.y, queries)
    best, best_d = X0.copy(), np.full(n, np.inf)
    live = np.flatnonzero(Z0.argmax(axis=1) == problem.y) if problem.target is None else np.arange(n)
    delta = np.zeros((live.size, X0.shape[1]))
    radius = np.full(live.size, np.inf)
    found = np.zeros(live.size, bool)
    if start is not None:  # warm start: adversarial rows of another attack, shrunk to the boundary
        S = cons.box(np.asarray(start, dtype=np.float64).reshape(X0.shape), X0)
        Zs = c.log_scores(model, S)
        queries += 1
        ok = c.success_mask(Zs, problem.y, problem.target)
        best[ok], best_d[ok] = S[ok], np.sqrt(((S[ok] - X0[ok]) ** 2).sum(axis=1))
        best = bisect_towards_origin(problem, best, ok, refine_steps, queries)
        best_d[ok] = np.sqrt(((best[ok] - X0[ok]) ** 2).sum(axis=1))
        delta = best[live] - X0[live]
        found = ok[live]
        radius = np.where(found, best_d[live], np.inf)
    for k in range(steps):
        if live.size == 0:
            break
        cosine = (1 + np.cos(np.pi * k / steps)) / 2
        alpha = scale * (alpha_final + (alpha_init - alpha_final) * cosine)
        gamma = gamma_final + (gamma_init - gamma_final) * cosine
        Xa = X0[live] + delta
        Z = c.log_scores(model, Xa)
        r_ = np.arange(live.size)
        t_ = toward[live]
        mg = Z[r_, problem.y[live]] - Z[r_, t_]  # the margin to the class the row heads for
        G = cons.mask(np.asarray(model.loss_gradient(Xa, problem.y[live]), dtype=np.float64)
                      - np.asarray(model.loss_gradient(Xa, t_), dtype=np.float64))  # ascent direction of -mg
        G[((Xa <= cons.lower) & (G < 0)) | ((Xa >= cons.upper) & (G > 0))] = 0.0  # the box's faces hold
        queries[live] += 3
        d = np.sqrt((delta * delta).sum(axis=1))
        adv = c.success_mask(Z, problem.y[live], None if problem.target is None else problem.target[live])
        better = adv & (d < best_d[live])
        best[live[better]], best_d[live[better]] = Xa[better], d[better]
        found |= adv
        g_norm = np.maximum(np.sqrt((G * G).sum(axis=1)), 1e-12)
        to_boundary = np.abs(mg) / g_norm
        radius = np.where(adv, np.minimum(radius * (1 - gamma), best_d[live]),
                          (1 + gamma) * np.where(found, radius, d + to_boundary))
        radius = np.minimum(radius, worst[live])
        delta = delta + alpha * G / g_norm[:, None]
        dn = np.sqrt((delta * delta).sum(axis=1))
        delta *= np.minimum(1.0, radius / np.maximum(dn, 1e-12))[:, None]
        delta = cons.box(X0[live] + delta, X0[live]) - X0[live]
        if problem.eps is not None:  # early abort: rows already broken within eps
            keep = ~(best_d[live] <= problem.eps)
            live, delta, radius, found = live[keep], delta[keep], radius[keep], found[keep]
    if live.size:  # the last iterate was never checked
        Xa = X0[live] + delta
        Z = c.log_scores(model, Xa)
        queries[live] += 1
        adv = c.success_mask(Z, problem.y[live], None if problem.target is None else problem.target[live])
        d = np.sqrt((delta * delta).sum(axis=1))
        better = adv & (d < best_d[live])
        best[live[better]], best_d[live[better]] = Xa[better], d[better]
    best = bisect_towards_origin(problem, best, np.isfinite(best_d), refine_steps, queries)
    return c.finish(problem, best, "fmn-l2", "white-box", queries, Z0=Z0,
                    params={"steps": steps, "alpha_init": alpha_init, "gamma_init": gamma_init})


def nearest_class(
    model: Any, X0: np.ndarray, Z0: np.ndarray, y: np.ndarray, queries: np.ndarray,
) -> np.ndarray:
    """Per row, the class whose linearised boundary is closest in L2 (DeepFool's choice at x0):
    argmin_k (z_y - z_k) / ||grad (z_y - z_k)||, from one gradient per class."""
    K = Z0.shape[1]
    rows = np.arange(X0.shape[0])
    g_y = -np.asarray(model.loss_gradient(X0, y), dtype=np.float64)
    dist = np.full((X0.shape[0], K), np.inf)
    for k in range(K):
        g = -np.asarray(model.loss_gradient(X0, np.full(X0.shape[0], k)), dtype=np.float64) - g_y
        dist[:, k] = (Z0[rows, y] - Z0[:, k]) / np.maximum(np.sqrt((g * g).sum(axis=1)), 1e-12)
    queries += K + 1
    dist[rows, y] = np.inf
    return np.asarray(dist.argmin(axis=1))


def bisect_towards_origin(
    problem: c.Problem, best: np.ndarray, rows_found: np.ndarray, steps: int, queries: np.ndarray,
) -> np.ndarray:
    """Shrink each adversarial row along the segment to its original row, keeping it adversarial:
    a bisection on t in x0 + t (x_adv - x0), `steps` forward passes per row (counted in `queries`)."""
    rows = np.flatnonzero(rows_found)
    if rows.size == 0 or steps == 0:
        return best
    X0 = problem.X[rows]
    D = best[rows] - X0
    lo, hi = np.zeros(rows.size), np.ones(rows.size)
    tgt = None if problem.target is None else problem.target[rows]
    for _ in range(steps):
        mid = (lo + hi) / 2
        Z = c.log_scores(problem.model, X0 + mid[:, None] * D)
        queries[rows] += 1
        ok = c.success_mask(Z, problem.y[rows], tgt)
        hi, lo = np.where(ok, mid, hi), np.where(ok, lo, mid)
    out = best.copy()
    out[rows] = X0 + hi[:, None] * D
    return out
