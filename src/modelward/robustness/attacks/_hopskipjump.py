"""HopSkipJump (Chen, Jordan & Wainwright 2020): decision-based L2 attack using labels only.

From an adversarial start, it alternates a binary search to the decision boundary, a Monte
Carlo estimate of the boundary's normal from label flips around the boundary point, and a
geometric step along that estimate. Budget: `queries` per row including the clean query and the
final check, never exceeded.

Starts come from a pool (by default the batch itself, whose labels the clean query already gave).
The candidate classes of a row are ranked by the mean distance to their `start_rows` nearest pool
rows, and a class's start is the mean of those rows where the model finds it adversarial (one
query), else the nearest of them: a line search toward that local class mean ranks the classes by
their real boundary distance far better than one toward the single nearest row. The closest start
classes then race by successive halving (`select`).

Subspace probes (as in QEBA, Li et al. 2020): for the first `full_after` share of a row's budget
the Monte Carlo probe directions are drawn in the top principal directions of the pool rows
(unlabelled data the attacker holds), where the boundary normal of models trained on such data
mostly lies; each estimate then needs far fewer probes. Later probes use the full space, so the
attack still converges to the full-space optimum given many queries. The probes of one estimate
are orthogonal in blocks (orthogonal sampling), which lowers the estimate's variance.

Step (`step="arc"`, as in CGBA, Reza et al. 2023): after each normal estimate, a binary search over
the angle on the half circle with diameter x0 -> boundary point, in the plane of that segment and
the estimate. On a flat boundary its adversarial arc ends exactly at the nearest boundary point,
so it lands on the boundary without a separate line search. The arc only uses the estimate's part
orthogonal to the current direction x_b - x0, so with this step the probes are drawn in that
orthogonal complement (tangent probes): each probe's label then depends only on the error of the
current direction, not on the part of the normal the attack already holds, and the error shrinks
by a constant factor per step instead of adding up information slowly. `step="geometric"` is HSJ's own step
(after a GeoDA-style try along the normal from x0) followed by a binary search from x0.
"""

from __future__ import annotations

import math
from typing import Any

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
    start_rows: int = 5,
    subspace: int | str | None = "auto",
    full_after: float = 0.4,
    select: float = 0.5,
    step: str = "arc",
    seed: int = 0,
) -> AttackResult:
    """Minimise the L2 distance to an adversarial point; with `eps`, success also needs dist <= eps.

    `pool` supplies starting candidates (rows of real data); without it, the batch is the pool.
    `stop_at_eps` stops a row as soon as it is within eps (saves queries when only success counts).
    `subspace`: "auto" (the pool's principal directions holding 90 % of its variance, or the full
    space where that is most of the features), a number of directions, or None (full space).
    `grad_samples` defaults to 25 probes per estimate in a subspace, 100 in the full space.
    `n_starts` classes get a start each, from the mean of their `start_rows` nearest pool rows.
    `select`: share of the budget spent choosing among the starts by successive halving (the closer
    half by straight-line boundary distance runs a few iterations each, the farther half is dropped,
    until one is left); 0 keeps the start whose straight-line boundary point is closest.
    """
    problem = c.prepare(model, X, y, eps, "l2", target)
    queries = c.check_steps("queries", queries, minimum=4)
    if not 0.0 <= full_after <= 1.0:
        raise AttackConfigError(f"full_after must be a share of the budget in [0, 1], got {full_after}")
    if step not in ("arc", "geometric"):
        raise AttackConfigError(f"step must be 'arc' or 'geometric', got {step!r}")
    if not 0.0 <= select < 1.0:
        raise AttackConfigError(f"select must be a share of the budget in [0, 1), got {select}")
    n_starts = c.check_steps("n_starts", n_starts)
    start_rows = c.check_steps("start_rows", start_rows)
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
    starts, shared = _starts(budget, X0, pred0, y_idx, tgt, pool, done, cons, n_starts, start_rows, adversarial)
    if shared:
        notes.append(f"{shared} pool rows queried once to find starting points (not charged to any row)")
    mut = cons.mutable
    V = _basis(X0 if pool is None else np.asarray(pool, dtype=float), mut, subspace)
    grad_samples = c.check_steps("grad_samples", grad_samples if grad_samples is not None else 100 if V is None else 25)
    if V is None:
        notes.append("probe directions drawn in the full input space")
    else:
        notes.append(f"probe directions drawn in the pool's top {V.shape[0]} principal directions")
    # one track per (row, start), grouped by start rank; queries are charged to the row
    groups = [np.flatnonzero(np.isfinite(s[:, 0]) & ~done) for s in starts]
    own = np.concatenate(groups).astype(np.int64) if groups else np.zeros(0, np.int64)
    tr = _Tracks(budget, X0, own, adversarial, theta)
    at = 0
    for s, g in zip(starts, groups, strict=True):  # coarse boundary search from each start, one start at a time
        ids = np.arange(at, at + g.size)
        at += g.size
        tr.cap[ids] = tr.spent[ids] + budget.remaining[g]
        tr.record(ids, tr.bisect(ids, s[g], 16 * theta))
    switch = np.inf if V is None else full_after * queries
    stop = problem.eps if stop_at_eps else None

    def run(ids: np.ndarray) -> None:
        _iterate(tr, ids, rng, V, cons, grad_samples, max_grad_samples, switch, stop, step == "arc")

    alive = _closest(own, tr.best_dist, np.ones(own.size, bool), keep=1 if select == 0 else None)
    rounds = math.ceil(math.log2(max(int(np.bincount(own).max()), 1))) if own.size else 0
    for _ in range(rounds if select > 0 else 0):  # successive halving over a row's starts
        k_alive = np.bincount(own[alive], minlength=n)[own]
        ids = np.flatnonzero(alive & (k_alive > 1))
        if ids.size == 0:
            break
        share = np.minimum(select * queries / rounds, budget.remaining[own[ids]]) // k_alive[ids]
        tr.cap[ids] = tr.spent[ids] + share.astype(np.int64)
        _fine(tr, ids)
        run(ids)
        alive = _closest(own, tr.best_dist, alive, keep=None)
    ids = np.flatnonzero(alive)
    tr.cap[ids] = tr.spent[ids] + budget.remaining[own[ids]]
    _fine(tr, ids)
    run(ids)
    best = X0.copy()
    best_dist = np.where(done, 0.0, np.inf)
    order = np.argsort(-tr.best_dist)  # the closest of a row's tracks is written last
    best[own[order]] = tr.best[order]
    best_dist[own[order]] = tr.best_dist[order]
    if np.isinf(best_dist).any():
        notes.append(f"{int(np.isinf(best_dist).sum())} rows: no adversarial starting point was found")
    return c.finish(
        problem, best, "hopskipjump", "decision", budget.used.copy(), Z0=Z0, notes=tuple(notes),
        params={"queries": queries, "grad_samples": grad_samples, "gamma": gamma,
                "subspace": 0 if V is None else int(V.shape[0]), "full_after": full_after,
                "n_starts": n_starts, "start_rows": start_rows, "select": select, "step": step},
    )


class _Tracks:
    """Search states, one per (row, start): points, best so far, iteration counts and queries spent.

    Queries are charged to the owning row; `cap` limits what each track may spend, and the caller
    sets caps so that a row's tracks together never exceed the row's budget.
    """

    def __init__(self, budget: QueryBudget, X0: np.ndarray, own: np.ndarray, adversarial: Any, theta: float):
        self.budget, self.own, self.adversarial, self.theta = budget, own, adversarial, theta
        self.x0 = X0[own]
        self.cur = self.x0.copy()
        self.best = self.x0.copy()
        self.best_dist = np.full(own.size, np.inf)
        self.t = np.zeros(own.size, np.int64)
        self.spent = np.zeros(own.size, np.int64)
        self.cap = np.zeros(own.size, np.int64)
        self.fine = np.zeros(own.size, bool)

    def remaining(self, ids: np.ndarray) -> np.ndarray:
        return _arr(np.minimum(self.cap[ids] - self.spent[ids], self.budget.remaining[self.own[ids]]))

    def ask(self, Xq: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Whether each query row is adversarial for its track's row (one query each)."""
        rows = self.own[ids]
        ok = self.adversarial(self.budget.labels(Xq, rows), rows)
        np.add.at(self.spent, ids, 1)
        return _arr(ok)

    def record(self, ids: np.ndarray, xb: np.ndarray) -> None:
        self.cur[ids] = xb
        dn = np.linalg.norm(xb - self.x0[ids], axis=1)
        better = dn < self.best_dist[ids]
        self.best[ids[better]] = xb[better]
        self.best_dist[ids[better]] = dn[better]

    def bisect(self, ids: np.ndarray, adv: np.ndarray, tol: float) -> np.ndarray:
        """Binary search on the segment x0 -> adv for the boundary; returns the adversarial end."""
        lo = np.zeros(ids.size)
        hi = np.ones(ids.size)
        x0 = self.x0[ids]
        length = np.linalg.norm(adv - x0, axis=1)
        while True:
            need = np.flatnonzero(((hi - lo) * length > tol) & (self.remaining(ids) >= 1))
            if need.size == 0:
                break
            mid = (lo[need] + hi[need]) / 2
            ok = self.ask((1 - mid)[:, None] * x0[need] + mid[:, None] * adv[need], ids[need])
            hi[need[ok]] = mid[ok]
            lo[need[~ok]] = mid[~ok]
        return _arr((1 - hi)[:, None] * x0 + hi[:, None] * adv)


def _iterate(
    tr: _Tracks,
    ids: np.ndarray,
    rng: np.random.Generator,
    V: np.ndarray | None,
    cons: Constraints,
    grad_samples: int,
    max_grad_samples: int,
    switch: float,
    stop: float | None,
    arc: bool,
) -> None:
    """HopSkipJump iterations on tracks `ids` until each has spent its cap (or cannot improve)."""
    d = tr.x0.shape[1]
    mut = cons.mutable
    theta = tr.theta
    idle = 0
    while True:
        live = np.isfinite(tr.best_dist[ids]) & (tr.best_dist[ids] > 0)
        if stop is not None:
            live &= tr.best_dist[ids] > stop
        # enough left for a small gradient estimate, a step and a short binary search
        live &= tr.remaining(ids) >= 14
        rows = ids[live]
        if rows.size == 0:
            break
        tr.t[rows] += 1
        n_grad = np.minimum(grad_samples * np.sqrt(tr.t[rows]), max_grad_samples).astype(int)
        x0 = tr.x0[rows]
        dist = np.linalg.norm(tr.cur[rows] - x0, axis=1)
        delta = math.sqrt(d) * theta * dist
        B = np.minimum(n_grad, tr.remaining(rows) - 12).astype(int)
        Bmax = int(B.max())
        U = rng.normal(size=(rows.size, Bmax, d))
        U[:, :, ~mut] = 0.0
        sub = tr.budget.used[tr.own[rows]] < switch
        if V is not None and sub.any():  # early iterations: probes in the data's principal subspace
            U[sub] = _orth(U[sub][:, :, : V.shape[0]], V.shape[0]) @ V
        full = ~sub if V is not None else np.ones(rows.size, bool)
        if full.any():
            U[full] = _orth(U[full], int(mut.sum()))
            U[:, :, ~mut] = 0.0
        if arc:  # tangent probes: the arc step uses only the normal's part orthogonal to x_b - x0
            u = tr.cur[rows] - x0
            u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
            U -= (U @ u[:, :, None]) * u[:, None, :]
        U /= np.maximum(np.linalg.norm(U, axis=2, keepdims=True), 1e-12)
        probe = tr.cur[rows][:, None, :] + delta[:, None, None] * U
        use = np.arange(Bmax)[None, :] < B[:, None]
        slot = np.repeat(np.arange(rows.size)[:, None], Bmax, axis=1)[use]
        flat = cons.box(probe[use], x0[slot])
        phi = np.where(tr.ask(flat, rows[slot]), 1.0, -1.0)
        PHI = np.zeros((rows.size, Bmax))
        PHI[use] = phi
        Ueff = np.zeros_like(U)
        Ueff[use] = (flat - tr.cur[rows][slot]) / delta[slot, None]
        mean_phi = PHI.sum(axis=1) / B
        base = np.where(use, PHI - mean_phi[:, None], 0.0)
        base = np.where(np.abs(mean_phi)[:, None] == 1.0, PHI, base)
        v = (base[:, :, None] * Ueff).sum(axis=1)
        v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        if arc:  # the boundary on the half circle in the plane of x0, x_b and the normal
            tr.record(rows, _arc(tr, rows, v, cons))
            continue
        # first try the ray from x0 along the normal (the nearest point of a flat boundary, as in
        # GeoDA); where that is not adversarial at the current distance, HSJ's geometric step
        found = np.zeros(rows.size, bool)
        cand = tr.cur[rows].copy()
        need = np.flatnonzero(tr.remaining(rows) >= 2)
        if need.size:
            trial = cons.box(x0[need] + dist[need, None] * v[need], x0[need])
            ok = tr.ask(trial, rows[need])
            cand[need[ok]] = trial[ok]
            found[need[ok]] = True
        xi = dist / np.sqrt(tr.t[rows])
        for _ in range(12):
            need = np.flatnonzero(~found & (tr.remaining(rows) >= 2))
            if need.size == 0:
                break
            trial = cons.box(tr.cur[rows[need]] + xi[need, None] * v[need], x0[need])
            ok = tr.ask(trial, rows[need])
            cand[need[ok]] = trial[ok]
            found[need[ok]] = True
            xi[need[~ok]] /= 2.0
        moved = rows[found]
        if moved.size:
            tr.record(moved, tr.bisect(moved, cand[found], theta))
        idle = 0 if found.any() else idle + 1
        if idle > 50:
            break


def _arc(tr: _Tracks, ids: np.ndarray, v: np.ndarray, cons: Constraints) -> np.ndarray:
    """Boundary search on the half circle through x0 and the boundary point, in the plane of the
    normal estimate (points seeing the segment x0 -> x_b at a right angle, as in CGBA): on a flat
    boundary its adversarial arc ends exactly at the nearest boundary point."""
    x0 = tr.x0[ids]
    D = np.linalg.norm(tr.cur[ids] - x0, axis=1)
    u = (tr.cur[ids] - x0) / D[:, None]
    w = v - (v * u).sum(axis=1, keepdims=True) * u
    wn = np.linalg.norm(w, axis=1)
    w /= np.maximum(wn, 1e-12)[:, None]
    lo = np.zeros(ids.size)  # adversarial end (the current point)
    hi = np.full(ids.size, math.pi / 2)  # x0 itself
    mid = (lo + hi) / 2  # the estimate is (nearly) orthogonal to u, so it tells nothing about the angle
    while True:
        need = np.flatnonzero((hi - lo > 0.005) & (tr.remaining(ids) >= 1) & (wn > 1e-12))
        if need.size == 0:
            break
        a = mid[need]
        p = x0[need] + (D[need] * np.cos(a))[:, None] * (np.cos(a)[:, None] * u[need] + np.sin(a)[:, None] * w[need])
        ok = tr.ask(cons.box(p, x0[need]), ids[need])
        lo[need[ok]] = a[ok]
        hi[need[~ok]] = a[~ok]
        mid = (lo + hi) / 2
    p = x0 + (D * np.cos(lo))[:, None] * (np.cos(lo)[:, None] * u + np.sin(lo)[:, None] * w)
    return _arr(cons.box(p, x0))


def _orth(G: np.ndarray, k: int) -> np.ndarray:
    """Probes made orthogonal within each block of k consecutive ones (k: the free dimensions), norms kept
    comparable: orthogonal probes each measure a different component of the normal, so an estimate
    from B probes has less variance than from B independent ones."""
    out = G.copy()
    for j in range(0, G.shape[1], k):
        blk = G[:, j : j + k, :]
        q, _ = np.linalg.qr(np.swapaxes(blk, 1, 2))  # columns orthonormal
        out[:, j : j + k, :] = np.swapaxes(q, 1, 2) * math.sqrt(k)
    return out


def _closest(own: np.ndarray, dist: np.ndarray, alive: np.ndarray, keep: int | None) -> np.ndarray:
    """Of each row's alive tracks, the `keep` closest (None: the closer half, rounded up)."""
    out = np.zeros(own.size, bool)
    order = np.lexsort((dist, own))
    order = order[alive[order]]
    if order.size == 0:
        return out
    first = np.r_[True, own[order][1:] != own[order][:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(order.size), 0))
    rank = np.arange(order.size) - start
    count = np.bincount(own[order], minlength=int(own.max()) + 1)[own[order]]
    limit = np.full(order.size, keep) if keep is not None else (count + 1) // 2
    out[order[rank < limit]] = True
    return out


def _fine(tr: _Tracks, ids: np.ndarray) -> None:
    """Refine the coarse boundary points of tracks that have not started iterating."""
    ids = ids[(tr.t[ids] == 0) & ~tr.fine[ids] & np.isfinite(tr.best_dist[ids])]
    if ids.size:
        tr.record(ids, tr.bisect(ids, tr.best[ids], tr.theta))
        tr.fine[ids] = True


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
    start_rows: int,
    adversarial: Any,
) -> tuple[list[np.ndarray], int]:
    """Per row, starts in up to `n_starts` wanted classes (nan: none), closest class first.

    Classes are ranked by the mean distance from the row to their `start_rows` nearest pool rows;
    a class's start is the mean of those rows where it is adversarial (one query), else the nearest
    of them (checked with one query when immutable features had to be restored)."""
    P, plab, shared = c.labelled_pool(budget.model, X0, pred0, pool, cons)
    n, k_all = X0.shape[0], len(budget.model.classes)
    starts = [np.full(X0.shape, np.nan) for _ in range(n_starts)]
    frozen = not cons.mutable.all()
    chunk = max(1, 4_000_000 // max(P.shape[0], 1))  # rows per block: the distance matrix stays small
    for lo in range(0, n, chunk):
        rows = np.arange(lo, min(lo + chunk, n))
        rows = rows[~done[rows]]
        if rows.size == 0:
            continue
        d2 = (X0[rows] ** 2).sum(1)[:, None] + (P**2).sum(1)[None, :] - 2 * X0[rows] @ P.T
        d = np.sqrt(np.maximum(d2, 0.0))
        score = np.full((rows.size, k_all), np.inf)
        near: dict[int, np.ndarray] = {}
        for k in np.unique(plab):
            cols = np.flatnonzero(plab == k)
            nearest = cols[np.argsort(d[:, cols], axis=1)[:, :start_rows]]
            near[int(k)] = nearest
            score[:, k] = np.take_along_axis(d, nearest, axis=1).mean(axis=1)
        want = np.zeros_like(score, dtype=bool)
        if tgt is not None:
            want[np.arange(rows.size), tgt[rows]] = True
        else:
            want[:] = True
            want[np.arange(rows.size), y_idx[rows]] = False
        score[~want] = np.inf
        order = np.argsort(score, axis=1)
        for j in range(min(n_starts, k_all)):
            cls = order[:, j]
            have = np.flatnonzero(np.isfinite(score[np.arange(rows.size), cls]))
            for k in np.unique(cls[have]):
                sel = have[cls[have] == k]
                r = rows[sel]
                nb = near[int(k)][sel]
                mean = cons.box(P[nb].mean(axis=1), X0[r])
                first = cons.box(P[nb[:, 0]], X0[r])
                ok = np.zeros(r.size, bool)
                can = budget.remaining[r] >= 2
                if can.any():
                    ok[can] = adversarial(budget.labels(mean[can], r[can]), r[can])
                start = np.where(ok[:, None], mean, first)
                if frozen:  # the nearest row with this row's immutable values may not be adversarial
                    check = np.flatnonzero(~ok & (budget.remaining[r] >= 2))
                    good = ok.copy()
                    if check.size:
                        good[check] = adversarial(budget.labels(first[check], r[check]), r[check])
                    start[~good] = np.nan
                starts[j][r] = start
    return starts, shared
