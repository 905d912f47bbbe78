"""The llm package's built-in guards (and, later, red-team checks), as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

_GUARD = PluginKind.GUARD

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("llm.prompt-injection", _GUARD, "llm-prompt-injection",
               "modelward.llm.guards.injection:PromptInjectionGuard",
               "Prompt-injection and jailbreak detection (direct and indirect, offline)"),
    PluginSpec("llm.tool-policy", _GUARD, "llm-excessive-agency", "modelward.llm.guards.tools:ToolPolicyGuard",
               "Tool-call policy: allowlist, argument schemas and checks, budgets, approval"),
)
