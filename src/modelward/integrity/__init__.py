"""Model integrity, provenance and confidentiality: manifests, signatures compatible with OpenSSF model
signing, attestations of scan and assessment reports, tamper diffs, sealed packages, the model store
and the serving gate.

    from modelward.integrity import KeySigner, Trust, sign_model, verify_model
    signed = sign_model("models/credit", KeySigner(private_key), attest=["scan.json"])
    check = verify_model("models/credit", Trust.from_files(["release.pub"]), require=["scan-clean"])
    check.ok, check.reason, check.diff.changed

Names are imported on first use, so `import modelward.integrity.manifest` stays light. Cryptography
comes from the `integrity` extra (pip install 'modelward[integrity]').
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES = {
    "Attestation": "attest", "BundleError": "errors", "IntegrityError": "errors", "KeyringError": "errors",
    "ManifestError": "errors", "SealError": "errors", "ServingPolicy": "gate", "verify_for_serving": "gate",
    "KeyInfo": "keyring", "Keyring": "keyring", "Manifest": "manifest", "ManifestDiff": "manifest",
    "Serialization": "manifest", "build_manifest": "manifest", "compare": "manifest", "KeySigner": "signer",
    "Signed": "signing", "Verification": "signing", "sign_model": "signing", "verify_model": "signing",
    "verify_behaviour": "signing", "Trust": "trust", "diff_models": "tensordiff", "ModelStore": "store",
    "StoredModel": "store", "Quarantined": "errors",
}

__all__ = sorted(_NAMES)


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(importlib.import_module(f"modelward.integrity.{_NAMES[name]}"), name)
    raise AttributeError(f"module 'modelward.integrity' has no attribute {name!r}")
