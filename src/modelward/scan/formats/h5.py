"""Keras 2 HDF5 (`.h5` / `.hdf5`): find the `model_config` / `training_config` JSON and walk it.

HDF5 stores attribute strings contiguously (inline or in a global-heap object), so the JSON can be
carved from the bytes without an HDF5 library: every `"class_name"` key in the first
limits.max_read_bytes is traced back to the start of the text run that holds it (the attribute
value), and the JSON object there is decoded within the JSON limits. Key order and whitespace do not
matter. Nothing is loaded and no HDF5 C library reads the file.
"""

from __future__ import annotations

import json
import re
from typing import Any

from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.findings import limit_finding
from modelward.scan.formats._keras_config import walk_config
from modelward.scan.jsonsafe import json_depth
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.sniff import hdf5_offset
from modelward.scan.source import Source

FMT = "h5"
_KEY = re.compile(rb'"class_name"\s*:')
_NOT_TEXT = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@guarded(FMT)
def scan(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """Scan an HDF5 Keras model's config attributes without loading the model."""
    source = source.seekable()  # a compressed archive member is read whole, within limits.max_read_bytes
    size = source.size or 0
    if size < 8 or hdf5_offset(source) is None:
        raise FormatError("no HDF5 signature (expected \\x89HDF\\r\\n\\x1a\\n at 0, 512, 1024, ...)")
    buf = source.view()
    end = min(size, limits.max_read_bytes)
    configs = carve(buf, end, limits, c)
    for offset, cfg in configs:
        found, too_deep = walk_config(cfg, FMT, source.name, c.at(f"JSON @{offset}"), legacy=True,
                                      max_depth=limits.max_nesting_depth)
        c.findings.extend(found)
        if too_deep:
            c.add(limit_finding(FMT, LimitReached("max_nesting_depth", f"config nested deeper than "
                                                  f"limits.max_nesting_depth at {too_deep[0]}"),
                                source.name, c.at(f"JSON @{offset}"), offset))
    if size > limits.max_read_bytes:
        c.add(limit_finding(FMT, LimitReached("max_read_bytes", f"only the first {limits.max_read_bytes} bytes "
                                              "were searched for Keras configs"), source.name, source.member))
    elif not configs and not c.findings:
        c.skipped = "HDF5 file without a Keras model_config: no code-bearing config"


def carve(buf: Any, end: int, limits: Limits, c: Collector) -> list[tuple[int, object]]:
    """(offset, object) of every JSON object holding a "class_name" key, outermost only."""
    decoder = json.JSONDecoder()
    out: list[tuple[int, object]] = []
    covered = 0
    for match in _KEY.finditer(buf, 0, end):
        at = match.start()
        if at < covered:
            continue
        start = _run_start(buf, at, limits)
        stop = _NOT_TEXT.search(buf, at, end)
        text_end = stop.start() if stop else end
        open_at = bytes(buf[start:at]).find(b"{")
        if open_at < 0:
            continue
        begin = start + open_at
        raw = bytes(buf[begin:text_end])
        depth = json_depth(raw)
        if depth > limits.max_json_depth:
            c.add(limit_finding(FMT, LimitReached("max_json_depth", f"JSON at byte {begin} nests {depth} deep"),
                                c.file, c.at(f"JSON @{begin}"), begin))
            covered = text_end
            continue
        try:
            obj, n = decoder.raw_decode(raw.decode("utf-8", "replace"))
        except (json.JSONDecodeError, RecursionError, ValueError):
            continue
        if isinstance(obj, dict):
            out.append((begin, obj))
            covered = begin + len(raw.decode("utf-8", "replace")[:n].encode("utf-8"))
    if len(out) > limits.max_archive_members:
        raise LimitReached("max_archive_members", f"{len(out)} JSON configs")
    return out


def _run_start(buf: Any, at: int, limits: Limits) -> int:
    """Where the text run holding byte `at` begins: after the last non-text byte before it (looked for
    in windows that grow up to limits.max_config_bytes)."""
    window = 4096
    while True:
        lo = max(0, at - window)
        last = None
        for m in _NOT_TEXT.finditer(buf, lo, at):
            last = m.end()
        if last is not None or lo == 0:
            return last if last is not None else 0
        if window >= limits.max_config_bytes:
            raise LimitReached("max_config_bytes", f"text run before byte {at} longer than limits.max_config_bytes")
        window *= 8


H5 = Format.builtin(FMT, scan)
