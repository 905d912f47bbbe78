"""Signing a statement: the signer seam (a private key, optionally with its certificate chain) and the
Sigstore bundle it produces, in the form OpenSSF model signing writes for key and certificate signing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from modelward.integrity import keys
from modelward.integrity.bundle import Bundle
from modelward.integrity.certs import der
from modelward.integrity.dsse import IN_TOTO_PAYLOAD_TYPE, Envelope, Signature, pae
from modelward.integrity.errors import KeyringError


class Signer(Protocol):
    """Signs bytes and says how a verifier finds its key (a key hint, or a certificate chain)."""

    @property
    def key_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...

    def certificates(self) -> tuple[bytes, ...]: ...


@dataclass(frozen=True, eq=False)
class KeySigner:
    """A private key (ECDSA P-256/P-384 or Ed25519) and, for certificate signing, its chain (PEM-loaded
    certificates, the signing certificate first), whose leaf must hold the same public key."""

    private_key: Any
    chain: Sequence[Any] = ()

    def __post_init__(self) -> None:
        public = self.private_key.public_key()
        if self.chain and keys.key_id(self.chain[0].public_key()) != keys.key_id(public):
            raise KeyringError("the signing certificate's public key is not the one paired with the private key")

    @property
    def key_id(self) -> str:
        return keys.key_id(self.private_key.public_key())

    def sign(self, data: bytes) -> bytes:
        return keys.sign(self.private_key, data)

    def certificates(self) -> tuple[bytes, ...]:
        return tuple(der(c) for c in self.chain)


def sign_payload(payload: bytes, signer: Signer, payload_type: str = IN_TOTO_PAYLOAD_TYPE) -> Bundle:
    """A bundle whose DSSE envelope carries `payload` signed by `signer` (its key id in the signature)."""
    signature = Signature(signer.sign(pae(payload_type, payload)), signer.key_id)
    certificates = signer.certificates()
    return Bundle(Envelope(payload_type, payload, (signature,)),
                  key_hint=None if certificates else signer.key_id, certificates=certificates)
