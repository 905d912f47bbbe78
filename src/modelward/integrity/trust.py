"""Who a verifier trusts, and checking a bundle's signature against it.

Trust is a set of public keys (each with its keyring status), root certificates for chain signatures,
and the validation time. A bundle is accepted when one of its DSSE signatures verifies with a trusted key
named by its hint (or, without a hint, with any trusted key), or with a signing certificate that chains
to a trusted root and is valid now. A revoked key, an expired certificate, an unknown key: Rejected.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from modelward.integrity import keys
from modelward.integrity.bundle import Bundle
from modelward.integrity.certs import load_certificates, subject_of, verify_chain
from modelward.integrity.dsse import IN_TOTO_PAYLOAD_TYPE, pae
from modelward.integrity.errors import KeyringError, Rejected
from modelward.integrity.keyless import KeylessTrust, TrustRoot, check_entry_body, verify_certificate, verify_log_entry


@dataclass(frozen=True)
class TrustedKey:
    public: keys.PublicKey
    status: str = "active"  # keyring status: active, retired (still verifies), revoked (refused)
    source: str = ""


@dataclass(frozen=True)
class Trust:
    """The signers a verification accepts. `at`: validation time for certificates (default: now)."""

    keys: tuple[TrustedKey, ...] = ()
    roots: tuple[Any, ...] = ()
    at: datetime | None = None
    keyless: KeylessTrust | None = None

    @classmethod
    def from_files(cls, public_keys: Iterable[Path] = (), roots: Iterable[Path] = (), keyring: Any = None,
                   at: datetime | None = None, trust_root: Path | None = None, identity: str | None = None,
                   issuer: str | None = None) -> Trust:
        trusted = [TrustedKey(keys.load_public_key(p), "active", str(p)) for p in public_keys]
        if keyring is not None:
            trusted += [TrustedKey(pub, info.status, f"keyring {keyring.directory}")
                        for pub, info in keyring.public_keys().values()]
        keyless = None
        if trust_root is not None or identity or issuer:
            if trust_root is None or not identity or not issuer:
                raise KeyringError("keyless Sigstore verification needs all three: the trust root "
                                   "(--trust-root trusted_root.json), the signer's identity (--identity) and its "
                                   "OIDC issuer (--issuer)")
            keyless = KeylessTrust(TrustRoot.load(trust_root), identity, issuer)
        return cls(tuple(trusted), load_certificates(roots), at, keyless)

    @property
    def empty(self) -> bool:
        return not self.keys and not self.roots and self.keyless is None


@dataclass(frozen=True)
class SignerIdentity:
    """Who signed: the key id, its algorithm, how it was trusted (key or certificate) and its status."""

    key_id: str
    algorithm: str
    kind: str
    subject: str = ""
    status: str = "active"
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "algorithm": self.algorithm, "kind": self.kind, "subject": self.subject,
                "status": self.status, "notes": list(self.notes)}


def _pae_compat(payload_type: str, payload: bytes) -> bytes:
    """model-signing v0.2 signed this (a bytes repr inside a str); read only, for old bundles."""
    return f"DSSEV1 {len(payload_type)} {payload_type} {len(payload)} {payload!r}".encode()


def _verifies(public_key: Any, bundle: Bundle) -> bool:
    env = bundle.envelope
    messages = [pae(env.payload_type, env.payload)]
    if keys.algorithm_of(public_key).startswith("ecdsa"):
        messages.append(_pae_compat(env.payload_type, env.payload))
    return any(keys.verify(public_key, s.sig, m) for s in env.signatures for m in messages)


def _by_key(bundle: Bundle, trust: Trust) -> SignerIdentity:
    hints = {h for h in (bundle.key_hint, *(s.keyid for s in bundle.envelope.signatures)) if h}
    candidates = [k for k in trust.keys if k.public.key_id in hints] if hints else list(trust.keys)
    if not trust.keys:
        raise Rejected("no trusted key given: pass the signer's public key (--key) or a keyring (--keyring)")
    if not candidates:
        raise Rejected(f"signed by key {sorted(hints)[0][:16]}, which is not among the trusted keys "
                       f"({', '.join(k.public.key_id[:16] for k in trust.keys)})")
    for k in candidates:
        if _verifies(k.public.key, bundle):
            if k.status == "revoked":
                raise Rejected(f"signed by key {k.public.key_id[:16]}, which was revoked ({k.source})")
            notes = (f"key {k.public.key_id[:16]} was retired by a rotation; it signed before",) \
                if k.status == "retired" else ()
            return SignerIdentity(k.public.key_id, k.public.algorithm, "key", status=k.status, notes=notes)
    raise Rejected("the signature does not verify with the trusted key"
                   + (f" {candidates[0].public.key_id[:16]}" if len(candidates) == 1 else "s")
                   + ": the signed statement or the signature was altered, or another key signed it")


def _by_certificate(bundle: Bundle, trust: Trust) -> SignerIdentity:
    leaf = verify_chain(bundle.certificates, trust.roots, trust.at)
    public = keys.PublicKey.of(leaf.public_key())
    if not _verifies(public.key, bundle):
        raise Rejected(f"the signature does not verify with the key of the signing certificate ({subject_of(leaf)})")
    return SignerIdentity(public.key_id, public.algorithm, "certificate", subject_of(leaf))


def _by_keyless(bundle: Bundle, trust: Trust) -> SignerIdentity:
    if trust.keyless is None:
        raise Rejected("a keyless Sigstore bundle (Fulcio certificate and transparency-log entry): give the trust "
                       "root (--trust-root trusted_root.json), the signer's identity (--identity) and its OIDC "
                       "issuer (--issuer) to verify it offline")
    if len(bundle.tlog_entries) != 1:
        raise Rejected(f"the bundle holds {len(bundle.tlog_entries)} transparency-log entries, expected one")
    when, body = verify_log_entry(bundle.tlog_entries[0], trust.keyless.root)
    leaf = verify_certificate(bundle.certificates[0], trust.keyless, when)
    public = keys.PublicKey.of(leaf.public_key())
    if not _verifies(public.key, bundle):
        raise Rejected(f"the signature does not verify with the key of the signing certificate of "
                       f"{trust.keyless.identity}")
    check_entry_body(body, bundle.envelope.payload, [s.sig for s in bundle.envelope.signatures], leaf)
    return SignerIdentity(public.key_id, public.algorithm, "keyless", trust.keyless.identity,
                          notes=(f"issuer {trust.keyless.issuer}; logged at {when:%Y-%m-%d %H:%M:%S} UTC",))


def verify_envelope(bundle: Bundle, trust: Trust) -> SignerIdentity:
    """The signer, when the bundle's signature verifies under `trust`; Rejected otherwise."""
    if bundle.envelope.payload_type != IN_TOTO_PAYLOAD_TYPE:
        raise Rejected(f"the envelope carries {bundle.envelope.payload_type!r}, expected {IN_TOTO_PAYLOAD_TYPE!r}")
    if bundle.is_keyless:
        return _by_keyless(bundle, trust)
    if bundle.certificates:
        return _by_certificate(bundle, trust)
    return _by_key(bundle, trust)
