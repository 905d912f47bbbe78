"""Phone numbers: a loose pattern proposes runs of digit groups, libphonenumber's metadata (the
`phonenumbers` package) decides whether the run is a valid number of one of the given regions (or of the
country its "+" prefix names), and context refuses order, tracking and version numbers, dotted IP addresses,
dates, and digit runs that belong to a longer token (GUIDs, serials). Validity is libphonenumber's answer,
computed from its metadata compiled per region (`valid_in`) rather than by its parse() on every number;
`valid_in_reference` asks the library itself, and the tests hold the two equal."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from modelward.core.errors import require
from modelward.data.pii.context import (
    PHONE_CUES,
    after_version_word,
    ascii_twin,
    has_cue,
    not_pii_identifier,
    words_before,
)
from modelward.data.pii.entities import Entity, PiiMatch

# (?<![\w+@/.:,-])(?:(?:\+ ?\d{1,3}|00\d{1,3}|\(\+?\d{1,4}\))[ .-]?)?(?:\(\d{1,5}\)|\d{1,5})
# (?:(?:[ .-]|\) ?)?\d{2,5}){1,5}(?![\w@]|[.,:-]\d), written to start with its first character ("+", "(" or a
# digit) so that the engine skips to those instead of trying every position: the look-behind moves past that
# character, and the rest is split by it, each branch in the order the plain pattern tries them
# (tests/data/pii/test_fast_paths.py).
_GROUPS = r"(?:(?:[ .-]|\) ?)?\d{2,5}){1,5}(?![\w@]|[.,:-]\d)"
_NATIONAL = r"(?:\(\d{1,5}\)|\d{1,5})" + _GROUPS
_CANDIDATE = re.compile(
    r"[\d+(](?<![\w+@/.:,-][\d+(])(?:"
    rf"(?<=\+) ?\d{{1,3}}[ .-]?{_NATIONAL}"  # "+44 ..."
    rf"|(?<=\()(?:\+?\d{{1,4}}\)[ .-]?{_NATIONAL}|\d{{1,5}}\){_GROUPS})"  # "(+44) ...", then "(020) ..."
    rf"|(?<=0)0\d{{1,3}}[ .-]?{_NATIONAL}"  # "0044 ...", then as any digit
    rf"|(?<=\d)\d{{0,4}}{_GROUPS})"
)
_DATE_LIKE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:$|[ T])")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")
_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")  # the US SSN layout; no numbering plan writes phones so
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$")
_NOT_PHONE = re.compile("|".join(f"(?:{p.pattern})" for p in (_DATE_LIKE, _DOTTED_QUAD, _TIME_RANGE, _DECIMAL,
                                                              _SSN_SHAPE)))
_NOT_DIGIT = re.compile(r"\D")
_CANDIDATE_ASCII = ascii_twin(_CANDIDATE)
_SEPARATORS = (" ", ".", "-", "(", ")", "+")  # all that _CANDIDATE matches besides digits


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    return require("phonenumbers", "data", "Detecting phone numbers")


@lru_cache(maxsize=256)
def _nanp(region: str) -> bool:
    """True for a region of the North American Numbering Plan (country code 1)."""
    return bool(_phonenumbers().country_code_for_region(region) == 1)


def valid_in_reference(raw: str, regions: tuple[str, ...]) -> str | None:
    """`valid_in` computed by libphonenumber itself (parse, then validate): the definition `valid_in`
    must agree with, and its fallback for what the compiled path does not handle (non-ASCII digits).
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


# ---------------------------------------------------------------- the compiled validator
#
# libphonenumber's parse() is general (vanity letters, extensions, RFC 3966, any punctuation) and runs a
# dozen regular expressions per call before validation even starts. A candidate here holds only ASCII
# digits, "+", "(", ")", ".", "-" and spaces, so parse() reduces to a few steps on the digit string:
# international prefix, the default region's own country code, national prefix, length. `_Plan` holds
# one region's metadata (libphonenumber's own) compiled once; `valid_in` replays parse() and
# is_valid_number_for_region() on it step by step, in libphonenumber's order, and answers the same
# (tests/data/pii/test_phones.py compares the two on thousands of numbers of every region).

_TOO_SHORT, _LOCAL_ONLY, _POSSIBLE, _TOO_LONG, _INVALID_LENGTH = range(5)
_MAX_NSN = 17  # libphonenumber's _MAX_LENGTH_FOR_NSN
_CANDIDATE_CHARS = frozenset("0123456789+()-. ")


class _Lazy:
    """A regular expression compiled on its first use: a plan holds a dozen, and a number of +1 is checked
    against the plans of some 25 regions sharing the code, most of which then need only one pattern."""

    __slots__ = ("compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.compiled: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return self.compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self.get().match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.get().fullmatch(text)


class _Plan:
    """One region's (or non-geographic calling code's) numbering plan, its patterns compiled on first use."""

    __slots__ = ("by_length", "cc", "cc_str", "general", "idd", "leading", "lengths", "local_lengths", "npp",
                 "transform", "types")

    def __init__(self, md: Any) -> None:
        self.cc: int = md.country_code
        self.cc_str = str(md.country_code)
        g = md.general_desc
        self.general = _desc(g)
        self.lengths: tuple[int, ...] = tuple(g.possible_length)
        self.local_lengths: tuple[int, ...] = tuple(g.possible_length_local_only or ())
        self.idd = _Lazy(md.international_prefix) if md.international_prefix is not None else None
        npp = md.national_prefix_for_parsing
        self.npp = _Lazy(npp) if npp else None
        self.transform: str | None = md.national_prefix_transform_rule or None
        # fixed line and mobile first: `valid` asks whether any type matches, and most numbers are of those
        descs = [md.fixed_line, md.premium_rate, md.toll_free, md.shared_cost, md.voip, md.personal_number, md.pager,
                 md.uan, md.voicemail]
        if not md.same_mobile_and_fixed_line_pattern:
            descs.insert(1, md.mobile)
        self.types = tuple(d for d in (_desc(x) for x in descs) if d is not None)
        self.by_length: dict[int, tuple[_Lazy | None, tuple[_Lazy, ...]]] = {}
        self.leading = _Lazy(md.leading_digits) if md.leading_digits is not None else None

    def matches_general(self, nsn: str) -> bool:
        """libphonenumber's _match_national_number(nsn, general_desc, False) (no length check)."""
        return self.general is not None and self.general[1].fullmatch(nsn) is not None

    def valid(self, nsn: str) -> bool:
        """_number_type_helper(nsn, metadata) != UNKNOWN: the general pattern and one type's match `nsn`. The
        descriptions whose possible lengths admit len(nsn) are sorted out once per length."""
        checks = self.by_length.get(len(nsn))
        if checks is None:
            checks = self.by_length[len(nsn)] = self._for_length(len(nsn))
        general, types = checks
        if general is None or (general.compiled or general.get()).fullmatch(nsn) is None:
            return False
        return any((pattern.compiled or pattern.get()).fullmatch(nsn) is not None for pattern in types)

    def _for_length(self, n: int) -> tuple[_Lazy | None, tuple[_Lazy, ...]]:
        """The general pattern (None where it cannot match a number of `n` digits) and the type patterns that
        can: what `_matches` would try on it, its length test done."""

        def admits(d: _Desc | None) -> bool:
            return d is not None and (not d[0] or n in d[0])

        general = self.general[1] if admits(self.general) and self.general is not None else None
        return general, tuple(d[1] for d in self.types if admits(d))

    def test_length(self, nsn: str) -> int:
        """_test_number_length(nsn, metadata) for the general description."""
        n = len(nsn)
        if n in self.local_lengths:
            return _LOCAL_ONLY
        if self.lengths[0] == n:
            return _POSSIBLE
        if self.lengths[0] > n:
            return _TOO_SHORT
        if self.lengths[-1] < n:
            return _TOO_LONG
        return _POSSIBLE if n in self.lengths[1:] else _INVALID_LENGTH

    def strip_national_prefix(self, number: str) -> str:
        """_maybe_strip_national_prefix_carrier_code(number, metadata)[1]."""
        if not number or self.npp is None:
            return number
        m = self.npp.match(number)
        if m is None:
            return number
        viable = self.matches_general(number)
        groups = m.groups()
        if not self.transform or groups[len(groups) - 1] is None:
            if viable and not self.matches_general(number[m.end():]):
                return number
            return number[m.end():]
        transformed = self.npp.get().sub(self.transform, number, count=1)
        if viable and not self.matches_general(transformed):
            return number
        return transformed


_Desc = tuple[frozenset[int], _Lazy]


def _desc(d: Any) -> _Desc | None:
    """A PhoneNumberDesc as (possible lengths, pattern); None where it cannot match anything
    (libphonenumber's _match_national_number is False without a pattern)."""
    if d is None or not d.national_number_pattern:
        return None
    return frozenset(d.possible_length), _Lazy(d.national_number_pattern)


def _matches(nsn: str, d: _Desc | None) -> bool:
    """_is_number_matching_desc: the possible lengths when given, then the whole pattern."""
    if d is None:
        return False
    lengths, pattern = d
    if lengths and len(nsn) not in lengths:
        return False
    return (pattern.compiled or pattern.get()).fullmatch(nsn) is not None


@lru_cache(maxsize=512)
def _plan(region: str) -> _Plan | None:
    md = _phonenumbers().PhoneMetadata.metadata_for_region(region, None)
    return None if md is None else _Plan(md)


@lru_cache(maxsize=512)
def _plan_for_code(cc: int, region: str) -> _Plan | None:
    """metadata_for_region_or_calling_code(cc, region), compiled."""
    pn = _phonenumbers()
    if region == "001":
        md = pn.PhoneMetadata.metadata_for_nongeo_region(cc, None)
        return None if md is None else _Plan(md)
    return _plan(region)


@lru_cache(maxsize=1)
def _country_regions() -> dict[int, tuple[str, ...]]:
    return {cc: tuple(rs) for cc, rs in _phonenumbers().COUNTRY_CODE_TO_REGION_CODE.items()}


def _split_country_code(digits: str) -> tuple[int, str]:
    """_extract_country_code: the leading 1-3 digits that form a known calling code, and the rest."""
    if not digits or digits[0] == "0":
        return 0, digits
    codes = _country_regions()
    for i in range(1, min(len(digits), 3) + 1):
        cc = int(digits[:i])
        if cc in codes:
            return cc, digits[i:]
    return 0, digits


def _finish(cc: int, nsn: str, plan: _Plan) -> tuple[int, str] | None:
    """The end of parse(): national prefix stripped when the rest is still of a possible length."""
    if len(nsn) < 2:
        return None
    stripped = plan.strip_national_prefix(nsn)
    if plan.test_length(stripped) not in (_TOO_SHORT, _LOCAL_ONLY, _INVALID_LENGTH):
        nsn = stripped
    if len(nsn) > _MAX_NSN:
        return None
    return cc, nsn


def _parse_international(digits: str) -> tuple[int, str] | None:
    """parse("+" + digits, None) as (country code, national significant number), or None where it raises."""
    if len(digits) <= 2:
        return None
    cc, rest = _split_country_code(digits)
    if cc == 0:
        return None
    return _finish_in_main_region(cc, rest)


def _parse_national(digits: str, plan: _Plan) -> tuple[int, str] | None:
    """parse(text, region) for a text without "+", as (country code, national significant number)."""
    if plan.idd is not None and (m := plan.idd.match(digits)) is not None and digits[m.end():m.end() + 1] != "0":
        return _parse_international(digits[m.end():])  # dialled with the region's international prefix (00, 011)
    if digits.startswith(plan.cc_str):  # the region's own country code written without "+"
        potential = plan.strip_national_prefix(digits[len(plan.cc_str):])
        if ((not plan.matches_general(digits) and plan.matches_general(potential))
                or plan.test_length(digits) == _TOO_LONG):
            return _finish_in_main_region(plan.cc, potential)
    return _finish(plan.cc, digits, plan)


def _finish_in_main_region(cc: int, nsn: str) -> tuple[int, str] | None:
    """With a country code read from the number, parse() goes on with the metadata of that code's main
    region (region_code_for_country_code), not the default region's."""
    plan = _plan_for_code(cc, _country_regions()[cc][0])
    if plan is None:  # pragma: no cover - libphonenumber asserts this never happens
        return None
    return _finish(cc, nsn, plan)


def _region_of(cc: int, nsn: str) -> str | None:
    """region_code_for_number, then is_valid_number_for_region: the region a parsed number is valid in."""
    regions = _country_regions().get(cc)
    if regions is None:
        return None
    region: str | None = regions[0]
    if len(regions) > 1:
        region = None
        for r in regions:
            plan = _plan(r)
            if plan is None:
                continue
            if plan.leading is not None:
                if plan.leading.match(nsn):
                    region = r
                    break
            elif plan.valid(nsn):
                region = r
                break
    if region is None:
        return None
    plan = _plan_for_code(cc, region)
    if plan is None or (region != "001" and plan.cc != cc):
        return None
    return (region or "ZZ") if plan.valid(nsn) else None


@lru_cache(maxsize=65536)
def valid_in(raw: str, regions: tuple[str, ...]) -> str | None:
    """The region in which `raw` is a valid phone number (its own when it starts with + or 00), or None;
    the same answer as `valid_in_reference` (libphonenumber's parse and is_valid_number_for_region), from
    libphonenumber's metadata compiled once per region. Text outside the candidate alphabet (non-ASCII
    digits) is left to libphonenumber itself."""
    if not _CANDIDATE_CHARS.issuperset(raw):
        return valid_in_reference(raw, regions)
    text = "+" + raw[2:] if raw.startswith("00") else raw
    body = text.lstrip("(")
    digits = _NOT_DIGIT.sub("", text)
    if body.startswith("+"):
        number = _parse_international(digits)
        return None if number is None else _region_of(*number)
    parsed = []
    trunk_zero = body.startswith("0") and not body.startswith("011")
    for region in regions:
        if trunk_zero and _nanp(region):
            continue  # as in valid_in_reference
        plan = _plan(region)
        if plan is None:
            continue  # not a region libphonenumber knows: parse() refuses it
        number = _parse_national(digits, plan)
        if number is None:
            continue
        if number[0] == plan.cc and plan.valid(number[1]):
            return region
        parsed.append(number)
    for cc, nsn in parsed:
        if (found := _region_of(cc, nsn)) is not None:
            return found
    return None


@lru_cache(maxsize=64)
def _prepare(regions: tuple[str, ...]) -> tuple[str, ...]:
    """Compile the numbering plans of `regions` and of every region sharing their country codes (the plans
    `_region_of` reads to place a number of +1 or +44) on first use (a detector's first text), with the patterns
    every number read in them meets, so that no later text pays for it (the plans of other countries' codes are
    compiled when a number needs them)."""
    for region in regions:
        plan = _plan(region)
        if plan is not None:
            main = _plan_for_code(plan.cc, _country_regions()[plan.cc][0])
            for p in (plan, main, *(_plan(r) for r in _country_regions()[plan.cc])):
                if p is not None:
                    for lazy in (p.idd, p.npp, p.leading, *(d[1] for d in (p.general, *p.types) if d is not None)):
                        if lazy is not None:
                            lazy.get()
    return regions


def phones(text: str, regions: Sequence[str] = ("US", "GB", "DE", "FR")) -> Iterator[PiiMatch]:
    """Valid phone numbers. A run without any separator, "+" or parentheses counts only with a phone word
    (tel, call, mobile...) before it: bare digit runs are more often ids than phones."""
    regions = _prepare(tuple(regions))
    for m in (_CANDIDATE_ASCII if text.isascii() else _CANDIDATE).finditer(text):
        whole = m.group()
        raw = whole.strip(" .-")
        if len(raw) < 7:
            continue  # fewer than 7 digits
        # the candidate holds digits and these separators only: what is not one of them is a digit
        digits = len(raw) - sum(map(raw.count, _SEPARATORS))
        if not 7 <= digits <= 15 or _NOT_PHONE.match(raw):
            continue
        start = m.start() + whole.index(raw[0])
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
