"""HopSkipJump (Chen, Jordan & Wainwright 2020): decision-based L2 attack using labels only.

From an adversarial start, it alternates a binary search to the decision boundary, a Monte
Carlo estimate of the boundary's normal from label flips around the boundary point, and a
geometric step along that estimate. Starts are the nearest rows of a pool (by default the
batch itself, whose labels the clean query already gave) that the model puts in another class.
Budget: `queries` per row including the clean query and the final check, never exceeded.

Subspace probes (as in QEBA, Li et al. 2020): for the first `full_after` share of a row's budget
the Monte Carlo probe directions are drawn in the top principal directions of the pool rows
(unlabelled data the attacker holds), where the boundary normal of models trained on such data
mostly lies; each estimate then needs far fewer probes. Later probes use the full space, so the
attack still converges to the full-space optimum given many queries.
"""

from __future__ import annotations

import math

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.budget import QueryBudget
from modelward.robustness.constraints import Constraints
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult


def _arr(x: object) -> np.ndarray:
    """An ndarray (keeps type checkers from widening numpy results to Any)."""
    return np.asarray(x)


def hopskipjump(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    *,
    eps: float | None = None,
    queries: int = 1000,
    target: np.ndarray | None = None,
    pool: np.ndarray | None = None,
    grad_samples: int | None = None,
    max_grad_samples: int = 400,
    gamma: float = 1.0,
    stop_at_eps: bool = False,
    n_starts: int = 4,
    subspace: int | str | None = "auto",
    full_after: float = 0.6,
    seed: int = 0,
) -> AttackResult:
    """Minimise the L2 distance to an adversarial point; with `eps`, success also needs dist <= eps.

    `pool` supplies starting candidates (rows of real data); without it, the batch is the pool.
    `stop_at_eps` stops a row as soon as it is within eps (saves queries when only success counts).
    `subspace`: "auto" (the pool's principal directions holding 90 % of its variance, or the full
    space where that is most of the features), a number of directions, or None (full space).
    `grad_samples` defaults to 25 probes per estimate in a subspace, 100 in the full space.
    """
    problem = c.prepare(model, X, y, eps, "l2", target)
    queries = c.check_steps("queries", queries, minimum=4)
    if not 0.0 <= full_after <= 1.0:
        raise AttackConfigError(f"full_after must be a share of the budget in [0, 1], got {full_after}")
    rng = np.random.default_rng(seed)
    X0, cons = problem.X, problem.constraints
    n, d = X0.shape
    budget = QueryBudget(model, n, queries - 1)
    all_rows = np.arange(n)
    P0 = budget.proba(X0, all_rows)
    Z0 = np.log(np.clip(P0, 1e-300, 1))
    pred0 = P0.argmax(axis=1)
    y_idx, tgt = problem.y, problem.target

    def adversarial(labels: np.ndarray, rows: np.ndarray) -> np.ndarray:
        return _arr(labels == tgt[rows] if tgt is not None else labels != y_idx[rows])

    span = np.where(np.isfinite(cons.upper - cons.lower), cons.upper - cons.lower, np.ptp(X0, axis=0))
    scale = float(np.sqrt((span**2).mean())) or 1.0
    theta = gamma * scale / (d * math.sqrt(d))
    notes: list[str] = []
    done = adversarial(pred0, all_rows)
    best = X0.copy()
    best_dist = np.where(done, 0.0, np.inf)
    starts, shared = _starts(budget, X0, pred0, y_idx, tgt, pool, done, cons, n_starts)
    if shared:
        notes.append(f"{shared} pool rows queried once to find starting points (not charged to any row)")
    for start in starts:  # coarse boundary search from each candidate, keep the closest
        rows = np.flatnonzero(np.isfinite(start[:, 0]) & ~done)
        if rows.size == 0:
            continue
        xb = _bisect(budget, X0, start[rows], rows, 16 * theta, adversarial)
        dn = c.norms(xb - X0[rows], "l2")
        better = dn < best_dist[rows]
        best[rows[better]] = xb[better]
        best_dist[rows[better]] = dn[better]
    rows = np.flatnonzero(np.isfinite(best_dist) & (best_dist > 0))
    if rows.size:
        xb = _bisect(budget, X0, best[rows], rows, theta, adversarial)
        best[rows] = xb
        best_dist[rows] = c.norms(xb - X0[rows], "l2")
    cur = best.copy()
    t = 0
    mut = cons.mutable
    V = _basis(X0 if pool is None else np.asarray(pool, dtype=float), mut, subspace)
    grad_samples = c.check_steps("grad_samples", grad_samples if grad_samples is not None else 100 if V is None else 25)
    if V is None:
        notes.append("probe directions drawn in the full input space")
    else:
        notes.append(f"probe directions drawn in the pool's top {V.shape[0]} principal directions")
    switch = np.inf if V is None else full_after * queries
    while True:
        t += 1
        live = np.isfinite(best_dist) & (best_dist > 0)
        if stop_at_eps and problem.eps is not None:
            live &= best_dist > problem.eps
        n_grad = int(min(grad_samples * math.sqrt(t), max_grad_samples))
        # enough left for a small gradient estimate, a step and a short binary search
        live &= budget.remaining >= 14
        rows = np.flatnonzero(live)
        if rows.size == 0:
            break
        dist = c.norms(cur[rows] - X0[rows], "l2")
        delta = math.sqrt(d) * theta * dist
        B = np.minimum(n_grad, budget.remaining[rows] - 12).astype(int)
        Bmax = int(B.max())
        U = rng.normal(size=(rows.size, Bmax, d))
        U[:, :, ~mut] = 0.0
        sub = budget.used[rows] < switch
        if V is not None and sub.any():  # early iterations: probes in the data's principal subspace
            U[sub] = U[sub][:, :, : V.shape[0]] @ V
        U /= np.maximum(np.linalg.norm(U, axis=2, keepdims=True), 1e-12)
        probe = cur[rows][:, None, :] + delta[:, None, None] * U
        use = np.arange(Bmax)[None, :] < B[:, None]
        owners = np.repeat(rows[:, None], Bmax, axis=1)[use]
        flat = cons.box(probe[use], X0[owners])
        phi = np.where(adversarial(budget.labels(flat, owners), owners), 1.0, -1.0)
        PHI = np.zeros((rows.size, Bmax))
        PHI[use] = phi
        Ueff = np.zeros_like(U)
        Ueff[use] = (flat - cur[owners]) / delta[np.searchsorted(rows, owners), None]
        mean_phi = PHI.sum(axis=1) / B
        base = np.where(use, PHI - mean_phi[:, None], 0.0)
        base = np.where(np.abs(mean_phi)[:, None] == 1.0, PHI, base)
        v = (base[:, :, None] * Ueff).sum(axis=1)
        v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        # first try the ray from x0 along the normal (the nearest point of a flat boundary, as in
        # GeoDA); where that is not adversarial at the current distance, HSJ's geometric step
        found = np.zeros(rows.size, bool)
        cand = cur[rows].copy()
        need = np.flatnonzero(budget.remaining[rows] >= 2)
        if need.size:
            trial = cons.box(X0[rows[need]] + dist[need, None] * v[need], X0[rows[need]])
            ok = adversarial(budget.labels(trial, rows[need]), rows[need])
            cand[need[ok]] = trial[ok]
            found[need[ok]] = True
        xi = dist / math.sqrt(t)
        for _ in range(12):
            need = np.flatnonzero(~found & (budget.remaining[rows] >= 2))
            if need.size == 0:
                break
            trial = cons.box(cur[rows[need]] + xi[need, None] * v[need], X0[rows[need]])
            ok = adversarial(budget.labels(trial, rows[need]), rows[need])
            cand[need[ok]] = trial[ok]
            found[need[ok]] = True
            xi[need[~ok]] /= 2.0
        moved = rows[found]
        if moved.size:
            xb = _bisect(budget, X0, cand[found], moved, theta, adversarial, local=True)
            cur[moved] = xb
            dn = c.norms(xb - X0[moved], "l2")
            better = dn < best_dist[moved]
            best[moved[better]] = xb[better]
            best_dist[moved[better]] = dn[better]
        if not found.any() and t > 50:
            break
    if np.isinf(best_dist).any():
        notes.append(f"{int(np.isinf(best_dist).sum())} rows: no adversarial starting point was found")
    return c.finish(
        problem, best, "hopskipjump", "decision", budget.used.copy(), Z0=Z0, notes=tuple(notes),
        params={"queries": queries, "grad_samples": grad_samples, "gamma": gamma,
                "subspace": 0 if V is None else int(V.shape[0]), "full_after": full_after},
    )


def _basis(P: np.ndarray, mut: np.ndarray, k: int | str | None) -> np.ndarray | None:
    """Top principal directions of the pool rows over the mutable features, as rows (None: full space).

    "auto" keeps the fewest directions that hold 90 % of the pool's variance, and falls back to the
    full space when that is most of it (over 3/4 of the mutable features) or the pool has fewer than
    twice as many rows.
    """
    if k is None:
        return None
    m = int(mut.sum())
    if isinstance(k, str):
        if k != "auto":
            raise AttackConfigError(f"subspace must be 'auto', a number of directions or None, got {k!r}")
    elif int(k) != k or not 1 <= k <= m:
        raise AttackConfigError(f"subspace must be between 1 and the {m} mutable features, got {k}")
    C = P - P.mean(axis=0)
    C[:, ~mut] = 0.0
    _, s, Vt = np.linalg.svd(C, full_matrices=False)
    var = s**2
    if not var.size or float(var.sum()) <= 0.0:
        return None
    rank = int((var > 1e-12 * float(var.max())).sum())
    if k == "auto":
        k = int(np.searchsorted(np.cumsum(var) / var.sum(), 0.9) + 1)
        if k > 0.75 * m or P.shape[0] < 2 * k:
            return None
    assert isinstance(k, int)
    if rank < k or k >= m:
        return None
    return _arr(Vt[:k])


def _starts(
    budget: QueryBudget,
    X0: np.ndarray,
    pred0: np.ndarray,
    y_idx: np.ndarray,
    tgt: np.ndarray | None,
    pool: np.ndarray | None,
    done: np.ndarray,
    cons: Constraints,
    n_starts: int,
) -> tuple[list[np.ndarray], int]:
    """Per row, the nearest pool rows of up to `n_starts` distinct wanted classes (nan: none).

    With immutable features, a candidate gets the row's immutable values and is checked with one
    query (it may no longer be adversarial)."""
    shared = 0
    if pool is None:
        P, plab = X0, pred0
    else:
        P = cons.box(np.asarray(pool, dtype=float), np.asarray(pool, dtype=float))
        plab = np.asarray(budget.model.predict_proba(P)).argmax(axis=1)
        shared = P.shape[0]
    starts = [np.full(X0.shape, np.nan) for _ in range(n_starts)]
    frozen = not cons.mutable.all()
    for r in np.flatnonzero(~done):
        want = plab == tgt[r] if tgt is not None else plab != y_idx[r]
        cand = np.flatnonzero(want)
        if cand.size == 0:
            continue
        cand = cand[np.argsort(np.linalg.norm(P[cand] - X0[r], axis=1))]
        seen: set[int] = set()
        k = 0
        for j in cand:
            if k == n_starts or int(plab[j]) in seen:
                continue
            s = cons.box(P[j][None, :], X0[r][None, :])
            if frozen:
                if budget.remaining[r] < 2:
                    break
                lab = budget.labels(s, np.array([r]))[0]
                if not ((lab == tgt[r]) if tgt is not None else (lab != y_idx[r])):
                    continue
            seen.add(int(plab[j]))
            starts[k][r] = s[0]
            k += 1
    return starts, shared


def _bisect(
    budget: QueryBudget,
    X0: np.ndarray,
    adv: np.ndarray,
    rows: np.ndarray,
    theta: float,
    adversarial: object,
    local: bool = False,
) -> np.ndarray:
    """Binary search on the segment x0 -> adv for the boundary; returns the adversarial end."""
    lo = np.zeros(rows.size)
    hi = np.ones(rows.size)
    x0 = X0[rows]
    length = np.linalg.norm(adv - x0, axis=1)
    while True:
        need = np.flatnonzero(((hi - lo) * length > theta) & (budget.remaining[rows] >= 1))
        if need.size == 0:
            break
        mid = (lo[need] + hi[need]) / 2
        xm = (1 - mid)[:, None] * x0[need] + mid[:, None] * adv[need]
        ok = adversarial(budget.labels(xm, rows[need]), rows[need])  # type: ignore[operator]
        hi[need[ok]] = mid[ok]
        lo[need[~ok]] = mid[~ok]
    return _arr((1 - hi)[:, None] * x0 + hi[:, None] * adv)
