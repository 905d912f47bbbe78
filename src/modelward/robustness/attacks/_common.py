"""Shared pieces of the attacks: input checks, norms and projections, losses and their gradients."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.constraints import Constraints
from modelward.robustness.errors import AttackConfigError, AttackDataError, EpsilonError
from modelward.robustness.result import AttackResult

NORMS = ("linf", "l2")


@dataclass(frozen=True, eq=False)
class Problem:
    """Validated attack inputs: rows, label indices, optional targets, constraints and scale."""

    model: ModelAdapter
    X: np.ndarray
    y: np.ndarray
    target: np.ndarray | None
    constraints: Constraints
    norm: str
    eps: float | None

    @property
    def targeted(self) -> bool:
        return self.target is not None

    @property
    def n_classes(self) -> int:
        return len(self.model.classes)


def _arr(x: object) -> np.ndarray:
    """An ndarray (keeps type checkers from widening numpy results to Any)."""
    return np.asarray(x)


def has_gradient(model: Any) -> bool:
    """True when the adapter offers a usable loss_gradient (SklearnAdapter says so via has_gradient)."""
    return callable(getattr(model, "loss_gradient", None)) and bool(getattr(model, "has_gradient", True))


def label_indices(model: ModelAdapter, y: np.ndarray, what: str = "labels") -> np.ndarray:
    """Class labels (values of model.classes) as indices; unknown labels are an error."""
    lookup = {c: i for i, c in enumerate(np.asarray(model.classes).tolist())}
    out = np.empty(len(y), dtype=np.int64)
    for i, v in enumerate(np.asarray(y).tolist()):
        if v not in lookup:
            raise AttackDataError(
                f"{what}: row {i} has label {v!r}, which the model does not know "
                f"(classes: {list(lookup)[:10]})"
            )
        out[i] = lookup[v]
    return out


def prepare(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float | None,
    norm: str,
    target: np.ndarray | None = None,
) -> Problem:
    """Check inputs, labels, targets and eps; raise an InputError subclass naming what is wrong."""
    if norm not in NORMS:
        raise AttackConfigError(f"norm must be one of {NORMS}, got {norm!r}")
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    if X.ndim != 2 or X.shape[0] == 0:
        raise AttackDataError(f"expected a non-empty 2-D array of rows, got shape {X.shape}")
    spec = model.input_spec
    if spec.features and X.shape[1] != spec.n_features:
        raise AttackDataError(f"{X.shape[1]} features per row, the model expects {spec.n_features}")
    bad = np.argwhere(~np.isfinite(X))
    if bad.size:
        r, c = bad[0]
        raise AttackDataError(f"row {r}, feature {c}: {X[r, c]} is not a finite number")
    cons = Constraints.from_spec(spec, X.shape[1])
    for side, limit, viol in (("below", cons.lower, cons.lower > X), ("above", cons.upper, cons.upper < X)):
        if viol.any():
            r, c = np.argwhere(viol)[0]
            name = spec.features[c].name if spec.features else f"#{c}"
            raise AttackDataError(
                f"row {r}, feature {name}: {X[r, c]:g} is {side} the model's bound {limit[c]:g}; "
                "the inputs must lie in the input spec's domain"
            )
    y_arr = np.asarray(y)
    if y_arr.shape[0] != X.shape[0]:
        raise AttackDataError(f"{y_arr.shape[0]} labels for {X.shape[0]} rows")
    y_idx = label_indices(model, y_arr)
    t_idx = None
    if target is not None:
        t_idx = label_indices(model, np.asarray(target), "targets")
        if t_idx.shape[0] != X.shape[0]:
            raise AttackDataError(f"{t_idx.shape[0]} targets for {X.shape[0]} rows")
    if eps is not None:
        check_eps(float(eps), norm, X, cons)
    return Problem(model, X, y_idx, t_idx, cons, norm, None if eps is None else float(eps))


def check_eps(eps: float, norm: str, X: np.ndarray, cons: Constraints) -> None:
    """Reject a budget that is not positive, or that spans the whole domain of every feature."""
    if not np.isfinite(eps) or eps <= 0:
        raise EpsilonError(f"eps must be a positive finite number, got {eps}")
    lo = np.where(np.isfinite(cons.lower), cons.lower, X.min(axis=0))
    hi = np.where(np.isfinite(cons.upper), cons.upper, X.max(axis=0))
    span = np.maximum(hi - lo, 0.0)
    widest = float(span.max())
    if widest <= 0:
        return
    limit = widest if norm == "linf" else float(np.sqrt((span * span).sum()))
    if eps >= limit:
        raise EpsilonError(
            f"eps={eps:g} ({norm}) covers the whole range of the data (widest feature spans {widest:g}, "
            f"{norm} diameter {limit:g}): every point could become any other. Use a budget relative "
            "to the features' scale, e.g. a few percent of the range"
        )
    if eps < 1e-9 * limit:
        raise EpsilonError(
            f"eps={eps:g} ({norm}) is negligible next to the data's scale ({norm} diameter {limit:g})"
        )


# --- norms and projections -------------------------------------------------------------------


def norms(D: np.ndarray, norm: str) -> np.ndarray:
    if norm == "linf":
        return np.abs(D).max(axis=1) if D.shape[1] else np.zeros(D.shape[0])
    return _arr(np.sqrt((D * D).sum(axis=1)))


def project(X_adv: np.ndarray, X0: np.ndarray, eps: float, norm: str, cons: Constraints) -> np.ndarray:
    """Project onto the eps-ball around X0 intersected with the feature box (mutable features only)."""
    D = X_adv - X0
    if norm == "linf":
        D = np.clip(D, -eps, eps)
    else:
        n = norms(D, "l2")
        D = D * np.minimum(1.0, eps / np.maximum(n, 1e-12))[:, None]
    return cons.box(X0 + D, X0)


def direction(G: np.ndarray, norm: str) -> np.ndarray:
    """Steepest-ascent unit direction for the norm: sign for L∞, normalised gradient for L2."""
    if norm == "linf":
        return _arr(np.sign(G))
    return _arr(G / np.maximum(norms(G, "l2"), 1e-12)[:, None])


def random_start(X0: np.ndarray, eps: float, norm: str, rng: np.random.Generator) -> np.ndarray:
    """A uniform point in the L∞ ball, or a point in the L2 ball (uniform direction and radius)."""
    if norm == "linf":
        return X0 + rng.uniform(-eps, eps, X0.shape)
    D = rng.normal(size=X0.shape)
    D /= np.maximum(norms(D, "l2"), 1e-12)[:, None]
    r = eps * rng.uniform(0, 1, (X0.shape[0], 1)) ** (1.0 / X0.shape[1])
    return _arr(X0 + D * r)


# --- losses ----------------------------------------------------------------------------------


def log_scores(model: ModelAdapter, X: np.ndarray) -> np.ndarray:
    """Logits when the adapter has them, else log-probabilities (the same up to a row shift)."""
    logits = getattr(model, "logits", None)
    if callable(logits):
        Z = np.asarray(logits(X), dtype=float)
        if Z.ndim == 2 and Z.shape[1] == len(model.classes):
            return Z
    P = np.asarray(model.predict_proba(X), dtype=float)
    return _arr(np.log(np.clip(P, 1e-300, 1.0)))


def success_mask(Z: np.ndarray, y: np.ndarray, target: np.ndarray | None) -> np.ndarray:
    pred = Z.argmax(axis=1)
    return _arr(pred == target if target is not None else pred != y)


def margin(Z: np.ndarray, y: np.ndarray, target: np.ndarray | None) -> np.ndarray:
    """z_y - max_{k != y} z_k (untargeted) or max_{k != t} z_k - z_t (targeted); < 0 means success."""
    rows = np.arange(Z.shape[0])
    if target is None:
        other = Z.copy()
        other[rows, y] = -np.inf
        return np.asarray(Z[rows, y] - other.max(axis=1))
    other = Z.copy()
    other[rows, target] = -np.inf
    return np.asarray(other.max(axis=1) - Z[rows, target])


class Objective:
    """A loss to maximise over inputs and its gradient, built only from `loss_gradient`.

    With g_k = loss_gradient(X, k) = -d log p_k / dX, any function of log-probabilities has a
    gradient by the chain rule; DLR is shift-invariant, so log-probabilities give the same value
    and gradient as logits. Kinds: "ce", "dlr" (needs 3+ classes), "dlr-t" (targeted, 4+ classes),
    "margin" (CW-style, -margin).
    """

    def __init__(self, model: Any, kind: str, y: np.ndarray, target: np.ndarray | None) -> None:
        self.model, self.kind, self.y, self.target = model, kind, y, target

    def scores(self, X: np.ndarray) -> np.ndarray:
        return log_scores(self.model, X)

    def value(self, Z: np.ndarray, rows: np.ndarray) -> np.ndarray:
        y = self.y[rows]
        t = self.target[rows] if self.target is not None else None
        r = np.arange(Z.shape[0])
        logp = Z - _lse(Z)[:, None]
        if self.kind == "ce":
            return np.asarray(logp[r, t] if t is not None else -logp[r, y])
        if self.kind == "margin":
            return -margin(Z, y, t)
        srt = np.sort(Z, axis=1)
        if self.kind == "dlr":
            return _arr(-margin(Z, y, None) / (srt[:, -1] - srt[:, -3] + 1e-12))
        assert t is not None
        return _arr(-(Z[r, y] - Z[r, t]) / (srt[:, -1] - 0.5 * (srt[:, -3] + srt[:, -4]) + 1e-12))

    def gradient(self, X: np.ndarray, Z: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Gradient of `value` at X (Z = scores at X), via a few loss_gradient calls."""
        y = self.y[rows]
        t = self.target[rows] if self.target is not None else None
        r = np.arange(Z.shape[0])

        def dlogp(k: np.ndarray) -> np.ndarray:
            return -np.asarray(self.model.loss_gradient(X, k), dtype=float)

        if self.kind == "ce":
            return dlogp(t) if t is not None else -dlogp(y)
        other = Z.copy()
        other[r, y] = -np.inf
        j = other.argmax(axis=1)
        if self.kind == "margin":
            if t is not None:
                o2 = Z.copy()
                o2[r, t] = -np.inf
                return _arr(dlogp(t) - dlogp(o2.argmax(axis=1)))
            return _arr(dlogp(j) - dlogp(y))
        order = np.argsort(Z, axis=1)
        g_y = dlogp(y)
        if self.kind == "dlr":
            num = Z[r, y] - Z[r, j]
            den = Z[r, order[:, -1]] - Z[r, order[:, -3]] + 1e-12
            g_j = dlogp(j)
            g_1 = np.where((order[:, -1] == y)[:, None], g_y, g_j)
            g_3 = dlogp(order[:, -3])
            g_num = g_y - g_j
            g_den = g_1 - g_3
            return _arr(-(g_num / den[:, None] - (num / den**2)[:, None] * g_den))
        assert t is not None
        num = Z[r, y] - Z[r, t]
        den = Z[r, order[:, -1]] - 0.5 * (Z[r, order[:, -3]] + Z[r, order[:, -4]]) + 1e-12
        g_t = dlogp(t)
        g_num = g_y - g_t
        g_den = dlogp(order[:, -1]) - 0.5 * (dlogp(order[:, -3]) + dlogp(order[:, -4]))
        return _arr(-(g_num / den[:, None] - (num / den**2)[:, None] * g_den))


def _lse(Z: np.ndarray) -> np.ndarray:
    m = Z.max(axis=1)
    return np.asarray(m + np.log(np.exp(Z - m[:, None]).sum(axis=1)))


def labelled_pool(
    model: ModelAdapter, X0: np.ndarray, pred0: np.ndarray, pool: np.ndarray | None, cons: Constraints,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Rows decision-based attacks start from, their predicted class indices and the queries that cost.

    Without a pool the batch itself serves (its clean query already gave the labels: no extra query);
    a pool is clipped to the bounds and queried once, a cost shared by all rows (not charged to any)."""
    if pool is None:
        return X0, pred0, 0
    P = cons.box(np.asarray(pool, dtype=float), np.asarray(pool, dtype=float))
    return P, np.asarray(model.predict_proba(P)).argmax(axis=1), P.shape[0]


def check_steps(name: str, value: int, minimum: int = 1) -> int:
    if int(value) != value or value < minimum:
        raise AttackConfigError(f"{name} must be an integer >= {minimum}, got {value}")
    return int(value)


def finish(
    problem: Problem,
    X_adv: np.ndarray,
    attack: str,
    access: str,
    queries: np.ndarray,
    *,
    Z0: np.ndarray | None = None,
    loss_trace: tuple[float, ...] = (),
    notes: tuple[str, ...] = (),
    params: dict[str, Any] | None = None,
) -> AttackResult:
    """Project every row into the domain, re-check success on the final rows, build the result.

    A row counts as broken only if its final, projected version is misclassified (targeted: is
    the target) and within eps. The check queries only rows that changed (one query each, added to
    `queries`), plus the clean rows when the attack did not pass their scores `Z0`.
    """
    X0, cons = problem.X, problem.constraints
    queries = np.asarray(queries, dtype=np.int64).copy()
    if Z0 is None:
        Z0 = log_scores(problem.model, X0)
        queries += 1
    clean_correct = Z0.argmax(axis=1) == problem.y
    X_fin = cons.finalize(X_adv, X0)
    if problem.target is None:
        X_fin[~clean_correct] = X0[~clean_correct]
    changed = np.any(X_fin != X0, axis=1)
    Z = Z0.copy()
    if changed.any():
        Z[changed] = log_scores(problem.model, X_fin[changed])
        queries[changed] += 1
    D = norms(X_fin - X0, problem.norm)
    ok = success_mask(Z, problem.y, problem.target)
    if problem.eps is not None:
        ok &= problem.eps * (1 + 1e-6) + 1e-12 >= D
    if problem.target is None:
        ok |= ~clean_correct
    X_fin = np.where((ok & changed)[:, None], X_fin, X0)
    return AttackResult(
        attack=attack,
        norm=problem.norm,
        eps=problem.eps,
        x_adv=X_fin,
        success=ok,
        perturbation=norms(X_fin - X0, problem.norm),
        queries=queries,
        access=access,
        targeted=problem.targeted,
        target=None if problem.target is None else np.asarray(problem.model.classes)[problem.target],
        clean_correct=clean_correct,
        loss_trace=loss_trace,
        notes=notes,
        params=dict(params or {}),
    )
