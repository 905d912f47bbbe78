"""The gateway itself, free of any web framework: authenticate, authorise, limit, read, validate, guard,
predict, harden, audit, answer. The FastAPI app (`modelward.gateway.app`) only adapts HTTP to it.

Order of the checks on an inference call, each refusal with its status:
credentials (401) -> role (403) -> rate (429) -> body size (413) -> JSON and shape (422) -> batch size
(413) -> schema (422, or clip, or flag) -> daily row budget (429) -> guards' inspect (403) -> the model,
within the timeout (504) -> guards' filter (403) -> output hardening for the caller's role.
Every call, refused or served, becomes one audit record, committed before the answer is sent; when
the audit log cannot take it, the answer is withheld (503): nothing is served unrecorded.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.core.findings import Severity
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.gateway.alerts import Alert, AlertSink
from modelward.gateway.audit import AuditLog, sha256_hex
from modelward.gateway.auth import Authenticator, Unauthenticated
from modelward.gateway.behaviour import BehaviourModel, BehaviourStore, input_shift
from modelward.gateway.hardening import harden
from modelward.gateway.keys import ApiKeyStore
from modelward.gateway.limits import LimitStore
from modelward.gateway.metrics import Metrics
from modelward.gateway.models import ModelRegistry, ServedModel
from modelward.gateway.policy import Policy
from modelward.gateway.protocol import BatchTooLarge, parse_v1, parse_v2, render_v1, render_v2
from modelward.gateway.rbac import Permission, Principal, allowed
from modelward.gateway.redis_limits import LimitsUnavailable
from modelward.gateway.schema import InputError

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
ANONYMOUS = Principal("-", "-", "none")


def _refusal_like(exc: Exception) -> bool:
    """An exception shaped like Refusal (status, code, body()), raised by an extension's handler."""
    return isinstance(getattr(exc, "status", None), int) and isinstance(getattr(exc, "code", None), str) \
        and callable(getattr(exc, "body", None))


class Refusal(Exception):
    """A request the gateway answers with an error status; `code` is a stable machine-readable name."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None,
                 detail: list[dict[str, Any]] | None = None, audit: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.detail = detail
        self.audit = dict(audit or {})

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class Call:
    """What is known about one call so far; it becomes the audit record."""

    route: str
    request_id: str
    started: float
    principal: Principal = ANONYMOUS
    body_hash: str = ""
    query: Mapping[str, str] = field(default_factory=dict)
    shift: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Raw:
    """A payload sent as it is (not JSON), e.g. the Prometheus exposition."""

    data: bytes
    media_type: str


@dataclass(frozen=True)
class Streamed:
    """A payload sent while it is produced (server-sent events, the LLM proxy's streaming). The call's audit
    record is committed before the first byte; the producer records how the stream ended."""

    chunks: AsyncIterator[bytes]
    media_type: str = "text/event-stream"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: Mapping[str, str]
    media_type: str = "application/json"
    stream: AsyncIterator[bytes] | None = None


BodyReader = Callable[[int], Awaitable[bytes]]
Handler = Callable[[Call, BodyReader], Awaitable[tuple[int, Any]]]


async def read_limited(stream: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The body, refused (413) as soon as it is known to exceed `limit` bytes: by its declared
    Content-Length first, else while it streams in."""
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise Refusal(400, "bad_request", "Content-Length is not a number") from None
        if size > limit:
            raise Refusal(413, "body_too_large", f"the body is {size} bytes; at most {limit} are accepted "
                                                 "(limits.max_body_bytes)")
    chunks, total = [], 0
    async for chunk in stream:
        total += len(chunk)
        if total > limit:
            raise Refusal(413, "body_too_large", f"the body exceeds {limit} bytes (limits.max_body_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


class Gateway:
    def __init__(self, policy: Policy, models: ModelRegistry, authenticator: Authenticator, limits: LimitStore,
                 audit: AuditLog, keys: ApiKeyStore | None = None, seed: int | None = None,
                 alerts: AlertSink | None = None, behaviour: BehaviourStore | None = None,
                 metrics: Metrics | None = None) -> None:
        self.policy = policy
        self.models = models
        self.authenticator = authenticator
        self.limits = limits
        self.audit = audit
        self.keys = keys
        self.rng = np.random.default_rng(seed)
        self.started = time.time()
        self.openapi: Callable[[], dict[str, Any]] = lambda: {}
        self.alerts = alerts if alerts is not None else AlertSink(policy.alert_webhook)
        self.behaviour: BehaviourStore = (behaviour if behaviour is not None
                                          else BehaviourModel(max_clients=policy.limits.max_clients))
        self.metrics = metrics
        self.text_guards: Any = None  # the guards of an LLM proxy (built with no model; see server.build_gateway)

    # -- the envelope every authenticated route goes through ------------------------------------
    async def call(self, route: str, permission: Permission, headers: Mapping[str, str], read: BodyReader,
                   handler: Handler, query: Mapping[str, str] | None = None) -> Reply:
        rid = headers.get("x-request-id", "")
        call = Call(route, rid if _REQUEST_ID.match(rid) else os.urandom(16).hex(), time.time(), query=query or {})
        status: int = 500
        payload: Any = {}
        extra_headers: Mapping[str, str] = {}
        try:
            call.principal = self.authenticator.authenticate(headers)
            if not allowed(call.principal.role, permission):
                raise Refusal(403, "forbidden", f"role {call.principal.role or 'none'!r} may not {permission.value}")
            limit = self.policy.limits.for_client(call.principal.client_id, call.principal.role)
            verdict = self.limits.take(call.principal.client_id, limit, time.time())
            if not verdict.allowed:
                raise Refusal(429, "rate_limited", verdict.reason, {"Retry-After": verdict.retry_after},
                              audit={"limit": "rate"})
            status, payload = await handler(call, read)
        except LimitsUnavailable as exc:
            status, payload = 503, {"error": "limits_unavailable", "message": f"{exc}; refused (fail closed)"}
        except Unauthenticated as exc:
            status, payload = 401, {"error": "unauthenticated", "message": exc.reason}
            extra_headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        except Refusal as exc:
            status, payload, extra_headers = exc.status, exc.body(), exc.headers
            call.extra.update(exc.audit)
        except Exception as exc:
            if _refusal_like(exc):  # an extension's refusal (e.g. the LLM proxy's): same shape as Refusal
                status, payload, extra_headers = exc.status, exc.body(), dict(getattr(exc, "headers", {}))  # type: ignore[attr-defined]
                call.extra.update(getattr(exc, "audit", {}))
            else:  # a bug: the caller gets no detail, the audit log gets the name
                status, payload = 500, {"error": "internal", "message": "internal error (recorded in the audit log)"}
                call.extra["internal"] = f"{type(exc).__name__}: {str(exc)[:300]}"
        return await self._answer(call, status, payload, extra_headers)

    async def _answer(self, call: Call, status: int, payload: Any, headers: Mapping[str, str]) -> Reply:
        stream = None
        if isinstance(payload, Raw):
            body, media_type = payload.data, payload.media_type
        elif hasattr(payload, "chunks") and hasattr(payload, "media_type"):  # Streamed, or an extension's twin
            body, media_type, stream = b"", payload.media_type, payload.chunks
            call.extra["streamed"] = True
        else:
            body, media_type = json.dumps(payload, separators=(",", ":"), allow_nan=False).encode(), "application/json"
        p = call.principal
        record = {"time": call.started, "kind": "admin" if "/admin/" in call.route else "request",
                  "request_id": call.request_id, "route": call.route, "client": p.client_id, "role": p.role,
                  "auth": p.method, "credential": p.credential, "status": status, "input_sha256": call.body_hash,
                  "output_sha256": sha256_hex(body), "ms": round((time.time() - call.started) * 1000, 3),
                  **call.extra}
        waited = time.perf_counter()
        try:
            await self.audit.record(record)
        except Exception as exc:
            self.alert("audit", "insider-threat", Severity.CRITICAL, p.client_id,
                       f"the audit log could not record a call ({type(exc).__name__}); calls are refused (503)")
            body = json.dumps({"error": "audit_unavailable", "message": "the audit log could not record this "
                               f"call, so it is not answered ({type(exc).__name__})"}).encode()
            return Reply(503, body, {"X-Request-Id": call.request_id})
        self._observe(call, status, time.perf_counter() - waited)
        return Reply(status, body, {**headers, "X-Request-Id": call.request_id}, media_type, stream)

    def alert(self, kind: str, threat: str, severity: Severity, client: str, message: str, key: str = "",
              **details: Any) -> None:
        if self.alerts.raise_(Alert(kind, threat, severity, client, message, time.time(), details, key)) \
                and self.metrics:
            self.metrics.alerts.labels(kind).inc()

    def _observe(self, call: Call, status: int, audit_wait: float) -> None:
        """Metrics, behaviour analytics and the alerts they raise, once the call is recorded."""
        if self.metrics is not None:
            m = self.metrics
            m.child(m.requests, call.route, str(status)).inc()
            m.child(m.latency, call.route).observe(time.time() - call.started)
            m.audit_seconds.observe(audit_wait)
            if status == 200 and "rows" in call.extra:
                m.child(m.rows, str(call.extra.get("model", ""))).inc(call.extra["rows"])
            for stage, decisions in call.extra.get("guards", {}).items():
                for d in decisions:
                    m.decisions.labels(d["guard"], stage, d["action"]).inc()
        p = call.principal
        if p.method == "none":
            return
        departures = self.behaviour.observe(p.client_id, call.started, int(call.extra.get("rows", 0)), status >= 400,
                                            call.shift)
        for d in departures:
            self.alert("behaviour", "insider-threat", Severity.HIGH, p.client_id, d.message,
                       statistic=d.statistic, value=d.value, baseline=d.baseline)
        if status == 429:
            self.alert("limit", "llm-unbounded-consumption", Severity.MEDIUM, p.client_id,
                       f"{p.client_id} reached a limit: {call.extra.get('limit', '')}")
        if call.extra.get("decision") == "block":
            self.alert("guard", str(call.extra.get("threat", "evasion")), Severity.HIGH, p.client_id,
                       f"a guard refused a call of {p.client_id}", guards=call.extra.get("guards", {}))

    async def _body(self, call: Call, read: BodyReader) -> bytes:
        body = await read(self.policy.limits.max_body_bytes)
        call.body_hash = sha256_hex(body)
        return body

    # -- inference -----------------------------------------------------------------------------
    def served(self, name: str) -> ServedModel:
        model = self.models.get(name)
        if model is None:
            raise Refusal(404, "no_such_model", f"no model {name[:100]!r} is served")
        return model

    def infer_handler(self, name: str, protocol: str) -> Handler:
        async def handle(call: Call, read: BodyReader) -> tuple[int, Any]:
            return await self.infer(call, read, name, protocol)
        return handle

    async def infer(self, call: Call, read: BodyReader, name: str, protocol: str) -> tuple[int, Any]:
        model = self.served(name)
        call.extra.update(model=model.name, version=model.version)
        body = await self._body(call, read)
        limits = self.policy.limits
        parse = parse_v2 if protocol == "v2" else parse_v1
        try:
            parsed = parse(body, model.schema, limits.max_batch_rows)
        except BatchTooLarge as exc:
            raise Refusal(413, "batch_too_large", str(exc)) from None
        except InputError as exc:
            raise Refusal(422, "invalid_input", exc.message, detail=[v.to_dict() for v in exc.violations]) from None
        X = parsed.rows
        call.extra["rows"] = int(X.shape[0])
        if parsed.request_id:
            call.extra["body_id"] = parsed.request_id
        X = self._validate(call, model, X)
        if model.reference_stats is not None:
            call.shift = input_shift(X, *model.reference_stats)
        p = call.principal
        budget = self.limits.charge(p.client_id, int(X.shape[0]), limits.for_client(p.client_id, p.role), time.time())
        if not budget.allowed:
            raise Refusal(429, "budget_exhausted", budget.reason, {"Retry-After": budget.retry_after},
                          audit={"limit": "daily rows"})
        if self.metrics is not None:
            self.metrics.budget.labels(p.client_id).set(self.limits.usage(p.client_id, time.time()))
        request = GuardRequest(p.client_id, model.name, p.role, X, meta={"request_id": call.request_id})
        inspected = model.guards.inspect(request)
        self._record_guards(call, "inspect", inspected)
        if inspected.blocked:
            raise Refusal(403, "blocked", f"refused by a guard: {inspected.decision.reason}")
        proba = await self._predict(model, X)
        filtered = model.guards.filter(GuardResponse(request, proba, tuple(model.classes.tolist())))
        self._record_guards(call, "filter", filtered)
        if filtered.blocked:
            raise Refusal(403, "blocked", f"refused by a guard: {filtered.decision.reason}")
        outputs = filtered.decision.outputs if filtered.decision.outputs is not None else proba
        answer = harden(outputs, model.classes, self.policy.output_for(p.role), self.rng)
        render = render_v2 if protocol == "v2" else render_v1
        return 200, render(answer, model.name, model.version, parsed.request_id)

    def _validate(self, call: Call, model: ServedModel, X: np.ndarray) -> np.ndarray:
        first, count, rows = model.schema.violations(X)
        if not count:
            return X
        mode = self.policy.validation.on_violation
        call.extra["schema"] = {"mode": mode, "violations": count, "rows": list(rows[:100])}
        if mode == "flag":
            call.extra["decision"] = "flag"
        if mode == "reject":
            raise Refusal(422, "schema_violation", f"{count} value(s) outside the input schema",
                          detail=[v.to_dict() for v in first])
        return model.schema.clip(X) if mode == "clip" else X

    def _record_guards(self, call: Call, stage: str, verdict: Any) -> None:
        if verdict.each:
            call.extra.setdefault("guards", {})[stage] = verdict.to_list()
        action = verdict.decision.action
        if action != Action.ALLOW:
            call.extra["decision"] = "block" if action == Action.BLOCK else call.extra.get("decision", "flag")

    async def _predict(self, model: ServedModel, X: np.ndarray) -> np.ndarray:
        """The compiled model, or one that answered a row within `inline_ms` at load, runs in the event loop
        (a thread hop costs more); any other in a worker thread, bursts batched into one call, within the
        timeout."""
        if model.fast is not None:
            return model.fast(X)
        if model.inline:
            return np.asarray(model.adapter.predict_proba(X), dtype=float)
        import anyio

        timeout = self.policy.limits.timeout_s
        try:
            with anyio.fail_after(timeout):
                if model.batcher is not None:
                    proba = await model.batcher(X)
                else:
                    proba = await anyio.to_thread.run_sync(model.adapter.predict_proba, X, abandon_on_cancel=True)
        except TimeoutError:
            raise Refusal(504, "timeout", f"the model did not answer within {timeout:g} s (limits.timeout_s)") from None
        return np.asarray(proba, dtype=float)

    # -- administration ------------------------------------------------------------------------
    async def json_body(self, call: Call, read: BodyReader) -> dict[str, Any]:
        body = await self._body(call, read)
        try:
            doc = json.loads(body) if body.strip() else {}
        except (ValueError, RecursionError) as exc:
            raise Refusal(422, "invalid_input", f"the body is not valid JSON: {exc}") from None
        if not isinstance(doc, dict):
            raise Refusal(422, "invalid_input", "the body must be a JSON object")
        return doc
