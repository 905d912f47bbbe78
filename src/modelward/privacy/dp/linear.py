"""Differentially private logistic (softmax) regression as a scikit-learn estimator.

Features go through signed log1p and a DP centring; training is full-batch noisy gradient descent
(per-example gradients clipped to `clip`, Gaussian noise on their sum, Abadi et al. 2016 with sampling
rate 1), and the model is the average of the second half of the iterates (free post-processing that
averages noise out). The budget is split between the centring (`mean_share`) and the descent; the RDP
accountant reports the (epsilon, delta) spent in `privacy_`. Unlike output perturbation or objective
perturbation, no bound on the features is needed for the guarantee: clipping provides it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from modelward.core.errors import ConfigError
from modelward.privacy.dp._estimator import ScoresClassifier, budget_and_labels
from modelward.privacy.dp.accountant import PrivacySpent, privacy_spent
from modelward.privacy.dp.preprocess import default_bound, private_mean, signed_log1p, split_budget


class DPLogisticRegression(ScoresClassifier, ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """(epsilon, delta)-DP softmax regression by noisy gradient descent on DP-centred log features."""

    def __init__(self, epsilon: float = 1.0, delta: float | None = None, steps: int = 50, lr: float = 2.0,
                 clip: float = 1.0, l2: float = 1e-3, mean_share: float = 0.1, bound: float | None = None,
                 random_state: int | None = None) -> None:
        self.epsilon, self.delta, self.steps, self.lr, self.clip = epsilon, delta, steps, lr, clip
        self.l2, self.mean_share, self.bound, self.random_state = l2, mean_share, bound, random_state

    def _transform(self, X: np.ndarray) -> np.ndarray:
        Z = signed_log1p(X) - self.center_
        out: np.ndarray = np.c_[Z, np.ones(len(Z))]
        return out

    def fit(self, X: Any, y: Any) -> DPLogisticRegression:
        X, self.classes_, y_index, delta = budget_and_labels(X, y, self.epsilon, self.delta)
        n, d = X.shape
        if not 0 < self.mean_share < 1 or self.steps < 1 or self.clip <= 0:
            raise ConfigError("mean_share must be in (0, 1), steps at least 1 and clip positive")
        rng = np.random.default_rng(self.random_state)
        split = split_budget(self.epsilon, delta, (self.mean_share, 1 - self.mean_share), (1, self.steps))
        sigma_mean, sigma_gd = split.sigmas
        bound = self.bound if self.bound is not None else default_bound(d)
        self.center_ = private_mean(signed_log1p(X), bound, sigma_mean, rng)
        A = self._transform(X)
        k = len(self.classes_)
        Y = np.eye(k)[y_index]
        W = np.zeros((A.shape[1], k))
        total, kept = np.zeros_like(W), 0
        for t in range(self.steps):
            logits = A @ W
            logits -= logits.max(axis=1, keepdims=True)
            P = np.exp(logits)
            P /= P.sum(axis=1, keepdims=True)
            E = P - Y  # per-example gradient is the outer product A_i (x) E_i, norm |A_i| |E_i|
            norms = np.linalg.norm(A, axis=1) * np.linalg.norm(E, axis=1)
            scale = np.minimum(1.0, self.clip / np.maximum(norms, 1e-12))
            G = (A * scale[:, None]).T @ E + rng.normal(0.0, sigma_gd * self.clip, W.shape)
            W -= self.lr * (G / n + self.l2 * W)
            if t >= self.steps // 2:
                total += W
                kept += 1
        self.coef_ = total / kept
        self.privacy_: PrivacySpent = privacy_spent(split.mechanisms((1, self.steps)), delta)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        out: np.ndarray = self._transform(np.asarray(X, dtype=float)) @ self.coef_
        return out

    def _scores(self, X: np.ndarray) -> np.ndarray:
        return self.decision_function(X)
