"""AutoAttack-style evaluation: an ensemble of attacks, the worst case per point, per eps.

White-box models: APGD-CE, then APGD-T (targeted DLR) and FAB-T when `targeted`, then Square,
each run only on the points still standing (Croce & Hein 2020, AutoAttack's standard ensemble).
Tree ensembles: the threshold attack and Square. Other models without gradients: Square, then a
decision-based attack (RayS for L∞, HopSkipJump for L2, with three times Square's query budget) on
the rows left, since coarse scores such as k-NN votes stall Square; models that answer with labels
only (one-hot scores, where Square's loss is flat): the decision-based attack alone. The report
says which. Robust accuracy comes with a Wilson interval; each point records the attack that
broke it. Reliability checks flag the signs of gradient masking: a black-box attack breaking
points the white-box ones missed, robust accuracy that does not fall as eps grows, and an attack
loss that never rises.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.stats import wilson_interval
from modelward.robustness.attacks import _common as c
from modelward.robustness.errors import AttackConfigError
from modelward.robustness.result import AttackResult

CLEAN = "clean-misclassified"
# Square breaking a point or two that APGD missed is noise; more than this is a sign of masking
MASKING_MIN_POINTS = 2
MASKING_MIN_SHARE = 0.01
# decision-based attacks learn one bit per query: they get this many times Square's query budget
DECISION_QUERY_FACTOR = 3
DECISION_ATTACKS = ("rays", "hopskipjump")


@dataclass(frozen=True)
class Flag:
    """A reliability warning: a stable code and what was seen."""

    code: str
    message: str


@dataclass(frozen=True, eq=False)
class EpsEvaluation:
    """Worst case over the ensemble at one eps."""

    eps: float
    n: int
    clean_accuracy: float
    robust_accuracy: float
    interval: tuple[float, float]
    broken_by: tuple[str | None, ...]
    broken_per_attack: dict[str, int]
    x_adv: np.ndarray
    attacks: tuple[AttackResult, ...]


@dataclass(frozen=True, eq=False)
class RobustnessEvaluation:
    """Robust accuracy per eps, how each point fell, and what the checks flagged."""

    norm: str
    access: str
    evaluations: tuple[EpsEvaluation, ...]
    flags: tuple[Flag, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "norm": self.norm,
            "access": self.access,
            "seconds": self.seconds,
            "notes": list(self.notes),
            "flags": [{"code": f.code, "message": f.message} for f in self.flags],
            "params": dict(self.params),
            "evaluations": [
                {
                    "eps": e.eps,
                    "n": e.n,
                    "clean_accuracy": e.clean_accuracy,
                    "robust_accuracy": e.robust_accuracy,
                    "interval": list(e.interval),
                    "broken_per_attack": dict(e.broken_per_attack),
                }
                for e in self.evaluations
            ],
        }


AttackFn = Callable[[ModelAdapter, np.ndarray, np.ndarray, float], AttackResult]


def auto_evaluate(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: Sequence[float],
    *,
    norm: str = "linf",
    steps: int = 100,
    square_queries: int = 1000,
    targeted: bool | None = None,
    n_target_classes: int = 3,
    time_budget_s: float | None = None,
    confidence: float = 0.95,
    seed: int = 0,
) -> RobustnessEvaluation:
    """Worst-case robust accuracy at each eps. `targeted=None` runs APGD-T when there is time."""
    eps_list = [float(e) for e in eps]
    if not eps_list:
        raise AttackConfigError("eps: give at least one perturbation budget")
    c.prepare(model, X, y, max(eps_list), norm)  # validates inputs and every eps once
    for e in eps_list:
        c.prepare(model, X[:1], np.asarray(y)[:1], e, norm)
    start = time.monotonic()
    notes: list[str] = []
    is_tree = _is_tree_model(model)
    if c.has_gradient(model):
        access = "white-box"
    elif is_tree:
        access = "score (tree thresholds)"
        notes.append("no input gradient (tree ensemble): used the threshold attack and Square")
    elif _answers_labels_only(model, X):
        access = "decision"
        attack = "RayS" if norm == "linf" else "HopSkipJump"
        notes.append(f"the model answers with labels only (one-hot scores): used the decision-based {attack} "
                     "attack; robust accuracy is an upper bound that a white-box attack could lower")
    else:
        access = "black-box"
        notes.append(f"the model has no input gradient: black-box attacks only (Square, then "
                     f"{'RayS' if norm == 'linf' else 'HopSkipJump'} on the rows left); "
                     "robust accuracy is an upper bound that a white-box attack could lower")
    evaluations = []
    for e in eps_list:
        plan = _plan(access, is_tree, norm, steps, square_queries, targeted, n_target_classes,
                     seed, start, time_budget_s)
        evaluations.append(_evaluate_one(model, X, y, e, norm, plan, confidence, start, time_budget_s, notes))
    flags = _reliability(evaluations, access)
    return RobustnessEvaluation(
        norm=norm, access=access, evaluations=tuple(evaluations), flags=tuple(flags),
        notes=tuple(dict.fromkeys(notes)), seconds=time.monotonic() - start,
        params={"steps": steps, "square_queries": square_queries, "seed": seed},
    )


def _answers_labels_only(model: ModelAdapter, X: np.ndarray, rows: int = 64) -> bool:
    """True when the model's scores on (up to `rows` of) X are all exactly 0 or 1: score-based attacks
    such as Square see a flat loss there and would report points as robust that are not."""
    P = np.asarray(model.predict_proba(np.asarray(X, dtype=float)[:rows]), dtype=float)
    return bool(np.isin(P, (0.0, 1.0)).all())


def _is_tree_model(model: ModelAdapter) -> bool:
    from modelward.robustness.attacks._trees import model_thresholds

    return model_thresholds(model, len(model.input_spec.features) or 1) is not None


def _plan(
    access: str, is_tree: bool, norm: str, steps: int, square_queries: int, targeted: bool | None,
    n_target_classes: int, seed: int, start: float, time_budget_s: float | None,
) -> list[tuple[str, AttackFn, bool]]:
    """(name, attack, white_box) in running order."""
    from modelward.robustness.attacks._apgd import apgd
    from modelward.robustness.attacks._fab import fab
    from modelward.robustness.attacks._hopskipjump import hopskipjump
    from modelward.robustness.attacks._rays import rays
    from modelward.robustness.attacks._square import square
    from modelward.robustness.attacks._trees import tree_attack

    q = DECISION_QUERY_FACTOR * square_queries  # labels carry one bit per query: three times Square's budget
    decision: tuple[str, AttackFn, bool] = (
        ("rays", lambda m, X, y, e: rays(m, X, y, e, queries=q), False) if norm == "linf" else
        ("hopskipjump", lambda m, X, y, e: hopskipjump(m, X, y, eps=e, queries=q, stop_at_eps=True, seed=seed),
         False))
    if access == "decision":  # labels only: Square's loss is flat, the decision-based attack alone
        return [decision]
    plan: list[tuple[str, AttackFn, bool]] = []
    if access == "white-box":
        plan.append(("apgd-ce", lambda m, X, y, e: apgd(m, X, y, e, norm=norm, steps=steps, seed=seed), True))
        if targeted is not False:
            plan.append(("apgd-t", lambda m, X, y, e: apgd(
                m, X, y, e, norm=norm, steps=steps, n_target_classes=n_target_classes, seed=seed), True))
            plan.append(("fab-t", lambda m, X, y, e: fab(
                m, X, y, e, norm=norm, steps=steps, n_target_classes=n_target_classes, seed=seed), True))
    if is_tree:
        plan.append(("tree-greedy", lambda m, X, y, e: tree_attack(m, X, y, e, norm=norm), False))
    plan.append(("square", lambda m, X, y, e: square(m, X, y, e, norm=norm, queries=square_queries, seed=seed),
                 False))
    if access == "black-box":  # coarse scores (k-NN votes, rounded outputs) stall Square; labels still move
        plan.append(decision)
    return plan


def _evaluate_one(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    norm: str,
    plan: list[tuple[str, AttackFn, bool]],
    confidence: float,
    start: float,
    time_budget_s: float | None,
    notes: list[str],
) -> EpsEvaluation:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n = X.shape[0]
    y_idx = c.label_indices(model, y)
    pred = np.asarray(model.predict_proba(X)).argmax(axis=1)
    clean = pred == y_idx
    broken_by: list[str | None] = [None if ok else CLEAN for ok in clean]
    x_adv = X.copy()
    results = []
    for name, attack, _white in plan:
        standing = np.flatnonzero(np.array([b is None for b in broken_by]))
        if standing.size == 0:
            break
        optional = name in ("apgd-t", "fab-t") or (name in DECISION_ATTACKS and len(plan) > 1)
        if time_budget_s is not None and time.monotonic() - start > time_budget_s and optional:
            notes.append(f"{name} skipped: time budget spent")
            continue
        res = attack(model, X[standing], y[standing], eps)
        results.append(res)
        notes.extend(res.notes)
        hit = standing[res.success & res.clean_correct] if res.clean_correct is not None else standing[res.success]
        for i in hit:
            broken_by[i] = name
        x_adv[hit] = res.x_adv[np.searchsorted(standing, hit)]
    robust = int(sum(b is None for b in broken_by))
    counts: dict[str, int] = {}
    for b in broken_by:
        if b is not None:
            counts[b] = counts.get(b, 0) + 1
    return EpsEvaluation(
        eps=eps, n=n, clean_accuracy=float(clean.mean()), robust_accuracy=robust / n,
        interval=wilson_interval(robust, n, confidence), broken_by=tuple(broken_by),
        broken_per_attack=counts, x_adv=x_adv, attacks=tuple(results),
    )


def _reliability(evaluations: list[EpsEvaluation], access: str) -> list[Flag]:
    flags: list[Flag] = []
    if access == "white-box":
        for ev in evaluations:
            bb = ev.broken_per_attack.get("square", 0)
            if bb > max(MASKING_MIN_POINTS, MASKING_MIN_SHARE * ev.n):
                flags.append(Flag(
                    "black-box-beats-white-box",
                    f"eps={ev.eps:g}: Square (black-box) broke {bb} points that APGD (white-box) did not: "
                    "the gradients may be masked or obfuscated; trust the black-box figure more",
                ))
            for res in ev.attacks:
                tr = res.loss_trace
                if res.access == "white-box" and len(tr) > 2 and tr[-1] <= tr[0] + 1e-9:
                    flags.append(Flag(
                        "loss-not-improving",
                        f"eps={ev.eps:g}: {res.attack} never raised its loss ({tr[0]:.4g} -> {tr[-1]:.4g}): "
                        "the gradient may be zero or uninformative (masking)",
                    ))
    ordered = sorted(evaluations, key=lambda e: e.eps)
    for a, b in itertools.pairwise(ordered):
        if b.robust_accuracy > a.robust_accuracy:
            flags.append(Flag(
                "not-monotone-in-eps",
                f"robust accuracy rose from {a.robust_accuracy:.3f} at eps={a.eps:g} to "
                f"{b.robust_accuracy:.3f} at eps={b.eps:g}: a larger budget must not help the model; "
                "the attack is not converging",
            ))
    return flags
