"""DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1.0): the envelope a model signature
wraps its in-toto statement in, and the pre-authentication encoding (PAE) that is what gets signed."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from modelward.integrity.errors import BundleError

IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json"


def pae(payload_type: str, payload: bytes) -> bytes:
    """"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimals."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(kind), kind, len(payload), payload)


def b64decode(text: Any, where: str) -> bytes:
    """Standard or URL-safe base64 (DSSE accepts both), with a clear error."""
    if not isinstance(text, str):
        raise BundleError(f"{where}: expected a base64 string")
    try:
        return base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise BundleError(f"{where}: not valid base64") from None


@dataclass(frozen=True)
class Signature:
    sig: bytes
    keyid: str = ""


@dataclass(frozen=True)
class Envelope:
    payload_type: str
    payload: bytes
    signatures: tuple[Signature, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"payload": base64.b64encode(self.payload).decode(), "payloadType": self.payload_type,
                "signatures": [{"sig": base64.b64encode(s.sig).decode(), "keyid": s.keyid} for s in self.signatures]}

    @classmethod
    def from_dict(cls, data: Any, where: str = "dsseEnvelope") -> Envelope:
        if not isinstance(data, Mapping):
            raise BundleError(f"{where}: expected an object with payload, payloadType and signatures")
        kind = data.get("payloadType")
        if not isinstance(kind, str):
            raise BundleError(f"{where}.payloadType: expected a string")
        sigs = data.get("signatures")
        if not isinstance(sigs, list) or not sigs:
            raise BundleError(f"{where}.signatures: expected at least one signature")
        signatures = []
        for i, s in enumerate(sigs):
            if not isinstance(s, Mapping):
                raise BundleError(f"{where}.signatures[{i}]: expected an object with sig and keyid")
            keyid = s.get("keyid", "")
            signatures.append(Signature(b64decode(s.get("sig"), f"{where}.signatures[{i}].sig"),
                                        keyid if isinstance(keyid, str) else ""))
        return cls(kind, b64decode(data.get("payload"), f"{where}.payload"), tuple(signatures))
