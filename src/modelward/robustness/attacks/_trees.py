"""Evasion of tree ensembles: greedy search over split thresholds (Kantchelian-style candidates).

A tree ensemble is piecewise constant: its output only changes when a feature crosses one of the
ensemble's split thresholds. For each row and feature, the candidate values are one point in
each threshold cell reachable within eps (the point nearest the original value), so every
distinct single-feature move is tried. Each round applies the move that most lowers the margin
loss; rounds repeat until the row is misclassified or no move helps. Thresholds are read from
scikit-learn RandomForest / ExtraTrees / DecisionTree / GradientBoosting / HistGradientBoosting,
XGBoost and LightGBM (also inside a Pipeline whose other steps are passthrough); for any other model a grid of the
data's own values is used instead, so the attack never refuses a model. Score-based access.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.budget import QueryBudget
from modelward.robustness.result import AttackResult


def tree_thresholds(estimator: Any, n_features: int) -> list[np.ndarray] | None:
    """Sorted split thresholds per feature of a fitted sklearn tree model, or None if unknown."""
    trees = list(_trees(estimator))
    if not trees:
        return None
    per: list[list[float]] = [[] for _ in range(n_features)]
    for feat, thr in trees:
        for f, t in zip(feat, thr, strict=True):
            if 0 <= f < n_features:
                per[f].append(float(t))
    return [np.unique(np.asarray(v, dtype=float)) for v in per]


def model_thresholds(model: Any, n_features: int) -> list[np.ndarray] | None:
    """Split thresholds in the adapter's own input units: its `split_thresholds` when it maps inputs
    (e.g. a range-scaled view), else those of its sklearn `estimator`."""
    mapped = getattr(model, "split_thresholds", None)
    if mapped is not None:
        return list(mapped)
    est = getattr(model, "estimator", None)
    return tree_thresholds(est, n_features) if est is not None else None


def _xgboost_splits(est: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, thresholds) of every tree of an XGBoost model, from its JSON dump (x < t goes left)."""
    import json

    booster = est.get_booster()
    names = list(booster.feature_names or [])
    index = {n: i for i, n in enumerate(names)}
    feats: list[int] = []
    thrs: list[float] = []

    def walk(node: dict[str, Any]) -> None:
        if "split" in node:
            f = node["split"]
            j = index.get(f, int(f[1:]) if f.startswith("f") and f[1:].isdigit() else -1)
            feats.append(j)
            thrs.append(float(node["split_condition"]))
            for child in node.get("children", ()):
                walk(child)

    for tree in booster.get_dump(dump_format="json"):
        walk(json.loads(tree))
    return [(np.asarray(feats, dtype=int), np.asarray(thrs, dtype=float))]


def _lightgbm_splits(est: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, thresholds) of every numeric split of a LightGBM model (x <= t goes left)."""
    feats: list[int] = []
    thrs: list[float] = []

    def walk(node: dict[str, Any]) -> None:
        if "split_feature" in node:
            if node.get("decision_type") == "<=":  # categorical splits ("==") have no threshold to cross
                feats.append(int(node["split_feature"]))
                thrs.append(float(node["threshold"]))
            walk(node["left_child"])
            walk(node["right_child"])

    for tree in est.booster_.dump_model()["tree_info"]:
        walk(tree["tree_structure"])
    return [(np.asarray(feats, dtype=int), np.asarray(thrs, dtype=float))]


def _trees(est: Any) -> Any:
    name = type(est).__name__
    if callable(getattr(est, "get_booster", None)):
        return iter(_xgboost_splits(est))
    if hasattr(est, "booster_") and callable(getattr(est.booster_, "dump_model", None)):
        return iter(_lightgbm_splits(est))
    if name == "Pipeline":
        steps = [s for _, s in est.steps if s is not None and s != "passthrough"]
        return _trees(steps[-1]) if len(steps) == 1 else iter(())
    if hasattr(est, "tree_"):
        t = est.tree_
        keep = t.feature >= 0
        return iter([(t.feature[keep], t.threshold[keep])])
    if hasattr(est, "_predictors"):  # HistGradientBoosting: x <= num_threshold goes left
        out = []
        for group in est._predictors:
            for p in group:
                nodes = p.nodes
                keep = ~nodes["is_leaf"].astype(bool)
                out.append((nodes["feature_idx"][keep], nodes["num_threshold"][keep]))
        return iter(out)
    if hasattr(est, "estimators_"):
        ests = np.asarray(est.estimators_, dtype=object).ravel()
        return (pair for e in ests for pair in _trees(e))
    return iter(())


def _grid(X: np.ndarray) -> list[np.ndarray]:
    """Fallback cut points: midpoints between the data's distinct values (at most 64 per feature)."""
    out = []
    for j in range(X.shape[1]):
        v = np.unique(X[:, j])
        if v.size > 65:
            v = np.unique(np.quantile(X[:, j], np.linspace(0, 1, 65)))
        out.append((v[1:] + v[:-1]) / 2 if v.size > 1 else np.array([]))
    return out


def tree_attack(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    rounds: int = 20,
    queries: int | None = None,
    thresholds: list[np.ndarray] | None = None,
    target: np.ndarray | None = None,
) -> AttackResult:
    """Greedy threshold-crossing attack within the eps ball (L∞: per feature; L2: total norm)."""
    problem = c.prepare(model, X, y, eps, norm, target)
    rounds = c.check_steps("rounds", rounds)
    X0, cons = problem.X, problem.constraints
    n, d = X0.shape
    notes: list[str] = []
    if thresholds is None:
        thresholds = model_thresholds(model, d)
        if thresholds is None:
            thresholds = _grid(X0)
            notes.append("split thresholds unknown for this model: searched a grid of the data's values")
    budget = QueryBudget(model, n, None if queries is None else queries - 1)
    Z0 = np.log(np.clip(budget.proba(X0, np.arange(n)), 1e-300, 1))
    tgt = problem.target
    loss = c.margin(Z0, problem.y, tgt)
    cur = X0.copy()
    tiny = 1e-6 * max(float(np.ptp(X0)), 1.0)
    for _ in range(rounds):
        rows = np.flatnonzero((loss >= 0) & (budget.remaining >= 2))
        if rows.size == 0:
            break
        owners, feats, vals = _candidates(cur[rows], X0[rows], rows, thresholds, eps, norm, cons, tiny)
        if owners.size == 0:
            break
        # respect the budget: keep at most remaining-1 candidates per row (nearest moves first)
        rem = budget.remaining[owners]
        rank = _rank_within(owners)
        keep = rank < rem - 1
        owners, feats, vals = owners[keep], feats[keep], vals[keep]
        if owners.size == 0:
            break
        trial = cur[owners].copy()
        trial[np.arange(owners.size), feats] = vals
        trial = cons.box(trial, X0[owners])
        Z = np.log(np.clip(budget.proba(trial, owners), 1e-300, 1))
        m = c.margin(Z, problem.y[owners], None if tgt is None else tgt[owners])
        order = np.lexsort((m, owners))
        first = np.ones(order.size, bool)
        first[1:] = owners[order][1:] != owners[order][:-1]
        pick = order[first]
        improved = m[pick] < loss[owners[pick]]
        if not improved.any():
            break
        win = pick[improved]
        cur[owners[win]] = trial[win]
        loss[owners[win]] = m[win]
    return c.finish(problem, cur, "tree-greedy", "score", budget.used.copy(), Z0=Z0, notes=tuple(notes),
                    params={"rounds": rounds, "queries": queries})


def _rank_within(owners: np.ndarray) -> np.ndarray:
    order = np.argsort(owners, kind="stable")
    rank = np.empty(owners.size, dtype=np.int64)
    sorted_owners = owners[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_owners)) + 1]
    counts = np.diff(np.r_[starts, owners.size])
    rank[order] = np.arange(owners.size) - np.repeat(starts, counts)
    return rank


def _candidates(
    cur: np.ndarray,
    x0: np.ndarray,
    rows: np.ndarray,
    thresholds: list[np.ndarray],
    eps: float,
    norm: str,
    cons: Any,
    tiny: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, feature, new value) for every threshold cell reachable from the current point."""
    owners, feats, vals = [], [], []
    for j, thr in enumerate(thresholds):
        if thr.size == 0 or not cons.mutable[j]:
            continue
        lo = np.maximum(x0[:, j] - eps, cons.lower[j]) if norm == "linf" else np.full(len(rows), cons.lower[j])
        hi = np.minimum(x0[:, j] + eps, cons.upper[j]) if norm == "linf" else np.full(len(rows), cons.upper[j])
        # just past each threshold, on either side (sklearn sends x <= t left)
        for sign in (1.0, -1.0):
            V = np.broadcast_to(thr + sign * tiny, (len(rows), thr.size))
            ahead = (cur[:, j, None] < V) if sign > 0 else (cur[:, j, None] > V)
            ok = (lo[:, None] <= V) & (hi[:, None] >= V) & ahead
            r_i, t_i = np.nonzero(ok)
            owners.append(rows[r_i])
            feats.append(np.full(r_i.size, j))
            vals.append(V[r_i, t_i])
    if not owners:
        return np.array([], int), np.array([], int), np.array([])
    o, f, v = np.concatenate(owners), np.concatenate(feats), np.concatenate(vals)
    if norm == "l2":
        idx = np.searchsorted(rows, o)
        D = cur[idx] - x0[idx]
        D[np.arange(o.size), f] = v - x0[idx, f]
        keep = np.sqrt((D * D).sum(axis=1)) <= eps
        o, f, v = o[keep], f[keep], v[keep]
    # nearest moves first, so that a tight budget tries the cheapest ones
    idx = np.searchsorted(rows, o)
    dist = np.abs(v - cur[idx, f])
    order = np.lexsort((dist, o))
    return o[order], f[order], v[order]
