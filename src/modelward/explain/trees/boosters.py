"""XGBoost and LightGBM ensembles as TreeEnsembles, read from the model's own JSON dump (never pickled
state): XGBoost's `save_raw("json")`, LightGBM's `dump_model()`. Categorical splits, DART and linear
boosters are refused (NotATreeModel), so those models are explained by sampling instead."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from modelward.explain.trees.ensemble import NotATreeModel, Tree, TreeEnsemble, strict_threshold


def _classes(model: Any, n_outputs: int) -> tuple[str, ...]:
    classes = [str(c) for c in getattr(model, "classes_", [])]
    if len(classes) == n_outputs:
        return tuple(classes)
    if len(classes) == 2 and n_outputs == 1:
        return (classes[1],)
    return tuple(f"output{i}" for i in range(n_outputs))


def _output(n_outputs: int, objective: str) -> str:
    if "logistic" in objective or objective.startswith("binary") or objective == "cross_entropy":
        return "log-odds"
    if "soft" in objective or objective.startswith("multiclass"):
        return "logits"
    return "value" if n_outputs == 1 else "logits"


def read_xgboost(model: Any) -> tuple[TreeEnsemble, Any]:
    """An XGBClassifier / XGBRegressor / Booster; the raw output is the margin (before the link)."""
    import xgboost

    booster = model.get_booster() if hasattr(model, "get_booster") else model
    doc = json.loads(booster.save_raw(raw_format="json"))
    learner = doc["learner"]
    gb = learner["gradient_booster"]
    if gb.get("name") != "gbtree":
        raise NotATreeModel(f"XGBoost booster {gb.get('name')!r} (only gbtree is read exactly)")
    params = learner["learner_model_param"]
    if int(params.get("num_target", "1")) != 1:
        raise NotATreeModel("multi-target XGBoost models are not supported")
    n_out = max(1, int(params.get("num_class", "0")))
    n_features = int(params["num_feature"])
    model_doc = gb["model"]
    limit = len(model_doc["trees"])
    best = getattr(model, "best_iteration", None) if hasattr(model, "get_booster") else None
    if best is not None:  # the scikit-learn wrapper predicts with the best iteration only
        limit = int(model_doc["iteration_indptr"][int(best) + 1])
    trees = []
    for tree_doc, group in zip(model_doc["trees"][:limit], model_doc["tree_info"][:limit], strict=True):
        if any(int(t) != 0 for t in tree_doc["split_type"]):
            raise NotATreeModel("XGBoost categorical splits are not supported")
        left = np.asarray(tree_doc["left_children"], dtype=np.int64)
        leaf = left < 0
        cond = np.asarray(tree_doc["split_conditions"], dtype=np.float32).astype(np.float64)
        value = np.zeros((len(left), n_out))
        value[:, int(group)] = np.where(leaf, cond, 0.0)
        trees.append(Tree(left=left, right=np.asarray(tree_doc["right_children"], dtype=np.int64),
                          feature=np.where(leaf, -1, np.asarray(tree_doc["split_indices"], dtype=np.int64)),
                          threshold=cond, nan_left=np.asarray(tree_doc["default_left"], dtype=bool),
                          cover=np.asarray(tree_doc["sum_hessian"], dtype=np.float32).astype(np.float64),
                          value=value))

    def raw(X: np.ndarray) -> np.ndarray:
        dm = xgboost.DMatrix(np.asarray(X, dtype=np.float32), missing=np.nan)
        out = booster.predict(dm, output_margin=True, iteration_range=(0, int(best) + 1) if best is not None
                              else (0, 0))
        return np.asarray(out, dtype=float).reshape(len(X), -1)

    objective = str(learner.get("objective", {}).get("name", ""))
    return (TreeEnsemble(tuple(trees), np.zeros(n_out), n_features, _output(n_out, objective),
                         _classes(model, n_out), True, "XGBoost " + type(model).__name__), raw)


def _lgb_tree(root: dict[str, Any], k: int, n_out: int) -> Tree:
    left: list[int] = []
    right: list[int] = []
    feature: list[int] = []
    threshold: list[float] = []
    nan_left: list[bool] = []
    cover: list[float] = []
    value: list[float] = []
    stack: list[tuple[dict[str, Any], int, str]] = [(root, -1, "")]
    while stack:
        node, parent, side = stack.pop()
        i = len(left)
        if parent >= 0:
            (left if side == "L" else right)[parent] = i
        left.append(-1)
        right.append(-1)
        if "split_feature" not in node:
            feature.append(-1)
            threshold.append(0.0)
            nan_left.append(True)
            cover.append(float(node.get("leaf_count", 0)))
            value.append(float(node["leaf_value"]))
            continue
        if node.get("decision_type", "<=") != "<=":
            raise NotATreeModel("LightGBM categorical splits are not supported")
        t = float(node["threshold"])
        missing = node.get("missing_type", "None")
        if missing == "Zero":
            raise NotATreeModel("LightGBM zero-as-missing splits are not supported")
        feature.append(int(node["split_feature"]))
        threshold.append(t)
        # missing_type None: a missing value is read as 0; NaN: it goes the default way
        nan_left.append(bool(node["default_left"]) if missing == "NaN" else t >= 0.0)
        cover.append(float(node["internal_count"]))
        value.append(0.0)
        stack.append((node["right_child"], i, "R"))
        stack.append((node["left_child"], i, "L"))
    values = np.zeros((len(left), n_out))
    values[:, k] = value
    return Tree(np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64),
                np.asarray(feature, dtype=np.int64), strict_threshold(np.asarray(threshold)),
                np.asarray(nan_left, dtype=bool), np.asarray(cover), values)


def read_lightgbm(model: Any) -> tuple[TreeEnsemble, Any]:
    """An LGBMClassifier / LGBMRegressor / Booster; the raw output is the score before the link."""
    booster = model.booster_ if hasattr(model, "booster_") else model
    doc = booster.dump_model()
    if doc.get("average_output"):
        raise NotATreeModel("LightGBM random-forest mode (averaged output) is not supported")
    n_out = int(doc["num_tree_per_iteration"])
    best = int(getattr(booster, "best_iteration", 0) or 0)
    infos = doc["tree_info"][: best * n_out] if best > 0 else doc["tree_info"]
    trees = tuple(_lgb_tree(info["tree_structure"], i % n_out, n_out) for i, info in enumerate(infos))

    def raw(X: np.ndarray) -> np.ndarray:
        out = booster.predict(np.asarray(X, dtype=float), raw_score=True,
                              num_iteration=best if best > 0 else None)
        return np.asarray(out, dtype=float).reshape(len(X), -1)

    return (TreeEnsemble(trees, np.zeros(n_out), int(doc["max_feature_idx"]) + 1,
                         _output(n_out, str(doc.get("objective", ""))), _classes(model, n_out), False,
                         "LightGBM " + type(model).__name__), raw)
