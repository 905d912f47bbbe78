"""Compressed pickles: joblib's zlib/gzip/bz2/lzma/xz files (and its old "ZF" format), decompressed as
a stream bounded by limits.max_decompressed_bytes and analysed as joblib.load reads them."""

from __future__ import annotations

from pathlib import Path

from modelward.core.errors import DataError
from modelward.core.findings import Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.containers.streams import Inflate, LimitExceeded, Window, buffered
from modelward.scan.detect import COMPRESSED
from modelward.scan.pickle.analyse import Where
from modelward.scan.pickle.findings import scan_finding

_ZF_HEADER = 2 + len(hex(2**64))  # joblib <= 0.9: b"ZF" + hex length, then zlib data


def compressor_of(head: bytes) -> str | None:
    if head.startswith(b"ZF"):
        return "zf"
    for magic, name in COMPRESSED.items():
        if head.startswith(magic):
            return name
    if len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    return None


def scan_compressed(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    from modelward.scan.containers.joblib_files import analyse_joblib_stream

    file = str(path)
    size = path.stat().st_size
    with open(path, "rb") as fh:
        method = compressor_of(fh.read(16))
        if method is None:
            return FileScan(file, "compressed", skipped="unknown compression")
        start = _ZF_HEADER if method == "zf" else 0
        raw = buffered(Window(fh, start, size - start))
        stream = buffered(Inflate(raw, "zlib" if method == "zf" else method,
                                  limits.max_decompressed_bytes))
        try:
            findings = analyse_joblib_stream(stream, limits, Where(file, policy=policy))
        except LimitExceeded as exc:
            findings = [scan_finding("container.limit", Severity.MEDIUM, f"Decompression stopped: {exc}", file,
                                     method=f"{method} stream decompression")]
        except DataError as exc:
            return FileScan(file, f"compressed-{method}", error=f"{file}: {exc}")
    return FileScan(file, f"joblib-{method}", tuple(findings))
