"""k-anonymity benchmark: 1,000,000 generated rows, 4 quasi-identifiers (age, ZIP code, sex, years of
service) and a sensitive diagnosis; Mondrian with k = 5 (and distinct l = 2), timed, with risk and
information loss; pycanon (bench/.venv-data) then measures k, l and t of modelward's output on the same
rows, as an independent check, and is timed doing so.

    .venv/bin/python bench/data/anonymize.py [--rows 1000000] [--no-anchors]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv-data" / "bin" / "python"
QI = ["age", "zip", "sex", "years"]

PYCANON = r'''
import json, sys, time
import pandas as pd
from pycanon import anonymity
df = pd.read_csv(sys.argv[1], dtype=str)
qi = ["age", "zip", "sex", "years"]
out = {}
t = time.perf_counter(); out["k"] = int(anonymity.k_anonymity(df, qi)); out["k_seconds"] = time.perf_counter() - t
t = time.perf_counter(); out["l"] = int(anonymity.l_diversity(df, qi, ["disease"]))
out["l_seconds"] = time.perf_counter() - t
print(json.dumps(out))
'''


def generate(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "name": np.array([f"person{i}" for i in range(n)], dtype=object),
        "age": rng.integers(18, 90, n),
        "zip": rng.integers(10000, 99999, n),
        "sex": np.array(["F", "M"], dtype=object)[rng.integers(0, 2, n)],
        "years": np.minimum(rng.exponential(8, n).astype(int), 45),
        "disease": np.array(["flu", "cold", "asthma", "diabetes", "cancer", "none"], dtype=object)[
            rng.choice(6, n, p=[0.15, 0.2, 0.1, 0.1, 0.05, 0.4])],
    }


def main() -> None:
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from modelward.data.anonymize.table import anonymise

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--no-anchors", action="store_true")
    args = ap.parse_args()
    cols = generate(args.rows)
    print(f"{args.rows:,} rows, quasi-identifiers {QI}, sensitive 'disease', name dropped")
    for label, kw in (("k=5", {}), ("k=5, distinct l=2", {"sensitive": "disease", "l_diversity": 2})):
        t = time.perf_counter()
        result = anonymise(cols, QI, 5, identifiers={"name": "drop"}, **kw)
        seconds = time.perf_counter() - t
        s = result.summary()
        print(f"modelward Mondrian {label}: {seconds:.1f} s; classes {s['after']['classes']:,}; k achieved "
              f"{s['after']['k']}; prosecutor risk max {s['after']['prosecutor_max']:.3f} avg "
              f"{s['after']['prosecutor_avg']:.3f} (before: max {s['before']['prosecutor_max']:.3f} avg "
              f"{s['before']['prosecutor_avg']:.3f}, {s['before']['share_at_risk']:.1%} of rows above 0.2); "
              f"certainty penalty {s['certainty_penalty']:.4f}; l {s['l_diversity']}; t {s['t_closeness']}")
    if args.no_anchors or not VENV.exists():
        return
    import csv

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "released.csv"
        names = list(result.columns)
        with path.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(names)
            w.writerows(zip(*(result.columns[n].tolist() for n in names), strict=True))
        script = Path(tmp) / "pycanon_run.py"
        script.write_text(PYCANON)
        t = time.perf_counter()
        try:
            run = subprocess.run([str(VENV), str(script), str(path)], capture_output=True, text=True, timeout=1200,
                                 check=True)
            print(f"pycanon on modelward's k=5, l=2 release: {run.stdout.strip()} "
                  f"({time.perf_counter() - t:.0f} s with reading)")
        except subprocess.TimeoutExpired:
            print("pycanon did not finish within 1200 s on this release")


if __name__ == "__main__":
    main()
