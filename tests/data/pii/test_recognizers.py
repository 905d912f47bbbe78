"""Word-boundary cases of the pattern recognisers: the patterns start with a character class and check
the character before it afterwards (and IPs are looked for from cheap start finders), which must find
exactly what a leading look-behind would."""

from modelward.data.pii.recognizers import cards, emails, ips, national_ids, secrets, ssns


def _spans(matches):
    return [(m.start, m.end, m.kind) for m in matches]


def test_ipv6_found_from_its_colons_and_only_at_a_token_start():
    text = "fe80::1ff:fe23:4567:890a and 2001:db8::8a2e:370:7334."
    assert _spans(ips(text)) == [(0, 24, "ipv6"), (29, 52, "ipv6")]
    assert _spans(ips("abcdef::1 12:30:45 x::1")) == []  # glued to a word, a time of day, too short


def test_ipv4_boundaries_and_version_strings():
    assert _spans(ips("from 10.0.0.1/24 and 192.168.1.1.")) == [(5, 16, "ipv4"), (21, 32, "ipv4")]
    assert _spans(ips("v1.2.3.4, version 10.0.0.1, 1.2.3.4.5, 256.1.1.1, a10.0.0.1")) == []


def test_national_ids_not_inside_a_longer_word():
    text = "NI AB 12 34 56 C; xAB123456C; DNI 12345678Z, X1234567L, 912345678Z"
    assert _spans(national_ids(text)) == [(3, 16, "uk_nino"), (34, 43, "es_dni"), (45, 54, "es_dni")]
    assert _spans(national_ids("NIR a185057800608436")) == []


def test_cards_and_ssns_not_glued_to_other_tokens():
    assert _spans(cards("card 4111 1111 1111 1111, x4111111111111111, 4111111111111111.5")) == [(5, 24, "visa")]
    assert _spans(ssns("SSN 078-05-1120? 123-45-6789, a123-45-6789, 219-09-9999-1")) == []
    assert _spans(ssns("SSN 219-09-9998 on file")) == [(4, 15, "")]


def test_the_scheme_a_cue_names_wins_over_the_default_order() -> None:
    """123456782 passes both the Canadian SIN (Luhn) and the Dutch BSN (11-test): the word before it decides,
    and a cue that names no scheme keeps the default order (SIN first)."""
    kinds = {text: [m.kind for m in national_ids(text)] for text in (
        "BSN: 123456782", "Burgerservicenummer 123456782", "SIN: 123456782", "insurance number 123456782",
        "BSN 111222333")}
    assert kinds == {"BSN: 123456782": ["nl_bsn"], "Burgerservicenummer 123456782": ["nl_bsn"],
                     "SIN: 123456782": ["ca_sin"], "insurance number 123456782": ["ca_sin"],
                     "BSN 111222333": ["nl_bsn"]}


def test_an_id_word_inside_a_field_name_counts() -> None:
    """Column-like keys ("customer_bsn=...", "bsn_nr: ...") name the scheme as a word does; a longer word that only
    contains the cue ("absn", "bsnx") does not."""
    kinds = {text: [m.kind for m in national_ids(text)] for text in (
        "x_bsn: 111222333", "customer_bsn=111222333", "bsn_nr: 111222333", "aadhaar_no: 2341 2341 2346",
        "absn 111222333", "bsnx 111222333")}
    assert kinds == {"x_bsn: 111222333": ["nl_bsn"], "customer_bsn=111222333": ["nl_bsn"],
                     "bsn_nr: 111222333": ["nl_bsn"], "aadhaar_no: 2341 2341 2346": ["in_aadhaar"],
                     "absn 111222333": [], "bsnx 111222333": []}


KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3S"


def test_a_private_key_block_is_a_secret_with_or_without_its_end_line():
    whole = f"key:\n-----BEGIN PRIVATE KEY-----\n{KEY_BODY}\n-----END PRIVATE KEY-----\nthanks"
    [m] = [m for m in secrets(whole) if m.kind == "private_key"]
    assert m.text.startswith("-----BEGIN") and m.text.endswith("-----END PRIVATE KEY-----")
    cut = f"key:\n-----BEGIN RSA PRIVATE KEY-----\n{KEY_BODY}"  # an answer cut at its limit, a stream going on
    [m] = [m for m in secrets(cut) if m.kind == "private_key"]
    assert m.end == len(cut) and KEY_BODY[-20:] in m.text
    header_only = "-----BEGIN OPENSSH PRIVATE KEY-----"
    assert [m.kind for m in secrets(header_only)] == ["private_key"]


def test_addresses_spelled_out_against_harvesters_are_emails():
    for text, address in [("Contact alice [at] example [dot] com today", "alice [at] example [dot] com"),
                          ("or bob(at)example.org.", "bob(at)example.org"),
                          ("mail: ALICE AT EXAMPLE DOT COM", "ALICE AT EXAMPLE DOT COM"),
                          ("Write to j.doe [at] mail [dot] example [dot] co [dot] uk please",
                           "j.doe [at] mail [dot] example [dot] co [dot] uk"),
                          ("alice&#64;example.com", "alice&#64;example.com"),
                          ("alice\uff20example\uff0ecom", "alice\uff20example\uff0ecom")]:
        found = [(m.text, m.kind) for m in emails(text)]
        assert found == [(address, "obfuscated")], text


def test_words_that_only_look_like_a_spelled_address_are_not():
    for text in ("I work at Acme dot com now", "Look at example.com for details", "LOOK AT EXAMPLE.COM NOW",
                 "Prices (at) cost: see shop.com", "Meet (at) the park.com", "We met at noon at the cafe."):
        assert list(emails(text)) == [], text


def test_cards_grouped_by_dots_are_found_only_in_the_card_groupings():
    found = _spans(cards("pay with 4111.1111.1111.1111 today, amex 3782.822463.10005."))
    assert found == [(9, 28, "visa"), (41, 58, "amex")]
    decoys = ("v2.4111.1111.1111.1111", "4111.1111.1111.1111.5", "x4111.1111.1111.1111", "1,4111.1111.1111.1111",
              "41.1111.1111.1111.1111", "4111.11111.1111.111", "order no. 4111.1111.1111.1111", "1234.5678.9012.3456")
    for text in decoys:
        assert _spans(cards(text)) == [], text


def test_a_dotted_card_is_one_card_for_the_detector():
    from modelward.data.pii.detector import PiiDetector

    found = PiiDetector().detect("Card on file: 5500.0000.0000.0004, call 415-555-0132.")
    assert [(m.entity.value, m.text) for m in found][:1] == [("credit_card", "5500.0000.0000.0004")]
