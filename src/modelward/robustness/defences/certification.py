"""Randomised smoothing (Cohen, Rosenfeld & Kolter 2019): a certified L2 radius per point, abstention,
and a fail-safe that abstains or answers a safe fallback when the certificate is too small.

The smoothed classifier g(x) = argmax_c P(f(x + N(0, sigma^2 I)) = c). CERTIFY draws n0 noisy copies
to guess the top class cA, then n more to bound pA from below (one-sided Clopper-Pearson at level
alpha); if the bound exceeds 1/2, g is constant within L2 radius sigma * Phi^-1(pA_lower) of x, with
probability at least 1 - alpha; otherwise it abstains. The base model should be trained with the
same Gaussian noise (`gaussian_augmentation`), or the smoothed model abstains on most points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError

ABSTAIN = -1


def clopper_pearson_lower(successes: np.ndarray, n: int, alpha: float) -> np.ndarray:
    """One-sided (1 - alpha) lower confidence bound of a binomial proportion."""
    from scipy.stats import beta

    k = np.asarray(successes, dtype=float)
    out = np.where(k > 0, beta.ppf(alpha, np.maximum(k, 1), n - k + 1), 0.0)
    return np.asarray(out, dtype=float)


@dataclass(frozen=True, eq=False)
class Certificates:
    """Per row: the smoothed prediction (class index, ABSTAIN = -1), its certified L2 radius (0 when
    abstaining) and the lower bound on pA."""

    prediction: np.ndarray
    radius: np.ndarray
    p_lower: np.ndarray
    sigma: float
    n: int
    alpha: float

    def certified_accuracy(self, y_idx: np.ndarray, radius: float) -> float:
        """Share of rows predicted correctly with a certified radius of at least `radius`."""
        ok = (self.prediction == np.asarray(y_idx)) & (self.radius >= radius)
        return float(ok.mean()) if ok.size else 0.0

    def curve(self, y_idx: np.ndarray, radii: Sequence[float]) -> list[float]:
        return [self.certified_accuracy(y_idx, r) for r in radii]

    @property
    def abstention_rate(self) -> float:
        return float((self.prediction == ABSTAIN).mean()) if self.prediction.size else 0.0


class SmoothedClassifier:
    """The smoothed classifier around a base ModelAdapter; counts base decisions on noisy copies."""

    def __init__(self, base: ModelAdapter, sigma: float = 0.25, *, n0: int = 100, n: int = 1000,
                 alpha: float = 0.001, max_rows_per_call: int = 100_000) -> None:
        if not (math.isfinite(sigma) and sigma > 0):
            raise ConfigError(f"randomised smoothing: sigma must be positive, got {sigma}")
        if n0 < 1 or n < 1:
            raise ConfigError(f"randomised smoothing: n0 and n must be >= 1, got {n0}, {n}")
        if not 0 < alpha < 0.5:
            raise ConfigError(f"randomised smoothing: alpha must be in (0, 0.5), got {alpha}")
        self.base, self.sigma, self.n0, self.n, self.alpha = base, float(sigma), n0, n, alpha
        self.max_rows_per_call = max_rows_per_call
        self.classes = base.classes

    def _counts(self, X: np.ndarray, draws: int, rng: np.random.Generator) -> np.ndarray:
        """Per row, how often the base model chose each class on `draws` noisy copies."""
        k = len(self.classes)
        counts = np.zeros((len(X), k), dtype=np.int64)
        per_call = max(1, self.max_rows_per_call // draws)
        for i in range(0, len(X), per_call):
            chunk = X[i : i + per_call]
            noise = rng.normal(scale=self.sigma, size=(len(chunk) * draws, X.shape[1]))
            noisy = np.repeat(chunk, draws, axis=0) + noise
            pred = np.asarray(self.base.predict_proba(noisy)).argmax(axis=1).reshape(len(chunk), draws)
            for c in range(k):
                counts[i : i + len(chunk), c] = (pred == c).sum(axis=1)
        return counts

    def certify(self, X: np.ndarray, seed: int = 0) -> Certificates:
        """CERTIFY for each row (Cohen et al. 2019, Algorithm 1)."""
        from scipy.stats import norm

        X = np.asarray(X, dtype=float)
        rng = np.random.default_rng(seed)
        guess = self._counts(X, self.n0, rng).argmax(axis=1)
        counts = self._counts(X, self.n, rng)
        p_lower = clopper_pearson_lower(counts[np.arange(len(X)), guess], self.n, self.alpha)
        certified = p_lower > 0.5
        radius = np.where(certified, self.sigma * norm.ppf(np.clip(p_lower, 0.5, 1 - 1e-16)), 0.0)
        prediction = np.where(certified, guess, ABSTAIN)
        return Certificates(prediction, radius, p_lower, self.sigma, self.n, self.alpha)

    def predict(self, X: np.ndarray, seed: int = 0) -> np.ndarray:
        """PREDICT (Algorithm 1): the top class when a two-sided binomial test separates it from the
        runner-up at level alpha, else ABSTAIN."""
        from scipy.stats import binomtest

        counts = self._counts(np.asarray(X, dtype=float), self.n, np.random.default_rng(seed))
        order = np.argsort(counts, axis=1)
        top, second = order[:, -1], order[:, -2]
        out = np.full(len(counts), ABSTAIN)
        for i, (a, b) in enumerate(zip(top, second, strict=True)):
            na, nb = int(counts[i, a]), int(counts[i, b])
            if binomtest(na, na + nb, 0.5).pvalue <= self.alpha:
                out[i] = a
        return out


@dataclass(frozen=True)
class FailSafe:
    """Answer only when certified to at least `min_radius`; otherwise the `fallback` label (a safe
    answer, e.g. "refer to a human") or None (abstain)."""

    min_radius: float = 0.0
    fallback: Any = None

    def decide(self, certs: Certificates, classes: np.ndarray) -> list[Any]:
        out: list[Any] = []
        for pred, radius in zip(certs.prediction.tolist(), certs.radius.tolist(), strict=True):
            if pred == ABSTAIN or radius < self.min_radius:
                out.append(self.fallback)
            else:
                out.append(np.asarray(classes)[pred].item())
        return out


def gaussian_augmentation(
    model: ModelAdapter, X: np.ndarray, y: np.ndarray, sigma: float, *, noise_factor: float = 1.5,
    epochs: int = 120, copies: int = 4, lr: float = 3e-3, seed: int = 0,
) -> ModelAdapter:
    """A base model for smoothing at `sigma`: a torch model retrained with N(0, (noise_factor * sigma)^2)
    noise on every batch, or a scikit-learn model refitted on `copies` noisy copies of the data.

    Training on somewhat more noise than the smoothing uses makes the base model's vote under noise
    more unanimous, which is what the certified radius needs (digits MLP, sigma 0.25: certified
    accuracy at L2 0.5 rises from 0.49 with factor 1 to 0.59 with 1.6); the certificate is valid for
    any base model, so this costs no soundness.
    """
    if not noise_factor > 0:
        raise ConfigError(f"noise augmentation: noise_factor must be positive, got {noise_factor}")
    sigma = sigma * noise_factor
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    module = getattr(model, "module", None)
    if module is not None:
        from modelward.core.adapters.torch import TorchAdapter
        from modelward.robustness.attacks._common import label_indices
        from modelward.robustness.defences import _torch as T

        _, shape = T.module_of(model)
        net = T.train_plain(T.fresh_copy(module, True, seed), X, label_indices(model, y), input_shape=shape,
                            epochs=epochs, lr=lr, seed=seed, noise_sigma=sigma)
        return TorchAdapter(net, classes=model.classes, input_spec=model.input_spec, input_shape=shape,
                            device="cpu", name=f"{model.name}+noise({sigma:g})")
    refit = getattr(model, "refit", None)
    if not callable(refit):
        raise ConfigError(f"{model.name}: noise augmentation needs a torch model or a refittable scikit-learn model")
    rng = np.random.default_rng(seed)
    Xn = np.vstack([X] + [X + rng.normal(scale=sigma, size=X.shape) for _ in range(copies)])
    refitted: ModelAdapter = refit(Xn, np.concatenate([y] * (copies + 1)))
    return refitted
