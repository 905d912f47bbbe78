"""Proxies: features from which a sensitive attribute can be predicted. Dropping the attribute from a
model does not stop it from using what the proxies tell about it; the out-of-fold AUC of each feature
alone, and of all of them together, say how much is told."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.explain.probes import joint, probe_all


@dataclass(frozen=True)
class Proxy:
    feature: str
    auc: float


@dataclass(frozen=True)
class ProxyAudit:
    """Proxies (strongest first), the best single-feature AUC, and the AUC of all features together."""

    proxies: tuple[Proxy, ...]
    best_auc: float
    joint_auc: float
    method: str


def audit_proxies(X: np.ndarray, groups: np.ndarray, names: tuple[str, ...], min_auc: float = 0.7,
                  seed: int = 0) -> ProxyAudit:
    """Features of X whose out-of-fold AUC at predicting `groups` reaches `min_auc`."""
    groups = np.asarray(groups).astype(str)
    scores = probe_all(np.asarray(X, dtype=float), groups, seed=seed)
    aucs = np.array([s.auc for s in scores])
    order = np.argsort(-aucs, kind="stable")
    proxies = tuple(Proxy(names[j], float(aucs[j])) for j in order if aucs[j] >= min_auc)
    together = joint(np.asarray(X, dtype=float), groups, seed=seed).score.auc
    return ProxyAudit(proxies, float(aucs.max(initial=0.5)), float(together),
                      "out-of-fold single-feature probes (quantile bins) and gradient boosting on all features")
