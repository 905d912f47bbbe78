"""X.509 certificate chains for model signatures: load them, and verify a signing certificate against
trusted roots at a given time (expired, not yet valid, wrong issuer or not allowed to sign: refused)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.integrity.errors import KeyringError, Rejected
from modelward.integrity.keys import _crypto


def load_certificates(paths: Iterable[Path]) -> tuple[Any, ...]:
    """Every PEM certificate in the files, in order."""
    _crypto()
    from cryptography import x509

    out: list[Any] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise KeyringError(f"{path}: cannot read the certificate file ({exc.strerror})") from None
        try:
            out.extend(x509.load_pem_x509_certificates(data))
        except ValueError:
            raise KeyringError(f"{path}: holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)") from None
    return tuple(out)


def der(cert: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    data: bytes = cert.public_bytes(Encoding.DER)
    return data


def subject_of(cert: Any) -> str:
    return str(cert.subject.rfc4514_string())


def _may_sign(cert: Any) -> bool:
    """Key usage digitalSignature, or extended key usage code signing (as model signing accepts)."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    try:
        if cert.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature:
            return True
    except x509.ExtensionNotFound:
        pass
    try:
        return ExtendedKeyUsageOID.CODE_SIGNING in cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False


def verify_chain(chain_der: Sequence[bytes], roots: Sequence[Any], at: datetime | None = None) -> Any:
    """The signing certificate of `chain_der` (leaf first) once it chains to one of `roots`, is valid `at`
    (now by default) and may sign; otherwise Rejected says why not."""
    _crypto()
    from cryptography import x509
    from cryptography.x509 import verification as v

    when = at or datetime.now(UTC)
    try:
        certs = [x509.load_der_x509_certificate(c) for c in chain_der]
    except ValueError:
        raise Rejected("the bundle's certificate chain holds a certificate that is not valid DER") from None
    leaf = certs[0]
    if not roots:
        raise Rejected("the bundle is signed with a certificate chain; give the trusted root certificate(s) "
                       "(--root) to verify it")
    if leaf.not_valid_after_utc < when:
        raise Rejected(f"the signing certificate ({subject_of(leaf)}) expired on "
                       f"{leaf.not_valid_after_utc:%Y-%m-%d %H:%M} UTC")
    if leaf.not_valid_before_utc > when:
        raise Rejected(f"the signing certificate ({subject_of(leaf)}) is not valid before "
                       f"{leaf.not_valid_before_utc:%Y-%m-%d}")
    builder = (v.PolicyBuilder().store(v.Store(list(roots))).time(when)
               .extension_policies(ca_policy=v.ExtensionPolicy.webpki_defaults_ca(),
                                   ee_policy=v.ExtensionPolicy.permit_all()))
    try:
        builder.build_client_verifier().verify(leaf, certs[1:])
    except v.VerificationError as exc:
        raise Rejected(f"the signing certificate ({subject_of(leaf)}) does not chain to a trusted root: {exc}") \
            from None
    if not _may_sign(leaf):
        raise Rejected(f"the signing certificate ({subject_of(leaf)}) is not allowed to sign (no digitalSignature "
                       "key usage, no code-signing extended key usage)")
    return leaf
