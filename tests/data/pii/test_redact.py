"""Redaction leaves no PII character behind; pseudonyms are keyed and consistent."""

import pytest

from modelward.core.errors import ConfigError
from modelward.data.pii import PiiDetector, Redactor, pseudonym, redact

TEXT = "Dear John Smith, call (415) 555-0132 or mail john.smith@example.com; card 4111 1111 1111 1111."


def test_tag_mask_and_remove_take_every_detected_character_out():
    detector = PiiDetector()
    matches = detector.detect(TEXT)
    assert {m.entity.value for m in matches} == {"person", "phone", "email", "credit_card"}
    for strategy in ("tag", "mask", "remove"):
        out = redact(TEXT, matches, strategy)
        for secret in ("John", "Smith", "555-0132", "john.smith", "4111"):
            assert secret not in out, (strategy, out)
    assert redact(TEXT, matches, "mask").count("*") == sum(c.isalnum() for m in matches for c in m.text)
    assert "<EMAIL>" in redact(TEXT, matches, "tag")


def test_pseudonyms_are_consistent_across_formats_and_depend_on_the_key():
    key, other = b"k" * 32, b"o" * 32
    assert pseudonym("415-555-0132", "phone", key) == pseudonym("(415) 555 0132", "phone", key)
    assert pseudonym("415-555-0132", "phone", key) != pseudonym("415-555-0132", "phone", other)
    out = Redactor(strategy="hmac", key=key)(TEXT)
    assert out.text.count("<PERSON:") == 1 and out.counts == {"person": 1, "phone": 1, "email": 1, "credit_card": 1}
    assert Redactor(strategy="hmac", key=key)(TEXT).text == out.text


def test_hmac_needs_a_real_key_and_strategies_are_checked():
    with pytest.raises(ConfigError, match="key"):
        Redactor(strategy="hmac", key=b"short")
    with pytest.raises(ConfigError, match="unknown"):
        Redactor(strategy="rot13")


def test_overlapping_matches_are_refused():
    matches = PiiDetector().detect(TEXT)
    with pytest.raises(ValueError, match="overlap"):
        redact(TEXT, [matches[0], matches[0]])


def test_format_tokens_keep_the_layout_and_are_keyed():
    from modelward.data.pii.redact import format_token

    key = b"f" * 32
    token = format_token("Jane.Doe@example.org", "email", key)
    assert token != "Jane.Doe@example.org" and len(token) == 20
    assert token[4] == "." and token[8] == "@" and token[0].isupper() and token[1:4].islower()
    assert format_token("(415) 555-0132", "phone", key)[0] == "(" and format_token("4111", "card", key).isdigit()
    assert format_token("415-555-0132", "phone", key)[:3] == format_token("415 555 0132", "phone", key)[:3]
    assert format_token("4111", "card", key) != format_token("4111", "card", b"g" * 32)
    out = Redactor(strategy="format", key=key)(TEXT).text
    assert "john.smith@example.com" not in out and out.count("@") == 1
