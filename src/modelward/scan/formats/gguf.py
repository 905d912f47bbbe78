"""GGUF: parse the header, every metadata key/value and the tensor infos; skip tensor data.

Values of all thirteen GGUF types (arrays nested to the declared depth) are bounded by the file
size and the limits. Chat templates (`tokenizer.chat_template*`) are checked statically for
Jinja2 sandbox escapes (cf. CVE-2024-34359); tensor offsets are checked to lie in the file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.findings import finding, limit_finding
from modelward.scan.formats._chat_template import analyse
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

FMT = "gguf"
MAGIC = b"GGUF"
STRING, ARRAY = 8, 9
# type id -> struct code of the fixed-size scalar types
SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}


@dataclass
class GGUFHeader:
    """What the scanner keeps: version, counts, scalar/string values, array (type, length)."""

    version: int
    byte_order: str
    tensor_count: int
    values: dict[str, object] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    tensors_out_of_file: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self, buf: Any, order: str, version: int, limits: Limits) -> None:
        self.buf, self.pos, self.order, self.limits = buf, 0, order, limits
        self.count_code = "I" if version == 1 else "Q"

    def unpack(self, code: str, what: str) -> int | float | bool:
        size = struct.calcsize(code)
        if self.pos + size > len(self.buf):
            raise FormatError(f"truncated at byte {self.pos}: expected {size} bytes for {what}")
        (value,) = struct.unpack_from(self.order + code, self.buf, self.pos)
        self.pos += size
        return value  # type: ignore[no-any-return]

    def count(self, what: str) -> int:
        return int(self.unpack(self.count_code, what))

    def string(self, what: str, keep: bool = True) -> str | None:
        n = self.count(f"length of {what}")
        if n > len(self.buf) - self.pos:
            raise FormatError(f"{what} at byte {self.pos} claims {n} bytes, only {len(self.buf) - self.pos} left")
        start = self.pos
        self.pos += n
        if not keep or n > self.limits.max_kept_string_bytes:
            return None
        return bytes(self.buf[start : self.pos]).decode("utf-8", "replace")

    def _skip_strings(self, n: int, what: str) -> None:
        """Skip n length-prefixed strings in one tight loop (vocabularies hold ~10^5 of them)."""
        length = struct.Struct(self.order + self.count_code)
        unpack, width, buf, end, pos = length.unpack_from, length.size, self.buf, len(self.buf), self.pos
        for i in range(n):
            if pos + width > end:
                raise FormatError(f"truncated at byte {pos}: string {i} of array {what}")
            pos += width + unpack(buf, pos)[0]
        if pos > end:
            raise FormatError(f"array {what} runs {pos - end} bytes past the end of the file")
        self.pos = pos

    def value(self, vtype: int, what: str, depth: int, keep: bool) -> object:
        if vtype in SCALARS:
            return self.unpack(SCALARS[vtype], what)
        if vtype == STRING:
            return self.string(what, keep)
        if vtype == ARRAY:
            if depth >= self.limits.max_nesting_depth:
                raise LimitReached("max_nesting_depth", f"arrays nested deeper than limits.max_nesting_depth "
                                                        f"({self.limits.max_nesting_depth})")
            itype = int(self.unpack("I", f"item type of {what}"))
            n = self.count(f"length of {what}")
            left = len(self.buf) - self.pos
            if itype in SCALARS:
                size = struct.calcsize(SCALARS[itype])
                if n * size > left:
                    raise FormatError(f"array {what} claims {n} items of {size} bytes, only {left} bytes left")
                self.pos += n * size
            elif itype == STRING:
                self._skip_strings(n, what)
            elif itype == ARRAY:
                if n * struct.calcsize(self.count_code) > left:
                    raise FormatError(f"array {what} claims {n} items, only {left} bytes left")
                for i in range(n):
                    self.value(itype, f"{what}[{i}]", depth + 1, keep=False)
            else:
                raise FormatError(f"array {what} has unknown item type {itype}")
            return ("array", itype, n)
        raise FormatError(f"{what} has unknown value type {vtype} (expected 0..12)")


def read_header(source: Source, limits: Limits) -> GGUFHeader:
    """Parse a GGUF file's header, key/values and tensor infos over its bytes (a memory map for files)."""
    buf = source.view()
    if len(buf) < 8:
        raise FormatError(f"{len(buf)} bytes, too short for a GGUF header")
    return _parse(buf, len(buf), limits)


def _parse(buf: Any, size: int, limits: Limits) -> GGUFHeader:
    if bytes(buf[:4]) != MAGIC:
        raise FormatError(f"magic is {bytes(buf[:4])!r}, expected b'GGUF'")
    (version,) = struct.unpack_from("<I", buf, 4)
    order = "<"
    if version & 0xFFFF == 0:  # written big-endian
        order, version = ">", struct.unpack_from(">I", buf, 4)[0]
    if version not in (1, 2, 3):
        raise FormatError(f"unsupported GGUF version {version} (expected 1, 2 or 3)")
    r = _Reader(buf, order, version, limits)
    r.pos = 8
    n_tensors, n_kv = r.count("tensor count"), r.count("metadata count")
    for what, n in (("tensors", n_tensors), ("metadata entries", n_kv)):
        if n > limits.max_archive_members:
            raise LimitReached("max_archive_members", f"{n} {what}, over limits.max_archive_members")
    hdr = GGUFHeader(version, "little" if order == "<" else "big", n_tensors)
    for i in range(n_kv):
        start = r.pos
        key = r.string(f"key #{i}") or f"<key #{i}>"
        vtype = int(r.unpack("I", f"value type of {key}"))
        hdr.values[key] = r.value(vtype, key, 0, keep=True)
        hdr.offsets[key] = start
    tensors: list[tuple[str, int]] = []
    for i in range(n_tensors):
        name = r.string(f"tensor #{i} name") or f"<tensor #{i}>"
        n_dims = int(r.unpack("I", f"dims of {name}"))
        if n_dims > 8:
            raise FormatError(f"tensor {name!r} has {n_dims} dimensions (at most 8 expected)")
        r.pos += 8 * n_dims
        r.unpack("I", f"type of {name}")
        tensors.append((name, int(r.unpack("Q", f"offset of {name}"))))
    align = hdr.values.get("general.alignment", 32)
    align = align if isinstance(align, int) and 0 < align <= 1 << 16 else 32
    data_start = -(-r.pos // align) * align
    hdr.tensors_out_of_file = [name for name, off in tensors if data_start + off > size]
    return hdr


@guarded(FMT)
def scan(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """Scan a .gguf file's metadata and chat templates; tensor data is never read."""
    hdr = read_header(source, limits)
    for key, value in hdr.values.items():
        if not key.startswith("tokenizer.chat_template"):
            continue
        if not isinstance(value, str):
            if value is None:  # longer than the strings the reader keeps: not analysed
                c.add(limit_finding(FMT, LimitReached("max_kept_string_bytes", f"chat template {key} is longer "
                                                      "than limits.max_kept_string_bytes, not analysed"),
                                    c.file, c.at(key), hdr.offsets.get(key)))
            continue
        for hit in analyse(value):
            c.add(finding(
                f"{FMT}.chat-template", hit.severity, f"Jinja2 sandbox escape in chat template: {hit.title}",
                c.file, c.at(key), hdr.offsets.get(key),
                description="Rendering this chat template (e.g. llama-cpp-python before 0.2.72, "
                            "CVE-2024-34359) can run arbitrary code through Jinja2 object traversal.",
                method="static rules over the template's Jinja code blocks (never rendered)",
                measurements={"rule": hit.rule, "match": hit.snippet[:200], "template_offset": hit.offset}))
    if hdr.tensors_out_of_file:
        c.add(finding(
            f"{FMT}.tensor-offset", Severity.MEDIUM,
            f"{len(hdr.tensors_out_of_file)} GGUF tensor offsets point past the end of the file",
            c.file, c.at(hdr.tensors_out_of_file[0]), method="tensor info offsets against file size",
            measurements={"tensors": ", ".join(hdr.tensors_out_of_file[:10])}))


GGUF = Format.builtin(FMT, scan)
