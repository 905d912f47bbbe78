"""`modelward api-keys create|list|revoke --policy policy.yaml`: the gateway's API keys, in its database.
Each change is recorded in the audit log, like one made through the admin API."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(help="Create, list and revoke the gateway's API keys (stored only as salted hashes).",
                  no_args_is_help=True, add_completion=False)

PolicyOption = Annotated[Path, typer.Option("--policy", "-p", help="The gateway policy (YAML).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


@contextmanager
def gateway_database(policy_path: Path) -> Any:
    """The database and audit log of the gateway `policy_path` configures, closed (the log's head signed) after."""
    from modelward.gateway.audit import AuditLog
    from modelward.gateway.policy import load_policy
    from modelward.gateway.server import open_database
    from modelward.gateway.signing import load_or_create

    policy = load_policy(policy_path)
    db = open_database(policy)
    audit = AuditLog(db, load_or_create(policy.audit.signing_key), policy.audit.checkpoint_every,
                     policy.audit.checkpoint_seconds)
    try:
        yield db, audit
    finally:
        audit.close()
        db.close()


@contextmanager
def _store(policy_path: Path) -> Any:
    from modelward.gateway.keys import ApiKeyStore

    with gateway_database(policy_path) as (db, audit):
        yield ApiKeyStore(db, 0.0), audit


def _record(audit: Any, action: dict[str, Any]) -> None:
    import time

    user = os.environ.get("USER", "")
    audit.write({"time": time.time(), "kind": "admin", "route": "cli api-keys", "client": f"cli:{user}",
                 "role": "admin", "auth": "local", "status": 0, "action": action})


@app.command("create")
def create(client: Annotated[str, typer.Argument(help="The client the key stands for.")],
           policy: PolicyOption = Path("policy.yaml"),
           role: Annotated[str, typer.Option(help="admin, operator, client or auditor.")] = "client",
           note: Annotated[str, typer.Option(help="A note kept with the key.")] = "",
           as_json: JsonOption = False) -> None:
    """Create a key; it is printed once and never stored in clear."""
    with _store(policy) as (store, audit):
        info, key = store.create(client, role, note)
        _record(audit, {"create_key": info.key_id, "for": info.client_id, "role": info.role})
    if as_json:
        typer.echo(json.dumps({**info.to_dict(), "key": key}))
    else:
        typer.echo(key)
        typer.echo(f"key {info.key_id} for {info.client_id} ({info.role}); shown once, keep it secret", err=True)


@app.command("list")
def list_keys(policy: PolicyOption = Path("policy.yaml"), as_json: JsonOption = False) -> None:
    """List the keys (ids, clients, roles, when revoked); never their secrets."""
    with _store(policy) as (store, _audit):
        keys = store.list()
    if as_json:
        typer.echo(json.dumps([k.to_dict() for k in keys], indent=2))
        return
    for k in keys:
        state = "revoked" if k.revoked else "active"
        typer.echo(f"{k.key_id}  {k.client_id}  {k.role}  {state}  {k.note}")


@app.command("revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="The key's id (api-keys list).")],
           policy: PolicyOption = Path("policy.yaml")) -> None:
    """Revoke a key; replicas stop accepting it within auth.key_cache_s seconds."""
    with _store(policy) as (store, audit):
        info = store.revoke(key_id)
        _record(audit, {"revoke_key": info.key_id})
    typer.echo(f"revoked {info.key_id} ({info.client_id})")
