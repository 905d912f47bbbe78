"""Server-sent events of an OpenAI stream: one event out, and a whole answer assembled from the chunks (so
the output guards can judge what was streamed, and tokens can be counted)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Streamed:
    """The gateway's streamed payload shape (modelward.gateway.service.Streamed): chunks and a media type."""

    chunks: AsyncIterator[bytes]
    media_type: str = "text/event-stream"


def sse(event: Any) -> bytes:
    return b"data: " + json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


def assemble(events: Sequence[dict[str, Any]], kind: str) -> dict[str, Any]:
    """The answer the chunks make: per choice the concatenated content (or text) and tool calls (names and
    argument fragments joined by index), the last finish reason, and the usage the last chunk reported."""
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
            if slot["tools"]:
                message["tool_calls"] = [slot["tools"][k] for k in sorted(slot["tools"])]
            out_choices.append({"index": i, "message": message, "finish_reason": slot["finish_reason"]})
        else:
            out_choices.append({"index": i, "text": text, "finish_reason": slot["finish_reason"]})
    return {**head, "object": "chat.completion" if kind == "chat" else "text_completion", "choices": out_choices,
            **({"usage": usage} if usage else {})}
