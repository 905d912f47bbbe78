"""A private Sigstore: a Fulcio-style CA (root and intermediate), a CT log and a Rekor log, built with
`cryptography` so that keyless bundles can be made and verified offline, and tampered with field by field.

`KeylessWorld.bundle_for(envelope_dict)` turns a DSSE envelope into a keyless bundle whose log entry sits
at `index` of a tree of `tree_size` leaves; `trusted_root()` is the matching `trusted_root.json`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import struct
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from modelward.integrity import keys
from modelward.integrity.dsse import pae

SCT_OID = ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2")
ISSUER_V1 = ObjectIdentifier("1.3.6.1.4.1.57264.1.1")
ISSUER_V2 = ObjectIdentifier("1.3.6.1.4.1.57264.1.8")
IDENTITY = "release-bot@example.org"
ISSUER = "https://accounts.example.org"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def spki(key) -> bytes:
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "example"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(cn, key, issuer_name, issuer_key, start, end, path_length):
    return (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(issuer_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
            .sign(issuer_key, hashes.SHA256()))


def _der_octets(data: bytes) -> bytes:
    n = len(data)
    length = bytes([n]) if n < 0x80 else bytes([0x82]) + n.to_bytes(2, "big")
    return b"\x04" + length + data


def _mth(leaves: list[bytes]) -> bytes:
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(leaves[:k]) + _mth(leaves[k:])).digest()


def _path(m: int, leaves: list[bytes]) -> list[bytes]:
    if len(leaves) == 1:
        return []
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    if m < k:
        return [*_path(m, leaves[:k]), _mth(leaves[k:])]
    return [*_path(m - k, leaves[k:]), _mth(leaves[:k])]


@dataclass
class KeylessWorld:
    identity: str = IDENTITY
    issuer: str = ISSUER
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
    index: int = 5
    tree_size: int = 11

    def __post_init__(self) -> None:
        day = dt.timedelta(days=1)
        self.root_key = ec.generate_private_key(ec.SECP256R1())
        self.inter_key = ec.generate_private_key(ec.SECP256R1())
        self.ct_key = ec.generate_private_key(ec.SECP256R1())
        self.log_key = ec.generate_private_key(ec.SECP256R1())
        self.leaf_key = ec.generate_private_key(ec.SECP256R1())
        root_name = _name("test fulcio root")
        self.root = _ca("test fulcio root", self.root_key, root_name, self.root_key, self.now - 30 * day,
                        self.now + 3650 * day, 1)
        self.intermediate = _ca("test fulcio intermediate", self.inter_key, root_name, self.root_key,
                                self.now - 30 * day, self.now + 3650 * day, 0)
        self.leaf = self.make_leaf()

    def make_leaf(self, *, identity: str | None = None, issuer: str | None = None, sct: bool = True,
                  code_signing: bool = True, minutes: int = 10, ct_key=None) -> x509.Certificate:
        """A Fulcio-style certificate for the leaf key: valid `minutes` from a minute ago, SAN email, OIDC
        issuer extensions, and (with `sct`) an embedded SCT signed by the CT log."""
        start = self.now - dt.timedelta(minutes=1)
        issuer_value = (issuer or self.issuer).encode()
        eku = [ExtendedKeyUsageOID.CODE_SIGNING] if code_signing else [ExtendedKeyUsageOID.CLIENT_AUTH]
        builder = (x509.CertificateBuilder().subject_name(x509.Name([])).issuer_name(self.intermediate.subject)
                   .public_key(self.leaf_key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(start + dt.timedelta(minutes=minutes))
                   .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False),
                                  critical=True)
                   .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
                   .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.leaf_key.public_key()), critical=False)
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.inter_key.public_key()),
                                  critical=False)
                   .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(identity or self.identity)]),
                                  critical=True)
                   .add_extension(x509.UnrecognizedExtension(ISSUER_V1, issuer_value), critical=False)
                   .add_extension(x509.UnrecognizedExtension(ISSUER_V2, b"\x0c" + bytes([len(issuer_value)])
                                                             + issuer_value), critical=False))
        if not sct:
            return builder.sign(self.inter_key, hashes.SHA256())
        precert = builder.sign(self.inter_key, hashes.SHA256())
        ct = ct_key or self.ct_key
        millis = int(self.now.timestamp() * 1000)
        tbs = precert.tbs_certificate_bytes
        signed = (struct.pack("!BBQH", 0, 0, millis, 1) + hashlib.sha256(spki(self.inter_key.public_key())).digest()
                  + len(tbs).to_bytes(3, "big") + tbs + struct.pack("!H", 0))
        sig = ct.sign(signed, ec.ECDSA(hashes.SHA256()))
        sct_bytes = (b"\x00" + hashlib.sha256(spki(ct.public_key())).digest() + struct.pack("!QH", millis, 0)
                     + b"\x04\x03" + struct.pack("!H", len(sig)) + sig)
        serialized = struct.pack("!H", len(sct_bytes)) + sct_bytes
        listed = struct.pack("!H", len(serialized)) + serialized
        return builder.add_extension(x509.UnrecognizedExtension(SCT_OID, _der_octets(listed)), critical=False) \
            .sign(self.inter_key, hashes.SHA256())

    def sign_envelope(self, payload: bytes, payload_type: str = "application/vnd.in-toto+json") -> dict:
        sig = self.leaf_key.sign(pae(payload_type, payload), ec.ECDSA(hashes.SHA256()))
        return {"payload": b64(payload), "payloadType": payload_type, "signatures": [{"sig": b64(sig)}]}

    def entry_body(self, envelope: dict, leaf: x509.Certificate | None = None) -> bytes:
        pem = (leaf or self.leaf).public_bytes(serialization.Encoding.PEM)
        payload = base64.b64decode(envelope["payload"])
        body = {"apiVersion": "0.0.1", "kind": "dsse", "spec": {
            "envelopeHash": {"algorithm": "sha256", "value": hashlib.sha256(json.dumps(envelope).encode()).hexdigest()},
            "payloadHash": {"algorithm": "sha256", "value": hashlib.sha256(payload).hexdigest()},
            "signatures": [{"signature": s["sig"], "verifier": b64(pem)} for s in envelope["signatures"]]}}
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def log_entry(self, body: bytes, *, integrated: dt.datetime | None = None, log_key=None) -> dict:
        key = log_key or self.log_key
        key_id = hashlib.sha256(spki(key.public_key())).digest()
        leaves = [hashlib.sha256(b"other entry %d" % i).digest() for i in range(self.tree_size)]
        leaves[self.index] = body
        root = _mth(leaves)
        note = f"rekor.example.org - 1193050959916656506\n{self.tree_size}\n{b64(root)}\n"
        note_sig = key.sign(note.encode(), ec.ECDSA(hashes.SHA256()))
        checkpoint = note + "\n" + f"\u2014 rekor.example.org {b64(key_id[:4] + note_sig)}\n"
        seconds = int((integrated or self.now).timestamp())
        canonical = json.dumps({"body": b64(body), "integratedTime": seconds, "logID": key_id.hex(),
                                "logIndex": self.index}, sort_keys=True, separators=(",", ":"))
        set_sig = key.sign(canonical.encode(), ec.ECDSA(hashes.SHA256()))
        return {"logIndex": str(self.index), "logId": {"keyId": b64(key_id)},
                "kindVersion": {"kind": "dsse", "version": "0.0.1"}, "integratedTime": str(seconds),
                "inclusionPromise": {"signedEntryTimestamp": b64(set_sig)},
                "inclusionProof": {"logIndex": str(self.index), "rootHash": b64(root), "treeSize": str(self.tree_size),
                                   "hashes": [b64(h) for h in _path(self.index, leaves)],
                                   "checkpoint": {"envelope": checkpoint}},
                "canonicalizedBody": b64(body)}

    def bundle_for(self, envelope: dict, *, leaf: x509.Certificate | None = None, **entry_args) -> dict:
        leaf = leaf or self.leaf
        return {"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
                "verificationMaterial": {
                    "certificate": {"rawBytes": b64(leaf.public_bytes(serialization.Encoding.DER))},
                    "tlogEntries": [self.log_entry(self.entry_body(envelope, leaf), **entry_args)]},
                "dsseEnvelope": envelope}

    def trusted_root(self) -> dict:
        start = (self.now - dt.timedelta(days=30)).isoformat().replace("+00:00", "Z")

        def log(key, url):
            raw = spki(key.public_key())
            return {"baseUrl": url, "hashAlgorithm": "SHA2_256",
                    "publicKey": {"rawBytes": b64(raw), "keyDetails": "PKIX_ECDSA_P256_SHA_256",
                                  "validFor": {"start": start}},
                    "logId": {"keyId": b64(hashlib.sha256(raw).digest())}}

        chain = [{"rawBytes": b64(c.public_bytes(serialization.Encoding.DER))} for c in (self.intermediate, self.root)]
        return {"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
                "tlogs": [log(self.log_key, "https://rekor.example.org")],
                "certificateAuthorities": [{"subject": {"organization": "example", "commonName": "test fulcio"},
                                            "uri": "https://fulcio.example.org", "certChain": {"certificates": chain},
                                            "validFor": {"start": start}}],
                "ctlogs": [log(self.ct_key, "https://ctfe.example.org/test")],
                "timestampAuthorities": []}

    def leaf_key_id(self) -> str:
        return keys.key_id(self.leaf_key.public_key())
