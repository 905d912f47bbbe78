"""White-box reference for the HopSkipJump figure: the near-minimal L2 evasion of the bench RBF SVC.

For each test row the SVC gets right and each other class k, SLSQP minimises ||delta||_2 subject to
the pairwise (true, k) one-vs-one decision function voting k at x0 + delta (analytic gradient from
the support vectors and dual coefficients, box [0, 1], started at the nearest training row of
class k). A solution counts when `predict` changes there (other pairs may still outvote k); the
smallest over k is the row's reference distance. A local optimiser, so an upper bound on the true
minimum, but a tight one in practice.

Run from the repository root:  .venv/bin/python bench/robustness/svc_min_distance.py [N]
(N: the first N test rows, default 100). Prints the median and the shares within 0.7 and 1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import digits, rbf_svc  # noqa: E402


class Pairwise:
    """The one-vs-one decision function of classes (a, b) of a fitted RBF SVC: > 0 votes for a."""

    def __init__(self, svc, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
        n = len(svc.classes_)
        starts = np.concatenate([[0], np.cumsum(svc.n_support_)])
        lo, hi = min(a, b), max(a, b)
        p = sum(n - 1 - i for i in range(lo)) + (hi - lo - 1)  # index of pair (lo, hi), lo < hi
        sa, sb = slice(starts[lo], starts[lo + 1]), slice(starts[hi], starts[hi + 1])
        self.sv = np.vstack([svc.support_vectors_[sa], svc.support_vectors_[sb]])
        self.coef = np.concatenate([svc.dual_coef_[hi - 1, sa], svc.dual_coef_[lo, sb]])
        self.b = float(svc.intercept_[p])
        self.gamma = float(svc._gamma)
        self.sign = 1.0 if a == lo else -1.0

    def value(self, x: np.ndarray) -> float:
        k = np.exp(-self.gamma * ((self.sv - x) ** 2).sum(axis=1))
        return self.sign * float(self.coef @ k + self.b)

    def grad(self, x: np.ndarray) -> np.ndarray:
        diff = self.sv - x
        k = np.exp(-self.gamma * (diff**2).sum(axis=1))
        return self.sign * 2.0 * self.gamma * ((self.coef * k) @ diff)


def min_distance(svc, x0: np.ndarray, y: int, Xtr: np.ndarray, ytr: np.ndarray) -> float:  # type: ignore[no-untyped-def]
    """Smallest L2 distance over the other classes at which `predict` leaves class y (inf: none)."""
    from scipy.optimize import minimize

    best = np.inf
    for k in svc.classes_:
        if k == y:
            continue
        f = Pairwise(svc, int(k), int(y))  # > 0: votes for k
        rows = Xtr[ytr == k]
        start = rows[np.linalg.norm(rows - x0, axis=1).argmin()] - x0
        res = minimize(
            lambda d: float(d @ d), start, jac=lambda d: 2.0 * d, method="SLSQP",
            bounds=list(zip(-x0, 1.0 - x0, strict=True)),
            constraints=[{"type": "ineq", "fun": lambda d, f=f: f.value(x0 + d) - 1e-6,
                          "jac": lambda d, f=f: f.grad(x0 + d)}],
            options={"maxiter": 300, "ftol": 1e-10},
        )
        d = res.x
        for s in (1.0, 1.001, 1.01):  # a hair past the pairwise boundary, then check the full vote
            xa = np.clip(x0 + s * d, 0.0, 1.0)
            if svc.predict(xa[None, :])[0] != y:
                best = min(best, float(np.linalg.norm(xa - x0)))
                break
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    Xtr, Xte, ytr, yte = digits()
    svc = rbf_svc(Xtr, ytr)
    X, y = Xte[:n], yte[:n]
    right = np.flatnonzero(svc.predict(X) == y)
    t = time.perf_counter()
    dist = np.array([min_distance(svc, X[i], int(y[i]), Xtr, ytr) for i in right])
    dt = time.perf_counter() - t
    print(f"RBF SVC white-box minimum L2 over the first {n} test rows ({right.size} the SVC gets right): "
          f"median {np.median(dist):.3f}, within 0.7 {np.mean(dist <= 0.7):.3f}, within 1 "
          f"{np.mean(dist <= 1):.3f}, not found {int(np.isinf(dist).sum())}  ({dt:.0f} s)")


if __name__ == "__main__":
    main()
