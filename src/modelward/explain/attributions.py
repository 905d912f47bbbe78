"""Local attributions for any ModelAdapter, by the best method the model allows:

- `tree`: exact path-dependent TreeSHAP when the model is a tree ensemble modelward reads (scikit-learn,
  XGBoost, LightGBM), in the ensemble's raw units (log-odds, logits or probability);
- `gradient`: integrated gradients of log p(class) when the adapter has input gradients (torch modules,
  linear scikit-learn models);
- `sampling`: KernelSHAP over a background summary, of p(class), for every other model (black boxes and
  remote endpoints included), with a bootstrap standard error per value.

Each row is explained for one class: the predicted one unless `target` names another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import GradientModel, ModelAdapter
from modelward.core.errors import ConfigError
from modelward.explain.background import Background, summarise
from modelward.explain.gradients import integrated_gradients

METHODS = ("auto", "tree", "gradient", "sampling")


@dataclass(frozen=True, eq=False)
class Attributions:
    """Per row: the attribution of each feature (n, d), the expected output it is measured from (n,), the
    explained output (n,), the class explained (index into the model's classes, (n,)), and the standard
    error of each value ((n, d): zero for exact methods). `units` say what the output is."""

    values: np.ndarray
    expected: np.ndarray
    output: np.ndarray
    class_index: np.ndarray
    feature_names: tuple[str, ...]
    method: str
    units: str
    stderr: np.ndarray
    seed: int
    exact: bool
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return int(self.values.shape[0])

    @property
    def additivity_gap(self) -> float:
        """Largest |sum of attributions + expected - output| over the rows (0 up to rounding when exact)."""
        if not len(self):
            return 0.0
        return float(np.abs(self.values.sum(axis=1) + self.expected - self.output).max())

    def top(self, k: int) -> np.ndarray:
        """Indices of the k features with the largest |attribution|, per row, largest first."""
        k = min(k, self.values.shape[1])
        return np.argsort(-np.abs(self.values), axis=1, kind="stable")[:, :k]

    def importance(self) -> np.ndarray:
        """Global importance: mean |attribution| of each feature."""
        out: np.ndarray = np.abs(self.values).mean(axis=0) if len(self) else np.zeros(self.values.shape[1])
        return out

    def rows(self, mask: np.ndarray) -> Attributions:
        """The attributions of a subset of rows."""
        from dataclasses import replace

        return replace(self, values=self.values[mask], expected=self.expected[mask], output=self.output[mask],
                       class_index=self.class_index[mask], stderr=self.stderr[mask])


def _class_index(model: ModelAdapter, X: np.ndarray, target: Any, proba: np.ndarray | None) -> np.ndarray:
    n = len(X)
    classes = list(np.asarray(model.classes).tolist())
    if target is None or (isinstance(target, str) and target == "predicted"):
        p = proba if proba is not None else np.asarray(model.predict_proba(X))
        return np.asarray(np.argmax(p, axis=1), dtype=int)
    values = np.asarray(target)
    if values.ndim == 0:
        values = np.full(n, values.item())
    if values.shape != (n,):
        raise ConfigError(f"target: one class per row expected ({n}), got shape {values.shape}")
    lookup = {c: i for i, c in enumerate(classes)} | {str(c): i for i, c in enumerate(classes)}
    out = []
    for v in values.tolist():
        if v not in lookup:
            raise ConfigError(f"target: {v!r} is not a class of the model ({', '.join(map(str, classes))})")
        out.append(lookup[v])
    return np.asarray(out, dtype=int)


def _tree(model: ModelAdapter, X: np.ndarray, cls: np.ndarray, names: tuple[str, ...], reference: np.ndarray,
          seed: int, explainer: Any) -> Attributions:
    from modelward.explain.trees import TreeShap, read_trees

    if explainer is None:
        explainer = TreeShap(read_trees(model, reference))
    ens = explainer.ensemble
    phi = explainer.values(X)  # (n, d, K)
    raw = ens.raw(X)
    n = len(X)
    if ens.n_outputs == 1 and len(model.classes) == 2:  # log-odds of class 1; class 0 is its negative
        sign = np.where(cls == 1, 1.0, -1.0)
        values, expected, output = phi[:, :, 0] * sign[:, None], explainer.expected[0] * sign, raw[:, 0] * sign
    elif ens.n_outputs == len(model.classes):
        values = phi[np.arange(n), :, cls]
        expected, output = explainer.expected[cls], raw[np.arange(n), cls]
    else:
        from modelward.explain.trees import NotATreeModel

        raise NotATreeModel(f"{ens.source}: {ens.n_outputs} outputs for {len(model.classes)} classes")
    units = {"probability": "probability", "log-odds": "log-odds", "logits": "logit"}.get(ens.output, ens.output)
    return Attributions(values, np.asarray(expected, dtype=float), output, cls, names,
                        f"tree-shap (exact, path-dependent) on {ens.source}", units, np.zeros_like(values), seed, True)


def attribute(model: ModelAdapter, X: np.ndarray, *, feature_names: Sequence[str] | None = None,
              reference: np.ndarray | None = None, target: Any = None, method: str = "auto", seed: int = 0,
              budget: int = 512, top_k: int = 5, max_rounds: int = 8, background: Background | None = None,
              background_size: int = 10, steps: int = 16, tree_explainer: Any = None) -> Attributions:
    """Attributions of `model` at rows `X` for each row's predicted class (or `target`: one class, or one per
    row). `reference`: rows the background summary is drawn from (default: `X`); `budget`: coalitions per row
    for the sampling method, spent again (up to `max_rounds` designs) on rows whose `top_k` features are not
    yet separated by two standard errors (0: never); `steps`: integration nodes for gradients;
    `tree_explainer`: a prepared TreeShap to reuse across calls."""
    if method not in METHODS:
        raise ConfigError(f"method: {method!r}; expected one of {', '.join(METHODS)}")
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ConfigError(f"rows to explain must be a 2-D array, got shape {X.shape}")
    names = tuple(feature_names) if feature_names is not None else tuple(f"x{i}" for i in range(X.shape[1]))
    if len(names) != X.shape[1]:
        raise ConfigError(f"{len(names)} feature names for {X.shape[1]} features")
    ref = np.asarray(reference, dtype=float) if reference is not None else X
    notes: list[str] = []
    proba = np.asarray(model.predict_proba(X), dtype=float)
    cls = _class_index(model, X, target, proba)
    if method in ("auto", "tree"):
        from modelward.explain.trees import NotATreeModel

        try:
            return _tree(model, X, cls, names, ref, seed, tree_explainer)
        except NotATreeModel as exc:
            if method == "tree":
                raise ConfigError(f"method tree: {exc}") from None
            if "is not a tree ensemble" not in str(exc):  # a tree model with something we do not read
                notes.append(f"explained by sampling: {exc}")
    bg = background if background is not None else summarise(ref, background_size, seed=0)
    white_box = isinstance(model, GradientModel) and bool(getattr(model, "has_gradient", True))
    if method == "gradient" or (method == "auto" and white_box):
        if not isinstance(model, GradientModel) or not white_box:
            raise ConfigError(f"method gradient: {model.name} has no input gradient")
        ig = integrated_gradients(model, X, cls, bg, steps)
        gap = float(ig.completeness_gap.max(initial=0.0))
        notes.append(f"completeness gap (largest |sum - (log p - E log p)|): {gap:.3g}")
        return Attributions(ig.values, ig.expected, ig.scores, cls, names,
                            f"integrated gradients ({steps} Gauss-Legendre nodes, {bg.method})", "log-probability",
                            np.zeros_like(ig.values), seed, False, tuple(notes))
    from modelward.explain.sampling import kernel_shap

    res = kernel_shap(model.predict_proba, X, bg, budget=budget, seed=seed, top_k=top_k, max_rounds=max_rounds)
    idx = np.arange(len(X))
    return Attributions(res.values[idx, :, cls], res.expected[cls], res.scores[idx, cls], cls, names,
                        f"kernel-shap ({res.coalitions} coalitions per row on average{', exact' if res.exact else ''}; "
                        f"background: {bg.method})", "probability", res.stderr[idx, :, cls], seed, res.exact,
                        tuple(notes))

