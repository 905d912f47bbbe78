"""Square attack (Andriushchenko et al. 2020): score-based random search, L∞ and L2.

When the model declares an image `input_shape` ((C, H, W) or (H, W)), a window is a true square of
side sqrt(p * H * W) at a random position covering every channel, and L∞ proposals give each
channel one sign over the window, as in the paper. Otherwise rows are flat feature vectors and a
window is a random set of features. The window's share p follows the paper's schedule (halved at
fixed shares of the budget). L∞ proposals set the window to ±eps vertices; L2 proposals move
perturbation mass between two windows keeping the norm at eps. A proposal is kept only if the margin loss drops. Budget:
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
    image = _image_shape(getattr(model, "input_shape", None), d)
    for it in range(n_iter):
        rows = np.flatnonzero((loss >= 0) & (budget.remaining >= 1))
        if rows.size == 0 or mutable.size == 0:
            break
        size = max(1, round(p_schedule(p0, it, n_iter) * mutable.size))
        if norm == "l2":
            size = min(size, max(1, mutable.size // 2))
        delta = best[rows] - X0[rows]
        ri = np.arange(rows.size)[:, None]
        if image is not None:
            win, signs = _square_windows(rng, rows.size, image, p_schedule(p0, it, n_iter))
            other, _ = _square_windows(rng, rows.size, image, p_schedule(p0, it, n_iter))
            size = win.shape[1]
        else:
            perm = mutable[rng.random((rows.size, mutable.size)).argsort(axis=1)]
            win, other = perm[:, :size], perm[:, size : 2 * size]
            signs = rng.choice([-1.0, 1.0], size=win.shape)
        if norm == "linf":
            delta[ri, win] = eps * signs
        else:
            spare = np.maximum(eps**2 - (delta * delta).sum(axis=1), 0.0)
            mass = (delta[ri, win] ** 2).sum(axis=1) + (delta[ri, other] ** 2).sum(axis=1) + spare
            bump = delta[ri, win] + signs * np.sqrt(mass / size)[:, None]
            bump *= (np.sqrt(mass) / np.maximum(np.linalg.norm(bump, axis=1), 1e-12))[:, None]
            delta[ri, other] = 0.0
            delta[ri, win] = bump
            delta *= np.minimum(1.0, eps / np.maximum(c.norms(delta, "l2"), 1e-12))[:, None]  # windows may overlap
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


def _image_shape(shape: object, d: int) -> tuple[int, int, int] | None:
    """(C, H, W) when the model declares an image shape matching the row length, else None."""
    if not isinstance(shape, tuple) or int(np.prod(shape)) != d or len(shape) not in (2, 3):
        return None
    dims = (1, *shape) if len(shape) == 2 else shape
    ch, h, w = (int(v) for v in dims)
    return (ch, h, w) if h >= 2 and w >= 2 else None


def _square_windows(rng: np.random.Generator, n: int, shape: tuple[int, int, int],
                    p: float) -> tuple[np.ndarray, np.ndarray]:
    """Flat indices of one random square per row over all channels, and a sign per channel (L∞)."""
    ch, h, w = shape
    side = int(np.clip(round(np.sqrt(p * h * w)), 1, min(h, w) - 1))
    top = rng.integers(0, h - side + 1, size=n)
    left = rng.integers(0, w - side + 1, size=n)
    dy, dx = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    pix = (top[:, None] + dy.ravel()[None, :]) * w + left[:, None] + dx.ravel()[None, :]
    idx = (np.arange(ch)[None, :, None] * h * w + pix[:, None, :]).reshape(n, -1)
    signs = np.repeat(rng.choice([-1.0, 1.0], size=(n, ch)), side * side, axis=1)
    return idx, signs
