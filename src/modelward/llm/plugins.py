"""The llm package's built-in guards and red-team checks, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_GUARD, _CHECK = PluginKind.GUARD, PluginKind.CHECK
_P = "modelward.llm.redteam.checks:"
_O = "modelward.llm.guards.output:"

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("llm.prompt-injection", _GUARD, "llm-prompt-injection",
               "modelward.llm.guards.injection:PromptInjectionGuard",
               "Prompt-injection and jailbreak detection (direct and indirect, offline)"),
    PluginSpec("llm.tool-policy", _GUARD, "llm-excessive-agency", "modelward.llm.guards.tools:ToolPolicyGuard",
               "Tool-call policy: allowlist, argument schemas and checks, budgets, approval"),
    PluginSpec("llm.output-sink", _GUARD, "llm-output-handling", _O + "OutputSinkGuard",
               "Sink-aware output escaping (HTML, Markdown, SQL, shell, JSON)"),
    PluginSpec("llm.exfiltration", _GUARD, "llm-output-handling", _O + "ExfiltrationGuard",
               "Markdown/HTML image and link exfiltration"),
    PluginSpec("llm.output-schema", _GUARD, "llm-output-handling", _O + "OutputSchemaGuard",
               "JSON-schema validation of structured output"),
    PluginSpec("llm.prompt-leakage", _GUARD, "data-leakage", _O + "PromptLeakageGuard",
               "System-prompt leakage (canary tokens, verbatim overlap)"),
    PluginSpec("llm.groundedness", _GUARD, "llm-misinformation", _O + "GroundednessGuard",
               "Groundedness of answers in the request's context documents"),
    PluginSpec("llm.probe.direct-injection", _CHECK, "llm-prompt-injection", _P + "DirectInjectionProbe",
               "Direct prompt injection"),
    PluginSpec("llm.probe.indirect-injection", _CHECK, "llm-prompt-injection", _P + "IndirectInjectionProbe",
               "Indirect prompt injection"),
    PluginSpec("llm.probe.jailbreak", _CHECK, "llm-prompt-injection", _P + "JailbreakProbe", "Role-play jailbreak"),
    PluginSpec("llm.probe.prompt-extraction", _CHECK, "data-leakage", _P + "PromptExtractionProbe",
               "System-prompt extraction"),
    PluginSpec("llm.probe.exfiltration", _CHECK, "llm-output-handling", _P + "ExfiltrationProbe",
               "Data exfiltration through rendered output"),
    PluginSpec("llm.probe.tool-misuse", _CHECK, "llm-excessive-agency", _P + "ToolMisuseProbe", "Tool misuse"),
    PluginSpec("llm.probe.encoding", _CHECK, "llm-prompt-injection", _P + "EncodingProbe", "Encoded prompt injection"),
    PluginSpec("llm.probe.adaptive-injection", _CHECK, "llm-prompt-injection", _P + "AdaptiveInjectionProbe",
               "Adaptive prompt injection (mutated until it passes)"),
    PluginSpec("llm.probe.resource-exhaustion", _CHECK, "llm-unbounded-consumption", _P + "ResourceExhaustionProbe",
               "Resource exhaustion"),
)
