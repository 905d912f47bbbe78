"""The compiled phone validator against libphonenumber itself: `valid_in` replays parse() and
is_valid_number_for_region() on metadata compiled once per region, and must give the region (or None)
that `valid_in_reference` (the library's own parse and validation) gives, on numbers of every region,
valid and mistyped, in every way of writing them, and on hostile input."""

import random

import pytest

from modelward.data.pii.phones import _CANDIDATE, phones, valid_in, valid_in_reference

pn = pytest.importorskip("phonenumbers")

REGION_SETS = [("US", "GB", "DE", "FR"), ("US",), ("CA", "US"), ("IT", "AR", "MX", "BR", "IN"),
               ("GB", "XK", "ZZ", "AA"), ("JP", "KR", "CN", "AU", "NZ", "ZA", "NG", "RU"),
               ("GG", "JE", "IM"), ("PR", "JM", "BS"), ("AX", "RE", "YT", "SJ"), ("VA", "KZ", "EH")]
# The last sets hold regions that share a country code and are not its main region (Guernsey and +44,
# Jamaica and +1, Åland and +358...): a number read with their own code goes on in the main region's plan.


def _number(rng: random.Random, regions: list[str]) -> str:
    """A candidate as the detector's pattern cuts them: a region's example number, mistyped or cut or
    lengthened now and then, written with "+", "00", the region's own code without "+", "011", a trunk
    "0" or bare, with spaces, dashes, dots and parentheses here and there."""
    region = rng.choice(regions)
    kinds = list(pn.PhoneNumberType.values()) if hasattr(pn.PhoneNumberType, "values") else list(range(11))
    example = pn.example_number_for_type(region, rng.choice(kinds)) or pn.example_number(region)
    if example is None or rng.random() < 0.1:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 17)))
    else:
        cc, nsn = str(example.country_code), pn.national_significant_number(example)
        nsn = "".join(c if rng.random() < 0.85 else rng.choice("0123456789") for c in nsn)
        if rng.random() < 0.15:
            nsn = nsn[:-1]
        if rng.random() < 0.15:
            nsn += rng.choice("0123456789")
        digits = rng.choice([f"+{cc} {nsn}", f"00{cc}{nsn}", f"{cc}{nsn}", f"011{cc}{nsn}", f"0{nsn}", nsn,
                             f"(+{cc}) {nsn}", f"+{cc} (0){nsn}"])
    out = []
    for ch in digits:
        out.append(ch)
        if ch.isdigit() and rng.random() < 0.25:
            out.append(rng.choice([" ", "-", ".", ") ", " ("]))
    return "".join(out).strip(" .-")


def test_compiled_validator_agrees_with_libphonenumber_on_every_region():
    rng = random.Random(13)
    regions = sorted(pn.SUPPORTED_REGIONS)
    agreed = valid = 0
    for i in range(4000):
        region_set = REGION_SETS[i % len(REGION_SETS)]
        own = [r for r in region_set if r in pn.SUPPORTED_REGIONS]
        raw = _number(rng, own if own and i % 2 else regions)
        expected = valid_in_reference(raw, region_set)
        assert valid_in.__wrapped__(raw, region_set) == expected, (raw, region_set)
        agreed += 1
        valid += expected is not None
    assert agreed == 4000 and 800 < valid < 3600  # both answers well represented


@pytest.mark.parametrize("raw", [
    "415-555-0132", "(415) 555-0132", "+1 415 555 0132", "001 415 555 0132", "011 44 20 7946 0958",
    "+44 (0) 20 7946 0958", "44 20 7946 0958", "020 7946 0958", "030 901820", "+49 30 901820", "0049 30 901820",
    "+33 1 23 45 67 89", "01 23 45 67 89", "+800 1234 5678", "+999 123 4567", "+0 123 4567", "+1", "00", "0",
    "1" * 17, "1" * 18, "1" * 40, "+" + "4" * 30, "0" * 12, "(((0)))", "+44) 20 7946", "1-2-3-4-5-6-7",
    "١٢٣٤٥٦٧٨٩٠", "０２０ ７９４６ ０９５８", "+４４ ２０ ７９４６ ０９５８", "020 ٧٩٤٦ 0958",
])
def test_edge_cases_and_non_ascii_digits_agree(raw):
    for region_set in REGION_SETS:
        assert valid_in.__wrapped__(raw, region_set) == valid_in_reference(raw, region_set), (raw, region_set)


def test_every_candidate_of_a_noisy_text_agrees():
    """Whatever the candidate pattern cuts out of digits, separators and signs, both validators agree."""
    rng = random.Random(5)
    seen = 0
    for _ in range(300):
        text = "tel. " + "".join(rng.choice("0123456789 -.()+") for _ in range(rng.randint(8, 60)))
        for m in _CANDIDATE.finditer(text):
            raw = m.group().strip(" .-")
            if raw:
                seen += 1
                assert valid_in.__wrapped__(raw, REGION_SETS[0]) == valid_in_reference(raw, REGION_SETS[0]), raw
    assert seen > 300


def test_floods_and_mixed_separators_stay_bounded_and_clean():
    assert list(phones("1" * 200_000)) == []
    assert list(phones("+" * 5000 + "1" * 5000)) == []
    assert list(phones("((((" * 2000 + "415) 555-0132")) != []  # the number after the flood is still found
    mixed = "call 415 - 555 . 0132 or 415-555.0132 or (415)555-0132"
    assert [m.text for m in phones(mixed)] == [m.text for m in phones(mixed)]  # deterministic
    assert "(415)555-0132" in [m.text for m in phones(mixed)]


def test_an_unknown_region_is_skipped_not_an_error():
    assert valid_in("020 7946 0958", ("ZZ", "GB")) == "GB"
    assert valid_in("020 7946 0958", ("ZZ",)) is None
