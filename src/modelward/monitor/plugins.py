"""The monitor package's built-in check and guard, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("monitor.drift", PluginKind.CHECK, "model-drift", "modelward.monitor.check:DriftCheck",
               "Data, prediction and performance drift against reference data"),
    PluginSpec("monitor.drift-detector", PluginKind.GUARD, "model-drift", "modelward.monitor.guard:DriftGuard",
               "Streaming drift detection on inputs and outputs"),
)
