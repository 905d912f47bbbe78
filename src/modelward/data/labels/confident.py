"""Confident learning (Northcutt, Jiang and Chuang, "Confident Learning: Estimating Uncertainty in Dataset
Labels", JAIR 2021) as pure functions over out-of-sample probabilities `P` (n x k) and given labels `y`
(class indices): per-class thresholds, the confident joint, its calibration to the label counts, and the
number of label errors it implies."""

from __future__ import annotations

import numpy as np


def class_thresholds(P: np.ndarray, y: np.ndarray) -> np.ndarray:
    """t_j: the mean probability of class j over the rows labelled j (the model's self-confidence on j)."""
    k = P.shape[1]
    out = np.ones(k)
    for j in range(k):
        rows = y == j
        if rows.any():
            out[j] = float(P[rows, j].mean())
    return out


def confident_joint(P: np.ndarray, y: np.ndarray, thresholds: np.ndarray | None = None) -> np.ndarray:
    """C[i, j]: rows labelled i whose probability of j reaches t_j (the most likely such j when several do)."""
    k = P.shape[1]
    t = class_thresholds(P, y) if thresholds is None else thresholds
    above = np.greater_equal(P, t[None, :])
    masked = np.where(above, P, -np.inf)
    has = above.any(axis=1)
    j = masked.argmax(axis=1)
    C = np.zeros((k, k))
    np.add.at(C, (y[has], j[has]), 1)
    return C


def calibrate(C: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Rows of the confident joint rescaled so that row i sums to the number of rows labelled i."""
    counts = np.bincount(y, minlength=C.shape[0]).astype(float)
    sums = C.sum(axis=1, keepdims=True)
    out: np.ndarray = np.divide(C, sums, out=np.zeros_like(C), where=sums > 0) * counts[:, None]
    return out


def estimated_errors(P: np.ndarray, y: np.ndarray) -> tuple[int, np.ndarray]:
    """The number of label errors the calibrated confident joint implies (its off-diagonal mass), and the
    calibrated joint itself (row: given label, column: estimated true label)."""
    C = calibrate(confident_joint(P, y), y)
    return round(float(C.sum() - np.trace(C))), C


def self_confidence(P: np.ndarray, y: np.ndarray) -> np.ndarray:
    """p(given label | x): low means the row's label is doubtful."""
    out: np.ndarray = P[np.arange(len(y)), y]
    return out
