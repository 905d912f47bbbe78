"""Carlini-Wagner L2 (2017): minimise ||delta||^2 / scale + c * max(margin, -kappa), binary search on c.

What it adds to the original, so that few iterations suffice:
- untargeted, the margin is to the class whose linearised boundary is nearest (DeepFool's choice
  at the original row), not to the runner-up class, which is often farther;
- the constant starts per row where the linearised problem puts the boundary (twice the smallest
  c whose minimiser reaches it: c* = 2 margin / (scale ||grad margin||^2)), not at one global value;
- the first search step starts on the linearised boundary (one DeepFool step from the gradient the
  constant needed), each later one from the best adversarial row found so far (else where the last
  ended), instead of from the original row;
- Adam on delta itself, projected into the feature box (pixels at a bound move at once, which the
  tanh change of variables forbids), with a cosine-decayed step per search step;
- rows already broken within `eps` stop; the smallest adversarial row is finally pulled towards
  the original row by bisection along the segment between them (forward passes only).
"""

from __future__ import annotations

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.attacks._fmn import bisect_towards_origin, nearest_class
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
    c_init: float | None = None,
    kappa: float = 0.0,
    lr: float = 0.02,
    refine_steps: int = 10,
    target: np.ndarray | None = None,
) -> AttackResult:
    """Minimal-L2 attack; `eps` only decides success (and stops rows broken within it). `c_init`
    None: a constant per row from the linearised margin. `lr` is a fraction of the features' typical
    range. Needs gradients. For the smallest L2 at a given budget, `fmn` is usually stronger."""
    problem = c.prepare(model, X, y, eps, "l2", target)
    steps = c.check_steps("steps", steps)
    search_steps = c.check_steps("search_steps", search_steps)
    refine_steps = c.check_steps("refine_steps", refine_steps, minimum=0)
    if c_init is not None and not c_init > 0:
        raise AttackConfigError(f"c_init must be positive (or None for a per-row start), got {c_init}")
    if not lr > 0:
        raise AttackConfigError(f"lr must be positive, got {lr}")
    if not c.has_gradient(model):
        raise AttackConfigError("carlini_wagner_l2 needs input gradients; use hopskipjump for this model")
    X0, cons = problem.X, problem.constraints
    n = X0.shape[0]
    width = cons.upper - cons.lower
    finite = np.isfinite(width) & (width > 0)
    scale = float(np.median(width[finite])) if finite.any() else max(float(np.ptp(X0)), 1.0)
    queries = np.zeros(n, dtype=np.int64)
    Z0 = c.log_scores(model, X0)
    queries += 1
    # untargeted: the margin to the class whose linearised boundary is nearest (success: any class)
    tgt = problem.target
    toward = tgt if tgt is not None else nearest_class(model, X0, Z0, problem.y, queries)
    obj = c.Objective(model, "margin", problem.y, toward)
    best, best_d = X0.copy(), np.full(n, np.inf)
    live = np.flatnonzero(Z0.argmax(axis=1) == problem.y) if tgt is None else np.arange(n)
    if c_init is None:
        m0 = c.margin(Z0[live], problem.y[live], toward[live])
        g0 = cons.mask(obj.gradient(X0[live], Z0[live], live))
        queries[live] += 2
        const = np.full(n, 1.0)
        const[live] = 4 * np.maximum(m0, 1e-3) / (scale * np.maximum((g0 * g0).sum(axis=1), 1e-12))
    else:
        const = np.full(n, float(c_init))
    lower_c, upper_c = np.zeros(n), np.full(n, np.inf)
    delta = np.zeros_like(X0)
    if c_init is None and live.size:  # start on the linearised boundary (a DeepFool step), not at x0
        g2 = np.maximum((g0 * g0).sum(axis=1), 1e-12)
        delta[live] = cons.box(X0[live] + (1.02 * np.maximum(m0, 0.0) / g2)[:, None] * g0, X0[live]) - X0[live]
    for _ in range(search_steps):
        if live.size == 0:
            break
        start = np.where(np.isfinite(best_d)[live, None], best[live] - X0[live], delta[live])
        d_ = start.copy()
        m_, v_ = np.zeros_like(d_), np.zeros_like(d_)
        found = np.zeros(live.size, bool)
        for t in range(1, steps + 1):
            Xa = X0[live] + d_
            Z = c.log_scores(model, Xa)
            mg = c.margin(Z, problem.y[live], toward[live])
            hit = c.success_mask(Z, problem.y[live], None if tgt is None else tgt[live])
            d2 = (d_ * d_).sum(axis=1)
            upd = hit & (d2 < best_d[live] ** 2)
            best[live[upd]], best_d[live[upd]] = Xa[upd], np.sqrt(d2[upd])
            found |= hit
            active = mg > -kappa
            g_f = np.zeros_like(Xa)
            if active.any():
                g_f[active] = -obj.gradient(Xa[active], Z[active], live[active])
            queries[live] += 1 + 2 * active
            G = cons.mask(2 * d_ / scale + const[live, None] * g_f)
            m_ = 0.9 * m_ + 0.1 * G
            v_ = 0.999 * v_ + 0.001 * G * G
            step = lr * scale * (0.1 + 0.9 * (1 + np.cos(np.pi * (t - 1) / steps)) / 2)
            d_ = d_ - step * (m_ / (1 - 0.9**t)) / (np.sqrt(v_ / (1 - 0.999**t)) + 1e-12)
            d_ = cons.box(X0[live] + d_, X0[live]) - X0[live]
        Xa = X0[live] + d_  # the last iterate
        Z = c.log_scores(model, Xa)
        queries[live] += 1
        hit = c.success_mask(Z, problem.y[live], None if tgt is None else tgt[live])
        d = np.sqrt((d_ * d_).sum(axis=1))
        upd = hit & (d < best_d[live])
        best[live[upd]], best_d[live[upd]] = Xa[upd], d[upd]
        found |= hit
        delta[live] = d_
        upper_c[live] = np.where(found, np.minimum(upper_c[live], const[live]), upper_c[live])
        lower_c[live] = np.where(found, lower_c[live], np.maximum(lower_c[live], const[live]))
        const[live] = np.where(np.isfinite(upper_c[live]), (lower_c[live] + upper_c[live]) / 2, const[live] * 10)
        if problem.eps is not None:  # rows broken within eps are done
            live = live[~(best_d[live] <= problem.eps)]
    best = bisect_towards_origin(problem, best, np.isfinite(best_d), refine_steps, queries)
    return c.finish(problem, best, "cw-l2", "white-box", queries, Z0=Z0,
                    params={"steps": steps, "search_steps": search_steps, "kappa": kappa, "lr": lr})
