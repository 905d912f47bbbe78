"""What a pre-commit hook or a CI step pays per call: `modelward scan small.pkl` run N times beside
picklescan and fickling (wall time and peak RSS of each process), the imports of one modelward call
(`python -X importtime`), and one call over the whole corpus folder.

    .venv/bin/python bench/scan/cli_time.py [-n 50] [--corpus bench/scan/corpus] [--baseline-src DIR]

`--baseline-src DIR`: also time the library of another checkout (its `src`) over the corpus, in one
process, to compare directory scans before and after a change.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from anchors import ANCHOR_BIN, MAIN_BIN, QUIET_ENV  # noqa: E402


def run_once(argv: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit code) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=QUIET_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def bench(name: str, argv: list[str], n: int) -> str:
    runs = [run_once(argv) for _ in range(n)]
    walls = sorted(r[0] for r in runs)
    rss = max(r[1] for r in runs)
    codes = sorted({r[2] for r in runs})
    return (f"| {name} | {n} | {statistics.median(walls) * 1000:.0f} | {walls[int(0.9 * (n - 1))] * 1000:.0f} | "
            f"{sum(walls):.2f} | {rss:.0f} | {codes} |")


def importtime(target: Path) -> list[tuple[int, str]]:
    """The slowest imports (cumulative microseconds) of one `modelward scan`."""
    code = ("import sys; sys.argv = ['modelward', 'scan', sys.argv[1]]\n"
            "from modelward.cli.main import main\nmain()")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code, str(target)], capture_output=True,
                          text=True, check=False)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit() and not name.startswith("  "):  # top-level imports only
                rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)


def in_process(src: Path | None, corpus: Path) -> float:
    """Seconds for one fresh interpreter to import the library and scan every corpus item."""
    code = ("import sys, time, json\nt = time.perf_counter()\nfrom modelward.scan.api import scan_path\n"
            "root = __import__('pathlib').Path(sys.argv[1])\n"
            "for it in json.loads((root / 'labels.json').read_text()):\n    scan_path(root / it['name'])\n"
            "print(time.perf_counter() - t)")
    env = {**QUIET_ENV, **({"PYTHONPATH": str(src)} if src else {})}
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, env=env,
                         check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--baseline-src", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.pkl"
        small.write_bytes(pickle.dumps({"weights": [0.5] * 16, "bias": 0.1, "labels": ["a", "b"]}, protocol=4))
        tools = [("modelward scan", [str(MAIN_BIN / "modelward"), "scan", str(small)]),
                 ("picklescan -p", [str(ANCHOR_BIN / "picklescan"), "-p", str(small)]),
                 ("fickling --check-safety", [str(ANCHOR_BIN / "fickling"), "--check-safety", str(small)]),
                 ("python -c pass (interpreter floor)", [sys.executable, "-c", "pass"])]
        print(f"## One call per file: {args.n} calls on a {small.stat().st_size}-byte pickle")
        print("| command | calls | median ms | p90 ms | total s | peak RSS MiB | exit codes |")
        print("|---|---|---|---|---|---|---|")
        for name, argv in tools:
            if Path(argv[0]).exists():
                print(bench(name, argv, args.n))
        print("\n## Slowest top-level imports of one `modelward scan small.pkl` (python -X importtime, ms)")
        for us, name in importtime(small)[:8]:
            print(f"- {name}: {us / 1000:.1f}")
    if (args.corpus / "labels.json").exists():
        items = len(__import__("json").loads((args.corpus / "labels.json").read_text()))
        wall, rss, code = run_once([str(MAIN_BIN / "modelward"), "scan", str(args.corpus)])
        print(f"\n## The corpus folder ({items} items) in one call: {wall:.2f} s, peak RSS {rss:.0f} MiB, exit {code}")
        for jobs in (2,):
            wall, rss, code = run_once([str(MAIN_BIN / "modelward"), "scan", str(args.corpus), "--jobs", str(jobs)])
            print(f"with --jobs {jobs}: {wall:.2f} s")
        print(f"library, one process, item by item: {in_process(None, args.corpus):.2f} s")
        if args.baseline_src:
            baseline = in_process(args.baseline_src, args.corpus)
            print(f"baseline library ({args.baseline_src}), same run: {baseline:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
