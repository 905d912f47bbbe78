"""Exact attributions for tree ensembles: read the trees (scikit-learn, XGBoost, LightGBM) into one form,
verify them against the library's own output, then path-dependent TreeSHAP (`tree_shap`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from modelward.explain.trees.ensemble import NotATreeModel, Tree, TreeEnsemble, verify
from modelward.explain.trees.treeshap import TreeShap, tree_shap

__all__ = ["NotATreeModel", "Tree", "TreeEnsemble", "TreeShap", "read_trees", "tree_shap", "underlying_estimator"]


def underlying_estimator(model: Any) -> Any:
    """The estimator inside a modelward adapter (scikit-learn adapters keep it as `estimator`), or the model
    itself (an estimator's own `estimator` is an unfitted template, never unwrapped)."""
    return getattr(model, "estimator", model) if hasattr(model, "input_spec") else model


def read_trees(model: Any, X: np.ndarray | None = None) -> TreeEnsemble:
    """The tree ensemble behind `model` (an estimator or an adapter around one), checked to reproduce the
    library's raw output on rows like `X`; NotATreeModel for anything else."""
    from modelward.explain.trees.boosters import read_lightgbm, read_xgboost
    from modelward.explain.trees.sklearn_trees import SUPPORTED, read_sklearn

    est = underlying_estimator(model)
    module = type(est).__module__.split(".")[0]
    kind = type(est).__name__
    if module == "sklearn" and kind in SUPPORTED:
        ensemble, raw = read_sklearn(est)
    elif module == "xgboost":
        ensemble, raw = read_xgboost(est)
    elif module == "lightgbm":
        ensemble, raw = read_lightgbm(est)
    else:
        raise NotATreeModel(f"{kind} is not a tree ensemble modelward reads exactly")
    rows = np.asarray(X, dtype=float)[:64] if X is not None and len(X) else np.zeros((1, ensemble.n_features))
    offset = np.median(np.asarray(raw(rows), dtype=float).reshape(len(rows), -1) - ensemble.raw(rows), axis=0)
    return verify(replace(ensemble, offset=offset), raw, X)
