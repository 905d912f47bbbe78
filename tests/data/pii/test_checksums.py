"""Check digits: valid numbers pass, one changed digit fails (the property that keeps look-alikes out)."""

import pytest

from modelward.data.pii import checksums as cs


@pytest.mark.parametrize("number,brand", [("4111111111111111", "visa"), ("5555555555554444", "mastercard"),
                                          ("378282246310005", "amex"), ("6011111111111117", "discover"),
                                          ("3530111333300000", "jcb"), ("2223003122003222", "mastercard")])
def test_valid_cards_and_their_brand(number, brand):
    assert cs.card_valid(number) == brand
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert cs.card_valid(broken) is None


def test_cards_outside_issuer_ranges_or_repeated_digits_are_refused():
    assert cs.luhn_valid("3500000000000009") and cs.card_valid("3500000000000009") is None  # 35xx below JCB's 3528
    assert cs.card_valid("0000000000000000") is None


@pytest.mark.parametrize("iban", ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
                                  "NL91ABNA0417164300", "NO9386011117947"])
def test_ibans(iban):
    assert cs.iban_valid(iban)
    assert not cs.iban_valid(iban[:-1] + ("0" if iban[-1] != "0" else "1"))
    assert not cs.iban_valid(iban + "0")  # wrong length for the country


def test_ssn_allocation_rules():
    assert cs.ssn_valid("536221234")
    for bad in ("000221234", "666221234", "936221234", "536001234", "536220000", "078051120"):
        assert not cs.ssn_valid(bad), bad


def test_national_ids():
    assert cs.uk_nino_valid("AB123456C") and not cs.uk_nino_valid("GB123456C") and not cs.uk_nino_valid("AB123456E")
    assert cs.es_dni_valid("12345678Z") and not cs.es_dni_valid("12345678A") and cs.es_dni_valid("X1234567L")
    assert cs.nl_bsn_valid("111222333") and not cs.nl_bsn_valid("111222334")
    assert cs.ca_sin_valid("130692544") and not cs.ca_sin_valid("130692545")
    assert cs.verhoeff_valid("2363") and not cs.verhoeff_valid("2364")
    assert cs.fr_nir_valid("255081416802538") and not cs.fr_nir_valid("255081416802539")
