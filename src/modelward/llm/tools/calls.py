"""Tool calls read from an OpenAI-style response or request body (`tool_calls`, legacy `function_call`)."""

from __future__ import annotations

from typing import Any

from modelward.llm.spans import parse_body
from modelward.llm.tools.policy import ToolCall


def response_tool_calls(text: str | None) -> list[ToolCall]:
    """The tool calls a chat completion asks for, each named by where it sits in the response."""
    doc = parse_body(text)
    if doc is None:
        return []
    calls: list[ToolCall] = []
    choices = doc.get("choices")
    for i, choice in enumerate(choices if isinstance(choices, list) else []):
        message = choice.get("message") or choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(message, dict):
            calls += _message_calls(message, f"choices[{i}].message")
    return calls


def _message_calls(message: dict[str, Any], where: str) -> list[ToolCall]:
    out = []
    tool_calls = message.get("tool_calls")
    for j, call in enumerate(tool_calls if isinstance(tool_calls, list) else []):
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict):
            out.append(ToolCall(str(fn.get("name", "")), fn.get("arguments"), str(call.get("id", "")),
                                f"{where}.tool_calls[{j}]"))
        else:
            out.append(ToolCall("", None, "", f"{where}.tool_calls[{j}]"))
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        out.append(ToolCall(str(legacy.get("name", "")), legacy.get("arguments"), "", f"{where}.function_call"))
    return out


def offered_tools(text: str | None) -> list[str]:
    """The names of the tools a request offers the model (`tools`, legacy `functions`)."""
    doc = parse_body(text)
    if doc is None:
        return []
    names = []
    for t in doc.get("tools") or []:
        fn = t.get("function") if isinstance(t, dict) else None
        names.append(str(fn.get("name", "")) if isinstance(fn, dict) else "")
    for f in doc.get("functions") or []:
        names.append(str(f.get("name", "")) if isinstance(f, dict) else "")
    return names
