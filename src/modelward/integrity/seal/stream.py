"""Chunked authenticated encryption of one file (the STREAM construction, as in age and Tink).

Each file gets its own key, derived from the package's data key with HKDF-SHA256 (salt: the package id,
info: the file's blob number), so nonces never repeat across files. The file is cut in chunks; chunk i
is sealed with AES-256-GCM under nonce (i, last-flag) and associated data naming the package, the blob
and the chunk. Reordered, dropped, duplicated, truncated or extended chunks, and blobs swapped between
files or packages, all fail to open. Memory: two chunks, whatever the file's size.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any, BinaryIO

from modelward.core.errors import require
from modelward.integrity.errors import SealError

TAG = 16
DEFAULT_CHUNK = 1 << 20
_LABEL = b"modelward-seal-v1"


def file_key(dek: bytes, package_id: bytes, blob: int) -> Any:
    """The AES-256-GCM cipher of one blob, keyed by HKDF-SHA256(dek, salt=package_id, info=label+blob)."""
    require("cryptography", "integrity", "Sealing models")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(hashes.SHA256(), 32, package_id, _LABEL + b" file " + struct.pack(">I", blob)).derive(dek)
    return AESGCM(key)


def _nonce(i: int, last: bool) -> bytes:
    return struct.pack(">QB3x", i, last)


def _aad(package_id: bytes, blob: int, i: int, last: bool) -> bytes:
    return _LABEL + package_id + struct.pack(">IQB", blob, i, last)


def chunk_count(size: int, chunk_size: int) -> int:
    """Chunks of a file of `size` bytes (an empty file is one empty, authenticated chunk)."""
    return max(1, -(-size // chunk_size))


def sealed_size(size: int, chunk_size: int) -> int:
    return size + TAG * chunk_count(size, chunk_size)


def _read_full(src: BinaryIO, buf: memoryview) -> int:
    got = 0
    while got < len(buf):
        n = src.readinto(buf[got:])  # type: ignore[attr-defined]
        if not n:
            break
        got += n
    return got


def _write_all(dst: BinaryIO, data: bytes) -> None:
    """Write all of `data` (a raw, unbuffered file may take less per call)."""
    view = memoryview(data)
    while view:
        n = dst.write(view)
        if not n:
            raise SealError("the output file accepted no bytes (disk full?)")
        view = view[n:]


def encrypt_stream(src: BinaryIO, dst: BinaryIO, cipher: Any, package_id: bytes, blob: int, size: int,
                   chunk_size: int = DEFAULT_CHUNK, where: str = "file") -> None:
    """Seal `size` bytes of `src` into `dst`. A source that is shorter or longer than `size` (changed while
    sealing) is a SealError."""
    buf = memoryview(bytearray(chunk_size))
    n = chunk_count(size, chunk_size)
    for i in range(n):
        want = min(chunk_size, size - i * chunk_size)
        got = _read_full(src, buf[:want])
        if got != want:
            raise SealError(f"{where}: ended at byte {i * chunk_size + got}, expected {size}; it changed while "
                            "being sealed")
        piece = buf[:got]
        last = i == n - 1
        _write_all(dst, cipher.encrypt(_nonce(i, last), piece, _aad(package_id, blob, i, last)))
    if src.read(1):
        raise SealError(f"{where}: longer than the {size} bytes it had when sealing began; it changed while "
                        "being sealed")


def decrypt_stream(src: BinaryIO, cipher: Any, package_id: bytes, blob: int, size: int,
                   chunk_size: int = DEFAULT_CHUNK, where: str = "blob") -> Iterator[bytes]:
    """The plaintext chunks of a sealed blob of `size` plaintext bytes; any tampering is a SealError."""
    from cryptography.exceptions import InvalidTag

    n = chunk_count(size, chunk_size)
    buf = memoryview(bytearray(chunk_size + TAG))
    for i in range(n):
        want = min(chunk_size, size - i * chunk_size) + TAG
        got = _read_full(src, buf[:want])
        if got != want:
            raise SealError(f"{where}: truncated at chunk {i} of {n} ({got} of {want} bytes)")
        last = i == n - 1
        try:
            yield cipher.decrypt(_nonce(i, last), buf[:got], _aad(package_id, blob, i, last))
        except InvalidTag:
            raise SealError(f"{where}: chunk {i} of {n} fails authentication: the ciphertext was altered, "
                            "reordered or comes from another package") from None
    if src.read(1):
        raise SealError(f"{where}: holds bytes after its last chunk; it was extended")
