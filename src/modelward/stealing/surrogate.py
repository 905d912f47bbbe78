"""The attacker's copy: a small MLP in numpy trained on soft labels (the victim's probabilities, or
one-hot answers) with L-BFGS, so extraction needs no deep-learning framework and learns from every bit
a probability vector gives away. Inputs are standardised with statistics of the attacker's own
(unlabelled) rows; rows can carry weights (pseudo-labelled rows count less than answered ones)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from threadpoolctl import threadpool_limits

from modelward.core.errors import ConfigError


@dataclass(frozen=True)
class SurrogateSpec:
    """Architecture and fit of the copy: one hidden layer of `hidden` tanh units (0: softmax regression),
    L2 penalty `l2` per row, at most `iterations` L-BFGS steps."""

    hidden: int = 64
    l2: float = 1e-3
    iterations: int = 300


@dataclass(frozen=True, eq=False)
class Surrogate:
    """A fitted copy: `proba(X)` over the victim's classes (indices 0..k-1)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: tuple[np.ndarray, ...]

    def logits(self, X: np.ndarray) -> np.ndarray:
        Z = (np.asarray(X, dtype=float) - self.mean) / self.scale
        if len(self.weights) == 2:
            W, b = self.weights
            out: np.ndarray = Z @ W + b
            return out
        W1, b1, W2, b2 = self.weights
        hidden: np.ndarray = np.tanh(Z @ W1 + b1) @ W2 + b2
        return hidden

    def proba(self, X: np.ndarray) -> np.ndarray:
        z = self.logits(X)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.logits(X).argmax(axis=1))

    def log_proba_gradient(self, X: np.ndarray, classes: np.ndarray) -> np.ndarray:
        """d log p_c(x) / d x for class index c = classes[i] of each row (the Jacobian row JBDA steps along)."""
        X = np.asarray(X, dtype=float)
        Z = (X - self.mean) / self.scale
        P = self.proba(X)
        G = -P
        G[np.arange(len(X)), np.asarray(classes, dtype=int)] += 1.0  # d log p_c / d logits
        if len(self.weights) == 2:
            dZ = G @ self.weights[0].T
        else:
            W1, b1, W2, _ = self.weights
            A = np.tanh(Z @ W1 + b1)
            dZ = ((G @ W2.T) * (1 - A * A)) @ W1.T
        out: np.ndarray = dZ / self.scale
        return out


@dataclass(frozen=True, eq=False)
class Committee:
    """Several copies read as one: their mean probabilities."""

    members: tuple[Surrogate, ...]

    def proba(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(np.mean([m.proba(X) for m in self.members], axis=0))

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.proba(X).argmax(axis=1))


def _shapes(d: int, h: int, k: int) -> list[tuple[int, ...]]:
    return [(d, k), (k,)] if h == 0 else [(d, h), (h,), (h, k), (k,)]


def _unpack(theta: np.ndarray, shapes: list[tuple[int, ...]]) -> list[np.ndarray]:
    out, i = [], 0
    for s in shapes:
        n = int(np.prod(s))
        out.append(theta[i:i + n].reshape(s))
        i += n
    return out


def fit_surrogate(X: np.ndarray, targets: np.ndarray, spec: SurrogateSpec = SurrogateSpec(),
                  sample_weight: np.ndarray | None = None, scaling: tuple[np.ndarray, np.ndarray] | None = None,
                  seed: int = 0, init: Surrogate | None = None) -> Surrogate:
    """Fit the copy to soft `targets` (rows of class probabilities) on rows X by weighted cross-entropy."""
    X = np.asarray(X, dtype=float)
    T = np.asarray(targets, dtype=float)
    if X.ndim != 2 or T.ndim != 2 or len(X) != len(T) or not len(X):
        raise ConfigError(f"surrogate: expected rows and probability targets of the same length, got {X.shape} "
                          f"and {T.shape}")
    w = np.ones(len(X)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    w = w / w.sum()
    mean, scale = scaling if scaling is not None else (X.mean(axis=0), X.std(axis=0))
    scale = np.where(scale > 1e-12, scale, 1.0)
    Z = (X - mean) / scale
    d, k, h = X.shape[1], T.shape[1], spec.hidden
    shapes = _shapes(d, h, k)
    rng = np.random.default_rng(seed)
    if init is not None and [p.shape for p in init.weights] == shapes:
        theta0 = np.concatenate([p.ravel() for p in init.weights])
    else:
        parts = [rng.normal(0, 1 / np.sqrt(s[0]), s) if len(s) == 2 else np.zeros(s) for s in shapes]
        theta0 = np.concatenate([p.ravel() for p in parts])
    l2 = spec.l2

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        params = _unpack(theta, shapes)
        if h == 0:
            W, b = params
            logits = Z @ W + b
        else:
            W1, b1, W2, b2 = params
            A = np.tanh(Z @ W1 + b1)
            logits = A @ W2 + b2
        logits = logits - logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        loss = -float((w[:, None] * T * logp).sum())
        G = w[:, None] * (np.exp(logp) * T.sum(axis=1, keepdims=True) - T)  # d loss / d logits
        weights = [p for p in params if p.ndim == 2]
        loss += 0.5 * l2 * sum(float((p * p).sum()) for p in weights)
        if h == 0:
            grads = [Z.T @ G + l2 * W, G.sum(axis=0)]
        else:
            dA = (G @ W2.T) * (1 - A * A)
            grads = [Z.T @ dA + l2 * W1, dA.sum(axis=0), A.T @ G + l2 * W2, G.sum(axis=0)]
        return loss, np.concatenate([g.ravel() for g in grads])

    with threadpool_limits(limits=1, user_api="blas"):  # small products: threads only add hand-off cost
        res = minimize(loss_grad, theta0, jac=True, method="L-BFGS-B", options={"maxiter": spec.iterations})
    return Surrogate(mean, scale, tuple(_unpack(res.x, shapes)))
