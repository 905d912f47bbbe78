"""Offline verification of keyless Sigstore bundles against a supplied trust root.

A keyless signature is made with a short-lived Fulcio certificate for an OIDC identity and recorded in the
Rekor transparency log. Verifying it needs no network, only the trust root (`trusted_root.json`: Fulcio CA
chains, Rekor and CT log keys) and the identity expected to have signed. Checked, in the order of
sigstore-python's verifier: the log entry's Merkle inclusion proof and its signed checkpoint, the signed
entry timestamp, the certificate chain at the log's integration time, the certificate's embedded SCT, key
usage, identity and issuer, the DSSE signature, and that the log entry records this envelope. Anything not
understood (Rekor v2 entries, RFC 3161 timestamps without a log time) is refused, never taken as verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.integrity.errors import KeyringError, Rejected
from modelward.integrity.keys import _crypto

TRUST_ROOT_MEDIA_TYPE = "application/vnd.dev.sigstore.trustedroot+json;version=0.1"
MAX_TRUST_ROOT_BYTES = 4 << 20
OIDC_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1"  # raw UTF-8 value
OIDC_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8"  # DER UTF8String


@dataclass(frozen=True)
class LogKey:
    """A transparency-log (Rekor) or CT-log public key, named by the SHA-256 of its DER encoding."""

    key_id: bytes
    key: Any
    start: datetime | None = None
    end: datetime | None = None

    def valid_at(self, when: datetime) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class TrustRoot:
    """The parts of a Sigstore trusted root that offline verification uses."""

    ca_certificates: tuple[Any, ...]
    tlogs: Mapping[bytes, LogKey]
    ctlogs: Mapping[bytes, LogKey]
    source: str = ""

    @classmethod
    def load(cls, path: Path) -> TrustRoot:
        path = Path(path)
        try:
            if path.stat().st_size > MAX_TRUST_ROOT_BYTES:
                raise KeyringError(f"{path}: over the {MAX_TRUST_ROOT_BYTES} bytes a trust root may have")
            return parse_trust_root(path.read_bytes(), str(path))
        except FileNotFoundError:
            raise KeyringError(f"{path}: no such trust root file") from None
        except OSError as exc:
            raise KeyringError(f"{path}: cannot read the trust root ({exc.strerror})") from None


@dataclass(frozen=True)
class KeylessTrust:
    """A trust root and the one identity (certificate SAN) and OIDC issuer a signature must come from."""

    root: TrustRoot
    identity: str
    issuer: str


def _b64(value: Any, where: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise KeyringError(f"{where}: expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyringError(f"{where}: not valid base64") from None


def _time(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise KeyringError(f"{where}: {value!r} is not an RFC 3339 time") from None


def _log_keys(entries: Any, where: str) -> dict[bytes, LogKey]:
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    if not isinstance(entries, list):
        raise KeyringError(f"{where}: expected a list")
    out: dict[bytes, LogKey] = {}
    for i, entry in enumerate(entries):
        at = f"{where}[{i}]"
        pk = entry.get("publicKey") if isinstance(entry, Mapping) else None
        if not isinstance(pk, Mapping):
            raise KeyringError(f"{at}.publicKey: expected an object")
        raw = _b64(pk.get("rawBytes"), f"{at}.publicKey.rawBytes")
        try:
            key = load_der_public_key(raw)
        except ValueError:
            raise KeyringError(f"{at}.publicKey.rawBytes: not a DER public key") from None
        key_id = hashlib.sha256(raw).digest()
        declared = entry.get("logId", {}).get("keyId") if isinstance(entry.get("logId"), Mapping) else None
        if declared is not None and _b64(declared, f"{at}.logId.keyId") != key_id:
            raise KeyringError(f"{at}.logId.keyId: does not match the SHA-256 of the public key")
        raw_valid = pk.get("validFor")
        valid: Mapping[str, Any] = raw_valid if isinstance(raw_valid, Mapping) else {}
        out[key_id] = LogKey(key_id, key, _time(valid.get("start"), f"{at}.validFor.start"),
                             _time(valid.get("end"), f"{at}.validFor.end"))
    return out


def parse_trust_root(text: bytes, where: str = "trust root") -> TrustRoot:
    """A trust root from the JSON of a Sigstore `trusted_root.json`; KeyringError names what is wrong."""
    _crypto()
    from cryptography import x509

    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise KeyringError(f"{where}: not JSON ({exc})") from None
    if not isinstance(data, Mapping):
        raise KeyringError(f"{where}: expected a JSON object")
    if data.get("mediaType") != TRUST_ROOT_MEDIA_TYPE:
        raise KeyringError(f"{where}: mediaType {data.get('mediaType')!r}, expected {TRUST_ROOT_MEDIA_TYPE!r}")
    certs: list[Any] = []
    for i, ca in enumerate(data.get("certificateAuthorities") or []):
        chain = ca.get("certChain", {}).get("certificates") if isinstance(ca, Mapping) else None
        if not isinstance(chain, list) or not chain:
            raise KeyringError(f"{where}.certificateAuthorities[{i}].certChain.certificates: expected a list")
        for j, c in enumerate(chain):
            raw = _b64(c.get("rawBytes") if isinstance(c, Mapping) else None,
                       f"{where}.certificateAuthorities[{i}].certChain.certificates[{j}].rawBytes")
            try:
                certs.append(x509.load_der_x509_certificate(raw))
            except ValueError:
                raise KeyringError(f"{where}.certificateAuthorities[{i}].certChain.certificates[{j}]: "
                                   "not a DER certificate") from None
    tlogs = _log_keys(data.get("tlogs") or [], f"{where}.tlogs")
    if not certs or not tlogs:
        raise KeyringError(f"{where}: needs at least one certificate authority and one transparency log")
    return TrustRoot(tuple(certs), tlogs, _log_keys(data.get("ctlogs") or [], f"{where}.ctlogs"), where)


# ---------------------------------------------------------------- transparency log

def _hash_leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _hash_children(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root_from_proof(leaf: bytes, index: int, size: int, hashes: Sequence[bytes]) -> bytes:
    """The RFC 6962 root that an inclusion proof of `leaf` at `index` in a tree of `size` leads to."""
    if not 0 <= index < size:
        raise Rejected(f"inclusion proof: leaf index {index} outside a tree of {size}")
    inner = (index ^ (size - 1)).bit_length()
    border = bin(index >> inner).count("1")
    if len(hashes) != inner + border:
        raise Rejected(f"inclusion proof has {len(hashes)} hashes, a tree of {size} needs {inner + border} "
                       f"for leaf {index}")
    node = _hash_leaf(leaf)
    for i, h in enumerate(hashes[:inner]):
        node = _hash_children(node, h) if (index >> i) & 1 == 0 else _hash_children(h, node)
    for h in hashes[inner:]:
        node = _hash_children(h, node)
    return node


def _verify_with(key: Any, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            algo = hashes.SHA384() if key.curve.key_size == 384 else hashes.SHA256()
            key.verify(signature, data, ec.ECDSA(algo))
        elif isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, data)
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _int(value: Any, where: str) -> int:
    try:
        out = int(value)
    except (TypeError, ValueError):
        raise Rejected(f"{where}: expected an integer, got {value!r}") from None
    if out < 0:
        raise Rejected(f"{where}: negative")
    return out


def _entry_bytes(value: Any, where: str) -> bytes:
    try:
        return _b64(value, where)
    except KeyringError as exc:
        raise Rejected(str(exc)) from None


def _verify_checkpoint(text: Any, log: LogKey, root_hash: bytes) -> None:
    if not isinstance(text, str) or text.count("\n\n") != 1:
        raise Rejected("inclusion proof checkpoint: not a signed note (one blank line between text and signatures)")
    note, signatures = text.split("\n\n")
    note += "\n"
    lines = note.strip("\n").split("\n")
    if len(lines) < 3:
        raise Rejected("inclusion proof checkpoint: fewer than three lines (origin, size, root hash)")
    try:
        checkpoint_root = base64.b64decode(lines[2], validate=True)
    except (binascii.Error, ValueError):
        raise Rejected("inclusion proof checkpoint: the root hash is not base64") from None
    verified = False
    for line in signatures.split("\n"):
        if not line.startswith("\u2014 "):
            continue
        parts = line.split(" ")
        if len(parts) != 3:
            continue
        try:
            raw = base64.b64decode(parts[2], validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(raw) > 4 and raw[:4] == log.key_id[:4] and _verify_with(log.key, raw[4:], note.encode()):
            verified = True
    if not verified:
        raise Rejected("inclusion proof checkpoint: no valid signature by the transparency log's key")
    if checkpoint_root != root_hash:
        raise Rejected("inclusion proof checkpoint: its root hash differs from the proof's")


def verify_log_entry(entry: Mapping[str, Any], root: TrustRoot) -> tuple[datetime, bytes]:
    """Check one Rekor v1 entry (inclusion proof, checkpoint, signed entry timestamp); return the verified
    integration time and the entry body."""
    raw_kind = entry.get("kindVersion")
    kind: Mapping[str, Any] = raw_kind if isinstance(raw_kind, Mapping) else {}
    if (kind.get("kind"), kind.get("version")) != ("dsse", "0.0.1"):
        raise Rejected(f"transparency-log entry of kind {kind.get('kind')!r} version {kind.get('version')!r}: "
                       "modelward verifies dsse 0.0.1 entries offline; this one is not verified")
    log_id = entry.get("logId", {}).get("keyId") if isinstance(entry.get("logId"), Mapping) else None
    key_id = _entry_bytes(log_id, "tlog entry logId.keyId")
    log = root.tlogs.get(key_id)
    if log is None:
        raise Rejected(f"the transparency log {key_id.hex()[:16]} is not in the trust root ({root.source})")
    body = _entry_bytes(entry.get("canonicalizedBody"), "tlog entry canonicalizedBody")
    index = _int(entry.get("logIndex"), "tlog entry logIndex")
    proof = entry.get("inclusionProof")
    if not isinstance(proof, Mapping):
        raise Rejected("the transparency-log entry has no inclusion proof: it cannot be verified offline")
    root_hash = _entry_bytes(proof.get("rootHash"), "inclusionProof.rootHash")
    hashes = proof.get("hashes")
    if not isinstance(hashes, list):
        raise Rejected("inclusionProof.hashes: expected a list")
    computed = merkle_root_from_proof(body, _int(proof.get("logIndex"), "inclusionProof.logIndex"),
                                      _int(proof.get("treeSize"), "inclusionProof.treeSize"),
                                      [_entry_bytes(h, "inclusionProof.hashes[]") for h in hashes])
    if computed != root_hash:
        raise Rejected("inclusion proof: the entry does not hash to the proof's root (altered entry or proof)")
    checkpoint = proof.get("checkpoint")
    _verify_checkpoint(checkpoint.get("envelope") if isinstance(checkpoint, Mapping) else None, log, root_hash)
    promise = entry.get("inclusionPromise")
    integrated = entry.get("integratedTime")
    if not isinstance(promise, Mapping) or integrated is None:
        raise Rejected("the transparency-log entry has no signed entry timestamp: no verified signing time "
                       "(RFC 3161 timestamps are not verified by modelward)")
    seconds = _int(integrated, "tlog entry integratedTime")
    canonical = json.dumps({"body": base64.b64encode(body).decode(), "integratedTime": seconds,
                            "logID": key_id.hex(), "logIndex": index}, sort_keys=True, separators=(",", ":"))
    if not _verify_with(log.key, _entry_bytes(promise.get("signedEntryTimestamp"), "signedEntryTimestamp"),
                        canonical.encode()):
        raise Rejected("the signed entry timestamp does not verify with the transparency log's key")
    when = datetime.fromtimestamp(seconds, UTC)
    if not log.valid_at(when):
        raise Rejected(f"the transparency log's key was not valid at {when:%Y-%m-%d %H:%M} UTC")
    return when, body


# ---------------------------------------------------------------- certificate

def _verify_sct(leaf: Any, issuer: Any, ctlogs: Mapping[bytes, LogKey]) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    try:
        scts = leaf.extensions.get_extension_for_class(x509.PrecertificateSignedCertificateTimestamps).value
    except x509.ExtensionNotFound:
        raise Rejected("the signing certificate carries no certificate-transparency timestamp (SCT)") from None
    if len(scts) != 1:
        raise Rejected(f"the signing certificate carries {len(scts)} SCTs, expected one")
    sct = scts[0]
    log = ctlogs.get(sct.log_id)
    if log is None:
        raise Rejected(f"the certificate's SCT is from CT log {sct.log_id.hex()[:16]}, not in the trust root")
    if not isinstance(sct.signature_hash_algorithm, hashes.SHA256):
        raise Rejected("the certificate's SCT is not signed with SHA-256")
    issuer_key_id = hashlib.sha256(issuer.public_key().public_bytes(Encoding.DER,
                                                                    PublicFormat.SubjectPublicKeyInfo)).digest()
    tbs = leaf.tbs_precertificate_bytes
    millis = int(sct.timestamp.replace(tzinfo=UTC).timestamp() * 1000)
    signed = (struct.pack("!BBQH", sct.version.value, 0, millis, sct.entry_type.value) + issuer_key_id
              + len(tbs).to_bytes(3, "big") + tbs + struct.pack("!H", len(sct.extension_bytes)) + sct.extension_bytes)
    if not _verify_with(log.key, sct.signature, signed):
        raise Rejected("the certificate's SCT does not verify with the CT log's key")


def _issuer_of(leaf: Any) -> str:
    from cryptography import x509
    from cryptography.x509.oid import ObjectIdentifier

    for oid, der_wrapped in ((OIDC_ISSUER_V2, True), (OIDC_ISSUER_V1, False)):
        try:
            value = leaf.extensions.get_extension_for_oid(ObjectIdentifier(oid)).value.value
        except x509.ExtensionNotFound:
            continue
        if der_wrapped:  # UTF8String: tag 0x0c, short or long length
            if len(value) < 2 or value[0] != 0x0C:
                continue
            start = 2 if value[1] < 0x80 else 2 + (value[1] & 0x7F)
            value = value[start:]
        return bytes(value).decode("utf-8", "replace")
    return ""


def _identities_of(leaf: Any) -> list[str]:
    from cryptography import x509

    try:
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    out = [str(v) for v in san.get_values_for_type(x509.RFC822Name)]
    out += [str(v) for v in san.get_values_for_type(x509.UniformResourceIdentifier)]
    out += [o.value.decode("utf-8", "replace") for o in san.get_values_for_type(x509.OtherName)
            if isinstance(o.value, bytes)]
    return out


def verify_certificate(leaf_der: bytes, trust: KeylessTrust, when: datetime) -> Any:
    """The Fulcio signing certificate once it chains to the trust root at `when`, carries a valid SCT, may
    sign code and names the expected identity and issuer."""
    from cryptography import x509
    from cryptography.x509 import verification as v
    from cryptography.x509.oid import ExtendedKeyUsageOID

    try:
        leaf = x509.load_der_x509_certificate(leaf_der)
    except ValueError:
        raise Rejected("the bundle's signing certificate is not valid DER") from None
    eku_ok = (v.Criticality.NON_CRITICAL, None)
    builder = (v.PolicyBuilder().store(v.Store(list(trust.root.ca_certificates))).time(when)
               .extension_policies(ca_policy=v.ExtensionPolicy.webpki_defaults_ca().may_be_present(
                   x509.ExtendedKeyUsage, *eku_ok),
                   ee_policy=v.ExtensionPolicy.webpki_defaults_ee().may_be_present(x509.ExtendedKeyUsage, *eku_ok)))
    try:
        chain = builder.build_client_verifier().verify(leaf, []).chain
    except (v.VerificationError, x509.UnsupportedGeneralNameType) as exc:
        raise Rejected(f"the signing certificate does not chain to the trust root at the signing time "
                       f"{when:%Y-%m-%d %H:%M:%S} UTC: {exc}") from None
    _verify_sct(leaf, chain[1], trust.root.ctlogs)
    try:
        usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
        code = ExtendedKeyUsageOID.CODE_SIGNING in leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        usage = code = False
    if not (usage and code):
        raise Rejected("the signing certificate is not for code signing (digitalSignature and codeSigning needed)")
    identities, issuer = _identities_of(leaf), _issuer_of(leaf)
    if trust.identity not in identities:
        raise Rejected(f"signed by {', '.join(identities) or 'no identity'}, not by {trust.identity}")
    if issuer != trust.issuer:
        raise Rejected(f"the identity was issued by {issuer or 'no OIDC issuer'}, not by {trust.issuer}")
    if not leaf.not_valid_before_utc <= when <= leaf.not_valid_after_utc:
        raise Rejected(f"the signing certificate was not valid at the signing time {when:%Y-%m-%d %H:%M:%S} UTC")
    return leaf


def check_entry_body(body: bytes, payload: bytes, signatures: Sequence[bytes], leaf: Any) -> None:
    """The log entry records this envelope: the payload's hash, and every signature with this certificate."""
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        doc = json.loads(body)
        spec = doc["spec"]
        recorded_hash = spec["payloadHash"]
        recorded = spec["signatures"]
    except (ValueError, KeyError, TypeError):
        raise Rejected("the transparency-log entry body is not a dsse entry") from None
    if not isinstance(recorded_hash, Mapping) or recorded_hash.get("algorithm") != "sha256":
        raise Rejected("the transparency-log entry does not record a SHA-256 payload hash")
    if recorded_hash.get("value") != hashlib.sha256(payload).hexdigest():
        raise Rejected("the transparency-log entry records another payload than the bundle's")
    pem = base64.b64encode(leaf.public_bytes(Encoding.PEM)).decode()
    expected = [{"signature": base64.b64encode(s).decode(), "verifier": pem} for s in signatures]
    if recorded != expected:
        raise Rejected("the transparency-log entry records other signatures or another certificate than the bundle's")
