"""`modelward audit verify`: check the gateway's audit chain and signed checkpoints; exit 1 when it was
tampered with, naming the first bad entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="The gateway's tamper-evident audit log.", no_args_is_help=True, add_completion=False)


@app.command("verify")
def verify(policy: Annotated[Path | None, typer.Option("--policy", "-p", help="The gateway policy (YAML).")] = None,
           database: Annotated[str | None, typer.Option(help="The database URL (instead of --policy).")] = None,
           public_key: Annotated[Path | None, typer.Option(
               help="The checkpoints' Ed25519 public key (default: the policy's, beside its signing key). "
                    "Keep a copy out of the server's reach.")] = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """Verify the chain and every checkpoint; exit 0 when intact, 1 when tampered with."""
    from modelward.cli.common import EXIT_FINDINGS, err_console
    from modelward.core.errors import ConfigError
    from modelward.gateway.audit_verify import verify_log
    from modelward.gateway.db import Database
    from modelward.gateway.signing import load_public, public_path

    if (policy is None) == (database is None):
        raise ConfigError("audit verify: give --policy, or --database with --public-key")
    if policy is not None:
        from modelward.gateway.policy import load_policy

        loaded = load_policy(policy)
        url, key_path = loaded.database, public_key or public_path(loaded.audit.signing_key)
    else:
        if public_key is None:
            raise ConfigError("audit verify --database needs --public-key")
        url, key_path = str(database), public_key
    result = verify_log(Database(url), [load_public(key_path)])
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    elif result.ok:
        tail = (f"; {result.unsigned} entries after the last checkpoint are chained but not yet signed"
                if result.unsigned else "; every entry is covered by a signed checkpoint")
        typer.echo(f"audit log intact: {result.entries} entries, {result.checkpoints} checkpoints{tail}")
    else:
        bad = result.first_bad
        assert bad is not None
        err_console.print(f"[bold red]audit log TAMPERED[/]: first bad entry {bad.seq}: {bad.message}")
        for p in result.problems[1:]:
            err_console.print(f"  also: {p.message}")
    if not result.ok:
        raise typer.Exit(EXIT_FINDINGS)
