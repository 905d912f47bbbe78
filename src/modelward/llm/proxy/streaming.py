"""Server-sent events of an OpenAI stream: one event out, a whole answer assembled from the chunks (so the
output guards can judge what was streamed, and tokens can be counted), and what an incremental stream
releases of the guards' version of the answer (`Release`)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from modelward.llm.proxy.errors import ProxyRefusal


@dataclass(frozen=True)
class Streamed:
    """The gateway's streamed payload shape (modelward.gateway.service.Streamed): chunks and a media type."""

    chunks: AsyncIterator[bytes]
    media_type: str = "text/event-stream"


def sse(event: Any) -> bytes:
    return b"data: " + json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


def assemble(events: Sequence[dict[str, Any]], kind: str, tool_calls: bool = True,
             finished: bool = True) -> dict[str, Any]:
    """The answer the chunks make: per choice the concatenated content (or text) and tool calls (names and
    argument fragments joined by index), the last finish reason, and the usage the last chunk reported.
    Without `tool_calls` the calls are left out; without `finished`, the finish reasons and usage (the answer
    so far of a stream that goes on)."""
    choices: dict[int, dict[str, Any]] = {}
    usage = None
    head: dict[str, Any] = {}
    for event in events:
        head = head or {k: event[k] for k in ("id", "model", "created") if k in event}
        if isinstance(event.get("usage"), dict):
            usage = event["usage"]
        for c in event.get("choices") or []:
            if not isinstance(c, dict):
                continue
            i = c.get("index", 0) if isinstance(c.get("index", 0), int) else 0
            slot = choices.setdefault(i, {"content": [], "tools": {}, "finish_reason": None})
            if c.get("finish_reason"):
                slot["finish_reason"] = c["finish_reason"]
            if kind != "chat":
                slot["content"].append(str(c.get("text") or ""))
                continue
            delta: dict[str, Any] = c["delta"] if isinstance(c.get("delta"), dict) else {}
            if isinstance(delta.get("content"), str):
                slot["content"].append(delta["content"])
            for t in delta.get("tool_calls") or []:
                if not isinstance(t, dict):
                    continue
                call = slot["tools"].setdefault(t.get("index", 0), {"id": "", "type": "function",
                                                                     "function": {"name": "", "arguments": ""}})
                call["id"] = t.get("id") or call["id"]
                fn: dict[str, Any] = t["function"] if isinstance(t.get("function"), dict) else {}
                call["function"]["name"] += str(fn.get("name") or "")
                call["function"]["arguments"] += str(fn.get("arguments") or "")
    out_choices = []
    for i in sorted(choices):
        slot = choices[i]
        text = "".join(slot["content"])
        if kind == "chat":
            message: dict[str, Any] = {"role": "assistant", "content": text}
            if slot["tools"] and tool_calls:
                message["tool_calls"] = [slot["tools"][k] for k in sorted(slot["tools"])]
            out_choices.append({"index": i, "message": message,
                                "finish_reason": slot["finish_reason"] if finished else None})
        else:
            out_choices.append({"index": i, "text": text, "finish_reason": slot["finish_reason"] if finished else None})
    return {**head, "object": "chat.completion" if kind == "chat" else "text_completion", "choices": out_choices,
            **({"usage": usage} if usage and finished else {})}


def content_characters(event: Mapping[str, Any]) -> int:
    """How many characters of content (or completion text) one stream event carries."""
    n = 0
    for c in event.get("choices") or []:
        if not isinstance(c, dict):
            continue
        delta = c.get("delta")
        value = delta.get("content") if isinstance(delta, dict) else c.get("text")
        n += len(value) if isinstance(value, str) else 0
    return n


class Release:
    """What an incremental stream has sent of each choice's content, and the chunks that send more of the
    guards' version of the answer: all but its last `holdback` characters while the answer goes on, the
    rest with the tool calls, finish reasons and usage at the end. A version that no longer starts with what
    was sent (a guard rewrote text already out) is refused and marks the release `diverged`."""

    def __init__(self, kind: str, holdback: int) -> None:
        self.kind, self.holdback = kind, holdback
        self.sent: dict[int, str] = {}
        self.diverged = False

    def upto(self, answer: Mapping[str, Any], final: bool) -> list[bytes]:
        head = {k: answer[k] for k in ("id", "model", "created") if k in answer}
        obj = "chat.completion.chunk" if self.kind == "chat" else "text_completion"
        choices, out = [], []
        for position, c in enumerate(answer.get("choices") or []):
            if not isinstance(c, dict):
                continue
            i = c.get("index", position) if isinstance(c.get("index", position), int) else position
            message: Mapping[str, Any] = c["message"] if isinstance(c.get("message"), dict) else {}
            text = message.get("content") if self.kind == "chat" else c.get("text")
            text = text if isinstance(text, str) else ""
            done = self.sent.get(i, "")
            if not text.startswith(done):
                self.diverged = True
                raise ProxyRefusal(403, "blocked", f"an output guard changed choice {i}'s text after part of it was "
                                                   "sent; the rest is withheld")
            new = text[len(done):] if final else text[len(done):max(len(done), len(text) - self.holdback)]
            tools = message.get("tool_calls") if final and isinstance(message.get("tool_calls"), list) else []
            if not new and not tools and not final:
                continue
            self.sent[i] = done + new
            if self.kind != "chat":
                choices.append({"index": i, "text": new, "finish_reason": c.get("finish_reason") if final else None})
                continue
            delta: dict[str, Any] = {"content": new} if new or not tools else {}
            if not done:
                delta = {"role": "assistant", **delta}
            if tools:
                delta["tool_calls"] = [{"index": k, **t} for k, t in enumerate(tools) if isinstance(t, dict)]
            choices.append({"index": i, "delta": delta, "finish_reason": c.get("finish_reason") if final else None})
        if choices:
            out.append(sse({**head, "object": obj, "choices": choices}))
        if final and isinstance(answer.get("usage"), dict):
            out.append(sse({**head, "object": obj, "choices": [], "usage": answer["usage"]}))
        return out
