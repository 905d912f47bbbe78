"""Who may do what: four roles, one permission per route, deny by default.

A route names the permission it needs; a role holds a fixed set of permissions; anything not granted
is refused (403), and so is a role that is not one of the four.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Permission(StrEnum):
    INFER = "infer"                   # call a model
    READ_MODELS = "models:read"       # model metadata, schema
    MANAGE_MODELS = "models:manage"   # switch the active version, roll back
    MANAGE_KEYS = "keys:manage"       # create, list, revoke API keys
    READ_AUDIT = "audit:read"         # the audit log and its verification
    READ_ALERTS = "alerts:read"
    READ_METRICS = "metrics:read"
    APPROVE_TOOLS = "tools:approve"   # approve or deny an LLM's held dangerous tool calls


_P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "client": frozenset({_P.INFER, _P.READ_MODELS}),
    "operator": frozenset({_P.INFER, _P.READ_MODELS, _P.MANAGE_MODELS, _P.READ_METRICS, _P.READ_ALERTS,
                           _P.APPROVE_TOOLS}),
    "auditor": frozenset({_P.READ_MODELS, _P.READ_AUDIT, _P.READ_ALERTS, _P.READ_METRICS}),
    "admin": frozenset(Permission),
}


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: who, in which role, how (api-key or jwt) and with which credential."""

    client_id: str
    role: str
    method: str
    credential: str = ""


def allowed(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
