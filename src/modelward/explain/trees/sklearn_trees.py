"""scikit-learn's tree models as TreeEnsembles: single trees, random forests and extra trees (probability),
gradient boosting and histogram gradient boosting (log-odds, or per-class logits)."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.explain.trees.ensemble import NotATreeModel, Tree, TreeEnsemble, strict_threshold

FORESTS = ("RandomForestClassifier", "ExtraTreesClassifier", "RandomForestRegressor", "ExtraTreesRegressor")
SINGLE = ("DecisionTreeClassifier", "ExtraTreeClassifier", "DecisionTreeRegressor", "ExtraTreeRegressor")
BOOSTED = ("GradientBoostingClassifier", "GradientBoostingRegressor")
HIST = ("HistGradientBoostingClassifier", "HistGradientBoostingRegressor")
SUPPORTED = FORESTS + SINGLE + BOOSTED + HIST


def _from_tree_(t: Any, scale: float, normalise: bool) -> Tree:
    """A fitted `tree_` (sklearn.tree._tree.Tree): values per output (class fractions when `normalise`)."""
    value = np.asarray(t.value, dtype=float)[:, :, :]
    if value.shape[1] != 1:
        raise NotATreeModel("multi-output scikit-learn trees are not supported")
    value = value[:, 0, :]
    if normalise:
        totals = value.sum(axis=1, keepdims=True)
        value = np.divide(value, totals, out=np.zeros_like(value), where=totals > 0)
    left = np.asarray(t.children_left, dtype=np.int64)
    missing = getattr(t, "missing_go_to_left", None)
    nan_left = np.asarray(missing, dtype=bool) if missing is not None else np.ones(len(left), dtype=bool)
    return Tree(left=left, right=np.asarray(t.children_right, dtype=np.int64),
                feature=np.where(left >= 0, np.asarray(t.feature, dtype=np.int64), -1),
                threshold=strict_threshold(t.threshold), nan_left=nan_left,
                cover=np.asarray(t.weighted_n_node_samples, dtype=float), value=value * scale)


def _class_names(model: Any, n_outputs: int) -> tuple[str, ...]:
    classes = [str(c) for c in getattr(model, "classes_", [])]
    if len(classes) == n_outputs:
        return tuple(classes)
    if len(classes) == 2 and n_outputs == 1:
        return (classes[1],)
    return tuple(f"output{i}" for i in range(n_outputs))


def _hist_tree(predictor: Any, k: int, n_outputs: int) -> Tree:
    nodes = predictor.nodes
    if np.any(nodes["is_categorical"]):
        raise NotATreeModel("histogram gradient boosting with categorical splits is not supported")
    leaf = nodes["is_leaf"].astype(bool)
    value = np.zeros((len(nodes), n_outputs))
    value[:, k] = nodes["value"]
    return Tree(left=np.where(leaf, -1, nodes["left"].astype(np.int64)),
                right=np.where(leaf, -1, nodes["right"].astype(np.int64)),
                feature=np.where(leaf, -1, nodes["feature_idx"].astype(np.int64)),
                threshold=strict_threshold(nodes["num_threshold"]),
                nan_left=nodes["missing_go_to_left"].astype(bool),
                cover=nodes["count"].astype(float), value=value)


def read_sklearn(model: Any) -> tuple[TreeEnsemble, Any]:
    """The ensemble (offset still zero) and the function giving the library's raw output, for `verify`."""
    kind = type(model).__name__
    n_features = int(model.n_features_in_)
    is_classifier = hasattr(model, "classes_")
    if kind in SINGLE or kind in FORESTS:
        members = [model] if kind in SINGLE else list(model.estimators_)
        trees = tuple(_from_tree_(m.tree_, 1.0 / len(members), is_classifier) for m in members)
        n_out = trees[0].value.shape[1]
        raw = (lambda X: model.predict_proba(X)) if is_classifier else (lambda X: model.predict(X).reshape(-1, 1))
        output = "probability" if is_classifier else "value"
        return TreeEnsemble(trees, np.zeros(n_out), n_features, output, _class_names(model, n_out), True, kind), raw
    if kind in BOOSTED:
        stages = np.asarray(model.estimators_)
        n_out = stages.shape[1]
        lr = float(model.learning_rate)
        boosted: list[Tree] = []
        for stage in stages:
            for k, est in enumerate(stage):
                t = _from_tree_(est.tree_, lr, False)
                value = np.zeros((t.n_nodes, n_out))
                value[:, k] = t.value[:, 0]
                boosted.append(Tree(t.left, t.right, t.feature, t.threshold, t.nan_left, t.cover, value))
        output = ("log-odds" if n_out == 1 else "logits") if is_classifier else "value"
        raw = ((lambda X: model.decision_function(X).reshape(len(X), -1)) if is_classifier
               else (lambda X: model.predict(X).reshape(-1, 1)))
        return TreeEnsemble(tuple(boosted), np.zeros(n_out), n_features, output, _class_names(model, n_out),
                            True, kind), raw
    if kind in HIST:
        n_out = len(model._predictors[0])
        trees = tuple(_hist_tree(p, k, n_out) for it in model._predictors for k, p in enumerate(it))
        output = ("log-odds" if n_out == 1 else "logits") if is_classifier else "value"
        return (TreeEnsemble(trees, np.zeros(n_out), n_features, output, _class_names(model, n_out), False, kind),
                lambda X: np.asarray(model._raw_predict(X)).reshape(len(X), -1))
    raise NotATreeModel(f"{kind} is not a scikit-learn tree model")
