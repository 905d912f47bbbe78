"""Generate the PII benchmark corpus: documents with labelled PII and look-alike decoys (GUIDs, version
strings, order and tracking numbers, IPs next to phone numbers, timestamps, prices, hashes, capitalised
non-names). Runs in the bench venv (needs faker and phonenumbers); writes JSON:
[{"text": ..., "spans": [[start, end, entity], ...]}, ...].

    bench/.venv-data/bin/python bench/data/pii_corpus.py OUT.json [N_DOCS] [SEED]

Names come from Faker's locale lists (en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, nl_NL), which are not the
lexicon modelward ships (U.S. Census 1990), so person-name recall is measured on names it was not built
from."""

from __future__ import annotations

import json
import random
import sys
import uuid

import phonenumbers
from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
PHONE_LOCALES = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR"}


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list[object]] = []
        self.pos = 0

    def add(self, text: str, entity: str | None = None) -> None:
        if entity:
            self.spans.append([self.pos, self.pos + len(text), entity])
        self.parts.append(text)
        self.pos += len(text)

    def say(self, *pieces: object) -> None:
        """Pieces are plain strings or (value, entity) pairs."""
        for p in pieces:
            if isinstance(p, tuple):
                self.add(p[0], p[1])
            else:
                self.add(str(p))


def _phone(fk: Faker, rng: random.Random) -> str:
    region = rng.choice(list(PHONE_LOCALES.values()))
    loc = next(k for k, v in PHONE_LOCALES.items() if v == region)
    for _ in range(200):
        raw = Faker(loc).phone_number().split("x")[0].strip()
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            style = rng.random()
            if style < 0.4:
                return raw
            formats = phonenumbers.PhoneNumberFormat
            fmt = formats.INTERNATIONAL if style < 0.75 else formats.NATIONAL
            return phonenumbers.format_number(num, fmt)
    raise RuntimeError("no valid phone number generated")


def _group(digits: str, rng: random.Random, size: int = 4) -> str:
    style = rng.random()
    if style < 0.4:
        return digits
    sep = " " if style < 0.8 else "-"
    return sep.join(digits[i:i + size] for i in range(0, len(digits), size))


def _card(fk: Faker, rng: random.Random) -> str:
    kind = rng.choice(["visa16", "mastercard", "amex", "discover", "jcb16"])
    digits = fk.credit_card_number(card_type=kind)
    while kind == "jcb16" and not 3528 <= int(digits[:4]) <= 3589:  # Faker draws any 35xx; JCB's range is 3528-3589
        digits = fk.credit_card_number(card_type=kind)
    if kind == "amex":
        return digits if rng.random() < 0.5 else f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    return _group(digits, rng)


def _iban(rng: random.Random) -> str:
    fk = Faker(rng.choice(["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL"]))
    raw = fk.iban()
    return raw if rng.random() < 0.5 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _name(rng: random.Random) -> str:
    fk = Faker(rng.choice(LOCALES))
    fk.seed_instance(rng.randrange(1 << 30))
    return f"{fk.first_name()} {fk.last_name()}"


def _luhn_complete(prefix: str) -> str:
    digits = [int(d) for d in prefix + "0"]
    for i in range(len(digits) - 2, -1, -2):
        digits[i] = digits[i] * 2 - 9 if digits[i] > 4 else digits[i] * 2
    return prefix + str((10 - sum(digits) % 10) % 10)


def _decoys(fk: Faker, rng: random.Random) -> list[str]:
    n3, n4 = rng.randint(200, 999), rng.randint(1000, 9999)
    return [
        f"Request id {uuid.UUID(int=rng.getrandbits(128))} was logged.",
        f"Upgrade to version {rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 9999)} "
        "today.",
        f"Running v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 30)} in production.",
        f"Order #{n3}-{rng.randint(200, 999)}-{n4} has shipped.",
        f"Order number {rng.randint(10**9, 10**10 - 1)} is delayed.",
        f"Tracking no. {_luhn_complete('4' + str(rng.randint(10**13, 10**14 - 1)))} arrives Monday.",
        f"Invoice {rng.randint(10**6, 10**7 - 1)}-{rng.randint(10, 99)} is due on {fk.date_this_year()}.",
        f"Logged at {fk.date_time_this_year().isoformat(sep=' ')} by the scheduler.",
        f"Total: ${rng.randint(1, 999)},{rng.randint(100, 999)}.{rng.randint(10, 99)} including tax.",
        f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}.",
        f"Checksum sha256:{fk.sha256()}.",
        f"MAC {fk.mac_address()} joined the network.",
        f"See the {rng.choice(['Quarterly Report', 'Annual Review', 'Machine Learning', 'Data Science'])} "
        f"for {rng.choice(['New York', 'Los Angeles', 'San Francisco', 'United Kingdom', 'North America'])}.",
        f"{rng.choice(['Acme Corporation', 'Global Holdings', 'Pacific Bank', 'Green Valley Farms'])} "
        f"signed the contract.",
        f"The asset icon@2x.png is {rng.randint(10, 99)} KB.",
        f"Build {rng.randint(1000, 9999)}.{rng.randint(10, 99)} passed {rng.randint(100, 999)} tests in "
        f"{rng.randint(10, 99)}.{rng.randint(1, 9)} s.",
        f"Coordinates {rng.uniform(-80, 80):.6f}, {rng.uniform(-170, 170):.6f} were recorded.",
        f"Part SKU-{rng.randint(100000, 999999)} ref {rng.randint(100, 999)}.{rng.randint(100, 999)}."
        f"{rng.randint(1000, 9999)}.",
    ]


def document(rng: random.Random) -> Doc:
    fk = Faker(rng.choice(LOCALES))
    fk.seed_instance(rng.randrange(1 << 30))
    us = Faker("en_US")
    us.seed_instance(rng.randrange(1 << 30))
    d = Doc()
    name = _name(rng)
    other = _name(rng)
    pieces = [
        lambda: d.say("Dear ", (name, "person"), ",\n"),
        lambda: d.say("Please call me at ", (_phone(fk, rng), "phone"), " or write to ", (fk.email(), "email"), ". "),
        lambda: d.say("The payment was made with card ", (_card(fk, rng), "credit_card"), ". "),
        lambda: d.say("Wire the refund to ", (_iban(rng), "iban"), " before Friday. "),
        lambda: d.say("Login from ", (fk.ipv4(), "ip_address"), " then call ", (_phone(fk, rng), "phone"), ". "),
        lambda: d.say("Our server ", (fk.ipv6() if rng.random() < 0.3 else fk.ipv4_private(), "ip_address"),
                      " restarted. "),
        lambda: d.say("SSN: ", (us.ssn(), "us_ssn"), " on file. "),
        lambda: d.say("I met ", (other, "person"), " yesterday about the contract. "),
        lambda: d.say((other, "person"), " will join the call. "),
        lambda: d.say("Contact: ", (fk.email(), "email"), ", tel. ", (_phone(fk, rng), "phone"), ".\n"),
        lambda: d.say("Best regards,\n", (name, "person"), "\n"),
    ]
    decoys = _decoys(fk, rng)
    order = list(range(len(pieces) - 1))
    rng.shuffle(order)
    order = [0, *[i for i in order if i != 0], len(pieces) - 1]
    for i in order:
        if i not in (0, len(pieces) - 1) and rng.random() < 0.35:
            continue
        pieces[i]()
        for _ in range(rng.randint(0, 2)):
            d.say(rng.choice(decoys), " ")
    return d


def main() -> None:
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    rng = random.Random(seed)
    Faker.seed(seed)
    docs = []
    for _ in range(n):
        d = document(rng)
        docs.append({"text": "".join(d.parts), "spans": d.spans})
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(docs, fh)


if __name__ == "__main__":
    main()
