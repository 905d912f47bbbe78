"""Scaffolding: a model that answers the queries explainers send differently from real rows (Slack et al.
2020, "Fooling LIME and SHAP"). Such a model hides behind an out-of-distribution detector: on real rows it
decides by what it should not (a sensitive attribute), on the off-manifold rows that KernelSHAP and LIME
build (features swapped in from other rows, noise added) it answers with an innocuous model, so every
explanation shows the innocuous one.

The test asks the model both kinds of question and compares what it learns from each. One surrogate
(gradient boosting) is fitted to the model's decisions on half of the real rows; others are fitted to its
answers to queries built from those rows the way explainers build them: KernelSHAP-like hybrids (a random
coalition of the row's features, the rest from another row) and LIME-like noisy copies (each feature plus
Gaussian noise of its own spread). All are measured on the model's decisions on the other half of the
real rows. An honest model is one function everywhere; the queries surround the real rows, so what is
learned from its answers to them still predicts its decisions on real rows nearly as well as the real-row
surrogate does (on generated tasks the fall is at most 0.05 for gradient boosting, forests, logistic
regression and MLPs). A scaffolded model answers the queries its detector catches by another function,
and what is learned from them predicts its real decisions at chance. A fall of `max_gap` or more is
reported, with the kind of query it was measured on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError


@dataclass(frozen=True)
class ScaffoldAudit:
    """Agreement with the model's decisions on held-out real rows of the real-row surrogate (fidelity) and
    of the surrogates learned from its answers to hybrid and to noisy queries; the largest fall from the
    fidelity and the query kind it was measured on; whether it reaches the limit."""

    fidelity: float
    hybrid_agreement: float
    noise_agreement: float
    gap: float
    query: str
    suspected: bool
    rows: int
    decided_classes: int


def _surrogate(X: np.ndarray, labels: np.ndarray, seed: int) -> object:
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(max_iter=150, random_state=seed).fit(X, labels)


def explanation_queries(X: np.ndarray, background: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray,
                                                                                                   np.ndarray]:
    """Queries of the kinds explainers send, one of each per row of X: a hybrid (a random coalition of the
    row's features kept, the rest from a random background row, as KernelSHAP does) and a noisy copy (each
    feature plus Gaussian noise of its own spread, as LIME does for tables)."""
    n, d = X.shape
    size = np.asarray(rng.integers(1, d, n))
    keep = rng.random((n, d)).argsort(axis=1) < size[:, None]
    hybrid = np.where(keep, X, background[rng.integers(0, len(background), n)])
    noisy = X + rng.normal(size=X.shape) * background.std(axis=0)
    return hybrid, noisy


def audit_scaffolding(model: ModelAdapter, X: np.ndarray, *, max_gap: float = 0.2,
                      seed: int = 0) -> ScaffoldAudit:
    """Compare what the model's answers to real rows `X` and to explanation-style queries built from them
    say about its decisions on held-out real rows; a model that decides one class only has nothing to hide
    and is reported with no gap."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 40 or X.shape[1] < 2:
        raise ConfigError(f"scaffolding audit: needs at least 40 rows of 2 features or more, got shape {X.shape}")
    n = len(X)
    rng = np.random.default_rng([seed, 19])
    decided = np.argmax(np.asarray(model.predict_proba(X), dtype=float), axis=1)
    order = rng.permutation(n)
    fit, held = order[: n // 2], order[n // 2:]
    classes = len(np.unique(decided))
    if len(np.unique(decided[fit])) < 2:
        return ScaffoldAudit(1.0, 1.0, 1.0, 0.0, "none", False, n, classes)
    g = _surrogate(X[fit], decided[fit], seed)
    fidelity = float(np.mean(g.predict(X[held]) == decided[held]))  # type: ignore[attr-defined]
    hybrid, noisy = explanation_queries(X[fit], X[fit], rng)

    def learned_from(Q: np.ndarray) -> float:
        answer = np.argmax(np.asarray(model.predict_proba(Q), dtype=float), axis=1)
        if len(np.unique(answer)) < 2:  # one answer to every query: that is what was learned
            return float(np.mean(decided[held] == answer[0]))
        gq = _surrogate(Q, answer, seed)
        return float(np.mean(gq.predict(X[held]) == decided[held]))  # type: ignore[attr-defined]

    on = {"hybrid (KernelSHAP-like)": learned_from(hybrid), "noisy (LIME-like)": learned_from(noisy)}
    query = min(on, key=lambda k: on[k])
    gap = fidelity - on[query]
    return ScaffoldAudit(fidelity, on["hybrid (KernelSHAP-like)"], on["noisy (LIME-like)"], gap, query,
                         gap >= max_gap, n, classes)
