"""Verify rows of scikit-learn tree models: exact for one tree and for small ensembles, sound bounds otherwise.

Each tree's score over a box is the value of one of the leaves the box reaches. Summing, per tree,
the worst reachable leaf gives a sound lower bound on the margin (score_y - score_j). One tree is
exact that way. For an ensemble the trees must agree on x, so the exact minimum is a MILP
(Kantchelian et al. 2016): one binary per reachable leaf and per split threshold inside the box,
solved by HiGHS within the time limit. Trees compare float32 features against their thresholds, so
the box is widened to float32 before leaves are enumerated, and every counterexample is re-checked
by the model itself.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.robustness.verification.errors import UnsupportedModelError

TOL = 1e-9
MILP_MAX_LEAVES = 5000  # reachable leaves over all trees beyond which only the sound bound is tried


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    """Trees as arrays, and per tree the contribution of each node to each class score."""

    trees: tuple[Any, ...]  # sklearn Tree objects
    values: tuple[np.ndarray, ...]  # (n_nodes, n_classes) contribution to the class scores
    n_classes: int
    offset: np.ndarray  # constant part of each class score (gradient boosting's initial prediction)


def tree_ensemble(estimator: Any) -> TreeEnsemble:
    """Read DecisionTree / RandomForest / ExtraTrees / GradientBoosting classifiers; anything else is refused."""
    name = type(estimator).__name__
    if name == "DecisionTreeClassifier":
        return _forest([estimator])
    if name in ("RandomForestClassifier", "ExtraTreesClassifier"):
        return _forest(list(estimator.estimators_))
    if name == "GradientBoostingClassifier":
        return _boosting(estimator)
    raise UnsupportedModelError(
        f"not verified: {name} is not a supported tree model (DecisionTreeClassifier, RandomForestClassifier, "
        "ExtraTreesClassifier, GradientBoostingClassifier)")


def _forest(trees: list[Any]) -> TreeEnsemble:
    if any(getattr(t, "n_outputs_", 1) != 1 for t in trees):
        raise UnsupportedModelError("not verified: multi-output trees are not supported")
    values = []
    for t in trees:
        v = t.tree_.value[:, 0, :].astype(float)
        values.append(v / np.maximum(v.sum(axis=1, keepdims=True), 1e-300) / len(trees))
    k = values[0].shape[1]
    return TreeEnsemble(tuple(t.tree_ for t in trees), tuple(values), k, np.zeros(k))


def _boosting(est: Any) -> TreeEnsemble:
    init = getattr(est, "init", None)
    if init not in (None, "zero"):
        raise UnsupportedModelError("not verified: gradient boosting with a custom init estimator")
    stages = est.estimators_  # (n_stages, K)
    K = stages.shape[1]
    lr = float(est.learning_rate)
    trees, values = [], []
    for stage in stages:
        for k, reg in enumerate(stage):
            v = np.zeros((reg.tree_.node_count, max(K, 2)))
            if K == 1:  # binary: one score, class 1 when it is positive
                v[:, 1] = lr * reg.tree_.value[:, 0, 0]
            else:
                v[:, k] = lr * reg.tree_.value[:, 0, 0]
            trees.append(reg.tree_)
            values.append(v)
    x0 = np.zeros((1, int(est.n_features_in_)))
    raw = np.atleast_1d(np.asarray(est.decision_function(x0), dtype=float).ravel())
    part = np.zeros(max(K, 2))
    for t, v in zip(trees, values, strict=True):
        part += v[int(t.apply(x0.astype(np.float32))[0])]
    offset = np.zeros(max(K, 2))
    if K == 1:
        offset[1] = raw[0] - part[1]
    else:
        offset = raw - part
    return TreeEnsemble(tuple(trees), tuple(values), max(K, 2), offset)


def _float32_box(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The box the trees see after casting to float32, rounded outward."""
    lo32, hi32 = lo.astype(np.float32).astype(float), hi.astype(np.float32).astype(float)
    lo32 = np.where(lo32 > lo, np.nextafter(lo32.astype(np.float32), np.float32(-np.inf)).astype(float), lo32)
    hi32 = np.where(hi32 < hi, np.nextafter(hi32.astype(np.float32), np.float32(np.inf)).astype(float), hi32)
    return lo32, hi32


def reachable_leaves(tree: Any, lo: np.ndarray, hi: np.ndarray) -> list[tuple[int, list[tuple[int, float, bool]]]]:
    """Leaves whose region meets the box [lo, hi] (x <= threshold goes left), with the splits on their path."""
    out: list[tuple[int, list[tuple[int, float, bool]]]] = []
    stack: list[tuple[int, np.ndarray, np.ndarray, list[tuple[int, float, bool]]]] = [(0, lo.copy(), hi.copy(), [])]
    left, right, feat, thr = tree.children_left, tree.children_right, tree.feature, tree.threshold
    while stack:
        node, a, b, path = stack.pop()
        if left[node] == -1:
            out.append((node, path))
            continue
        f, t = int(feat[node]), float(thr[node])
        if a[f] <= t:
            b2 = b.copy()
            b2[f] = min(b[f], t)
            stack.append((int(left[node]), a, b2, [*path, (f, t, True)]))
        if b[f] > t:
            a2 = a.copy()
            a2[f] = max(a[f], np.nextafter(t, np.inf))
            stack.append((int(right[node]), a2, b, [*path, (f, t, False)]))
    return out


@dataclass(frozen=True, eq=False)
class TreeOutcome:
    """Per row: 1 verified, -1 counterexample, 0 open; the method; the counterexample; the proven bound."""

    status: np.ndarray
    how: tuple[str, ...]
    x_adv: np.ndarray
    lower: np.ndarray


def verify_trees(ens: TreeEnsemble, X: np.ndarray, labels: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                 deadline: float, predict: Any, exact: bool = True) -> TreeOutcome:
    """Bound every row; then, with `exact` and while time remains, solve the open margins exactly (one
    tree: the reachable leaves; an ensemble: the MILP). `predict(X) -> class indices` re-checks
    counterexamples."""
    n, d = X.shape
    status = np.zeros(n, dtype=int)
    how = ["open"] * n
    x_adv = np.full((n, d), np.nan)
    lower = np.full(n, -np.inf)
    for i in range(n):
        if time.monotonic() >= deadline:
            break
        L, H = _float32_box(lo[i], hi[i])
        leaves = [reachable_leaves(t, L, H) for t in ens.trees]
        y = int(labels[i])
        worst = ens.offset[y] - ens.offset
        for v, lv in zip(ens.values, leaves, strict=True):
            idx = np.array([leaf for leaf, _ in lv])
            m = v[idx][:, [y]] - v[idx]  # (leaves, classes): margin contribution
            worst += m.min(axis=0)
        worst[y] = np.inf
        lower[i] = float(worst.min())
        if lower[i] > TOL:
            status[i], how[i] = 1, "tree-bounds"
            continue
        if not exact or (len(ens.trees) > 1 and sum(len(lv) for lv in leaves) > MILP_MAX_LEAVES):
            continue
        proved, lowest = True, np.inf
        for j in np.argsort(worst):
            if worst[j] > TOL:
                continue
            if len(ens.trees) == 1:
                val, x = _single_tree(ens, leaves[0], y, int(j), X[i], lo[i], hi[i])
            else:
                left = deadline - time.monotonic()
                if left <= 0.05:
                    proved = False
                    break
                const = float(ens.offset[y] - ens.offset[j])
                val, x = _milp(ens, leaves, y, int(j), X[i], lo[i], hi[i], left, const)
            lowest = min(lowest, val)
            if x is not None:
                x = np.clip(x, lo[i], hi[i])
                if int(predict(x[None, :])[0]) != y:
                    status[i], how[i], x_adv[i] = -1, "tree-exact", x
                    proved = False
                    break
            if val <= TOL:
                proved = False
                break
        if proved and status[i] == 0:
            status[i], how[i], lower[i] = 1, "tree-exact", float(lowest)
    return TreeOutcome(status, tuple(how), x_adv, lower)


def _f32_at_most(t: float) -> float:
    """The largest float32 value <= t: x <= t survives the model's cast to float32."""
    f = np.float32(t)
    return float(f if float(f) <= t else np.nextafter(f, np.float32(-np.inf)))


def _f32_above(t: float) -> float:
    """The smallest float32 value > t."""
    f = np.float32(t)
    return float(f if float(f) > t else np.nextafter(f, np.float32(np.inf)))


def _point_in(path: list[tuple[int, float, bool]], x0: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The point of the leaf's region (within the box) nearest to x0."""
    a, b = lo.copy(), hi.copy()
    for f, t, go_left in path:
        if go_left:
            b[f] = min(b[f], _f32_at_most(t))
        else:
            a[f] = max(a[f], _f32_above(t))
    out: np.ndarray = np.clip(x0, a, np.maximum(a, b))
    return out


def _single_tree(ens: TreeEnsemble, leaves: list[Any], y: int, j: int, x0: np.ndarray, lo: np.ndarray,
                 hi: np.ndarray) -> tuple[float, np.ndarray | None]:
    v = ens.values[0]
    m = np.array([v[leaf, y] - v[leaf, j] for leaf, _ in leaves]) + float(ens.offset[y] - ens.offset[j])
    k = int(np.argmin(m))
    x = _point_in(leaves[k][1], x0, lo, hi) if m[k] <= TOL else None
    return float(m[k]), x


def _milp(ens: TreeEnsemble, leaves: list[Any], y: int, j: int, x0: np.ndarray, lo: np.ndarray, hi: np.ndarray,
          time_limit: float, const: float) -> tuple[float, np.ndarray | None]:
    """Exact min of the margin against class j over the box (Kantchelian et al. 2016); at the time limit,
    HiGHS's dual bound."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    thresholds: dict[int, list[float]] = {}
    for lv in leaves:
        for _, path in lv:
            for f, t, _ in path:
                thresholds.setdefault(f, []).append(t)
    pidx: dict[tuple[int, float], int] = {}
    n = 0
    for f in sorted(thresholds):
        for t in sorted(set(thresholds[f])):
            pidx[(f, t)] = n
            n += 1
    leaf_idx = []
    obj: list[float] = []
    for v, lv in zip(ens.values, leaves, strict=True):
        leaf_idx.append(list(range(n, n + len(lv))))
        obj.extend(v[leaf, y] - v[leaf, j] for leaf, _ in lv)
        n += len(lv)
    rows, cols, vals, rlo, rhi = [], [], [], [], []
    r = 0
    for f in sorted(thresholds):  # p(x_f <= t) is monotone in t
        ts = sorted(set(thresholds[f]))
        for t0, t1 in itertools.pairwise(ts):
            rows += [r, r]
            cols += [pidx[(f, t0)], pidx[(f, t1)]]
            vals += [1.0, -1.0]
            rlo.append(-np.inf)
            rhi.append(0.0)
            r += 1
    for idx, lv in zip(leaf_idx, leaves, strict=True):
        rows += [r] * len(idx)
        cols += idx
        vals += [1.0] * len(idx)
        rlo.append(1.0)
        rhi.append(1.0)
        r += 1
        for li, (_, path) in zip(idx, lv, strict=True):
            for f, t, go_left in path:  # leaf <= p (left) or leaf <= 1 - p (right)
                rows += [r, r]
                cols += [li, pidx[(f, t)]]
                vals += [1.0, -1.0 if go_left else 1.0]
                rlo.append(-np.inf)
                rhi.append(0.0 if go_left else 1.0)
                r += 1
    c = np.concatenate([np.zeros(len(pidx)), np.array(obj)])
    A = coo_matrix((vals, (rows, cols)), shape=(r, n)).tocsr()
    res = milp(c, integrality=np.ones(n), bounds=Bounds(0, 1), constraints=LinearConstraint(A, rlo, rhi),
               options={"time_limit": max(time_limit, 0.01), "disp": False})
    if res.x is None:
        dual = getattr(res, "mip_dual_bound", None)
        return (float(dual) + const if dual is not None and np.isfinite(dual) else -np.inf), None
    value = float(res.fun) if res.status == 0 else float(getattr(res, "mip_dual_bound", -np.inf))
    value += const
    x = None
    if float(res.fun) + const <= TOL:
        a, b = lo.copy(), hi.copy()
        for (f, t), k in pidx.items():
            if res.x[k] > 0.5:
                b[f] = min(b[f], _f32_at_most(t))
            else:
                a[f] = max(a[f], _f32_above(t))
        x = np.clip(x0, a, np.maximum(a, b))
    return value, x
