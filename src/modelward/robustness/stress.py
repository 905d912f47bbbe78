"""Stress tests beyond adversaries: accuracy as Gaussian noise, corruptions, missing values and
feature drift grow in severity. Each kind gives one accuracy curve.

Severities are in units of each feature's standard deviation (noise, drift), or a share of cells
(salt-and-pepper, dropout, missing). Missing cells are imputed by the column mean of the data (the
training mean when one is given): the model cannot take NaN, so the check imputes and says so.
Corrupted rows are clipped to the declared input domain, so every row stays a valid input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import AssessContext
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param

SEVERITIES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
KINDS = ("gaussian-noise", "salt-and-pepper", "feature-dropout", "scaling", "missing-values", "feature-drift")
MIN_ROWS = 20

Corruption = Callable[[np.ndarray, float, np.random.Generator], np.ndarray]


@dataclass(frozen=True)
class StressCurve:
    """Accuracy at each severity for one kind of corruption."""

    kind: str
    unit: str
    severities: tuple[float, ...]
    accuracy: tuple[float, ...]

    @property
    def drop_at_max(self) -> float:
        return self.accuracy[0] - self.accuracy[-1]

    def severity_for_drop(self, drop: float) -> float | None:
        """The smallest severity at which accuracy has fallen by at least `drop` (None if never)."""
        for s, a in zip(self.severities, self.accuracy, strict=True):
            if self.accuracy[0] - a >= drop:
                return s
        return None


@dataclass(frozen=True)
class _Stats:
    mean: np.ndarray
    std: np.ndarray
    lower: np.ndarray
    upper: np.ndarray


def _corruptions(st: _Stats) -> dict[str, tuple[str, Corruption]]:
    def noise(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        return np.asarray(X + rng.normal(size=X.shape) * st.std * s)

    def salt_pepper(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        hit = rng.random(X.shape) < s
        extreme = np.where(rng.random(X.shape) < 0.5, st.lower, st.upper)
        return np.where(hit, extreme, X)

    def dropout(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        return np.where(rng.random(X.shape) < s, st.mean, X)

    def scaling(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        factors = 1.0 + rng.uniform(-s, s, size=X.shape[1])
        return np.asarray(X * factors)

    def missing(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        holed = np.where(rng.random(X.shape) < s, np.nan, X)
        return np.where(np.isnan(holed), st.mean, holed)  # the model cannot take NaN: impute the mean

    def drift(X: np.ndarray, s: float, rng: np.random.Generator) -> np.ndarray:
        direction = rng.choice((-1.0, 1.0), size=X.shape[1])
        return np.asarray(X + direction * st.std * s)

    return {
        "gaussian-noise": ("std per feature", noise),
        "salt-and-pepper": ("share of cells set to a bound", salt_pepper),
        "feature-dropout": ("share of cells set to the column mean", dropout),
        "scaling": ("max relative change of each feature's scale", scaling),
        "missing-values": ("share of cells missing, imputed by the mean", missing),
        "feature-drift": ("mean shift per feature, in std", drift),
    }


def stress_curves(
    model: ModelAdapter,
    X: np.ndarray,
    y_idx: np.ndarray,
    *,
    severities: tuple[float, ...] = SEVERITIES,
    kinds: tuple[str, ...] = KINDS,
    reference: np.ndarray | None = None,
    repeats: int = 2,
    seed: int = 0,
) -> list[StressCurve]:
    """Accuracy curves, one per kind; `reference` (training rows) gives the mean, std and imputation value."""
    from modelward.core.errors import ConfigError

    X = np.asarray(X, dtype=float)
    ref = X if reference is None else np.asarray(reference, dtype=float)
    spec = model.input_spec
    lo = np.where(np.isfinite(spec.lower), spec.lower, ref.min(axis=0)) if spec.features else ref.min(axis=0)
    hi = np.where(np.isfinite(spec.upper), spec.upper, ref.max(axis=0)) if spec.features else ref.max(axis=0)
    st = _Stats(np.nanmean(ref, axis=0), np.nanstd(ref, axis=0), lo, hi)
    table = _corruptions(st)
    unknown = [k for k in kinds if k not in table]
    if unknown:
        raise ConfigError(f"stress: unknown kind(s) {unknown}; expected some of {KINDS}")
    rng = np.random.default_rng(seed)
    curves = []
    for kind in kinds:
        unit, corrupt = table[kind]
        accs = []
        for s in severities:
            draws = 1 if s == 0 else repeats
            acc = 0.0
            for _ in range(draws):
                Xc = corrupt(X, s, rng) if s else X
                Xc = spec.clip(Xc) if spec.features else Xc
                acc += float((np.asarray(model.predict_proba(Xc)).argmax(axis=1) == y_idx).mean())
            accs.append(acc / draws)
        curves.append(StressCurve(kind, unit, tuple(severities), tuple(accs)))
    return curves


class StressCheck:
    """Stress tests: accuracy under noise, corruptions, missing values and feature drift of growing severity."""

    id = "robustness.stress"
    threat = "evasion"
    title = "Stress tests: accuracy under noise, corruptions, missing values and drift"
    params = (Param("rows", int, 1000, "rows measured at most (a random sample beyond)", minimum=1),)
    example_params = {"rows": 200}

    def __init__(self, rows: int = 1000) -> None:
        self.rows = rows

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= MIN_ROWS and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        rng = ctx.rng(7)
        X, y = ctx.data.X, ctx.y_index
        limit = self.rows
        if len(X) > limit:
            keep = rng.choice(len(X), limit, replace=False)
            X, y = X[keep], y[keep]
        ctx.progress("stress tests", 0.0)
        curves = stress_curves(ctx.model, X, y, seed=ctx.seed)
        findings = []
        for curve in curves:
            at_02 = curve.accuracy[SEVERITIES.index(0.2)]
            drop_02 = curve.accuracy[0] - at_02
            # degradation without an attacker: impact 2, so at most medium (evasion measures the attacker)
            if drop_02 > 0.2:
                likelihood = 5
            elif drop_02 > 0.05:
                likelihood = 3
            elif curve.drop_at_max > 0.1:
                likelihood = 2
            else:
                likelihood = 1
            impact = 2
            severity = severity_of(likelihood, impact)
            title = (f"{curve.kind}: accuracy {curve.accuracy[0]:.3f} -> {at_02:.3f} at severity 0.2, "
                     f"{curve.accuracy[-1]:.3f} at {curve.severities[-1]:g}")
            half = curve.severity_for_drop(0.1)
            findings.append(Finding(
                check_id=self.id, threat=self.threat, severity=severity, title=title,
                description=(
                    "How fast accuracy falls as inputs degrade in ways that happen without an attacker "
                    f"(severity unit: {curve.unit}). A steep early fall means a fragile model: noisy "
                    "sensors, missing fields or a shifted population will hurt it in production."
                    + (" Missing cells were imputed by the column mean before scoring."
                       if curve.kind == "missing-values" else "")
                ),
                location=Location(file=ctx.data.source),
                evidence=Evidence(
                    method=(f"{curve.kind} at severities {list(curve.severities)} ({curve.unit}); 2 random "
                            "draws per severity, rows clipped to the input spec; accuracy on the labelled rows"),
                    measurements={
                        "kind": curve.kind,
                        "clean_accuracy": round(curve.accuracy[0], 4),
                        "accuracy_at_0.2": round(at_02, 4),
                        "accuracy_at_max": round(curve.accuracy[-1], 4),
                        "severity_for_0.1_drop": half,
                        "rows": len(X),
                    },
                    series={"severity": list(curve.severities), "accuracy": [round(a, 4) for a in curve.accuracy]},
                    likelihood=likelihood, impact=impact, rationale=title,
                ),
                mitigations=("model-validation", "drift-monitoring", "fail-safe"),
            ))
        return findings
