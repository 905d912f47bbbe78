"""Model validation: held-out and cross-validated performance with confidence intervals,
and stability of predictions under input noise and single-feature perturbation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import balanced_accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import AssessContext
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.core.stats import bootstrap_interval, t_interval, wilson_interval

NOISE_LEVELS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5)  # in units of each feature's standard deviation
FEATURE_SHIFT = 0.5  # single-feature perturbation, in standard deviations
MIN_ROWS = 20


def expected_calibration_error(proba: np.ndarray, y_idx: np.ndarray, bins: int = 10) -> float:
    """ECE: weighted gap between confidence and accuracy over equal-width confidence bins."""
    conf = proba.max(axis=1)
    correct = proba.argmax(axis=1) == y_idx
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(ece)


def _auc(y_idx: np.ndarray, proba: np.ndarray) -> float:
    present = np.unique(y_idx)
    if present.size < 2:
        return float("nan")
    if proba.shape[1] == 2:
        return float(roc_auc_score(y_idx, proba[:, 1]))
    if present.size < proba.shape[1]:
        return float("nan")
    return float(roc_auc_score(y_idx, proba, multi_class="ovr"))


@dataclass(frozen=True)
class HeldOut:
    accuracy: float
    accuracy_ci: tuple[float, float]
    balanced_accuracy: float
    balanced_accuracy_ci: tuple[float, float]
    macro_f1: float
    roc_auc: float
    ece: float
    chance: float
    n: int


def held_out_performance(model: ModelAdapter, X: np.ndarray, y_idx: np.ndarray, rng: np.random.Generator) -> HeldOut:
    """Performance of the fitted model on the given rows, with 95% intervals."""
    proba = model.predict_proba(X)
    pred = proba.argmax(axis=1)
    correct = pred == y_idx
    n = len(y_idx)
    counts = np.bincount(y_idx, minlength=proba.shape[1])
    return HeldOut(
        accuracy=float(correct.mean()),
        accuracy_ci=wilson_interval(int(correct.sum()), n),
        balanced_accuracy=float(balanced_accuracy_score(y_idx, pred)),
        balanced_accuracy_ci=bootstrap_interval(
            lambda i: float(balanced_accuracy_score(y_idx[i], pred[i])), n, rng, resamples=300
        ),
        macro_f1=float(f1_score(y_idx, pred, average="macro")),
        roc_auc=_auc(y_idx, proba),
        ece=expected_calibration_error(proba, y_idx),
        chance=float(counts.max() / n),
        n=n,
    )


def cross_validated_accuracy(
    model: ModelAdapter, X: np.ndarray, y_idx: np.ndarray, folds: int, seed: int
) -> np.ndarray | None:
    """Per-fold accuracy of the model class retrained on folds, or None if it cannot be retrained."""
    refit = getattr(model, "refit", None)
    if refit is None or np.bincount(y_idx).min() < folds:
        return None
    scores = []
    labels = np.asarray(model.classes)[y_idx]
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y_idx):
        fitted = refit(X[train], labels[train])
        scores.append(float((fitted.predict(X[test]) == labels[test]).mean()))
    return np.array(scores)


class PerformanceCheck:
    """Held-out and cross-validated performance: the baseline every later drift is measured from."""

    id = "validation.performance"
    threat = "model-drift"
    title = "Model validation: held-out and cross-validated performance"
    params = (Param("cv_folds", int, 5, "folds of the cross-validation of a fresh copy of the model", minimum=2),)
    example_params = {"cv_folds": 3}

    def __init__(self, cv_folds: int = 5) -> None:
        self.cv_folds = cv_folds

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= MIN_ROWS and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        X, y = ctx.data.X, ctx.y_index
        ctx.progress("held-out performance", 0.0)
        h = held_out_performance(ctx.model, X, y, ctx.rng(1))
        folds = self.cv_folds
        ctx.progress("cross-validation", 0.4)
        cv = cross_validated_accuracy(ctx.model, X, y, folds, ctx.seed)
        m: dict[str, float | int | str | bool | None] = {
            "accuracy": round(h.accuracy, 4),
            "accuracy_ci_low": round(h.accuracy_ci[0], 4),
            "accuracy_ci_high": round(h.accuracy_ci[1], 4),
            "balanced_accuracy": round(h.balanced_accuracy, 4),
            "balanced_accuracy_ci_low": round(h.balanced_accuracy_ci[0], 4),
            "balanced_accuracy_ci_high": round(h.balanced_accuracy_ci[1], 4),
            "macro_f1": round(h.macro_f1, 4),
            "roc_auc": None if np.isnan(h.roc_auc) else round(h.roc_auc, 4),
            "expected_calibration_error": round(h.ece, 4),
            "majority_class_rate": round(h.chance, 4),
            "rows": h.n,
        }
        series: dict[str, list[float]] = {}
        findings = []
        gap_significant = False
        if cv is not None:
            lo, hi = t_interval(cv)
            m.update(cv_folds=folds, cv_accuracy=round(float(cv.mean()), 4),
                     cv_accuracy_ci_low=round(lo, 4), cv_accuracy_ci_high=round(hi, 4))
            series["cv_fold_accuracy"] = [round(s, 4) for s in cv]
            gap_significant = h.accuracy_ci[1] < lo and (cv.mean() - h.accuracy) > 0.02
        else:
            m["cv_accuracy"] = None
            m["cv_note"] = "model cannot be retrained here (not a scikit-learn estimator) or too few rows per class"
        method = (
            f"predictions of the fitted model on {h.n} rows; Wilson 95% interval for accuracy, "
            f"300-sample bootstrap for balanced accuracy; "
            + (f"{folds}-fold stratified cross-validation of a fresh copy, t-interval" if cv is not None else "")
        )
        weak = h.balanced_accuracy_ci[0] <= 1.0 / len(ctx.model.classes)  # not better than chance
        if weak:
            likelihood, impact = 5, 3
            title = f"Model performs near chance (balanced accuracy {h.balanced_accuracy:.3f})"
        elif gap_significant:
            likelihood, impact = 3, 3
            title = (f"Held-out accuracy {h.accuracy:.3f} is below the cross-validated "
                     f"{m['cv_accuracy']:.3f} of its own model class")
        else:
            error = 1 - h.balanced_accuracy
            likelihood, impact = (2 if error > 0.1 else 1), 2
            title = f"Held-out accuracy {h.accuracy:.3f} [{h.accuracy_ci[0]:.3f}, {h.accuracy_ci[1]:.3f}]"
        findings.append(Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, impact), title=title,
            description=(
                "Baseline performance of the model on the assessment data. A held-out score far below "
                "the cross-validated score of the same model class means the model was trained on data "
                "unlike this data (drift, leakage in training, or a stale model)."
            ),
            location=Location(file=ctx.data.source),
            evidence=Evidence(method=method, measurements=m, series=series, likelihood=likelihood,
                              impact=impact, rationale=title),
            mitigations=("model-validation", "drift-monitoring"),
        ))
        if h.ece > 0.1:
            findings.append(Finding(
                check_id=self.id, threat=self.threat, severity=severity_of(2, 2),
                title=f"Confidence scores are poorly calibrated (ECE {h.ece:.3f})",
                description="Confidence does not match accuracy; thresholds and abstention based on it are unreliable.",
                location=Location(file=ctx.data.source),
                evidence=Evidence(method="expected calibration error over 10 equal-width bins",
                                  measurements={"expected_calibration_error": round(h.ece, 4)},
                                  likelihood=2, impact=2, rationale="ECE above 0.1"),
                mitigations=("model-validation", "fail-safe"),
            ))
        return findings


def _noise_flip_rates(model: ModelAdapter, X: np.ndarray, y: np.ndarray, scale: np.ndarray,
                      rng: np.random.Generator, repeats: int = 3) -> tuple[list[float], list[float]]:
    base = model.predict_proba(X).argmax(axis=1)
    flips, accs = [], []
    spec = model.input_spec
    for level in NOISE_LEVELS:
        flip = acc = 0.0
        for _ in range(repeats):
            noisy = X + rng.normal(size=X.shape) * scale * level
            if spec.features:
                noisy = spec.clip(noisy)
            pred = model.predict_proba(noisy).argmax(axis=1)
            flip += float((pred != base).mean())
            acc += float((pred == y).mean())
        flips.append(flip / repeats)
        accs.append(acc / repeats)
    return flips, accs


def _feature_flip_rates(model: ModelAdapter, X: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Share of predictions that change when one feature moves by FEATURE_SHIFT std, either way."""
    base = model.predict_proba(X).argmax(axis=1)
    spec = model.input_spec
    rates = np.zeros(X.shape[1])
    mutable = spec.mutable_mask if spec.features else np.ones(X.shape[1], dtype=bool)
    for j in np.flatnonzero(mutable & (scale > 0)):
        changed = np.zeros(len(X), dtype=bool)
        for sign in (-1.0, 1.0):
            moved = X.copy()
            moved[:, j] += sign * FEATURE_SHIFT * scale[j]
            if spec.features:
                moved = spec.clip(moved)
            changed |= model.predict_proba(moved).argmax(axis=1) != base
        rates[j] = changed.mean()
    return rates


class StabilityCheck:
    """Stability of predictions under random noise and single-feature shifts: a lower bound on evasion."""

    id = "validation.stability"
    threat = "evasion"
    title = "Model validation: stability under input noise and feature perturbation"
    params = (Param("rows", int, 1000, "rows measured at most (a random sample beyond)", minimum=1),)
    example_params = {"rows": 200}

    def __init__(self, rows: int = 1000) -> None:
        self.rows = rows

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= MIN_ROWS and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        rng = ctx.rng(2)
        X, y = ctx.data.X, ctx.y_index
        limit = self.rows
        if len(X) > limit:
            keep = rng.choice(len(X), limit, replace=False)
            X, y = X[keep], y[keep]
        scale = X.std(axis=0)
        ctx.progress("noise stability", 0.0)
        flips, accs = _noise_flip_rates(ctx.model, X, y, scale, rng)
        ctx.progress("feature perturbation", 0.5)
        per_feature = _feature_flip_rates(ctx.model, X, scale)
        order = np.argsort(per_feature)[::-1][:5]
        names = ctx.data.feature_names
        small = flips[NOISE_LEVELS.index(0.05)]
        m: dict[str, float | int | str | bool | None] = {
            f"flip_rate_noise_{lvl}std": round(f, 4) for lvl, f in zip(NOISE_LEVELS, flips, strict=True)
        }
        m.update({f"accuracy_noise_{lvl}std": round(a, 4) for lvl, a in zip(NOISE_LEVELS, accs, strict=True)})
        m["max_single_feature_flip_rate"] = round(float(per_feature.max()), 4)
        m["most_sensitive_features"] = ", ".join(
            f"{names[j]} ({per_feature[j]:.3f})" for j in order if per_feature[j] > 0
        ) or "none"
        m["rows"] = len(X)
        # Random noise is not an attack: impact 2 (unreliable answers), so this check is at most medium;
        # the evasion check measures what an attacker does.
        if small > 0.10:
            likelihood = 5
        elif small > 0.02:
            likelihood = 4
        elif flips[NOISE_LEVELS.index(0.2)] > 0.05:
            likelihood = 2
        else:
            likelihood = 1
        impact = 2
        title = (f"{small:.1%} of predictions change under Gaussian noise of 0.05 std; "
                 f"one feature shifted by {FEATURE_SHIFT} std changes up to {per_feature.max():.1%}")
        return [Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, impact), title=title,
            description=(
                "Random noise is the weakest adversary: predictions that change under small random noise "
                "change far more under an optimised attack. Features where a small shift flips many "
                "predictions are the first ones an attacker will move."
            ),
            location=Location(file=ctx.data.source),
            evidence=Evidence(
                method=(f"Gaussian noise at {list(NOISE_LEVELS)} x per-feature std (3 draws each, clipped to the "
                        f"input spec); each feature alone shifted by +/-{FEATURE_SHIFT} std"),
                measurements=m,
                series={"noise_level_std": list(NOISE_LEVELS), "flip_rate": [round(f, 4) for f in flips],
                        "accuracy": [round(a, 4) for a in accs]},
                likelihood=likelihood, impact=impact, rationale=title,
            ),
            mitigations=("model-validation", "adversarial-training", "input-preprocessing"),
        )]
