"""Hash chains and signatures shared by the incident timeline and the evidence bundle.

Each entry stores canonical JSON of its record and `sha256(seq, previous hash, record)`; the head is signed
with Ed25519 (the `cryptography` package, `governance` extra). An edited, removed, reordered or inserted
entry breaks the chain at that entry; a rewritten chain no longer matches the signature.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require

GENESIS = "0" * 64


def canonical(record: Any) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link(seq: int, prev: str, record: Any) -> str:
    return hashlib.sha256(f"{seq}\n{prev}\n{canonical(record)}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    head: str
    problem: str = ""


def check_chain(entries: list[dict[str, Any]]) -> ChainCheck:
    """Walk a chain of {seq, prev, hash, record} entries; the first bad entry is named."""
    prev = GENESIS
    for i, entry in enumerate(entries):
        if entry.get("seq") != i:
            return ChainCheck(False, i, prev, f"entry {i}: holds seq {entry.get('seq')!r} (removed or reordered)")
        if entry.get("prev") != prev:
            return ChainCheck(False, i, prev, f"entry {i}: does not follow entry {i - 1} (inserted or reordered)")
        if link(i, prev, entry.get("record")) != entry.get("hash"):
            return ChainCheck(False, i, prev, f"entry {i}: its content does not match its hash (edited)")
        prev = entry["hash"]
    return ChainCheck(True, len(entries), prev)


def load_or_create_key(path: Path) -> Any:
    """The Ed25519 private key at `path` (PEM), created (mode 0600) when absent."""
    serialization: Any = require("cryptography.hazmat.primitives.serialization", "governance",
                                 "Signing incident evidence")
    ed25519: Any = require("cryptography.hazmat.primitives.asymmetric.ed25519", "governance",
                           "Signing incident evidence")
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except ValueError as exc:
            raise ConfigError(f"{path}: not an unencrypted PEM private key ({exc})") from None
        if not isinstance(key, ed25519.Ed25519PrivateKey):
            raise ConfigError(f"{path}: not an Ed25519 key")
        return key
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key


def public_pem(key: Any) -> str:
    serialization: Any = require("cryptography.hazmat.primitives.serialization", "governance", "Incident evidence")
    return str(key.public_key().public_bytes(serialization.Encoding.PEM,
                                             serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def sign(key: Any, message: str) -> str:
    return base64.b64encode(key.sign(message.encode())).decode()


def verify_signature(public_key_pem: str, message: str, signature: str) -> bool:
    serialization: Any = require("cryptography.hazmat.primitives.serialization", "governance", "Incident evidence")
    exceptions: Any = require("cryptography.exceptions", "governance", "Incident evidence")
    try:
        public = serialization.load_pem_public_key(public_key_pem.encode())
        public.verify(base64.b64decode(signature), message.encode())
    except (ValueError, TypeError, exceptions.InvalidSignature):
        return False
    return True
