"""Key-encryption-key (KEK) providers: they wrap and unwrap a package's data key and never see the model.

Built in: a local key file (`file:PATH`, 32 random bytes in base64, mode 0600) and an environment
variable (`env:NAME`, the same encoding). HashiCorp Vault Transit (`vault:https://HOST/v1/transit/keys/NAME`,
token from VAULT_TOKEN) wraps the key on the Vault server, which never releases the KEK. Cloud KMS
providers plug in the same way: any object with `name`, `key_id`, `wrap(dek, context)` and
`unwrap(wrapped, context)`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from modelward.core.errors import require
from modelward.core.output import atomic_write
from modelward.integrity.errors import KeyringError, SealError

KEK_BYTES = 32
_WRAP_INFO = b"modelward-seal-v1 wrap"


class KeyProvider(Protocol):
    """Wraps and unwraps data keys; `context` binds a wrapped key to its package (it must be the same
    to unwrap). `key_id` names the KEK without revealing it."""

    @property
    def name(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def wrap(self, dek: bytes, context: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes: ...


def _aesgcm(key: bytes) -> Any:
    require("cryptography", "integrity", "Sealing models")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _kek_id(kek: bytes) -> str:
    return hashlib.sha256(b"modelward-kek-id" + kek).hexdigest()[:16]


def _decode_kek(text: str, where: str) -> bytes:
    try:
        kek = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyringError(f"{where}: expected a base64 key of {KEK_BYTES} bytes") from None
    if len(kek) != KEK_BYTES:
        raise KeyringError(f"{where}: holds {len(kek)} bytes, expected a {KEK_BYTES}-byte (AES-256) key")
    return kek


@dataclass(frozen=True, repr=False)
class _SymmetricKEK:
    """AES-256-GCM key wrapping under a local KEK; the context is the associated data."""

    kek: bytes
    source: str

    @property
    def key_id(self) -> str:
        return _kek_id(self.kek)

    def wrap(self, dek: bytes, context: bytes) -> bytes:
        nonce = os.urandom(12)
        sealed: bytes = _aesgcm(self.kek).encrypt(nonce, dek, _WRAP_INFO + context)
        return nonce + sealed

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            dek: bytes = _aesgcm(self.kek).decrypt(wrapped[:12], wrapped[12:], _WRAP_INFO + context)
        except (InvalidTag, ValueError):
            raise SealError(f"the data key does not unwrap with {self.source} (key {self.key_id}): another key "
                            "sealed this package, or its key record was tampered with") from None
        return dek

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.source}, key {self.key_id})"


class LocalKeyFile(_SymmetricKEK):
    """A KEK in a local file (base64 of 32 random bytes)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        p = Path(path)
        try:
            text = p.read_text(encoding="ascii")
        except OSError as exc:
            raise KeyringError(f"{p}: cannot read the key file ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise KeyringError(f"{p}: expected a base64 key of {KEK_BYTES} bytes") from None
        super().__init__(_decode_kek(text, str(p)), f"key file {p}")

    @property
    def name(self) -> str:
        return "file"


class EnvKey(_SymmetricKEK):
    """A KEK in an environment variable (base64 of 32 random bytes)."""

    def __init__(self, variable: str) -> None:
        value = os.environ.get(variable)
        if not value:
            raise KeyringError(f"environment variable {variable} is not set (expected a base64 {KEK_BYTES}-byte key)")
        super().__init__(_decode_kek(value, f"${variable}"), f"${variable}")

    @property
    def name(self) -> str:
        return "env"


def generate_key_file(path: str | os.PathLike[str]) -> LocalKeyFile:
    """Write a fresh random KEK (mode 0600); refuses to overwrite an existing key."""
    p = Path(path)
    if p.exists():
        raise KeyringError(f"{p}: exists; a key file is never overwritten (losing it loses every package it sealed)")
    text = base64.b64encode(os.urandom(KEK_BYTES)).decode() + "\n"
    atomic_write(p, lambda tmp: tmp.write_text(text, encoding="ascii"))
    return LocalKeyFile(p)


@dataclass(frozen=True)
class VaultTransit:
    """HashiCorp Vault's Transit engine wraps the data key; the KEK never leaves Vault. `url`: the key's
    address (https://HOST/v1/transit/keys/NAME); `token`: a Vault token (default: $VAULT_TOKEN).
    `transport` lets tests (and proxies) supply an httpx transport."""

    url: str
    token: str = field(default="", repr=False)
    transport: Any = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        return "vault"

    @property
    def key_id(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[-1]

    def _call(self, op: str, body: dict[str, str]) -> dict[str, Any]:
        httpx: Any = require("httpx", "serve", "Vault Transit key wrapping")
        base, _, key = self.url.rstrip("/").rpartition("/keys/")
        if not key:
            raise KeyringError(f"vault key address {self.url!r}: expected https://HOST/v1/transit/keys/NAME")
        token = self.token or os.environ.get("VAULT_TOKEN", "")
        if not token:
            raise KeyringError("Vault Transit needs a token: set VAULT_TOKEN")
        try:
            with httpx.Client(transport=self.transport, timeout=30) as client:
                reply = client.post(f"{base}/{op}/{key}", json=body, headers={"X-Vault-Token": token})
        except httpx.HTTPError as exc:
            raise SealError(f"Vault Transit {op} at {base}: {exc}") from None
        if reply.status_code != 200:
            raise SealError(f"Vault Transit {op} of key {key}: HTTP {reply.status_code} {reply.text[:200]}")
        data: dict[str, Any] = reply.json().get("data", {})
        return data

    def wrap(self, dek: bytes, context: bytes) -> bytes:
        data = self._call("encrypt", {"plaintext": base64.b64encode(dek).decode(),
                                      "context": base64.b64encode(context).decode()})
        return str(data["ciphertext"]).encode()

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        data = self._call("decrypt", {"ciphertext": wrapped.decode(), "context": base64.b64encode(context).decode()})
        return base64.b64decode(data["plaintext"])


def provider_from_uri(uri: str) -> KeyProvider:
    """`file:PATH`, `env:NAME` or `vault:https://HOST/v1/transit/keys/NAME`; a bare path is a key file."""
    scheme, sep, rest = uri.partition(":")
    if sep and scheme == "env":
        return EnvKey(rest)
    if sep and scheme == "vault":
        return VaultTransit(rest)
    if sep and scheme == "file":
        return LocalKeyFile(rest)
    if sep and len(scheme) > 1 and scheme.isalpha():
        raise KeyringError(f"key provider {uri!r}: unknown scheme {scheme!r}; expected file:PATH, env:NAME or "
                           "vault:URL")
    return LocalKeyFile(uri)
