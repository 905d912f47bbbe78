"""Signing keys: generate, identify, load, sign and verify with ECDSA (P-256, P-384) and Ed25519.

A key id is the SHA-256 of the public key's PEM SubjectPublicKeyInfo, in hex: the same value OpenSSF model
signing writes as the bundle's public-key hint, so a bundle names its key the same way in both tools.
Private keys are written only encrypted (PKCS#12, AES-256-CBC with PBKDF2-SHA256 over many rounds);
an unencrypted PEM key given by the user can be read, never written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelward.core.errors import require
from modelward.integrity.errors import KeyringError

ALGORITHMS = ("ecdsa-p256", "ecdsa-p384", "ed25519")
DEFAULT_ALGORITHM = "ecdsa-p256"
MIN_PASSPHRASE = 8
KDF_ROUNDS = 600_000  # PBKDF2-SHA256 rounds guarding a key at rest (OWASP's 2023 figure for PBKDF2-SHA256)


def _crypto() -> Any:
    return require("cryptography", "integrity", "Signing and verifying models")


@dataclass(frozen=True)
class PublicKey:
    """A public key with its id and algorithm name."""

    key: Any
    key_id: str
    algorithm: str

    @classmethod
    def of(cls, key: Any) -> PublicKey:
        return cls(key, key_id(key), algorithm_of(key))

    def pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        pem: bytes = self.key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        return pem


def key_id(public_key: Any) -> str:
    """SHA-256 of the PEM SubjectPublicKeyInfo, hex (model signing's public-key hint)."""
    from cryptography.hazmat.primitives import serialization

    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(pem).hexdigest()


def algorithm_of(public_key: Any) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "ed25519"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        names = {"secp256r1": "ecdsa-p256", "secp384r1": "ecdsa-p384", "secp521r1": "ecdsa-p521"}
        if public_key.curve.name in names:
            return names[public_key.curve.name]
        raise KeyringError(f"elliptic curve {public_key.curve.name!r} is not supported; expected P-256, P-384 or P-521")
    raise KeyringError(f"{type(public_key).__name__} keys are not supported; expected ECDSA (P-256, P-384) or Ed25519")


def generate(algorithm: str = DEFAULT_ALGORITHM) -> Any:
    """A fresh private key."""
    _crypto()
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    if algorithm == "ecdsa-p256":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == "ecdsa-p384":
        return ec.generate_private_key(ec.SECP384R1())
    if algorithm == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    raise KeyringError(f"key algorithm {algorithm!r}: expected one of {', '.join(ALGORITHMS)}")


def _ec_hash(public_key: Any) -> Any:
    """The digest model signing pairs with each curve (Sigstore's key details)."""
    from cryptography.hazmat.primitives import hashes

    return {256: hashes.SHA256(), 384: hashes.SHA384(), 521: hashes.SHA512()}[public_key.curve.key_size]


def sign(private_key: Any, data: bytes) -> bytes:
    """A signature over `data`: ECDSA (DER) with the curve's digest, or Ed25519."""
    from cryptography.hazmat.primitives.asymmetric import ec

    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        algorithm_of(private_key.public_key())
        sig: bytes = private_key.sign(data, ec.ECDSA(_ec_hash(private_key.public_key())))
        return sig
    algorithm_of(private_key.public_key())
    sig = private_key.sign(data)
    return sig


def verify(public_key: Any, signature: bytes, data: bytes) -> bool:
    """Whether `signature` over `data` verifies with `public_key` (never raises on a bad signature)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(_ec_hash(public_key)))
        else:
            public_key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_passphrase(passphrase: bytes) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyringError(f"a passphrase of at least {MIN_PASSPHRASE} characters is needed: private keys are "
                           "never written unencrypted")
    return passphrase


def encrypt_private_key(private_key: Any, passphrase: bytes) -> bytes:
    """PKCS#12 holding only the key, encrypted with AES-256-CBC under PBKDF2-SHA256 (KDF_ROUNDS rounds)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

    encryption = (PrivateFormat.PKCS12.encryption_builder().kdf_rounds(KDF_ROUNDS)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(hashes.SHA256())
                  .build(check_passphrase(passphrase)))
    data: bytes = pkcs12.serialize_key_and_certificates(b"modelward", private_key, None, None, encryption)
    return data


def _read_key_file(path: Path, what: str) -> bytes:
    _crypto()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise KeyringError(f"{path}: cannot read the {what} ({exc.strerror})") from None


def load_private_key(path: Path, passphrase: bytes | None) -> Any:
    """A private key from PKCS#12 (as modelward writes) or PEM (PKCS#8 / traditional, encrypted or not)."""
    data = _read_key_file(path, "private key")
    from cryptography.hazmat.primitives.serialization import load_pem_private_key, pkcs12

    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            if b"ENCRYPTED" in data and not passphrase:
                raise KeyringError(f"{path}: the private key is encrypted; give its passphrase")
            key: Any = load_pem_private_key(data, passphrase if b"ENCRYPTED" in data else None)
        else:
            if not passphrase:
                raise KeyringError(f"{path}: the private key is encrypted; give its passphrase")
            key = pkcs12.load_key_and_certificates(data, passphrase)[0]
    except KeyringError:
        raise
    except (ValueError, TypeError):
        raise KeyringError(f"{path}: cannot decrypt or parse the private key (wrong passphrase, or not a PEM or "
                           "PKCS#12 private key)") from None
    if key is None:
        raise KeyringError(f"{path}: holds no private key")
    algorithm_of(key.public_key())
    return key


def load_public_key(path: Path) -> PublicKey:
    """A public key from PEM SubjectPublicKeyInfo, or the key of a PEM certificate."""
    data = _read_key_file(path, "public key")
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        key = (x509.load_pem_x509_certificate(data).public_key() if b"BEGIN CERTIFICATE" in data
               else load_pem_public_key(data))
    except ValueError:
        raise KeyringError(f"{path}: not a PEM public key or certificate") from None
    return PublicKey.of(key)
