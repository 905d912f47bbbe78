"""The detector on PII and on look-alikes built to fool it (GUIDs, versions, order numbers, IPs beside
phones, decimals, timestamps, organisations), on padded, glued and flooded input."""

import pytest

from modelward.core.errors import ConfigError
from modelward.data.pii import Entity, PiiDetector
from modelward.data.pii.detector import OVERLAP, WINDOW


@pytest.fixture(scope="module")
def detector():
    return PiiDetector()


def kinds(detector, text):
    return [(m.entity.value, m.text) for m in detector.detect(text)]


@pytest.mark.parametrize("text,entity,value", [
    ("write to jane.doe+tag@mail.example.co.uk today", "email", "jane.doe+tag@mail.example.co.uk"),
    ("call (415) 555-0132 now", "phone", "(415) 555-0132"),
    ("mobile: +44 20 7946 0958", "phone", "+44 20 7946 0958"),
    ("tel. 030 901820", "phone", "030 901820"),
    ("paid with 4111-1111-1111-1111.", "credit_card", "4111-1111-1111-1111"),
    ("IBAN GB82 WEST 1234 5698 7654 32 please", "iban", "GB82 WEST 1234 5698 7654 32"),
    ("from 192.168.10.24, retry", "ip_address", "192.168.10.24"),
    ("host 2001:db8::8a2e:370:7334 down", "ip_address", "2001:db8::8a2e:370:7334"),
    ("SSN 536-22-1234 on file", "us_ssn", "536-22-1234"),
    ("key AKIAIOSFODNN7EXAMPLE leaked", "secret", "AKIAIOSFODNN7EXAMPLE"),
    ("token=ghp_" + "a1B2" * 9 + " in the log", "secret", "ghp_" + "a1B2" * 9),
    ("born on 12 March 1984 in Leeds", "date_of_birth", "12 March 1984"),
    ("ship to 221 Baker Street, London NW1 6XE.", "postal_address", "221 Baker Street, London NW1 6XE"),
    ("I met Maria Garcia yesterday", "person", "Maria Garcia"),
    ("Signed: Dr. Okonkwo", "person", "Okonkwo"),  # the title stays outside the span
    ("Azra Brievingh will join the call", "person", "Azra Brievingh"),  # unknown names, subject of a verb
    ("Best regards,\nSofie van der Meer\n", "person", "Sofie van der Meer"),
    ("NINO AB 12 34 56 C recorded", "national_id", "AB 12 34 56 C"),
])
def test_finds_each_kind(detector, text, entity, value):
    assert (entity, value) in kinds(detector, text)


@pytest.mark.parametrize("decoy", [
    "request 550e8400-e29b-41d4-a716-446655440000 failed",
    "upgrade to version 10.0.19041.1 now",
    "running v1.2.3.4 in production",
    "Order #415-555-0132 has shipped",
    "Order number 4155550132 is late",
    "Tracking no. 4000000000000002 arrives Monday",
    "Coordinates -38.321230, 103.709461 were recorded",
    "logged at 2026-09-07 11:01:59.363150 by cron",
    "total $1,234,567.89 due",
    "ISBN 978-3-16-148410-0 in stock",
    "the asset icon@2x.png is 12 KB",
    "Acme Corporation signed with Green Valley Farms",
    "See the Quarterly Report for New York",
    "The Machine Learning group will meet",
    "MAC c0:79:3e:ea:33:44 joined",
    "SSN 000-12-3456 and 666-12-3456 are never issued",
])
def test_decoys_are_not_pii(detector, decoy):
    assert kinds(detector, decoy) == []


def test_an_ip_beside_a_phone_is_an_ip_and_the_phone_a_phone(detector):
    found = kinds(detector, "Login from 10.0.0.12 then call 212-555-0198.")
    assert found == [("ip_address", "10.0.0.12"), ("phone", "212-555-0198")]


def test_a_card_inside_an_iban_is_the_iban(detector):
    text = "Wire to FR77 5750 1390 1643 1535 7868 336 today"
    assert [m.entity for m in detector.detect(text)] == [Entity.IBAN]


def test_glued_and_padded_numbers(detector):
    assert kinds(detector, "id4111111111111111x") == []  # glued into a token
    assert ("credit_card", "4111111111111111") in kinds(detector, "\u00a0\t4111111111111111\u00a0")


def test_a_long_text_is_read_in_windows_without_losing_a_straddling_match(detector):
    filler = "x " * ((WINDOW - 10) // 2)
    text = filler + " jane@example.com " + "y " * (OVERLAP // 2) + " call (415) 555-0132"
    found = detector.detect(text)
    assert [m.entity.value for m in found] == ["email", "phone"]
    assert text[found[0].start:found[0].end] == "jane@example.com"


def test_a_flood_of_numbers_is_handled(detector):
    text = " ".join(str(10**9 + i) for i in range(5000))
    assert detector.detect(text) == ()


def test_bad_configuration():
    with pytest.raises(ConfigError, match="regions"):
        PiiDetector(regions=("usa",))
    with pytest.raises(ConfigError, match="at least one"):
        PiiDetector(entities=())
