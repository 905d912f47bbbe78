"""Scanner benchmark: modelward beside picklescan, modelscan, fickling and ModelAudit on one labelled corpus,
modelward's speed in one process, and peak memory on 5 GB files. Prints tables; see README.md.

    .venv/bin/python bench/scan/run.py [--corpus DIR] [--tools modelward,picklescan,...] [--no-big]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from anchors import TOOLS, Verdict  # noqa: E402

GIB = 1024**3


def build_corpus(root: Path) -> list[dict]:  # type: ignore[type-arg]
    if not (root / "labels.json").exists():
        if root.exists():
            shutil.rmtree(root)
        from corpus import build

        build(root)
    return json.loads((root / "labels.json").read_text())  # type: ignore[no-any-return]


def in_process(root: Path, items: list[dict]) -> dict[str, object]:  # type: ignore[type-arg]
    """modelward's library in a fresh interpreter: imports + every item, and per-item times."""
    code = f"""
import json, statistics, sys, time
t0 = time.perf_counter()
from modelward.scan.api import scan_path
from modelward.core.findings import Severity
root = __import__("pathlib").Path({str(root)!r})
names = json.loads((root / "labels.json").read_text())
times, hits = [], {{}}
for it in names:
    s = time.perf_counter()
    r = scan_path(root / it["name"])
    times.append(time.perf_counter() - s)
    caught = r.exit_code(Severity.HIGH) == 1  # the CI gate: exit 1 at the default --fail-on high
    medium = r.worst is not None and r.worst >= Severity.MEDIUM
    hits[it["name"]] = caught if it["malicious"] else (caught or medium)
print(json.dumps({{"total_s": time.perf_counter() - t0, "scan_s": sum(times),
                  "median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000, "hits": hits}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def score(items: list[dict], verdicts: dict[str, Verdict]) -> dict[str, object]:  # type: ignore[type-arg]
    mal = [i for i in items if i["malicious"]]
    ben = [i for i in items if not i["malicious"]]
    times = [v.seconds for v in verdicts.values()]
    return {
        "detected": sum(verdicts[i["name"]].detected for i in mal), "malicious": len(mal),
        "fp": sum(verdicts[i["name"]].detected for i in ben), "benign": len(ben),
        "fc_fp": sum(verdicts[i["name"]].blocked or verdicts[i["name"]].detected for i in ben),
        "wall_s": sum(times), "median_ms": statistics.median(times) * 1000,
        "misses": [i["name"] for i in mal if not verdicts[i["name"]].detected],
        "fps": [f"{i['name']} ({verdicts[i['name']].note})" if verdicts[i["name"]].note else i["name"]
                for i in ben if verdicts[i["name"]].detected],
        "fc_fps": [i["name"] for i in ben if verdicts[i["name"]].blocked and not verdicts[i["name"]].detected],
    }


# ------------------------------------------------------------------ 5 GB files, constant memory

class _SparseZeros:
    """A file object for zipfile that turns writes of the shared zero block into seeks (a sparse hole)."""

    ZERO = bytes(64 << 20)

    def __init__(self, fh):  # type: ignore[no-untyped-def]
        self.fh = fh

    def write(self, data):  # type: ignore[no-untyped-def]
        if data is self.ZERO:
            self.fh.seek(len(data), 1)
            return len(data)
        return self.fh.write(data)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.fh, name)


def make_big_safetensors(path: Path, size: int) -> None:
    n = size // 4
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "big": {"dtype": "F32", "shape": [n], "data_offsets": [0, n * 4]}}).encode()
    header += b" " * (-len(header) % 8)
    with open(path, "wb") as fh:
        fh.write(len(header).to_bytes(8, "little") + header)
        fh.truncate(8 + len(header) + n * 4)  # sparse: the tensor bytes take no disk


def make_big_torch_zip(path: Path, size: int) -> None:
    """torch.save's layout (data.pkl, data/0, version) with a stored, sparse ~`size` byte storage member."""
    import io
    import zipfile

    import torch

    buf = io.BytesIO()
    torch.save(torch.zeros(4), buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with open(path, "wb") as raw, zipfile.ZipFile(_SparseZeros(raw), "w", zipfile.ZIP_STORED) as zf:  # type: ignore[arg-type]
        for info in src.infolist():
            if info.filename.endswith("/data/0"):
                with zf.open(info.filename, "w", force_zip64=True) as member:
                    for _ in range(size // len(_SparseZeros.ZERO)):
                        member.write(_SparseZeros.ZERO)
            else:
                zf.writestr(info.filename, src.read(info))


def measure_big(path: Path) -> dict[str, object]:
    """Scan one big file in a fresh interpreter; peak RSS before and after the scan, tracemalloc peak.
    Peak RSS is VmHWM (Linux; reset by exec), else ru_maxrss (which may include the parent's pre-exec peak)."""
    code = f"""
import json, resource, time, tracemalloc
from pathlib import Path
from modelward.scan.api import scan_path
from modelward.core.findings import Severity
def peak_kib():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
base = peak_kib()
tracemalloc.start()
t = time.perf_counter()
r = scan_path(Path({str(path)!r}))
secs = time.perf_counter() - t
peak_py = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"seconds": secs, "rss_before_mib": base / 1024,
                  "rss_peak_mib": peak_kib() / 1024,
                  "tracemalloc_peak_mib": peak_py / 2**20, "errors": len(r.errors), "skipped": len(r.skipped),
                  "serious": sum(f.severity >= Severity.MEDIUM for f in r.findings)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def big_files(size: int) -> None:
    print(f"\n## {size / GIB:.0f} GiB files (sparse), scanned by modelward in a fresh process")
    print("| file | apparent size | disk used | scan s | RSS before MiB | RSS peak MiB | tracemalloc peak MiB | "
          ">=medium findings | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in (("big.safetensors", make_big_safetensors), ("big_torch.pt", make_big_torch_zip)):
            p = Path(tmp) / name
            make(p, size)
            st = p.stat()
            m = measure_big(p)
            print(f"| {name} | {st.st_size / GIB:.2f} GiB | {st.st_blocks * 512 / 2**20:.1f} MiB | "
                  f"{m['seconds']:.3f} | {m['rss_before_mib']:.0f} | {m['rss_peak_mib']:.0f} | "
                  f"{m['tracemalloc_peak_mib']:.2f} | {m['serious']} | {m['errors']} |")
            p.unlink()


# ------------------------------------------------------------------ main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus", help="corpus folder (built when absent)")
    ap.add_argument("--tools", default=",".join(t.name for t in TOOLS))
    ap.add_argument("--no-big", action="store_true", help="skip the 5 GB files")
    ap.add_argument("--big-gib", type=float, default=5.0)
    args = ap.parse_args()

    items = build_corpus(args.corpus)
    mal = sum(i["malicious"] for i in items)
    shown = args.corpus.resolve().relative_to(HERE.parents[1]) if args.corpus.resolve().is_relative_to(
        HERE.parents[1]) else args.corpus.name
    print(f"corpus: {len(items)} items ({mal} malicious, {len(items) - mal} benign) in {shown}")

    mw = in_process(args.corpus, items)
    print(f"\n## modelward in one process (library, {len(items)} items)")
    print(f"whole corpus incl. imports: {mw['total_s']:.2f} s; scanning only: {mw['scan_s']:.2f} s; "
          f"median {mw['median_ms']:.1f} ms/item; slowest {mw['max_ms']:.0f} ms")
    hits = mw["hits"]
    missed = [i["name"] for i in items if i["malicious"] and not hits[i["name"]]]  # type: ignore[index]
    flagged = [i["name"] for i in items if not i["malicious"] and hits[i["name"]]]  # type: ignore[index]
    print(f"caught (exit 1 at --fail-on high): {mal - len(missed)}/{mal}; benign at or above medium or exit 1: "
          f"{len(flagged)}/{len(items) - mal}" + (f"; missed: {', '.join(missed)}" if missed else "")
          + (f"; flagged: {', '.join(flagged)}" if flagged else ""))

    wanted = [t for t in TOOLS if t.name in args.tools.split(",")]
    rows = []
    for tool in wanted:
        if not tool.available():
            print(f"{tool.name}: not installed, skipped (see README.md)")
            continue
        verdicts = {i["name"]: tool.run(args.corpus / i["name"]) for i in items}
        rows.append((tool.name, score(items, verdicts)))

    print("\n## Side by side (one command-line call per item, interpreter start-up included)")
    print("| tool | detection | FP (findings) | FP (fail-closed) | corpus wall s | median ms/item |")
    print("|---|---|---|---|---|---|")
    for name, s in rows:
        print(f"| {name} | {s['detected']}/{s['malicious']} ({100 * s['detected'] / s['malicious']:.1f}%) | "  # type: ignore[operator]
              f"{s['fp']}/{s['benign']} | {s['fc_fp']}/{s['benign']} ({100 * s['fc_fp'] / s['benign']:.1f}%) | "  # type: ignore[operator]
              f"{s['wall_s']:.1f} | {s['median_ms']:.0f} |")
    labels = {i["name"]: i for i in items}
    for name, s in rows:
        print(f"\n### {name}")
        misses = s["misses"]
        print(f"missed ({len(misses)}): " + (", ".join(f"{m} [{labels[m]['technique']}]" for m in misses) or "none"))  # type: ignore[arg-type]
        print(f"false positives ({len(s['fps'])}): " + (", ".join(s["fps"]) or "none"))  # type: ignore[arg-type]
        print(f"blocked only in fail-closed mode ({len(s['fc_fps'])}): " + (", ".join(s["fc_fps"]) or "none"))  # type: ignore[arg-type]

    if not args.no_big:
        big_files(int(args.big_gib * GIB))
    return 0


if __name__ == "__main__":
    sys.exit(main())
