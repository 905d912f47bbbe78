"""Differentially private Gaussian naive Bayes as a scikit-learn estimator.

Features go through signed log1p, a DP centring and clipping to [-`clip`, `clip`] per feature; then the
per-class counts and sums and the pooled sums of squares are released with Gaussian noise (each a
full-batch Gaussian mechanism: a record changes one class's count by 1, its sums by at most
`clip` * sqrt(d) and the pooled squares by at most `clip`^2 * sqrt(d)), and the model is read from them:
class priors, class means and one variance per feature shared by the classes (floored; with few records
per class a pooled variance costs far less noise than one per class). The budget is split between the
centring and the three releases.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from modelward.core.errors import ConfigError
from modelward.privacy.dp._estimator import ScoresClassifier, budget_and_labels
from modelward.privacy.dp.accountant import PrivacySpent, privacy_spent
from modelward.privacy.dp.preprocess import default_bound, private_mean, signed_log1p, split_budget

SHARES = (0.1, 0.05, 0.6, 0.25)  # centring, counts, class sums, pooled sums of squares


class DPGaussianNB(ScoresClassifier, ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """(epsilon, delta)-DP Gaussian naive Bayes on DP-centred, clipped log features."""

    def __init__(self, epsilon: float = 1.0, delta: float | None = None, clip: float = 1.0,
                 var_floor: float = 0.05, bound: float | None = None, random_state: int | None = None) -> None:
        self.epsilon, self.delta, self.clip, self.var_floor = epsilon, delta, clip, var_floor
        self.bound, self.random_state = bound, random_state

    def _features(self, X: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.clip(signed_log1p(X) - self.center_, -self.clip, self.clip)
        return out

    def fit(self, X: Any, y: Any) -> DPGaussianNB:
        X, self.classes_, y_index, delta = budget_and_labels(X, y, self.epsilon, self.delta)
        d = X.shape[1]
        if self.clip <= 0 or self.var_floor <= 0:
            raise ConfigError("clip and var_floor must be positive")
        rng = np.random.default_rng(self.random_state)
        split = split_budget(self.epsilon, delta, SHARES, (1, 1, 1, 1))
        s_mean, s_count, s_sum, s_sq = split.sigmas
        bound = self.bound if self.bound is not None else default_bound(d)
        self.center_ = private_mean(signed_log1p(X), bound, s_mean, rng)
        Z = self._features(X)
        k = len(self.classes_)
        onehot = np.eye(k)[y_index]
        root_d = math.sqrt(d)
        counts = onehot.sum(axis=0) + rng.normal(0, s_count, k)
        sums = onehot.T @ Z + rng.normal(0, s_sum * self.clip * root_d, (k, d))
        squares = (Z * Z).sum(axis=0) + rng.normal(0, s_sq * self.clip**2 * root_d, d)
        counts = np.maximum(counts, 1.0)
        self.theta_ = np.clip(sums / counts[:, None], -self.clip, self.clip)
        prior = counts / counts.sum()
        pooled = squares / counts.sum() - (prior[:, None] * self.theta_**2).sum(axis=0)
        self.var_ = np.tile(np.maximum(pooled, self.var_floor), (k, 1))
        self.class_prior_ = prior
        self.privacy_: PrivacySpent = privacy_spent(split.mechanisms((1, 1, 1, 1)), delta)
        return self

    def _joint_log_likelihood(self, X: Any) -> np.ndarray:
        Z = self._features(np.asarray(X, dtype=float))
        ll = -0.5 * (np.log(2 * np.pi * self.var_)[None].sum(axis=2)
                     + (((Z[:, None, :] - self.theta_[None]) ** 2) / self.var_[None]).sum(axis=2))
        out: np.ndarray = ll + np.log(self.class_prior_)[None]
        return out

    def _scores(self, X: np.ndarray) -> np.ndarray:
        return self._joint_log_likelihood(X)
