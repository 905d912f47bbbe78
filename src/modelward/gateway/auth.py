"""Authentication: who is calling, from the request's headers; no credentials, no service (401).

`Authorization: Bearer <API key or JWT>` or `X-API-Key: <API key>`. API keys start with `mwk_`; any
other bearer token is read as a JWT when the policy enables JWT.
"""

from __future__ import annotations

from collections.abc import Mapping

from modelward.gateway.keys import PREFIX, ApiKeyStore
from modelward.gateway.rbac import Principal
from modelward.gateway.tokens import JwtVerifier, TokenError


class Unauthenticated(Exception):
    """No usable credential (401); `reason` is safe to show the caller."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Authenticator:
    def __init__(self, keys: ApiKeyStore | None, jwt: JwtVerifier | None) -> None:
        self.keys = keys
        self.jwt = jwt

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        token = headers.get("x-api-key")
        authorization = headers.get("authorization")
        if authorization is not None:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                raise Unauthenticated("the Authorization header must be 'Bearer <API key or token>'")
            if token is not None:
                raise Unauthenticated("give one credential: Authorization or X-API-Key, not both")
            token = value.strip()
        if not token:
            raise Unauthenticated("credentials required: 'Authorization: Bearer ...' or 'X-API-Key: ...'")
        if token.startswith(PREFIX):
            principal = self.keys.verify(token) if self.keys is not None else None
            if principal is None:
                raise Unauthenticated("unknown, revoked or malformed API key" if self.keys is not None
                                      else "API keys are not accepted by this gateway")
            return principal
        if self.jwt is None:
            raise Unauthenticated("not an API key, and JWT bearer tokens are not accepted by this gateway")
        try:
            return self.jwt.verify(token)
        except TokenError as exc:
            raise Unauthenticated(str(exc)) from None
