"""Sealed packages: a model encrypted at rest with envelope encryption, opened in memory only.

    from modelward.integrity.seal import LocalKeyFile, open_sealed, seal_model
    seal_model("models/credit", "credit.sealed", LocalKeyFile("kek.key"))
    with open_sealed("credit.sealed", LocalKeyFile("kek.key")) as sealed:
        data = sealed.read("model.onnx")     # plaintext in memory only

What it protects against: a stolen disk, bucket or backup, a copied artifact; a tampered or truncated
ciphertext (it fails to open). What it cannot: a process that holds the key-encryption key (or the
data key once unwrapped) can read the model; sealing is not access control at run time.
"""

from modelward.integrity.seal.package import SealedModel, open_sealed, rotate_keys, seal_model, unseal_to
from modelward.integrity.seal.providers import (
    EnvKey,
    KeyProvider,
    LocalKeyFile,
    VaultTransit,
    generate_key_file,
    provider_from_uri,
)

__all__ = ["EnvKey", "KeyProvider", "LocalKeyFile", "SealedModel", "VaultTransit", "generate_key_file",
           "open_sealed", "provider_from_uri", "rotate_keys", "seal_model", "unseal_to"]
