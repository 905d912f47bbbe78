"""The stealing package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _GUARD = PluginKind.CHECK, PluginKind.GUARD

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("stealing.extraction", _CHECK, "model-stealing", "modelward.stealing.check:ExtractionCheck",
               "Model extraction: fidelity of a copy per query budget"),
)
