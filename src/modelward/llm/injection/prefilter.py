"""Necessary literals of a regular expression (the prefilter of RE2 and of trigram code search, Cox 2012):
a formula of substrings (all of / any of) that every text the pattern matches must contain. A rule whose
formula fails on a text cannot match it, so its regex is not run: one scan for every rule's literals
(`LiteralScanner`) and a few set tests replace a search from every position of a long document. Derived
from the pattern itself, so it can only skip what could never match; a part it cannot read (a class of
many characters, an optional part) requires nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from itertools import product
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser: read as re reads it
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

MAX_EXACT = 64  # strings kept while a part's exact spellings are enumerated
MAX_SET_CHARS = 4  # a character class of at most this many characters is enumerated
MIN_LITERAL = 3  # shorter strings are too common to be worth a test: they require nothing

Formula = tuple[Any, ...]  # ("all", parts) | ("any", parts) | ("has", substring) | ("true",)
TRUE: Formula = ("true",)


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every spelling of the part when few, else None
    need: Formula  # what any match of the part must contain


def _from_exact(strings: frozenset[str]) -> Formula:
    if any(len(s) < MIN_LITERAL for s in strings):
        return TRUE  # one spelling is too short to test: the part requires nothing usable
    return _any([("has", s) for s in sorted(strings)])


def _all(parts: list[Formula]) -> Formula:
    kept = [p for p in parts if p != TRUE]
    flat = [q for p in kept for q in (p[1] if p[0] == "all" else (p,))]
    return TRUE if not flat else flat[0] if len(flat) == 1 else ("all", tuple(flat))


def _any(parts: list[Formula]) -> Formula:
    if not parts or any(p == TRUE for p in parts):
        return TRUE
    flat = [q for p in parts for q in (p[1] if p[0] == "any" else (p,))]
    return flat[0] if len(flat) == 1 else ("any", tuple(dict.fromkeys(flat)))


def _need(info: _Info) -> Formula:
    return _from_exact(info.exact) if info.exact is not None else info.need


def _concat(items: list[_Info]) -> _Info:
    """A sequence: adjacent exact parts are joined into longer spellings (while few); what cannot be
    joined is required on its own."""
    exact: frozenset[str] = frozenset({""})
    needs: list[Formula] = []
    for info in items:
        if info.exact is not None and len(exact) * len(info.exact) <= MAX_EXACT:
            exact = frozenset(a + b for a, b in product(exact, info.exact))
        elif info.exact is not None:
            needs.append(_from_exact(exact))
            exact = info.exact
        else:
            needs += [_from_exact(exact), info.need]
            exact = frozenset({""})
    if not needs:
        return _Info(exact, TRUE)
    return _Info(None, _all([*needs, _from_exact(exact)]))


def _charset(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_SET_CHARS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a category, a negation, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_SET_CHARS else None


def _node(op, av) -> _Info:  # type: ignore[no-untyped-def]
    if op is C.LITERAL:
        return _Info(frozenset({chr(av)}), TRUE)
    if op is C.IN:
        chars = _charset(av)
        return _Info(chars, TRUE)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width; a lookahead's content is not required here
        return _Info(frozenset({""}), TRUE)
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        branches = [_seq(b) for b in av[1]]
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact for b in branches if b.exact is not None))
            if len(union) <= MAX_EXACT:
                return _Info(union, TRUE)
        return _Info(None, _any([_need(b) for b in branches]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        inner = _seq(sub)
        if low == high == 1:
            return inner
        if low == 0 and high == 1 and inner.exact is not None:  # optional: with or without it
            return _Info(inner.exact | {""}, TRUE)
        if low == 0:
            return _Info(None, TRUE) if high != 0 else _Info(frozenset({""}), TRUE)
        return _Info(None, _need(inner))  # at least once: what one copy needs
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av)
    return _Info(None, TRUE)  # any character, a negated literal, a back reference, a conditional


def _seq(parsed) -> _Info:  # type: ignore[no-untyped-def]
    return _concat([_node(op, av) for op, av in parsed])


def required(pattern: re.Pattern[str]) -> Formula:
    """What every match of `pattern` contains; TRUE when nothing can be said. Patterns compiled with
    IGNORECASE or VERBOSE are not read (their literals are not the text's)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return TRUE
    return _need(_seq(P.parse(pattern.pattern, pattern.flags)))


def literals(formula: Formula) -> set[str]:
    """Every substring `formula` tests."""
    if formula[0] == "has":
        return {formula[1]}
    if formula[0] in ("any", "all"):
        return set().union(*(literals(f) for f in formula[1]))
    return set()


def compile_holds(formula: Formula) -> Callable[[Set[str]], bool] | None:
    """Whether a text holds what `formula` requires, as a test on the set of its literals the text contains
    (`LiteralScanner.present`); None where the formula requires nothing. A choice between literals is one
    set intersection."""
    kind = formula[0]
    if kind == "has":
        word = formula[1]
        return lambda present: word in present
    if kind == "any" and all(f[0] == "has" for f in formula[1]):
        words = frozenset(f[1] for f in formula[1])
        return lambda present: not words.isdisjoint(present)
    if kind in ("any", "all"):
        parts = [compile_holds(f) for f in formula[1]]
        tests = [t for t in parts if t is not None]
        if kind == "all":
            return lambda present: all(t(present) for t in tests)
        if len(tests) < len(parts):
            return None
        return lambda present: any(t(present) for t in tests)
    return None


class LiteralScanner:
    """Which of many literals a text contains, in one scan: the literals as a trie-shaped alternation read
    at every position (a lookahead, so overlapping ones count). At each position the longest literal is
    reported; every literal starting there is a prefix of it, so the prefixes among the literals are added.
    One pass instead of one search per rule, exact as `in` per literal."""

    def __init__(self, words: Iterable[str]) -> None:
        vocabulary = {w for w in words if w}
        self._scan = re.compile("(?=(" + _trie_pattern(vocabulary) + "))", re.DOTALL).finditer if vocabulary else None
        self._prefixes = {w: frozenset(w[:i] for i in range(1, len(w) + 1) if w[:i] in vocabulary)
                          for w in vocabulary}

    def present(self, text: str) -> set[str]:
        if self._scan is None:
            return set()
        longest = {m.group(1) for m in self._scan(text)}
        longest.discard("")
        return set().union(*(self._prefixes[w] for w in longest))


def _trie_pattern(words: set[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return build(trie)
