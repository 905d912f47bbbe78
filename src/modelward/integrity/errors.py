"""Errors of the integrity capability, placed in modelward's one error tree.

    InputError (exit 2: what was given cannot be used; nothing is verified)
    └── IntegrityError
        ├── ManifestError   a model that cannot be hashed: missing, special file, link, changed while hashing
        ├── BundleError     a signature bundle that cannot be read: not JSON, wrong or newer format
        ├── KeyringError    a key file, passphrase or key id that cannot be used
        ├── SealError       a sealed package that cannot be opened: wrong key, tampered, unknown format
        └── Quarantined     a stored version held in quarantine (an incident): never handed out

A failed verification (wrong key, changed files) is not an input error: it is a `Verification` with
ok=False, which the CLI turns into exit 1 (`Rejected` carries the reason there).
"""

from __future__ import annotations

from modelward.core.errors import InputError, ModelwardError


class IntegrityError(InputError):
    """Root of the integrity errors; the message names the file and what was expected."""


class ManifestError(IntegrityError):
    """The model cannot be hashed as asked."""


class BundleError(IntegrityError):
    """A signature bundle (or the statement inside it) is unreadable or of an unsupported format."""


class KeyringError(IntegrityError):
    """A key, key file, passphrase or key id is missing or unusable."""


class SealError(IntegrityError):
    """A sealed package cannot be opened: wrong key, tampered ciphertext, unknown format."""


class Quarantined(IntegrityError):
    """A stored version is quarantined: no read, promotion or rollback hands it out until it is released."""


class Rejected(ModelwardError):
    """The signature or the model fails verification; the message says why. Verifiers turn it into a
    `Verification` with ok=False rather than letting it escape."""
