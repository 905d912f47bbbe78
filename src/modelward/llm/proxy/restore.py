"""Redact and restore: personal data redacted from a request before it goes upstream (by a guard such as
`data.pii-guard` in redact mode) is put back into the answer, so the model never sees it and the user
still reads their own data.

A redacting guard writes `<EMAIL>` for every e-mail address; here each placeholder is numbered
(`<EMAIL_1>`, `<EMAIL_2>`, the same value the same number) and the value it stands for is recovered by
aligning the redacted text with the original (the text between placeholders is the same in both). What
cannot be aligned is left redacted: nothing is restored on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]{0,30})>")
MAX_CHARS = 200_000  # longer texts stay redacted (the alignment is a regular expression with one group a value)
NUMBERED = re.compile(r"<([A-Z][A-Z0-9_]{0,30}_\d{1,4})>")


def align(original: str, redacted: str, max_placeholders: int = 50) -> list[tuple[str, str]] | None:
    """(kind, value) for each placeholder of `redacted`, in order, or None when the texts do not align (the
    text between placeholders must be the same in both; the whole of both texts is matched)."""
    parts = PLACEHOLDER.split(redacted)  # literal, kind, literal, kind, ..., literal
    kinds = parts[1::2]
    if not kinds:
        return []
    if len(kinds) > max_placeholders or len(original) > MAX_CHARS or any(not lit for lit in parts[2:-1:2]):
        return None  # too many, or two placeholders side by side: where one value ends is unknown
    pattern = "(.+?)".join(re.escape(lit) for lit in parts[0::2])
    m = re.fullmatch(pattern, original, re.DOTALL)
    if m is None:
        return None
    return list(zip(kinds, m.groups(), strict=True))


class Restorer:
    """Numbers the placeholders of redacted texts and remembers what each stood for."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}

    def number(self, original: str, redacted: str) -> str:
        pairs = align(original, redacted)
        if pairs is None:
            return redacted
        it = iter(pairs)

        def name(m: re.Match[str]) -> str:
            kind, value = next(it)
            key = (kind, value)
            if key not in self._by_value:
                label = f"{kind}_{sum(k == kind for k, _ in self._by_value) + 1}"
                self._by_value[key] = label
                self.values[label] = value
            return f"<{self._by_value[key]}>"

        return PLACEHOLDER.sub(name, redacted)

    def restore(self, text: str) -> str:
        return NUMBERED.sub(lambda m: self.values.get(m.group(1), m.group(0)), text)


def number_body(original: Mapping[str, Any], redacted: dict[str, Any], restorer: Restorer) -> dict[str, Any]:
    """The redacted request with numbered placeholders (messages' text content, or the prompt)."""
    out = dict(redacted)
    o_msgs, r_msgs = original.get("messages"), redacted.get("messages")
    if isinstance(o_msgs, list) and isinstance(r_msgs, list) and len(o_msgs) == len(r_msgs):
        numbered = []
        for o, r in zip(o_msgs, r_msgs, strict=True):
            if isinstance(o, dict) and isinstance(r, dict) and isinstance(o.get("content"), str) \
                    and isinstance(r.get("content"), str):
                r = {**r, "content": restorer.number(o["content"], r["content"])}
            numbered.append(r)
        out["messages"] = numbered
    if isinstance(original.get("prompt"), str) and isinstance(redacted.get("prompt"), str):
        out["prompt"] = restorer.number(original["prompt"], redacted["prompt"])
    return out


def restore_answer(answer_text: str, restorer: Restorer) -> str:
    """The answer with numbered placeholders replaced by the values they stood for (contents only)."""
    from modelward.llm.output.content import replace_contents, response_contents

    contents = response_contents(answer_text)
    restored = [restorer.restore(t) for t in contents.texts]
    return answer_text if list(restored) == list(contents.texts) else replace_contents(contents, restored)
