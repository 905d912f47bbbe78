"""NumPy .npy: the header is a Python literal; an object dtype means the data is a pickle (numpy.load
with allow_pickle=True unpickles it), so the pickle is analysed; plain data is skipped, not read."""

from __future__ import annotations

import ast
from typing import Any, BinaryIO

from modelward.core.findings import Finding, Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.findings import finding
from modelward.scan.limits import Limits
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.source import Source

NPY_METHOD = "NPY header parsed as a literal; object arrays analysed with the pickle VM"
MAX_HEADER = 1 << 20


def _has_object(descr: Any, depth: int = 0) -> bool:
    if isinstance(descr, str):
        return descr.lstrip("<>|=").startswith("O")
    if isinstance(descr, list | tuple):
        return depth > 32 or any(_has_object(x, depth + 1) for x in descr)  # too deep: assume it may
    return False


def scan_npy_stream(stream: BinaryIO, limits: Limits, where: Where) -> list[Finding]:
    magic = stream.read(8)
    if not magic.startswith(b"\x93NUMPY") or len(magic) < 8:
        return [finding("container.npy-malformed", Severity.LOW, "Not a valid .npy header",
                        where.file, where.member, 0, method=NPY_METHOD)]
    width = 2 if magic[6] == 1 else 4
    raw = stream.read(width)
    if len(raw) < width:
        return [finding("container.npy-malformed", Severity.LOW, "Truncated .npy header",
                        where.file, where.member, 8, method=NPY_METHOD)]
    hlen = int.from_bytes(raw, "little")
    if hlen > MAX_HEADER:
        return [finding("container.npy-malformed", Severity.LOW, f".npy header of {hlen} bytes",
                        where.file, where.member, 8, method=NPY_METHOD)]
    try:
        header = ast.literal_eval(stream.read(hlen).decode("latin-1"))
        descr = header["descr"]
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError):
        return [finding("container.npy-malformed", Severity.LOW, "Unreadable .npy header",
                        where.file, where.member, 8, method=NPY_METHOD)]
    if not _has_object(descr):
        return []
    start = stream.tell()
    findings = [finding(
        "container.npy-object-array", Severity.LOW, "Object array: numpy.load(allow_pickle=True) unpickles it",
        where.file, where.member, start, method=NPY_METHOD,
        description="The array data is a pickle; it was analysed like any pickle.",
        measurements={"descr": str(descr)[:80]})]
    findings.extend(analyse_stream(stream, limits, where, trailing="data"))
    return findings


@guarded("numpy")
def scan_npy(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    c.findings.extend(scan_npy_stream(source.reader(), limits, Where(source.name, source.member, policy)))


NUMPY = Format.builtin("numpy", scan_npy)
