"""Projected gradient descent (Madry et al. 2018), L∞ and L2, with random restarts; FGSM is one step."""

from __future__ import annotations

import math

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult

SCHEDULES = ("constant", "cosine")


def pgd(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    steps: int = 20,
    step_size: float | None = None,
    restarts: int = 1,
    random_start: bool = True,
    schedule: str = "constant",
    loss: str = "ce",
    target: np.ndarray | None = None,
    early_stop: bool = True,
    seed: int = 0,
) -> AttackResult:
    """Maximise the loss (targeted: move toward `target`) by signed/normalised gradient steps.

    Step size defaults to 2.5 * eps / steps (Madry et al.); `schedule="cosine"` starts at twice
    that and decays to zero. A row stops once broken (the first adversarial iterate is kept).
    `early_stop=False` keeps pushing broken rows for all steps (high-confidence adversarials,
    which transfer better). Without gradients it falls back to the score-based Square attack and says so in `notes`.
    """
    problem = c.prepare(model, X, y, eps, norm, target)
    steps = c.check_steps("steps", steps)
    restarts = c.check_steps("restarts", restarts)
    if schedule not in SCHEDULES:
        raise AttackConfigError(f"schedule must be one of {SCHEDULES}, got {schedule!r}")
    if loss not in ("ce", "margin"):
        raise AttackConfigError(f"loss must be 'ce' or 'margin', got {loss!r}")
    if step_size is not None and not (step_size > 0 and math.isfinite(step_size)):
        raise AttackConfigError(f"step_size must be positive, got {step_size}")
    if not c.has_gradient(model):
        return _black_box_fallback(model, X, y, eps, norm, target, seed, "pgd")
    alpha = step_size if step_size is not None else 2.5 * eps / steps
    name = "fgsm" if steps == 1 and not random_start else f"pgd-{steps}"
    return _run(problem, name, steps, alpha, restarts, random_start, schedule, loss, seed, early_stop)


def fgsm(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    target: np.ndarray | None = None,
) -> AttackResult:
    """Fast gradient sign method (Goodfellow et al. 2015): one step of size eps."""
    return pgd(model, X, y, eps, norm=norm, steps=1, step_size=eps, random_start=False, target=target)


def _run(
    problem: c.Problem,
    name: str,
    steps: int,
    alpha: float,
    restarts: int,
    random_start: bool,
    schedule: str,
    loss: str,
    seed: int,
    early_stop: bool = True,
) -> AttackResult:
    X0, eps, norm, cons = problem.X, float(problem.eps or 0.0), problem.norm, problem.constraints
    rng = np.random.default_rng(seed)
    obj = c.Objective(problem.model, loss, problem.y, problem.target)
    n = X0.shape[0]
    queries = np.zeros(n, dtype=np.int64)
    Z0 = c.log_scores(problem.model, X0)
    queries += 1
    done = c.success_mask(Z0, problem.y, problem.target) if problem.target is not None else (
        Z0.argmax(axis=1) != problem.y
    )
    best = X0.copy()
    trace: list[float] = []
    for r in range(restarts):
        rows = np.flatnonzero(~done)
        if rows.size == 0:
            break
        Xa = X0[rows].copy()
        if random_start:
            Xa = c.project(c.random_start(X0[rows], eps, norm, rng), X0[rows], eps, norm, cons)
        for t in range(steps + 1):
            Z = c.log_scores(problem.model, Xa)
            queries[rows] += 1
            hit = c.success_mask(Z, problem.y[rows], None if problem.target is None else problem.target[rows])
            if r == 0:
                trace.append(float(np.mean(obj.value(Z, rows))))
            if hit.any() and not early_stop:
                done[rows[hit]] = True
            elif hit.any():
                best[rows[hit]] = Xa[hit]
                done[rows[hit]] = True
                keep = ~hit
                rows, Xa, Z = rows[keep], Xa[keep], Z[keep]
            if t == steps or rows.size == 0:
                break
            G = cons.mask(obj.gradient(Xa, Z, rows))
            queries[rows] += 1
            a = alpha if schedule == "constant" else 2 * alpha * 0.5 * (1 + math.cos(math.pi * t / steps))
            Xa = c.project(Xa + a * c.direction(G, norm), X0[rows], eps, norm, cons)
        if rows.size:
            best[rows] = Xa  # the last iterate of rows still running (checked again by finish)
    return c.finish(
        problem, best, name, "white-box", queries, Z0=Z0, loss_trace=tuple(trace),
        params={"steps": steps, "step_size": alpha, "restarts": restarts, "schedule": schedule, "loss": loss},
    )


def _black_box_fallback(
    model: ModelAdapter, X: np.ndarray, y: np.ndarray, eps: float, norm: str,
    target: np.ndarray | None, seed: int, asked: str,
) -> AttackResult:
    from dataclasses import replace

    from modelward.robustness.attacks._square import square

    res = square(model, X, y, eps, norm=norm, target=target, seed=seed)
    note = f"{asked}: the model has no input gradient; ran the score-based Square attack instead"
    return replace(res, notes=(note, *res.notes))
