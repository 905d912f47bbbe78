"""What a scanner reads: a file opened once, a buffer in memory, a window of another source (a stored
archive member) or a decompressed stream (a compressed member). Scan and load share one Source, so
they read the same bytes: a file replaced on disk after it was opened changes neither.
"""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from modelward.core.errors import DataError
from modelward.scan.decompress import Inflate
from modelward.scan.limits import LimitReached, Limits

HEAD_BYTES = 4096
Pread = Callable[[int, int], bytes]  # (n, offset) -> up to n bytes at offset


class Span(io.RawIOBase):
    """Bytes [start, start + length) of something that reads at an offset, as a seekable raw file."""

    def __init__(self, pread: Pread, start: int, length: int) -> None:
        self.pread, self.start, self.length, self.pos = pread, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), self.length - self.pos)
        if n <= 0:
            return 0
        data = self.pread(n, self.start + self.pos)
        b[: len(data)] = data
        self.pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self.pos, 2: self.length}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def tell(self) -> int:
        return self.pos


def buffered(raw: io.RawIOBase) -> io.BufferedReader:
    return io.BufferedReader(raw, buffer_size=1 << 16)


class Source:
    """Bytes to scan, with where they come from.

    `name` is the file as given (the finding's location), `member` the path inside containers
    (`outer.zip>inner.pt>archive/data.pkl`), `directory` the folder relative references resolve
    against (None inside archives), `depth` how many containers (archives, compressed streams)
    enclose it. `size` is None for a decompressed stream until it is read whole with `view()`.
    """

    def __init__(self, name: str, *, size: int | None, pread: Pread | None = None,
                 opener: Callable[[], io.BufferedReader] | None = None, view: Callable[[], Any] | None = None,
                 member: str | None = None, directory: Path | None = None, depth: int = 0,
                 limits_read: int | None = None) -> None:
        self.name, self.size, self.member, self.directory, self.depth = name, size, member, directory, depth
        self._pread, self._opener, self._view_fn = pread, opener, view
        self._view: Any = None
        self._read_cap = limits_read

    # ------------------------------------------------------------------ construction
    @staticmethod
    @contextlib.contextmanager
    def open(path: str | Path, name: str | None = None) -> Iterator[Source]:
        """A regular file opened once (read-only, by descriptor); closed on exit."""
        path = Path(path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        holder: dict[str, Any] = {}
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise DataError(f"{path}: not a regular file")
            size = st.st_size

            def view() -> Any:
                if size == 0:
                    return memoryview(b"")
                holder["mm"] = mm = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
                holder["mv"] = mv = memoryview(mm)
                return mv

            yield Source(name or str(path), size=size, pread=lambda n, off: os.pread(fd, n, off), view=view,
                         directory=path.parent)
        finally:
            with contextlib.suppress(BufferError, ValueError):  # a view still exported: the GC closes it
                if "mv" in holder:
                    holder["mv"].release()
                if "mm" in holder:
                    holder["mm"].close()
            os.close(fd)

    @staticmethod
    def read(path: str | Path, limits: Limits) -> Source:
        """A regular file read whole through one descriptor, into memory: what a loader scans and then
        deserialises, so both see the same bytes even if the file is replaced meanwhile."""
        path = Path(path)
        with Source.open(path) as src:
            if (src.size or 0) > limits.max_file_bytes:
                raise LimitReached("max_file_bytes", f"{path} is {src.size} bytes, more than limits.max_file_bytes")
            data = src.reader().read()
        return Source.of_bytes(data, str(path), path.parent)

    @staticmethod
    def of_bytes(data: bytes | bytearray | memoryview, name: str, directory: Path | None = None,
                 member: str | None = None, depth: int = 0) -> Source:
        """Bytes in memory (what a loader reads once, or a decompressed member that needs random access)."""
        mv = memoryview(data)
        return Source(name, size=len(mv), pread=lambda n, off: bytes(mv[off:off + n]), view=lambda: mv,
                      directory=directory, member=member, depth=depth)

    def seekable(self) -> Source:
        """This source, or its bytes in memory when it is a stream (read whole within the limits)."""
        if self._pread is not None:
            return self
        return Source.of_bytes(self.view(), self.name, self.directory, self.member, self.depth)

    def window(self, start: int, length: int, member: str) -> Source:
        """A stored member: bytes [start, start + length) of this source, read in place."""
        parent = self
        pread: Pread = self._pread or (lambda n, off: bytes(parent.view()[off:off + n]))
        length = max(0, min(length, (self.size if self.size is not None else start + length) - start))
        return Source(self.name, size=length, pread=lambda n, off: pread(max(0, min(n, length - off)), start + off),
                      view=lambda: self.view()[start:start + length], member=self._join(member), depth=self.depth + 1)

    def decompressed(self, method: str, member: str | None, limits: Limits, skip: int = 0) -> Source:
        """This source's bytes (after `skip` header bytes) decompressed with `method`, as a stream."""
        parent = self

        def opener() -> io.BufferedReader:
            raw = parent.reader()
            if skip:
                raw.seek(skip)
            return buffered(Inflate(raw, method, limits.max_decompressed_bytes))

        return Source(self.name, size=None, opener=opener, member=self._join(member) if member else self.member,
                      depth=self.depth + 1, limits_read=limits.max_read_bytes)

    def _join(self, member: str) -> str:
        return f"{self.member}>{member}" if self.member else member

    # ------------------------------------------------------------------ reading
    def reader(self) -> io.BufferedReader:
        """A fresh stream over the bytes, positioned at 0 (seekable unless decompressed)."""
        if self._opener is not None:
            return self._opener()
        assert self._pread is not None and self.size is not None
        return buffered(Span(self._pread, 0, self.size))

    def head(self, n: int = HEAD_BYTES) -> bytes:
        if self._pread is not None:
            return self._pread(min(n, self.size or 0), 0)
        return self.reader().read(n)

    def view(self) -> Any:
        """All the bytes with random access (a memory map for files; a decompressed stream is read
        whole, up to limits.max_read_bytes, else LimitReached)."""
        if self._view is None:
            if self._view_fn is not None:
                self._view = self._view_fn()
            else:
                cap = self._read_cap or 0
                data = self.reader().read(cap + 1)
                if len(data) > cap:
                    raise LimitReached("max_read_bytes", f"member {self.member} decompresses to more than "
                                                         f"{cap} bytes, needed whole (limits.max_read_bytes)")
                self._view, self.size = memoryview(data), len(data)
        return self._view

    def read_all(self, cap: int, limit: str, what: str) -> bytes:
        """The whole content as bytes, if it is at most `cap` bytes; else LimitReached(limit)."""
        if self.size is not None and self.size > cap:
            raise LimitReached(limit, f"{what} is {self.size} bytes, more than limits.{limit} ({cap})")
        data = self.reader().read(cap + 1)
        if len(data) > cap:
            raise LimitReached(limit, f"{what} is more than limits.{limit} ({cap}) bytes")
        return data

    @property
    def label(self) -> str:
        return f"{self.name} [{self.member}]" if self.member else self.name
