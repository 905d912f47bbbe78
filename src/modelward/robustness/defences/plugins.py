"""The evasion mitigations as registry plugins: each applies `harden` to the assessment context.

Parameters come from `ctx.options` ("eps", "norm", and the mitigation's own, e.g. "epochs");
the context's data is split into rows to train on and held-out rows to measure on.
"""

from __future__ import annotations

from typing import Any

from modelward.core.context import AssessContext
from modelward.core.plugins import Hardened

_SHARED = ("eps", "norm", "eval_fraction", "eval_rows", "steps", "square_queries")


class _HardenMitigation:
    mitigation: str = ""
    threat = "evasion"
    improves = "robustness.evasion"

    def apply(self, ctx: AssessContext) -> Hardened:
        from modelward.robustness.defences.harden import harden

        options: dict[str, Any] = dict(ctx.options)
        shared = {k: options.pop(k) for k in _SHARED if k in options}
        result = harden(ctx.model, ctx.data, self.mitigation, seed=ctx.seed, **shared, **options)
        return Hardened(result.model, self.id, result.applied.summary,  # type: ignore[attr-defined]
                        {"before": result.before, "after": result.after, **result.parameters})


class AdversarialTrainingMitigation(_HardenMitigation):
    """PGD adversarial training of a torch model (Madry et al.), measured before/after with `auto`."""

    id, title, mitigation = "robustness.adversarial-training", "PGD adversarial training", "adversarial-training"


class TradesMitigation(_HardenMitigation):
    """TRADES adversarial training of a torch model (Zhang et al. 2019), measured before/after."""

    id, title, mitigation = "robustness.trades", "TRADES adversarial training", "trades"


class FastAdversarialTrainingMitigation(_HardenMitigation):
    """Fast FGSM-RS adversarial training with a one-cycle schedule (Wong et al. 2020), measured before/after."""

    id, title, mitigation = ("robustness.fast-adversarial-training", "Fast adversarial training (FGSM-RS)",
                             "fast-adversarial-training")


class AdversarialAugmentationMitigation(_HardenMitigation):
    """Refit a scikit-learn model on adversarial rows crafted against it (gradient, tree or Square attack)."""

    id, title, mitigation = ("robustness.adversarial-augmentation", "Adversarial data augmentation",
                             "adversarial-augmentation")


class FeatureSqueezingMitigation(_HardenMitigation):
    """Feature squeezing as a wrapped model, measured against BPDA/EOT adaptive attacks."""

    id, title, mitigation = ("robustness.feature-squeezing", "Feature squeezing (input preprocessing)",
                             "feature-squeezing")


class DistillationMitigation(_HardenMitigation):
    """Defensive distillation, measured against attacks on rescaled logits (reports gradient masking)."""

    id, title, mitigation = ("robustness.defensive-distillation", "Defensive distillation",
                             "defensive-distillation")


class EnsembleMitigation(_HardenMitigation):
    """An ensemble of diverse models, with the robustness gain measured against the whole ensemble."""

    id, title, mitigation = "robustness.ensemble", "Ensemble of diverse models", "ensemble"


class SmoothingMitigation(_HardenMitigation):
    """Randomised smoothing with a noise-trained base model: certified accuracy per L2 radius."""

    id, title, mitigation = ("robustness.randomized-smoothing", "Randomised smoothing (certified)",
                             "randomized-smoothing")


class DetectionMitigation(_HardenMitigation):
    """Fit an adversarial-input detector; reports the attack success left, AUC and TPR at 5% FPR."""

    id, title, mitigation = "robustness.detection", "Adversarial-input detection", "detection"
