"""Analytic input gradients of the cross-entropy loss for common scikit-learn classifiers.

The loss is -log p_y, with p the model's own probabilities (LogisticRegression, MLPClassifier)
or, for margin models, the softmax (sigmoid when binary) of `decision_function`. Multiclass SVC
is differentiated through sklearn's one-vs-one -> one-vs-rest aggregation: the vote counts are
piecewise constant (zero gradient), the confidence term is smooth. Pipelines of scalers are
handled by the chain rule. Pure functions: no model is modified.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from modelward.core.errors import DataError, InputError

Array = np.ndarray
VJP = Callable[[Array], Array]

_LINEAR_NAMES = frozenset(
    {
        "LogisticRegression",
        "LogisticRegressionCV",
        "LinearSVC",
        "SGDClassifier",
        "RidgeClassifier",
        "RidgeClassifierCV",
        "Perceptron",
        "PassiveAggressiveClassifier",
    }
)
_SVC_NAMES = frozenset({"SVC", "NuSVC"})
_SVC_KERNELS = frozenset({"linear", "rbf", "poly", "sigmoid"})
_SCALER_NAMES = frozenset({"StandardScaler", "MinMaxScaler", "MaxAbsScaler", "Normalizer"})
_MLP_ACTIVATIONS = frozenset({"identity", "logistic", "tanh", "relu"})


def supports(estimator: Any) -> bool:
    """True when `loss_gradient` can differentiate this (fitted or unfitted) estimator."""
    steps = _steps(estimator)
    if steps is None:
        return False
    transformers, final = steps
    return all(_supports_transformer(t) for t in transformers) and _supports_final(final)


def loss_gradient(estimator: Any, X: Array, y_idx: Array) -> Array:
    """d(-log p_y)/dX for each row, where y_idx indexes `estimator.classes_`; same shape as X."""
    if not supports(estimator):
        raise InputError(
            f"no analytic gradient for {type(estimator).__name__}: expected LogisticRegression, a "
            "linear margin classifier, SVC (linear/rbf/poly/sigmoid), MLPClassifier, or a Pipeline "
            "of scalers ending in one of those"
        )
    steps = _steps(estimator)
    assert steps is not None
    transformers, final = steps
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise DataError(f"loss_gradient: expected a 2-D array of rows, got shape {X.shape}")
    y = np.asarray(y_idx).astype(int).ravel()
    if y.shape[0] != X.shape[0]:
        raise DataError(f"loss_gradient: {y.shape[0]} labels for {X.shape[0]} rows")
    classes = getattr(final, "classes_", None)
    if classes is None:
        raise InputError(f"{type(final).__name__} is not fitted: fit it before asking for gradients")
    if y.size and (y.min() < 0 or y.max() >= len(classes)):
        raise DataError(f"loss_gradient: class indices must be in 0..{len(classes) - 1}")
    vjps: list[VJP] = []
    Z = X
    for t in transformers:
        Z, vjp = _transform(t, Z)
        vjps.append(vjp)
    G = _final_gradient(final, Z, y)
    for vjp in reversed(vjps):
        G = vjp(G)
    return G


def _arr(x: object) -> np.ndarray:
    """An ndarray (keeps type checkers from widening numpy results to Any)."""
    return np.asarray(x)


# --- structure -------------------------------------------------------------------------------


def _steps(estimator: Any) -> tuple[list[Any], Any] | None:
    if type(estimator).__name__ != "Pipeline":
        return [], estimator
    parts = [s for _, s in getattr(estimator, "steps", []) if s is not None and s != "passthrough"]
    if not parts:
        return None
    return parts[:-1], parts[-1]


def _supports_transformer(t: Any) -> bool:
    return type(t).__name__ in _SCALER_NAMES


def _supports_final(est: Any) -> bool:
    name = type(est).__name__
    if name in _LINEAR_NAMES:
        return True
    if name in _SVC_NAMES:
        return getattr(est, "kernel", None) in _SVC_KERNELS
    if name == "MLPClassifier":
        return getattr(est, "activation", None) in _MLP_ACTIVATIONS
    return False


# --- transformers: forward value and vector-Jacobian product ---------------------------------


def _transform(t: Any, X: Array) -> tuple[Array, VJP]:
    name = type(t).__name__
    if name == "StandardScaler":
        mean = t.mean_ if getattr(t, "with_mean", True) and t.mean_ is not None else 0.0
        scale = t.scale_ if getattr(t, "with_std", True) and t.scale_ is not None else 1.0
        return (X - mean) / scale, lambda g: g / scale
    if name == "MinMaxScaler":
        Z = X * t.scale_ + t.min_
        if not getattr(t, "clip", False):
            return Z, lambda g: g * t.scale_
        lo, hi = t.feature_range
        inside = (lo <= Z) & (hi >= Z)
        return np.clip(Z, lo, hi), lambda g: g * t.scale_ * inside
    if name == "MaxAbsScaler":
        return X / t.scale_, lambda g: g / t.scale_
    if name == "Normalizer":
        return _normalize(X, getattr(t, "norm", "l2"))
    raise InputError(f"no gradient for transformer {name}")


def _normalize(X: Array, norm: str) -> tuple[Array, VJP]:
    if norm == "l2":
        s = np.sqrt((X * X).sum(axis=1))
    elif norm == "l1":
        s = np.abs(X).sum(axis=1)
    else:
        s = np.abs(X).max(axis=1)
    zero = s == 0
    s = np.where(zero, 1.0, s)
    Y = X / s[:, None]
    rows = np.arange(X.shape[0])
    argmax = np.abs(X).argmax(axis=1)

    def vjp(g: Array) -> Array:
        gy = (g * Y).sum(axis=1, keepdims=True)
        if norm == "l2":
            out = (g - Y * gy) / s[:, None]
        elif norm == "l1":
            out = (g - np.sign(X) * gy) / s[:, None]
        else:
            out = g / s[:, None]
            out[rows, argmax] -= np.sign(X[rows, argmax]) * gy[:, 0] / s
        out[zero] = g[zero]
        return _arr(out)

    return Y, vjp


# --- final estimators ------------------------------------------------------------------------


def _final_gradient(est: Any, X: Array, y: Array) -> Array:
    name = type(est).__name__
    if name in _LINEAR_NAMES:
        W = np.atleast_2d(np.asarray(est.coef_, dtype=float))
        b = np.atleast_1d(np.asarray(est.intercept_, dtype=float))
        _check_features(est, X, W.shape[1])
        Z = X @ W.T + b
        if W.shape[0] == 1:
            return _arr(_binary_dloss(Z[:, 0], y)[:, None] * W[0])
        if name.startswith("LogisticRegression") and _lr_is_ovr(est):
            return _arr(_ovr_normalised_dloss(Z, y) @ W)
        return _arr(_softmax_dloss(Z, y) @ W)
    if name in _SVC_NAMES:
        return _svc_gradient(est, X, y)
    return _mlp_gradient(est, X, y)


def _check_features(est: Any, X: Array, expected: int) -> None:
    if X.shape[1] != expected:
        raise DataError(f"{type(est).__name__}: {X.shape[1]} features per row, the model expects {expected}")


def _lr_is_ovr(est: Any) -> bool:
    """Older scikit-learn could fit one-vs-rest logistic regression (normalised sigmoids)."""
    mc = getattr(est, "multi_class", "multinomial")
    return bool(mc == "ovr" or (mc in ("auto", "deprecated") and getattr(est, "solver", "") == "liblinear"))


def _sigmoid(z: Array) -> Array:
    out: Array = 0.5 * (1.0 + np.tanh(0.5 * z))
    return out


def _binary_dloss(d: Array, y: Array) -> Array:
    """d(-log p_y)/dd for p_1 = sigmoid(d)."""
    return _arr(_sigmoid(d) - (y == 1))


def _softmax_dloss(Z: Array, y: Array) -> Array:
    """d(-log softmax(Z)_y)/dZ = softmax(Z) - onehot(y)."""
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    P[np.arange(len(y)), y] -= 1.0
    return _arr(P)


def _ovr_normalised_dloss(Z: Array, y: Array) -> Array:
    """Loss -log(s_y / sum s), s = sigmoid(Z): sklearn's one-vs-rest probabilities."""
    S = _sigmoid(Z)
    G = S * (1 - S) / S.sum(axis=1, keepdims=True)
    rows = np.arange(len(y))
    G[rows, y] -= 1 - S[rows, y]
    return _arr(G)


def _svc_gradient(est: Any, X: Array, y: Array) -> Array:
    SV = np.asarray(est.support_vectors_.toarray() if hasattr(est.support_vectors_, "toarray")
                    else est.support_vectors_, dtype=float)
    _check_features(est, X, SV.shape[1])
    coef = np.asarray(est.dual_coef_.toarray() if hasattr(est.dual_coef_, "toarray")
                      else est.dual_coef_, dtype=float)
    b = np.asarray(est.intercept_, dtype=float)
    n_classes = len(est.classes_)
    if n_classes == 2:
        A = coef[:1]  # public coefficients already give decision_function's sign
        K = _kernel(est, X, SV)
        d = K @ A[0] + b[0]
        return _kernel_vjp(est, X, SV, K, _binary_dloss(d, y)[:, None] * A)
    # one-vs-one coefficient matrix: pair (i, j) uses coef[j-1] on class i's SVs, coef[i] on class j's
    counts = np.asarray(est.n_support_)
    starts = np.concatenate([[0], np.cumsum(counts)])
    pairs = [(i, j) for i in range(n_classes) for j in range(i + 1, n_classes)]
    A = np.zeros((len(pairs), SV.shape[0]))
    for k, (i, j) in enumerate(pairs):
        A[k, starts[i]:starts[i + 1]] = coef[j - 1, starts[i]:starts[i + 1]]
        A[k, starts[j]:starts[j + 1]] = coef[i, starts[j]:starts[j + 1]]
    K = _kernel(est, X, SV)
    ovo = K @ A.T + b  # > 0 favours class i
    # sklearn's ovr aggregation: votes + s / (3 (|s| + 1)), s_i = sum over pairs of +-ovo
    P = np.zeros((len(pairs), n_classes))
    for k, (i, j) in enumerate(pairs):
        P[k, i], P[k, j] = 1.0, -1.0
    S = ovo @ P
    votes = np.zeros_like(S)
    for k, (i, j) in enumerate(pairs):
        votes[:, i] += ovo[:, k] > 0
        votes[:, j] += ovo[:, k] <= 0
    dec = votes + S / (3 * (np.abs(S) + 1))
    g_dec = _softmax_dloss(dec, y)
    g_S = g_dec / (3 * (np.abs(S) + 1) ** 2)
    g_ovo = g_S @ P.T
    return _kernel_vjp(est, X, SV, K, g_ovo @ A)


def _gamma(est: Any) -> float:
    gamma = getattr(est, "_gamma", None)
    if gamma is None:
        gamma = est.gamma
    return float(gamma)


def _kernel(est: Any, X: Array, SV: Array) -> Array:
    kernel = est.kernel
    if kernel == "linear":
        return _arr(X @ SV.T)
    g = _gamma(est)
    if kernel == "rbf":
        d2 = (X * X).sum(1)[:, None] + (SV * SV).sum(1)[None, :] - 2 * X @ SV.T
        return _arr(np.exp(-g * np.maximum(d2, 0.0)))
    inner = g * (X @ SV.T) + float(est.coef0)
    if kernel == "poly":
        return _arr(inner ** int(est.degree))
    return _arr(np.tanh(inner))


def _kernel_vjp(est: Any, X: Array, SV: Array, K: Array, W: Array) -> Array:
    """sum_s W[n, s] * d K(x_n, sv_s) / d x_n."""
    kernel = est.kernel
    if kernel == "linear":
        return _arr(W @ SV)
    g = _gamma(est)
    if kernel == "rbf":
        WK = W * K
        return _arr(-2 * g * (WK.sum(axis=1, keepdims=True) * X - WK @ SV))
    inner = g * (X @ SV.T) + float(est.coef0)
    if kernel == "poly":
        deg = int(est.degree)
        dk = deg * inner ** (deg - 1) if deg > 0 else np.zeros_like(inner)
    else:
        dk = 1 - K * K
    return _arr(g * ((W * dk) @ SV))


def _mlp_gradient(est: Any, X: Array, y: Array) -> Array:
    if getattr(est, "out_activation_", None) not in ("softmax", "logistic") or (
        est.out_activation_ == "logistic" and len(est.classes_) != 2
    ):
        raise InputError("MLPClassifier: only single-label (binary or multiclass) models have a gradient")
    _check_features(est, X, est.coefs_[0].shape[0])
    acts = [X]
    pres: list[Array] = []
    for i, (W, b) in enumerate(zip(est.coefs_, est.intercepts_, strict=True)):
        pre = acts[-1] @ W + b
        pres.append(pre)
        if i < len(est.coefs_) - 1:
            acts.append(_activate(est.activation, pre))
    out = pres[-1]
    delta = _binary_dloss(out[:, 0], y)[:, None] if est.out_activation_ == "logistic" else _softmax_dloss(out, y)
    for i in range(len(est.coefs_) - 1, -1, -1):
        grad_in = delta @ est.coefs_[i].T
        if i == 0:
            return np.asarray(grad_in, dtype=float)
        delta = grad_in * _activation_slope(est.activation, pres[i - 1], acts[i])
    raise AssertionError("unreachable")


def _activate(name: str, pre: Array) -> Array:
    if name == "relu":
        return _arr(np.maximum(pre, 0.0))
    if name == "tanh":
        return _arr(np.tanh(pre))
    if name == "logistic":
        return _sigmoid(pre)
    return pre


def _activation_slope(name: str, pre: Array, act: Array) -> Array:
    if name == "relu":
        return (pre > 0).astype(float)
    if name == "tanh":
        return _arr(1 - act * act)
    if name == "logistic":
        return _arr(act * (1 - act))
    return np.ones_like(pre)
