"""Phone numbers: a loose pattern proposes runs of digit groups, libphonenumber (the `phonenumbers`
package) decides whether the run is a valid number of one of the given regions (or of the country its
"+" prefix names), and context refuses order, tracking and version numbers, dotted IP addresses,
dates, and digit runs that belong to a longer token (GUIDs, serials)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from modelward.core.errors import require
from modelward.data.pii.context import PHONE_CUES, after_version_word, has_cue, not_pii_identifier, words_before
from modelward.data.pii.entities import Entity, PiiMatch

_CANDIDATE = re.compile(
    r"(?<![\w+@/.:,-])(?:(?:\+ ?\d{1,3}|00\d{1,3}|\(\+?\d{1,4}\))[ .-]?)?(?:\(\d{1,5}\)|\d{1,5})"
    r"(?:(?:[ .-]|\) ?)?\d{2,5}){1,5}(?![\w@]|[.,:-]\d)"
)
_DATE_LIKE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:$|[ T])")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")
_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")  # the US SSN layout; no numbering plan writes phones so
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$")
_NOT_PHONE = re.compile("|".join(f"(?:{p.pattern})" for p in (_DATE_LIKE, _DOTTED_QUAD, _TIME_RANGE, _DECIMAL,
                                                              _SSN_SHAPE)))
_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    return require("phonenumbers", "data", "Detecting phone numbers")


@lru_cache(maxsize=256)
def _nanp(region: str) -> bool:
    """True for a region of the North American Numbering Plan (country code 1)."""
    return bool(_phonenumbers().country_code_for_region(region) == 1)


@lru_cache(maxsize=65536)
def valid_in(raw: str, regions: tuple[str, ...]) -> str | None:
    """The region in which `raw` is a valid phone number (its own when it starts with + or 00), or None.
    A national number is checked against each region directly (is_valid_number_for_region): asking
    libphonenumber which of the regions sharing a country code it belongs to is the slow part."""
    pn = _phonenumbers()
    text = "+" + raw[2:] if raw.startswith("00") else raw
    if text.lstrip("(").startswith("+"):
        try:
            number = pn.parse(text, None)
        except pn.NumberParseException:
            return None
        return _valid_region(pn, number)
    parsed = []
    trunk_zero = text.lstrip("(").startswith("0") and not text.lstrip("(").startswith("011")
    for region in regions:
        if trunk_zero and _nanp(region):
            continue  # no North American number starts with 0, and 011 (its exit code) is not there: skip the parse
        try:
            number = pn.parse(text, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(number, region):
            return region
        parsed.append(number)
    for number in parsed:  # a region sharing the country code (+1: Canada, the Caribbean)
        if (found := _valid_region(pn, number)) is not None:
            return found
    return None


def _valid_region(pn: Any, number: Any) -> str | None:
    """`pn.is_valid_number(number)` and the number's region in one look-up (is_valid_number finds the
    region itself and throws it away; finding it is the slow part)."""
    region = pn.region_code_for_number(number)
    return (region or "ZZ") if pn.is_valid_number_for_region(number, region) else None


def phones(text: str, regions: Sequence[str] = ("US", "GB", "DE", "FR")) -> Iterator[PiiMatch]:
    """Valid phone numbers. A run without any separator, "+" or parentheses counts only with a phone word
    (tel, call, mobile...) before it: bare digit runs are more often ids than phones."""
    regions = tuple(regions)
    for m in _CANDIDATE.finditer(text):
        raw = m.group().strip(" .-")
        start = m.start() + m.group().index(raw[0])
        digits = len(raw) - len(_NOT_DIGIT.findall(raw))
        if not 7 <= digits <= 15 or _NOT_PHONE.match(raw):
            continue
        words = words_before(text, start, 4, 30)  # read once, for the three context rules
        if not_pii_identifier(text, start, words) or after_version_word(text, start, words):
            continue
        cue = has_cue(PHONE_CUES, text, start, words=words)
        if not cue and digits == len(raw):  # an unformatted run needs a phone word
            continue
        region = valid_in(raw, regions)
        if region is None:
            continue
        yield PiiMatch(start, start + len(raw), Entity.PHONE, raw, 0.95 if cue else 0.8, region)
