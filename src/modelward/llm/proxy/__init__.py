"""The OpenAI-compatible LLM proxy (`modelward serve --llm UPSTREAM`), served by the gateway: its keys, roles,
rate limits, audit log, alerts and metrics; the proxy adds token and money budgets, loop detection,
streaming, and the LLM guards on every call.

    from modelward.llm.proxy import proxy_routes
    app = create_app(gateway, proxy_routes(gateway))   # the gateway's app with the proxy's routes
"""

from __future__ import annotations

from typing import Any


def proxy_routes(gateway: Any) -> list[Any]:
    """The proxy's routes for a gateway built from a policy with an `llm:` section."""
    from modelward.llm.proxy.policy import parse_llm_policy
    from modelward.llm.proxy.service import LlmProxy

    section = getattr(gateway.policy, "llm", None)
    if section is None:
        from modelward.core.errors import ConfigError

        raise ConfigError(f"{gateway.policy.source}: llm: required to serve the LLM proxy (or serve --llm URL)")
    policy = parse_llm_policy(section, gateway.policy.source, ("admin", "operator", "client", "auditor"))
    return LlmProxy(gateway, policy).routes()
