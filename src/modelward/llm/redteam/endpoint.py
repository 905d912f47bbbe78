"""What the red-team checks talk to: an OpenAI-compatible chat endpoint (over HTTP, or in this process).

`ChatEndpoint.complete(messages, tools, max_tokens)` returns a `Reply`: the content and tool calls, the
status (a guard proxy refusing answers 403), the usage, the error if any and the seconds it took. Network
failures are replies with status 0 and the error, not exceptions: a probe that could not be sent is counted
as not verified, never as a defended attack.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from modelward.core.errors import require


@dataclass(frozen=True)
class Reply:
    status: int
    content: str = ""
    tool_calls: tuple[dict[str, Any], ...] = ()
    usage: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    seconds: float = 0.0

    @property
    def answered(self) -> bool:
        return self.status == 200

    @property
    def refused_by_guard(self) -> bool:
        return self.status in (403, 413, 422, 429)


class ChatEndpoint(Protocol):
    name: str

    def complete(self, messages: Sequence[dict[str, Any]], tools: Sequence[dict[str, Any]] = (),
                 max_tokens: int = 128) -> Reply: ...


def _reply_from(status: int, doc: Any, seconds: float) -> Reply:
    if status != 200 or not isinstance(doc, dict):
        message = doc.get("message", doc.get("error", "")) if isinstance(doc, dict) else ""
        return Reply(status, error=str(message)[:300], seconds=seconds)
    choices = doc.get("choices") or [{}]
    message = choices[0].get("message", {}) if isinstance(choices[0], dict) else {}
    content = message.get("content") or choices[0].get("text") or ""
    calls = tuple(c for c in message.get("tool_calls") or [] if isinstance(c, dict))
    return Reply(200, str(content), calls, doc.get("usage") or {}, seconds=seconds)


class HttpEndpoint:
    """`url`: the server's base (…/v1) or its chat route; `token`: a bearer token (API key) if it needs one."""

    def __init__(self, url: str, model: str = "", token: str | None = None, timeout_s: float = 60.0) -> None:
        base = url.rstrip("/")
        self.url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.name = url
        self.model = model
        self.token = token
        self.timeout_s = timeout_s
        self._client: Any = None

    def _http(self) -> Any:
        if self._client is None:
            httpx: Any = require("httpx", "serve", "red-teaming an LLM endpoint")
            self._client = httpx.Client(timeout=self.timeout_s)
        return self._client

    def complete(self, messages: Sequence[dict[str, Any]], tools: Sequence[dict[str, Any]] = (),
                 max_tokens: int = 128) -> Reply:
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), "max_tokens": max_tokens}
        if tools:
            body["tools"] = list(tools)
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        start = time.perf_counter()
        try:
            response = self._http().post(self.url, json=body, headers=headers)
        except Exception as exc:  # network failures are recorded, never mistaken for a defence
            return Reply(0, error=f"{type(exc).__name__}: {str(exc)[:200]}", seconds=time.perf_counter() - start)
        try:
            doc = response.json()
        except (ValueError, json.JSONDecodeError):
            doc = None
        return _reply_from(response.status_code, doc, time.perf_counter() - start)


class InProcessEndpoint:
    """The deliberately vulnerable model, called in this process (no server): for the contract suite."""

    name = "in-process vulnerable model"

    def complete(self, messages: Sequence[dict[str, Any]], tools: Sequence[dict[str, Any]] = (),
                 max_tokens: int = 128) -> Reply:
        from modelward.llm.redteam.target import completion

        start = time.perf_counter()
        doc = completion({"model": "vulnerable", "messages": list(messages), "max_tokens": max_tokens})
        return _reply_from(200, doc, time.perf_counter() - start)
