"""The upstream OpenAI-compatible server, called with the proxy's own key, within the policy's time limit.

Failures become refusals with the right status: the upstream not reachable (502 upstream_unavailable), too
slow (504 upstream_timeout), an answer that is not JSON or not an object (502 upstream_garbage), an
error status (its 4xx passed on as 4xx with the upstream's message, 5xx as 502).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Mapping
from typing import Any

from modelward.core.errors import require
from modelward.llm.proxy.errors import ProxyRefusal

MAX_UPSTREAM_BYTES = 16 << 20


class Upstream:
    def __init__(self, base_url: str, timeout_s: float, key_env: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.key_env = key_env
        self._client: Any = None

    def _http(self) -> Any:
        if self._client is None:
            httpx: Any = require("httpx", "serve", "the LLM proxy")
            self._client = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout_s), follow_redirects=False)
        return self._client

    def _headers(self) -> dict[str, str]:
        key = os.environ.get(self.key_env, "") if self.key_env else ""
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _refusal(self, exc: Exception) -> ProxyRefusal:
        import httpx

        if isinstance(exc, httpx.TimeoutException):
            return ProxyRefusal(504, "upstream_timeout", f"the upstream did not answer within {self.timeout_s:g} s "
                                                         "(llm.timeout_s)")
        return ProxyRefusal(502, "upstream_unavailable", f"the upstream cannot be reached ({type(exc).__name__})")

    @staticmethod
    def _error_status(status: int, body: bytes) -> ProxyRefusal:
        try:
            doc = json.loads(body)
            err = doc.get("error") if isinstance(doc, dict) else None
            message = str(err.get("message", "") if isinstance(err, dict) else err or "")[:300]
        except ValueError:
            message = ""
        if 400 <= status < 500:
            return ProxyRefusal(status, "upstream_refused", f"the upstream refused the call ({status})"
                                + (f": {message}" if message else ""))
        return ProxyRefusal(502, "upstream_error", f"the upstream failed ({status})")

    async def post(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """The upstream's JSON answer to `body` at `path`."""
        import httpx

        try:
            response = await self._http().post(self.base_url + path, json=body, headers=self._headers())
        except httpx.HTTPError as exc:
            raise self._refusal(exc) from None
        data = response.content[: MAX_UPSTREAM_BYTES + 1]
        if response.status_code != 200:
            raise self._error_status(response.status_code, data)
        if len(data) > MAX_UPSTREAM_BYTES:
            raise ProxyRefusal(502, "upstream_garbage", f"the upstream answered more than {MAX_UPSTREAM_BYTES} bytes")
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ProxyRefusal(502, "upstream_garbage", "the upstream's answer is not JSON") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("choices"), list):
            raise ProxyRefusal(502, "upstream_garbage", "the upstream's answer has no 'choices' list")
        return doc

    async def stream(self, path: str, body: Mapping[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """The events of a streamed answer (each `data:` line as JSON), until `[DONE]`."""
        import httpx

        try:
            async with self._http().stream("POST", self.base_url + path, json=body, headers=self._headers()) as r:
                if r.status_code != 200:
                    raise self._error_status(r.status_code, (await r.aread())[:65536])
                size = 0
                async for line in r.aiter_lines():
                    size += len(line)
                    if size > MAX_UPSTREAM_BYTES:
                        raise ProxyRefusal(502, "upstream_garbage", "the upstream's stream is too long")
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    try:
                        event = json.loads(data)
                    except ValueError:
                        raise ProxyRefusal(502, "upstream_garbage", "the upstream streamed an event that is not JSON") \
                            from None
                    if isinstance(event, dict):
                        yield event
        except httpx.HTTPError as exc:
            raise self._refusal(exc) from None

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
