"""The data package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("data.pii", PluginKind.CHECK, "data-leakage", "modelward.data.pii.check:PiiCheck",
               "Personal data and secrets in the data, per column"),
    PluginSpec("data.label-errors", PluginKind.CHECK, "data-poisoning", "modelward.data.labels.check:LabelErrorCheck",
               "Label errors (confident learning over an ensemble)"),
    PluginSpec("data.duplicates", PluginKind.CHECK, "data-poisoning", "modelward.data.checks:DuplicateCheck",
               "Exact, near and conflicting duplicate rows"),
    PluginSpec("data.outliers", PluginKind.CHECK, "data-poisoning", "modelward.data.checks:OutlierCheck",
               "Outlying rows (robust Mahalanobis + isolation forest)"),
    PluginSpec("data.leakage", PluginKind.CHECK, "data-leakage", "modelward.data.checks:LeakageCheck",
               "Train/test leakage: shared rows and label-leaking features"),
    PluginSpec("data.balance", PluginKind.CHECK, "bias", "modelward.data.checks:BalanceCheck",
               "Class imbalance and group label rates"),
    PluginSpec("data.backdoor", PluginKind.CHECK, "data-poisoning", "modelward.data.poison.check:BackdoorCheck",
               "Backdoor / poisoned rows (representation clusters, out-of-class reclassification)"),
    PluginSpec("data.sanitize", PluginKind.MITIGATION, "data-poisoning", "modelward.data.sanitize:SanitizeMitigation",
               "Sanitise training data (remove or relabel flagged rows) and retrain"),
    PluginSpec("data.pii-guard", PluginKind.GUARD, "data-leakage", "modelward.data.pii.guard:PiiGuard",
               "PII and secret detection and redaction in requests and responses"),
)
