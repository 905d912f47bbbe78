"""Groundedness: is each claim of a response supported by the context documents the request carried?

Lexical, and plain about it. A claim (a sentence that asserts something) is *supported* when one window
of the context (a sentence and its neighbours) holds at least `min_support` of its content words
(lower-cased, crudely stemmed), and every number and every capitalised name it states appears somewhere
in the context. It also notes a negation present on one side only.

What it catches: invented figures, dates, names and products; sentences about things the context never
mentions; some flipped negations. What it cannot: a claim made of the context's words in a false
combination ("the meeting moved to Friday" when the context moves the *lunch* to Friday and the meeting to
Monday may pass), paraphrases with other words (flagged as unsupported although true), reasoning steps,
and anything about the world outside the context. Use it to flag answers for review, not as a verdict of
truth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*|\d[\d,.]*%?")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_NEGATION = frozenset({"not", "no", "never", "none", "neither", "nor", "cannot", "without", "n't"})
_STOP = frozenset(" ".join((
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this ",
    "that these those there their they them he she his her we our you your i me my do does did done has ",
    "have had having will would can could should may might must shall so than then too very just also ",
    "only about into over under after before between through during up down out off again further once ",
    "here when where why how all any both each few more most other some such own same what which who whom ",
    "whose while because until against above below per via ",
)).split())


@dataclass(frozen=True)
class Claim:
    text: str
    support: float
    missing: tuple[str, ...]  # numbers and names absent from the context
    negation_mismatch: bool

    def supported(self, min_support: float) -> bool:
        return self.support >= min_support and not self.missing


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 1}


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def _names(sentence: str) -> set[str]:
    words = _WORD.findall(sentence)
    return {w for i, w in enumerate(words) if i > 0 and w[:1].isupper() and w.lower() not in _STOP and len(w) > 1}


def _negated(text: str) -> bool:
    lowered = text.lower().replace("n't", " n't")
    return any(w in _NEGATION for w in re.findall(r"[a-z']+", lowered))


def sentences(text: str) -> list[str]:
    return [s.strip(" -*•\t") for s in _SENTENCE.split(text) if len(s.strip()) > 1]


def is_claim(sentence: str) -> bool:
    return not sentence.rstrip().endswith("?") and len(_content(sentence)) >= 3


def check_claims(response: str, documents: Sequence[str], min_support: float = 0.5) -> list[Claim]:
    """Each claim of `response` with its support in `documents`."""
    context_sentences = [s for d in documents for s in sentences(d)]
    windows = [" ".join(context_sentences[max(0, i - 1): i + 2]) for i in range(len(context_sentences))]
    window_words = [_content(w) for w in windows]
    context = " ".join(documents)
    context_numbers, context_lower = _numbers(context), context.lower()
    claims = []
    for sentence in sentences(response):
        if not is_claim(sentence):
            continue
        words = _content(sentence)
        best, best_i = 0.0, -1
        for i, ww in enumerate(window_words):
            share = len(words & ww) / len(words)
            if share > best:
                best, best_i = share, i
        missing = sorted({n for n in _numbers(sentence) if n not in context_numbers}
                         | {n for n in _names(sentence) if n.lower() not in context_lower})
        mismatch = best_i >= 0 and _negated(sentence) != _negated(windows[best_i])
        claims.append(Claim(sentence, round(best, 3), tuple(missing), mismatch))
    return claims
