"""Sealed packages on disk: seal a model, open it in memory, unseal it, rotate its key.

    PACKAGE/seal.json        format, version, package id, cipher, chunk size, and the encrypted index
                             (file names and sizes, and the source model's signature)
    PACKAGE/payload/N.bin    each file of the model, chunk-sealed (stream.py)
    PACKAGE/keys.json        the data key wrapped by one or more KEK providers (the only file rotation rewrites)
    PACKAGE/model.sig        optional signature over seal.json and the payload (keys.json is left out)

A fresh 256-bit data key per package (envelope encryption). A package is written into a temporary
directory that is renamed into place; nothing is ever overwritten. Opening reads only the ciphertext:
the plaintext exists in memory, handed out chunk by chunk or file by file.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from modelward.core.output import atomic_write
from modelward.integrity.errors import IntegrityError, SealError
from modelward.integrity.jsontext import load_object
from modelward.integrity.seal.providers import KeyProvider
from modelward.integrity.seal.stream import (
    DEFAULT_CHUNK,
    decrypt_stream,
    encrypt_stream,
    file_key,
    sealed_size,
)
from modelward.integrity.walk import GIT_PATHS, FileStamp, list_files

FORMAT, KEYS_FORMAT, VERSION = "modelward.sealed", "modelward.sealed-keys", 1
HEADER, KEYS, PAYLOAD = "seal.json", "keys.json", "payload"
INDEX_BLOB = 0xFFFFFFFF
MAX_HEADER = 64 << 20


@dataclass(frozen=True)
class SealedFile:
    name: str
    blob: int
    size: int


def _context(package_id: bytes) -> bytes:
    return b"modelward.sealed:" + package_id


def _blob_path(package: Path, blob: int) -> Path:
    return package / PAYLOAD / f"{blob:06d}.bin"


def _header_aad(header: Mapping[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in header.items() if k != "index"}, sort_keys=True).encode()


def _seal_file(f: Any, dst: Path, cipher: Any, package_id: bytes, blob: int, chunk_size: int) -> None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    with open(os.open(f.path, flags), "rb", buffering=0) as src, open(dst, "xb", buffering=0) as out:
        if FileStamp.of(os.fstat(src.fileno())) != f.stamp:
            raise SealError(f"{f.path}: changed between listing and sealing; seal it again once nothing writes to it")
        encrypt_stream(src, out, cipher, package_id, blob, f.size, chunk_size, str(f.path))


def seal_model(model: Path, out: Path, provider: KeyProvider, *, more_providers: Sequence[KeyProvider] = (),
               chunk_size: int = DEFAULT_CHUNK, allow_symlinks: bool = False,
               ignore_paths: Sequence[str] = GIT_PATHS, source_signature: Path | None = None) -> Path:
    """Seal `model` (file or directory) into the new package `out`, its data key wrapped by `provider` (and
    `more_providers`). `source_signature`: the model's own signature bundle, kept inside the encrypted
    index so that the plaintext can be verified against it after opening."""
    model, out = Path(model), Path(out)
    if out.exists():
        raise SealError(f"{out}: exists; a sealed package is never overwritten")
    if not 4096 <= chunk_size <= 64 << 20:
        raise SealError(f"chunk size {chunk_size}: expected 4 KiB to 64 MiB")
    files = list_files(model, allow_symlinks=allow_symlinks, ignore_paths=ignore_paths)
    dek, package_id = os.urandom(32), os.urandom(16)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (tmp / PAYLOAD).mkdir()
        entries = []
        for blob, f in enumerate(files):
            cipher = file_key(dek, package_id, blob)
            _seal_file(f, _blob_path(tmp, blob), cipher, package_id, blob, chunk_size)
            entries.append(SealedFile(f.name, blob, f.size))
        index: dict[str, Any] = {"model_name": model.name, "files": [vars(e) for e in entries]}
        if source_signature is not None:
            index["source_signature"] = Path(source_signature).read_text(encoding="utf-8")
        header: dict[str, Any] = {"format": FORMAT, "version": VERSION, "package_id": package_id.hex(),
                                  "cipher": "AES-256-GCM", "kdf": "HKDF-SHA256", "chunk_size": chunk_size}
        sealed_index = file_key(dek, package_id, INDEX_BLOB).encrypt(b"\0" * 12, json.dumps(index).encode(),
                                                                      _header_aad(header))
        header["index"] = base64.b64encode(sealed_index).decode()
        (tmp / HEADER).write_text(json.dumps(header, indent=2) + "\n", encoding="utf-8")
        _write_keys(tmp, package_id, [_record(p, p.wrap(dek, _context(package_id)))
                                      for p in (provider, *more_providers)])
        os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def _record(provider: KeyProvider, wrapped: bytes) -> dict[str, str]:
    return {"provider": provider.name, "key_id": provider.key_id, "wrapped": base64.b64encode(wrapped).decode()}


def _write_keys(package: Path, package_id: bytes, records: Sequence[Mapping[str, Any]]) -> None:
    doc = {"format": KEYS_FORMAT, "version": VERSION, "package_id": package_id.hex(), "keys": list(records)}
    atomic_write(package / KEYS, lambda t: t.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8"))


def _read_json(path: Path, fmt: str) -> Mapping[str, Any]:
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise SealError(f"{path}: missing; {path.parent} is not a sealed package") from None
    except OSError as exc:
        raise SealError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = load_object(text, str(path), f"a {fmt} document", MAX_HEADER)
    except IntegrityError as exc:
        raise SealError(str(exc)) from None
    if data.get("format") != fmt:
        raise SealError(f"{path}: field 'format' is {data.get('format')!r}, expected {fmt!r}")
    if data.get("version") != VERSION:
        raise SealError(f"{path}: sealed-package version {data.get('version')!r}; this modelward reads version "
                        f"{VERSION} (a newer modelward may have written it)")
    return data


def is_sealed(path: Path) -> bool:
    return (Path(path) / HEADER).is_file() and (Path(path) / KEYS).is_file()


def _unwrap(package: Path, provider: KeyProvider, package_id: bytes) -> bytes:
    keys = _read_json(package / KEYS, KEYS_FORMAT)
    if keys.get("package_id") != package_id.hex():
        raise SealError(f"{package / KEYS}: belongs to package {keys.get('package_id')!r}, not {package_id.hex()}")
    entries = [k for k in keys.get("keys", []) if isinstance(k, Mapping)]
    mine = [k for k in entries if k.get("key_id") == provider.key_id]  # the same KEK from a file or a variable
    if not mine:
        held = ", ".join(f"{k.get('provider')}:{k.get('key_id')}" for k in entries) or "none"
        raise SealError(f"{package}: no data key is wrapped for {provider.name}:{provider.key_id} (wrapped for: "
                        f"{held})")
    try:
        wrapped = base64.b64decode(str(mine[0].get("wrapped", "")), validate=True)
    except ValueError:
        raise SealError(f"{package / KEYS}: the wrapped key is not base64") from None
    dek = provider.unwrap(wrapped, _context(package_id))
    if len(dek) != 32:
        raise SealError(f"{package}: the unwrapped data key has {len(dek)} bytes, expected 32")
    return dek


class SealedModel:
    """An opened package: its files' names and sizes, and their plaintext, in memory only."""

    def __init__(self, package: Path, dek: bytes, package_id: bytes, chunk_size: int, index: Mapping[str, Any]):
        self.package = package
        self._dek = bytearray(dek)
        self.package_id = package_id
        self.chunk_size = chunk_size
        self.model_name = str(index.get("model_name", ""))
        self.source_signature: str | None = index.get("source_signature")
        try:
            self.files = {f["name"]: SealedFile(str(f["name"]), int(f["blob"]), int(f["size"]))
                          for f in index["files"]}
        except (KeyError, TypeError, ValueError):
            raise SealError(f"{package}: the sealed index is malformed") from None

    def _file(self, name: str | None) -> SealedFile:
        if name is None:
            if len(self.files) != 1:
                raise SealError(f"{self.package}: holds {len(self.files)} files; name one of "
                                f"{', '.join(sorted(self.files)[:10])}")
            return next(iter(self.files.values()))
        if name not in self.files:
            raise SealError(f"{self.package}: holds no file {name!r} (files: {', '.join(sorted(self.files)[:10])})")
        return self.files[name]

    def stream(self, name: str | None = None) -> Iterator[bytes]:
        """The plaintext of one file, chunk by chunk, each chunk authenticated before it is handed out (the
        last one proves nothing was cut off)."""
        if not self._dek:
            raise SealError(f"{self.package}: the sealed model was closed")
        f = self._file(name)
        path = _blob_path(self.package, f.blob)
        try:
            if path.stat().st_size != sealed_size(f.size, self.chunk_size):
                raise SealError(f"{path}: {path.stat().st_size} bytes, expected {sealed_size(f.size, self.chunk_size)}"
                                " for the sealed file; it was truncated or extended")
            src = open(path, "rb")  # noqa: SIM115 (closed below, after the generator is exhausted)
        except FileNotFoundError:
            raise SealError(f"{path}: missing from the sealed package") from None
        with src:
            cipher = file_key(bytes(self._dek), self.package_id, f.blob)
            yield from decrypt_stream(src, cipher, self.package_id, f.blob, f.size, self.chunk_size, str(path))

    def read(self, name: str | None = None) -> bytes:
        """One file's plaintext, whole, in memory."""
        return b"".join(self.stream(name))

    def verify(self) -> dict[str, int]:
        """Decrypt and authenticate every file as a stream (nothing kept); each file's size."""
        for name in self.files:
            for _ in self.stream(name):
                pass
        return {name: f.size for name, f in self.files.items()}

    def close(self) -> None:
        for i in range(len(self._dek)):  # best effort: Python may hold other copies
            self._dek[i] = 0
        self._dek = bytearray()

    def __enter__(self) -> SealedModel:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _header(package: Path) -> tuple[Mapping[str, Any], bytes, int, bytes]:
    """The checked header: (header, package id, chunk size, sealed index)."""
    header = _read_json(package / HEADER, FORMAT)
    try:
        package_id = bytes.fromhex(str(header["package_id"]))
        chunk_size = int(header["chunk_size"])
        sealed_index = base64.b64decode(str(header["index"]), validate=True)
    except (KeyError, ValueError, TypeError):
        raise SealError(f"{package / HEADER}: package_id, chunk_size and index are required") from None
    if header.get("cipher") != "AES-256-GCM" or header.get("kdf") != "HKDF-SHA256":
        raise SealError(f"{package / HEADER}: cipher {header.get('cipher')!r} / kdf {header.get('kdf')!r}; "
                        "expected AES-256-GCM / HKDF-SHA256")
    if len(package_id) != 16 or not 4096 <= chunk_size <= 64 << 20:
        raise SealError(f"{package / HEADER}: package id or chunk size out of range")
    return header, package_id, chunk_size, sealed_index


def open_sealed(package: Path, provider: KeyProvider, trust: Any = None) -> SealedModel:
    """Open a package in memory. With `trust`, the package's signature (PACKAGE/model.sig) must verify
    first; a package that fails it is not decrypted at all."""
    package = Path(package)
    if trust is not None:
        from modelward.integrity.signing import verify_model

        check = verify_model(package, trust)
        if not check.ok:
            raise SealError(f"{package}: refused to open: {check.reason}")
    header, package_id, chunk_size, sealed_index = _header(package)
    dek = _unwrap(package, provider, package_id)
    from cryptography.exceptions import InvalidTag

    try:
        index = json.loads(file_key(dek, package_id, INDEX_BLOB).decrypt(b"\0" * 12, sealed_index, _header_aad(header)))
    except InvalidTag:
        raise SealError(f"{package / HEADER}: the header or its index was tampered with (authentication failed)") \
            from None
    return SealedModel(package, dek, package_id, chunk_size, index)


def unseal_to(package: Path, provider: KeyProvider, out: Path, trust: Any = None) -> Path:
    """Write the plaintext model to the new directory `out` (or file, for a single-file model named "."),
    through a temporary directory renamed into place."""
    out = Path(out)
    if out.exists():
        raise SealError(f"{out}: exists; unsealing never overwrites")
    with open_sealed(package, provider, trust) as sealed:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent if out.parent.exists() else None))
        try:
            for name in sealed.files:
                target = tmp / "model" if name == "." else tmp / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "xb") as fh:
                    for piece in sealed.stream(name):
                        fh.write(piece)
            os.rename(tmp / "model" if "." in sealed.files else tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def rotate_keys(package: Path, old: KeyProvider, new: KeyProvider, keep_old: bool = False) -> None:
    """Re-wrap the data key for `new` (dropping `old`'s copy unless `keep_old`); the payload is untouched,
    so this takes the same time for any model size."""
    package = Path(package)
    _, package_id, _, _ = _header(package)
    dek = _unwrap(package, old, package_id)
    drop = {(new.name, new.key_id)} | (set() if keep_old else {(old.name, old.key_id)})
    kept = [k for k in _read_json(package / KEYS, KEYS_FORMAT).get("keys", [])
            if isinstance(k, Mapping) and (k.get("provider"), k.get("key_id")) not in drop]
    _write_keys(package, package_id, [*kept, _record(new, new.wrap(dek, _context(package_id)))])
