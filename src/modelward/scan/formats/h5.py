"""Keras 2 HDF5 (`.h5` / `.hdf5`): find the `model_config` / `training_config` JSON and walk it.

HDF5 stores attribute strings contiguously (inline or in a global-heap object), so the JSON
can be carved from the bytes: the file is checked for the HDF5 signature and searched, in a
memory map bounded by `max_read_bytes`, for JSON objects that start with `{"class_name"`.
When h5py is installed it reads the root attributes instead (reading attributes runs no code).
"""

from __future__ import annotations

import json
import mmap
from pathlib import Path

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.base import FileScan
from modelward.scan.formats._common import FormatError, file_size, guarded, make_finding
from modelward.scan.formats._keras_config import walk_config

FMT = "h5"
SIGNATURE = b"\x89HDF\r\n\x1a\n"
_START = b'{"class_name":'
_CONFIG_ATTRS = ("model_config", "training_config")


def signature_offset(mm: bytes | mmap.mmap, size: int) -> int | None:
    """Offset of the HDF5 superblock signature (0, 512, 1024, 2048, ...), or None."""
    off = 0
    while off + 8 <= size:
        if mm[off : off + 8] == SIGNATURE:
            return off
        off = 512 if off == 0 else off * 2
    return None


@guarded(FMT)
def scan(path: Path, limits: Limits) -> FileScan:
    """Scan an HDF5 Keras model's config attributes without loading the model."""
    size = file_size(path, limits)
    if size < 8:
        raise FormatError(f"file is {size} bytes, too short for an HDF5 signature")
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        if signature_offset(mm, size) is None:
            raise FormatError("no HDF5 signature (expected \\x89HDF\\r\\n\\x1a\\n at 0, 512, 1024, ...)")
        configs, method = _h5py_configs(path)
        if configs is None:
            configs, method = _carve(mm, min(size, limits.max_read_bytes)), "carved"
    findings: list[Finding] = []
    for member, cfg in configs:
        findings += walk_config(cfg, FMT, path, member, legacy=True, max_depth=limits.max_nesting_depth)
    if not configs and size > limits.max_read_bytes and method == "carved":
        findings.append(
            make_finding(
                FMT,
                "limit",
                Severity.MEDIUM,
                f"No Keras config in the first {limits.max_read_bytes} bytes; the rest was not searched",
                path,
                method="carved",
            )
        )
    if not configs and not findings:
        return FileScan(str(path), FMT, skipped="HDF5 file without a Keras model_config: no code-bearing config")
    return FileScan(str(path), FMT, findings=tuple(findings))


def _h5py_configs(path: Path) -> tuple[list[tuple[str, object]] | None, str]:
    try:
        import h5py
    except ImportError:
        return None, ""
    out: list[tuple[str, object]] = []
    try:
        with h5py.File(path, "r") as f:
            for name in _CONFIG_ATTRS:
                raw = f.attrs.get(name)
                if raw is None:
                    continue
                text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
                try:
                    out.append((f"attr {name}", json.loads(text)))
                except json.JSONDecodeError:
                    raise FormatError(f"attribute {name} is not valid JSON") from None
    except OSError as exc:
        raise FormatError(f"h5py cannot read the file ({exc})") from None
    return out, "h5py"


def _carve(mm: mmap.mmap, end: int) -> list[tuple[str, object]]:
    """JSON objects starting with {"class_name": found in mm[:end], outermost only."""
    decoder = json.JSONDecoder()
    out: list[tuple[str, object]] = []
    pos = mm.find(_START, 0, end)
    while pos != -1:
        obj, stop = _decode_at(decoder, mm, pos, end)
        if isinstance(obj, dict) and "config" in obj:
            out.append((f"JSON @{pos}", obj))
        pos = mm.find(_START, stop if obj is not None else pos + 1, end)
    return out


def _decode_at(decoder: json.JSONDecoder, mm: mmap.mmap, pos: int, end: int) -> tuple[object, int]:
    # A global-heap or inline string ends at a NUL or at the end of its object; try growing windows.
    window = 1 << 16
    while True:
        chunk = mm[pos : min(end, pos + window)]
        nul = chunk.find(b"\x00")
        if nul != -1:
            chunk = chunk[:nul]
        text = chunk.decode("utf-8", "replace")
        try:
            obj, n = decoder.raw_decode(text)
            return obj, pos + len(text[:n].encode("utf-8"))
        except json.JSONDecodeError:
            if nul != -1 or pos + window >= end:
                return None, pos + 1
            window *= 4
