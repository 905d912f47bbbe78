"""`modelward serve MODEL --policy policy.yaml`: the secure inference gateway; also registers the
`api-keys` and `audit` groups. Thin: the library (`modelward.gateway`) does the work."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

PolicyOption = Annotated[Path, typer.Option("--policy", "-p", help="The gateway policy (YAML).")]


def serve_command(
    model: Annotated[Path | None, typer.Argument(help="The model file (when the policy serves one model).")] = None,
    policy: PolicyOption = Path("policy.yaml"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    check: Annotated[bool, typer.Option("--check", help="Load and verify everything, then exit.")] = False,
    llm: Annotated[str | None, typer.Option("--llm", metavar="UPSTREAM", help=(
        "Serve the OpenAI-compatible LLM proxy in front of UPSTREAM (e.g. http://127.0.0.1:8080/v1); the "
        "policy's llm section sets models, prices and budgets."))] = None,
) -> None:
    """Serve a model behind authentication, RBAC, limits, input validation, guards, output hardening and a
    tamper-evident audit log. The model is loaded only after it passes the scanner (and its signature
    verifies, when the policy sets require_signature)."""
    from modelward.cli.common import err_console
    from modelward.gateway.server import build_gateway, policy_with_model, run

    if llm is not None:
        return _serve_llm(policy, llm, host, port, check)
    loaded = policy_with_model(policy, model)
    if check:
        gateway = build_gateway(loaded)
        gateway.audit.close()
        for m in gateway.models.active.values():
            err_console.print(f"model {m.name} version {m.version}: loaded (scanned; signature {m.signature}); "
                              f"{len(m.schema.names)} features, guards: {[g.id for g in m.guards.guards] or 'none'}")
        return
    err_console.print(f"modelward gateway on http://{host}:{port} (policy {policy})")
    run(loaded, host, port)


def _serve_llm(policy: Path, upstream: str, host: str, port: int, check: bool) -> None:
    from modelward.cli.common import err_console
    from modelward.gateway.server import build_gateway, policy_with_llm, run
    from modelward.llm.proxy import proxy_routes

    loaded = policy_with_llm(policy, upstream)
    if check:
        gateway = build_gateway(loaded)
        routes = proxy_routes(gateway)
        gateway.audit.close()
        guards = [g.id for g in gateway.text_guards.guards] if gateway.text_guards is not None else []
        err_console.print(f"LLM proxy to {upstream}: {', '.join(r.path for r in routes)}; guards: {guards or 'none'}")
        return
    err_console.print(f"modelward LLM proxy on http://{host}:{port}/v1 -> {upstream} (policy {policy})")
    run(loaded, host, port, routes=proxy_routes)


def register(app: Any) -> None:
    from modelward.cli import api_keys, approvals, audit

    app.command("serve")(serve_command)
    app.add_typer(api_keys.app, name="api-keys")
    app.add_typer(approvals.app, name="approvals")
    app.add_typer(audit.app, name="audit")
