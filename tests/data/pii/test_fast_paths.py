"""The shortcuts taken for speed against what they replace, on random text built to hit their edges
(sentence ends at a window's edge, a final sigma, "İ", "ſ" and the Kelvin sign that IGNORECASE folds,
dotted runs, glued words): each must answer exactly as the plain regular expression or slice did."""

import ipaddress
import random
import re

import pytest

from modelward.data.pii import checksums, context, names, phones, recognizers
from modelward.data.pii.detector import PiiDetector

_MID = re.compile(r"[a-z,] $")  # what names._mid_sentence replaced

PIECES = ["Dear", "dear", "DEAR", "Thankſ", "thank you", "regards,", "Name:", "contact :", "the", "THE", "our",
          "Kelvin", "\u212a", "İstanbul", "ΟΔΟΣ", "Σ", "ſ", "John", "Smith", "Müller", "O'Neil", "van der", "tel.",
          "order no.", "v", "version", "1.2.3.4", "10.0.0.1", "256.1.1.1", "1.2.3.4.5.6", "a1.2.3.4", "12", "4",
          ".", ". ", "! ", "? ", "\n", " \n", "  ", ",", ":", "-", "/", "#", "é", "ß", "Baker", "Street", "St",
          "rue", "Hauptstraße", "str.", "weg", "GB82", "WEST", "1234", "DE89", "3704", "0044", "_", "x"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", ", "]) for _ in range(rng.randint(1, 16)))


def _slow_before(text, start, width):
    window = text[max(0, start - width):start]
    cut = 0
    for m in context._BOUNDARY.finditer(window):
        cut = m.end()
    return window[cut:].lower()


def test_context_words_from_the_document_index_equal_the_window_slices():
    checked = 0
    for text in _texts(1, 1500):
        for start in range(len(text) + 1):
            for width in (16, 30, 40):
                slow = _slow_before(text, start, width)
                assert context.before(text, start, width) == slow, (text, start, width)
                assert context.words_before(text, start, 4, width) == context._WORDS.findall(slow)[-4:]
                checked += 1
    assert checked > 50_000


def test_name_context_shortcuts_equal_their_patterns():
    for text in _texts(2, 3000):
        for start in range(len(text) + 1):
            assert names._after_cue(text, start) == (names._CUE.search(text[max(0, start - 30):start]) is not None)
            assert names._after_determiner(text, start) == (
                names._DETERMINER.search(text, max(0, start - 8), start) is not None), (text, start)
            assert names._mid_sentence(text, start) == (_MID.search(text, max(0, start - 20), start) is not None)


def test_lone_word_and_particle_shortcuts():
    assert len(names._PARTICLES) == names._PARTICLE.count("|") + 1
    assert all(re.fullmatch(names._PARTICLE, p) for p in names._PARTICLES)
    for word in ["van", "der", "van der", "de la", "Van", "vander", "zu", "bin", "x"]:
        assert (word in names._PARTICLES) == bool(re.fullmatch(names._PARTICLE, word))


def test_ipv4_starts_are_the_finditer_starts():
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("0123456789...a /v") for _ in range(rng.randint(1, 40)))
        expected = [m.start() for m in recognizers._IPV4_START.finditer(text)]
        assert list(recognizers._ipv4_starts(text)) == expected, text


def test_gates_written_to_start_with_a_literal_answer_as_the_plain_ones():
    suffixes = recognizers._SUFFIXES
    plain = {
        "us": re.compile(rf"[a-z.] (?:{suffixes})\b"),
        "de": re.compile(r"(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer) \d"),
        "fr": re.compile(r"\d,? (?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route) "),
        "dni": re.compile(r"\d-?[A-Z]\b"),
    }
    fast = {"us": recognizers._US_GATE, "de": recognizers._DE_GATE, "fr": recognizers._FR_GATE,
            "dni": recognizers._DNI_GATE}
    iban_plain = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
    hits = dict.fromkeys(plain, 0)
    for text in _texts(4, 20000):
        text = text.replace("Street", "Street 5").replace("rue", "5 rue ")
        for key, pattern in plain.items():
            found = pattern.search(text) is not None
            assert (fast[key].search(text) is not None) == found, (key, text)
            hits[key] += found
        assert [m.span() for m in recognizers._IBAN.finditer(text)] == [m.span() for m in iban_plain.finditer(text)]
    assert all(hits.values()), hits  # each gate was seen open as well as shut


def test_assigned_secret_gate_keeps_folded_letters():
    # "ſ" folds onto "s" under IGNORECASE: a non-ASCII text keeps the loose word list
    found = list(recognizers.secrets("we passed; paſsword = 'Zx9!qLm2#Rt5'"))
    assert [m.kind for m in found] == ["assigned_secret"]
    assert list(recognizers.secrets("the build passed 588 tests")) == []


def _emails_from_the_window(text):
    """recognizers.emails as it was: the pattern tried from 64 characters before each "@"."""
    pos, out = 0, []
    while (at := text.find("@", pos)) >= 0:
        m = recognizers._EMAIL.search(text, max(pos, at - 64), at + 256)
        while m is not None and m.end() <= at:
            m = recognizers._EMAIL.search(text, m.end(), at + 256)
        if m is None or m.start() > at:
            pos = at + 1
            continue
        pos = m.end()
        local, _, domain = m.group().rpartition("@")
        start = m.start()
        if (".." in local or domain.rsplit(".", 1)[-1].lower() in recognizers._FILE_SUFFIXES
                or (start and (text[start - 1].isalnum() or text[start - 1] in "._%+-"))):
            continue
        out.append((start, m.end()))
    return out


def test_emails_searched_from_the_local_part_equal_the_window_search():
    rng = random.Random(6)
    pieces = ["a", "x1", "@", "@@", ".", "..", "-", "_", "%", "+", "'", " ", ",", "example", "com", "co.uk", "png",
              "é", "a" * 70, "x" * 300, ":", "/", "jo.doe@mail.example.com", "x@y.org", "@example.net", "b@c.de"]
    found = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = _emails_from_the_window(text)
        assert [(m.start, m.end) for m in recognizers.emails(text)] == expected, text
        found += bool(expected)
    assert found > 10000


# the phone candidate pattern as it was written before it was split by its first character
_PLAIN_PHONE = re.compile(r"(?<![\w+@/.:,-])(?:(?:\+ ?\d{1,3}|00\d{1,3}|\(\+?\d{1,4}\))[ .-]?)?(?:\(\d{1,5}\)|\d{1,5})"
                          r"(?:(?:[ .-]|\) ?)?\d{2,5}){1,5}(?![\w@]|[.,:-]\d)")


def test_phone_candidates_split_by_first_character_equal_the_plain_pattern():
    rng = random.Random(7)
    alphabet = "0000123456789 .-()++@/:,a\n٣０"  # zeros for "00" prefixes, non-ASCII digits, every separator
    pieces = ["+44 ", "0044", "(+44)", "(020)", "(0)", "00", "+1 ", "415-555-0132", "٤١٥", "x", "(", ")", "+"]
    found = 0
    for _ in range(60000):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 32)))
        else:
            text = "".join(rng.choice(pieces + list(alphabet)) for _ in range(rng.randint(1, 12)))
        expected = [m.span() for m in _PLAIN_PHONE.finditer(text)]
        assert [m.span() for m in phones._CANDIDATE.finditer(text)] == expected, text
        if text.isascii():
            assert [m.span() for m in phones._CANDIDATE_ASCII.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 10000


def _plain_valid(plan, nsn):
    """_Plan.valid as it was: the general description, then every type in metadata order, lengths checked."""
    return phones._matches(nsn, plan.general) and any(phones._matches(nsn, d) for d in plan.types)


def test_plan_validity_by_length_equals_every_description_tried():
    pn = pytest.importorskip("phonenumbers")
    rng = random.Random(8)
    checked = 0
    for region in sorted(pn.SUPPORTED_REGIONS)[::3]:
        plan = phones._plan(region)
        for _ in range(60):
            example = pn.example_number(region)
            nsn = pn.national_significant_number(example) if example is not None else "1234567"
            nsn = "".join(c if rng.random() < 0.8 else rng.choice("0123456789") for c in nsn)
            nsn = nsn[:rng.randint(1, len(nsn))] + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 3)))
            assert plan.valid(nsn) == _plain_valid(plan, nsn), (region, nsn)
            checked += 1
    assert checked > 3000


def _plain_card_brand(digits):
    for brand, ranges, lengths in checksums._CARD_BRANDS:
        if len(digits) in lengths and any(lo <= int(digits[:len(str(lo))]) <= hi for lo, hi in ranges):
            return brand
    return None


def _plain_iban_valid(compact):
    if len(compact) < 15 or not compact.isalnum() or not compact.isascii():
        return False
    compact = compact.upper()
    if checksums.IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    return int("".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])) % 97 == 1


def test_cached_card_brands_and_translated_iban_digits_equal_the_plain_checks():
    rng = random.Random(9)
    for _ in range(30000):
        digits = rng.choice(["", "3", "34", "35", "36", "4", "5", "6", "62", "6011", "2221", "2720", "3528"])
        digits += "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 19 - len(digits) + 2)))
        assert checksums.card_brand(digits) == _plain_card_brand(digits), digits
        luhn_ok = checksums.luhn_valid(digits)
        expected = _plain_card_brand(digits) if 12 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_ok else None
        assert checksums.card_valid(digits) == expected, digits
    for text in ("abcdefghijklmn", "4111 1111 1111 1111", "4111111111111111x", "٤١١١١١١١١١١١١١١١", "0" * 16):
        assert checksums.card_valid(text) == (None if not text.isdigit() or len(set(text)) == 1
                                              or not checksums.luhn_valid(text) else _plain_card_brand(text))
    valid = 0
    for _ in range(30000):
        country = rng.choice([*checksums.IBAN_LENGTHS, "XX", "gb"])
        body = "".join(rng.choice("0123456789ABCDEFXYZabz") for _ in range(rng.randint(10, 32)))
        compact = country + body
        assert checksums.iban_valid(compact) == _plain_iban_valid(compact), compact
        valid += _plain_iban_valid(compact)
    for iban in ("GB82WEST12345698765432", "DE89370400440532013000", "gb82west12345698765432"):
        assert checksums.iban_valid(iban) and _plain_iban_valid(iban)
    assert valid > 0


def test_ipv6_values_refused_before_parsing_never_parse():
    rng = random.Random(10)
    pieces = ["0", "1", "a", "F", "ff", "1234", "12345", ":", "::", ".", "1.2.3.4", "255.255.255.255", "٣"]
    refused = 0
    for _ in range(100000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 18)))
        colons = value.count(":")
        if colons >= 2 and "::" not in value and colons not in (6, 7):
            with pytest.raises(ValueError):
                ipaddress.IPv6Address(value)
            refused += 1
    assert refused > 5000
    assert [m.text for m in recognizers.ips("mac c0:79:3e:ea:33:44 at 21:50:29, host 2001:db8:0:0:0:0:2:1")] == [
        "2001:db8:0:0:0:0:2:1"]


def test_list_neighbours_under_a_high_min_score_end():
    # a name scored below min_score beside a name in a list is raised to 0.6: above 0.6 that loop never ended
    text = "Maria Garcia, Vodafone Ziggo and Acme Widgets signed."
    assert [m.text for m in names.person_names(text, 0.7)] == [m.text for m in names.person_names(text, 0.9)
                                                              if m.score >= 0.7]
    assert PiiDetector(min_score=0.7).detect(text) is not None


def test_class_shapes_are_seen_wherever_the_national_id_patterns_match():
    rng = random.Random(11)
    pieces = ["AB", "QQ", "A", "Z", "12", "34", "5", "1234567", "12345678", " ", "-", "C", "D", "E", "x", ".",
              "AB 12 34 56 C", "AB123456D", "12345678Z", "X1234567L", "1234-5678-Z", "\n", "_", "9"]
    seen = {"nino": 0, "dni": 0}
    for _ in range(60000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        classes = text.encode().translate(recognizers._CLASSES)
        if recognizers._NINO_ASCII.search(text):
            assert recognizers._NINO_SHAPE.search(classes), text
            seen["nino"] += 1
        if recognizers._DNI_GATE.search(text):
            assert b"0A" in classes or b"0-A" in classes, text
            seen["dni"] += 1
    assert min(seen.values()) > 1000, seen
