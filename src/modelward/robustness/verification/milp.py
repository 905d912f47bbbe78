"""Exact margin of a ReLU network over a box by mixed-integer programming (HiGHS via scipy.optimize.milp).

ReLUs are encoded with big-M constraints from the pre-activation bounds the bound propagation
proved (Tjeng et al. 2019): stable ReLUs are linear, each unstable one gets a binary phase. The
minimum of the margin is exact; at the time limit HiGHS's dual bound is still a sound lower bound.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class MilpOutcome:
    """The proven lower bound of the margin, the best point found (None when none) and its margin."""

    lower: float
    x: np.ndarray | None
    value: float
    optimal: bool


def milp_available() -> bool:
    try:
        from scipy.optimize import milp  # noqa: F401
    except ImportError:
        return False
    return True


def min_margin(weights: list[np.ndarray], biases: list[np.ndarray], c: np.ndarray, lo: np.ndarray, hi: np.ndarray,
               lows: list[np.ndarray], ups: list[np.ndarray], time_limit: float) -> MilpOutcome:
    """min c . logits(x) over lo <= x <= hi, given sound bounds lows/ups on every hidden pre-activation."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    sizes = [lo.shape[0]] + [w.shape[0] for w in weights[:-1]]
    offs = np.cumsum([0, *sizes])  # x, a_1, ..., a_{L-1}
    unstable = [(lk < 0) & (uk > 0) for lk, uk in zip(lows, ups, strict=True)]
    n_bin = int(sum(u.sum() for u in unstable))
    n_var = int(offs[-1]) + n_bin
    lb = np.concatenate([lo] + [np.zeros(s) for s in sizes[1:]] + [np.zeros(n_bin)])
    ub = np.concatenate([hi] + [np.maximum(u, 0.0) for u in ups] + [np.ones(n_bin)])
    rows, cols, vals, rlo, rhi = [], [], [], [], []
    r = 0
    b_off = int(offs[-1])

    def add(idx: list[np.ndarray], coef: list[np.ndarray], low: float, high: float) -> None:
        nonlocal r
        i, v = np.concatenate(idx), np.concatenate(coef)
        rows.append(np.full(i.shape[0], r))
        cols.append(i)
        vals.append(v)
        rlo.append(low)
        rhi.append(high)
        r += 1

    for k in range(len(weights) - 1):
        W, b, lk, uk = weights[k], biases[k], lows[k], ups[k]
        prev = np.arange(offs[k], offs[k + 1])
        for i in range(W.shape[0]):
            a = np.array([offs[k + 1] + i])
            w = W[i]
            if uk[i] <= 0:
                continue  # a = 0 by its bounds
            if lk[i] >= 0:
                add([a, prev], [np.ones(1), -w], b[i], b[i])
                continue
            d = np.array([b_off])
            b_off += 1
            add([a, prev], [np.ones(1), -w], b[i], np.inf)                        # a >= z
            add([a, prev, d], [np.ones(1), -w, np.array([-lk[i]])], -np.inf, b[i] - lk[i])  # a <= z - l (1 - d)
            add([a, d], [np.ones(1), np.array([-uk[i]])], -np.inf, 0.0)             # a <= u d
    obj = np.zeros(n_var)
    obj[offs[-2]:offs[-1]] = c @ weights[-1]
    const = float(c @ biases[-1])
    integrality = np.zeros(n_var)
    integrality[int(offs[-1]):] = 1
    A = coo_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(r, n_var))
    res = milp(obj, integrality=integrality, bounds=Bounds(lb, ub),
               constraints=LinearConstraint(A.tocsr(), np.array(rlo), np.array(rhi)),
               options={"time_limit": max(float(time_limit), 0.01), "disp": False})
    x = None if res.x is None else np.clip(res.x[:lo.shape[0]], lo, hi)
    value = float(res.fun + const) if res.x is not None else float("inf")
    if res.status == 0:
        return MilpOutcome(value, x, value, True)
    dual = getattr(res, "mip_dual_bound", None)
    lower = float(dual + const) if dual is not None and np.isfinite(dual) else -np.inf
    return MilpOutcome(lower, x, value, False)
