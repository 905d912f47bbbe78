"""The robustness package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _MITIGATION, _GUARD = PluginKind.CHECK, PluginKind.MITIGATION, PluginKind.GUARD
_D = "modelward.robustness.defences.mitigations:"

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("validation.performance", _CHECK, "model-drift", "modelward.robustness.validation:PerformanceCheck",
               "Held-out performance and cross-validation with confidence intervals"),
    PluginSpec("validation.stability", _CHECK, "evasion", "modelward.robustness.validation:StabilityCheck",
               "Prediction stability under random noise"),
    PluginSpec("robustness.stress", _CHECK, "evasion", "modelward.robustness.stress:StressCheck",
               "Accuracy under noise, corruptions, missing values and drift"),
    PluginSpec("robustness.evasion", _CHECK, "evasion", "modelward.robustness.evasion:EvasionCheck",
               "Robust accuracy under the auto attack ensemble"),
    PluginSpec("robustness.verification", _CHECK, "evasion",
               "modelward.robustness.verification.check:VerificationCheck",
               "Verified robust accuracy interval (ReLU networks, tree ensembles)"),
    PluginSpec("robustness.adversarial-training", _MITIGATION, "evasion", _D + "AdversarialTrainingMitigation",
               "PGD adversarial training"),
    PluginSpec("robustness.trades", _MITIGATION, "evasion", _D + "TradesMitigation", "TRADES adversarial training"),
    PluginSpec("robustness.fast-adversarial-training", _MITIGATION, "evasion",
               _D + "FastAdversarialTrainingMitigation", "Fast adversarial training (FGSM-RS)"),
    PluginSpec("robustness.adversarial-augmentation", _MITIGATION, "evasion",
               _D + "AdversarialAugmentationMitigation", "Adversarial data augmentation"),
    PluginSpec("robustness.feature-squeezing", _MITIGATION, "evasion", _D + "FeatureSqueezingMitigation",
               "Feature squeezing (input preprocessing)"),
    PluginSpec("robustness.defensive-distillation", _MITIGATION, "evasion", _D + "DistillationMitigation",
               "Defensive distillation"),
    PluginSpec("robustness.ensemble", _MITIGATION, "evasion", _D + "EnsembleMitigation",
               "Ensemble of diverse models"),
    PluginSpec("robustness.randomized-smoothing", _MITIGATION, "evasion", _D + "SmoothingMitigation",
               "Randomised smoothing (certified)"),
    PluginSpec("robustness.detection", _MITIGATION, "evasion", _D + "DetectionMitigation",
               "Adversarial-input detection"),
    PluginSpec("robustness.adversarial-detector", _GUARD, "evasion",
               "modelward.robustness.defences.guards:AdversarialInputGuard",
               "Adversarial-input detection (squeezing, Mahalanobis, LID)"),
    PluginSpec("robustness.certified-fallback", _GUARD, "evasion",
               "modelward.robustness.defences.guards:CertifiedPredictionGuard",
               "Certified prediction with fail-safe fallback"),
)
