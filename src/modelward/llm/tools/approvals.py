"""A person's approval of a dangerous tool call, kept in the gateway's database (`mw_tool_approvals`).

A call to a tool the policy marks dangerous is held: a pending request is recorded and the response refused
with its id. A person with the `tools:approve` permission approves or denies it (`decide`); when the model
asks for the same call again, the approval is taken, once (`take`). "The same call" is the same client,
tool and arguments (JSON re-serialised with sorted keys, so spacing and key order do not matter; arguments
that are not JSON compare as written). Requests expire after `ttl_s`, approved or not. Pending requests per
client are bounded (`max_pending`): past the bound a held call is refused and says why, rather than queued.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from modelward.llm.tools.policy import ToolCall

STATUSES = ("pending", "approved", "denied", "used", "expired")
MAX_SHOWN_ARGUMENTS = 16_000  # characters of the arguments kept for the person deciding (the digest covers all)


class ApprovalError(ValueError):
    """An approval request that cannot be decided as asked: `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class TooManyPending(ApprovalError):
    def __init__(self, client: str, bound: int) -> None:
        super().__init__(429, f"{bound} tool-call approvals are already pending for client {client!r}: the bound; "
                              "a person must decide them first")


@dataclass(frozen=True)
class Approval:
    id: str
    client_id: str
    tool: str
    arguments: str
    digest: str
    request_id: str
    created: float
    expires: float
    status: str
    decided_by: str = ""
    decided_at: float | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def canonical_arguments(arguments: str | Mapping[str, Any] | None) -> str:
    """The arguments as JSON with sorted keys and no spacing; a string that is not JSON as it is."""
    try:
        value = json.loads(arguments) if isinstance(arguments, str) else arguments
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return arguments if isinstance(arguments, str) else repr(arguments)


def call_digest(client: str, call: ToolCall) -> str:
    """What identifies a call for approval: sha256 of the client, the tool and the canonical arguments."""
    doc = json.dumps([client, call.name, canonical_arguments(call.arguments)], ensure_ascii=False)
    return hashlib.sha256(doc.encode("utf-8", "surrogatepass")).hexdigest()


class ApprovalStore:
    def __init__(self, db: Any, ttl_s: float = 3600.0, max_pending: int = 100,
                 on_new: Callable[[Approval], None] | None = None) -> None:
        self.db = db
        self.table = db.tables["tool_approvals"]
        self.ttl_s = ttl_s
        self.max_pending = max_pending
        self.on_new = on_new  # told of each request once, when it is recorded (the proxy raises an alert)
        self.notify_errors = 0

    def hold(self, client: str, call: ToolCall, request_id: str = "", now: float | None = None) -> Approval:
        """The pending request for this call (recorded now, or the one already waiting); TooManyPending past
        the client's bound."""
        now = time.time() if now is None else now
        t, digest = self.table, call_digest(client, call)
        with self.db.engine.begin() as conn:
            row = conn.execute(t.select().where(t.c.digest == digest, t.c.client_id == client,
                                                t.c.status == "pending", t.c.expires > now)).first()
            if row is not None:
                return _approval(row, now)
            pending = conn.execute(t.select().where(t.c.client_id == client, t.c.status == "pending",
                                                    t.c.expires > now).limit(self.max_pending)).all()
            if len(pending) >= self.max_pending:
                raise TooManyPending(client, self.max_pending)
            approval = Approval(secrets.token_hex(12), client, call.name[:128],
                                canonical_arguments(call.arguments)[:MAX_SHOWN_ARGUMENTS], digest, request_id[:64],
                                now, now + self.ttl_s, "pending")
            conn.execute(t.insert().values(**approval.to_dict()))
        if self.on_new is not None:
            try:
                self.on_new(approval)
            except Exception:  # the call is held and listed either way; a failed notice is counted, not raised
                self.notify_errors += 1
        return approval

    def take(self, client: str, call: ToolCall, now: float | None = None) -> Approval | None:
        """The approval of this call, marked used (so it allows the call once), or None."""
        now = time.time() if now is None else now
        t, digest = self.table, call_digest(client, call)
        with self.db.engine.begin() as conn:
            rows = conn.execute(t.select().where(t.c.digest == digest, t.c.client_id == client,
                                                 t.c.status == "approved", t.c.expires > now)
                                .order_by(t.c.decided_at)).all()
            for row in rows:  # another process may take one first: the update says who did
                done = conn.execute(t.update().where(t.c.id == row.id, t.c.status == "approved")
                                    .values(status="used"))
                if done.rowcount == 1:
                    return _approval(row, now)
        return None

    def give_back(self, approval_id: str) -> None:
        """An approval taken for a response that was refused after all: usable again."""
        t = self.table
        with self.db.engine.begin() as conn:
            conn.execute(t.update().where(t.c.id == approval_id, t.c.status == "used").values(status="approved"))

    def decide(self, approval_id: str, approve: bool, who: str, note: str = "",
               now: float | None = None) -> Approval:
        now = time.time() if now is None else now
        t = self.table
        with self.db.engine.begin() as conn:
            row = conn.execute(t.select().where(t.c.id == approval_id)).first()
            if row is None:
                raise ApprovalError(404, f"no tool-call approval request {approval_id[:40]!r}")
            current = _approval(row, now)
            if current.status != "pending":
                raise ApprovalError(409, f"approval request {approval_id} is {current.status}: only a pending one "
                                         "can be decided")
            status = "approved" if approve else "denied"
            done = conn.execute(t.update().where(t.c.id == approval_id, t.c.status == "pending")
                                .values(status=status, decided_by=who[:128], decided_at=now, note=note[:200]))
            if done.rowcount != 1:
                raise ApprovalError(409, f"approval request {approval_id} was decided meanwhile")
        return Approval(**{**current.to_dict(), "status": status, "decided_by": who[:128], "decided_at": now,
                           "note": note[:200]})

    def list(self, status: str | None = None, client: str | None = None, limit: int = 100,
             now: float | None = None) -> list[Approval]:
        """The most recent requests first; `status` as shown (a pending or approved one past its time is
        "expired")."""
        now = time.time() if now is None else now
        t = self.table
        query = t.select().order_by(t.c.created.desc())
        if client is not None:
            query = query.where(t.c.client_id == client)
        if status in ("pending", "approved"):
            query = query.where(t.c.status == status, t.c.expires > now)
        elif status == "expired":
            query = query.where(t.c.status.in_(("pending", "approved")), t.c.expires <= now)
        elif status is not None:
            query = query.where(t.c.status == status)
        with self.db.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return [_approval(r, now) for r in rows]


def _approval(row: Any, now: float) -> Approval:
    status = row.status
    if status in ("pending", "approved") and row.expires <= now:
        status = "expired"
    return Approval(row.id, row.client_id, row.tool, row.arguments, row.digest, row.request_id, row.created,
                    row.expires, status, row.decided_by or "", row.decided_at, row.note or "")
