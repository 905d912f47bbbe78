"""Words around a candidate span that make it more or less likely to be personal data.

A span of digits after "order #" is an order number, after "tel." a phone number; "v" or "version"
before a dotted quad makes it a version string, not an IP address. Each rule reads the last few words
before the span, within its sentence and line, lower-cased, and looks them up in sets (no regular
expression per candidate: the detector must stay fast on text full of numbers)."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

WINDOW = 40
_WORDS = re.compile(r"[a-zà-ÿ#/]+(?:\.[a-z])?")
_BOUNDARY = re.compile(r"(?:\n|[.!?] +(?=[A-Z]))")
_NEWLINE = re.compile("\n")
_SENTENCE_ENDS = tuple((stop, re.compile(re.escape(stop) + r" +(?=[A-Z])")) for stop in ".!?")


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled with re.ASCII, for ASCII texts (text.isascii() is free): there it matches exactly as
    `pattern` does, and its \\d and \\w tests are cheaper. Not for patterns with \\s (Unicode \\s also takes
    \\x1c-\\x1f) or IGNORECASE (which folds "ſ" and the Kelvin sign onto ASCII letters)."""
    if any(x in pattern.pattern for x in ("\\s", "\\S", "(?i")) or pattern.flags & re.IGNORECASE:
        raise ValueError(f"not an ASCII-safe pattern: {pattern.pattern!r}")
    return re.compile(pattern.pattern, re.ASCII)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists are written as text blocks)."""
    return frozenset(text.split())


# Identifiers that are not personal data, although digits in them look like phones, cards or SSNs.
IDENTIFIER_WORDS = word_set("""
order invoice inv ref reference tracking track shipment serial s/n sku part item ticket case incident booking
confirmation transaction txn batch lot build version ver release isbn issn doi po pnr model product receipt
request req job account acct customer cust member policy claim container parcel package asset license licence
patent registration reg rev revision firmware
""")
FILLER = frozenset({"no", "no.", "nr", "nr.", "number", "num", "#", "id", "code", "ref", "is", "was", "n"})
VERSION_WORDS = frozenset({"v", "version", "ver", "release", "build", "firmware", "rev", "revision"})
PHONE_CUES = word_set("""
phone tel tel. telephone mobile mob cell fax call ph contact reach dial whatsapp telefon téléphone tél handy
telefono teléfono móvil sms text number
""")
SSN_CUES = frozenset({"ssn", "ss#", "security", "sec", "taxpayer", "tin"})
CARD_CUES = frozenset({"card", "visa", "mastercard", "amex", "credit", "debit", "cc", "pan", "payment", "paid",
                       "charge", "charged"})
DOB_CUES = frozenset({"born", "birth", "dob", "d.o", "birthday", "birthdate", "geboren", "geb", "né", "née",
                      "nacimiento", "nascita"})
ID_CUES = frozenset({"insurance", "nino", "ni", "sin", "bsn", "burgerservicenummer", "dni", "nie", "nif",
                     "documento", "nir", "sociale", "insee", "aadhaar", "uid", "passport", "identity"})


_Document = tuple[str, list[int], list[int], list[bool]]
_shared = threading.local()  # .documents: the indexes of a group of texts the detector reads together


@contextmanager
def shared_documents() -> Iterator[None]:
    """Within this block (on this thread), each text's index is built once and kept until the block ends:
    `PiiDetector.detect_many` runs each recogniser over a group of texts in turn, which the small cache
    of `_document` (one text's recognisers, then the next text's) does not serve."""
    outer = getattr(_shared, "documents", None)
    _shared.documents = {} if outer is None else outer
    try:
        yield
    finally:
        _shared.documents = outer


def _document(text: str) -> _Document | None:
    """`_index(text)`, from the group's indexes inside `shared_documents`, else from a small cache."""
    documents: dict[str, _Document | None] | None = getattr(_shared, "documents", None)
    if documents is None:
        return _cached_index(text)
    if text in documents:
        return documents[text]
    doc = documents[text] = _index(text)
    return doc


def _index(text: str) -> _Document | None:
    """`text` lower-cased once, with its sentence and line boundaries (start, end, is a newline), for all
    the context look-ups of all the recognisers on it; None where lower-casing a slice could differ from
    slicing the lower-cased text (a length-changing "İ", the context-dependent final sigma)."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return None
    # _BOUNDARY's matches, found by patterns that open with a literal (the engine jumps between those)
    found = [(m.start(), m.end(), True) for m in _NEWLINE.finditer(text)]
    for stop, pattern in _SENTENCE_ENDS:
        if stop in text:
            found += [(m.start(), m.end(), False) for m in pattern.finditer(text)]
    found.sort()
    return low, [f[0] for f in found], [f[1] for f in found], [f[2] for f in found]


_cached_index = lru_cache(maxsize=4)(_index)  # the detector runs all its recognisers on one text, then the next


def _cut(doc: _Document, lo: int, start: int) -> int:
    """Where the context window text[lo:start] begins after its last boundary: the boundaries found in the
    window itself are the document's that lie inside it (a sentence end needs its capital inside too)."""
    _, starts, ends, newline = doc
    j = bisect_right(ends, start) - 1
    if j >= 0 and ends[j] == start and not newline[j]:
        j -= 1  # ". " then the capital at `start`: the window does not see the capital
    return ends[j] if j >= 0 and starts[j] >= lo else lo


def before(text: str, start: int, width: int = WINDOW) -> str:
    """The lower-cased text just before `start`, within the current sentence and line."""
    lo = max(0, start - width)
    doc = _document(text)
    if doc is not None:
        return doc[0][_cut(doc, lo, start):start]
    window = text[lo:start]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    return window[cut:].lower()


def words_before(text: str, start: int, n: int = 4, width: int = WINDOW) -> list[str]:
    """The last `n` words before `start` in its sentence, lower case, nearest last."""
    lo = max(0, start - width)
    doc = _document(text)
    if doc is not None:
        return _WORDS.findall(doc[0], _cut(doc, lo, start), start)[-n:]
    return _WORDS.findall(before(text, start, width))[-n:]


def has_cue(cues: frozenset[str], text: str, start: int, n: int = 4, words: list[str] | None = None) -> bool:
    """True when one of the `n` words before `start` (or the given `words`) is a cue."""
    for w in words_before(text, start, n) if words is None else words[-n:]:
        if w in cues or w.rstrip(".") in cues:
            return True
    return False


def not_pii_identifier(text: str, start: int, words: list[str] | None = None) -> bool:
    """True when the span is introduced as an order, invoice, tracking, serial or version number: the
    nearest words before it, skipping "no", "number", "#" and the like, name such an identifier."""
    for word in reversed(words_before(text, start, 4, 30) if words is None else words[-4:]):
        word = word.rstrip(".")
        if word in FILLER:
            continue
        return word in IDENTIFIER_WORDS
    return False


def after_version_word(text: str, start: int, words: list[str] | None = None) -> bool:
    words = words_before(text, start, 1, 16) if words is None else words[-1:]
    return bool(words) and words[-1].rstrip(".") in VERSION_WORDS
