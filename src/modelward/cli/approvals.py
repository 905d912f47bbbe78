"""`modelward approvals list|approve|deny --policy policy.yaml`: the LLM proxy's held dangerous tool calls, in
the gateway's database, decided from the command line as through `POST /v1/approvals/{id}`. Each decision is
recorded in the audit log."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.api_keys import JsonOption, PolicyOption, gateway_database

app = typer.Typer(help="List, approve and deny the tool calls the LLM proxy holds for a person's approval.",
                  no_args_is_help=True, add_completion=False)
NoteOption = Annotated[str, typer.Option(help="Why: kept with the decision and in the audit log.")]


@contextmanager
def _store(policy_path: Path) -> Any:
    from modelward.llm.tools.approvals import ApprovalStore

    with gateway_database(policy_path) as (db, audit):
        yield ApprovalStore(db), audit


def _who() -> str:
    return f"cli:{os.environ.get('USER', '')}"


@app.command("list")
def list_approvals(policy: PolicyOption = Path("policy.yaml"),
                   status: Annotated[str | None, typer.Option(help="pending, approved, denied, used, expired.")] = None,
                   client: Annotated[str | None, typer.Option(help="Only this client's.")] = None,
                   as_json: JsonOption = False) -> None:
    """The most recent requests first, with the tool and its arguments."""
    from modelward.llm.tools.approvals import STATUSES

    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"expected one of {', '.join(STATUSES)}", param_hint="--status")
    with _store(policy) as (store, _audit):
        found = store.list(status, client, 1000)
    if as_json:
        typer.echo(json.dumps([a.to_dict() for a in found], indent=2))
        return
    for a in found:
        typer.echo(f"{a.id}  {a.status:8s}  {a.client_id}  {a.tool}  {a.arguments[:120]}")


def _decide(approval_id: str, approve: bool, policy: Path, note: str) -> None:
    import time

    from modelward.llm.tools.approvals import ApprovalError

    with _store(policy) as (store, audit):
        try:
            approval = store.decide(approval_id, approve, _who(), note)
        except ApprovalError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        audit.write({"time": time.time(), "kind": "admin", "route": "cli approvals", "client": _who(),
                     "role": "operator", "auth": "local", "status": 0,
                     "action": {"approval": approval.id, "approval_decision": approval.status, "tool": approval.tool,
                                "for_client": approval.client_id, "note": approval.note}})
    typer.echo(f"{approval.status} {approval.id}: {approval.tool} for {approval.client_id}")


@app.command("approve")
def approve(approval_id: Annotated[str, typer.Argument(help="The request's id (approvals list).")],
            policy: PolicyOption = Path("policy.yaml"), note: NoteOption = "") -> None:
    """Let the held call through once, when the model asks for it again."""
    _decide(approval_id, True, policy, note)


@app.command("deny")
def deny(approval_id: Annotated[str, typer.Argument(help="The request's id (approvals list).")],
         policy: PolicyOption = Path("policy.yaml"), note: NoteOption = "") -> None:
    """Refuse the held call; it stays refused."""
    _decide(approval_id, False, policy, note)
