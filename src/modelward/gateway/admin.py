"""Administration through the API: API keys, model versions, audit verification. Each is a handler
for `Gateway.call`, so it is authenticated, authorised, rate-limited and audited like any call."""

from __future__ import annotations

from typing import Any

from modelward.core.errors import ModelwardError
from modelward.gateway.service import BodyReader, Call, Gateway, Handler, Refusal


def _keys(gw: Gateway) -> Any:
    if gw.keys is None:
        raise Refusal(404, "api_keys_disabled", "API keys are disabled by the policy (auth.api_keys: false)")
    return gw.keys


def create_key(gw: Gateway) -> Handler:
    async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
        doc = await gw.json_body(call, read)
        unknown = sorted(set(doc) - {"client_id", "role", "note"})
        if unknown:
            raise Refusal(422, "invalid_input", f"unknown field {unknown[0]!r}; expected client_id, role, note")
        client, role, note = doc.get("client_id"), doc.get("role", "client"), doc.get("note", "")
        if not isinstance(note, str):
            raise Refusal(422, "invalid_input", "'note' must be a string")
        try:
            info, key = _keys(gw).create(client, role, note)
        except ModelwardError as exc:
            raise Refusal(422, "invalid_input", str(exc)) from None
        call.extra["action"] = {"create_key": info.key_id, "for": info.client_id, "role": info.role}
        return 201, {**info.to_dict(), "key": key}
    return handle


def list_keys(gw: Gateway) -> Handler:
    async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
        return 200, {"keys": [k.to_dict() for k in _keys(gw).list()]}
    return handle


def revoke_key(gw: Gateway, key_id: str) -> Handler:
    async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
        try:
            info = _keys(gw).revoke(key_id)
        except ModelwardError as exc:
            raise Refusal(404, "no_such_key", str(exc)) from None
        call.extra["action"] = {"revoke_key": info.key_id}
        return 200, info.to_dict()
    return handle


def activate(gw: Gateway, name: str, rollback: bool = False) -> Handler:
    async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
        gw.served(name)
        version = None
        if not rollback:
            doc = await gw.json_body(call, read)
            version = doc.get("version")
            if not isinstance(version, str | int) or isinstance(version, bool):
                raise Refusal(422, "invalid_input", "'version' must name a version of the model")
        import anyio

        try:
            served = await anyio.to_thread.run_sync(
                (lambda: gw.models.rollback(name)) if rollback else (lambda: gw.models.activate(name, str(version))))
        except ModelwardError as exc:
            call.extra["action"] = {"rollback" if rollback else "activate": name, "version": version,
                                    "refused": str(exc)[:300]}
            raise Refusal(409, "not_activated", f"model {name!r} unchanged: {exc}") from None
        call.extra["action"] = {"rollback" if rollback else "activate": name, "version": served.version}
        return 200, {"model": name, "active": served.version, "signature": served.signature}
    return handle


def verify_audit(gw: Gateway) -> Handler:
    async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
        import anyio

        from modelward.gateway.audit_verify import verify_log

        result = await anyio.to_thread.run_sync(lambda: verify_log(gw.audit.db, [gw.audit.key.public_key()]))
        return 200, result.to_dict()
    return handle
