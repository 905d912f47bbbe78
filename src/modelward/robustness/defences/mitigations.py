"""The evasion mitigations as registry plugins: each declares its parameters and applies `harden` to the
context's model and data, returning the hardened model with the before/after of `robustness.evasion`'s
measurement (the `auto` ensemble at the same share-of-range budgets) on the same held-out rows."""

from __future__ import annotations

import dataclasses
from typing import Any

from modelward.core.context import AssessContext
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.robustness.params import EPS, NORM, STEPS

_SHARED = (
    dataclasses.replace(EPS, default=(0.1,), doc="budgets measured before/after; training uses the largest"),
    NORM,
    Param("eval_fraction", float, 0.3, "share of the data held out to measure on (when no holdout is given)",
          minimum=0.05, maximum=0.95),
    Param("eval_rows", int, 300, "held-out rows the before/after measurement uses at most", minimum=1),
    STEPS,
    Param("square_queries", int, 500, "queries per row of the Square attack in the measurement", minimum=1),
)
_QUICK = {"eval_rows": 40, "steps": 10, "square_queries": 50}
_SHARED_NAMES = {p.name for p in _SHARED}
_TRAINING = (
    Param("epochs", int, 60, "training epochs", minimum=1),
    Param("eps_margin", float, 1.3, "training budget as a multiple of the largest eps", minimum=1.0),
    Param("batch_size", int, 64, "rows per training batch", minimum=1),
    Param("lr", float, 3e-3, "peak learning rate of the one-cycle schedule", minimum=1e-8),
    Param("ramp_epochs", int, 5, "epochs over which the training budget ramps up", minimum=0),
    Param("reinit", bool, True, "re-initialise the weights before training"),
)


class _HardenMitigation:
    threat = "evasion"
    improves = "robustness.evasion"
    mitigation = ""
    needs_torch = False
    params: tuple[Param, ...] = _SHARED

    def __init__(self, **values: Any) -> None:
        self.values = values

    def applies(self, ctx: AssessContext) -> bool:
        return not self.needs_torch or getattr(ctx.model, "module", None) is not None

    def apply(self, ctx: AssessContext) -> Hardened:
        from modelward.robustness.defences.harden import harden

        values = {**{p.name: p.default for p in self.params}, **self.values}
        shared = {k: v for k, v in values.items() if k in _SHARED_NAMES}
        own = {k: v for k, v in values.items() if k not in _SHARED_NAMES}
        holdout = None if ctx.holdout is None else ctx.holdout
        result = harden(ctx.model, ctx.data, self.mitigation, eval_data=holdout, seed=ctx.seed, **shared, **own)
        return Hardened(self.id, result.model, result.artifact, result.applied,  # type: ignore[attr-defined]
                        result.parameters, result.notes, result.flags)


class AdversarialTrainingMitigation(_HardenMitigation):
    """PGD adversarial training of a torch model (Madry et al.), measured before/after with `auto`."""

    id, title, mitigation = "robustness.adversarial-training", "PGD adversarial training", "adversarial-training"
    needs_torch = True
    params = _SHARED + _TRAINING
    example_params = {**_QUICK, "epochs": 3}


class TradesMitigation(_HardenMitigation):
    """TRADES adversarial training of a torch model (Zhang et al. 2019), measured before/after."""

    id, title, mitigation = "robustness.trades", "TRADES adversarial training", "trades"
    needs_torch = True
    params = (*_SHARED, *(dataclasses.replace(p, default=40) if p.name == "epochs" else p for p in _TRAINING),
              Param("beta", float, 6.0, "weight of the robustness (KL) term", minimum=1e-6))
    example_params = {**_QUICK, "epochs": 3}


class FastAdversarialTrainingMitigation(_HardenMitigation):
    """Fast FGSM-RS adversarial training with a one-cycle schedule (Wong et al. 2020), measured before/after."""

    id, title, mitigation = ("robustness.fast-adversarial-training", "Fast adversarial training (FGSM-RS)",
                             "fast-adversarial-training")
    needs_torch = True
    params = (*_SHARED, *(dataclasses.replace(p, default={"epochs": 100, "eps_margin": 1.5}[p.name])
                          if p.name in ("epochs", "eps_margin") else p for p in _TRAINING))
    example_params = {**_QUICK, "epochs": 3}


class AdversarialAugmentationMitigation(_HardenMitigation):
    """Refit a scikit-learn model on adversarial rows crafted against it (gradient, tree or Square attack)."""

    id, title, mitigation = ("robustness.adversarial-augmentation", "Adversarial data augmentation",
                             "adversarial-augmentation")
    params = (*_SHARED, Param("rounds", int, 2, "refits, each on new adversarial rows", minimum=1))
    example_params = {**_QUICK, "rounds": 1}

    def applies(self, ctx: AssessContext) -> bool:
        return callable(getattr(ctx.model, "refit", None))


class FeatureSqueezingMitigation(_HardenMitigation):
    """Feature squeezing as a wrapped model, measured against BPDA/EOT adaptive attacks."""

    id, title, mitigation = ("robustness.feature-squeezing", "Feature squeezing (input preprocessing)",
                             "feature-squeezing")
    params = (
        *_SHARED,
        Param("kinds", str, ("bit-depth",), "squeezers, applied in order", many=True,
              choices=("bit-depth", "median", "quantise", "gaussian")),
        Param("bits", int, 3, "bit depth of the bit-depth squeezer", minimum=1, maximum=16),
        Param("median_size", int, 2, "window of the median filter (images)", minimum=1),
        Param("step", float, 0.125, "step of the quantise squeezer", unit="input units", minimum=1e-9),
        Param("sigma", float, 0.1, "standard deviation of the gaussian squeezer", unit="input units", minimum=0.0),
        Param("eot", int, 8, "noise draws averaged by the EOT adaptive attack", minimum=1),
    )
    example_params = {**_QUICK, "eot": 2}


class DistillationMitigation(_HardenMitigation):
    """Defensive distillation, measured against attacks on rescaled logits (reports gradient masking)."""

    id, title, mitigation = ("robustness.defensive-distillation", "Defensive distillation",
                             "defensive-distillation")
    needs_torch = True
    params = (*_SHARED, Param("temperature", float, 20.0, "softmax temperature of teacher and student", minimum=1.0),
              Param("epochs", int, 40, "training epochs of teacher and student", minimum=1))
    example_params = {**_QUICK, "epochs": 3}


class EnsembleMitigation(_HardenMitigation):
    """An ensemble of diverse models, with the robustness gain measured against the whole ensemble."""

    id, title, mitigation = "robustness.ensemble", "Ensemble of diverse models", "ensemble"
    params = (*_SHARED, Param("kinds", str, ("logistic", "svc", "mlp"), "members added to a scikit-learn model",
                              many=True, choices=("logistic", "svc", "mlp", "forest", "knn")),
              Param("copies", int, 3, "copies of a torch model trained on bootstrap resamples", minimum=1))
    example_params = {**_QUICK, "kinds": ("logistic",)}


class SmoothingMitigation(_HardenMitigation):
    """Randomised smoothing with a noise-trained base model: certified accuracy per L2 radius."""

    id, title, mitigation = ("robustness.randomized-smoothing", "Randomised smoothing (certified)",
                             "randomized-smoothing")
    params = (
        *_SHARED,
        Param("sigma", float, 0.25, "noise of the smoothing", unit="share of the features' common range",
              minimum=1e-6),
        Param("radii", float, (), "L2 radii to certify at (default: eps when the norm is l2, else 0.25 and 0.5)",
              unit="share of the features' common range", minimum=1e-6, many=True),
        Param("n0", int, 100, "noise draws that select the class", minimum=1),
        Param("n", int, 1000, "noise draws that bound its probability", minimum=1),
        Param("alpha", float, 0.001, "failure probability of the certificate", minimum=1e-9, maximum=0.5),
        Param("epochs", int, 120, "epochs of noise training (torch models)", minimum=1),
        Param("noise_factor", float, 1.5, "training noise as a multiple of sigma", minimum=1e-6),
    )
    example_params = {**_QUICK, "n0": 10, "n": 50, "epochs": 3}


class DetectionMitigation(_HardenMitigation):
    """Fit an adversarial-input detector; reports the attack success left, AUC and TPR at 5% FPR."""

    id, title, mitigation = "robustness.detection", "Adversarial-input detection", "detection"
    params = (*_SHARED, Param("target_fpr", float, 0.05, "share of clean inputs the detector may flag",
                              minimum=1e-4, maximum=0.5),
              Param("adaptive_steps", int, 50, "steps of the adaptive attacks on the detector (also measured at a "
                    "fifth of it)", minimum=1),
              Param("adaptive_rounds", int, 2, "rounds of adaptive attack and refit the detector is trained with "
                    "(torch models; 0: only naive PGD rows)", minimum=0),
              Param("fallback_sigma", float, 0.0, "certified fallback: noise of the randomised smoothing that must "
                    "certify a row the detector passes (0: off)", unit="share of the features' common range",
                    minimum=0.0),
              Param("fallback_radius", float, 0.05, "certified fallback: L2 radius a row must be certified at to be "
                    "answered", unit="share of the features' common range", minimum=0.0))
    example_params = {**_QUICK, "adaptive_steps": 10, "adaptive_rounds": 1}
