"""Model inversion: reconstruct a representative of each class from the model alone (Fredrikson et al.
2015), and measure what the reconstruction gives away.

Starting from the attacker's prior (the mean of public rows), the input is pushed towards high
confidence in the class: with the model's input gradient when it has one (white box), otherwise with
gradients estimated from queries (NES: antithetic Gaussian probes, Ilyas et al. 2018); signed steps in
units of each feature's range, projected to the input bounds, with a pull back to the prior. What the
attacker gains is judged by an independent evaluator (a k-nearest-neighbour classifier fitted on the
assessed rows, which the model never needed): the share of classes whose reconstruction it recognises,
against the same share for the prior alone (the baseline that sees no model), and how much closer each
reconstruction is to the class's real rows than the prior was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, DataError


@dataclass(frozen=True, eq=False)
class InversionResult:
    """Per class: the reconstruction, the model's and the evaluator's confidence in the class, and the
    distance to the nearest real row of the class relative to the prior's."""

    classes: tuple[str, ...]
    reconstructions: np.ndarray
    model_confidence: np.ndarray
    recognised: np.ndarray  # the evaluator labels the reconstruction as its class
    baseline_recognised: np.ndarray
    closer: np.ndarray  # distance to the class's nearest row / the prior's distance (below 1: closer)
    access: str
    queries: int

    @property
    def attack_accuracy(self) -> float:
        return float(self.recognised.mean())

    @property
    def baseline_accuracy(self) -> float:
        return float(self.baseline_recognised.mean())


def _bounds(model: ModelAdapter, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = X.min(axis=0), X.max(axis=0)
    spec = model.input_spec
    if spec.features and spec.n_features == X.shape[1]:
        lo = np.where(np.isfinite(spec.lower), spec.lower, lo)
        hi = np.where(np.isfinite(spec.upper), spec.upper, hi)
    return lo, hi


def _log_p(model: ModelAdapter, X: np.ndarray, c: int) -> np.ndarray:
    return np.asarray(np.log(np.maximum(np.asarray(model.predict_proba(X))[:, c], 1e-300)))


def _gradient(model: ModelAdapter, x: np.ndarray, c: int, white_box: bool, probes: int, sigma: np.ndarray,
              rng: np.random.Generator) -> np.ndarray:
    """d log p_c / dx (white box: minus the cross-entropy gradient; black box: NES estimate)."""
    if white_box:
        return np.asarray(-model.loss_gradient(x[None, :], np.array([c]))[0])  # type: ignore[attr-defined]
    u = rng.normal(size=(probes, len(x)))
    f = _log_p(model, np.vstack([x + sigma * u, x - sigma * u]), c)
    diff = f[:probes] - f[probes:]
    out: np.ndarray = (diff[:, None] * u).sum(axis=0) / (2 * probes * sigma)
    return out


def invert(model: ModelAdapter, X: np.ndarray, y: np.ndarray, *, steps: int = 100, step_size: float = 0.02,
           prior_weight: float = 0.05, probes: int = 20, white_box: bool | None = None,
           seed: int = 0) -> InversionResult:
    """Reconstruct one row per class of `model`; (X, y) are the assessed rows: the prior's public rows
    and the independent evaluator's training data."""
    from sklearn.neighbors import KNeighborsClassifier

    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) != len(y) or len(X) < 5:
        raise DataError(f"model inversion needs at least 5 labelled rows, got {X.shape}")
    if steps < 1 or step_size <= 0 or probes < 1:
        raise ConfigError("steps and probes must be at least 1 and step_size positive")
    classes = np.asarray(model.classes)
    lo, hi = _bounds(model, X)
    width = np.where(hi > lo, hi - lo, 1.0)
    has_gradient = callable(getattr(model, "loss_gradient", None)) and getattr(model, "has_gradient", True)
    white = has_gradient if white_box is None else white_box and has_gradient
    rng = np.random.default_rng([seed, 13])
    prior = X.mean(axis=0)
    q0 = model.query_count
    recon = np.empty((len(classes), X.shape[1]))
    for c in range(len(classes)):
        x = prior.copy()
        for _ in range(steps):
            g = _gradient(model, x, c, white, probes, 0.01 * width, rng)
            x = np.clip(x + step_size * width * np.sign(g) - prior_weight * step_size * (x - prior), lo, hi)
        recon[c] = x
    conf = np.asarray(model.predict_proba(recon))[np.arange(len(classes)), np.arange(len(classes))]
    scaled = (X - lo) / width
    evaluator = KNeighborsClassifier(n_neighbors=min(5, len(X))).fit(scaled, y)
    recognised = evaluator.predict((recon - lo) / width) == classes
    baseline = evaluator.predict(((prior - lo) / width)[None, :].repeat(len(classes), axis=0)) == classes
    closer = np.full(len(classes), np.nan)
    for c, label in enumerate(classes.tolist()):
        rows = scaled[np.asarray(y) == label]
        if len(rows):
            d_rec = np.sqrt(((rows - (recon[c] - lo) / width) ** 2).sum(axis=1)).min()
            d_prior = np.sqrt(((rows - (prior - lo) / width) ** 2).sum(axis=1)).min()
            closer[c] = d_rec / d_prior if d_prior > 0 else np.nan
    return InversionResult(tuple(str(c) for c in classes.tolist()), recon, conf, recognised, baseline, closer,
                           "white-box gradients" if white else f"black-box gradient estimates ({probes} probe pairs)",
                           model.query_count - q0)
