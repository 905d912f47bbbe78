"""NumPy .npy: the header is a Python literal; an object dtype means the data is a pickle (numpy.load
with allow_pickle=True unpickles it), so the pickle is analysed; plain data is skipped, not read."""

from __future__ import annotations

import ast
import struct
from pathlib import Path
from typing import Any, BinaryIO

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.pickle.findings import scan_finding

NPY_METHOD = "NPY header parsed as a literal; object arrays analysed with the pickle VM"


def _has_object(descr: Any) -> bool:
    if isinstance(descr, str):
        return descr.lstrip("<>|=").startswith("O")
    if isinstance(descr, list | tuple):
        return any(_has_object(x) for x in descr)
    return False


def scan_npy_stream(stream: BinaryIO, limits: Limits, where: Where) -> list[Finding]:
    magic = stream.read(8)
    if not magic.startswith(b"\x93NUMPY") or len(magic) < 8:
        return [scan_finding("container.npy-malformed", Severity.LOW, "Not a valid .npy header",
                             where.file, where.member, 0, method=NPY_METHOD)]
    major = magic[6]
    hlen = struct.unpack("<H" if major == 1 else "<I", stream.read(2 if major == 1 else 4))[0]
    if hlen > 1 << 20:
        return [scan_finding("container.npy-malformed", Severity.LOW, f".npy header of {hlen} bytes",
                             where.file, where.member, 8, method=NPY_METHOD)]
    try:
        header = ast.literal_eval(stream.read(hlen).decode("latin-1"))
        descr = header["descr"]
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError):
        return [scan_finding("container.npy-malformed", Severity.LOW, "Unreadable .npy header",
                             where.file, where.member, 8, method=NPY_METHOD)]
    if not _has_object(descr):
        return []
    start = stream.tell()
    findings = [scan_finding(
        "container.npy-object-array", Severity.LOW, "Object array: numpy.load(allow_pickle=True) unpickles it",
        where.file, where.member, start, method=NPY_METHOD,
        description="The array data is a pickle; it was analysed like any pickle.",
        measurements={"descr": str(descr)[:80]})]
    findings.extend(analyse_stream(stream, limits, where, trailing="data"))
    return findings


def scan_npy(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    with open(path, "rb") as fh:
        findings = scan_npy_stream(fh, limits, Where(str(path), policy=policy))
    return FileScan(str(path), "numpy", tuple(findings))
