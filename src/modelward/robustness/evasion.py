"""The `robustness.evasion` check: worst-case robust accuracy under the `auto` attack ensemble.

Budgets are shares of each feature's range (see `scaled`), so one eps means the same on every
column; for data in [0, 1] they are plain input units. Gradient models get APGD-CE, APGD-T, FAB-T
and Square; tree ensembles the threshold attack and Square; models that answer with labels only
RayS (L∞) or HopSkipJump (L2); other models Square, then RayS or HopSkipJump. Every
adversarial row is mapped back to the model's own inputs, clipped to its spec and re-checked
against the budget there, so integer rounding never sneaks a row past eps.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.context import AssessContext
from modelward.core.errors import ConfigError
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.core.stats import wilson_interval
from modelward.robustness.params import DEFAULT_EPS, EPS, IMPACT, NORM, STEPS

DEFAULT_ROWS = 200
MIN_ROWS = 20


@dataclass(frozen=True, eq=False)
class EpsFigure:
    """Robust accuracy at one budget, with its interval, which attack broke which row, and the
    adversarial rows in the model's own input units (the original row where none was found)."""

    eps: float
    robust_accuracy: float
    interval: tuple[float, float]
    broken_rows: dict[str, tuple[int, ...]]
    x_adv: np.ndarray


@dataclass(frozen=True)
class EvasionMeasurement:
    """What the check measured, before it is judged."""

    norm: str
    access: str
    per_feature_scale: bool
    rows: int
    clean_accuracy: float
    figures: tuple[EpsFigure, ...]
    flags: tuple[str, ...]
    notes: tuple[str, ...]
    seconds: float


def parse_eps(value: object) -> tuple[float, ...]:
    """Budgets as shares of the feature range, sorted; the default when none are given."""
    if value is None or (isinstance(value, list | tuple) and not value):
        return DEFAULT_EPS
    items = value if isinstance(value, list | tuple) else [value]
    try:
        out = tuple(sorted(float(v) for v in items))  # type: ignore[arg-type]  # TypeError is caught
    except (TypeError, ValueError):
        raise ConfigError(f"evasion eps: expected numbers, got {value!r}") from None
    bad = [e for e in out if not 0 < e < 1]
    if not out or bad:
        raise ConfigError(
            f"evasion eps {list(out) or value}: each must be a share of the feature range in (0, 1), "
            "e.g. 0.05 for 5% of each feature's range"
        )
    return out


def measure_evasion(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: Sequence[float] = DEFAULT_EPS,
    *,
    norm: str = "linf",
    steps: int = 50,
    square_queries: int = 300,
    time_budget_s: float | None = 120.0,
    row_ids: np.ndarray | None = None,
    seed: int = 0,
) -> EvasionMeasurement:
    """Run `auto` in range units on rows X (labels y), re-checking every adversarial row in input units."""
    from modelward.robustness.attacks._common import label_indices
    from modelward.robustness.auto import auto_evaluate
    from modelward.robustness.scaled import RangeScaledAdapter, feature_scale

    X = np.asarray(X, dtype=float)
    ids = np.arange(len(X)) if row_ids is None else np.asarray(row_ids)
    _check_bounds(model.input_spec, X, ids)
    scale = feature_scale(X, model.input_spec)
    view = RangeScaledAdapter(model, scale)
    U = scale.to_u(X)
    with _threads_for(model):
        ev = auto_evaluate(view, U, y, list(eps), norm=norm, steps=steps, square_queries=square_queries,
                           time_budget_s=time_budget_s, seed=seed)
    y_idx = label_indices(model, np.asarray(y))
    figures = []
    notes = list(ev.notes)
    for e in ev.evaluations:
        X_adv = view.to_x(e.x_adv)
        D = scale.units(X_adv - X)
        size = np.abs(D).max(axis=1) if norm == "linf" else np.sqrt((D * D).sum(axis=1))
        fooled = np.asarray(model.predict_proba(X_adv)).argmax(axis=1) != y_idx
        broken_by = list(e.broken_by)
        over = 0
        for i, how in enumerate(broken_by):
            if how is None or how == "clean-misclassified":
                continue
            if not fooled[i] or size[i] > e.eps * (1 + 1e-6) + 1e-9:
                broken_by[i] = None  # rounding in input units undid it, or pushed it past eps
                over += 1
        if over:
            notes.append(f"eps={e.eps:g}: {over} adversarial rows were not counted: after mapping back to the "
                         "model's inputs (integer rounding, categories) they were no longer within eps or no "
                         "longer misclassified")
        X_adv = np.where(np.array([b is None or b == "clean-misclassified" for b in broken_by])[:, None], X, X_adv)
        robust = sum(b is None for b in broken_by)
        rows: dict[str, list[int]] = {}
        for i, how in enumerate(broken_by):
            if how is not None:
                rows.setdefault(how, []).append(int(ids[i]))
        figures.append(EpsFigure(e.eps, robust / len(X), wilson_interval(robust, len(X), 0.95),
                                 {k: tuple(v) for k, v in rows.items()}, X_adv))
    clean = ev.evaluations[0].clean_accuracy if ev.evaluations else float("nan")
    return EvasionMeasurement(norm, ev.access, scale.per_feature, len(X), clean, tuple(figures),
                              tuple(f"{f.code}: {f.message}" for f in ev.flags), tuple(dict.fromkeys(notes)),
                              ev.seconds)


def _threads_for(model: object) -> contextlib.AbstractContextManager[None]:
    """Small torch models run on one thread (thread hand-offs cost more than the maths)."""
    module = getattr(model, "module", None)
    if module is None:
        return contextlib.nullcontext()
    from modelward.robustness.defences._torch import small_model_threads

    return small_model_threads(module)


def _check_bounds(spec: InputSpec, X: np.ndarray, ids: np.ndarray) -> None:
    """Rows outside the declared domain cannot be attacked within it: say which, in input units."""
    from modelward.robustness.errors import AttackDataError

    if not spec.features or X.shape[1] != spec.n_features:
        return
    for side, bad in (("below", spec.lower > X), ("above", spec.upper < X)):
        if bad.any():
            r, j = np.argwhere(bad)[0]
            bound = spec.lower[j] if side == "below" else spec.upper[j]
            raise AttackDataError(
                f"row {int(ids[r])}, feature {spec.features[j].name}: {X[r, j]:g} is {side} the declared bound "
                f"{bound:g} ({int(bad.any(axis=1).sum())} rows are out of bounds); fix the data or the input spec"
            )


def judge_likelihood(clean_accuracy: float, figures: Sequence[EpsFigure]) -> tuple[int, EpsFigure]:
    """Likelihood (1-5) from the smallest budget that breaks half of the correctly classified rows: the
    smaller it is, the easier the attack (smallest budget 5, the middle one 4, the largest 3); else 2 when
    the largest breaks a fifth, 1 when the model holds. Returns the figure the rating rests on."""
    kept = [f.robust_accuracy / clean_accuracy if clean_accuracy > 0 else 0.0 for f in figures]
    n = len(figures)
    for i, k in enumerate(kept):
        if k < 0.5:
            position = i / (n - 1) if n > 1 else 0.0
            return (5 if position == 0 else 4 if position <= 0.5 else 3), figures[i]
    return (2 if kept[-1] < 0.8 else 1), figures[-1]


def _rows_text(rows: dict[str, tuple[int, ...]]) -> str:
    return "; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in sorted(rows.items()))


class EvasionCheck:
    """Evasion: worst-case robust accuracy per eps under an AutoAttack-style ensemble."""

    id = "robustness.evasion"
    threat = "evasion"
    title = "Adversarial evasion: robust accuracy under the auto attack ensemble"
    params = (
        EPS, NORM,
        Param("rows", int, DEFAULT_ROWS, "rows attacked at most (a random sample beyond)", minimum=1),
        STEPS,
        Param("queries", int, 300, "queries per row of the score-based Square attack", minimum=1),
        Param("time_budget", float, 120.0, "seconds the attacks may take before they stop early", unit="s",
              minimum=1.0),
        IMPACT,
    )
    example_params = {"eps": (0.05, 0.1), "rows": 40, "steps": 10, "queries": 50}

    def __init__(self, eps: Sequence[float] = DEFAULT_EPS, norm: str = "linf", rows: int = DEFAULT_ROWS,
                 steps: int = 50, queries: int = 300, time_budget: float = 120.0, impact: int = 4) -> None:
        if norm not in ("linf", "l2"):
            raise ConfigError(f"{self.id}: norm must be linf or l2, got {norm!r}")
        self.eps, self.norm, self.rows = parse_eps(eps), norm, rows
        self.steps, self.queries, self.time_budget, self.impact = steps, queries, time_budget, impact

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= MIN_ROWS and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        eps, norm, limit = self.eps, self.norm, self.rows
        X, y = ctx.data.X, ctx.data.y
        ids = np.arange(len(X))
        if len(X) > limit:
            ids = np.sort(ctx.rng(11).choice(len(X), limit, replace=False))
            X, y = X[ids], y[ids]
        ctx.progress("evasion attacks", 0.0)
        m = measure_evasion(ctx.model, X, y, eps, norm=norm,
                            steps=self.steps, square_queries=self.queries, time_budget_s=self.time_budget,
                            row_ids=ids, seed=ctx.seed)
        likelihood, mid = judge_likelihood(m.clean_accuracy, m.figures)
        severity = severity_of(likelihood, self.impact)
        unit = "share of each feature's range" if m.per_feature_scale else "input units (features share one scale)"
        curve = ", ".join(f"{f.robust_accuracy:.3f} at {f.eps:g}" for f in m.figures)
        title = (f"robust accuracy {m.clean_accuracy:.3f} clean -> {curve} ({m.norm}; eps as {unit})")
        measurements: dict[str, str | int | float | bool | None] = {
            "norm": m.norm, "eps_unit": unit, "access": m.access, "rows": m.rows,
            "clean_accuracy": round(m.clean_accuracy, 4), "seconds": round(m.seconds, 2),
        }
        for f in m.figures:
            measurements[f"robust_accuracy@{f.eps:g}"] = round(f.robust_accuracy, 4)
            measurements[f"ci95@{f.eps:g}"] = f"[{f.interval[0]:.3f}, {f.interval[1]:.3f}]"
            for attack, rows in sorted(f.broken_rows.items()):
                measurements[f"broken_by.{attack}@{f.eps:g}"] = len(rows)
        for f in m.figures:
            measurements[f"broken_rows@{f.eps:g}"] = _rows_text(f.broken_rows)
        attacks = {"white-box": "APGD-CE, APGD-T (targeted DLR), FAB-T and Square",
                   "black-box": f"Square, then {'RayS' if m.norm == 'linf' else 'HopSkipJump'} (the model has "
                                "no input gradient)",
                   "decision": f"{'RayS' if m.norm == 'linf' else 'HopSkipJump'} (decision-based; the model "
                               "answers with labels only)"}.get(m.access, "the tree threshold attack and Square")
        findings = [Finding(
            check_id=self.id, threat=self.threat, severity=severity, title=title,
            description=(
                "Share of rows an attacker cannot make the model misclassify with a perturbation of at most "
                f"eps ({unit}), worst case per row over {attacks}. Each broken row is listed with the attack "
                "that broke it (row numbers of the assessed data). Rows the model already gets wrong count "
                "as broken. " + " ".join(m.notes)
            ).strip(),
            location=Location(file=ctx.data.source),
            evidence=Evidence(
                method=(f"auto ensemble ({attacks}), {m.norm}, eps {list(eps)}, {m.rows} rows, 95% Wilson "
                        "intervals; adversarial rows mapped back to the model's inputs, clipped to its input "
                        "spec and re-checked"),
                measurements=measurements,
                series={"eps": [0.0, *(f.eps for f in m.figures)],
                        "robust_accuracy": [round(m.clean_accuracy, 4), *(round(f.robust_accuracy, 4)
                                                                          for f in m.figures)]},
                likelihood=likelihood, impact=self.impact,
                rationale=(f"{mid.robust_accuracy:.3f} of rows survive eps={mid.eps:g} "
                           f"(clean {m.clean_accuracy:.3f}); impact {self.impact} as declared"),
            ),
            mitigations=("adversarial-training", "input-preprocessing", "adversarial-detection",
                         "certified-robustness", "model-ensemble"),
        )]
        if m.flags:
            findings.append(Finding(
                check_id=self.id, threat=self.threat, severity=severity_of(2, 2),
                title="evasion measurement: signs of gradient masking",
                description=("The reliability checks of the attack ensemble fired. The robust accuracy above "
                             "is the worst case over all attacks, but a stronger or adaptive attack may lower "
                             "it further: " + " | ".join(m.flags)),
                location=Location(file=ctx.data.source),
                evidence=Evidence(method="auto reliability checks (Croce & Hein 2020)",
                                  measurements={"flags": len(m.flags)}, likelihood=2, impact=2,
                                  rationale="the white-box figure may overstate robustness"),
                mitigations=("adversarial-training",),
            ))
        return findings
