"""Redaction of detected spans: a tag naming the kind, a mask that keeps the layout, a keyed pseudonym
(HMAC-SHA256: the same value gives the same token across files and runs with the same key, and nobody
without the key can link a token back to its value), a keyed token with the value's format, or removal."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from modelward.core.errors import ConfigError
from modelward.data.pii.detector import PiiDetector
from modelward.data.pii.entities import PiiMatch

STRATEGIES = ("tag", "mask", "hmac", "format", "remove")
_DIGITS, _UPPER, _LOWER = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
MIN_KEY_BYTES = 16


def normalise(value: str) -> str:
    """The value as compared for pseudonyms: case and separators ignored ("415-555-0132" = "415 555 0132")."""
    return re.sub(r"[\s\-().]", "", value).lower()


def pseudonym(value: str, entity: str, key: bytes, length: int = 12) -> str:
    """A keyed, consistent token for `value`: HMAC-SHA256 over the kind and the normalised value."""
    digest = hmac.new(key, f"{entity}\x00{normalise(value)}".encode(), hashlib.sha256).hexdigest()
    return digest[:length]


def format_token(value: str, entity: str, key: bytes) -> str:
    """A keyed, consistent token with the value's format: every digit becomes a digit, every letter a
    letter of the same case, separators stay (an e-mail keeps its "@" and dots, a phone its layout). It is
    one-way (derived from HMAC-SHA256 over the kind and the normalised value), not reversible encryption
    such as FF1/FF3-1, and it does not keep check digits valid."""
    stream = b""
    counter = 0
    while len(stream) < 2 * len(value):
        stream += hmac.new(key, f"{entity}\x00{normalise(value)}\x00{counter}".encode(), hashlib.sha256).digest()
        counter += 1
    out = []
    for ch, b in zip(value, stream, strict=False):
        alphabet = _DIGITS if ch.isdigit() else _UPPER if ch.isupper() else _LOWER if ch.islower() else ""
        out.append(alphabet[b % len(alphabet)] if alphabet else ch)
    return "".join(out)


def _replacement(m: PiiMatch, strategy: str, key: bytes | None) -> str:
    if strategy == "tag":
        return f"<{m.entity.value.upper()}>"
    if strategy == "mask":
        return "".join("*" if ch.isalnum() else ch for ch in m.text)
    if strategy == "hmac":
        assert key is not None
        return f"<{m.entity.value.upper()}:{pseudonym(m.text, m.entity.value, key)}>"
    if strategy == "format":
        assert key is not None
        return format_token(m.text, m.entity.value, key)
    return ""


def check_strategy(strategy: str, key: bytes | None) -> None:
    if strategy not in STRATEGIES:
        raise ConfigError(f"redaction strategy {strategy!r} is unknown; expected one of {', '.join(STRATEGIES)}")
    if strategy in ("hmac", "format") and (key is None or len(key) < MIN_KEY_BYTES):
        raise ConfigError(f"the {strategy} strategy needs a key of at least {MIN_KEY_BYTES} bytes, kept outside "
                          "the data "
                          "(e.g. in an environment variable)")


def redact(text: str, matches: Sequence[PiiMatch], strategy: str = "tag", key: bytes | None = None) -> str:
    """`text` with every match replaced (matches must not overlap, as `PiiDetector.detect` returns them)."""
    check_strategy(strategy, key)
    parts: list[str] = []
    pos = 0
    for m in sorted(matches):
        if m.start < pos:
            raise ValueError("redact: matches overlap; resolve them first (PiiDetector.detect does)")
        parts.append(text[pos:m.start])
        parts.append(_replacement(m, strategy, key))
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(frozen=True)
class Redacted:
    """A redacted text and what was taken out of it (kinds and positions in the original, not the values)."""

    text: str
    matches: tuple[PiiMatch, ...]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Redactor:
    """Detects and redacts in one call."""

    detector: PiiDetector = field(default_factory=PiiDetector)
    strategy: str = "tag"
    key: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        check_strategy(self.strategy, self.key)

    def __call__(self, text: str) -> Redacted:
        matches = self.detector.detect(text)
        counts: dict[str, int] = {}
        for m in matches:
            counts[m.entity.value] = counts.get(m.entity.value, 0) + 1
        return Redacted(redact(text, matches, self.strategy, self.key), matches, counts)
