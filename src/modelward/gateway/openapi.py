"""The documented request bodies and responses of the API (JSON Schema), for the OpenAPI document.

Bodies are parsed by the gateway itself (`protocol.py`: strict, with precise errors, without building
an oversized batch); these schemas document what it accepts.
"""

from __future__ import annotations

from typing import Any

_NUMBER = {"type": "number"}
_TENSOR = {
    "type": "object", "required": ["name", "shape", "datatype", "data"],
    "properties": {
        "name": {"type": "string"},
        "shape": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 1, "maxItems": 2},
        "datatype": {"type": "string", "enum": ["FP16", "FP32", "FP64", "INT8", "INT16", "INT32", "INT64",
                                                "UINT8", "UINT16", "UINT32", "UINT64"]},
        "data": {"type": "array", "items": {"anyOf": [_NUMBER, {"type": "array", "items": _NUMBER}]}},
        "parameters": {"type": "object"},
    },
}
_ID = {"type": "string", "pattern": "^[A-Za-z0-9._:\\-]{1,128}$"}
BODIES: dict[str, dict[str, Any]] = {
    "v2": {"type": "object", "required": ["inputs"], "properties": {
        "id": _ID, "parameters": {"type": "object"},
        "inputs": {"type": "array", "items": _TENSOR, "minItems": 1},
        "outputs": {"type": "array", "items": {"type": "object"}}}},
    "v1": {"type": "object", "properties": {
        "id": _ID,
        "rows": {"type": "array", "items": {"type": "object", "additionalProperties": _NUMBER},
                 "description": "one object per row: {feature name: value}"},
        "instances": {"type": "array", "items": {"type": "array", "items": _NUMBER},
                      "description": "KServe v1 form: one list of feature values per row"}}},
    "key": {"type": "object", "required": ["client_id"], "additionalProperties": False, "properties": {
        "client_id": {"type": "string", "pattern": "^[A-Za-z0-9._@:\\-]{1,128}$"},
        "role": {"type": "string", "enum": ["admin", "operator", "client", "auditor"]},
        "note": {"type": "string", "maxLength": 200}}},
    "activate": {"type": "object", "required": ["version"], "properties": {"version": {"type": "string"}}},
}
_ERROR = {"description": "", "content": {"application/json": {"schema": {
    "type": "object", "required": ["error", "message"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"},
                   "detail": {"type": "array", "items": {"type": "object"}}}}}}}
_STATUSES = {401: "no or bad credentials", 403: "the role may not do this, or a guard refused", 404: "no such model",
             429: "rate limit or daily budget reached (Retry-After)", 503: "the audit log cannot record the call"}
_BODY_STATUSES = {413: "body or batch too large", 422: "malformed JSON, wrong shape or outside the input schema"}


def request_body(name: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": BODIES[name]}}}


QUERY: dict[str, list[dict[str, Any]]] = {
    "/v1/alerts": [{"name": "since", "in": "query", "required": False, "schema": {"type": "number"}},
                   {"name": "limit", "in": "query", "required": False,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}],
}


def responses(route: Any) -> dict[int | str, dict[str, Any]]:
    statuses = dict(_STATUSES)
    if route.body is not None:
        statuses.update(_BODY_STATUSES)
    if route.body in ("v1", "v2"):
        statuses[504] = "the model did not answer in time"
    out: dict[int | str, dict[str, Any]] = {200: {"description": "success"}}
    for status, text in statuses.items():
        out[status] = {**_ERROR, "description": text}
    return out
