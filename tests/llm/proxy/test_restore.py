"""Redact and restore: placeholders numbered by alignment with the original, restored only where aligned."""

from modelward.llm.proxy.restore import Restorer, align


def test_values_are_recovered_by_alignment_even_when_they_hold_the_next_literal():
    original = "Mail bob@corp.example. Card 4111 1111 1111 1111. Mail bob@corp.example."
    redacted = "Mail <EMAIL>. Card <CREDIT_CARD>. Mail <EMAIL>."
    assert align(original, redacted) == [("EMAIL", "bob@corp.example"), ("CREDIT_CARD", "4111 1111 1111 1111"),
                                         ("EMAIL", "bob@corp.example")]
    r = Restorer()
    assert r.number(original, redacted) == "Mail <EMAIL_1>. Card <CREDIT_CARD_1>. Mail <EMAIL_1>."
    assert r.restore("Sent to <EMAIL_1>; <EMAIL_7> is unknown") == "Sent to bob@corp.example; <EMAIL_7> is unknown"


def test_texts_that_do_not_align_stay_redacted():
    assert align("completely different", "Mail <EMAIL>.") is None
    assert align("a b c", "<EMAIL><PHONE>") is None  # side by side: no way to tell where one ends
    r = Restorer()
    assert r.number("completely different", "Mail <EMAIL>.") == "Mail <EMAIL>."
    assert r.values == {}
