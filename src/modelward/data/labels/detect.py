"""Label-error detection: ensemble out-of-fold probabilities, the count from confident learning, the rows
ranked by self-confidence over their class's threshold (the mean self-confidence of the class: a row of a
class the models find hard is not judged by the standard of an easy one), and `rounds` passes in which
the models of the next pass are trained without the previous pass's suspects (noisy training rows blur
the probabilities that judge the others)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from modelward.core.errors import DataError
from modelward.data.labels.confident import class_thresholds, estimated_errors, self_confidence
from modelward.data.labels.ensemble import estimators, out_of_fold


@dataclass(frozen=True, eq=False)
class LabelErrors:
    """Rows whose label is probably wrong. `scores`: per row, 1 - p(given label) (high: doubtful);
    `suggested`: the most likely label of each flagged row; `joint`: the calibrated confident joint of
    the last round (given label x estimated true label, in `classes` order)."""

    rows: np.ndarray
    scores: np.ndarray
    suggested: np.ndarray
    estimated_count: int
    classes: np.ndarray
    joint: np.ndarray
    probabilities: np.ndarray
    method: str

    @property
    def rate(self) -> float:
        return len(self.rows) / max(len(self.scores), 1)


def _encode(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    classes, idx = np.unique(np.asarray(y), return_inverse=True)
    return classes, idx.astype(int)


def find_label_errors(X: np.ndarray, y: np.ndarray, ensemble: str = "diverse", folds: int = 5, rounds: int = 2,
                      seed: int = 0, probabilities: np.ndarray | None = None,
                      progress: Callable[[float], None] | None = None) -> LabelErrors:
    """The rows of (X, y) whose labels are probably wrong. `probabilities`: out-of-sample probabilities
    already computed (columns in sorted label order); then no model is trained and `rounds` is 1."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) != len(y):
        raise DataError(f"label errors: need a 2-D X with one label per row, got {X.shape} and {len(y)} labels")
    if not np.isfinite(X).all():
        raise DataError("label errors: X holds NaN or infinite values; impute or drop them first")
    classes, yi = _encode(y)
    counts = np.bincount(yi)
    if len(classes) < 2:
        raise DataError("label errors: the labels hold a single class")
    if probabilities is None and counts.min() < folds:
        small = classes[int(counts.argmin())]
        raise DataError(f"label errors: class {small!r} has {counts.min()} rows, fewer than the {folds} folds")
    keep = np.ones(len(yi), dtype=bool)
    total = 1 if probabilities is not None else rounds
    for r in range(total):
        if probabilities is not None:
            P = np.asarray(probabilities, dtype=float)
            if P.shape != (len(yi), len(classes)):
                raise DataError(f"label errors: probabilities of shape {P.shape}, expected {(len(yi), len(classes))}")
        else:
            step = (lambda f, r=r: progress((r + f) / total)) if progress is not None else None
            P = out_of_fold(X, yi, len(classes), estimators(ensemble, seed), folds, seed + r, keep, step)
        count, joint = estimated_errors(P, yi)
        confidence = self_confidence(P, yi)
        order = np.argsort(confidence / class_thresholds(P, yi)[yi], kind="stable")
        flagged = np.sort(order[:count])
        keep = np.ones(len(yi), dtype=bool)
        keep[flagged] = False
    ranking = "confident learning count, per-class normalised self-confidence ranking"
    method = (f"{ranking}, {ensemble} ensemble, {folds}-fold out-of-fold probabilities, {total} round(s)"
              if probabilities is None else f"{ranking}, given out-of-sample probabilities")
    return LabelErrors(flagged, 1.0 - confidence, classes[P[flagged].argmax(axis=1)], count, classes, joint, P,
                       method)
