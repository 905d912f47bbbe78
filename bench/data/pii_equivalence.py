"""Equivalence check for PII detector speed work: record every recogniser's output and the detector's
under several settings on a large, varied set of texts, then compare another version of the code with
the record. A faster detector must give the same spans, kinds, scores and texts on every input, text by
text and through `detect_many` over each set of texts (which reads them in groups, recogniser by recogniser).

    .venv/bin/python bench/data/pii_equivalence.py save OUT.pickle [--quick] [--src OLD_SRC]
    .venv/bin/python bench/data/pii_equivalence.py check OUT.pickle

The texts: the benchmark corpus (seeds 0-2, generated in bench/.venv-data), the held-out name sets
through their public `documents()` (their texts are never printed: a difference there is reported by
index only), the string literals of tests/data/pii, mutations of corpus documents (cut, glued,
separators swapped, non-ASCII digits and letters put in), random strings built from pieces of every
entity's shape, and floods (one character a megabyte long, digit and "@" floods, long lines, texts
longer than the detector's window)."""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import pickle
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV = HERE.parent / ".venv-data" / "bin" / "python"
# --src DIR: the code to run (a copy of the previous version's src/ when recording its outputs)
sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv else str(ROOT / "src"))

from modelward.data.pii import names, phones, recognizers  # noqa: E402
from modelward.data.pii.detector import WINDOW, PiiDetector  # noqa: E402
from modelward.data.pii.entities import Entity  # noqa: E402

PIECES = [
    "415-555-0132", "(415) 555-0132", "+44 20 7946 0958", "0044 20 7946 0958", "030 901820", "+1 951-509-0321",
    "01 48 86 91 41", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "3745 147772 90329",
    "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "ES3475938242021948924115", "192.168.10.24",
    "10.0.0.1/24", "2001:db8::8a2e:370:7334", "::1", "fe80::1%eth0", "536-22-1234", "536 22 1234", "536221234",
    "AB 12 34 56 C", "AB123456C", "12345678Z", "X1234567L", "1 84 12 76 451 089 46", "046 454 286", "123456782",
    "2345 6789 0123", "AKIAIOSFODNN7EXAMPLE", "ghp_" + "a1B2" * 9, "sk-" + "Ab1_" * 9, "xoxb-1234567890-abc",
    "password = 'Zx9!qLm2#Rt5'", "token: abcdEFGH1234", "eyJhbGciOi.eyJzdWIiOi.SflKxwRJSM", "born on 12 March 1984",
    "DOB: 03/04/1985", "geboren 1980-02-29", "221 Baker Street, London NW1 6XE", "Hauptstraße 5, 10115 Berlin",
    "12 rue de la Paix, 75002 Paris", "jane.doe+tag@mail.example.co.uk", "icon@2x.png", "a@b.c", "x@y.org",
    "Dear", "John", "Smith", "Maria Garcia", "Dr.", "Mr", "Okonkwo", "van der", "de", "O'Neill", "Müller-Schmidt",
    "J. R.", "Acme Corporation", "New York", "the", "signed by", "wrote:", "Regards,\n", "Garcia, Maria",
    "tel.", "call", "order no.", "Order #", "invoice", "version", "v", "SSN:", "card", "IBAN", "NINO", "insurance",
    "sin", "bsn", "aadhaar", "dni", "id:", "ref", "ISBN 978-3-16-148410-0", "2026-09-07 11:01:59.363150",
    "$1,234,567.89", "550e8400-e29b-41d4-a716-446655440000", "c0:79:3e:ea:33:44", "v1.2.3.4", "1.2.3.4.5",
    "٤١٥-٥٥٥-٠١٣٢", "４１５-５５５-０１３２", "१२३", "İstanbul", "ΟΔΟΣ", "Σ", "ſ", "\u212a", "é", "ß", "Ÿ",
    "0", "1", "12", "123", "1234", "12345", "999", "00", "+", "(", ")", ".", "..", "-", "--", "/", ":", "::",
    ",", ";", "@", "@@", "#", "_", "'", "’", "\"", " ", "  ", "\t", "\n", "\n\n", ". ", "! ", "? ", "x", "A", "Z",
]
SEPARATORS = [" ", "-", ".", "/", "(", ")", "+", ":", ",", "\u00a0", "\u2009", "\t", "\n", "", "--", " - ", ". "]
UNICODE_DIGITS = ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "०१२३४५६७८९", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "߀߁߂߃߄߅߆߇߈߉"]


def corpus(seed: int, n_docs: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus.json"
        subprocess.run([str(VENV), str(HERE / "pii_corpus.py"), str(out), str(n_docs), str(seed)], check=True)
        return [d["text"] for d in json.loads(out.read_text(encoding="utf-8"))]


def heldout(module: str, n_docs: int, seed: int) -> list[str]:
    sys.path.insert(0, str(HERE))
    return [d["text"] for d in importlib.import_module(module).documents(n_docs, seed)]


def test_literals() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "pii").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                out.append(node.value)
    return out


def pieces(rng: random.Random, n: int, k: int = 16) -> Iterator[str]:
    for _ in range(n):
        yield "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", ", ", "\n", "."])
                      for _ in range(rng.randint(1, k)))


def digit_shapes(rng: random.Random, n: int) -> Iterator[str]:
    """Digit groups with every separator, some non-ASCII digits, some letters glued on: what the digit
    recognisers' prefilters must not lose."""
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            digits = UNICODE_DIGITS[0] if rng.random() < 0.04 else "0123456789"
            if rng.random() < 0.03:
                digits = rng.choice(UNICODE_DIGITS)
            group = "".join(rng.choice(digits) for _ in range(rng.randint(1, 6)))
            if rng.random() < 0.1:
                group = rng.choice("ABXYZabcv") + group
            if rng.random() < 0.1:
                group += rng.choice("ABCDLZkx")
            parts.append(group)
            parts.append(rng.choice(SEPARATORS))
        lead = rng.choice(["", "", "tel. ", "card ", "SSN ", "Order #", "v", "IBAN GB", "born ", "id ", "+", "00",
                           "call ", "NINO AB", "x", "@", "version "])
        yield lead + "".join(parts)


def mutations(texts: list[str], rng: random.Random, n: int) -> Iterator[str]:
    """Corpus documents cut at random places, glued to each other, separators swapped, characters put in."""
    swaps = [(" ", ""), (" ", "-"), ("-", " "), ("-", "."), (".", ""), ("\n", " "), (", ", ","), ("0", "٠"),
             ("1", "１"), ("a", "á"), ("e", "ſ"), ("S", "Σ"), ("I", "İ"), (" ", "\u00a0"), ("@", " @ "), ("(", "")]
    for _ in range(n):
        a, b = rng.choice(texts), rng.choice(texts)
        i, j = sorted(rng.randrange(len(a) + 1) for _ in range(2))
        text = a[i:j] + rng.choice(["", " ", "\n", "."]) + b[rng.randrange(len(b) + 1):]
        for _ in range(rng.randint(0, 3)):
            old, new = rng.choice(swaps)
            text = text.replace(old, new, rng.randint(1, 5))
        if rng.random() < 0.2:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        yield text


def floods() -> list[str]:
    mb = 1 << 20
    out = [c * mb for c in "1a@.A -\n:"]
    out += ["1 " * (mb // 2), "12-" * (mb // 3), "1.2." * (mb // 4), "a@" * (mb // 2), "Ab " * (mb // 3),
            "John Smith " * 50000, "415-555-0132 " * 40000, "4111 1111 1111 1111 " * 20000, "٣" * 200000,
            "x" * (WINDOW - 6) + "415-555-0132 John Smith 4111 1111 1111 1111" + "y" * 100,
            ("tel. 415-555-0132. " * 3000 + "\n") * 30, "1" * 5000 + "@" + "a" * 5000 + ".com",
            "(" * 10000 + "1" * 20 + ")" * 10000, "+1 " * 50000, "::" * 100000 + "1", "Dr. " * 100000]
    edge = "I met Maria Garcia, tel. +44 20 7946 0958, card 4111 1111 1111 1111, ip 10.0.0.1. "
    for cut in (WINDOW - 40, WINDOW - 20, WINDOW - 5, WINDOW, WINDOW + 3):
        out.append("z " * (cut // 2) + edge * 3)
    return out


def text_sets(quick: bool) -> dict[str, list[str]]:
    rng = random.Random(12345)
    sets: dict[str, list[str]] = {}
    seeds = (0,) if quick else (0, 1, 2)
    for seed in seeds:
        sets[f"corpus{seed}"] = corpus(seed, 2000)
    for module in ("pii_heldout_names", "pii_names_d"):
        sets[f"heldout:{module}"] = heldout(module, 500 if quick else 2000, 0)
    sets["tests"] = test_literals()
    base = [t for s in seeds for t in sets[f"corpus{s}"]]
    scale = 1 if quick else 6
    sets["mutations"] = list(mutations(base, rng, 3000 * scale))
    sets["pieces"] = list(pieces(rng, 8000 * scale))
    sets["long_pieces"] = list(pieces(rng, 300 * scale, 400))
    sets["digits"] = list(digit_shapes(rng, 8000 * scale))
    sets["floods"] = floods() if not quick else floods()[:6]
    return sets


Output = tuple[tuple[object, ...], ...]


def _rows(matches: object) -> Output:
    return tuple((m.start, m.end, m.entity.value, m.text, m.score, m.kind) for m in matches)  # type: ignore[attr-defined]


def detectors() -> dict[str, PiiDetector]:
    """The five detector settings recorded, by output name."""
    return {
        "detect": PiiDetector(),
        "detect_loose": PiiDetector(min_score=0.0),
        "detect_us": PiiDetector(regions=("US",), min_score=0.7),
        "detect_digits": PiiDetector(entities=(Entity.PHONE, Entity.CARD, Entity.SSN, Entity.NATIONAL_ID),
                                     regions=("GB", "IN", "BR", "JP")),
        "detect_people": PiiDetector(entities=(Entity.PERSON, Entity.EMAIL), min_score=0.3),
    }


def runners() -> dict[str, Callable[[str], Output]]:
    default = PiiDetector()
    out: dict[str, Callable[[str], Output]] = {
        key: lambda t, det=det: _rows(det.detect(t)) for key, det in detectors().items()
    }
    out.update({
        "phones": lambda t: _rows(sorted(phones.phones(t, default.regions), key=lambda m: (m.start, m.end))),
        "names0": lambda t: _rows(names.person_names(t, 0.0)),
    })
    for entity, fn in recognizers.PATTERN_RECOGNISERS.items():
        out[entity.value] = lambda t, fn=fn: _rows(sorted(fn(t), key=lambda m: (m.start, m.end, m.kind)))
    return out


def outputs(text: str, run: dict[str, Callable[[str], Output]], big: bool) -> dict[str, Output]:
    names_ = ("detect", "detect_loose") if big else tuple(run)
    return {k: run[k](text) for k in names_}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("path")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--src", help="the src/ directory to import modelward from")
    args = ap.parse_args()
    t0 = time.time()
    # the texts are recorded with the outputs: the corpus is not the same from run to run (its GUIDs are random)
    saved = pickle.loads(Path(args.path).read_bytes()) if args.mode == "check" else None
    sets = saved["texts"] if saved is not None else text_sets(args.quick)
    run = runners()
    record: dict[str, list[dict[str, Output]]] = {}
    for name, texts in sets.items():
        record[name] = [outputs(t, run, len(t) > 100_000) for t in texts]
    n = sum(len(v) for v in sets.values())
    if saved is None:
        Path(args.path).write_bytes(pickle.dumps({"texts": sets, "outputs": record}))
        print(f"saved {n} texts ({', '.join(f'{k} {len(v)}' for k, v in sets.items())}) in {time.time() - t0:.0f}s")
        return
    diffs = 0
    for name, rows in record.items():
        for i, (new, old) in enumerate(zip(rows, saved["outputs"][name], strict=True)):
            for key in old:
                if new[key] != old[key]:
                    diffs += 1
                    if diffs <= 20:
                        shown = "" if name.startswith("heldout") else f" {sets[name][i][:300]!r}"
                        print(f"DIFF {name}[{i}] {key}:{shown}")
                        if not name.startswith("heldout"):
                            print(f"   old {sorted(set(old[key]) - set(new[key]))}")
                            print(f"   new {sorted(set(new[key]) - set(old[key]))}")
    # detect_many reads a batch in groups, recogniser by recogniser: each setting must give what it gave text by text
    many = 0
    for name, texts in sets.items():
        for key, det in detectors().items() if hasattr(PiiDetector, "detect_many") else ():
            for i, matches in enumerate(det.detect_many(texts)):
                old = saved["outputs"][name][i].get(key)
                if old is not None and _rows(matches) != old:
                    many += 1
                    if many <= 5:
                        print(f"DIFF detect_many {name}[{i}] {key}")
    diffs += many
    print(f"compared {n} texts ({', '.join(f'{k} {len(v)}' for k, v in sets.items())}): {diffs} differences "
          f"({many} of them from detect_many over each set) in {time.time() - t0:.0f}s")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
