"""Per-record signals an attacker reads from a model's answers, computed from class probabilities.

- `logit_confidence`: log p_y - log(sum of the other classes' p): the logit-scaled confidence of LiRA
  (Carlini et al. 2022), close to Gaussian across models trained with and without a record. The sum of
  the other probabilities is taken directly (not 1 - p_y), so an overfit member whose p_y rounds to 1
  keeps a finite, ordered signal.
- `loss`: cross-entropy -log p_y (the threshold attack of Yeom et al. 2018 uses its negative).
- `true_class_probability`: p_y (RMIA's likelihood Pr(y | x, model)).
- `is_one_hot`: whether a model answered with labels only (one-hot rows), which calls for the
  label-only signal in `membership.label_only`.
"""

from __future__ import annotations

import numpy as np

from modelward.core.errors import DataError

_TINY = np.finfo(float).tiny
MAX_LOGIT = 745.0  # |log| of the smallest positive double: what an exact 0 or 1 is clipped to


def _check(proba: np.ndarray, y_index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    proba = np.asarray(proba, dtype=float)
    y_index = np.asarray(y_index, dtype=int)
    if proba.shape[-2:-1] != y_index.shape:
        raise DataError(f"signals: probabilities of shape {proba.shape} for {y_index.shape} labels")
    if y_index.size and (y_index.min() < 0 or y_index.max() >= proba.shape[-1]):
        raise DataError(f"signals: labels must be class indices in [0, {proba.shape[-1]})")
    return proba, y_index


def true_class_probability(proba: np.ndarray, y_index: np.ndarray) -> np.ndarray:
    """p_y per row; `proba` may carry leading model axes (..., n, k)."""
    proba, y_index = _check(proba, y_index)
    index = np.broadcast_to(y_index[:, None], (*proba.shape[:-1], 1))
    out: np.ndarray = np.take_along_axis(proba, index, axis=-1)[..., 0]
    return out


def logit_confidence(proba: np.ndarray, y_index: np.ndarray) -> np.ndarray:
    """log p_y - log(sum_{j != y} p_j), finite (clipped to +-745) even where p_y is exactly 1 or 0."""
    proba, y_index = _check(proba, y_index)
    p_y = true_class_probability(proba, y_index)
    mask = np.ones(proba.shape[-1], dtype=bool)[None, :] != np.eye(proba.shape[-1], dtype=bool)[y_index]
    rest = np.where(mask, proba, 0.0).sum(axis=-1)
    with np.errstate(divide="ignore"):
        out = np.log(np.maximum(p_y, _TINY)) - np.log(np.maximum(rest, _TINY))
    clipped: np.ndarray = np.clip(out, -MAX_LOGIT, MAX_LOGIT)
    return clipped


def loss(proba: np.ndarray, y_index: np.ndarray) -> np.ndarray:
    """Cross-entropy -log p_y, finite."""
    p_y = true_class_probability(proba, y_index)
    out: np.ndarray = -np.log(np.maximum(p_y, _TINY))
    return out


def is_one_hot(proba: np.ndarray, tol: float = 1e-9) -> bool:
    """Whether every row is a one-hot vector: the model (or its gateway) returns labels only."""
    proba = np.asarray(proba, dtype=float)
    if proba.size == 0:
        return False
    top = proba.max(axis=-1)
    return bool(np.all(np.abs(top - 1.0) <= tol) and np.all(np.abs(proba.sum(axis=-1) - 1.0) <= 1e-6))


def cap_saturated(*signal_arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """Logit confidences with exact 0 / 1 answers (rounded outputs) set one unit beyond the largest finite
    value seen, instead of +-745: they stay the most extreme, without wrecking Gaussian fits."""
    finite = [np.abs(a[np.abs(a) < MAX_LOGIT]) for a in signal_arrays]
    values = np.concatenate([f.ravel() for f in finite]) if finite else np.zeros(0)
    if not len(values):
        return signal_arrays
    cap = float(values.max()) + 1.0
    return tuple(np.clip(a, -cap, cap) for a in signal_arrays)
