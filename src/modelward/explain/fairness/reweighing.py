"""Reweighing (pre-processing, Kamiran & Calders 2012): weight each (group, label) cell so that group and
label look independent in the training data, w(g, y) = P(g) P(y) / P(g, y), and train again with those
weights. The model needs no group at decision time."""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np


def reweighing_weights(y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """One weight per row; the weights average to 1."""
    y = np.asarray(y).astype(str)
    groups = np.asarray(groups).astype(str)
    n = len(y)
    w = np.ones(n)
    for g in np.unique(groups):
        in_g = groups == g
        for v in np.unique(y):
            cell = in_g & (y == v)
            if cell.any():
                w[cell] = (in_g.mean() * (y == v).mean()) / (cell.sum() / n)
    out: np.ndarray = w / w.mean()
    return out


def fit_weighted(estimator: Any, X: np.ndarray, y: np.ndarray, weights: np.ndarray) -> Any:
    """An unfitted clone of `estimator` fitted with sample weights (the last step's, for a pipeline);
    TypeError when it takes none."""
    from sklearn.base import clone

    model = clone(estimator)
    final = model.steps[-1][1] if hasattr(model, "steps") else model
    if "sample_weight" not in inspect.signature(final.fit).parameters:
        raise TypeError(f"{type(final).__name__}.fit takes no sample_weight")
    key = f"{model.steps[-1][0]}__sample_weight" if hasattr(model, "steps") else "sample_weight"
    return model.fit(X, y, **{key: weights})


def takes_weights(estimator: Any) -> bool:
    final = estimator.steps[-1][1] if hasattr(estimator, "steps") else estimator
    fit = getattr(final, "fit", None)
    return fit is not None and "sample_weight" in inspect.signature(fit).parameters
