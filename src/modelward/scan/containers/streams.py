"""Bounded readers: a window of a file, and decompression that stops at limits.max_decompressed_bytes."""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from collections.abc import Callable
from typing import Any, BinaryIO

from modelward.core.errors import DataError


class LimitExceeded(DataError):
    """A declared limit was hit while reading; the caller turns it into a finding."""


class Window(io.RawIOBase):
    """Bytes [start, start+length) of a seekable file, as a file of its own (offsets relative)."""

    def __init__(self, f: BinaryIO, start: int, length: int) -> None:
        self.f, self.start, self.length, self.pos = f, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), self.length - self.pos)
        if n <= 0:
            return 0
        self.f.seek(self.start + self.pos)
        data = self.f.read(n)
        b[: len(data)] = data
        self.pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self.pos, 2: self.length}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def tell(self) -> int:
        return self.pos


class Inflate(io.RawIOBase):
    """Streaming decompression of `f` that raises LimitExceeded past `limit` output bytes."""

    def __init__(self, f: BinaryIO, method: str, limit: int) -> None:
        self.f, self.limit, self.out, self.pos = f, limit, b"", 0
        factories: dict[str, Callable[[], Any]] = {
            "zlib": lambda: zlib.decompressobj(),
            "deflate": lambda: zlib.decompressobj(-15),
            "gzip": lambda: zlib.decompressobj(31),
            "bz2": lambda: bz2.BZ2Decompressor(),
            "xz": lambda: lzma.LZMADecompressor(),
            "lzma": lambda: lzma.LZMADecompressor(),
        }
        self.dec: Any = factories[method]()
        self.method = method
        self.eof = False

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def _fill(self, want: int) -> None:
        while len(self.out) < want and not self.eof:
            if self.method in ("bz2", "xz", "lzma"):
                if self.dec.eof:
                    self.eof = True
                    break
                chunk = self.f.read(1 << 16)
                if not chunk:
                    self.eof = True
                    break
                self.out += self.dec.decompress(chunk, 1 << 20)
            else:
                chunk = self.dec.unconsumed_tail or self.f.read(1 << 16)
                if not chunk or self.dec.eof:
                    self.eof = True
                    break
                self.out += self.dec.decompress(chunk, 1 << 20)

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._fill(len(b))
        except (zlib.error, OSError, EOFError, lzma.LZMAError) as exc:
            raise DataError(f"corrupt {self.method} stream: {exc}") from exc
        n = min(len(b), len(self.out))
        b[:n] = self.out[:n]
        self.out = self.out[n:]
        self.pos += n
        if self.pos > self.limit:
            raise LimitExceeded(f"decompressed data exceeds {self.limit} bytes (limits.max_decompressed_bytes)")
        return n


def buffered(raw: io.RawIOBase) -> io.BufferedReader:
    return io.BufferedReader(raw, buffer_size=1 << 16)
