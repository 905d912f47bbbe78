"""`harden`: apply one evasion mitigation and measure the model before and after on the same rows,
with the same attacks, plus the adaptive attacks that the defence calls for (BPDA/EOT for
preprocessing, rescaled logits for distillation, transfer from the undefended model).

The data is split (stratified) into rows to train the mitigation on and held-out rows to measure on,
unless `eval_data` is given. The measurement is the `auto` ensemble at each eps (worst case per
point over every attacker view); randomised smoothing reports certified accuracy at each L2 radius,
and detection the attack success rate left once the detector is in place.

Budgets (eps, and smoothing's sigma and radii) are shares of each feature's range, as in `assess`:
input units for features that share one range such as pixels in [0, 1]. Where ranges differ, the
measurement runs on the range-scaled model (as `assess` does) and training-based defences train there.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.data import as_dataset
from modelward.core.errors import ConfigError
from modelward.core.report import AppliedMitigation
from modelward.robustness.defences.measure import Measurement, masking_verdict, measure
from modelward.robustness.scaled import FeatureScale

IMPROVES = "robustness.evasion"
DEFAULT_EPS = 0.1  # share of each feature's range
_INPUT_UNIT_DEFENCES = ("detection", "randomized-smoothing")
CALIBRATE_FROM = 150  # evaluation rows from which a third sets the detector's threshold


@dataclass(frozen=True, eq=False)
class HardenResult:
    """The hardened model (an adapter), what to save, and the before/after measurement."""

    mitigation_id: str
    model: ModelAdapter
    artifact: Any
    applied: AppliedMitigation
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    parameters: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def before(self) -> dict[str, float]:
        return self.applied.before

    @property
    def after(self) -> dict[str, float]:
        return self.applied.after


@dataclass(frozen=True)
class _Setup:
    """The split data, the budgets (`eps`: shares of each feature's range, as in `assess`) and the scale
    that turns them into input units."""

    model: ModelAdapter
    X_train: np.ndarray
    y_train: np.ndarray
    X_eval: np.ndarray
    y_eval: np.ndarray
    eps: tuple[float, ...]
    norm: str
    steps: int
    square_queries: int
    seed: int
    scale: FeatureScale

    @property
    def y_train_idx(self) -> np.ndarray:
        from modelward.robustness.attacks._common import label_indices

        return label_indices(self.model, self.y_train)

    @property
    def unit(self) -> float:
        """Input units per share of range: the common span where the features share one; else the median
        span (defences whose own budget is one number in input units; `harden` notes it)."""
        if self.scale.per_feature:
            return float(np.median(self.scale.scale))
        return float(self.scale.scale[0])

    def eps_x(self, share: float) -> float:
        return share * self.unit

    def measure(self, model: ModelAdapter, views: Sequence[tuple[str, ModelAdapter]] = ()) -> Measurement:
        """The `auto` measurement at the share budgets: in input units where the features share a range,
        else on the range-scaled model (exactly as `assess` measures)."""
        from modelward.robustness.scaled import RangeScaledAdapter

        if self.scale.per_feature:
            return measure(RangeScaledAdapter(model, self.scale), self.scale.to_u(self.X_eval), self.y_eval,
                           self.eps, views=[(n, RangeScaledAdapter(v, self.scale)) for n, v in views],
                           norm=self.norm, steps=self.steps, square_queries=self.square_queries, seed=self.seed)
        m = measure(model, self.X_eval, self.y_eval, [self.eps_x(e) for e in self.eps], views=views,
                    norm=self.norm, steps=self.steps, square_queries=self.square_queries, seed=self.seed)
        back = dict(zip([self.eps_x(e) for e in self.eps], self.eps, strict=True))
        return dataclasses.replace(m, robust={back[e]: v for e, v in m.robust.items()},
                                   by_view={n: {back[e]: v for e, v in per.items()} for n, per in m.by_view.items()})


@dataclass(frozen=True, eq=False)
class _Outcome:
    model: ModelAdapter
    artifact: Any
    summary: str
    before: dict[str, float]
    after: dict[str, float]
    taxonomy_id: str
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    parameters: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[_Setup, dict[str, Any]], _Outcome]


def _pop(params: dict[str, Any], name: str, default: Any) -> Any:
    return params.pop(name, default)


def _robust_outcome(s: _Setup, hardened: ModelAdapter, artifact: Any, taxonomy_id: str, what: str,
                    views: Sequence[tuple[str, ModelAdapter]] = (), parameters: dict[str, Any] | None = None,
                    notes: Sequence[str] = ()) -> _Outcome:
    before = s.measure(s.model)
    after = s.measure(hardened, views)
    verdict = masking_verdict(after)
    flags = list(after.flags) + ([verdict] if verdict else [])
    e = max(s.eps)
    summary = (f"{what}: robust accuracy at {s.norm} eps={e:g} {before.robust[e]:.3f} -> {after.robust[e]:.3f}, "
               f"clean {before.clean_accuracy:.3f} -> {after.clean_accuracy:.3f}"
               + (" (worst over " + ", ".join(after.by_view) + ")" if views else ""))
    if verdict:
        summary += "; " + verdict
    return _Outcome(hardened, artifact, summary, before.as_dict(), after.as_dict(), taxonomy_id,
                    tuple(notes) + before.notes + after.notes, tuple(flags), dict(parameters or {}))


def _adversarial_training(method: str) -> Handler:
    def run(s: _Setup, params: dict[str, Any]) -> _Outcome:
        from modelward.robustness.defences.adversarial_training import TrainingConfig, adversarially_train_adapter

        if getattr(s.model, "module", None) is None:
            raise ConfigError(f"{s.model.name}: {method} adversarial training needs a torch model; "
                              "for a scikit-learn model use --mitigation adversarial-augmentation")
        table: dict[str, dict[str, Any]] = {"fast": {"epochs": 100, "eps_margin": 1.5}, "trades": {"epochs": 40}}
        defaults = table.get(method, {})
        known = {f.name for f in dataclasses.fields(TrainingConfig)} - {"method", "eps", "norm", "seed"}
        given = {k: params.pop(k) for k in list(params) if k in known}
        per_feature = s.scale.per_feature
        cfg = TrainingConfig(method=method, eps=max(s.eps) if per_feature else s.eps_x(max(s.eps)), norm=s.norm,
                             seed=s.seed, **{**defaults, **given})
        hardened, trained = adversarially_train_adapter(s.model, s.X_train, s.y_train_idx, cfg,
                                                        scale=s.scale if per_feature else None)
        label = {"pgd": "PGD adversarial training", "trades": "TRADES", "fast": "fast (FGSM-RS) adversarial training"}
        return _robust_outcome(s, hardened, trained.module, "adversarial-training",
                               f"{label[method]} at eps={max(s.eps):g} (train eps x{cfg.eps_margin:g}, "
                               f"{cfg.epochs} epochs, {trained.seconds:.1f} s)",
                               parameters=vars(cfg) | {"seconds": trained.seconds})
    return run


def _augmentation(s: _Setup, params: dict[str, Any]) -> _Outcome:
    from modelward.robustness.defences.adversarial_training import adversarial_augmentation

    rounds = int(_pop(params, "rounds", 2))
    per_feature = s.scale.per_feature
    res = adversarial_augmentation(s.model, s.X_train, s.y_train, max(s.eps) if per_feature else s.eps_x(max(s.eps)),
                                   norm=s.norm, rounds=rounds, seed=s.seed, scale=s.scale if per_feature else None)
    artifact = getattr(res.model, "estimator", None)
    return _robust_outcome(s, res.model, artifact, "adversarial-training",
                           f"adversarial augmentation ({res.attack}, {rounds} rounds, "
                           f"{sum(res.rows_added)} rows added)",
                           parameters={"rounds": rounds, "rows_added": list(res.rows_added), "attack": res.attack})


def _squeezing(s: _Setup, params: dict[str, Any]) -> _Outcome:
    from modelward.robustness.defences.preprocessing import BPDAAdapter, feature_squeezing

    kinds = _pop(params, "kinds", ("bit-depth",))
    kinds = tuple(kinds.split(",")) if isinstance(kinds, str) else tuple(kinds)
    eot = int(_pop(params, "eot", 8))
    given = {k: params.pop(k) for k in list(params) if k in ("bits", "median_size", "step", "sigma")}
    defended = feature_squeezing(s.model, kinds, seed=s.seed, **given)
    views: list[tuple[str, ModelAdapter]] = [("transfer-from-undefended", s.model)]
    notes = []
    if callable(getattr(s.model, "loss_gradient", None)) and getattr(s.model, "has_gradient", True):
        views.insert(0, ("bpda-eot", BPDAAdapter(defended, eot=eot)))
    else:
        notes.append("the undefended model has no input gradient: BPDA not possible, black-box and transfer only")
    return _robust_outcome(s, defended, s.model, "input-preprocessing",
                           f"feature squeezing {'+'.join(sq.label for sq in defended.squeezers)}", views,
                           parameters={"squeezers": [sq.label for sq in defended.squeezers], "eot": eot},
                           notes=notes)


def _distillation(s: _Setup, params: dict[str, Any]) -> _Outcome:
    from modelward.robustness.defences.distillation import TemperatureAdapter, defensive_distillation

    temperature = float(_pop(params, "temperature", 20.0))
    epochs = int(_pop(params, "epochs", 40))
    res = defensive_distillation(s.model, s.X_train, s.y_train_idx, temperature=temperature, epochs=epochs,
                                 seed=s.seed)
    views = [("rescaled-logits", TemperatureAdapter(res.model, temperature)),
             ("transfer-from-undefended", s.model)]
    return _robust_outcome(s, res.model, getattr(res.model, "module", None), "adversarial-training",
                           f"defensive distillation at T={temperature:g}", views,
                           parameters={"temperature": temperature, "epochs": epochs})


def _ensemble(s: _Setup, params: dict[str, Any]) -> _Outcome:
    from modelward.robustness.defences.ensemble import diverse_ensemble

    kinds = _pop(params, "kinds", ("logistic", "svc", "mlp"))
    kinds = tuple(kinds.split(",")) if isinstance(kinds, str) else tuple(kinds)
    copies = int(_pop(params, "copies", 3))
    ens = diverse_ensemble(s.model, s.X_train, s.y_train, kinds=kinds, copies=copies, seed=s.seed)
    artifact = [getattr(m, "module", getattr(m, "estimator", None)) for m in ens.members]
    return _robust_outcome(s, ens, artifact, "model-ensemble", f"ensemble of {len(ens.members)} diverse models",
                           [("transfer-from-undefended", s.model)],
                           parameters={"members": [m.name for m in ens.members]})


def _smoothing(s: _Setup, params: dict[str, Any]) -> _Outcome:
    from modelward.robustness.attacks._common import label_indices
    from modelward.robustness.auto import auto_evaluate
    from modelward.robustness.defences.certification import SmoothedClassifier, gaussian_augmentation

    sigma_share = float(_pop(params, "sigma", 0.25))
    sigma = s.eps_x(sigma_share)
    n0, n, alpha = int(_pop(params, "n0", 100)), int(_pop(params, "n", 1000)), float(_pop(params, "alpha", 0.001))
    epochs = int(_pop(params, "epochs", 120))
    noise_factor = float(_pop(params, "noise_factor", 1.5))
    radii_share = tuple(float(r) for r in _pop(params, "radii", ()) or (s.eps if s.norm == "l2" else (0.25, 0.5)))
    radii = tuple(s.eps_x(r) for r in radii_share)
    label = dict(zip(radii, radii_share, strict=True))
    base = gaussian_augmentation(s.model, s.X_train, s.y_train, sigma, noise_factor=noise_factor, epochs=epochs,
                                seed=s.seed)
    smoothed = SmoothedClassifier(base, sigma, n0=n0, n=n, alpha=alpha)
    certs = smoothed.certify(s.X_eval, seed=s.seed)
    y_idx = label_indices(s.model, s.y_eval)
    ev = auto_evaluate(s.model, s.X_eval, s.y_eval, radii, norm="l2", steps=s.steps,
                       square_queries=s.square_queries, targeted=False, seed=s.seed)
    before = {"clean_accuracy": round(ev.evaluations[0].clean_accuracy, 4)}
    before |= {f"robust_accuracy@l2={label[e.eps]:g}": round(e.robust_accuracy, 4) for e in ev.evaluations}
    after = {"clean_accuracy": round(certs.certified_accuracy(y_idx, 0.0), 4),
             "abstention_rate": round(certs.abstention_rate, 4)}
    after |= {f"robust_accuracy@l2={label[r]:g}": round(certs.certified_accuracy(y_idx, r), 4) for r in radii}
    r = max(radii_share)
    summary = (f"randomised smoothing sigma={sigma_share:g} (n0={n0}, n={n}, alpha={alpha:g}): certified accuracy at "
               f"L2 radius {r:g} {after[f'robust_accuracy@l2={r:g}']:.3f}; the undefended model's empirical robust "
               f"accuracy there is {before[f'robust_accuracy@l2={r:g}']:.3f} (after: a certified lower bound; "
               "before: an attack's upper bound)")
    artifact = getattr(base, "module", getattr(base, "estimator", None))
    return _Outcome(smoothed.base, artifact, summary, before, after, "certified-robustness",
                    parameters={"sigma": sigma_share, "n0": n0, "n": n, "alpha": alpha, "radii": list(radii_share),
                                "noise_factor": noise_factor, "epochs": epochs})


def _detection(s: _Setup, params: dict[str, Any]) -> _Outcome:
    """The detector (trained against adaptive attacks for torch models) and optionally the certified
    fallback; undetected attack success before/after, worst case over naive PGD and the adaptive
    attacks at each step budget, so the report says how much an attacker who knows the defence loses."""
    from modelward.robustness.attacks import pgd
    from modelward.robustness.attacks._common import label_indices
    from modelward.robustness.defences.certification import SmoothedClassifier
    from modelward.robustness.defences.detect_certify import DetectAndCertify, attack_success
    from modelward.robustness.defences.detection import AdversarialDetector

    target_fpr = float(_pop(params, "target_fpr", 0.05))
    adaptive_steps = int(_pop(params, "adaptive_steps", 50))
    rounds = int(_pop(params, "adaptive_rounds", 2))
    fallback_sigma = float(_pop(params, "fallback_sigma", 0.0))
    fallback_radius = float(_pop(params, "fallback_radius", 0.05))
    share = max(s.eps)
    e = s.eps_x(share)
    is_torch = getattr(s.model, "module", None) is not None
    history: list[Any] = []
    if is_torch and rounds > 0:
        from modelward.robustness.defences.adaptive_detection import fit_against_adaptive

        detector, history = fit_against_adaptive(s.model, s.X_train, s.y_train_idx, eps=e, norm=s.norm,
                                                 rounds=rounds, steps=adaptive_steps, target_fpr=target_fpr,
                                                 seed=s.seed)
    else:
        detector = AdversarialDetector(s.model, target_fpr=target_fpr).fit(s.X_train, s.y_train_idx, eps=e,
                                                                            norm=s.norm, seed=s.seed)
    # The threshold is set on a third of the evaluation rows (unseen by the model and by the detector) and
    # everything is measured on the other two thirds: the model's own training rows look more typical to
    # the detector than new traffic, so a threshold set on them flagged 7% of new clean rows at a 5% target
    # (digits MLP); set on unseen rows, the expected share is at most the target (conformal quantile).
    notes: list[str] = []
    X_ev, y_ev = s.X_eval, s.y_eval
    calibration_rows = 0
    if len(X_ev) >= CALIBRATE_FROM:
        order = np.random.default_rng([s.seed, 61]).permutation(len(X_ev))
        calibration_rows = len(X_ev) // 3
        detector.calibrate(X_ev[order[:calibration_rows]])
        X_ev, y_ev = X_ev[order[calibration_rows:]], y_ev[order[calibration_rows:]]
    else:
        notes.append(f"the threshold was set on the training rows, which the model knows: with {len(X_ev)} "
                     f"evaluation rows (fewer than {CALIBRATE_FROM}) none were kept to set it on unseen rows, so it "
                     "flags more than target_fpr of new clean rows")
    smoothed = (SmoothedClassifier(s.model, s.eps_x(fallback_sigma), n0=100, n=1000, alpha=0.001)
                if fallback_sigma > 0 else None)
    pipeline = DetectAndCertify(detector, smoothed, s.eps_x(fallback_radius))
    y_idx = label_indices(s.model, y_ev)
    naive = pgd(s.model, X_ev, y_ev, e, norm=s.norm, steps=40, restarts=2, seed=s.seed + 1)
    correct = naive.clean_correct if naive.clean_correct is not None else np.ones(len(y_idx), bool)
    fooled = naive.success & correct
    metrics = detector.evaluate(X_ev, naive.x_adv[fooled]) if fooled.any() else None
    key = f"attack_success@{s.norm}={share:g}"
    runs: dict[str, list[np.ndarray]] = {"naive": [naive.x_adv]}
    adaptive = None
    if is_torch:
        from modelward.robustness.defences.adaptive_detection import adaptive_attack

        for steps in sorted({max(1, adaptive_steps // 5), adaptive_steps}):
            adaptive = adaptive_attack(detector, X_ev, y_idx, e, norm=s.norm, steps=steps,
                                       lambdas=(0.0, 0.03, 0.1, 1.0), methods=("penalty", "orthogonal", "selective"),
                                       seed=s.seed + 2)
            runs[f"adaptive,steps={steps}"] = [adaptive.x_adv]
            if smoothed is not None:
                aware = adaptive_attack(detector, X_ev, y_idx, e, norm=s.norm, steps=steps, lambdas=(0.1, 1.0),
                                        methods=("penalty", "selective"), smoothing_sigma=smoothed.sigma, kappa=3.0,
                                        win_margin=1.5, seed=s.seed + 3)
                runs[f"adaptive,steps={steps}"].append(aware.x_adv)
    else:
        notes.append("the adaptive attack on the detector needs a PyTorch model: measured against PGD that does "
                     "not know the detector, so the figure is optimistic")
    per_run = {name: attack_success(pipeline, X_ev, y_idx, xs, seed=s.seed) for name, xs in runs.items()}
    worst = functools.reduce(lambda a, b: a.worst_with(b), per_run.values())

    def deployed(r: Any) -> float:
        return float(r.detector_and_fallback if smoothed is not None else r.detector)

    before = {key: round(worst.undefended, 4), "clean_accuracy": round(float(correct.mean()), 4)}
    withheld = worst.clean_withheld_both if worst.clean_withheld_both is not None else worst.clean_withheld_detector
    after = {key: round(deployed(worst), 4), "clean_withheld": round(withheld, 4)}
    for name, r in per_run.items():
        before[f"{key}[{name}]"] = round(r.undefended, 4)
        after[f"{key}[{name}]"] = round(deployed(r), 4)
    if smoothed is not None:
        after[f"{key}[detector only]"] = round(worst.detector, 4)
        after["clean_withheld[detector only]"] = round(worst.clean_withheld_detector, 4)
    clean = pipeline.decide(X_ev, seed=s.seed)
    after["clean_accuracy"] = round(float((clean.answer == y_idx).mean()), 4)
    if adaptive is not None:
        after[f"detection_rate@{s.norm}={share:g}[adaptive]"] = round(adaptive.outcome.detection_rate, 4)
    if metrics is not None:
        after |= metrics.as_dict()
    kept = 1 - after[key] / before[key] if before[key] > 0 else 0.0
    budgets = "; ".join(f"{n}: {before[f'{key}[{n}]']:.3f} -> {after[f'{key}[{n}]']:.3f}" for n in runs)
    what = ("adversarial-input detector (squeezing, Mahalanobis, LID"
            + (f"; trained against {rounds} round(s) of adaptive attacks" if history else "")
            + f"; threshold at {target_fpr:g} FPR)"
            + (f" with the certified fallback (smoothing sigma={fallback_sigma:g}, answered only when certified at "
               f"L2 {fallback_radius:g})" if smoothed is not None else ""))
    summary = (f"{what}: undetected attack success at eps={share:g} {before[key]:.3f} -> {after[key]:.3f}, worst case "
               + ("over naive PGD and the adaptive attacks on model and detector" if is_torch else "of naive PGD")
               + f" (the attacker loses {kept:.0%} of its successes; {budgets}); clean rows withheld "
               f"{after['clean_withheld']:.3f}"
               + (f"; naive PGD: AUC {metrics.auc:.3f}, TPR {metrics.tpr_at_fpr:.3f} at {target_fpr:g} FPR"
                  if metrics else ""))
    if is_torch and after[key] - after[f"{key}[naive]"] >= 0.05:
        notes.append(f"the adaptive attacks (penalty, orthogonal and selective PGD on classifier margin and detector "
                     f"score, BPDA through squeezing) evade the detector far more often than naive PGD: "
                     f"{after[f'{key}[naive]']:.3f} -> {after[key]:.3f}; only the adaptive figure counts")
    parameters: dict[str, Any] = {"target_fpr": target_fpr, "threshold": detector.threshold,
                                  "calibration_rows": calibration_rows, "measured_rows": len(X_ev),
                                  "adaptive_rounds": len(history),
                                  "adaptive_rounds_undetected": [f"{h.undetected}/{h.attacked}" for h in history]}
    if smoothed is not None:
        parameters |= {"fallback_sigma": fallback_sigma, "fallback_radius": fallback_radius}
    return _Outcome(s.model, detector, summary, before, after, "adversarial-detection", tuple(notes),
                    parameters=parameters)


MITIGATIONS: dict[str, Handler] = {
    "adversarial-training": _adversarial_training("pgd"),
    "trades": _adversarial_training("trades"),
    "fast-adversarial-training": _adversarial_training("fast"),
    "adversarial-augmentation": _augmentation,
    "feature-squeezing": _squeezing,
    "defensive-distillation": _distillation,
    "ensemble": _ensemble,
    "randomized-smoothing": _smoothing,
    "detection": _detection,
}


def harden(
    model: Any,
    data: Any,
    mitigation_id: str,
    *,
    target: str | None = None,
    eval_data: Any = None,
    eps: float | Sequence[float] | None = None,
    norm: str = "linf",
    eval_fraction: float = 0.3,
    eval_rows: int = 300,
    steps: int = 50,
    square_queries: int = 500,
    input_spec: InputSpec | None = None,
    trust: Sequence[str | Path] = (),
    seed: int = 0,
    **params: Any,
) -> HardenResult:
    """Apply `mitigation_id` (one of MITIGATIONS) to `model`, trained on `data`, measured before and after.
    `eps`: share(s) of each feature's range (default 0.1)."""
    from modelward.api import load_model

    if mitigation_id not in MITIGATIONS:
        raise ConfigError(f"unknown mitigation {mitigation_id!r}; expected one of {', '.join(MITIGATIONS)}")
    if not 0 < eval_fraction < 1:
        raise ConfigError(f"eval_fraction must be in (0, 1), got {eval_fraction}")
    start = time.perf_counter()
    ds = as_dataset(data, target)
    spec = input_spec if input_spec is not None else InputSpec.infer(ds.X, ds.feature_names)
    if isinstance(model, str | PathLike):  # file or URL: the adapter learns the input domain (and torch
        adapter = load_model(model, trust=tuple(trust), input_spec=spec)  # its class count) from the spec
    else:
        adapter = load_model(model, trust=tuple(trust))
        if input_spec is not None or not adapter.input_spec.features:
            adapter.input_spec = spec
    X = adapter.input_spec.check(ds.X, source=ds.source)
    y = np.asarray(ds.y)
    if eval_data is not None:
        ev = as_dataset(eval_data, target, like=ds)
        X_tr, y_tr = X, y
        X_ev, y_ev = adapter.input_spec.check(ev.X, source=ev.source), np.asarray(ev.y)
    else:
        from sklearn.model_selection import train_test_split

        try:
            X_tr, X_ev, y_tr, y_ev = train_test_split(X, y, test_size=eval_fraction, random_state=seed, stratify=y)
        except ValueError:
            X_tr, X_ev, y_tr, y_ev = train_test_split(X, y, test_size=eval_fraction, random_state=seed)
    if len(X_ev) > eval_rows:
        keep = np.random.default_rng(seed).choice(len(X_ev), eval_rows, replace=False)
        X_ev, y_ev = X_ev[np.sort(keep)], y_ev[np.sort(keep)]
    from modelward.robustness.scaled import feature_scale

    eps_t = (DEFAULT_EPS,) if eps is None else (
        (float(eps),) if isinstance(eps, int | float) else tuple(float(e) for e in eps))
    if not eps_t or not all(0 < e <= 1 for e in eps_t):
        raise ConfigError(f"eps {list(eps_t)}: each must be a share of the features' range in (0, 1]")
    setup = _Setup(adapter, X_tr, y_tr, X_ev, y_ev, eps_t, norm, steps, square_queries, seed,
                   feature_scale(X, adapter.input_spec))
    left = dict(params)
    outcome = MITIGATIONS[mitigation_id](setup, left)
    if left:
        raise ConfigError(f"mitigation {mitigation_id!r}: unknown parameter(s) {sorted(left)}")
    applied = AppliedMitigation(outcome.taxonomy_id, "evasion", outcome.summary, IMPROVES, outcome.before,
                                outcome.after)
    notes = outcome.notes
    if setup.scale.per_feature and mitigation_id in _INPUT_UNIT_DEFENCES:
        notes += (f"the features' ranges differ ({setup.scale.scale.min():.3g} to {setup.scale.scale.max():.3g}); "
                  f"this defence's own budget is one number in input units: eps x the median span "
                  f"({setup.unit:.3g}), while before/after are measured per feature's range as in assess",)
    return HardenResult(mitigation_id, outcome.model, outcome.artifact, applied, notes, outcome.flags,
                        outcome.parameters | {"eps": list(eps_t), "norm": norm, "eval_rows": len(X_ev)},
                        time.perf_counter() - start)
