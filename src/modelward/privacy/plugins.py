"""The privacy package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _MITIGATION = PluginKind.CHECK, PluginKind.MITIGATION
_DP = "modelward.privacy.dp.mitigations:"

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("privacy.membership-inference", _CHECK, "membership-inference",
               "modelward.privacy.membership.check:MembershipInferenceCheck",
               "Membership inference audit (threshold, LiRA, RMIA, shadow, label-only)"),
    PluginSpec("privacy.model-inversion", _CHECK, "model-inversion",
               "modelward.privacy.inversion_check:ModelInversionCheck",
               "Model inversion: class representatives reconstructed from the model"),
    PluginSpec("privacy.attribute-inference", _CHECK, "model-inversion",
               "modelward.privacy.inversion_check:AttributeInferenceCheck",
               "Attribute inference: a sensitive feature recovered through the model"),
    PluginSpec("privacy.dp-sgd", _MITIGATION, "membership-inference", _DP + "DPSGDMitigation", "DP-SGD training"),
    PluginSpec("privacy.dp-logistic-regression", _MITIGATION, "membership-inference",
               _DP + "DPLogisticRegressionMitigation", "DP logistic regression"),
    PluginSpec("privacy.dp-naive-bayes", _MITIGATION, "membership-inference", _DP + "DPNaiveBayesMitigation",
               "DP Gaussian naive Bayes"),
    PluginSpec("privacy.output-perturbation", _MITIGATION, "membership-inference",
               "modelward.privacy.output:OutputPerturbationMitigation",
               "Output perturbation (labels only, top-k, rounding, noise)"),
)
