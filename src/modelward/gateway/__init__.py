"""The secure inference gateway (`modelward serve`): a model behind authentication, RBAC, limits, input
validation, guards, output hardening and a tamper-evident audit log.

    from modelward.gateway import load_policy, build_gateway, create_app
    app = create_app(build_gateway(load_policy("policy.yaml")))

FastAPI, SQLAlchemy, PyJWT and cryptography are the `serve` extra; they are imported only when used.
"""

from __future__ import annotations

from typing import Any

from modelward.gateway.policy import Policy, load_policy

__all__ = ["Policy", "build_gateway", "create_app", "load_policy"]


def build_gateway(policy: Policy, **kw: Any) -> Any:
    """See `modelward.gateway.server.build_gateway`."""
    from modelward.gateway.server import build_gateway as build

    return build(policy, **kw)


def create_app(gateway: Any, extra_routes: Any = ()) -> Any:
    """See `modelward.gateway.app.create_app`."""
    from modelward.gateway.app import create_app as create

    return create(gateway, extra_routes)
