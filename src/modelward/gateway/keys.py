"""API keys, stored only as salted hashes.

A key reads `mwk_<key id>_<secret>`: the id finds the stored row, the 256-bit secret is checked against
HMAC-SHA256(salt, secret) in constant time. A slow password hash (scrypt, argon2) buys nothing for a
random 256-bit secret, which no one can guess, and would cost milliseconds on every request; the salt
keeps equal secrets from having equal digests. The plain key is shown once, at creation.

Verified keys are cached for `cache_s` seconds (a revocation by another replica takes at most that
long to apply; one made through this store applies at once); unknown key ids are cached too, in a
bounded table, so a flood of made-up keys does not become a flood of database reads.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from modelward.core.errors import ConfigError
from modelward.gateway.db import Database
from modelward.gateway.policy import ROLES
from modelward.gateway.rbac import Principal

PREFIX = "mwk_"
_KEY = re.compile(r"^mwk_([0-9a-f]{16})_([A-Za-z0-9_\-]{43})$")
CLIENT_ID = re.compile(r"^[A-Za-z0-9._@:\-]{1,128}$")


@dataclass(frozen=True)
class ApiKeyInfo:
    """A stored key, without its secret."""

    key_id: str
    client_id: str
    role: str
    created: float
    revoked: float | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "client_id": self.client_id, "role": self.role, "created": self.created,
                "revoked": self.revoked, "note": self.note}


def _digest(salt: bytes, secret: str) -> str:
    return hmac.new(salt, secret.encode(), hashlib.sha256).hexdigest()


def check_client(client_id: str, role: str) -> None:
    if not isinstance(client_id, str) or not CLIENT_ID.match(client_id):
        raise ConfigError(f"client id {str(client_id)[:60]!r}: expected 1-128 letters, digits or . _ @ : -")
    if role not in ROLES:
        raise ConfigError(f"role {role!r}: expected one of {', '.join(ROLES)}")


class ApiKeyStore:
    def __init__(self, db: Database, cache_s: float = 2.0, max_cached: int = 10_000) -> None:
        self.db = db
        self.table = db.tables["api_keys"]
        self.cache_s = cache_s
        self.max_cached = max_cached
        self._cache: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._verified: dict[str, tuple[float, Principal]] = {}

    def create(self, client_id: str, role: str, note: str = "") -> tuple[ApiKeyInfo, str]:
        """A new key for `client_id` in `role`: its record and the plain key (shown only now)."""
        check_client(client_id, role)
        key_id, secret, salt = secrets.token_hex(8), secrets.token_urlsafe(32), secrets.token_bytes(16)
        info = ApiKeyInfo(key_id, client_id, role, time.time(), None, note[:200])
        with self.db.engine.begin() as conn:
            conn.execute(self.table.insert().values(key_id=key_id, client_id=client_id, role=role, salt=salt.hex(),
                                                    digest=_digest(salt, secret), created=info.created,
                                                    revoked=None, note=info.note))
        self._cache.pop(key_id, None)
        return info, f"{PREFIX}{key_id}_{secret}"

    def list(self, include_revoked: bool = True) -> list[ApiKeyInfo]:
        t = self.table
        with self.db.engine.connect() as conn:
            rows = conn.execute(t.select().order_by(t.c.created)).all()
        out = [self._info(r) for r in rows]
        return out if include_revoked else [k for k in out if k.revoked is None]

    def revoke(self, key_id: str) -> ApiKeyInfo:
        t = self.table
        with self.db.engine.begin() as conn:
            row = conn.execute(t.select().where(t.c.key_id == key_id)).first()
            if row is None:
                raise ConfigError(f"no API key {key_id!r} (modelward api-keys list shows them)")
            when = row.revoked or time.time()
            conn.execute(t.update().where(t.c.key_id == key_id).values(revoked=when))
        self._cache.pop(key_id, None)
        self._verified = {t: v for t, v in self._verified.items() if v[1].credential != key_id}
        return ApiKeyInfo(row.key_id, row.client_id, row.role, row.created, when, row.note)

    def verify(self, token: str) -> Principal | None:
        """The caller a key stands for; None for a malformed, unknown, wrong or revoked key. A key that
        verified is remembered as long as its row is (`cache_s`), so a client's next calls skip the
        lookup and the HMAC; revoking it here forgets it at once, elsewhere within `cache_s`."""
        hit = self._verified.get(token)
        if hit is not None and time.monotonic() - hit[0] < self.cache_s:
            return hit[1]
        principal = self._verify(token)
        if principal is not None:
            self._verified[token] = (time.monotonic(), principal)
            while len(self._verified) > self.max_cached:
                self._verified.pop(next(iter(self._verified)))
        return principal

    def _verify(self, token: str) -> Principal | None:
        match = _KEY.match(token)
        if match is None:
            return None
        key_id, secret = match.groups()
        row = self._row(key_id)
        if row is None or row.revoked is not None:
            return None
        if not hmac.compare_digest(_digest(bytes.fromhex(row.salt), secret), row.digest):
            return None
        return Principal(row.client_id, row.role, "api-key", key_id)

    def _row(self, key_id: str) -> Any:
        now = time.monotonic()
        hit = self._cache.get(key_id)
        if hit is not None and now - hit[0] < self.cache_s:
            return hit[1]
        t = self.table
        with self.db.engine.connect() as conn:
            row = conn.execute(t.select().where(t.c.key_id == key_id)).first()
        self._cache[key_id] = (now, row)
        self._cache.move_to_end(key_id)
        while len(self._cache) > self.max_cached:
            self._cache.popitem(last=False)
        return row

    @staticmethod
    def _info(row: Any) -> ApiKeyInfo:
        return ApiKeyInfo(row.key_id, row.client_id, row.role, row.created, row.revoked, row.note)
