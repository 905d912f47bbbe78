"""The text a response carries: the content of each choice of an OpenAI chat or completions response,
or the whole text; and the response rebuilt with replaced contents (escaped, redacted, stripped)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from modelward.llm.spans import parse_body


@dataclass(frozen=True)
class Contents:
    doc: dict[str, Any] | None  # the parsed response, or None for plain text
    texts: tuple[str, ...]
    where: tuple[str, ...]


def response_contents(text: str | None) -> Contents:
    doc = parse_body(text)
    if doc is None or not isinstance(doc.get("choices"), list):
        return Contents(None, (text,) if text else (), ("body",) if text else ())
    texts, where = [], []
    for i, choice in enumerate(doc["choices"]):
        if not isinstance(choice, dict):
            continue
        message = choice.get("message") or choice.get("delta")
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            texts.append(message["content"])
            where.append(f"choices[{i}].message.content")
        elif isinstance(choice.get("text"), str):
            texts.append(choice["text"])
            where.append(f"choices[{i}].text")
    return Contents(doc, tuple(texts), tuple(where))


def replace_contents(contents: Contents, new: Sequence[str]) -> str:
    """The response with each content replaced by `new` (same order)."""
    if contents.doc is None:
        return new[0] if new else ""
    doc = json.loads(json.dumps(contents.doc))
    it = iter(new)
    for choice in doc["choices"]:
        if not isinstance(choice, dict):
            continue
        message = choice.get("message") or choice.get("delta")
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            message["content"] = next(it)
        elif isinstance(choice.get("text"), str):
            choice["text"] = next(it)
    return json.dumps(doc, ensure_ascii=False)
