"""The stealing package's built-in checks, mitigations and guards, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_CHECK, _GUARD, _MITIGATION = PluginKind.CHECK, PluginKind.GUARD, PluginKind.MITIGATION

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("stealing.extraction", _CHECK, "model-stealing", "modelward.stealing.check:ExtractionCheck",
               "Model extraction: fidelity of a copy per query budget"),
    PluginSpec("stealing.ownership", _CHECK, "model-stealing", "modelward.stealing.ownership.check:OwnershipCheck",
               "Ownership evidence: can a stolen copy be proven to be this model?"),
    PluginSpec("stealing.watermark", _MITIGATION, "model-stealing",
               "modelward.stealing.ownership.check:WatermarkMitigation", "Trigger-set watermark (proof of ownership)"),
    PluginSpec("stealing.prada", _GUARD, "model-stealing", "modelward.stealing.detection.prada:PradaGuard",
               "PRADA: extraction detection by the normality of query distances"),
    PluginSpec("stealing.query-distribution", _GUARD, "model-stealing",
               "modelward.stealing.detection.window:QueryDistributionGuard",
               "Extraction detection: windowed MMD test of each client's queries"),
    PluginSpec("stealing.dawn", _GUARD, "model-stealing", "modelward.stealing.ownership.dawn:DawnGuard",
               "API watermarking of answers (DAWN)"),
    PluginSpec("stealing.coverage", _GUARD, "model-stealing", "modelward.stealing.detection.coverage:CoverageGuard",
               "Extraction detection: growth of each client's coverage of the input space"),
    PluginSpec("stealing.answer-spread", _GUARD, "model-stealing",
               "modelward.stealing.detection.spread:AnswerSpreadGuard",
               "Extraction detection: a client's mix of predicted classes against the training mix"),
)
