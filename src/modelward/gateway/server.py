"""Assemble a gateway from a policy, and run it on uvicorn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import require
from modelward.gateway.audit import AuditLog
from modelward.gateway.auth import Authenticator
from modelward.gateway.behaviour import BehaviourModel, BehaviourStore
from modelward.gateway.db import Database
from modelward.gateway.keys import ApiKeyStore
from modelward.gateway.limits import LimitStore, MemoryLimits
from modelward.gateway.models import ModelRegistry
from modelward.gateway.policy import Policy
from modelward.gateway.service import Gateway
from modelward.gateway.signing import load_or_create
from modelward.gateway.verifier import SignatureVerifier, installed_verifier

_UNSET: Any = object()


def open_database(policy: Policy) -> Database:
    return Database(policy.database, policy.audit.synchronous, checkpoint_s=1.0)


def build_gateway(policy: Policy, *, verifier: SignatureVerifier | None = _UNSET,
                  loader: Callable[..., ModelAdapter] | None = None, seed: int | None = None) -> Gateway:
    """Every part of the gateway, models loaded (verified, scanned) before anything is served.
    `verifier`: the signature check (default: the installed one); `loader`: the model loader (default:
    `modelward.api.load_model`, which scans first)."""
    if verifier is _UNSET:
        verifier = installed_verifier()
    models = ModelRegistry(policy, verifier, loader)
    db = open_database(policy)
    keys = ApiKeyStore(db, policy.auth.key_cache_s) if policy.auth.api_keys else None
    jwt = None
    if policy.auth.jwt is not None:
        from modelward.gateway.tokens import JwtVerifier

        jwt = JwtVerifier(policy.auth.jwt)
    audit = AuditLog(db, load_or_create(policy.audit.signing_key), policy.audit.checkpoint_every,
                     policy.audit.checkpoint_seconds)
    from modelward.gateway.metrics import Metrics

    gateway = Gateway(policy, models, Authenticator(keys, jwt), limit_store(policy), audit, keys, seed,
                      metrics=Metrics(), behaviour=behaviour_store(policy))
    if policy.llm is not None:  # the LLM proxy's guards read text: built with no model
        from modelward.gateway.pipeline import GuardPipeline

        gateway.text_guards = GuardPipeline.build(policy.guards, None, None, policy.guard_on_error)  # type: ignore[arg-type]
    return gateway


def limit_store(policy: Policy) -> LimitStore:
    """In this process by default; in Redis when the policy names `state: redis://...` (several replicas)."""
    if policy.state_url is not None and policy.state_url.startswith(("redis://", "rediss://")):
        from modelward.gateway.redis_limits import RedisLimits

        return RedisLimits(policy.state_url)
    return MemoryLimits(policy.limits.max_clients)


def behaviour_store(policy: Policy) -> BehaviourStore:
    """Per-client baselines in this process by default; in Redis with `state: redis://...`, so replicas
    judge each client against one baseline built from all its traffic."""
    if policy.state_url is not None and policy.state_url.startswith(("redis://", "rediss://")):
        from modelward.gateway.redis_behaviour import RedisBehaviour

        return RedisBehaviour(policy.state_url)
    return BehaviourModel(max_clients=policy.limits.max_clients)


def tune_process() -> None:
    """For a process that only serves: hand the GIL over every 0.5 ms instead of 5 ms, so the event loop,
    the audit writer and model threads do not wait up to 5 ms for one another (it cut the gateway's
    single-client latency from ~3.4 to ~1.9 ms per call in bench/gateway, before the fast path)."""
    import sys

    sys.setswitchinterval(0.0005)


def run(policy: Policy, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
        routes: Callable[[Gateway], Any] | None = None) -> None:
    """Serve until interrupted; on shutdown the audit log is flushed and its head signed. `routes`: the
    extension routes for the built gateway (the LLM proxy's)."""
    uvicorn: Any = require("uvicorn", "serve", "modelward serve")
    tune_process()
    from modelward.gateway.app import create_app

    gateway = build_gateway(policy)
    app = create_app(gateway, routes(gateway) if routes is not None else ())
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


def policy_with_llm(policy_path: Path, upstream: str) -> Policy:
    """The policy, with UPSTREAM (from `serve --llm`) as the LLM proxy's upstream."""
    from modelward.core.errors import ConfigError
    from modelward.gateway.policy import parse_policy, read_document

    doc = read_document(policy_path)
    if not isinstance(doc, dict):
        raise ConfigError(f"{policy_path}: expected a mapping")
    llm = doc.get("llm") or {}
    if not isinstance(llm, dict):
        raise ConfigError(f"{policy_path}: llm: expected a mapping (the LLM proxy's settings)")
    return parse_policy({**doc, "llm": {**llm, "upstream": upstream}}, policy_path.parent.resolve(), str(policy_path))


def policy_with_model(policy_path: Path, model: Path | None) -> Policy:
    """The policy, with MODEL (from the command line) as the single model's file when given."""
    from modelward.core.errors import ConfigError
    from modelward.gateway.policy import load_policy, parse_policy, read_document

    if model is None:
        return load_policy(policy_path)
    source = str(policy_path)
    doc = read_document(policy_path)
    if isinstance(doc, dict):
        models = doc.get("models")
        if isinstance(models, list) and len(models) > 1:
            raise ConfigError(f"{source}: MODEL given on the command line, but the policy serves "
                              f"{len(models)} models; give their files in the policy instead")
        entry = dict(models[0]) if isinstance(models, list) and models and isinstance(models[0], dict) else {}
        entry.setdefault("name", model.stem.replace(" ", "-") or "model")
        for k in ("path", "versions", "active"):
            entry.pop(k, None)
        entry["path"] = str(model.resolve())
        doc = {**doc, "models": [entry]}
    return parse_policy(doc, policy_path.parent.resolve(), source)
