"""Model extraction: how close a copy an attacker gets for a given number of queries.

`extract(victim, pool, eval_rows, budgets)` plays the attacker. With probabilities it first tries
equation solving (exact for softmax-linear models); otherwise, and always with labels only, it runs
learning-based extraction in the manner of Knockoff Nets (Orekondy et al. 2019) with active learning:
the first queries cover the attacker's rows (k-center), each later batch goes to the rows a committee
of copies is least sure of, spread out; the copy (`surrogate`) learns the victim's probability vectors
(or its one-hot labels). Query rows come from the attacker's natural pool, or are synthetic in the
manner of Papernot et al.'s Jacobian-based augmentation (2017): from a few natural seed rows, each round
steps every answered row by `jbda_step` of each feature's range along the sign of the copy's gradient of
the victim's answer, and the active selection picks among those new rows. Equation solving for
softmax-linear models is its own attack (`equation.solve_softmax_linear`). After every budget the copy
is scored on rows it never queried: fidelity (agreement with the victim) and, given true labels,
accuracy. When the server refuses a query (`QueryRefused`: a gateway's guard), the attack
stops there and the result keeps every budget reached and the copy the attacker then holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, DataError, QueryRefused
from modelward.core.stats import wilson_interval
from modelward.stealing.selection import diverse_uncertain, k_center
from modelward.stealing.surrogate import Committee, Surrogate, SurrogateSpec, fit_surrogate

ACCESS = ("probabilities", "labels")
SOURCES = ("natural", "synthetic")
STRATEGIES = ("active", "random")
COMMITTEE = 3


@dataclass(frozen=True)
class BudgetFigure:
    """The copy after `queries` answered rows: agreement with the victim on the evaluation rows (95 %
    Wilson interval) and accuracy on their true labels (NaN without labels)."""

    budget: int
    queries: int
    fidelity: float
    fidelity_ci: tuple[float, float]
    accuracy: float


@dataclass(frozen=True, eq=False)
class ExtractionResult:
    """Fidelity per budget of one attack, and the final copy."""

    method: str
    access: str
    source: str
    figures: tuple[BudgetFigure, ...]
    eval_rows: int
    victim_accuracy: float
    copy: Surrogate | Committee | None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    refused_after: int | None = None  # queries answered before the server refused one (a guard)

    def queries_for(self, fidelity: float) -> int | None:
        """The smallest budget measured whose copy reaches `fidelity`, or None."""
        return next((f.queries for f in self.figures if f.fidelity >= fidelity), None)


class _Victim:
    """The victim as the attacker sees it: answers (probabilities or one-hot), queries counted."""

    def __init__(self, model: ModelAdapter, access: str) -> None:
        if access not in ACCESS:
            raise ConfigError(f"extraction access must be one of {', '.join(ACCESS)}, got {access!r}")
        self.model, self.access, self.queries = model, access, 0

    def __call__(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        P = np.asarray(self.model.predict_proba(X), dtype=float)
        self.queries += len(X)  # answered ones: a refused query teaches the attacker nothing
        if self.access == "labels":
            return np.asarray(np.eye(P.shape[1])[P.argmax(axis=1)])
        return P


def _bounds(model: ModelAdapter, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = rows.min(axis=0), rows.max(axis=0)
    spec = model.input_spec
    if spec.features and spec.n_features == rows.shape[1]:
        lo = np.where(np.isfinite(spec.lower), spec.lower, lo)
        hi = np.where(np.isfinite(spec.upper), spec.upper, hi)
    return lo, hi


def _committee(X: np.ndarray, Y: np.ndarray, spec: SurrogateSpec, scaling: tuple[np.ndarray, np.ndarray],
               seed: int, size: int) -> Committee:
    return Committee(tuple(fit_surrogate(X, Y, spec, scaling=scaling, seed=seed + i) for i in range(size)))


def _jacobian_steps(copy: Committee, X: np.ndarray, labels: np.ndarray, step: np.ndarray, lo: np.ndarray,
                    hi: np.ndarray, sign: float) -> np.ndarray:
    """Answered rows moved by `step` along the sign of the copy's gradient of their answered class."""
    grad = np.mean([m.log_proba_gradient(X, labels) for m in copy.members], axis=0)
    out: np.ndarray = np.clip(X + sign * step * np.sign(grad), lo, hi)
    return out


def extract(victim: ModelAdapter, pool: np.ndarray | None, eval_X: np.ndarray, budgets: Sequence[int], *,
            eval_y: np.ndarray | None = None, access: str = "probabilities", source: str = "natural",
            strategy: str = "active", spec: SurrogateSpec | None = None, seed: int = 0, seed_rows: int = 10,
            jbda_step: float = 0.1, progress: Callable[[str, float], None] | None = None,
            eval_truth: np.ndarray | None = None) -> ExtractionResult:
    """Play the attacker with each budget in `budgets` (queries to the victim, increasing) and score the
    copy on `eval_X` (rows never queried). `pool`: the attacker's natural rows (needed for source
    "natural"; for "synthetic" the first `seed_rows` of it, chosen by k-center, are the only natural rows).
    `eval_truth`: the victim's class indices on `eval_X`, when the caller already asked for them."""
    start = time.monotonic()
    budgets = sorted({int(b) for b in budgets})
    if not budgets or budgets[0] < 1:
        raise ConfigError(f"extraction budgets must be at least 1 query, got {list(budgets)}")
    if source not in SOURCES or strategy not in STRATEGIES:
        raise ConfigError(f"source must be one of {SOURCES} and strategy one of {STRATEGIES}")
    eval_X = np.asarray(eval_X, dtype=float)
    if pool is None or not len(pool):
        if source == "natural":
            raise DataError("natural-data extraction needs a pool of the attacker's rows")
        pool = eval_X
    pool = np.asarray(pool, dtype=float)
    if pool.ndim != 2 or eval_X.ndim != 2 or pool.shape[1] != eval_X.shape[1]:
        raise DataError(f"pool {pool.shape} and evaluation rows {eval_X.shape} must be tables with the same columns")
    spec = spec or SurrogateSpec()
    progress = progress or (lambda message, fraction: None)
    rng = np.random.default_rng([seed, 31])
    oracle = _Victim(victim, access)
    truth = (np.asarray(eval_truth) if eval_truth is not None  # the reference: not counted as attack queries
             else np.asarray(victim.predict_proba(eval_X), dtype=float).argmax(axis=1))
    k = len(victim.classes)
    y_index = None
    if eval_y is not None:
        lookup = {c: i for i, c in enumerate(np.asarray(victim.classes).tolist())}
        y_index = np.array([lookup.get(v, -1) for v in np.asarray(eval_y).tolist()])
    victim_acc = float(np.mean(truth == y_index)) if y_index is not None else float("nan")
    lo, hi = _bounds(victim, pool)
    notes: list[str] = []

    def figure(budget: int, copy: Surrogate | Committee) -> BudgetFigure:
        agree = copy.predict(eval_X) == truth
        acc = float(np.mean(copy.predict(eval_X) == y_index)) if y_index is not None else float("nan")
        return BudgetFigure(budget, oracle.queries, float(agree.mean()), wilson_interval(int(agree.sum()), len(agree)),
                            acc)

    scaling = (pool.mean(axis=0), pool.std(axis=0))
    unit = np.where(scaling[1] > 1e-12, scaling[1], 1.0)
    candidates = pool
    asked = np.zeros(0, dtype=int)
    X_q = np.zeros((0, pool.shape[1]))
    Y_q = np.zeros((0, k))
    figures: list[BudgetFigure] = []
    copies: Committee | None = None
    rounds = 0
    refused_after: int | None = None
    for n_budget, budget in enumerate(budgets):
        goal = budget
        if source == "natural" and goal > len(candidates):
            if not notes:  # said once: every larger budget is capped the same way
                notes.append(f"budgets from {budget} on: the pool holds {len(candidates)} rows; the copy used them all")
            goal = len(candidates)
        while len(X_q) < goal:
            need = goal - len(X_q)
            if source == "synthetic" and copies is not None:
                rounds += 1
                candidates = _jacobian_steps(copies, X_q, Y_q.argmax(axis=1), jbda_step * (hi - lo), lo, hi,
                                             -1.0 if rounds % 3 == 0 else 1.0)
                asked = np.zeros(0, dtype=int)
            Zc = (candidates - scaling[0]) / unit
            first = copies is None
            if strategy == "random" and not (source == "synthetic" and first):
                free = np.setdiff1d(np.arange(len(candidates)), asked)
                pick = rng.choice(free, min(need, len(free)), replace=False)
            elif first:
                n_first = min(need, seed_rows) if source == "synthetic" else min(need, max(2 * k, goal // 2))
                pick = k_center(Zc, n_first, asked if len(asked) else None)
            else:
                assert copies is not None
                step = min(need, max(10, budget // 5), len(candidates))
                pick = diverse_uncertain(Zc, copies.proba(candidates), step, asked)
            if not len(pick):
                break
            try:
                answers = oracle(candidates[pick])
            except QueryRefused as exc:
                refused_after = oracle.queries
                notes.append(f"the model's server refused a query after {refused_after} answered ({exc}); "
                             f"budgets from {budget} on were not reached")
                break
            asked = np.r_[asked, pick]
            X_q = np.vstack([X_q, candidates[pick]])
            Y_q = np.vstack([Y_q, answers])
            copies = _committee(X_q, Y_q, spec, scaling, seed + len(X_q), COMMITTEE if strategy == "active" else 1)
            progress(f"extraction: {oracle.queries} queries", (n_budget + len(X_q) / max(goal, 1)) / len(budgets))
        if refused_after is not None:
            if copies is not None and len(X_q) and (not figures or figures[-1].queries < len(X_q)):
                figures.append(figure(len(X_q), copies))  # what the attacker holds when stopped
            break
        if copies is not None:
            figures.append(figure(budget, copies))
    final = copies
    selection = "k-center then committee margin" if strategy == "active" else "random"
    shape = "softmax regression" if spec.hidden == 0 else f"MLP with {spec.hidden} hidden units"
    method = f"learning-based ({strategy}, {selection} selection), copy: {shape}"
    return ExtractionResult(method, access, source, tuple(figures), len(eval_X), victim_acc, final, tuple(notes),
                            time.monotonic() - start, refused_after)
