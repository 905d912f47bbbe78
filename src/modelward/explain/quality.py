"""How far an explanation can be trusted, measured: its stability (top-k features agreeing across seeds)
and a sanity check (Adebayo et al. 2018): the attributions of a randomised model must differ from the
model's, or the explanation shows the method, not the model."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.explain.attributions import Attributions, attribute


@dataclass(frozen=True)
class Stability:
    """Top-k agreement (Jaccard of the top-k feature sets) between runs with different seeds, over rows and
    pairs of seeds. Exact methods agree by construction (1.0, `exact`)."""

    k: int
    seeds: tuple[int, ...]
    rows: int
    mean_jaccard: float
    min_jaccard: float
    exact: bool


def topk_jaccard(tops: list[np.ndarray]) -> np.ndarray:
    """Jaccard index of the top-k sets of every pair of runs, per row: (pairs, rows)."""
    out = []
    for a, b in combinations(tops, 2):
        out.append([len(set(x) & set(y)) / len(set(x) | set(y)) for x, y in zip(a.tolist(), b.tolist(), strict=True)])
    return np.asarray(out, dtype=float)


def stability(model: ModelAdapter, X: np.ndarray, first: Attributions, k: int = 5,
              seeds: tuple[int, ...] = (1, 2, 3, 4), **kw: Any) -> Stability:
    """Re-explain the rows `X` of `first` with other seeds (same method and settings in `kw`) and compare
    the top-k sets."""
    k = min(k, X.shape[1])
    if first.exact:
        return Stability(k, (first.seed,), len(X), 1.0, 1.0, True)
    runs = [first.top(k)]
    classes = np.asarray(model.classes)[first.class_index]
    for s in seeds:
        again = attribute(model, X, feature_names=first.feature_names, target=classes, seed=s, **kw)
        runs.append(again.top(k))
    jac = topk_jaccard(runs)
    return Stability(k, (first.seed, *seeds), len(X), float(jac.mean()), float(jac.min()), False)


@dataclass(frozen=True)
class Sanity:
    """The model-randomisation test: `correlation` is the mean Spearman correlation, per row, between the
    model's attributions and a randomised model's; `passed` when it is below `limit`, None when no
    randomised model could be built (not verified)."""

    passed: bool | None
    correlation: float | None
    randomisation: str
    limit: float


def _spearman_rows(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import rankdata

    ra, rb = rankdata(a, axis=1), rankdata(b, axis=1)
    ra -= ra.mean(axis=1, keepdims=True)
    rb -= rb.mean(axis=1, keepdims=True)
    den = np.sqrt((ra**2).sum(axis=1) * (rb**2).sum(axis=1))
    rho = np.divide((ra * rb).sum(axis=1), den, out=np.zeros(len(a)), where=den > 0)
    return float(rho.mean())


def _randomised(model: ModelAdapter, X: np.ndarray, seed: int) -> tuple[Any, str] | None:
    """A randomised copy of the model and how it was made, or None."""
    from modelward.explain.trees import NotATreeModel, TreeShap, read_trees

    rng = np.random.default_rng(seed)
    try:
        ens = read_trees(model, X)
    except NotATreeModel:
        ens = None
    if ens is not None:
        trees = []
        for t in ens.trees:
            leaves = np.flatnonzero(t.left < 0)
            value = t.value.copy()
            value[leaves] = value[rng.permutation(leaves)]
            trees.append(replace(t, value=value))
        return TreeShap(replace(ens, trees=tuple(trees))), "leaf values permuted within each tree"
    module = getattr(model, "module", None)
    if module is not None and hasattr(module, "modules"):
        from modelward.core.adapters.torch import TorchAdapter

        clone = copy.deepcopy(module)
        import torch

        torch.manual_seed(seed)
        for sub in clone.modules():
            if hasattr(sub, "reset_parameters"):
                sub.reset_parameters()
        adapter = TorchAdapter(clone, classes=model.classes, input_spec=model.input_spec,
                               input_shape=getattr(model, "input_shape", None), device="cpu", name="randomised")
        return adapter, "network re-initialised (every layer)"
    refit = getattr(model, "refit", None)
    if callable(refit):
        labels = np.asarray(model.predict(X))
        return refit(X, rng.permutation(labels)), "refitted on the model's own labels, permuted"
    return None


def sanity(model: ModelAdapter, X: np.ndarray, first: Attributions, limit: float = 0.5, **kw: Any) -> Sanity:
    """Explain a randomised model on the same rows and classes as `first` and compare."""
    made = _randomised(model, X, first.seed)
    if made is None:
        return Sanity(None, None, "no way to randomise this model (black box without refit)", limit)
    other, how = made
    from modelward.explain.trees import TreeShap

    classes = np.asarray(model.classes)[first.class_index]
    if isinstance(other, TreeShap):
        again = attribute(model, X, feature_names=first.feature_names, target=classes, seed=first.seed,
                          tree_explainer=other, **kw)
    else:
        again = attribute(other, X, feature_names=first.feature_names, target=classes, seed=first.seed, **kw)
    rho = _spearman_rows(first.values, again.values)
    return Sanity(rho < limit, rho, how, limit)
