"""The stealing package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _GUARD = PluginKind.CHECK, PluginKind.GUARD

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("stealing.extraction", _CHECK, "model-stealing", "modelward.stealing.check:ExtractionCheck",
               "Model extraction: fidelity of a copy per query budget"),
    PluginSpec("stealing.prada", _GUARD, "model-stealing", "modelward.stealing.detection.prada:PradaGuard",
               "PRADA: extraction detection by the normality of query distances"),
    PluginSpec("stealing.query-distribution", _GUARD, "model-stealing",
               "modelward.stealing.detection.window:QueryDistributionGuard",
               "Extraction detection: windowed MMD test of each client's queries"),
    PluginSpec("stealing.coverage", _GUARD, "model-stealing", "modelward.stealing.detection.coverage:CoverageGuard",
               "Extraction detection: growth of each client's coverage of the input space"),
)
