"""The upstream OpenAI-compatible server, called with the proxy's own key, within the policy's time limit.

Failures become refusals with the right status: the upstream not reachable (502 upstream_unavailable), too
slow (504 upstream_timeout), an answer that is not JSON or not an object (502 upstream_garbage), an
error status (its 4xx passed on as 4xx with the upstream's message, 5xx as 502).

A plain-http upstream is called through the lean keep-alive client of `http1` (a loopback call costs
less than half of httpx's); https, streamed answers and an upstream reached through an HTTP proxy of the
environment go through httpx.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from modelward.core.errors import require
from modelward.llm.proxy.errors import ProxyRefusal
from modelward.llm.proxy.http1 import AnswerTooLarge, Http1Error, Http1Pool

MAX_UPSTREAM_BYTES = 16 << 20
PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


class Upstream:
    def __init__(self, base_url: str, timeout_s: float, key_env: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.key_env = key_env
        self._client: Any = None
        parts = urlsplit(self.base_url)
        lean = parts.scheme == "http" and parts.hostname and not any(os.environ.get(v) for v in PROXY_VARIABLES)
        self._lean_address = (parts.hostname, parts.port or 80, parts.path) if lean else None
        self._lean: tuple[Any, Http1Pool] | None = None  # (event loop, pool): connections belong to one loop

    def _lean_pool(self) -> Http1Pool:
        assert self._lean_address is not None
        loop = asyncio.get_running_loop()
        if self._lean is None or self._lean[0] is not loop:
            host, port, _ = self._lean_address
            self._lean = (loop, Http1Pool(str(host), int(port)))
        return self._lean[1]

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

    async def _post_lean(self, path: str, body: Mapping[str, Any]) -> tuple[int, bytes]:
        assert self._lean_address is not None
        payload = json.dumps(body).encode()
        headers = [("content-type", "application/json"), ("accept", "application/json"),
                   *((k.lower(), v) for k, v in self._headers().items())]
        try:
            async with asyncio.timeout(self.timeout_s):
                return await self._lean_pool().post(self._lean_address[2] + path, payload, headers,
                                                    MAX_UPSTREAM_BYTES)
        except TimeoutError:
            raise ProxyRefusal(504, "upstream_timeout", f"the upstream did not answer within {self.timeout_s:g} s "
                                                        "(llm.timeout_s)") from None
        except AnswerTooLarge:
            raise ProxyRefusal(502, "upstream_garbage",
                               f"the upstream answered more than {MAX_UPSTREAM_BYTES} bytes") from None
        except (OSError, Http1Error) as exc:
            raise ProxyRefusal(502, "upstream_unavailable",
                               f"the upstream cannot be reached ({type(exc).__name__})") from None

    async def post(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """The upstream's JSON answer to `body` at `path`."""
        if self._lean_address is not None:
            status, data = await self._post_lean(path, body)
        else:
            import httpx

            try:
                response = await self._http().post(self.base_url + path, json=body, headers=self._headers())
            except httpx.HTTPError as exc:
                raise self._refusal(exc) from None
            status, data = response.status_code, response.content[: MAX_UPSTREAM_BYTES + 1]
            if len(data) > MAX_UPSTREAM_BYTES:
                raise ProxyRefusal(502, "upstream_garbage",
                                   f"the upstream answered more than {MAX_UPSTREAM_BYTES} bytes")
        if status != 200:
            raise self._error_status(status, data)
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
        if self._lean is not None:
            self._lean[1].close()
        if self._client is not None:
            await self._client.aclose()
