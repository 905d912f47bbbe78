"""Compressed streams (joblib's zlib/gzip/bz2/lzma/xz files and its old "ZF" format, or anything else
compressed): decompressed as a stream bounded by limits.max_decompressed_bytes; a pickle inside is
analysed as joblib.load reads it, any other content goes back to the dispatcher."""

from __future__ import annotations

from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.containers.joblib_files import analyse_joblib_stream
from modelward.scan.decompress import ZF_HEADER, compression_of
from modelward.scan.limits import Limits
from modelward.scan.pickle.analyse import Where
from modelward.scan.sniff import detect
from modelward.scan.source import Source


@guarded("compressed")
def scan_compressed(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    from modelward.scan.dispatch import scan_source

    method = compression_of(source.head(16))
    if method is None:
        c.skipped = "unknown compression"
        return
    inner = source.decompressed(method, None, limits, skip=ZF_HEADER if method == "zf" else 0)
    fmt = detect(inner)
    if fmt == "pickle":
        c.format = f"joblib-{method}"
        c.findings.extend(analyse_joblib_stream(inner.reader(), limits, Where(source.name, source.member, policy)))
        return
    c.format = f"{method}+{fmt}"
    result = scan_source(inner, policy, limits, fmt)
    c.merge(result, source.member or "<decompressed>")


COMPRESSED = Format.builtin("compressed", scan_compressed)
