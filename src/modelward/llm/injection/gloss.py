"""The gloss rules: each word of a text that the gloss lexicon (`gloss_words`) knows is read as its concept
(ignore, previous, instructions, system prompt, show, without restrictions, ...), and concepts that make
an injection together within one sentence are a hit, whatever the language and word order:

- override: a verb of setting aside near the model's instructions or restrictions;
- extraction: a verb of disclosure near the system prompt, or near instructions called initial, previous
  or "yours";
- role-play: "without restrictions" (or one word for it, or "DAN", "jailbreak") with "from now on",
  "pretend", or a word for AI.

A hit needs at least one word of the lexicon's languages, not only English loans, so English is left to
the English rules. Words are folded first (`fold`): zero-width characters are gone already (`normalize`),
accents and lookalike letters no longer split a word from its entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from modelward.llm.injection.gloss_words import LOANS, WORDS
from modelward.llm.injection.normalize import COMMON_WORDS, CONFUSABLES

# Letters and combining marks (accents, Indic / Arabic / Hebrew vowel signs are not \w), not the danda.
_TOKEN = re.compile(r"[\w'\u02bb\u02bc\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
                    r"\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff]+")
_SENTENCE_END = re.compile(r"[.!?\n。！？।॥۔؟።]")
_FOLD = {**{k: v.lower() for k, v in CONFUSABLES.items()}, ord("ł"): "l", ord("đ"): "d", ord("ı"): "i"}
MAX_GAP = 8  # words between the two concepts of a pair
WEIGHT = 0.9
ROLEPLAY_WEIGHT = 0.85


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """`word` lower-cased, Latin / Greek / Cyrillic accents dropped, lookalike letters mapped to Latin."""
    if word.isascii():  # nothing to normalise, decompose or map (the lookalikes are not ASCII)
        return word.lower().replace("'", "")
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", word).lower())
    stripped = "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F).replace("'", "").replace("ʼ", "")
    return unicodedata.normalize("NFC", stripped).translate(_FOLD).replace("ʻ", "")


@dataclass(frozen=True)
class _Entry:
    parts: tuple[tuple[str, bool], ...]  # (folded word, whole word only)
    concept: str
    native: bool


def _entries() -> Iterable[_Entry]:
    for native, table in [(True, words) for words in WORDS.values()] + [(False, LOANS)]:
        for concept, text in table.items():
            for item in text.split():
                whole = item.endswith("=")
                words = _TOKEN.findall(item.rstrip("=").replace("_", " "))
                parts = tuple((fold(w), whole and i == len(words) - 1) for i, w in enumerate(words))
                short = len(parts[0][0]) < (2 if whole else 3)
                if len(parts) == 1 and (short or (native and parts[0][0] in COMMON_WORDS)):
                    continue  # too short or a frequent word of another language: a false friend
                yield _Entry(parts, concept, native)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]], tuple[int, ...]]:
    """Entries by their first word: whole words, and stems (matched on a word's prefix of that length)."""
    whole: dict[str, list[_Entry]] = {}
    stems: dict[str, list[_Entry]] = {}
    for e in _entries():
        word, exact = e.parts[0]
        (whole if exact else stems).setdefault(word, []).append(e)
    return whole, stems, tuple(sorted({len(s) for s in stems}))


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[_Entry, ...]:
    whole, stems, lengths = _index()
    found = list(whole.get(word, ()))
    for n in lengths:
        if n > len(word):
            break
        found += stems.get(word[:n], ())
    return tuple(found)


def _part_matches(word: str, part: tuple[str, bool]) -> bool:
    return word == part[0] if part[1] else word.startswith(part[0])


@dataclass(frozen=True)
class Concept:
    name: str
    index: int  # word position in the sentence
    span: tuple[int, int]  # characters in the text
    native: bool


def concepts(text: str) -> list[list[Concept]]:
    """The concepts of each sentence of `text` (lower-cased or not), in order."""
    out: list[list[Concept]] = []
    start = 0
    for end_match in [*_SENTENCE_END.finditer(text), None]:
        end = end_match.start() if end_match else len(text)
        sentence = text[start:end]
        tokens = [(m, fold(m.group(0))) for m in _TOKEN.finditer(sentence)]
        found: list[Concept] = []
        for i, (m, word) in enumerate(tokens):
            for e in _candidates(word):
                rest = e.parts[1:]
                if len(rest) > len(tokens) - i - 1 or not all(
                        _part_matches(tokens[i + 1 + k][1], p) for k, p in enumerate(rest)):
                    continue
                last = tokens[i + len(rest)][0]
                found.append(Concept(e.concept, i, (start + m.start(), start + last.end()), e.native))
        if found:
            out.append(found)
        start = end + 1
    return out


@dataclass(frozen=True)
class GlossHit:
    rule: str
    family: str
    weight: float
    span: tuple[int, int]


def _near(a: list[Concept], b: list[Concept], gap: int = MAX_GAP) -> tuple[Concept, Concept] | None:
    for x in a:
        for y in b:
            if x is not y and abs(x.index - y.index) <= gap and (x.native or y.native):
                return x, y
    return None


def _hit(rule: str, family: str, weight: float, pair: tuple[Concept, Concept]) -> GlossHit:
    a, b = pair
    return GlossHit(rule, family, weight, (min(a.span[0], b.span[0]), max(a.span[1], b.span[1])))


def _sentence_hits(found: list[Concept]) -> list[GlossHit]:
    by: dict[str, list[Concept]] = {}
    for c in found:
        by.setdefault(c.name, []).append(c)

    def get(*names: str) -> list[Concept]:
        return [c for n in names for c in by.get(n, [])]

    hits = []
    pair = _near(get("drop"), get("instr", "restr", "sys"))
    if pair:
        hits.append(_hit("gloss.override", "multilingual", WEIGHT, pair))
    qualified = get("sys") + [c for c in get("instr") if _near([c], get("sysw", "init", "prior", "your"), 3)]
    pair = _near(get("show"), qualified)
    if pair:
        hits.append(_hit("gloss.extraction", "multilingual", WEIGHT, pair))
    unbound = get("free") + [c for c in get("restr") if _near([c], get("without"), 3)]
    pair = _near(unbound + [c for c in get("persona") if not c.native], get("now", "persona", "ai"))
    if pair:
        hits.append(_hit("gloss.roleplay", "multilingual", ROLEPLAY_WEIGHT, pair))
    return hits


def gloss_hits(text: str) -> list[GlossHit]:
    """Every gloss rule that matches `text`, one per rule (the first)."""
    seen: dict[str, GlossHit] = {}
    for found in concepts(text):
        if len(found) < 2:
            continue
        for h in _sentence_hits(found):
            seen.setdefault(h.rule, h)
    return list(seen.values())
