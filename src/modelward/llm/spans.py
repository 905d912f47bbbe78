"""The pieces of text an LLM call carries, each with where it came from: what a guard inspects.

`request_spans(text)` reads a request body: an OpenAI chat request (`messages`, each with a role; content as
a string or a list of parts; tool results; `documents` or `context` the application retrieved), a
completions request (`prompt`), or plain text. Spans from tool results and documents are *untrusted*:
indirect injection arrives there. The system prompt is the application's own and is not returned unless
asked for (`include_system`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

UNTRUSTED_SOURCES = frozenset({"tool", "document"})


@dataclass(frozen=True)
class Span:
    """One piece of text: `source` is user, system, assistant, tool, document or prompt; `where` names it
    in the request (messages[3], documents[0], ...); `name` the tool or document it came from."""

    text: str
    source: str
    where: str
    name: str = ""

    @property
    def untrusted(self) -> bool:
        return self.source in UNTRUSTED_SOURCES

    def describe(self) -> str:
        what = {"tool": "tool result", "document": "retrieved document"}.get(self.source, self.source)
        return f"{self.where} ({what}{': ' + self.name if self.name else ''})"


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content
                         if not isinstance(p, dict) or p.get("type", "text") in ("text", "input_text"))
    return "" if content is None else json.dumps(content)


def parse_body(text: str | None) -> Any:
    """The request body as JSON when it is a JSON object, else None. One call's guards each read the same
    body, so the last few parses are kept: the result is shared and must not be modified."""
    if not text or not text.lstrip().startswith("{"):
        return None
    return _parse_object(text)


@lru_cache(maxsize=8)
def _parse_object(text: str) -> Any:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


def _documents(doc: dict[str, Any]) -> Iterator[Span]:
    for key in ("documents", "context"):
        items = doc.get(key)
        if isinstance(items, str):
            items = [items]
        if isinstance(items, list):
            for i, item in enumerate(items):
                body = item.get("text", item.get("content", "")) if isinstance(item, dict) else item
                name = str(item.get("id", item.get("title", ""))) if isinstance(item, dict) else ""
                yield Span(_content_text(body), "document", f"{key}[{i}]", name)


def request_spans(text: str | None, include_system: bool = False) -> list[Span]:
    """Every span of the request body (see the module docstring)."""
    if not text:
        return []
    doc = parse_body(text)
    if doc is None:
        return [Span(text, "user", "body")]
    spans: list[Span] = []
    messages = doc.get("messages")
    if isinstance(messages, list):
        for i, m in enumerate(messages):
            if not isinstance(m, dict):
                continue
            role = str(m.get("role", "user"))
            source = {"function": "tool", "developer": "system"}.get(role, role)
            if source == "system" and not include_system:
                continue
            name = str(m.get("name", m.get("tool_call_id", "")) or "")
            body = _content_text(m.get("content"))
            if body:
                spans.append(Span(body, source if source in ("user", "system", "assistant", "tool") else "user",
                                  f"messages[{i}]", name))
    prompt = doc.get("prompt")
    if isinstance(prompt, str):
        spans.append(Span(prompt, "prompt", "prompt"))
    elif isinstance(prompt, list):
        spans += [Span(p, "prompt", f"prompt[{i}]") for i, p in enumerate(prompt) if isinstance(p, str)]
    spans += list(_documents(doc))
    if not spans and messages is None and prompt is None:
        return [Span(text, "user", "body")]
    return spans
