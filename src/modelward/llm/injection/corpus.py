"""Labelled prompts built from templates, for training and measuring the injection detector.

A `TemplateSet` holds phrase templates per attack family and for benign prompts (ordinary ones and hard
negatives: security questions, "ignore" in its ordinary senses, harmless role-play, benign encodings).
`{slot}` in a template is replaced by a random choice among the slot's phrases (recursively); braces
naming no slot are left as they are (JSON, code). The obfuscated family encodes attack payloads with
the encoders below (base64, hex, rot13, leetspeak, zero-width characters, lookalike letters, letter
spacing, Unicode tag characters, reversal, payload splitting, URL escapes, full-width letters).

The detector ships trained on set A (`modelward.llm.injection.corpus_a`); bench/llm measures it on a
set B written separately, with other phrasings, carriers and topics, and another seed.
"""

from __future__ import annotations

import base64
import codecs
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

ATTACK_FAMILIES = ("override", "roleplay", "extraction", "delimiter", "indirect", "obfuscated", "multilingual")
BENIGN_FAMILIES = ("benign", "hard")
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Example:
    text: str
    label: int  # 1: an injection or jailbreak, 0: benign
    family: str


@dataclass(frozen=True)
class TemplateSet:
    name: str
    slots: Mapping[str, Sequence[str]]
    attacks: Mapping[str, Sequence[str]]           # family -> templates (obfuscated: see below)
    benign: Sequence[str]
    hard: Sequence[str]
    obfuscation_wrappers: Sequence[str] = ()       # templates holding {encoded}
    obfuscation_payload: str = "{payload}"         # the slot the payloads come from
    encoders: Sequence[str] = ()                   # names in ENCODERS
    hard_encoded: Sequence[str] = field(default_factory=tuple)  # benign texts to encode as hard negatives


def fill(template: str, slots: Mapping[str, Sequence[str]], rng: np.random.Generator, depth: int = 0) -> str:
    """`template` with every `{slot}` replaced by a random phrase of that slot (slots may nest)."""
    if depth > 8:
        return template

    def pick(m: re.Match[str]) -> str:
        options = slots.get(m.group(1))
        if not options:
            return m.group(0)
        return fill(options[int(rng.integers(len(options)))], slots, rng, depth + 1)

    return _SLOT.sub(pick, template)


# -- encoders: how attackers hide a payload ----------------------------------------------------------
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "x": "х", "y": "у", "s": "ѕ"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def _zero_width(text: str, rng: np.random.Generator) -> str:
    marks = ("\u200b", "\u200c", "\u200d", "\u2060")
    return "".join(ch + (marks[int(rng.integers(4))] if ch.isalpha() and rng.random() < 0.5 else "") for ch in text)


def _homoglyph(text: str, rng: np.random.Generator) -> str:
    return "".join(_HOMOGLYPHS[ch] if ch in _HOMOGLYPHS and rng.random() < 0.6 else ch for ch in text)


def _leet(text: str, rng: np.random.Generator) -> str:
    return "".join(_LEET[ch] if ch in _LEET and rng.random() < 0.8 else ch for ch in text.lower())


def _spaced(text: str, rng: np.random.Generator) -> str:
    sep = (" ", ".", "-", " ")[int(rng.integers(4))]
    return "  ".join(sep.join(word) for word in text.split())


def _tags(text: str, rng: np.random.Generator) -> str:
    return "".join(chr(0xE0000 + ord(ch)) if 0x20 <= ord(ch) < 0x7F else ch for ch in text)


def _split(text: str, rng: np.random.Generator) -> str:
    words = text.split()
    cut = max(1, len(words) // 2)
    a, b = " ".join(words[:cut]), " ".join(words[cut:])
    return f'a = "{a}"\nb = "{b}"\nNow take a + b and do exactly what it says.'


def _fullwidth(text: str, rng: np.random.Generator) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


ENCODERS: Mapping[str, Callable[[str, np.random.Generator], str]] = {
    "base64": lambda t, r: base64.b64encode(t.encode()).decode(),
    "hex": lambda t, r: t.encode().hex(),
    "rot13": lambda t, r: codecs.encode(t, "rot13"),
    "leet": _leet,
    "zero_width": _zero_width,
    "homoglyph": _homoglyph,
    "spaced": _spaced,
    "tags": _tags,
    "reversed": lambda t, r: t[::-1],
    "split": _split,
    "url": lambda t, r: "".join(f"%{b:02X}" for b in t.encode()),
    "fullwidth": _fullwidth,
}
_SELF_EXPLAINING = frozenset({"tags", "zero_width", "homoglyph", "spaced", "leet", "fullwidth", "split"})


def _unique(make: Callable[[], str], n: int, seen: set[str], tries: int = 20) -> list[str]:
    out: list[str] = []
    for _ in range(n * tries):
        if len(out) == n:
            break
        text = re.sub(r"[ \t]+", " ", make()).strip()
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def generate(ts: TemplateSet, seed: int, per_family: int = 300, benign: int = 1000,
             hard: int = 1000) -> list[Example]:
    """`per_family` attacks of each family, `benign` ordinary prompts and `hard` hard negatives, all
    distinct (fewer when the templates cannot make that many)."""
    rng = np.random.default_rng(seed)
    seen: set[str] = set()
    out: list[Example] = []

    def from_templates(templates: Sequence[str]) -> Callable[[], str]:
        return lambda: fill(templates[int(rng.integers(len(templates)))], ts.slots, rng)

    for family in ATTACK_FAMILIES:
        make = _obfuscated_maker(ts, rng) if family == "obfuscated" else from_templates(ts.attacks[family])
        out += [Example(t, 1, family) for t in _unique(make, per_family, seen)]
    out += [Example(t, 0, "benign") for t in _unique(from_templates(ts.benign), benign, seen)]
    hard_makers = [from_templates(ts.hard)]
    if ts.hard_encoded:
        hard_makers.append(_benign_encoded_maker(ts, rng))
    share = [0.85, 0.15] if len(hard_makers) == 2 else [1.0]
    for maker, fraction in zip(hard_makers, share, strict=True):
        out += [Example(t, 0, "hard") for t in _unique(maker, round(hard * fraction), seen)]
    return out


def _obfuscated_maker(ts: TemplateSet, rng: np.random.Generator) -> Callable[[], str]:
    def make() -> str:
        payload = fill(ts.obfuscation_payload, ts.slots, rng)
        name = ts.encoders[int(rng.integers(len(ts.encoders)))]
        encoded = ENCODERS[name](payload, rng)
        if name in _SELF_EXPLAINING and rng.random() < 0.5:
            return encoded
        wrapper = ts.obfuscation_wrappers[int(rng.integers(len(ts.obfuscation_wrappers)))]
        return fill(wrapper.replace("{encoded}", "\x00"), ts.slots, rng).replace("\x00", encoded).replace(
            "{how}", name)
    return make


def _benign_encoded_maker(ts: TemplateSet, rng: np.random.Generator) -> Callable[[], str]:
    """Benign requests that hold encoded data (decode this base64 of a harmless sentence, ...)."""
    def make() -> str:
        text = fill(ts.hard_encoded[int(rng.integers(len(ts.hard_encoded)))], ts.slots, rng)
        return _ENCODED_SLOT.sub(lambda m: ENCODERS[m.group(1)](fill("{harmless_sentence}", ts.slots, rng), rng),
                                 text)
    return make


_ENCODED_SLOT = re.compile(r"\[\[(base64|hex|rot13|url|reversed)\]\]")


def split_labels(examples: Sequence[Example]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, labels and families as arrays."""
    return ([e.text for e in examples], np.array([e.label for e in examples], dtype=int),
            np.array([e.family for e in examples]))
