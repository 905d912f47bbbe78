"""What a file (or archive member) is, told by its content: magic bytes first, then structure. The
extension is never consulted. Returns a built-in format name, or "unknown"."""

from __future__ import annotations

import re
import struct
from collections.abc import Callable

from modelward.scan.decompress import compression_of
from modelward.scan.limits import Limits
from modelward.scan.source import Source

TORCH_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
_TORCH_LEGACY_PREFIX = b"\x80\x02\x8a\x0a" + TORCH_LEGACY_MAGIC.to_bytes(10, "little")
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
_PICKLE_STARTS = frozenset(b"(cN]}KJIL\x80SVXUTa0.)FGBCMPQehjgqrpi")
_IDENT = re.compile(r"[A-Za-z_][\w.]*\Z")
_PBTXT = re.compile(rb"\A(?:\s*#[^\n]*\n)*\s*(saved_model_schema_version|meta_graphs|meta_info_def|graph_def|node)"
                    rb"\s*[:{]")
_ZIP_TAIL = 65557  # EOCD record + the longest comment


def has_zip_eocd(source: Source) -> bool:
    """A ZIP end-of-central-directory record near the end (zip readers look there)."""
    size = source.size or 0
    if size < 22:
        return False
    reader = source.reader()
    reader.seek(max(0, size - _ZIP_TAIL))
    return b"PK\x05\x06" in reader.read(_ZIP_TAIL)


def looks_like_pickle(source: Source, head: bytes) -> bool:
    """PROTO opcode, or a short dry run that stops cleanly or reaches an identifier-like global
    (protocols 0 and 1 have no magic)."""
    if len(head) >= 2 and head[0] == 0x80 and head[1] <= 5:
        return True
    if not head or head[0] not in _PICKLE_STARTS:
        return False
    from modelward.scan.pickle.vm import PickleVM

    trace = PickleVM(source.reader(), Limits(max_pickle_opcodes=10_000, max_distinct_globals=1_000)).run()
    if trace.opcodes < 2:
        return False
    if trace.halt is not None and trace.halt.kind == "limit":
        return True  # valid opcodes up to a bound: a pickle, possibly padded to hide what follows
    return trace.stopped or any(_IDENT.match(g.module) and _IDENT.match(g.qualname) for g in trace.globals)


def hdf5_offset(source: Source) -> int | None:
    """The HDF5 superblock signature at 0, 512, 1024, 2048, ... (a user block may precede it)."""
    offset, size = 0, source.size or 0
    reader = source.reader()
    while offset + 8 <= size:
        reader.seek(offset)
        if reader.read(8) == HDF5_SIGNATURE:
            return offset
        offset = 512 if offset == 0 else offset * 2
    return None


def detect(source: Source) -> str:
    """A built-in format name (a key of the scanner table in scan/plugins.py) or "unknown"."""
    head = source.head()
    size = source.size if source.size is not None else len(head)
    if head.startswith(b"\x93NUMPY"):
        return "numpy"
    if head.startswith(b"GGUF"):
        return "gguf"
    if head.startswith(HDF5_SIGNATURE):
        return "h5"
    if head.startswith(_TORCH_LEGACY_PREFIX):
        return "torch-legacy"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if len(head) >= 10:
        (n,) = struct.unpack("<Q", head[:8])
        if 2 <= n <= size - 8 and head[8:9] == b"{":
            return "safetensors"
    if compression_of(head) is not None:
        return "compressed"
    if looks_like_pickle(source, head):
        return "pickle+zip" if source.size is not None and has_zip_eocd(source) else "pickle"
    if source.size is not None and has_zip_eocd(source):
        return "zip"  # data prepended to a zip: zip readers still open it
    proto = protobuf_kind(source, head)
    if proto is not None:
        return proto
    if _PBTXT.match(head):
        return "savedmodel"
    if source.size is not None and source.size >= 1024 and hdf5_offset(source) is not None:
        return "h5"
    return "unknown"


def is_format(fmt: str) -> Callable[[bytes, Source], bool]:
    """The recogniser of a built-in format: `detect` says it is `fmt`."""
    return lambda head, source: detect(source) == fmt


# ------------------------------------------------------------------ protocol buffers by structure

_ONNX_FIELDS = {1, 2, 3, 4, 5, 6, 7, 8, 14, 20, 25, 26}
_SAVED_MODEL_FIELDS = {1, 2}
_META_GRAPH_FIELDS = {1, 2, 3, 4, 5, 6, 7, 8}
_GRAPH_DEF_FIELDS = {1, 2, 3, 4, 5}
_OP_NAME = re.compile(rb"[A-Za-z_][A-Za-z0-9_>.]*\Z")


def _fields(buf: bytes, start: int, end: int, limit: int = 64) -> list[tuple[int, int, int, int]] | None:
    """Top-level (number, wire type, start, end) of a message in buf[start:end]; None if not protobuf.
    Length-delimited payloads may lie beyond the buffer (only their declared span is checked)."""
    from modelward.scan.formats.protowire import ProtoError, iter_fields

    out = []
    try:
        for f in iter_fields(buf, start, end, lax_end=True):
            out.append((f.number, f.wire, f.start, f.end))
            if len(out) >= limit:
                break
    except ProtoError:
        return None
    return out


def protobuf_kind(source: Source, head: bytes) -> str | None:
    """"onnx" for an ONNX ModelProto, "savedmodel" for a TensorFlow SavedModel, MetaGraphDef or GraphDef,
    recognised by their field numbers and the first nested message; None otherwise."""
    if not head or head[0] not in (0x08, 0x0A, 0x12):
        return None
    size = source.size if source.size is not None else 1 << 62  # a stream: its end is not known yet
    buf = head if size <= len(head) or source.size is None else source.view()
    top = _fields(buf, 0, size)
    if not top:
        return None
    numbers = {n for n, _, _, _ in top}
    wires = {n: w for n, w, _, _ in top}
    if 7 in numbers and numbers <= _ONNX_FIELDS and wires.get(1, 0) == 0 and wires[7] == 2:
        return "onnx"
    if numbers <= _SAVED_MODEL_FIELDS and wires.get(1, 0) == 0 and wires.get(2) == 2:
        _, _, s, e = next(t for t in top if t[0] == 2)
        inner = _fields(buf, s, e)
        if inner and {n for n, _, _, _ in inner} <= _META_GRAPH_FIELDS:
            return "savedmodel"
    if numbers <= _META_GRAPH_FIELDS and wires.get(2) == 2 and wires.get(1, 2) == 2 and 2 in numbers:
        return "savedmodel"  # a MetaGraphDef (.meta)
    if numbers <= _GRAPH_DEF_FIELDS and wires.get(1) == 2:
        _, _, s, e = next(t for t in top if t[0] == 1)
        node = _fields(buf, s, e)
        if node and node[0][:2] == (1, 2):
            ops = [t for t in node if t[0] == 2 and t[1] == 2]
            if ops and _OP_NAME.match(bytes(buf[ops[0][2]:ops[0][3]])):
                return "savedmodel"  # a GraphDef (frozen graph)
    return None
