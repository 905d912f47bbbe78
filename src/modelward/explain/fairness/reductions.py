"""A reductions-style constrained fit (in-processing, Agarwal et al. 2018, "A Reductions Approach to Fair
Classification"): fairness constraints enter a Lagrangian, and each step trains the ordinary estimator on
reweighted, relabelled rows (the best response to the current multipliers: a cost-sensitive
classification, reduced to weights |c0 - c1| and labels [c1 < c0]). The multipliers follow exponentiated
gradient on the constraint violations. The result is a mixture of the classifiers met on the way, with
weights from a small linear programme: the lowest training error whose constraint violations stay within
`eps` (the uniform average of the iterates when no mixture satisfies them).

Constraints: demographic parity, E[h | A=a] - E[h] within +-eps for every group; equalised odds,
E[h | A=a, Y=y] - E[h | Y=y] within +-eps for every group and label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, eq=False)
class Mixture:
    """Classifiers (each deciding 0/1) and their weights; the probability of a positive decision is the
    weighted share of classifiers that decide positive."""

    members: tuple[Any, ...]
    weights: np.ndarray
    criterion: str
    violation: float
    iterations: int

    def probability(self, X: np.ndarray) -> np.ndarray:
        out = np.zeros(len(X))
        for m, w in zip(self.members, self.weights, strict=True):
            if w > 0:
                out += w * _decide(m, X)
        return out


def _decide(model: Any, X: np.ndarray) -> np.ndarray:
    if isinstance(model, int):  # a constant classifier
        return np.full(len(X), float(model))
    return np.asarray(model.predict(X)).astype(float)


def _moments(criterion: str, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """(constraints, n) matrix M with gamma(h) = M @ h for a vector of decisions h."""
    names = np.unique(groups)
    n = len(y)
    rows = []
    if criterion == "demographic-parity":
        for g in names:
            inside = groups == g
            rows.append(inside / inside.sum() - 1.0 / n)
    elif criterion == "equalised-odds":
        for v in (0, 1):
            in_y = y == v
            if not in_y.any():
                continue
            for g in names:
                cell = in_y & (groups == g)
                if cell.any():
                    rows.append(cell / cell.sum() - in_y / in_y.sum())
    else:
        raise ValueError(f"criterion {criterion!r}; expected demographic-parity or equalised-odds")
    return np.asarray(rows)


def exponentiated_gradient(fit: Callable[[np.ndarray, np.ndarray, np.ndarray], Any], X: np.ndarray, y: np.ndarray,
                           groups: np.ndarray, criterion: str, eps: float = 0.01, iterations: int = 50,
                           eta: float = 1.0) -> Mixture:
    """`fit(X, labels, weights)` trains the base estimator; y is 0/1."""
    from scipy.optimize import linprog

    y = np.asarray(y).astype(int)
    groups = np.asarray(groups).astype(str)
    n = len(y)
    M = np.vstack([(m := _moments(criterion, y, groups)), -m])  # both signs: |gamma| <= eps
    bound = 1.0 / eps
    theta = np.zeros(len(M))
    error_cost = np.where(y == 1, -1.0, 1.0) / n  # cost of deciding 1 minus cost of deciding 0
    members: list[Any] = []
    decisions: list[np.ndarray] = []
    for t in range(iterations):
        lam = bound * np.exp(theta) / (1.0 + np.exp(theta).sum())
        delta = error_cost + lam @ M  # c1 - c0 per row
        labels = (delta < 0).astype(int)
        weights = np.abs(delta) * n
        if len(np.unique(labels[weights > 0])) < 2:
            model: Any = int(labels[np.argmax(weights)]) if weights.any() else round(float(y.mean()))
        else:
            model = fit(X, labels, weights)
        h = _decide(model, X)
        members.append(model)
        decisions.append(h)
        theta = theta + eta / np.sqrt(t + 1) * (M @ h - eps)
    H = np.vstack(decisions)  # (T, n)
    errors = (y != H).mean(axis=1)
    gammas = H @ M.T  # (T, constraints)
    T = len(members)
    res = linprog(errors, A_ub=gammas.T, b_ub=np.full(len(M), eps), A_eq=np.ones((1, T)), b_eq=[1.0],
                  bounds=[(0, 1)] * T, method="highs")
    weights_q = np.asarray(res.x) if res.success else np.full(T, 1.0 / T)
    weights_q = np.where(weights_q < 1e-9, 0.0, weights_q)
    weights_q = weights_q / weights_q.sum()
    violation = float(np.max(weights_q @ gammas))
    return Mixture(tuple(members), weights_q, criterion, violation, T)
