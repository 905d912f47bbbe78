"""The HTTP face of the gateway (FastAPI): routes, each with the one permission it needs.

Deny by default: every route is declared in `ROUTES` with its permission, or in `PUBLIC` (the two
health probes); `create_app` refuses to build an app holding any other route.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from modelward.core.errors import require
from modelward.gateway import admin
from modelward.gateway.openapi import QUERY, request_body, responses
from modelward.gateway.rbac import Permission
from modelward.gateway.service import Gateway, Handler, read_limited

P = Permission
PUBLIC = frozenset({"/v2/health/live", "/v2/health/ready"})


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    permission: Permission
    handler: Callable[..., Handler]  # (gateway, **path params) -> handler
    summary: str
    body: str | None = None


def _infer(protocol: str) -> Callable[..., Handler]:
    def make(gw: Gateway, name: str, version: str | None = None) -> Handler:
        if version is not None:
            served = gw.models.get(name)
            if served is not None and served.version != version:
                async def wrong(call: Any, read: Any) -> tuple[int, Any]:
                    from modelward.gateway.service import Refusal

                    raise Refusal(404, "no_such_version", f"model {name!r} serves version {served.version}, "
                                                          f"not {version[:40]!r}")
                return wrong
        return gw.infer_handler(name, protocol)
    return make


def _plain(fn: Callable[..., Any]) -> Callable[..., Handler]:
    def make(gw: Gateway, **params: str) -> Handler:
        async def handle(call: Any, read: Any) -> tuple[int, Any]:
            return 200, fn(gw, **params)
        return handle
    return make


def _server_metadata(gw: Gateway) -> dict[str, Any]:
    from modelward import __version__

    return {"name": "modelward", "version": __version__, "extensions": []}


def _model_metadata(gw: Gateway, name: str) -> dict[str, Any]:
    return gw.served(name).metadata()


def _model_ready(gw: Gateway, name: str) -> dict[str, Any]:
    return {"name": name, "ready": gw.served(name) is not None}


def _metrics(gw: Gateway) -> Handler:
    async def handle(call: Any, read: Any) -> tuple[int, Any]:
        from modelward.gateway.service import Raw, Refusal

        if gw.metrics is None:
            raise Refusal(404, "no_metrics", "metrics are not enabled")
        data, media_type = gw.metrics.render()
        return 200, Raw(data, media_type)
    return handle


def _alerts(gw: Gateway) -> Handler:
    async def handle(call: Any, read: Any) -> tuple[int, Any]:
        from modelward.gateway.service import Refusal

        try:
            since = float(call.query["since"]) if "since" in call.query else None
            limit = int(call.query.get("limit", 100))
        except ValueError:
            raise Refusal(422, "invalid_input", "'since' must be a number (seconds since the epoch) and 'limit' "
                                                "an integer") from None
        if not 1 <= limit <= 1000:
            raise Refusal(422, "invalid_input", "'limit' must be from 1 to 1000")
        return 200, {"alerts": gw.alerts.list(since, limit), "suppressed": gw.alerts.suppressed,
                     "webhook": {"sent": gw.alerts.sent, "dropped": gw.alerts.dropped}}
    return handle


def _list_models(gw: Gateway) -> dict[str, Any]:
    return {"models": [{"name": m.name, "version": m.version, "signature": m.signature}
                       for m in gw.models.active.values()]}


ROUTES: tuple[Route, ...] = (
    Route("GET", "/v2", P.READ_MODELS, _plain(_server_metadata), "Server metadata (OIP v2)"),
    Route("GET", "/v2/models/{name}", P.READ_MODELS, _plain(_model_metadata), "Model metadata (OIP v2)"),
    Route("GET", "/v2/models/{name}/ready", P.READ_MODELS, _plain(_model_ready), "Model readiness (OIP v2)"),
    Route("POST", "/v2/models/{name}/infer", P.INFER, _infer("v2"), "Inference (OIP v2)", "v2"),
    Route("POST", "/v2/models/{name}/versions/{version}/infer", P.INFER, _infer("v2"),
          "Inference on a given version (OIP v2)", "v2"),
    Route("POST", "/v1/models/{name}/predict", P.INFER, _infer("v1"), "Predict on rows given as objects", "v1"),
    Route("GET", "/v1/models", P.READ_MODELS, _plain(_list_models), "The served models and their versions"),
    Route("POST", "/v1/admin/api-keys", P.MANAGE_KEYS, admin.create_key, "Create an API key (shown once)",
          "key"),
    Route("GET", "/v1/admin/api-keys", P.MANAGE_KEYS, admin.list_keys, "List API keys (never their secrets)"),
    Route("DELETE", "/v1/admin/api-keys/{key_id}", P.MANAGE_KEYS, admin.revoke_key, "Revoke an API key"),
    Route("POST", "/v1/admin/models/{name}/activate", P.MANAGE_MODELS, admin.activate,
          "Switch the active version (verified and scanned first)", "activate"),
    Route("POST", "/v1/admin/models/{name}/rollback", P.MANAGE_MODELS,
          lambda gw, name: admin.activate(gw, name, rollback=True), "Return to the previous version"),
    Route("GET", "/v1/audit/verify", P.READ_AUDIT, admin.verify_audit, "Verify the audit chain and checkpoints"),
    Route("GET", "/v1/alerts", P.READ_ALERTS, _alerts, "Recent alerts (guards, limits, behaviour, audit)"),
    Route("GET", "/metrics", P.READ_METRICS, _metrics, "Prometheus metrics"),
    Route("GET", "/v1/openapi.json", P.READ_MODELS, _plain(lambda gw: gw.openapi()), "This API's OpenAPI document"),
)


def create_app(gateway: Gateway, extra_routes: Any = ()) -> Any:
    """The FastAPI app serving `gateway`; closing it closes the audit log (the head is signed).
    `extra_routes`: routes of an extension (the LLM proxy), objects with method, path, permission (its value,
    e.g. "infer"), handler, summary and body; one with the method and path of a built-in route replaces it."""
    require("fastapi", "serve", "modelward serve")
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, Response
    from starlette.exceptions import HTTPException

    routes_extra = [Route(r.method, r.path, Permission(r.permission), r.handler, r.summary, r.body)
                    for r in extra_routes]

    @asynccontextmanager
    async def lifespan(app: Any) -> Any:
        # What exists at start (models, rules, lexicons: some 140,000 objects with the injection guard) is moved
        # out of the collector's reach: a full collection over them took 80-140 ms, one request in a few
        # thousand paid it (bench/llm/latency.py --freeze: worst prompt 98-140 ms -> 4-21 ms). Undone at
        # shutdown, so nothing stays pinned.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
        gateway.audit.close()
        gateway.alerts.close()
        gateway.audit.db.close()  # stops its WAL checkpoints; the engine reconnects if used again

    from modelward import __version__

    app: FastAPI = _with_front(FastAPI)(
                  title="modelward gateway", version=__version__, lifespan=lifespan, openapi_url=None,
                  docs_url=None, redoc_url=None,
                  description="A model behind authentication, RBAC, limits, input validation, guards, output "
                              "hardening and a tamper-evident audit log.")

    @app.get("/v2/health/live", summary="Liveness (no credentials)", tags=["health"])
    async def live() -> dict[str, bool]:
        return {"live": True}

    @app.get("/v2/health/ready", summary="Readiness (no credentials)", tags=["health"],
             responses={503: {"description": "not ready"}})
    async def ready() -> Any:
        ok = (bool(gateway.models.active) or bool(routes_extra)) and gateway.audit.alive
        return JSONResponse({"ready": ok}, status_code=200 if ok else 503)

    chosen = {(r.method, r.path): r for r in (*ROUTES, *routes_extra)}
    for route in chosen.values():
        _add(app, gateway, route, Request, Response)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Any, exc: Any) -> Any:
        return JSONResponse({"error": "invalid_input", "message": "the request does not fit the API",
                             "detail": [{"where": ".".join(map(str, e.get("loc", ()))), "message": e.get("msg", "")}
                                        for e in exc.errors()[:10]]}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Any, exc: Any) -> Any:
        return JSONResponse({"error": "http", "message": str(exc.detail)}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    _check_deny_by_default(app, routes_extra)
    app.front = Front(gateway, tuple(chosen.values()))  # type: ignore[attr-defined]
    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        spec: dict[str, Any] = plain_openapi()
        spec.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "an API key (mwk_...) or a JWT"},
            "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
        return spec

    gateway.openapi = openapi
    return app


def _add(app: Any, gateway: Gateway, route: Route, Request: Any, Response: Any) -> None:
    async def endpoint(request: Request) -> Response:
        params = dict(request.path_params)
        handler = route.handler(gateway, **params)
        headers = {k.lower(): v for k, v in request.headers.items()}

        async def read(limit: int) -> bytes:
            return await read_limited(request.stream(), headers.get("content-length"), limit)

        reply = await gateway.call(f"{route.method} {route.path}", route.permission, headers, read, handler,
                                   dict(request.query_params))
        if reply.stream is not None:
            from fastapi.responses import StreamingResponse

            return StreamingResponse(reply.stream, reply.status, dict(reply.headers), media_type=reply.media_type)
        return Response(reply.body, reply.status, dict(reply.headers), media_type=reply.media_type)

    endpoint.__annotations__ = {"request": Request, "return": Response}  # resolved here, not in module globals
    endpoint.__name__ = route.method.lower() + "_" + "".join(c if c.isalnum() else "_" for c in route.path)
    extra: dict[str, Any] = {"security": [{"bearer": []}, {"apiKey": []}],
                             "parameters": _path_parameters(route.path, gateway) + QUERY.get(route.path, [])}
    if route.body is not None:
        extra["requestBody"] = request_body(route.body)
    app.add_api_route(route.path, endpoint, methods=[route.method], summary=route.summary,
                      openapi_extra=extra, responses=responses(route), tags=[route.path.split("/")[1]])


def _path_parameters(path: str, gateway: Gateway) -> list[dict[str, Any]]:
    """The path's parameters, documented; a model name is one of the served models."""
    import re

    schemas = {"name": {"type": "string", "enum": [m.name for m in gateway.policy.models]},
               "version": {"type": "string",
                           "enum": sorted({v for m in gateway.policy.models for v in m.versions})}}
    return [{"name": p, "in": "path", "required": True, "schema": schemas.get(p, {"type": "string"})}
            for p in re.findall(r"{(\w+)}", path)]


def _check_deny_by_default(app: Any, extra: Any = ()) -> None:
    declared = {r.path for r in (*ROUTES, *extra)} | PUBLIC
    stray = [r.path for r in app.routes if getattr(r, "path", None) not in declared]
    if stray:
        raise RuntimeError(f"routes without a declared permission: {stray} (deny by default)")


class Front:
    """The declared routes served straight from ASGI, ahead of FastAPI's middleware, router and dependency
    solver and its Request/Response objects (they cost more CPU per call than the gateway's own checks):
    the same `Gateway.call` the FastAPI endpoints make, which catches every error itself. Any other
    request (the health probes, an unknown path or method) goes on to FastAPI, which also keeps
    documenting these routes in the OpenAPI spec."""

    def __init__(self, gateway: Gateway, routes: tuple[Route, ...]) -> None:
        import re

        self.gateway = gateway
        self.table: dict[str, list[tuple[Any, Route]]] = {}
        for route in routes:
            pattern = re.compile("^" + re.sub(r"{(\w+)}", r"(?P<\1>[^/]+)", route.path) + "$")
            self.table.setdefault(route.method, []).append((pattern, route))

    def find(self, scope: Any) -> tuple[Route, dict[str, str]] | None:
        """The declared route an HTTP request is for, with its path parameters."""
        for pattern, route in self.table.get(scope["method"], ()):
            match = pattern.match(scope["path"])
            if match is not None:
                return route, match.groupdict()
        return None

    async def serve(self, route: Route, params: dict[str, str], scope: Any, receive: Any, send: Any) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}

        async def stream() -> Any:
            from starlette.requests import ClientDisconnect

            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise ClientDisconnect()
                body = message.get("body", b"")
                if body:
                    yield body
                if not message.get("more_body", False):
                    return

        async def read(limit: int) -> bytes:
            return await read_limited(stream(), headers.get("content-length"), limit)

        query: dict[str, str] = {}
        if scope.get("query_string"):
            from starlette.datastructures import QueryParams

            query = dict(QueryParams(scope["query_string"]))
        reply = await self.gateway.call(f"{route.method} {route.path}", route.permission, headers, read,
                                        route.handler(self.gateway, **params), query)
        if reply.stream is not None:
            from starlette.responses import StreamingResponse

            response = StreamingResponse(reply.stream, reply.status, dict(reply.headers), media_type=reply.media_type)
            return await response(scope, receive, send)
        media_type = reply.media_type
        if media_type.startswith("text/") and "charset=" not in media_type.lower():
            media_type += "; charset=utf-8"
        raw = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in reply.headers.items()]
        raw += [(b"content-length", str(len(reply.body)).encode()), (b"content-type", media_type.encode("latin-1"))]
        await send({"type": "http.response.start", "status": reply.status, "headers": raw})
        await send({"type": "http.response.body", "body": reply.body})


def _with_front(base: Any) -> Any:
    """FastAPI with a `Front` consulted first for each HTTP request (set as `app.front`)."""

    class GatewayApp(base):  # type: ignore[misc]
        front: Front | None = None

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            if self.front is not None and scope["type"] == "http":
                found = self.front.find(scope)
                if found is not None:
                    return await self.front.serve(*found, scope, receive, send)
            await super().__call__(scope, receive, send)

    return GatewayApp
