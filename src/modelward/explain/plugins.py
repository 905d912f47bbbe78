"""The explain package's built-in checks and mitigations, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK = PluginKind.CHECK
_C = "modelward.explain.checks:"

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("explain.leakage", _CHECK, "data-leakage", _C + "LeakCheck",
               "Label leaks: features that predict the label far better than they should"),
    PluginSpec("explain.trigger", _CHECK, "data-poisoning", _C + "TriggerCheck",
               "Backdoor trigger localisation from local attributions (pasting test)"),
    PluginSpec("explain.proxies", _CHECK, "bias", _C + "ProxyCheck",
               "Proxies of a sensitive attribute (single-feature AUC)"),
)
