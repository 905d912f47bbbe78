"""Mutation fuzzing of every scanner parser, for a while: inputs per second, crashes, slowest input, peak
memory. Seeds: one small file per format (tests/scan/fuzz_seeds.py) plus the benchmark corpus when it
exists. An input "crashes" when the scan raises or reports an error that signals a bug (TypeError,
KeyError, ... rather than a malformed file), or when it takes longer than --budget-s (the declared
time limit per input, twice in a row) or the process grows past --rss-mib.

    .venv/bin/python bench/scan/fuzz.py --seconds 300 [--corpus bench/scan/corpus] [--save DIR]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1] / "tests" / "scan")]

from fuzz_seeds import seeds  # noqa: E402

from modelward.scan.allowlist import builtin_policy  # noqa: E402
from modelward.scan.dispatch import scan_source  # noqa: E402
from modelward.scan.limits import Limits  # noqa: E402
from modelward.scan.source import Source  # noqa: E402

BUG_SIGNS = ("scanner failed", "TypeError", "AttributeError", "KeyError", "IndexError", "RecursionError",
             "AssertionError", "NameError", "UnboundLocalError")
MAX_SEED_BYTES = 256 * 1024
INTERESTING = (0x00, 0x01, 0x7F, 0x80, 0xFF, ord("("), ord("."), ord("{"), ord("["), ord("R"))


def corpus_seeds(root: Path | None) -> dict[str, bytes]:
    if root is None or not root.is_dir():
        return {}
    return {f"corpus/{p.name}": p.read_bytes() for p in sorted(root.iterdir())
            if p.is_file() and p.stat().st_size <= MAX_SEED_BYTES and p.name != "labels.json"}


def mutate(rng: random.Random, seed: bytes, pool: list[bytes]) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(8)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and data:
            data[min(at, len(data) - 1)] = rng.choice(INTERESTING)
        elif op == 2:
            data[at:at] = rng.randbytes(rng.randint(1, 16))
        elif op == 3:
            del data[at:at + rng.randint(1, 64)]
        elif op == 4:
            del data[at:]
        elif op == 5:
            data[at:at] = data[at:at + rng.randint(1, 256)] * rng.randint(1, 64)  # repeat: floods, padding
        elif op == 6:
            other = rng.choice(pool)  # splice another format in
            start = rng.randrange(len(other) + 1)
            data[at:at] = other[start:start + rng.randint(1, 512)]
        elif op == 7 and len(data) >= 8:
            pos = min(at, len(data) - 8)
            data[pos:pos + 8] = rng.choice((0, 1, 2**31 - 1, 2**32 - 1, 2**63 - 1, 2**64 - 1)).to_bytes(8, "little")
    return bytes(data)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=300.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--budget-s", type=float, default=2.0, help="declared time limit per input")
    ap.add_argument("--rss-mib", type=float, default=512.0, help="declared memory limit for the process")
    ap.add_argument("--save", type=Path, help="folder for crashing inputs")
    args = ap.parse_args()

    pool = {**seeds(), **corpus_seeds(args.corpus)}
    names, blobs = list(pool), list(pool.values())
    rng = random.Random(args.seed)
    policy, limits = builtin_policy(), Limits()
    crashes: list[tuple[str, str]] = []
    retimed = 0
    slowest = (0.0, "")
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        i = rng.randrange(len(blobs))
        data = mutate(rng, blobs[i], blobs)
        t = time.perf_counter()
        try:
            result = scan_source(Source.of_bytes(data, "fuzz.bin"), policy, limits)
            problem = next((m for m in [result.error or "", *(x.reason for x in result.members if x.error)]
                            if any(sign in m for sign in BUG_SIGNS)), None)
        except Exception as exc:  # the contract says never; count it
            problem = f"raised {type(exc).__name__}: {exc}"
        took = time.perf_counter() - t
        if took > args.budget_s:  # timed again once: on a shared machine a pause is not the input's fault
            t = time.perf_counter()
            scan_source(Source.of_bytes(data, "fuzz.bin"), policy, limits)
            again = time.perf_counter() - t
            retimed += 1
            if again > args.budget_s:
                problem = problem or f"took {took:.2f} s, then {again:.2f} s (> {args.budget_s} s)"
            took = again
        if took > slowest[0]:
            slowest = (took, names[i])
        n += 1
        if problem:
            crashes.append((names[i], problem[:200]))
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"crash-{len(crashes):04d}.bin").write_bytes(data)
    elapsed = time.perf_counter() - start
    rss = peak_rss_mib()
    print(f"seeds: {len(pool)} ({len(seeds())} built in code, {len(pool) - len(seeds())} from the corpus)")
    print(f"inputs: {n} in {elapsed:.0f} s = {n / elapsed:.0f} inputs/s; crashes: {len(crashes)}; "
          f"slowest input: {slowest[0] * 1000:.0f} ms (seed {slowest[1]}); peak RSS {rss:.0f} MiB "
          f"(declared: {args.budget_s} s per input, {args.rss_mib:.0f} MiB); {retimed} inputs over the budget "
          "once were timed again")
    for name, problem in crashes[:20]:
        print(f"  crash from {name}: {problem}")
    return 1 if crashes or rss > args.rss_mib else 0


if __name__ == "__main__":
    sys.exit(main())
