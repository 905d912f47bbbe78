"""Encrypted inference of a linear model with homomorphic encryption (CKKS, through TenSEAL).

The client encrypts its feature rows with its secret key and sends them with a public evaluation context
(no secret key); the server, which holds the model's weights in the clear, computes the encrypted class
scores x.W + b and returns them; only the client can decrypt them and take the softmax. The server never
sees the inputs or the answers. Only a linear model (logistic / softmax regression, linear SVM, and
pipelines that scale before them, folded into the weights) runs this way: CKKS gives additions and
multiplications, and a softmax or deep network would need polynomial approximations that cost far more
(docs/privacy.md#encrypted-inference says where that leaves other models). Needs the `privacy` extra.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError, require


def _tenseal() -> Any:
    return require("tenseal", "privacy", "Encrypted inference")


def linear_parts(estimator: Any) -> tuple[np.ndarray, np.ndarray]:
    """(W, b) with scores = x @ W + b for a fitted linear scikit-learn classifier, scaling folded in."""
    steps = getattr(estimator, "steps", None)
    scale: Any = None
    shift: Any = None
    if steps is not None:
        *pre, (_, last) = steps
        for _, step in pre:
            if not (hasattr(step, "scale_") and hasattr(step, "mean_")):
                raise ConfigError(f"encrypted inference folds only StandardScaler steps, got {type(step).__name__}")
            s = np.where(step.scale_ > 0, step.scale_, 1.0) if step.scale_ is not None else 1.0
            m = step.mean_ if step.mean_ is not None else 0.0
            # x -> (x - m) / s composed after the earlier steps' x -> x * scale + shift
            scale, shift = (1 / s, -m / s) if scale is None else (scale / s, (shift - m) / s)
        estimator = last
    coef, intercept = getattr(estimator, "coef_", None), getattr(estimator, "intercept_", None)
    if coef is None or intercept is None:
        raise ConfigError(f"{type(estimator).__name__}: not a linear model (no coef_ / intercept_); encrypted "
                          "inference here covers linear models only")
    W, b = np.asarray(coef, dtype=float).T, np.asarray(intercept, dtype=float)
    if W.shape[1] == 1:  # binary: score of class 1 against 0
        W, b = np.c_[np.zeros(len(W)), W[:, 0]], np.r_[0.0, b[0]]
    if scale is not None and shift is not None:
        b = b + shift @ W
        W = W * np.asarray(scale)[:, None]
    return W, b


@dataclass(frozen=True)
class EncryptedRun:
    """Decrypted scores and what it cost: seconds per row for each side, bytes sent each way per row."""

    scores: np.ndarray
    encrypt_s: float
    evaluate_s: float
    decrypt_s: float
    request_bytes: int
    response_bytes: int


def encrypted_scores(W: np.ndarray, b: np.ndarray, X: np.ndarray, poly_modulus_degree: int = 8192,
                     scale_bits: int = 40) -> EncryptedRun:
    """Score rows X with (W, b) under CKKS: client encrypts, server evaluates with the public context only,
    client decrypts. Every ciphertext crosses a serialisation boundary, as it would over the network."""
    ts = _tenseal()
    X = np.asarray(X, dtype=float)
    client = ts.context(ts.SCHEME_TYPE.CKKS, poly_modulus_degree=poly_modulus_degree,
                        coeff_mod_bit_sizes=[60, scale_bits, scale_bits, 60])
    client.global_scale = 2**scale_bits
    client.generate_galois_keys()
    public = ts.context_from(client.serialize(save_secret_key=False))
    W_list, b_list = np.asarray(W).tolist(), np.asarray(b).tolist()
    out, t_enc, t_eval, t_dec, sent, back = [], 0.0, 0.0, 0.0, 0, 0
    for row in X:
        t = time.perf_counter()
        request = ts.ckks_vector(client, row.tolist()).serialize()
        t_enc += time.perf_counter() - t
        t = time.perf_counter()
        response = (ts.ckks_vector_from(public, request).matmul(W_list) + b_list).serialize()
        t_eval += time.perf_counter() - t
        t = time.perf_counter()
        out.append(ts.ckks_vector_from(client, response).decrypt())
        t_dec += time.perf_counter() - t
        sent, back = sent + len(request), back + len(response)
    n = max(len(X), 1)
    return EncryptedRun(np.asarray(out), t_enc / n, t_eval / n, t_dec / n, sent // n, back // n)
