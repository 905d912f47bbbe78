"""The Ed25519 key that signs audit checkpoints: created on first use (private key readable by the
owner only, public key beside it), read as PEM afterwards."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require
from modelward.core.output import atomic_write


def _serialization() -> Any:
    require("cryptography", "serve", "signing audit checkpoints")
    from cryptography.hazmat.primitives import serialization

    return serialization


def public_path(private: Path) -> Path:
    """`audit-ed25519.pem` -> `audit-ed25519.pub.pem`."""
    return private.with_name(private.stem + ".pub" + (private.suffix or ".pem"))


def key_id(public_key: Any) -> str:
    s = _serialization()
    raw = public_key.public_bytes(s.Encoding.Raw, s.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_or_create(path: Path) -> Any:
    """The private key at `path`; a new one (and its public key) when the file does not exist."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    s = _serialization()
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption())

        def write_private(tmp: Path) -> None:
            os.chmod(tmp, 0o600)
            tmp.write_bytes(pem)

        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, write_private)
        atomic_write(public_path(path), lambda tmp: tmp.write_bytes(
            key.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo)))
        return key
    try:
        key = s.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigError(f"{path}: cannot read the audit signing key (an unencrypted Ed25519 PEM): {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"{path}: the audit signing key must be Ed25519, got {type(key).__name__}")
    return key


def load_public(path: Path) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    s = _serialization()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the public key: {exc.strerror or exc}") from None
    try:
        key = s.load_pem_public_key(data)
    except ValueError:
        try:
            private = s.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{path}: not a PEM Ed25519 key: {exc}") from None
        key = private.public_key() if isinstance(private, Ed25519PrivateKey) else private
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigError(f"{path}: expected an Ed25519 public key, got {type(key).__name__}")
    return key
