"""The explain package's built-in checks and mitigations, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _MITIGATION = PluginKind.CHECK, PluginKind.MITIGATION
_C = "modelward.explain.checks:"
_F = "modelward.explain.fairness.mitigations:"

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("explain.leakage", _CHECK, "data-leakage", _C + "LeakCheck",
               "Label leaks: features that predict the label far better than they should"),
    PluginSpec("explain.trigger", _CHECK, "data-poisoning", _C + "TriggerCheck",
               "Backdoor trigger localisation from local attributions (pasting test)"),
    PluginSpec("explain.proxies", _CHECK, "bias", _C + "ProxyCheck",
               "Proxies of a sensitive attribute (single-feature AUC)"),
    PluginSpec("explain.scaffolding", _CHECK, "output-integrity", _C + "ScaffoldCheck",
               "Scaffolding: different answers to explanation-style queries than to real rows"),
    PluginSpec("explain.fairness", _CHECK, "bias", "modelward.explain.fairness.check:FairnessCheck",
               "Group fairness: parity and equalised odds with intervals and permutation tests"),
    PluginSpec("explain.group-thresholds", _MITIGATION, "bias", _F + "ThresholdMitigation",
               "Group-specific thresholds (post-processing)"),
    PluginSpec("explain.reweighing", _MITIGATION, "bias", _F + "ReweighingMitigation",
               "Reweighing (pre-processing)"),
    PluginSpec("explain.reductions", _MITIGATION, "bias", _F + "ReductionsMitigation",
               "Reductions-style constrained fit (in-processing, exponentiated gradient)"),
)
