"""`PiiDetector.detect_many` reads a batch in groups, each recogniser over the whole group before the next:
it must return exactly what `detect` returns text by text, whatever the group size, the settings, texts
longer than the window, repeated or empty texts and texts whose lower case changes length; and the shared
text indexes it uses must stay within its call and its thread."""

import random
import threading

import pytest

from modelward.data.pii import Entity, PiiDetector, context
from modelward.data.pii import detector as detector_module

PIECES = ["Dear John Smith,", "Maria Garcia", "call 415-555-0132", "tel. 0161 496 0815", "+44 20 7946 0958",
          "card 4111 1111 1111 1111", "SSN 536-22-1234", "IBAN GB82 WEST 1234 5698 7654 32", "192.168.10.24",
          "2001:db8::8a2e:370:7334", "jane.doe@example.com", "Order #415-555-0132", "version 10.0.19041.1",
          "born 12/03/1985", "12 Baker Street", "NINO AB 12 34 56 C", "password = 'Zx9!qLm2#Rt5'", "İstanbul",
          "ΟΔΟΣ Σ", "٤١١١ ١١١١ ١١١١ ١١١١", "Acme Corporation", "the Machine Learning team", ". ", "\n", ", ",
          "Best regards,\nKatie Bond", "ID 1 85 05 78 006 084 36", "", "x"]


def _texts(seed, n):
    rng = random.Random(seed)
    out = ["".join(rng.choice(PIECES) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(0, 12)))
           for _ in range(n)]
    return out + out[:20] + [""]  # repeated and empty texts


SETTINGS = [PiiDetector(), PiiDetector(min_score=0.0), PiiDetector(regions=("US",), min_score=0.7),
            PiiDetector(entities=(Entity.PHONE, Entity.CARD, Entity.SSN), regions=("GB", "IN")),
            PiiDetector(entities=(Entity.PERSON, Entity.EMAIL), min_score=0.3)]


@pytest.mark.parametrize("group_chars", [1, 200, 1 << 18])
def test_detect_many_equals_detect_text_by_text(monkeypatch, group_chars):
    monkeypatch.setattr(detector_module, "GROUP_CHARS", group_chars)
    texts = _texts(group_chars, 600)
    found = 0
    for det in SETTINGS:
        expected = [det.detect(t) for t in texts]
        assert det.detect_many(texts) == expected
        found += sum(map(len, expected))
    assert found > 3000


def test_texts_longer_than_the_window_between_short_ones():
    det = PiiDetector()
    long = ("call 415-555-0132, Dear John Smith. " * 30000)[:detector_module.WINDOW + 5000]
    texts = ["SSN 536-22-1234", long, "card 4111 1111 1111 1111", long[:1000]]
    assert det.detect_many(texts) == [det.detect(t) for t in texts]
    assert det.detect_many([]) == []


def test_shared_documents_last_for_the_block_and_its_thread():
    seen = []
    with context.shared_documents():
        context.words_before("order no. 12", 10)
        outer = context._shared.documents
        assert "order no. 12" in outer
        with context.shared_documents():
            assert context._shared.documents is outer  # a nested block shares its group's indexes
        thread = threading.Thread(target=lambda: seen.append(getattr(context._shared, "documents", None)))
        thread.start()
        thread.join()
    assert seen == [None]  # another thread reads with its own small cache
    assert getattr(context._shared, "documents", None) is None
    with pytest.raises(RuntimeError), context.shared_documents():
        raise RuntimeError("the block ends on an error too")
    assert getattr(context._shared, "documents", None) is None
