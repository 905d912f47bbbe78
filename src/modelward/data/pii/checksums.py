"""Check digits and issuing rules of the numbers the detector validates: payment cards (Luhn and issuer
ranges), IBANs (ISO 13616 mod 97 and per-country length), US SSNs (SSA allocation rules) and national ids
with a check digit (UK NINO, Canadian SIN, Dutch BSN, Spanish DNI/NIE, French NIR, Indian Aadhaar).

Pure functions over strings of digits or letters: a shape that matches but fails its check is not PII
of that kind, which is what keeps order numbers and serials out."""

from __future__ import annotations

from functools import lru_cache

# ---------------------------------------------------------------- payment cards

# (brand, prefixes as (low, high) over the first digits, allowed lengths)
_CARD_BRANDS: tuple[tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]], ...] = (
    ("amex", ((34, 34), (37, 37)), (15,)),
    ("visa", ((4, 4),), (13, 16, 19)),
    ("mastercard", ((51, 55), (2221, 2720)), (16,)),
    ("discover", ((6011, 6011), (644, 649), (65, 65)), (16, 17, 18, 19)),
    ("diners", ((300, 305), (36, 36), (38, 39)), (14, 15, 16, 17, 18, 19)),
    ("jcb", ((3528, 3589),), (16, 17, 18, 19)),
    ("unionpay", ((62, 62),), (16, 17, 18, 19)),
    ("maestro", ((50, 50), (56, 58), (60, 60), (63, 63), (67, 67)), (12, 13, 14, 15, 16, 17, 18, 19)),
)


_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")  # 2d, less 9 when above 9


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check of a string of digits."""
    if not digits.isdigit():
        return False
    if digits.isascii():  # every second digit from the right doubled by a table, the sums in C
        doubled = digits[-2::-2].translate(_LUHN_DOUBLED)
        return (sum(map(int, digits[-1::-2])) + sum(map(int, doubled))) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_brand(digits: str) -> str | None:
    """The card network whose issuer range and length `digits` fits (Luhn not checked here), or None."""
    return _brand(digits[:4], len(digits))


@lru_cache(maxsize=4096)
def _brand(head: str, length: int) -> str | None:
    """card_brand of a number of `length` digits that starts with `head`: the ranges read 4 digits at most."""
    for brand, ranges, lengths in _CARD_BRANDS:
        if length not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(head[:width]) <= high:
                return brand
    return None


def card_valid(digits: str) -> str | None:
    """The brand of a valid card number (issuer range, length, Luhn), or None. All-same digits are refused."""
    if not 12 <= len(digits) <= 19:
        return None
    if digits.isascii() and digits.isdigit():  # the brand is cached, so asked first (the tests are independent)
        brand = _brand(digits[:4], len(digits))
        return None if brand is None or len(set(digits)) == 1 or not luhn_valid(digits) else brand
    if len(set(digits)) == 1 or not luhn_valid(digits):  # anything else: Luhn refuses non-digits first
        return None
    return card_brand(digits)


# ---------------------------------------------------------------- IBAN

IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_valid(compact: str) -> bool:
    """An IBAN without spaces: known country, that country's length, check digits by ISO 7064 mod 97-10."""
    if len(compact) < 15 or not compact.isalnum() or not compact.isascii():
        return False
    compact = compact.upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int(rearranged.translate(_IBAN_LETTERS)) % 97 == 1


_IBAN_LETTERS = str.maketrans({chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)})  # A=10 ... Z=35


# ---------------------------------------------------------------- national ids

_SSN_NEVER_ISSUED = frozenset({"078051120", "219099999", "123456789"})  # advertising samples and a common fake


def ssn_valid(digits: str) -> bool:
    """A US Social Security number the SSA could have issued: area not 000, 666 or 900-999; group not 00;
    serial not 0000; not one of the published sample numbers."""
    if len(digits) != 9 or not digits.isdigit() or digits in _SSN_NEVER_ISSUED:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def uk_nino_valid(compact: str) -> bool:
    """A UK National Insurance number: two letters (first not D, F, I, Q, U, V; second not D, F, I, O, Q,
    U, V; not an unallocated prefix), six digits, suffix A-D."""
    if len(compact) != 9:
        return False
    p, digits, suffix = compact[:2].upper(), compact[2:8], compact[8].upper()
    return (p.isalpha() and p[0] not in "DFIQUV" and p[1] not in "DFIOQUV" and p not in _NINO_BAD_PREFIXES
            and digits.isdigit() and suffix in "ABCD")


def ca_sin_valid(digits: str) -> bool:
    """A Canadian Social Insurance Number: nine digits, Luhn, not starting with 0 or 8."""
    return len(digits) == 9 and digits.isdigit() and digits[0] not in "08" and luhn_valid(digits)


def nl_bsn_valid(digits: str) -> bool:
    """A Dutch citizen service number (BSN): nine digits passing the 11-proof."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(compact: str) -> bool:
    """A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) with its check letter."""
    compact = compact.upper()
    if len(compact) != 9 or not compact[-1].isalpha():
        return False
    body = compact[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _DNI_LETTERS[int(body) % 23] == compact[-1]


def fr_nir_valid(digits: str) -> bool:
    """A French social security number (NIR): 13 digits (Corsica: 2A/2B) and a 2-digit key 97 - n mod 97."""
    if len(digits) != 15 or digits[0] not in "12":
        return False
    body = digits[:13].upper().replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not digits[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(digits[13:])


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """The Verhoeff check (dihedral group D5) of a string of digits."""
    if not digits.isdigit():
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def in_aadhaar_valid(digits: str) -> bool:
    """An Indian Aadhaar number: 12 digits, not starting with 0 or 1, Verhoeff check digit."""
    return len(digits) == 12 and digits.isdigit() and digits[0] not in "01" and verhoeff_valid(digits)
