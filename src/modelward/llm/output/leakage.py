"""System-prompt leakage: a canary token planted in the system prompt, and verbatim overlap with it.

`new_canary()` makes a token to put in a system prompt (`mwc-` and 16 hex digits: unlikely in any
text, so seeing it in a response means the prompt leaked). `canary_leaks(text, canaries)` finds a
canary as written, letter-spaced, reversed or base64/hex-encoded (the normaliser's views).
`prompt_overlap(response, system_prompt)` is the share of the prompt's 6-word shingles that appear in the
response: leakage without a canary, or a paraphrase that kept long runs.
"""

from __future__ import annotations

import re
import secrets

from modelward.llm.injection.normalize import normalise

CANARY = re.compile(r"mwc-[0-9a-f]{16}")
_WORDS = re.compile(r"\w+")


def new_canary() -> str:
    return "mwc-" + secrets.token_hex(8)


def canary_leaks(text: str, canaries: set[str] | frozenset[str]) -> list[tuple[str, str]]:
    """(canary, how it appears) for each canary found in `text` in any reading."""
    if not canaries:
        return []
    found = []
    compact = {c: c.replace("-", "") for c in canaries}
    for view in normalise(text).all_views():
        lowered = view.text.lower()
        squeezed = re.sub(r"[\s\-_.]", "", lowered)
        for c in canaries:
            if c in lowered or compact[c] in squeezed:
                found.append((c, view.how))
    return sorted(set(found))


def shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def prompt_overlap(response: str, system_prompt: str, n: int = 6) -> float:
    """Share of the system prompt's n-word shingles present in the response (0 when the prompt is short)."""
    prompt = shingles(system_prompt, n)
    if not prompt:
        return 0.0
    return len(prompt & shingles(response, n)) / len(prompt)
