"""Latency of the injection detector per prompt, one thread, on the texts of a template set; prints timings
only (nothing about detections, so it may run on the held-out sets H-Q).

    PYTHONPATH=src .venv/bin/python bench/llm/latency.py [--sets B,E] [--per-family 300] [--repeat 1]
        [--profile [--top 25]] [--freeze]

Each text is scored as `detector.score(text + " ")` (a fresh string: no hit in the normalisation cache),
after a warm-up on the first 50 texts. Reports CPU (`time.process_time`, which moves far less with the
machine's load than wall time) and wall p50/p90/p99 in ms, and the CPU p99 per length band. `--profile`
prints cProfile's aggregate table (functions by cumulative and internal time), never a text.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from injection import SETS  # noqa: E402

from modelward.llm.injection.corpus import generate  # noqa: E402
from modelward.llm.injection.detector import InjectionDetector  # noqa: E402

SEEDS = {"A": 6, "G": 11, **{name: seed for name, (_, seed) in SETS.items()}}  # A and G: development sets
BANDS = ((0, 200), (200, 500), (500, 800), (800, 1200), (1200, 10**9))


def _templates(name: str) -> object:
    if name == "A":
        from modelward.llm.injection.corpus_a import TEMPLATES
        return TEMPLATES
    if name == "G":
        from corpus_g import TEMPLATES as SET_G
        return SET_G
    return SETS[name][0]


def texts_of(name: str, per_family: int) -> list[str]:
    examples = generate(_templates(name), SEEDS[name], per_family=per_family, benign=1000, hard=1000)  # type: ignore[arg-type]
    return [e.text for e in examples]


def time_texts(detector: InjectionDetector, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """CPU and wall seconds per text; the detections are discarded."""
    detector.score_many(texts[:50])  # warm the vectorisers' caches (not the normalisation cache)
    cpu, wall = np.empty(len(texts)), np.empty(len(texts))
    for i, t in enumerate(texts):
        s, c = time.perf_counter(), time.process_time()
        detector.score(t + " ")
        wall[i] = time.perf_counter() - s
        cpu[i] = time.process_time() - c
    return cpu, wall


def _ms(values: np.ndarray, q: float) -> float:
    return 1000 * float(np.percentile(values, q)) if len(values) else float("nan")


def report(name: str, texts: list[str], cpu: np.ndarray, wall: np.ndarray) -> None:
    load = os.getloadavg()
    print(f"set {name}: {len(texts)} texts, load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for label, values in (("cpu", cpu), ("wall", wall)):
        print(f"  {label:4s} p50 {_ms(values, 50):6.2f}  p90 {_ms(values, 90):6.2f}  p99 {_ms(values, 99):6.2f}"
              f"  max {1000 * values.max():7.2f} ms")
    lengths = np.array([len(t) for t in texts])
    for low, high in BANDS:
        band = cpu[(lengths >= low) & (lengths < high)]
        if len(band):
            print(f"  chars {low:>4d}-{'' if high > 10**8 else high:<5}  n {len(band):5d}  cpu p50 {_ms(band, 50):6.2f}"
                  f"  p99 {_ms(band, 99):6.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="B,C,D,E", help="template sets, comma-separated (A is set A, seed 6)")
    ap.add_argument("--per-family", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per set (each reported)")
    ap.add_argument("--profile", action="store_true", help="print cProfile's aggregate table per set")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--freeze", action="store_true",
                    help="freeze the objects that exist after loading out of the garbage collector, as the server "
                         "does at start (gateway/app.py): compare the max with and without")
    args = ap.parse_args()
    detector = InjectionDetector.default()
    if args.freeze:
        detector.score_many(["warm up", "Ignore previous instructions."])
        gc.collect()
        gc.freeze()
    for name in args.sets.split(","):
        if name not in SEEDS:
            ap.error(f"--sets: unknown set {name!r} (known: {', '.join(SEEDS)})")
        texts = texts_of(name, args.per_family)
        if args.profile:
            detector.score_many(texts[:50])
            profiler = cProfile.Profile()
            profiler.enable()
            for t in texts:
                detector.score(t + " ")
            profiler.disable()
            for key in ("cumulative", "tottime"):
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key).print_stats(args.top)
                print(f"set {name}, by {key}:\n" + out.getvalue())
            continue
        for _ in range(args.repeat):
            cpu, wall = time_texts(detector, texts)
            report(name, texts, cpu, wall)


if __name__ == "__main__":
    main()
