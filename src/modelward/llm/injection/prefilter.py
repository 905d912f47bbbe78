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
from itertools import product, repeat
from operator import call
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser: read as re reads it
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

MAX_EXACT = 64  # strings kept while a part's exact spellings are enumerated
MAX_SET_CHARS = 4  # a character class of at most this many characters is enumerated
MIN_LITERAL = 3  # shorter strings are too common to be worth a test: they require nothing
START_CHARS = 5  # the strings a match starts with are cut to this many characters (see `starts`)

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


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _starts_seq(parsed) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    """Strings one of which every match of a sequence starts with, or None: the spellings of its leading
    exact parts joined (zero-width parts skipped), else the starts of its first part."""
    prefixes: frozenset[str] = frozenset({""})
    for op, av in parsed:
        if op is C.SUBPATTERN and (av[1] or av[2]):  # (?i:...) and the like: its literals are not the text's
            return None if "" in prefixes else prefixes
        if op in _ZERO_WIDTH and not prefixes - {""}:
            continue  # a lookaround or \b before anything is read: the match still starts here
        info = _node(op, av)
        if info.exact is not None and len(prefixes) * len(info.exact) <= MAX_EXACT:
            prefixes = frozenset(a + b for a, b in product(prefixes, info.exact))
            continue
        if "" not in prefixes:
            return prefixes
        if prefixes == {""}:  # nothing exact read yet: the first part's own starts
            return _starts_node(op, av)
        return None
    return None if "" in prefixes else prefixes


def _starts_node(op, av) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    if op is C.SUBPATTERN:
        return _starts_seq(av[-1])
    if op is C.BRANCH:
        found = [_starts_seq(b) for b in av[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _starts_seq(av[2])
    return None


def starts(pattern: re.Pattern[str], length: int = START_CHARS) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` begins with, cut to `length` characters (fewer strings
    to find, a few more positions to try) and none a prefix of another; None when nothing can be said. A
    match can only start where one of them occurs, so those positions are the only ones `pattern.match` need
    try (`first_match`). IGNORECASE and VERBOSE patterns are not read."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _starts_seq(P.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    cut = {s[:length] for s in found}
    return frozenset(s for s in cut if not any(s != t and s.startswith(t) for t in cut))


def first_match(pattern: re.Pattern[str], starts: Iterable[str], text: str) -> tuple[int, int] | None:
    """`pattern.search(text)`'s span, trying `pattern.match` only where one of `starts` (see `starts`)
    occurs, leftmost first."""
    positions = set()
    for s in starts:
        i = text.find(s)
        while i >= 0:
            positions.add(i)
            i = text.find(s, i + 1)
    for p in sorted(positions):
        m = pattern.match(text, p)
        if m is not None:
            return m.span()
    return None


def literals(formula: Formula) -> set[str]:
    """Every substring `formula` tests."""
    if formula[0] == "has":
        return {formula[1]}
    if formula[0] in ("any", "all"):
        return set().union(*(literals(f) for f in formula[1]))
    return set()


def _choice(formula: Formula) -> frozenset[str] | None:
    """The literals of a formula that is one literal or a choice between literals, else None."""
    if formula[0] == "has":
        return frozenset({formula[1]})
    if formula[0] == "any" and all(f[0] == "has" for f in formula[1]):
        return frozenset(f[1] for f in formula[1])
    return None


def compile_holds(formula: Formula) -> Callable[[Set[str]], bool] | None:
    """Whether a text holds what `formula` requires, as a test on the set of its literals the text contains
    (`LiteralScanner.present`); None where the formula requires nothing. A choice between literals is one
    set intersection; the choices a formula requires all of are tested by one `map` (a C loop, no Python
    call per choice)."""
    kind = formula[0]
    if kind == "has":
        word = formula[1]
        return lambda present: word in present
    if kind not in ("any", "all"):
        return None
    choices: list[frozenset[str]] = []
    tests: list[Callable[[Set[str]], bool]] = []
    for part in formula[1]:
        choice = _choice(part)
        if choice is not None:
            choices.append(choice)
            continue
        test = compile_holds(part)
        if test is None and kind == "any":
            return None  # one way requires nothing: the choice requires nothing
        if test is not None:
            tests.append(test)
    if kind == "any":
        words = frozenset().union(*choices)
        if not tests:
            return lambda present: not words.isdisjoint(present)
        return lambda present: not words.isdisjoint(present) or any(map(call, tests, repeat(present)))
    sets = tuple(choices)
    if not tests:
        return lambda present: not any(map(frozenset.isdisjoint, sets, repeat(present)))
    return lambda present: (not any(map(frozenset.isdisjoint, sets, repeat(present)))
                            and all(map(call, tests, repeat(present))))


class LiteralScanner:
    """Which of many literals a text contains, exact as `in` per literal. With pyahocorasick (the `llm`
    extra) one Aho-Corasick pass over the text finds every occurrence of every literal (3.5x faster than the
    regexes below on set E's views, the same sets: tests/llm/injection/test_prefilter.py). Without it: a
    literal of one character is
    there when the text holds that character. For each first character of a longer literal that the text
    holds, one regex: that character, then the rest of the literals starting with it (one character or more)
    as a trie-shaped alternation inside a lookahead, so overlapping ones count. `re` finds a leading
    character with its fast literal search and reads only the positions that hold it (one alternation of
    every literal tried all ~150 first characters at every position: twice the time on a long document).
    At each position the longest literal is reported; every literal starting there is a prefix of it, so
    the prefixes among the literals are added."""

    def __init__(self, words: Iterable[str]) -> None:
        vocabulary = {w for w in words if w}
        self._automaton = _automaton(vocabulary) if USE_AUTOMATON else None
        if self._automaton is not None:
            return  # the regexes below are only the way without it
        tails: dict[str, set[str]] = {}
        for word in vocabulary:
            if len(word) > 1:
                tails.setdefault(word[0], set()).add(word[1:])
        self._scans = {first: re.compile(re.escape(first) + "(?=(" + _trie_pattern(rest) + "))", re.DOTALL).findall
                       for first, rest in tails.items()}
        self._firsts = frozenset(self._scans)
        self._singles = frozenset(w for w in vocabulary if len(w) == 1)
        self._prefixes = {w: frozenset(w[:i] for i in range(1, len(w) + 1) if w[:i] in vocabulary)
                          for w in vocabulary}

    def present(self, text: str) -> set[str]:
        if self._automaton is not None:
            return {w for _, w in self._automaton.iter(text)}
        chars = set(text)
        longest = {first + rest for first in self._firsts.intersection(chars) for rest in set(self._scans[first](text))}
        return set(self._singles.intersection(chars)).union(*(self._prefixes[w] for w in longest))


USE_AUTOMATON = True  # tests turn it off to compare the two ways


def _automaton(words: set[str]) -> Any:
    """An Aho-Corasick automaton of `words`, or None without pyahocorasick or words."""
    try:
        import ahocorasick
    except ImportError:
        return None
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


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
