"""The shortcuts taken for speed against what they replace, on random text built to hit their edges
(sentence ends at a window's edge, a final sigma, "İ", "ſ" and the Kelvin sign that IGNORECASE folds,
dotted runs, glued words): each must answer exactly as the plain regular expression or slice did."""

import random
import re

from modelward.data.pii import context, names, recognizers

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
