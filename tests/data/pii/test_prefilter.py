"""The prefilter's places against the patterns' own scan: `scan` must give exactly the matches of
`finditer`, on random digit-and-separator text, texts that open with a number, digit floods, digits outside
ASCII and long texts, for the four recognisers that use it; and the literal trees used as gates must find
what the plain word lists find."""

import random
import re

import pytest

from modelward.data.pii import prefilter, recognizers
from modelward.data.pii.context import ID_CUES

PATTERNS = {  # shape: (ASCII twin, pattern)
    "card": (prefilter.CARD, recognizers._CARD_ASCII, recognizers._CARD),
    "ssn": (prefilter.SSN, recognizers._SSN_ASCII, recognizers._SSN),
    "nir": (prefilter.NIR, recognizers._NIR_ASCII, recognizers._NIR),
    "iban": (prefilter.IBAN, recognizers._IBAN_ASCII, recognizers._IBAN),
}
PIECES = ["0", "1", "2", "9", "12", "1234", "4111", " ", " ", "-", "--", ".", "+", ",", "(", ")", "#", "/", "\n", "_",
          "A", "B", "2A", "2B", "GB", "DE", "82", "x", "é", "É", "€", "٣", "０", "  ", "123-45-6789", "123 45 6789",
          "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "DE89 3704 0044 0532 0130 00",
          "GB82WEST12345698765432", "1 85 05 78 006 084 36", "2850578006084", "1 85 05 2A 006 084 36"]


def _texts(seed, n):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_scan_equals_the_patterns_finditer(kind):
    shape, ascii_pattern, pattern = PATTERNS[kind]
    found = 0
    for text in _texts(sorted(PATTERNS).index(kind), 40000):
        expected = _spans(pattern.finditer(text))
        assert _spans(prefilter.scan(text, shape, ascii_pattern, pattern)) == expected, (kind, text)
        found += bool(expected)
    assert found > 2000, found  # the texts did hold matches


@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_every_match_starts_where_its_shape_says(kind):
    shape, _, pattern = PATTERNS[kind]
    for text in _texts(17, 20000):
        if not prefilter.ascii_digits(text):
            continue
        places = set(prefilter.starts(text, shape))
        for start in range(len(text)):
            if pattern.match(text, start):
                assert start in places, (kind, text, start)


def test_floods_long_texts_and_edges():
    texts = ["1" * 20000, "1 " * 10000, "12-" * 7000, "4111 " * 4000, "A" * 5000 + "GB82" + "1" * 5000,
             "4111 1111 1111 1111", "123-45-6789", "GB82 WEST 1234 5698 7654 32", " 1 85 05 78 006 084 36",
             "x" * 100000 + " 4111 1111 1111 1111 " + "y" * 100000, "٤١١١ ١١١١ ١١١١ ١١١١ 4111 1111 1111 1111",
             "é 4111 1111 1111 1111 é123-45-6789", "", "1", "-4111111111111111", ".4111111111111111"]
    for text in texts:
        for shape, ascii_pattern, pattern in PATTERNS.values():
            assert _spans(prefilter.scan(text, shape, ascii_pattern, pattern)) == _spans(pattern.finditer(text))


def test_digits_outside_ascii_leave_the_text_to_the_pattern():
    assert prefilter.ascii_digits("4111 1111 1111 1111 é € ß")
    assert not prefilter.ascii_digits("٤١١١ 4111")
    assert not prefilter.ascii_digits("０")
    # the card of Arabic-Indic digits is found as the plain pattern finds it
    text = "card ٤١١١ ١١١١ ١١١١ ١١١١ ok"
    assert [m.span() for m in prefilter.scan(text, *PATTERNS["card"])] == [m.span() for m in
                                                                           recognizers._CARD.finditer(text)] != []


def test_finditer_at_skips_what_a_match_consumed():
    pattern = re.compile(r"\d{3}")
    text = "1234567 89012"
    assert [m.group() for m in prefilter.finditer_at(pattern, text, range(len(text)))] == [
        m.group() for m in pattern.finditer(text)] == ["123", "456", "890"]


def test_literal_trie_matches_where_a_word_does():
    rng = random.Random(5)
    for words in (tuple(ID_CUES), recognizers._DOB_WORDS, ("a", "ab", "abc", "b"), ("x.y", "x", "x.z", "é")):
        trie = re.compile(recognizers.literal_trie(words))
        plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        alphabet = "".join(sorted(set("".join(words)))) + " -_1"
        for _ in range(5000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            if rng.random() < 0.3:
                text += rng.choice(words) + rng.choice(["", " ", "x"])
            for start in range(len(text) + 1):
                hit, ref = trie.match(text, start), {w for w in words if text.startswith(w, start)}
                assert (hit is not None) == bool(ref), (words, text, start)
                assert hit is None or hit.group() in ref
            assert (trie.search(text) is not None) == (plain.search(text) is not None) == any(w in text for w in words)
    with pytest.raises(ValueError):
        recognizers.literal_trie(("a", ""))


def test_id_word_gate_as_the_plain_alternation():
    """The gate holds where a cue is a whole word, underscores splitting words ("customer_bsn")."""
    rng = random.Random(6)
    pieces = [*ID_CUES, " ", "x", "_", "1", "-", "é", "nin", "sins", "Passport", "NIE", "\n", "__"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        expected = any(word in ID_CUES for word in re.findall(r"[^\W_]+", text.lower()))
        assert recognizers._has_id_word(text) == expected, text
