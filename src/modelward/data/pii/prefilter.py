"""Where a card number, an SSN, a French NIR or an IBAN can start in a text, found in one pass over its
bytes, so that the recogniser's own pattern is tried only there.

Those patterns open with a digit (or a capital) and look behind it for a word character, so the engine stops
at every digit of the text to try them: a quarter of the characters of a log or a form. Here the text's
bytes are first mapped to classes (`classes`: "0" a digit, "A" a capital, "a" another word character, "-"
kept where the pattern tells it apart, " " anything else) and a pattern over the classes that opens with a
literal (" 0", " AA00") and asks only for the length of the shape finds the few places a match can begin;
the engine jumps between literals instead of stopping at every digit. Each shape accepts at least every
start of its recogniser's pattern, and `finditer_at` tries that pattern at those places in order, skipping
what a match has consumed, which is exactly what `finditer` does (tests/data/pii/test_prefilter.py). A
character outside ASCII counts as a space: right for a letter (the patterns refuse a word character before
them, which only adds a place to try) and for punctuation, not for a digit outside ASCII, which the patterns'
\\d takes: a text holding one is scanned by the pattern itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


def _table(dash: bool) -> bytes:
    table = bytearray(b" " * 256)
    table[ord("0"):ord("9") + 1] = b"0" * 10
    table[ord("A"):ord("Z") + 1] = b"A" * 26
    table[ord("a"):ord("z") + 1] = b"a" * 26
    table[ord("_")] = ord("a")
    if dash:
        table[ord("-")] = ord("-")
    return bytes(table)


WORD = _table(dash=False)  # word characters by class, everything else a space
DASHED = _table(dash=True)  # the same with "-" kept (a separator inside cards and SSNs, refused before them)


def classes(text: str, table: bytes) -> bytes:
    """`text` as classes, after one space: class index i + 1 is text index i, so that a shape that opens with
    " " also finds a start at the text's first character. A character outside ASCII becomes "?" (one byte for
    one character), then a space."""
    return b" " + text.encode("ascii", "replace").translate(table)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4)  # the recognisers of a detector ask it in turn about the same text
def ascii_digits(text: str) -> bool:
    """True when every decimal digit of `text` (what a str pattern's \\d takes) is one of 0-9."""
    return text.isascii() or not any(m.group().isdecimal() for m in _NON_ASCII.finditer(text))


# (table, shape): every match of the recogniser's pattern starts right after a " " of the shape's match.
# The patterns refuse a word character before their first digit or capital (cards also ".", "+" and "-",
# SSNs "-"); the shapes keep the least of what follows: 12 digits with single separators for a card,
# 3-2-4 for an SSN, the NIR's groups ("2A"/"2B" for Corsica), a country, check digits and 11 more for an IBAN.
CARD = (DASHED, re.compile(rb" 0(?=(?:[ -]?0){11})"))
SSN = (DASHED, re.compile(rb" 0(?=00[- ]?00[- ]?0000)"))
NIR = (WORD, re.compile(rb" 0(?= ?00 ?00 ?0[0A] ?000 ?000 ?00)"))
IBAN = (WORD, re.compile(rb" AA00(?=(?: ?[A0]){11})"))


def starts(text: str, shape: tuple[bytes, re.Pattern[bytes]]) -> Iterator[int]:
    """The places in `text` (whose digits are ASCII) where the recogniser of `shape` can match, in order (a
    superset of them)."""
    table, pattern = shape
    return (m.start() for m in pattern.finditer(classes(text, table)))


def scan(text: str, shape: tuple[bytes, re.Pattern[bytes]], ascii_pattern: re.Pattern[str],
         pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` (`ascii_pattern`, its re.ASCII twin, on an ASCII text), tried only where
    `shape` finds a start when the text's digits are ASCII."""
    if text.isascii():
        return finditer_at(ascii_pattern, text, starts(text, shape))
    if ascii_digits(text):
        return finditer_at(pattern, text, starts(text, shape))
    return pattern.finditer(text)


def finditer_at(pattern: re.Pattern[str], text: str, places: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that matches no empty string, given ascending `places` that
    hold every position where it can match: each next match is the first place at or after the previous
    match's end where the pattern matches, which is how finditer searches."""
    end = 0
    for place in places:
        if place < end:
            continue
        m = pattern.match(text, place)
        if m is not None:
            yield m
            end = m.end()
