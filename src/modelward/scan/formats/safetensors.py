"""safetensors: validate the JSON header against the file without reading any tensor data.

Only the 8-byte length and the header are read, so memory stays constant whatever the file
size. Checked: header length bounds, JSON object, known dtypes, shape x dtype size equal to
the offsets span, offsets inside the data section, contiguous and non-overlapping, and
`__metadata__` a string-to-string map. Reports, never raises, on an inconsistent header.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.findings import finding
from modelward.scan.jsonsafe import load_json
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

FMT = "safetensors"
MAX_HEADER_BYTES = 100_000_000  # the cap the reference safetensors loader enforces
# dtype -> bits per element, as in the safetensors specification.
DTYPE_BITS = {
    "BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8, "F8_E4M3": 8, "F8_E8M0": 8,
    "I16": 16, "U16": 16, "F16": 16, "BF16": 16,
    "I32": 32, "U32": 32, "F32": 32,
    "I64": 64, "U64": 64, "F64": 64, "C64": 64,
    "F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
}  # fmt: skip
Problem = tuple[Severity, str, str, str]  # severity, check, tensor, message


def read_header(source: Source, limits: Limits) -> tuple[dict[str, Any], int, int]:
    """Read only the header: (parsed JSON object, header length, file size)."""
    reader = source.reader()
    first = reader.read(8)
    if len(first) < 8:
        raise FormatError(f"{len(first)} bytes, shorter than the 8-byte header length")
    (n,) = struct.unpack("<Q", first)
    size = source.size
    if size is not None and n > size - 8:
        raise FormatError(f"header length {n} exceeds the {size - 8} bytes after it (truncated?)")
    cap = min(MAX_HEADER_BYTES, limits.max_read_bytes, limits.max_config_bytes)
    if n > cap:
        raise LimitReached("max_config_bytes", f"header length {n} over the {cap}-byte cap")
    raw = reader.read(n)
    if len(raw) != n:
        raise FormatError(f"truncated: expected {n} bytes for the JSON header, got {len(raw)}")
    if size is None:  # a decompressed member: count the rest
        size = 8 + n + sum(len(chunk) for chunk in iter(lambda: reader.read(1 << 20), b""))
    if not raw.startswith(b"{"):
        raise FormatError("header does not start with '{' (expected a JSON object)")
    header = load_json(raw, limits, "header")
    if not isinstance(header, dict):
        raise FormatError("header is not a JSON object")
    return header, n, size


@guarded(FMT)
def scan(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """Validate a .safetensors file's header; tensor bytes are never read."""
    header, n, size = read_header(source, limits)
    data_len = size - 8 - n
    problems: list[Problem] = []
    spans: list[tuple[int, int, str]] = []
    if len(header) > limits.max_archive_members:
        raise LimitReached("max_archive_members", f"{len(header)} header entries, over limits.max_archive_members")
    for name, entry in header.items():
        if name == "__metadata__":
            problems += _metadata(entry)
            continue
        span, issues = _entry(name, entry, data_len)
        problems += issues
        if span is not None:
            spans.append((span[0], span[1], name))
    problems += _layout(spans, data_len)
    for sev, check, tensor, msg in problems:
        c.add(finding(
            f"{FMT}.{check}", sev, f"{_TITLES[check]}: {msg}", c.file, c.at(tensor), 8,
            description="Inconsistent headers are how polyglot files hide payloads and how loaders other "
                        "than the reference one are attacked; the reference loader rejects most of these.",
            method="header-only validation (8-byte length + JSON header; no tensor read)",
            measurements={"header_bytes": n}))


def _metadata(entry: object) -> list[Problem]:
    if not isinstance(entry, dict):
        return [(Severity.MEDIUM, "metadata", "__metadata__", "__metadata__ is not a JSON object")]
    bad = [k for k, v in entry.items() if not isinstance(v, str)]
    if bad:
        msg = f"__metadata__ values must be strings; not for {', '.join(map(repr, bad[:5]))}"
        return [(Severity.MEDIUM, "metadata", "__metadata__", msg)]
    return []


def _entry(name: str, entry: object, data_len: int) -> tuple[tuple[int, int] | None, list[Problem]]:
    med = Severity.MEDIUM
    if not isinstance(entry, dict):
        return None, [(med, "structure", name, "entry is not a JSON object")]
    dtype, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
    issues: list[Problem] = []
    if not (isinstance(offsets, list) and len(offsets) == 2 and all(_is_int(o) and o >= 0 for o in offsets)):
        return None, [(med, "structure", name, f"data_offsets {str(offsets)[:80]} is not [begin, end]")]
    begin, end = offsets
    if begin > end:
        return None, [(Severity.HIGH, "offsets", name, f"data_offsets begin {begin} > end {end}")]
    if end > data_len:
        issues.append(
            (Severity.HIGH, "offsets", name, f"data_offsets end {end} beyond the {data_len}-byte data section")
        )
    if not (isinstance(shape, list) and all(_is_int(d) and d >= 0 for d in shape)):
        issues.append((med, "structure", name, f"shape {str(shape)[:80]} is not a list of non-negative ints"))
    elif dtype not in DTYPE_BITS:
        issues.append((med, "dtype", name, f"unknown dtype {str(dtype)[:40]!r}"))
    else:
        bits = math.prod(shape) * DTYPE_BITS[dtype]
        if bits % 8 or bits // 8 != end - begin:
            size = f"{bits // 8} bytes" + (f" and {bits % 8} bits" if bits % 8 else "")
            issues.append((med, "size", name,
                           f"shape {str(shape)[:80]} x {dtype} is {size[:60]} but data_offsets span {end - begin}"))
    return (begin, end), issues


def _layout(spans: list[tuple[int, int, str]], data_len: int) -> list[Problem]:
    out: list[Problem] = []
    cursor, prev = 0, None
    for begin, end, name in sorted(spans):
        if begin < cursor:
            out.append((Severity.HIGH, "overlap", name, f"bytes {begin}..{end} overlap tensor {prev!r}"))
        elif begin > cursor:
            out.append((Severity.MEDIUM, "gap", name, f"{begin - cursor} unreferenced bytes before this tensor"))
        if end > cursor:
            cursor, prev = end, name
    if cursor < data_len:
        out.append((Severity.MEDIUM, "gap", "<end>", f"{data_len - cursor} trailing bytes no tensor references"))
    return out


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


_TITLES = {
    "structure": "Malformed safetensors header entry",
    "metadata": "Invalid safetensors __metadata__",
    "offsets": "safetensors data_offsets outside the data section",
    "dtype": "Unknown safetensors dtype",
    "size": "safetensors tensor size does not match its offsets",
    "overlap": "Overlapping safetensors tensors",
    "gap": "Hidden bytes in safetensors data section",
}


SAFETENSORS = Format.builtin(FMT, scan)
