"""ZIP containers: PyTorch zip, TorchScript, .npz and generic zips, read member by member the way
their loaders read them; archive anomalies (duplicates, name mismatches, flag bits, CRC, traversal)
are findings. Tensor blobs are never read."""

from __future__ import annotations

import io
import zlib
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy, default_policy
from modelward.scan.containers.streams import Inflate, LimitExceeded, Window, buffered
from modelward.scan.containers.zipread import ZipListing, ZipMember, read_listing, unsafe_member_name
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.pickle.findings import scan_finding

ZIP_METHOD = "ZIP central directory and local headers parsed directly; members streamed, never extracted"

_ANOMALY_SEVERITY = {
    "duplicate-name": Severity.HIGH,  # loaders disagree on which copy they read
    "name-mismatch": Severity.HIGH,
    "header-mismatch": Severity.MEDIUM,
    "encrypted-flag": Severity.HIGH,  # zipfile refuses, PyTorch's reader ignores it
    "compression": Severity.MEDIUM,
    "bad-local-header": Severity.MEDIUM,
    "truncated-directory": Severity.MEDIUM,
    "prepended-data": Severity.MEDIUM,
    "crc-mismatch": Severity.HIGH,  # zipfile raises, PyTorch does not check
    "limit": Severity.MEDIUM,
}

_TORCHSCRIPT_POLICY = {"allow_rule": [{"module": "__torch__*", "name": ".*"}],
                       "allow": {"torch.jit._pickle": ["build_intlist", "build_tensorlist", "build_doublelist",
                                                       "build_boollist", "build_tensor_from_id",
                                                       "restore_type_tag"]}}


def classify(names: list[str]) -> str:
    """torchscript / torch-zip / npz / keras / zip, from member names."""
    base = {n.split("/", 1)[1] if "/" in n else n for n in names}
    if {"config.json"} <= base and ({"model.weights.h5", "metadata.json"} & base):
        return "keras"
    if any(n.startswith("code/") for n in base) or "constants.pkl" in base:
        return "torchscript"
    if "data.pkl" in base or ("version" in base and any(n.startswith("data/") for n in base)):
        return "torch-zip"
    if names and all(n.endswith(".npy") for n in names):
        return "npz"
    return "zip"


def open_member(f: BinaryIO, m: ZipMember, limits: Limits) -> io.BufferedReader:
    """A buffered stream of the member's uncompressed bytes (bounded for deflate)."""
    window = Window(f, m.data_offset, m.csize)
    if m.method == 8:
        return buffered(Inflate(buffered(window), "deflate", limits.max_decompressed_bytes))
    return buffered(window)


def _crc_ok(f: BinaryIO, m: ZipMember, limits: Limits) -> bool | None:
    if m.usize > limits.max_read_bytes:
        return None
    stream = open_member(f, m, limits)
    crc = 0
    while chunk := stream.read(1 << 20):
        crc = zlib.crc32(chunk, crc)
    return crc == m.crc


def scan_zip(path: Path, limits: Limits, f: BinaryIO, size: int, policy: GlobalPolicy | None = None,
             depth: int = 0) -> tuple[str, list[Finding]]:
    """(format, findings) for the ZIP in `f`."""
    file = str(path)
    listing: ZipListing = read_listing(f, size, limits.max_archive_members)
    names = [m.name for m in listing.members]
    kind = classify(names)
    findings = [
        scan_finding(f"container.zip-{k}", _ANOMALY_SEVERITY.get(k, Severity.MEDIUM), f"ZIP anomaly ({k}): {d}",
                     file, None, off, method=ZIP_METHOD, measurements={"anomaly": k, "offset": off})
        for k, d, off in listing.anomalies
    ]
    where = Where(file, policy=policy, depth=depth)
    if kind == "torchscript":
        where = replace(where, policy=(policy or default_policy()).extended(_TORCHSCRIPT_POLICY, "torchscript"))
    code_members = 0
    tops = {n.split("/", 1)[0] for n in names if "/" in n}
    if kind in ("torch-zip", "torchscript") and len(tops) > 1:
        findings.append(scan_finding("container.zip-torch-folders", Severity.MEDIUM,
                                     f"PyTorch archive with several top-level folders: {sorted(tops)[:5]}",
                                     file, method=ZIP_METHOD, measurements={"folders": len(tops)}))
    for m in listing.members:
        if unsafe_member_name(m.name) or unsafe_member_name(m.local_name):
            findings.append(scan_finding("container.path-traversal", Severity.HIGH,
                                         f"Archive member name escapes the extraction folder: {m.name!r}",
                                         file, m.name, m.header_offset, method=ZIP_METHOD,
                                         measurements={"member": m.name}))
        rel = m.name.split("/", 1)[1] if "/" in m.name else m.name
        if kind == "torchscript" and rel.startswith("code/") and rel.endswith(".py"):
            code_members += 1
            continue
        if m.name.endswith("/") or (kind in ("torch-zip", "torchscript") and rel.startswith(("data/", ".data/"))):
            continue  # directories and tensor blobs: never read
        try:
            findings.extend(_scan_member(f, m, kind, rel, limits, replace(where, member=m.name)))
        except LimitExceeded as exc:
            findings.append(scan_finding("container.limit", Severity.MEDIUM, f"Member not fully analysed: {exc}",
                                         file, m.name, method=ZIP_METHOD))
    if code_members:
        findings.append(scan_finding(
            "torchscript.code", Severity.LOW, f"TorchScript code in the archive ({code_members} files)",
            file, None, method=ZIP_METHOD,
            description="torch.jit.load compiles and runs this TorchScript; it cannot import Python modules "
                        "but runs the model's own code. Review it if the source is untrusted.",
            measurements={"code_files": code_members}))
    return kind, findings


def _scan_member(f: BinaryIO, m: ZipMember, kind: str, rel: str, limits: Limits, where: Where) -> list[Finding]:
    from modelward.scan.containers.numpy_files import scan_npy_stream

    stream = open_member(f, m, limits)
    head = stream.peek(8)[:8]
    is_pickle = rel.endswith((".pkl", ".pickle", ".debug_pkl")) or (len(head) > 1 and head[0] == 0x80 and
                                                                   head[1] <= 5)
    findings: list[Finding] = []
    if is_pickle:
        torch_kind = kind in ("torch-zip", "torchscript")
        findings.extend(analyse_stream(stream, limits, where, end=m.usize, persistent_ok=torch_kind,
                                       trailing="data" if torch_kind else "pickle"))
        if m.usize <= limits.max_read_bytes and _crc_ok(f, m, limits) is False:
            findings.append(scan_finding(
                "container.zip-crc-mismatch", Severity.HIGH, f"CRC mismatch in pickle member {m.name!r}",
                where.file, m.name, m.header_offset, method=ZIP_METHOD,
                description="Python's zipfile refuses this member while PyTorch loads it: scanners that rely "
                            "on zipfile skip it. Its content was analysed anyway.",
                measurements={"crc_declared": m.crc}))
    elif head.startswith(b"\x93NUMPY"):
        findings.extend(scan_npy_stream(stream, limits, where))
    return findings
