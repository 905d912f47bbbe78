"""The data package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("data.pii", PluginKind.CHECK, "data-leakage", "modelward.data.pii.check:PiiCheck",
               "Personal data and secrets in the data, per column"),
    PluginSpec("data.pii-guard", PluginKind.GUARD, "data-leakage", "modelward.data.pii.guard:PiiGuard",
               "PII and secret detection and redaction in requests and responses"),
)
