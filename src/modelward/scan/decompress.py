"""Compressed streams: the one table of compression magics, and decompression bounded by the limits."""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from collections.abc import Callable
from typing import Any, BinaryIO

from modelward.core.errors import DataError
from modelward.scan.limits import LimitReached

# Magic bytes -> method, for whole files and archive members (joblib writes all of these).
MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"), (b"\x5d\x00\x00", "lzma"), (b"ZF", "zf"),
)
ZF_HEADER = 2 + len(hex(2**64))  # joblib <= 0.9: b"ZF" + the hex length, then zlib data
ZIP_METHODS = {8: "deflate", 12: "bz2", 14: "zip-lzma"}  # zip compression method -> stream method
_FACTORIES: dict[str, Callable[[], Any]] = {
    "zlib": lambda: zlib.decompressobj(),
    "zf": lambda: zlib.decompressobj(),
    "deflate": lambda: zlib.decompressobj(-15),
    "gzip": lambda: zlib.decompressobj(31),
    "bz2": lambda: bz2.BZ2Decompressor(),
    "xz": lambda: lzma.LZMADecompressor(),
    "lzma": lambda: lzma.LZMADecompressor(),
}
_CHUNK = 1 << 16


def compression_of(head: bytes) -> str | None:
    """The compression a stream starts with, from its first bytes, or None."""
    for magic, method in MAGICS:
        if head.startswith(magic):
            return method
    if len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    return None


def _zip_lzma(f: BinaryIO) -> Any:
    """Zip's LZMA (method 14): version (2 bytes), properties size (2), properties, then raw LZMA1 data."""
    head = f.read(4)
    if len(head) < 4:
        raise DataError("truncated zip LZMA header")
    props = f.read(int.from_bytes(head[2:4], "little"))
    try:
        flt = lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)  # type: ignore[attr-defined]
    except lzma.LZMAError as exc:
        raise DataError(f"bad zip LZMA properties: {exc}") from exc
    return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[flt])


class Inflate(io.RawIOBase):
    """Streaming decompression of `f` that raises LimitReached past `limit` output bytes; every step
    produces at most 1 MiB, so a small bomb never expands in memory."""

    def __init__(self, f: BinaryIO, method: str, limit: int) -> None:
        self.f, self.limit, self.method = f, limit, method
        self.dec: Any = _zip_lzma(f) if method == "zip-lzma" else _FACTORIES[method]()
        self.out, self.pos, self.done = b"", 0, False
        self.bounded = hasattr(self.dec, "unconsumed_tail")  # zlib objects keep what max_length left over

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def _fill(self, want: int) -> None:
        while len(self.out) < want and not self.done:
            if self.bounded:
                chunk = self.dec.unconsumed_tail or self.f.read(_CHUNK)
                if not chunk or self.dec.eof:
                    self.done = True
                    break
                self.out += self.dec.decompress(chunk, 1 << 20)
            else:  # bz2 / lzma: feed input only when the decompressor asks for it
                if self.dec.eof:
                    self.done = True
                    break
                chunk = self.f.read(_CHUNK) if self.dec.needs_input else b""
                if self.dec.needs_input and not chunk:
                    self.done = True
                    break
                self.out += self.dec.decompress(chunk, 1 << 20)

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        """Up to the limit, bytes as asked; past it, LimitReached (only when there is more to read)."""
        room = self.limit - self.pos
        try:
            self._fill(min(len(b), room + 1))
        except (zlib.error, OSError, EOFError, lzma.LZMAError) as exc:
            raise DataError(f"corrupt {self.method} stream: {exc}") from exc
        if room <= 0 and self.out:
            raise LimitReached("max_decompressed_bytes",
                               f"decompressed data exceeds {self.limit} bytes (limits.max_decompressed_bytes)")
        n = min(len(b), len(self.out), room)
        b[:n] = self.out[:n]
        self.out = self.out[n:]
        self.pos += n
        return n
