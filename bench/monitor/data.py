"""Generated reference and current tables with known shifts of known size in known columns.

Shifted table (25 columns): 20 numeric (n00..n19) and 5 categorical (c0..c4). Shifts:

    n00 mean +0.02 sd   n01 mean +0.05 sd   n02 mean +0.10 sd   n03 mean +0.25 sd   n04 mean +0.50 sd
    n05 scale x1.05     n06 scale x1.20     n07 1% mixture at +8 sd                 n08 5% mixture at +8 sd
    c0 total variation 0.01   c1 total variation 0.05   c2 total variation 0.10   c3 2% unseen category

n09..n19 and c4 are unshifted (normal, log-normal, uniform, Poisson counts, a bimodal mix). The null
table (100 columns: 85 numeric of the same families and 15 categorical) is drawn from one distribution
for both tables: every alarm there is a false alarm.

    python bench/monitor/data.py --rows 1000000 --out bench/monitor/data
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

SHIFTS = {
    "n00": "mean +0.02 sd", "n01": "mean +0.05 sd", "n02": "mean +0.10 sd", "n03": "mean +0.25 sd",
    "n04": "mean +0.50 sd", "n05": "scale x1.05", "n06": "scale x1.20", "n07": "1% far-away mixture",
    "n08": "5% far-away mixture", "c0": "categorical TV 0.01", "c1": "categorical TV 0.05",
    "c2": "categorical TV 0.10", "c3": "2% unseen category",
}
NEGLIGIBLE = {"n00"}  # the shift a person should not be paged for: significant, but tiny
CATEGORIES = ("alpha", "beta", "gamma", "delta", "epsilon")
BASE_P = np.array([0.35, 0.25, 0.2, 0.12, 0.08])


def _moved(p: np.ndarray, tv: float) -> np.ndarray:
    """p with `tv` of mass moved from the first category to the last: total variation exactly tv."""
    q = p.copy()
    q[0] -= tv
    q[-1] += tv
    return q


def _unshifted(rng: np.random.Generator, n: int, family: int) -> np.ndarray:
    kind = family % 5
    if kind == 0:
        return rng.normal(size=n)
    if kind == 1:
        return rng.lognormal(0.0, 0.8, size=n)
    if kind == 2:
        return rng.uniform(-3, 5, size=n)
    if kind == 3:
        return rng.poisson(4.0, size=n).astype(float)
    return np.where(rng.uniform(size=n) < 0.3, rng.normal(-2, 0.5, n), rng.normal(1.5, 1.0, n))


def _categorical(rng: np.random.Generator, n: int, p: np.ndarray, names: tuple[str, ...] = CATEGORIES) -> np.ndarray:
    return np.asarray(names, dtype=object)[rng.choice(len(names), size=n, p=p / p.sum())]


def shifted_table(rng: np.random.Generator, n: int, current: bool) -> dict[str, np.ndarray]:
    """The 25-column table; `current` applies the shifts."""
    cols: dict[str, np.ndarray] = {}
    means = (0.02, 0.05, 0.10, 0.25, 0.50)
    for i, m in enumerate(means):
        cols[f"n0{i}"] = rng.normal(m if current else 0.0, 1.0, n)
    cols["n05"] = rng.normal(0.0, 1.05 if current else 1.0, n)
    cols["n06"] = rng.normal(0.0, 1.20 if current else 1.0, n)
    for name, share in (("n07", 0.01), ("n08", 0.05)):
        x = rng.normal(size=n)
        if current:
            far = rng.uniform(size=n) < share
            x[far] = rng.normal(8.0, 1.0, int(far.sum()))
        cols[name] = x
    for j in range(9, 20):
        cols[f"n{j:02d}"] = _unshifted(rng, n, j)
    for name, tv in (("c0", 0.01), ("c1", 0.05), ("c2", 0.10)):
        cols[name] = _categorical(rng, n, _moved(BASE_P, tv) if current else BASE_P)
    if current:
        p = np.append(BASE_P * 0.98, 0.02)
        cols["c3"] = _categorical(rng, n, p, (*CATEGORIES, "never-seen"))
    else:
        cols["c3"] = _categorical(rng, n, BASE_P)
    cols["c4"] = _categorical(rng, n, BASE_P)
    return cols


def null_table(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """100 columns drawn the same way for reference and current."""
    cols = {f"u{j:02d}": _unshifted(rng, n, j) for j in range(85)}
    for j in range(85, 100):
        k = 2 + j % 6
        cols[f"u{j:02d}"] = _categorical(rng, n, np.linspace(1.0, 2.0, k), tuple(f"k{i}" for i in range(k)))
    return cols


def write(columns: dict[str, np.ndarray], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({k: pa.array(v) for k, v in columns.items()})
    pq.write_table(table, path, row_group_size=256 * 1024)
    return path


def generate(rows: int, out: Path, seed: int = 0, null: bool = True) -> dict[str, Path]:
    """Write ref/cur of the shifted table (and of the null table) under `out`; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for role, current in (("ref", False), ("cur", True)):
        for k, kind in enumerate(("shifted", "null")[: 2 if null else 1]):
            rng = np.random.default_rng([seed, rows, int(current), k])
            path = out / f"{kind}_{rows}_{role}_s{seed}.parquet"
            if not path.exists():  # generated once, then reused (same seed, same bytes)
                write(shifted_table(rng, rows, current) if kind == "shifted" else null_table(rng, rows), path)
            paths[f"{kind}_{role}"] = path
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name, path in generate(args.rows, args.out, args.seed).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
