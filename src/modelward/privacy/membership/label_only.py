"""The label-only signal (Choquette-Choo et al. 2021): when a model answers with labels only, members
are told by how robustly the model keeps their true label under small random noise. Each record is
queried clean and `copies` times with Gaussian noise (a share of each feature's range), clipped to the
model's input bounds; the signal is the log-odds of the share of answers that keep the true label."""

from __future__ import annotations

import numpy as np

from modelward.core.adapters.spec import InputSpec


def noise_scale(X: np.ndarray, spec: InputSpec, share: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-feature noise std (`share` of the declared range, else of the observed range) and the bounds."""
    X = np.asarray(X, dtype=float)
    lo, hi = X.min(axis=0), X.max(axis=0)
    if spec.features and spec.n_features == X.shape[1]:
        lo = np.where(np.isfinite(spec.lower), spec.lower, lo)
        hi = np.where(np.isfinite(spec.upper), spec.upper, hi)
    width = np.where(hi > lo, hi - lo, 1.0)
    return share * width, lo, hi


def noisy_copies(X: np.ndarray, copies: int, scale: np.ndarray, lower: np.ndarray, upper: np.ndarray,
                 rng: np.random.Generator) -> np.ndarray:
    """Rows [x_0 clean, x_0 noisy * copies, x_1 clean, ...]: (n * (copies + 1), d), inside the bounds."""
    X = np.asarray(X, dtype=float)
    rep = np.repeat(X, copies + 1, axis=0)
    noise = rng.normal(0.0, 1.0, rep.shape) * scale
    noise[:: copies + 1] = 0.0
    out: np.ndarray = np.clip(rep + noise, lower, upper)
    return out


def kept_label_logodds(pred_index: np.ndarray, y_index: np.ndarray, copies: int) -> np.ndarray:
    """Log-odds of the share of a record's clean and noisy answers that keep its label; `pred_index` is
    (..., n * (copies + 1)) predicted class indices in the order `noisy_copies` makes."""
    pred = np.asarray(pred_index)
    kept = (pred.reshape(*pred.shape[:-1], -1, copies + 1) == np.asarray(y_index)[:, None]).sum(axis=-1)
    out: np.ndarray = np.log((kept + 0.5) / (copies + 1 - kept + 0.5))
    return out
