"""`modelward assess --llm ENDPOINT`: the registered red-team checks run against an LLM endpoint, directly and,
when a guard proxy URL is given, through it, in one report, so the guard's effect is measured side by side
(the same attacks, the same seeds)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from modelward.core.report import Metadata, Report
from modelward.llm.redteam.context import LlmContext
from modelward.llm.redteam.endpoint import ChatEndpoint, HttpEndpoint

PROBE_PREFIX = "llm.probe."


def assess_endpoints(targets: Sequence[tuple[str, ChatEndpoint]], *, only: Sequence[str] = (), seed: int = 0,
                     params: Mapping[str, Any] | None = None, subject: str = "",
                     on_check: Callable[[str, int, int], None] | None = None) -> Report:
    """Every registered probe check (or those whose id starts with an `only` prefix) on each (label,
    endpoint); findings of all runs in one report."""
    from modelward import __version__
    from modelward.core.assess import run_checks, select_checks

    prefixes = tuple(only) or (PROBE_PREFIX,)
    checks = [c for c in select_checks(None, prefixes, params or {}) if c.id.startswith(PROBE_PREFIX)]
    findings, skipped, errors = [], [], []
    for label, endpoint in targets:
        ctx = LlmContext(endpoint, label, seed)
        f, s, e = run_checks(cast(Any, ctx), checks, on_check)  # the checks take an LlmContext (applies() says so)
        findings += f
        skipped += s
        errors += e
    return Report(Metadata(__version__, "assess --llm", subject=subject or ", ".join(e.name for _, e in targets)),
                  tuple(findings), tuple(skipped), tuple(errors))


def assess_llm(endpoint: str, *, model: str = "", token: str | None = None, proxy: str | None = None,
               proxy_token: str | None = None, timeout_s: float = 60.0, **kw: Any) -> Report:
    """The probes against `endpoint` (an OpenAI-compatible base URL), and through `proxy` too when given."""
    targets: list[tuple[str, ChatEndpoint]] = [("direct", HttpEndpoint(endpoint, model, token, timeout_s))]
    if proxy:
        targets.append(("through the guard proxy", HttpEndpoint(proxy, model, proxy_token, timeout_s)))
    return assess_endpoints(targets, subject=endpoint, **kw)
