"""Integrity figures, with the anchors side by side in one run:

- hashing throughput on generated model directories (many small files and one big file) for modelward,
  `sha256sum` and the `model-signing` package (its API, files and shards), per core and on all cores,
  and end-to-end sign / verify against model-signing's CLI; peak memory of each;
- tamper detection: one weight flipped in a 100M-parameter safetensors model, `diff` against hashing;
- sealing: seal and unseal-to-a-stream throughput and peak memory on a 2 GiB model, and key rotation of
  the 5 GB package.

    python3 -m venv bench/.venv-model-signing && bench/.venv-model-signing/bin/pip install model-signing pyopenssl
    .venv/bin/python bench/integrity/run.py                 # --sizes 1,5  --work DIR  --repeat 3  --keep

Every tool reads the same files with a warm page cache (each file is read once before timing), so the
figures measure hashing and encryption, not the disk. Each time is the median of --repeat runs; peak
memory is the child process's maximum resident set (wait4).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
ANCHOR = ROOT / "bench" / ".venv-model-signing" / "bin"
MIB = 1 << 20


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one command, measured by GNU time (so this process's own memory,
    which a forked child would inherit in its high-water mark, is not counted); a failure stops the bench."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *cmd], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env, check=False)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
        return elapsed, int(out.read().split()[-1]) / 1024


def timed(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    results = [run(cmd, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def write_random(path: Path, size: int, rng: np.random.Generator) -> None:
    with open(path, "wb") as fh:
        left = size
        while left:
            n = min(left, 64 * MIB)
            fh.write(rng.bytes(n))
            left -= n


def make_model(root: Path, total: int, seed: int = 0) -> tuple[int, int]:
    """One big file and small files of 4 KiB to 4 MiB (log-uniform) making a fifth of `total` bytes."""
    rng = np.random.default_rng(seed)
    root.mkdir(parents=True)
    small, sizes = total // 5, []
    while sum(sizes) < small:
        sizes.append(int(np.exp(rng.uniform(np.log(4096), np.log(4 * MIB)))))
    for i, size in enumerate(sizes):
        sub = root / f"shard{i % 16:02d}"
        sub.mkdir(exist_ok=True)
        write_random(sub / f"part{i:05d}.bin", size, rng)
    write_random(root / "model.safetensors.bin", total - sum(sizes), rng)
    return len(sizes) + 1, total


def warm(path: Path) -> None:
    for p in [path] if path.is_file() else sorted(path.rglob("*")):
        if p.is_file():
            with open(p, "rb") as fh:
                while fh.read(16 * MIB):
                    pass


def keypair(work: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    priv, pub = work / "key.pem", work / "key.pub"
    priv.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    pub.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                  serialization.PublicFormat.SubjectPublicKeyInfo))
    return priv, pub


OURS_HASH = ("import sys; from pathlib import Path; from modelward.integrity.manifest import Serialization, "
             "build_manifest; m, s, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]); "
             "build_manifest(Path(m), Serialization('shards', shard_size=s) if s else Serialization('files'), "
             "workers=w or None)")
MS_HASH = ("import sys, model_signing; m, s = sys.argv[1], int(sys.argv[2]); c = model_signing.hashing.Config(); "
           "c = c.use_shard_serialization(shard_size=s) if s else c; c.hash(m)")


def row(label: str, seconds: float, size: int, rss: float) -> str:
    return f"| {label} | {seconds:.2f} | {size / MIB / seconds:,.0f} | {rss:.0f} |"


def bench_hashing(model: Path, size: int, work: Path, repeat: int, cores: int) -> list[str]:
    files = [str(p) for p in sorted(model.rglob("*")) if p.is_file()]
    list_file = work / "files.txt"
    list_file.write_text("\0".join(files))
    warm(model)
    lines = [f"\n### {size / 1e9:g} GB model ({len(files)} files)\n",
             "| tool | seconds | MiB/s | peak RSS MiB |", "|---|---:|---:|---:|"]
    t, m = timed(["sh", "-c", f"xargs -0 sha256sum < {list_file} > /dev/null"], repeat)
    lines.append(row("sha256sum (coreutils, one process)", t, size, m))
    sha = t
    shard = 256 * MIB
    for label, args in [("modelward, 1 core, files", ["0", "1"]),
                        ("modelward, 1 core, shards 256 MiB", [str(shard), "1"]),
                        (f"modelward, {cores} cores, files", ["0", "0"]),
                        (f"modelward, {cores} cores, shards 256 MiB", [str(shard), "0"])]:
        t, m = timed([PY, "-c", OURS_HASH, str(model), *args], repeat)
        lines.append(row(label, t, size, m))
        if label == "modelward, 1 core, shards 256 MiB":
            lines.append(f"| (per core: {sha / t:.0%} of sha256sum's throughput) | | | |")
    if (ANCHOR / "python").exists():
        for label, s in [("model-signing 1.x API, files (default)", "0"),
                         ("model-signing API, shards 1 GB", str(10**9)),
                         ("model-signing API, shards 256 MiB", str(shard))]:
            t, m = timed([str(ANCHOR / "python"), "-c", MS_HASH, str(model), s], repeat)
            lines.append(row(label, t, size, m))
    return lines


def bench_sign_verify(model: Path, size: int, work: Path, repeat: int) -> list[str]:
    priv, pub = keypair(work)
    sig_ours, sig_ms = work / "ours.sig", work / "ms.sig"
    lines = ["", "| end to end | seconds | MiB/s | peak RSS MiB |", "|---|---:|---:|---:|"]
    mw = [PY, "-m", "modelward"]
    for label, cmd in [
        ("modelward sign (shards 256 MiB)", [*mw, "sign", str(model), "--key", str(priv), "--signature",
                                             str(sig_ours)]),
        ("modelward verify", [*mw, "verify", str(model), "--key", str(pub), "--signature", str(sig_ours)]),
        ("modelward sign --method files", [*mw, "sign", str(model), "--key", str(priv), "--signature", str(sig_ours),
                                           "--method", "files"]),
    ]:
        t, m = timed(cmd, repeat)
        lines.append(row(label, t, size, m))
    if (ANCHOR / "model_signing").exists():
        for label, cmd in [
            ("model_signing sign key", [str(ANCHOR / "model_signing"), "sign", "key", "--private_key", str(priv),
                                        "--signature", str(sig_ms), str(model)]),
            ("model_signing verify key", [str(ANCHOR / "model_signing"), "verify", "key", "--public_key", str(pub),
                                          "--signature", str(sig_ms), str(model)]),
        ]:
            t, m = timed(cmd, repeat)
            lines.append(row(label, t, size, m))
        t, _ = timed([*mw, "verify", str(model), "--key", str(pub), "--signature", str(sig_ms)], 1)
        lines.append(f"| (modelward verifies model-signing's bundle: {t:.2f} s) | | | |")
    return lines


def bench_tamper(work: Path, repeat: int) -> list[str]:
    from safetensors.numpy import save_file

    from modelward.integrity.manifest import Serialization, build_manifest
    from modelward.integrity.tensordiff import diff_models

    rng = np.random.default_rng(1)
    tensors = {f"layers.{i}.weight": rng.standard_normal((1000, 1000), dtype=np.float32) for i in range(100)}
    a, b = work / "a.safetensors", work / "b.safetensors"
    save_file(tensors, a)
    tensors["layers.57.weight"][123, 456] += 1e-3
    save_file(tensors, b)
    del tensors
    warm(a)
    warm(b)
    hash_t = statistics.median(_clock(lambda: build_manifest(a, Serialization())) for _ in range(repeat))
    diff_t = statistics.median(_clock(lambda: diff_models(a, b)) for _ in range(repeat))
    (change,) = diff_models(a, b).changes
    t, m = timed(["sh", "-c", f"{PY} -m modelward diff {a} {b}; test $? = 1"], repeat)  # exit 1: they differ
    return ["", "### Tamper detection: one weight in 100M parameters (400 MB safetensors)", "",
            f"- `diff` found `{change.name}` at index {list(change.max_index)} ({change.n_changed} value, "
            f"|change| {change.max_abs_change:.3g})",
            f"- hashing the file (manifest, all cores): {hash_t:.2f} s; diff (library): {diff_t:.2f} s "
            f"= {diff_t / hash_t:.2f}x the hashing time",
            f"- `modelward diff` end to end (process start and imports included): {t:.2f} s, peak RSS {m:.0f} MiB"]


def _clock(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


SEAL = ("import sys; from pathlib import Path; from modelward.integrity.seal import LocalKeyFile, seal_model; "
        "seal_model(Path(sys.argv[1]), Path(sys.argv[2]), LocalKeyFile(sys.argv[3]))")
UNSEAL_STREAM = ("import sys; from pathlib import Path; "
                 "from modelward.integrity.seal import LocalKeyFile, open_sealed; "
                 "s = open_sealed(Path(sys.argv[1]), LocalKeyFile(sys.argv[2])); s.verify(); s.close()")


def bench_seal(work: Path, big_model: Path | None, repeat: int) -> list[str]:
    from modelward.integrity.seal import LocalKeyFile, generate_key_file, rotate_keys

    kek, new = generate_key_file(work / "kek.key"), generate_key_file(work / "new.key")
    model = work / "model-2g.bin"
    size = 2 << 30
    write_random(model, size, np.random.default_rng(2))
    warm(model)
    lines = ["", "### Sealing a 2 GiB model (AES-256-GCM, 1 MiB chunks)", "",
             "| step | seconds | MiB/s | peak RSS MiB |", "|---|---:|---:|---:|"]
    t, m = timed(["cp", str(model), str(work / "copy.bin")], repeat)
    lines.append(row("reference: cp of the same file (read + write, no crypto)", t, size, m))
    (work / "copy.bin").unlink()
    seal_times, rss = [], 0.0
    for i in range(repeat):
        out = work / f"m{i}.sealed"
        t, m = run([PY, "-c", SEAL, str(model), str(out), str(work / "kek.key")])
        seal_times.append(t)
        rss = max(rss, m)
        if i:
            shutil.rmtree(out)
    lines.append(row("seal (file to package)", statistics.median(seal_times), size, rss))
    warm(work / "m0.sealed")
    t, m = timed([PY, "-c", UNSEAL_STREAM, str(work / "m0.sealed"), str(work / "kek.key")], repeat)
    lines.append(row("unseal to a stream (decrypt + authenticate every chunk, nothing written)", t, size, m))
    if big_model is not None:
        package = work / "big.sealed"
        big_size = sum(p.stat().st_size for p in big_model.rglob("*") if p.is_file())
        t, m = run([PY, "-c", SEAL, str(big_model), str(package), str(work / "kek.key")])
        lines.append(row(f"seal the {big_size / 1e9:g} GB model directory", t, big_size, m))
        rot = _clock(lambda: rotate_keys(package, LocalKeyFile(work / "kek.key"), LocalKeyFile(work / "new.key")))
        lines.append(f"\nRotation of the {big_size / 1e9:g} GB package (re-wrap the data key, payload untouched): "
                     f"{rot * 1000:.1f} ms")
    del kek, new
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,5", help="model sizes in GB")
    ap.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the generated data")
    ap.add_argument("--skip", default="", help="comma list of: hash, sign, tamper, seal")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="modelward-bench-integrity-"))
    work.mkdir(parents=True, exist_ok=True)
    skip = set(args.skip.split(","))
    cores = len(os.sched_getaffinity(0))
    print(f"# modelward integrity bench ({cores} cores, Python {sys.version.split()[0]}, work {work})")
    try:
        biggest = None
        for gb in (float(s) for s in args.sizes.split(",")):
            model = work / f"model-{gb:g}g"
            if not model.exists():
                make_model(model, int(gb * 1e9))
            biggest = model
            if "hash" not in skip:
                print("\n".join(bench_hashing(model, int(gb * 1e9), work, args.repeat, cores)), flush=True)
            if "sign" not in skip:
                print("\n".join(bench_sign_verify(model, int(gb * 1e9), work, args.repeat)), flush=True)
        if "tamper" not in skip:
            print("\n".join(bench_tamper(work, args.repeat)), flush=True)
        if "seal" not in skip:
            print("\n".join(bench_seal(work, biggest, args.repeat)), flush=True)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
