"""Parallel hashing of a model's files, whole or in shards, in bounded memory.

Each piece (a whole file, or a byte range of one) is hashed by a worker thread that reads into its own
reusable buffer (`chunk_size` bytes): memory is `workers x chunk_size` whatever the model's size, and
hashlib releases the GIL while it digests, so threads use every core. A file is opened without
following links and checked against the stamp taken when it was listed (same device, inode, size and
modification time) before and after it is read: a file replaced, grown, shrunk or rewritten while it
was hashed is an error naming it, never a digest of bytes that no longer exist.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from modelward.integrity.errors import ManifestError
from modelward.integrity.walk import FileStamp, ModelFile

HASH_TYPES = ("sha256", "blake2")
DEFAULT_CHUNK = 1 << 20

ProgressFn = Callable[[int], None]


def new_hasher(hash_type: str) -> Any:
    """A fresh streaming hash object for a manifest's `hash_type` (OpenSSF model signing names)."""
    if hash_type == "sha256":
        return hashlib.sha256()
    if hash_type == "blake2":
        return hashlib.blake2b()
    raise ManifestError(f"hash type {hash_type!r} is not supported; expected one of {', '.join(HASH_TYPES)}")


@dataclass(frozen=True)
class Piece:
    """Bytes [start, end) of one file: the whole file, or one shard of it."""

    file: ModelFile
    start: int
    end: int


def split(files: Sequence[ModelFile], shard_size: int | None) -> list[Piece]:
    """One piece per file (`shard_size` None) or per shard; as in model signing, an empty file has no shard."""
    if shard_size is None:
        return [Piece(f, 0, f.size) for f in files]
    if shard_size < 1:
        raise ManifestError(f"shard size must be at least 1 byte, got {shard_size}")
    return [Piece(f, start, min(start + shard_size, f.size)) for f in files for start in range(0, f.size, shard_size)]


def _open_checked(piece: Piece) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(piece.file.path, flags)
    except FileNotFoundError:
        raise ManifestError(f"{piece.file.path}: was removed while the model was being hashed") from None
    except OSError as exc:
        raise ManifestError(f"{piece.file.path}: cannot be opened ({exc.strerror}); it may have been replaced by a "
                            "link while the model was being hashed") from None
    _check_stamp(fd, piece, "before it was read")
    return fd


def _check_stamp(fd: int, piece: Piece, when: str) -> None:
    now, then = FileStamp.of(os.fstat(fd)), piece.file.stamp
    if now != then:
        what = ("was replaced by another file" if (now.device, now.inode) != (then.device, then.inode)
                else f"changed size ({then.size} -> {now.size} bytes)" if now.size != then.size
                else "was rewritten (modification time changed)")
        os.close(fd)
        raise ManifestError(f"{piece.file.path}: {what} while the model was being hashed ({when}); "
                            "hash it again once nothing writes to it")


class _Hasher:
    def __init__(self, hash_type: str, chunk_size: int, progress: ProgressFn | None) -> None:
        new_hasher(hash_type)  # unknown types fail before any work
        self.hash_type = hash_type
        self.chunk_size = chunk_size
        self.progress = progress
        self.local = threading.local()
        self.lock = threading.Lock()

    def buffer(self) -> memoryview:
        buf = getattr(self.local, "buf", None)
        if buf is None:
            buf = self.local.buf = memoryview(bytearray(self.chunk_size))
        return buf

    def __call__(self, piece: Piece) -> bytes:
        h = new_hasher(self.hash_type)
        buf = self.buffer()
        fd = _open_checked(piece)
        try:
            if piece.start:
                os.lseek(fd, piece.start, os.SEEK_SET)
            left = piece.end - piece.start
            while left > 0:
                n = os.readv(fd, [buf[: min(left, self.chunk_size)]])
                if n == 0:
                    raise ManifestError(f"{piece.file.path}: ended at byte {piece.end - left}, expected "
                                        f"{piece.file.size} bytes; it shrank while the model was being hashed")
                h.update(buf[:n])
                left -= n
                if self.progress is not None:
                    with self.lock:
                        self.progress(n)
            _check_stamp(fd, piece, "after it was read")
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        os.close(fd)
        digest: bytes = h.digest()
        return digest


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def hash_pieces(pieces: Sequence[Piece], *, hash_type: str = "sha256", workers: int | None = None,
                chunk_size: int = DEFAULT_CHUNK, progress: ProgressFn | None = None) -> list[bytes]:
    """The digest of every piece, in order. Memory: `workers x chunk_size` bytes of buffers."""
    if chunk_size < 4096:
        raise ManifestError(f"chunk size must be at least 4096 bytes, got {chunk_size}")
    hasher = _Hasher(hash_type, chunk_size, progress)
    n_workers = max(1, min(workers or default_workers(), len(pieces) or 1))
    if n_workers == 1:
        return [hasher(p) for p in pieces]
    largest_first = sorted(range(len(pieces)), key=lambda i: -(pieces[i].end - pieces[i].start))
    with ThreadPoolExecutor(n_workers, thread_name_prefix="modelward-hash") as pool:
        futures = {i: pool.submit(hasher, pieces[i]) for i in largest_first}  # longest first: balanced load
        done, _ = wait(futures.values(), return_when=FIRST_EXCEPTION)
        failed = next((f for f in futures.values() if f in done and f.exception() is not None), None)
        if failed is not None:
            for f in futures.values():
                f.cancel()
            raise failed.exception()  # type: ignore[misc]
    return [futures[i].result() for i in range(len(pieces))]
