"""JWT bearer tokens: HS256, RS256 or ES256, keys from a JWKS file, exp/nbf/aud/iss checked.

The token's `alg` must be one the policy allows and must fit the key's type (an HS256 token is never
checked with an RSA public key as its HMAC secret, the classic algorithm-confusion forgery; `none` is
never accepted). The key is chosen by `kid`; without one, only when exactly one key fits the
algorithm. `exp`, `iss`, `aud` and the client claim are required.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require
from modelward.gateway.keys import CLIENT_ID
from modelward.gateway.policy import JwtPolicy
from modelward.gateway.rbac import Principal

_KEY_TYPE = {"HS256": ("oct", None), "RS256": ("RSA", None), "ES256": ("EC", "P-256")}
MAX_JWKS_BYTES = 1024**2
MAX_TOKEN_BYTES = 8192
MIN_HMAC_BYTES = 32


class TokenError(Exception):
    """A token that does not authenticate anyone; the message says why (for the 401's description)."""


def _jwt() -> Any:
    return require("jwt", "serve", "JWT authentication")


def load_jwks(path: Path, algorithms: tuple[str, ...]) -> list[tuple[str | None, str, Any]]:
    """(kid, alg, key) for every key of the JWKS file and every allowed algorithm its type fits."""
    jwt = _jwt()
    try:
        if path.stat().st_size > MAX_JWKS_BYTES:
            raise ConfigError(f"{path}: a JWKS file is at most {MAX_JWKS_BYTES} bytes")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the JWKS file: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("keys"), list):
        raise ConfigError(f"{path}: a JWKS file is an object with a 'keys' list")
    out = []
    for i, jwk in enumerate(doc["keys"]):
        if not isinstance(jwk, dict):
            raise ConfigError(f"{path}: keys[{i}]: expected an object")
        kid = jwk.get("kid")
        for alg in algorithms:
            kty, crv = _KEY_TYPE[alg]
            if jwk.get("kty") != kty or (crv and jwk.get("crv") != crv) or jwk.get("alg", alg) != alg:
                continue
            try:
                key = jwt.PyJWK(jwk, algorithm=alg).key
            except (jwt.exceptions.PyJWTError, ValueError, TypeError, KeyError) as exc:
                raise ConfigError(f"{path}: keys[{i}] (kid {kid!r}): not a usable {alg} key: {exc}") from None
            if alg == "HS256" and len(key) < MIN_HMAC_BYTES:
                raise ConfigError(f"{path}: keys[{i}] (kid {kid!r}): an HS256 secret needs at least "
                                  f"{MIN_HMAC_BYTES} bytes")
            out.append((kid, alg, key))
    if not out:
        raise ConfigError(f"{path}: no key fits the allowed algorithms {', '.join(algorithms)}")
    return out


class JwtVerifier:
    def __init__(self, policy: JwtPolicy) -> None:
        self.policy = policy
        self.keys = load_jwks(policy.jwks, policy.algorithms)
        self._jwt = _jwt()

    def _key(self, header: Mapping[str, Any]) -> tuple[str, Any]:
        alg = header.get("alg")
        if alg not in self.policy.algorithms:
            raise TokenError(f"algorithm {str(alg)[:20]!r} is not accepted")
        kid = header.get("kid")
        fits = [(k, key) for k, a, key in self.keys if a == alg and (kid is None or k == kid)]
        if kid is None and len(fits) > 1:
            raise TokenError("the token names no key (kid) and several keys could sign it")
        if not fits:
            raise TokenError("no key of the JWKS file can verify this token")
        return str(alg), fits[0][1]

    def verify(self, token: str) -> Principal:
        if len(token) > MAX_TOKEN_BYTES:
            raise TokenError("token too long")
        jwt, p = self._jwt, self.policy
        try:
            alg, key = self._key(jwt.get_unverified_header(token))
            claims = jwt.decode(token, key, algorithms=[alg], audience=p.audience, issuer=p.issuer,
                                leeway=p.leeway_s, options={"require": ["exp", "iss", "aud", p.client_claim]})
        except jwt.ExpiredSignatureError:
            raise TokenError("the token has expired") from None
        except jwt.ImmatureSignatureError:
            raise TokenError("the token is not valid yet (nbf)") from None
        except jwt.InvalidAudienceError:
            raise TokenError("the token is for another audience") from None
        except jwt.InvalidIssuerError:
            raise TokenError("the token is from another issuer") from None
        except jwt.InvalidSignatureError:
            raise TokenError("the token's signature does not verify") from None
        except jwt.PyJWTError as exc:
            raise TokenError(f"invalid token: {str(exc)[:120]}") from None
        client = claims.get(p.client_claim)
        if not isinstance(client, str) or not CLIENT_ID.match(client):
            raise TokenError(f"claim {p.client_claim!r} must be a client id (1-128 letters, digits, . _ @ : -)")
        role = claims.get(p.role_claim)
        return Principal(client, role if isinstance(role, str) else "", "jwt", str(claims.get("jti", ""))[:64])
