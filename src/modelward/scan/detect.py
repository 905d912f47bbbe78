"""Format detection by content (magic bytes and structure), never by the extension alone."""

from __future__ import annotations

import re
import struct
from pathlib import Path

from modelward.core.limits import DEFAULT_LIMITS

TORCH_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
_TORCH_LEGACY_PREFIX = b"\x80\x02\x8a\x0a" + TORCH_LEGACY_MAGIC.to_bytes(10, "little")
COMPRESSED = {b"\x1f\x8b": "gzip", b"BZh": "bz2", b"\xfd7zXZ\x00": "xz", b"\x5d\x00\x00": "lzma"}
_IDENT = re.compile(r"[A-Za-z_][\w.]*\Z")


def _zlib_header(head: bytes) -> bool:
    return len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0


def has_zip_eocd(path: Path, size: int) -> bool:
    """True when a ZIP end-of-central-directory record exists (zip readers look at the end)."""
    if size < 22:
        return False
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 65557))
        return b"PK\x05\x06" in fh.read()


def looks_like_pickle(path: Path, head: bytes) -> bool:
    """PROTO opcode, or a short dry run that stops cleanly or reaches an identifier-like global."""
    if len(head) >= 2 and head[0] == 0x80 and head[1] <= 5:
        return True
    if not head or head[:1] not in b"(cN]}KJI\x8c\x80SVXUTa0.)":
        return False
    from modelward.core.limits import Limits
    from modelward.scan.pickle.vm import PickleVM

    with open(path, "rb") as fh:
        trace = PickleVM(fh, Limits(max_pickle_opcodes=100_000)).run()
    return trace.stopped or any(_IDENT.match(g.module) and _IDENT.match(g.qualname) for g in trace.globals)


def detect(path: Path) -> str:
    """A format name: a key of the scanner registry, or "unknown"."""
    if path.is_dir():
        if (path / "saved_model.pb").exists() or (path / "saved_model.pbtxt").exists():
            return "savedmodel"
        return "directory"
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(b"\x93NUMPY"):
        return "numpy"
    if head.startswith(b"GGUF"):
        return "gguf"
    if head.startswith(b"\x89HDF\r\n\x1a\n"):
        return "h5"
    if head.startswith(_TORCH_LEGACY_PREFIX):
        return "torch-legacy"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if len(head) >= 10:
        (n,) = struct.unpack("<Q", head[:8])
        if 2 <= n <= min(size - 8, 100 * 1024**2) and head[8:9] == b"{":
            return "safetensors"
    if any(head.startswith(magic) for magic in COMPRESSED):
        return "compressed"
    if head.startswith(b"ZF") or _zlib_header(head):
        return "compressed"
    if looks_like_pickle(path, head):
        return "pickle+zip" if has_zip_eocd(path, size) else "pickle"
    if has_zip_eocd(path, size):
        return "zip"  # data prepended to a zip: zip readers still open it
    if path.suffix == ".onnx" and head[:1] == b"\x08":
        return "onnx"
    if path.suffix in (".pb",) and path.name == "saved_model.pb":
        return "savedmodel"
    return "unknown"


MAX_SNIFF = DEFAULT_LIMITS.max_read_bytes
