"""Sigstore bundles (the signature file of OpenSSF model signing): read, check and write.

A bundle holds the DSSE envelope and the material to verify it: a public-key hint (the key id), an X.509
certificate chain (leaf first), or a single Fulcio certificate with transparency-log entries (keyless
Sigstore). Versions 0.1 to 0.3 of the bundle format are read; a newer version is refused by name rather
than half understood. Writes go to a temporary file that is renamed.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelward.core.output import atomic_write
from modelward.integrity.dsse import Envelope, b64decode
from modelward.integrity.errors import BundleError
from modelward.integrity.jsontext import load_object

MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"
READABLE = {
    MEDIA_TYPE: (0, 3),
    "application/vnd.dev.sigstore.bundle+json;version=0.3": (0, 3),
    "application/vnd.dev.sigstore.bundle+json;version=0.2": (0, 2),
    "application/vnd.dev.sigstore.bundle+json;version=0.1": (0, 1),
}
MAX_BUNDLE_BYTES = 96 << 20
_VERSION = re.compile(r"application/vnd\.dev\.sigstore\.bundle(?:\.v(\d+)\.(\d+)\+json|\+json;version=(\d+)\.(\d+))$")


@dataclass(frozen=True)
class Bundle:
    """A parsed bundle. `certificates`: DER, leaf first; `tlog_entries` and `timestamps` are kept as read."""

    envelope: Envelope
    media_type: str = MEDIA_TYPE
    key_hint: str | None = None
    certificates: tuple[bytes, ...] = ()
    tlog_entries: tuple[Mapping[str, Any], ...] = ()
    timestamps: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_keyless(self) -> bool:
        """A single Fulcio-style certificate with log entries: Sigstore keyless signing."""
        return bool(self.certificates) and bool(self.tlog_entries)

    def to_dict(self) -> dict[str, Any]:
        material: dict[str, Any] = {}
        if self.certificates and len(self.certificates) == 1 and self.tlog_entries:
            material["certificate"] = {"rawBytes": base64.b64encode(self.certificates[0]).decode()}
        elif self.certificates:
            material["x509CertificateChain"] = {
                "certificates": [{"rawBytes": base64.b64encode(c).decode()} for c in self.certificates]}
        else:
            material["publicKey"] = {"hint": self.key_hint or ""}
        material["tlogEntries"] = [dict(e) for e in self.tlog_entries]
        if self.timestamps:
            material["timestampVerificationData"] = dict(self.timestamps)
        return {"mediaType": self.media_type, "verificationMaterial": material, "dsseEnvelope": self.envelope.to_dict()}


def _version_error(media_type: Any, where: str) -> BundleError:
    match = _VERSION.match(media_type) if isinstance(media_type, str) else None
    if match:
        major, minor = (int(g) for g in (match.group(1) or match.group(3), match.group(2) or match.group(4)))
        return BundleError(f"{where}: bundle format version {major}.{minor} is newer than this modelward reads "
                           "(0.1 to 0.3); upgrade modelward to verify it")
    return BundleError(f"{where}: mediaType {media_type!r} is not a Sigstore bundle (expected {MEDIA_TYPE})")


def _certificates(material: Mapping[str, Any], where: str) -> tuple[bytes, ...]:
    if "certificate" in material:
        cert = material["certificate"]
        if not isinstance(cert, Mapping):
            raise BundleError(f"{where}.certificate: expected an object with rawBytes")
        return (b64decode(cert.get("rawBytes"), f"{where}.certificate.rawBytes"),)
    chain = material.get("x509CertificateChain")
    if chain is None:
        return ()
    certs = chain.get("certificates") if isinstance(chain, Mapping) else None
    if not isinstance(certs, list) or not certs:
        raise BundleError(f"{where}.x509CertificateChain.certificates: expected at least one certificate")
    return tuple(b64decode(c.get("rawBytes") if isinstance(c, Mapping) else None,
                           f"{where}.x509CertificateChain.certificates[{i}].rawBytes") for i, c in enumerate(certs))


def parse_bundle(text: bytes | str, where: str = "bundle") -> Bundle:
    """A bundle from its JSON text; BundleError says which field is wrong and what was expected."""
    data = load_object(text, where, "a Sigstore bundle", MAX_BUNDLE_BYTES)
    media_type = data.get("mediaType")
    if media_type not in READABLE:
        raise _version_error(media_type, where)
    if "dsseEnvelope" not in data:
        what = "a message signature" if "messageSignature" in data else "no DSSE envelope"
        raise BundleError(f"{where}: holds {what}; a model signature is a DSSE envelope around an in-toto statement")
    material = data.get("verificationMaterial")
    if not isinstance(material, Mapping):
        raise BundleError(f"{where}.verificationMaterial: expected an object")
    hint = material.get("publicKey", {}).get("hint") if isinstance(material.get("publicKey"), Mapping) else None
    entries = material.get("tlogEntries", [])
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise BundleError(f"{where}.verificationMaterial.tlogEntries: expected a list of objects")
    stamps = material.get("timestampVerificationData", {})
    return Bundle(Envelope.from_dict(data["dsseEnvelope"], f"{where}.dsseEnvelope"), media_type,
                  hint if isinstance(hint, str) and hint else None,
                  _certificates(material, f"{where}.verificationMaterial"), tuple(entries),
                  stamps if isinstance(stamps, Mapping) else {})


def read_bundle(path: Path) -> Bundle:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path}: {size} bytes, over the {MAX_BUNDLE_BYTES} bytes a bundle may have")
        text = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"{path}: no such signature file (sign the model first, or pass --signature)") from None
    except OSError as exc:
        raise BundleError(f"{path}: cannot read the signature ({exc.strerror})") from None
    return parse_bundle(text, str(path))


def write_bundle(bundle: Bundle, path: Path) -> Path:
    text = json.dumps(bundle.to_dict(), separators=(",", ":"))
    return atomic_write(Path(path), lambda p: p.write_text(text, encoding="utf-8"))
