"""Words around a candidate span that make it more or less likely to be personal data.

A span of digits after "order #" is an order number, after "tel." a phone number; "v" or "version"
before a dotted quad makes it a version string, not an IP address. Each rule reads the last few words
before the span, within its sentence and line, lower-cased, and looks them up in sets (no regular
expression per candidate: the detector must stay fast on text full of numbers)."""

from __future__ import annotations

import re

WINDOW = 40
_WORDS = re.compile(r"[a-zà-ÿ#/]+(?:\.[a-z])?")
_BOUNDARY = re.compile(r"(?:\n|[.!?] +(?=[A-Z]))")


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


def before(text: str, start: int, width: int = WINDOW) -> str:
    """The lower-cased text just before `start`, within the current sentence and line."""
    window = text[max(0, start - width):start]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    return window[cut:].lower()


def words_before(text: str, start: int, n: int = 4, width: int = WINDOW) -> list[str]:
    """The last `n` words before `start` in its sentence, lower case, nearest last."""
    return _WORDS.findall(before(text, start, width))[-n:]


def has_cue(cues: frozenset[str], text: str, start: int, n: int = 4, words: list[str] | None = None) -> bool:
    """True when one of the `n` words before `start` (or the given `words`) is a cue."""
    words = words_before(text, start, n) if words is None else words[-n:]
    return any(w.rstrip(".") in cues or w in cues for w in words)


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
