"""A local keyring: a directory of signing keys, private keys encrypted at rest, one active key.

    KEYRING/keyring.json     index: id, algorithm, created, status (active / retired / revoked), name
    KEYRING/<id>.p12         the private key, PKCS#12 encrypted with the passphrase
    KEYRING/<id>.pub.pem     the public key

`rotate` makes a new active key and retires the old one: signatures made with a retired key still
verify (it signed before the rotation), while a revoked key's signatures are refused. Every write goes to
a temporary file that is renamed; the directory and key files are private to their owner (0700 / 0600).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.core.output import atomic_write
from modelward.integrity import keys
from modelward.integrity.errors import KeyringError

SCHEMA = "modelward.keyring"
VERSION = 1
STATUSES = ("active", "retired", "revoked")
ENV_KEYRING = "MODELWARD_KEYRING"


@dataclass(frozen=True)
class KeyInfo:
    """A key of the keyring (never the private key itself)."""

    key_id: str
    algorithm: str
    created: str
    status: str = "active"
    name: str = ""
    replaced_by: str | None = None

    @property
    def short_id(self) -> str:
        return self.key_id[:16]


def default_keyring_dir() -> Path:
    return Path(os.environ.get(ENV_KEYRING) or Path.home() / ".modelward" / "keys")


class Keyring:
    """The keys in one directory; every method reads the index afresh, so two commands never disagree."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_keyring_dir()

    @property
    def index_path(self) -> Path:
        return self.directory / "keyring.json"

    def list(self) -> tuple[KeyInfo, ...]:
        if not self.index_path.exists():
            return ()
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise KeyringError(f"{self.index_path}: unreadable keyring index ({exc})") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise KeyringError(f"{self.index_path}: not a modelward keyring (field 'schema' is not {SCHEMA!r})")
        if data.get("version") != VERSION:
            raise KeyringError(f"{self.index_path}: keyring version {data.get('version')!r}; this modelward reads "
                               f"version {VERSION}")
        try:
            infos = tuple(KeyInfo(**k) for k in data.get("keys", []))
        except TypeError as exc:
            raise KeyringError(f"{self.index_path}: a key entry has unexpected fields ({exc})") from None
        bad = [k.key_id for k in infos if k.status not in STATUSES]
        if bad:
            raise KeyringError(f"{self.index_path}: key {bad[0][:16]} has an unknown status; expected {STATUSES}")
        return infos

    def _write(self, infos: tuple[KeyInfo, ...]) -> None:
        payload = {"schema": SCHEMA, "version": VERSION, "keys": [asdict(k) for k in infos]}
        atomic_write(self.index_path, lambda p: p.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8"))

    def _prepare(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(self.directory, 0o700)

    def find(self, key_id: str) -> KeyInfo:
        """The key whose id is `key_id` or starts with it (at least 8 characters, unambiguous)."""
        infos = self.list()
        exact = [k for k in infos if k.key_id == key_id]
        matches = exact or ([k for k in infos if k.key_id.startswith(key_id.lower())] if len(key_id) >= 8 else [])
        if len(matches) != 1:
            known = ", ".join(k.short_id for k in infos) or "none"
            what = "is ambiguous" if matches else "is not in the keyring"
            raise KeyringError(f"key id {key_id!r} {what} {self.directory} (keys: {known}; give 8+ characters)")
        return matches[0]

    def active(self) -> KeyInfo:
        found = [k for k in self.list() if k.status == "active"]
        if not found:
            raise KeyringError(f"{self.directory}: no active signing key; create one with "
                               "`modelward signing-keys generate`")
        return found[-1]

    def _store(self, private_key: Any, passphrase: bytes, name: str) -> KeyInfo:
        public = keys.PublicKey.of(private_key.public_key())
        encrypted = keys.encrypt_private_key(private_key, passphrase)
        self._prepare()
        atomic_write(self.directory / f"{public.key_id}.p12", lambda p: p.write_bytes(encrypted))
        atomic_write(self.directory / f"{public.key_id}.pub.pem", lambda p: p.write_bytes(public.pem()))
        return KeyInfo(public.key_id, public.algorithm, datetime.now(UTC).isoformat(timespec="seconds"), "active", name)

    def generate(self, passphrase: bytes, algorithm: str = keys.DEFAULT_ALGORITHM, name: str = "") -> KeyInfo:
        """A new active key; refused when one is active already (rotate it instead)."""
        keys.check_passphrase(passphrase)
        infos = self.list()
        current = [k for k in infos if k.status == "active"]
        if current:
            raise KeyringError(f"{self.directory}: key {current[0].short_id} is already active; use "
                               "`modelward signing-keys rotate` to replace it")
        info = self._store(keys.generate(algorithm), passphrase, name)
        self._write((*infos, info))
        return info

    def rotate(self, passphrase: bytes, algorithm: str | None = None, revoke: bool = False,
               name: str = "") -> tuple[KeyInfo, KeyInfo]:
        """A new active key; the old one is retired (its signatures still verify) or revoked (they do not)."""
        keys.check_passphrase(passphrase)
        old = self.active()
        new = self._store(keys.generate(algorithm or old.algorithm), passphrase, name or old.name)
        retired = replace(old, status="revoked" if revoke else "retired", replaced_by=new.key_id)
        self._write((*(retired if k.key_id == old.key_id else k for k in self.list()), new))
        return retired, new

    def revoke(self, key_id: str) -> KeyInfo:
        info = self.find(key_id)
        revoked = replace(info, status="revoked")
        self._write(tuple(revoked if k.key_id == info.key_id else k for k in self.list()))
        return revoked

    def private_key(self, passphrase: bytes | None, key_id: str | None = None) -> Any:
        info = self.find(key_id) if key_id else self.active()
        if info.status != "active":
            raise KeyringError(f"key {info.short_id} is {info.status}; sign with the active key")
        return keys.load_private_key(self.directory / f"{info.key_id}.p12", passphrase)

    def public_keys(self) -> dict[str, tuple[keys.PublicKey, KeyInfo]]:
        """Every key's public half with its entry, by id (retired and revoked included: the verifier decides)."""
        out = {}
        for info in self.list():
            public = keys.load_public_key(self.directory / f"{info.key_id}.pub.pem")
            if public.key_id != info.key_id:
                raise KeyringError(f"{self.directory}/{info.key_id}.pub.pem: holds key {public.key_id[:16]}, not "
                                   f"{info.short_id}: the keyring was tampered with")
            out[info.key_id] = (public, info)
        return out
