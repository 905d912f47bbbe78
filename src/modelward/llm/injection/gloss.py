"""The gloss rules: each word of a text that the gloss lexicon (`gloss_words`) knows is read as its concept
(ignore, previous, instructions, system prompt, show, without restrictions, ...), and concepts that make
an injection together within one sentence are a hit, whatever the language and word order:

- override: a verb of setting aside near the model's instructions or restrictions;
- extraction: a verb of disclosure near the system prompt, or near instructions called initial, previous
  or "yours";
- role-play: "without restrictions" (or one word for it, or "DAN", "jailbreak") with "from now on",
  "pretend", or a word for AI.

A hit needs at least one word of the lexicon's languages, not only English loans, so English is left to
the English rules; a whole-word entry of four letters or fewer ("insa", "nuna": names, or words of other
languages) counts as a loan does. Words are folded first (`fold`): zero-width characters are gone already
(`normalize`), accents, lookalike letters, Hebrew points and Arabic vowel signs no longer split a word from
its entry; an entry that folds to a frequent English word (Latvian "ignorē") is read only with its accent.
Sentences end at full stops of every script and at colons and semicolons. Scripts written without spaces
(Thai, Lao, Khmer, Burmese, Tibetan, Chinese, Japanese) are searched inside each run, as are entries marked
"*" (word stems behind Bantu noun-class and verb prefixes); a run counts one word per `CHARS_PER_WORD`
characters when concepts are measured apart.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from modelward.llm.injection.gloss_words import LOANS, WORDS
from modelward.llm.injection.normalize import COMMON_WORDS, CONFUSABLES

# Letters and combining marks (accents, Indic / Arabic / Hebrew / Thaana / Southeast Asian vowel signs are
# not \w), the Armenian marks written inside a word, the Tibetan syllable dot (tsheg); not the danda, the
# shad or the Khmer and Burmese full stops.
_TOKEN = re.compile(r"[\w'\u02bb\u02bc\u0300-\u036f\u055b\u055c\u055e\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                    r"\u0670\u06d6-\u06ed\u0780-\u07b1\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u0f0b\u0f0c"
                    r"\u0f18-\u0fbc\u1000-\u1049\u1050-\u109f\u1780-\u17d3\u17dc\u17dd]+")
# Sentence ends, and the colon and semicolon (an order listed after "the rules:" is not about them).
_SENTENCE_END = re.compile(r"[.!?\n。！？।॥۔؟።։།။។៕:;：；؛፤፥\u2024]")
# Scripts written without spaces between words (Thai, Lao, Tibetan, Burmese, Khmer, Chinese, Japanese): their
# entries are found anywhere inside a token, and a token of them counts one word per `CHARS_PER_WORD`.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
CHARS_PER_WORD = 6
# Lookalikes to Latin; dropped: the Armenian marks written inside a word, the Arabic tatweel and vowel signs,
# the Hebrew points (Yiddish is written with and without them); the Yiddish digraph letters spelled out.
_FOLD: dict[int, str | None] = {
    **{k: v.lower() for k, v in CONFUSABLES.items()}, ord("ł"): "l", ord("đ"): "d", ord("ı"): "i",
    0x55B: None, 0x55C: None, 0x55E: None, 0x640: None,
    **dict.fromkeys([*range(0x64B, 0x660), 0x670, *range(0x591, 0x5C8)]),
    0x5F0: "וו", 0x5F1: "וי", 0x5F2: "יי",
}
MAX_GAP = 8  # words between the two concepts of a pair
WEIGHT = 0.9
ROLEPLAY_WEIGHT = 0.85


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """`word` lower-cased, Latin / Greek / Cyrillic accents dropped, lookalike letters mapped to Latin, the
    marks and points of `_FOLD` dropped."""
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
    inside: bool = False  # found anywhere inside a word (unspaced scripts, entries marked "*")
    accented: bool = False  # matched on the word as written (lower case), not folded: see `_entries`
    language: str = ""  # the table it comes from ("" for the English loans)


MIN_INSIDE = 5  # letters of an entry marked "*" (found inside a word of a spaced script)
MAX_PARTICLE = 3  # letters of a word inside a phrase read as a whole word (see `_entries`)
MAX_WEAK = 4  # letters of a whole-word entry that cannot make a hit with an English loan alone


# The virama of the Indic scripts: a stem written with a final dead consonant ("ப்ராம்ப்ட்") takes case
# endings on that consonant ("ப்ராம்ப்டை"), so a stem is matched without it.
_VIRAMA = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca")


def _stem(word: str, whole: bool) -> str:
    return word[:-1] if not whole and len(word) > 3 and word[-1] in _VIRAMA else word


def _entries() -> Iterable[_Entry]:
    for language, native, table in [(lang, True, words) for lang, words in WORDS.items()] + [("", False, LOANS)]:
        for concept, text in table.items():
            for item in text.split():
                whole = item.endswith("=")
                inside = item.startswith("*") or bool(_UNSPACED.match(item))
                words = _TOKEN.findall(item.strip("*").rstrip("=").replace("_", " "))
                # A phrase's last word is whole when the entry ends in "="; a word before it of three letters
                # or fewer ("ne", "a", "ka") is always whole (a particle, not a stem of every word it begins).
                exact = [whole if i == len(words) - 1 else len(fold(w)) <= MAX_PARTICLE for i, w in enumerate(words)]
                parts = tuple((_stem(fold(w), x), x) for w, x in zip(words, exact, strict=True))
                if inside:
                    if len(parts) > 1 or len(parts[0][0]) < (3 if _UNSPACED.match(item) else MIN_INSIDE):
                        raise ValueError(f"gloss entry {item!r}: an inside entry is one word of enough letters")
                    yield _Entry(parts, concept, native, inside=True, language=language)
                    continue
                short = len(parts[0][0]) < (2 if whole else 3)
                if len(parts) == 1 and short:
                    continue  # too short: a false friend
                # A short whole word ("insa", "nuna") is also a name or a word elsewhere: it is read, but a
                # hit needs a longer word of a language beside it, as an English loan does.
                strong = native and not (len(parts) == 1 and whole and len(parts[0][0]) <= MAX_WEAK)
                if len(parts) == 1 and native and parts[0][0] in COMMON_WORDS:
                    accented = unicodedata.normalize("NFC", words[0].lower())
                    if accented != parts[0][0]:  # "ignorē" folds to "ignore": read only with its accent
                        yield _Entry(((accented, whole),), concept, strong, accented=True, language=language)
                    continue
                yield _Entry(parts, concept, strong, language=language)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]], tuple[int, ...],
                      dict[str, list[_Entry]], re.Pattern[str] | None]:
    """Entries by their first word: whole words, stems (matched on a word's prefix of that length) and
    inside entries (one alternation, longest first, searched in each word)."""
    whole: dict[str, list[_Entry]] = {}
    stems: dict[str, list[_Entry]] = {}
    inside: dict[str, list[_Entry]] = {}
    for e in _entries():
        word, exact = e.parts[0]
        key = "\0" + word if e.accented else word  # never a folded word: looked up with the word as written
        (inside if e.inside else whole if exact else stems).setdefault(key, []).append(e)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(inside, key=len, reverse=True))) if inside else None
    return whole, stems, tuple(sorted({len(s) for s in stems})), inside, pattern


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[_Entry, ...]:
    whole, stems, lengths, _, _ = _index()
    found = list(whole.get(word, ()))
    for n in lengths:
        if n > len(word):
            break
        found += stems.get(word[:n], ())
    return tuple(found)


@lru_cache(maxsize=65536)
def _written(word: str) -> tuple[_Entry, ...]:
    """The entries read on `word` as written (lower case, accents kept)."""
    return _candidates("\0" + unicodedata.normalize("NFC", word.lower()))


@lru_cache(maxsize=65536)
def _inside(word: str) -> tuple[tuple[_Entry, int, int], ...]:
    """The inside entries found in `word`: (entry, start, end) in the folded word, leftmost-longest."""
    _, _, _, inside, pattern = _index()
    if pattern is None:
        return ()
    return tuple((e, m.start(), m.end()) for m in pattern.finditer(word) for e in inside[m.group(0)])


def _part_matches(word: str, part: tuple[str, bool]) -> bool:
    return word == part[0] if part[1] else word.startswith(part[0])


@dataclass(frozen=True)
class Concept:
    name: str
    index: int  # word position in the sentence (of the first word of a phrase)
    span: tuple[int, int]  # characters in the text
    native: bool
    last: int = -1  # word position of the last word of a phrase (`index` when -1)

    @property
    def end(self) -> int:
        return self.index if self.last < 0 else self.last

    def gap(self, other: Concept) -> int:
        """How many words apart the two concepts are (0 when they overlap), phrases measured from their ends."""
        return max(0, other.index - self.end, self.index - other.end)


@lru_cache(maxsize=65536)
def _word(token: str) -> tuple[str, bool, frozenset[str]]:
    """A token's folded form, whether it is of an unspaced script, and the concepts it may start (its
    entries as folded and as written, and the inside entries found in it; a phrase may still not match)."""
    word = fold(token)
    unspaced = not word.isascii() and _UNSPACED.search(word) is not None
    written = () if token.isascii() else _written(token)
    names = {e.concept for e in _candidates(word) + written} | {e.concept for e, _, _ in _inside(word)}
    return word, unspaced, frozenset(names)


@lru_cache(maxsize=65536)
def _names(token: str) -> frozenset[str]:
    """`_word(token)`'s concepts (its own cache: `map` over it runs with no Python frame a token)."""
    return _word(token)[2]


# Where the order "forget!" and the report "I forgot" are one word, a first-person subject before it (Haitian
# "m/mwen bliye", Yoruba "mo/mi gbagbe") or a first-person auxiliary after it (Basque "ahaztu ditut") makes
# a report: "I forgot the rules, sorry" is no order to the model.
# Only for the verbs of these languages: elsewhere "mi" or "mo" before a verb would let an attacker mute it.
_REPORTED: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # language: (words before, words after)
    "ht": (frozenset({"m", "mwen"}), frozenset()),
    "yo": (frozenset({"mo", "mi"}), frozenset()),
    "eu": (frozenset(), frozenset({"dut", "ditut", "nuen", "nituen", "dugu", "ditugu", "genuen", "genituen"})),
}


def _reported(words: list[tuple[str, bool, frozenset[str]]], first: int, last: int, language: str) -> bool:
    """The words `first`..`last`, a verb of `language`, are in the first person (see `_REPORTED`)."""
    before, after = _REPORTED.get(language, (frozenset(), frozenset()))
    return (first > 0 and words[first - 1][0] in before) or (last + 1 < len(words) and words[last + 1][0] in after)


def _sentence_concepts(text: str, start: int, end: int) -> list[Concept]:
    """The concepts of the sentence `text[start:end]`; a verb of setting aside said of oneself is none."""
    sentence = text[start:end]
    matches = list(_TOKEN.finditer(sentence))
    words = [_word(m.group(0)) for m in matches]
    found: list[Concept] = []
    positions = []
    position = 0
    for word, unspaced, _ in words:
        positions.append(position)
        position += 1 + (len(word) // CHARS_PER_WORD if unspaced else 0)
    for i, (m, (word, unspaced, names)) in enumerate(zip(matches, words, strict=True)):
        if not names:
            continue
        position = positions[i]
        token = m.group(0)
        written = () if token.isascii() else _written(token)
        for e in _candidates(word) + written:
            rest = e.parts[1:]
            if len(rest) > len(words) - i - 1 or not all(
                    _part_matches(words[i + 1 + k][0], p) for k, p in enumerate(rest)):
                continue
            if e.concept == "drop" and _reported(words, i, i + len(rest), e.language):
                continue
            last = matches[i + len(rest)]
            found.append(Concept(e.concept, position, (start + m.start(), start + last.end()), e.native,
                                 positions[i + len(rest)]))
        for e, a, b in _inside(word):
            at = start + m.start()
            span = (min(at + a, start + m.end()), min(at + b, start + m.end()))  # fold may change length
            first, final = (a // CHARS_PER_WORD, b // CHARS_PER_WORD) if unspaced else (0, 0)
            found.append(Concept(e.concept, position + first, span, e.native, position + final))
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.start() + 1
    bounds.append((start, len(text)))
    return bounds


def concepts(text: str) -> list[list[Concept]]:
    """The concepts of each sentence of `text` (lower-cased or not) that has any, in order. A concept's index
    counts words; a token of an unspaced script counts one word per `CHARS_PER_WORD` characters."""
    return [found for start, end in _sentences(text) if (found := _sentence_concepts(text, start, end))]


def _may_hit(text: str) -> bool:
    """Whether the concepts `text` may hold could make any hit of `_sentence_hits` (cheap: one cached
    lookup a token; an upper bound, so a text it rejects has no hit)."""
    names: set[str] = set().union(*map(_names, set(_TOKEN.findall(text))))
    if "drop" in names and names & {"instr", "restr", "sys"}:
        return True
    if "show" in names and ("sys" in names or ("instr" in names and names & {"sysw", "init", "prior", "your"})):
        return True
    unbound = "free" in names or "persona" in names or {"restr", "without"} <= names
    return unbound and bool(names & {"now", "persona", "ai"})


@dataclass(frozen=True)
class GlossHit:
    rule: str
    family: str
    weight: float
    span: tuple[int, int]


def _close(x: Concept, y: Concept, gap: int) -> bool:
    return x is not y and x.gap(y) <= gap and (x.native or y.native)


_SCAN = 16  # a list of concepts up to this long is searched in order; a longer one through its positions


class _Nearby:
    """The concepts `b`, to find for a concept x the first of them (in `b`'s order) within `gap` words of x,
    not x itself, one of the two native. A long list (a flood of vocabulary) is indexed by position, so that
    pairing n concepts costs n log n instead of n²; the answer is the same."""

    def __init__(self, b: list[Concept], gap: int) -> None:
        self.b, self.gap = b, gap
        if len(b) > _SCAN:
            self.order = sorted(range(len(b)), key=lambda k: b[k].index)
            self.starts = [b[k].index for k in self.order]
            self.reach = max(c.end - c.index for c in b)  # a phrase's length in words

    def first(self, x: Concept) -> Concept | None:
        if len(self.b) <= _SCAN:
            return next((y for y in self.b if _close(x, y, self.gap)), None)
        # y is within `gap` of x only if y.index <= x.end + gap and y.end >= x.index - gap, and y.end is at
        # most y.index + reach: every candidate starts in this range.
        lo = bisect_left(self.starts, x.index - self.gap - self.reach)
        hi = bisect_right(self.starts, x.end + self.gap)
        found = [k for k in self.order[lo:hi] if _close(x, self.b[k], self.gap)]
        return self.b[min(found)] if found else None


def _near(a: list[Concept], b: list[Concept], gap: int = MAX_GAP) -> tuple[Concept, Concept] | None:
    """The first concept of `a` with one of `b` near it, and the first such of `b`."""
    nearby = _Nearby(b, gap)
    for x in a:
        y = nearby.first(x)
        if y is not None:
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
    owned = _Nearby(get("sysw", "init", "prior", "your"), 3)
    qualified = get("sys") + [c for c in get("instr") if owned.first(c)]
    pair = _near(get("show"), qualified)
    if pair:
        hits.append(_hit("gloss.extraction", "multilingual", WEIGHT, pair))
    # "without restrictions": either word may be the one near "from now on" (a long "no ... at all" between)
    near_without, near_restr = _Nearby(get("without"), 3), _Nearby(get("restr"), 3)
    unbound = get("free") + [c for c in get("restr") if near_without.first(c)]
    unbound += [c for c in get("without") if near_restr.first(c)]
    pair = _near(unbound + [c for c in get("persona") if not c.native], get("now", "persona", "ai"))
    if pair:
        hits.append(_hit("gloss.roleplay", "multilingual", ROLEPLAY_WEIGHT, pair))
    return hits


def gloss_hits(text: str) -> list[GlossHit]:
    """Every gloss rule that matches `text`, one per rule (the first)."""
    seen: dict[str, GlossHit] = {}
    if not _may_hit(text):  # a hit pairs two concepts of one sentence
        return []
    for start, end in _sentences(text):
        if not _may_hit(text[start:end]):
            continue
        found = _sentence_concepts(text, start, end)
        if len(found) < 2:
            continue
        for h in _sentence_hits(found):
            seen.setdefault(h.rule, h)
    return list(seen.values())
