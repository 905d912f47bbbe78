"""The compiled fast path: common scikit-learn models evaluated with a few numpy operations instead of
scikit-learn's per-call machinery (input validation, config contexts, joblib dispatch), which costs
~0.4 ms on a one-row logistic regression that needs ~3 µs, and ~5 ms on a 50-tree forest.

- linear: optional scalers (StandardScaler, MinMaxScaler, MaxAbsScaler) folded into a
  LogisticRegression's weights: one matrix product, then sigmoid or softmax;
- trees: DecisionTree, RandomForest and ExtraTrees classifiers packed into flat arrays and walked
  level by level for every tree and row at once;
- constant: a DummyClassifier answering its prior (the bench's "empty model").

A compiled model is used only after it matches the model's own predict_proba to `tolerance` (1e-6)
on the reference rows and on random rows spread over the input schema; otherwise the model is served
through scikit-learn, and the reason is reported. Unknown estimators are never compiled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

TOLERANCE = 1e-6


@dataclass(frozen=True, eq=False)
class Compiled:
    """A compiled predict_proba, or why there is none."""

    predict_proba: Callable[[np.ndarray], np.ndarray] | None
    kind: str
    note: str


def _affine(steps: list[Any]) -> tuple[np.ndarray, np.ndarray] | None:
    """Scalers as x -> x * a + c (per feature), or None if a step is not a known scaler."""
    from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, StandardScaler

    a, c = None, None
    for step in steps:
        if isinstance(step, StandardScaler):
            scale = step.scale_ if step.with_std else None
            mean = step.mean_ if step.with_mean else None
            sa = 1.0 / scale if scale is not None else np.ones(step.n_features_in_)
            sc = -mean * sa if mean is not None else np.zeros(step.n_features_in_)
        elif isinstance(step, MinMaxScaler):
            if step.clip:
                return None
            sa, sc = step.scale_, step.min_
        elif isinstance(step, MaxAbsScaler):
            sa, sc = 1.0 / step.scale_, np.zeros(step.n_features_in_)
        else:
            return None
        a, c = (sa, sc) if a is None or c is None else (a * sa, c * sa + sc)
    if a is None or c is None:
        return np.ones(0), np.zeros(0)  # no scaler: nothing to fold
    return a, c


def _linear(steps: list[Any], final: Any) -> Callable[[np.ndarray], np.ndarray] | None:
    from sklearn.linear_model import LogisticRegression

    if not isinstance(final, LogisticRegression):
        return None
    folded = _affine(steps)
    if folded is None:
        return None
    a, c = folded
    W, b = np.asarray(final.coef_, dtype=float), np.asarray(final.intercept_, dtype=float)
    if a.size:
        b = b + W @ c
        W = W * a
    Wt = np.ascontiguousarray(W.T)
    if W.shape[0] == 1:
        def binary(X: np.ndarray) -> np.ndarray:
            p1 = 1.0 / (1.0 + np.exp(-(X @ Wt[:, 0] + b[0])))
            return np.column_stack([1.0 - p1, p1])
        return binary

    def softmax(X: np.ndarray) -> np.ndarray:
        z = X @ Wt + b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out
    return softmax


def _trees(final: Any) -> Callable[[np.ndarray], np.ndarray] | None:
    from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier

    if isinstance(final, DecisionTreeClassifier):
        trees = [final]
    elif isinstance(final, RandomForestClassifier | ExtraTreesClassifier):
        trees = list(final.estimators_)
    else:
        return None
    if getattr(final, "n_outputs_", 1) != 1:
        return None
    k = len(final.classes_)
    feature, threshold, left, right, value, roots, depth = [], [], [], [], [], [], 0
    offset = 0
    for t in trees:
        tree = t.tree_
        roots.append(offset)
        leaf = tree.children_left == -1
        feature.append(np.where(leaf, 0, tree.feature))
        threshold.append(np.where(leaf, np.inf, tree.threshold))
        node = np.arange(tree.node_count) + offset
        left.append(np.where(leaf, node, tree.children_left + offset))  # a leaf points to itself
        right.append(np.where(leaf, node, tree.children_right + offset))
        v = tree.value[:, 0, :].astype(float)
        value.append(v / np.maximum(v.sum(axis=1, keepdims=True), 1e-300))
        depth = max(depth, int(tree.max_depth))
        offset += tree.node_count
    f, thr = np.concatenate(feature), np.concatenate(threshold)
    lo, hi, val = np.concatenate(left), np.concatenate(right), np.concatenate(value)
    start = np.asarray(roots)
    n_trees = len(trees)

    def walk(X: np.ndarray) -> np.ndarray:
        X = X.astype(np.float32).astype(float)  # scikit-learn compares float32 inputs with the thresholds
        node = np.broadcast_to(start, (X.shape[0], n_trees)).copy()
        rows = np.arange(X.shape[0])[:, None]
        for _ in range(depth):
            go_left = X[rows, f[node]] <= thr[node]
            node = np.where(go_left, lo[node], hi[node])
        out: np.ndarray = val[node].sum(axis=1) / n_trees
        return out if out.shape[1] == k else np.zeros((X.shape[0], k))
    return walk


def _constant(final: Any) -> Callable[[np.ndarray], np.ndarray] | None:
    """A DummyClassifier answering its class prior (a model that costs nothing: the gateway's own floor)."""
    from sklearn.dummy import DummyClassifier

    if not isinstance(final, DummyClassifier) or final.strategy != "prior" or getattr(final, "n_outputs_", 1) != 1:
        return None
    prior = np.asarray(final.class_prior_, dtype=float)[None, :]

    def constant(X: np.ndarray) -> np.ndarray:
        return prior.repeat(X.shape[0], axis=0)
    return constant


def compile_model(estimator: Any, X_check: np.ndarray, tolerance: float = TOLERANCE) -> Compiled:
    """The compiled form of `estimator`, verified against its predict_proba on `X_check`."""
    from sklearn.pipeline import Pipeline

    steps = [s for _, s in estimator.steps[:-1]] if isinstance(estimator, Pipeline) else []
    final = estimator.steps[-1][1] if isinstance(estimator, Pipeline) else estimator
    if getattr(estimator, "feature_names_in_", None) is not None and isinstance(estimator, Pipeline) and any(
            type(s).__name__ == "ColumnTransformer" for s in steps):
        return Compiled(None, "", "a ColumnTransformer pipeline is served through scikit-learn")
    try:
        fn, kind = _linear(steps, final), "linear"
        if fn is None and not steps:
            fn, kind = _trees(final), "trees"
        if fn is None and not steps:
            fn, kind = _constant(final), "constant"
    except (AttributeError, ValueError, TypeError) as exc:
        return Compiled(None, "", f"not compiled ({type(exc).__name__}: {exc})")
    if fn is None:
        return Compiled(None, "", f"{type(final).__name__} is served through scikit-learn (no compiled form)")
    X = np.asarray(X_check, dtype=float)
    expected = np.asarray(estimator.predict_proba(X), dtype=float)
    got = fn(X)
    error = float(np.max(np.abs(got - expected))) if got.shape == expected.shape else float("inf")
    if not error <= tolerance:
        return Compiled(None, "", f"the compiled {kind} model differs from predict_proba by {error:.3g} "
                                  f"(> {tolerance:g}); served through scikit-learn")
    return Compiled(fn, kind, f"compiled ({kind}), equal to predict_proba within {max(error, 0.0):.1e} "
                              f"on {len(X)} rows")


def check_rows(reference: np.ndarray | None, lower: np.ndarray, upper: np.ndarray, n_features: int,
               seed: int = 0) -> np.ndarray:
    """The rows a compiled model is verified on: the reference rows (at most 2000) and 500 random rows
    spread over the schema's ranges (or around the reference where a range is unbounded)."""
    rng = np.random.default_rng(seed)
    parts = []
    if reference is not None and len(reference):
        parts.append(reference[:2000])
        centre, spread = reference.mean(axis=0), reference.std(axis=0) + 1e-9
    else:
        centre, spread = np.zeros(n_features), np.ones(n_features)
    lo = np.where(np.isfinite(lower), lower, centre - 4 * spread)
    hi = np.where(np.isfinite(upper), upper, centre + 4 * spread)
    parts.append(rng.uniform(lo, hi, size=(500, n_features)))
    return np.vstack(parts)
