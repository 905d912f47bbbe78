"""The proxy's refusals: an HTTP status, a stable code and a message, in the gateway's refusal shape (the
gateway's envelope audits and answers them like its own)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ProxyRefusal(Exception):
    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None,
                 audit: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.audit = dict(audit or {})

    def body(self) -> dict[str, Any]:
        """The error in the OpenAI shape clients parse, with the gateway's code and message at the top."""
        return {"error": self.code, "message": self.message,
                "detail": [{"type": self.code, "message": self.message}]}
