"""RayS (Chen & Gu, KDD 2020): decision-based L∞ attack using labels only.

The attack searches over ray directions s in {-1, +1}^d from x0: the L∞ distance to the decision
boundary along x0 + t·s is found by a binary search on t, so the problem becomes a discrete search
for the direction with the smallest boundary radius. Directions are improved hierarchically: the
signs of the whole vector, then of each half, each quarter, ... down to single features, then
again from the top. A flipped block costs one query when it does not help (the flipped ray is not
adversarial at the current best radius) and a binary search when it does. Immutable features keep
their value; every ray point is clipped to the feature bounds. Budget: `queries` per row including
the clean query and the final check, never exceeded.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.budget import QueryBudget
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult


def rays(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float | None = None,
    *,
    queries: int = 1000,
    pool: np.ndarray | None = None,
    tol: float = 1e-3,
) -> AttackResult:
    """Minimise the L∞ distance to an adversarial point with labels only; with `eps`, a row stops
    (and succeeds) once its boundary radius is within eps. The first ray points at the nearest row of
    `pool` (default: the batch itself) of another class, the second is all-plus; then the blocks.
    `tol`: precision of each binary search as a share of the widest feature span. Untargeted only (a
    sign ray's far end is a corner of the box, rarely in a chosen class): for a targeted decision-based
    attack use `hopskipjump(target=...)`."""
    problem = c.prepare(model, X, y, eps, "linf")
    queries = c.check_steps("queries", queries, minimum=3)
    if not 0.0 < tol < 1.0:
        raise AttackConfigError(f"tol must be a share of the feature span in (0, 1), got {tol}")
    X0, cons = problem.X, problem.constraints
    n, d = X0.shape
    budget = QueryBudget(model, n, queries - 1)  # the final check in finish() is the last query
    all_rows = np.arange(n)
    P0 = budget.proba(X0, all_rows)
    Z0 = np.log(np.clip(P0, 1e-300, 1))
    y_idx = problem.y

    def adversarial(Xq: np.ndarray, rows: np.ndarray) -> np.ndarray:
        return np.asarray(budget.labels(Xq, rows) != y_idx[rows])

    mutable = np.flatnonzero(cons.mutable)
    span = np.where(np.isfinite(cons.upper - cons.lower), cons.upper - cons.lower, np.ptp(X0, axis=0) * 2)
    t_max = float(span[mutable].max()) if mutable.size else 0.0
    t_max = t_max if t_max > 0 else 1.0  # a ray this long reaches a corner of the box on every feature
    step_tol = tol * t_max
    S = np.zeros((n, d))
    S[:, mutable] = 1.0
    radius = np.full(n, np.inf)
    done = P0.argmax(axis=1) != y_idx  # already misclassified
    target_radius = problem.eps if problem.eps is not None else 0.0

    def ray(rows: np.ndarray, signs: np.ndarray, t: np.ndarray) -> np.ndarray:
        return cons.box(X0[rows] + t[:, None] * signs, X0[rows])

    def search(rows: np.ndarray, signs: np.ndarray) -> None:
        """Keep `signs` for the rows where its ray is adversarial within the current radius."""
        t = np.minimum(radius[rows], t_max)
        ok = adversarial(ray(rows, signs, t), rows)
        rows, signs, hi = rows[ok], signs[ok], t[ok]
        lo = np.zeros(rows.size)
        while True:  # binary search on the radius; stop early once within eps
            need = np.flatnonzero((hi - lo > step_tol) & (hi > target_radius) & (budget.remaining[rows] >= 1))
            if need.size == 0:
                break
            mid = (lo[need] + hi[need]) / 2
            adv = adversarial(ray(rows[need], signs[need], mid), rows[need])
            hi[need[adv]] = mid[adv]
            lo[need[~adv]] = mid[~adv]
        better = hi < radius[rows]
        S[rows[better]] = signs[better]
        radius[rows[better]] = hi[better]

    rows = np.flatnonzero(~done & (budget.remaining >= 2))
    P, plab, shared = c.labelled_pool(model, X0, P0.argmax(axis=1), pool, cons)
    search(rows, _toward(P, plab, X0, y_idx, cons.mutable, rows))  # the ray toward the nearest other-class row
    rows = np.flatnonzero(~done & (radius > target_radius) & (budget.remaining >= 2))
    search(rows, S[rows].copy())  # the all-plus ray
    for lo_j, hi_j in _block_schedule(mutable.size):
        rows = np.flatnonzero(~done & (radius > target_radius) & (budget.remaining >= 2))
        if rows.size == 0:
            break
        signs = S[rows].copy()
        signs[:, mutable[lo_j:hi_j]] *= -1.0
        search(rows, signs)
    best = X0.copy()
    found = np.isfinite(radius) & ~done
    best[found] = ray(np.flatnonzero(found), S[found], radius[found])
    notes: list[str] = []
    if shared:
        notes.append(f"{shared} pool rows queried once to aim the first rays (not charged to any row)")
    if (~found & ~done).any():
        notes.append(f"{int((~found & ~done).sum())} rows: no adversarial ray was found within the budget")
    return c.finish(problem, best, "rays", "decision", budget.used.copy(), Z0=Z0, notes=tuple(notes),
                    params={"queries": queries, "tol": tol})


def _toward(P: np.ndarray, plab: np.ndarray, X0: np.ndarray, y_idx: np.ndarray, mutable: np.ndarray,
            rows: np.ndarray) -> np.ndarray:
    """Per row, the signs of the way to its nearest (L∞) pool row of another class (+1 where equal or none)."""
    out = np.zeros((rows.size, X0.shape[1]))
    out[:, mutable] = 1.0
    for i, r in enumerate(rows):
        other = np.flatnonzero(plab != y_idx[r])
        if other.size:
            diff = P[other[np.abs(P[other] - X0[r]).max(axis=1).argmin()]] - X0[r]
            out[i, mutable] = np.where(diff[mutable] < 0, -1.0, 1.0)
    return out


def _block_schedule(m: int) -> Iterator[tuple[int, int]]:
    """Blocks of the mutable features to flip, in RayS order: the whole vector, then halves,
    quarters, ... single features, then again from the top (the caller stops when the budget is spent)."""
    if m == 0:
        return
    levels = int(np.ceil(np.log2(m))) + 1
    while True:
        for k in range(levels):
            size = int(np.ceil(m / 2**k))
            yield from ((j, min(j + size, m)) for j in range(0, m, size))
