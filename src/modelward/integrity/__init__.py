"""Model integrity, provenance and confidentiality: manifests, signatures compatible with OpenSSF model
signing, attestations of scan and assessment reports, and the serving gate.

    from modelward.integrity import Serialization, build_manifest, sign_model, verify_model, Trust, KeySigner
    signed = sign_model("models/credit", KeySigner(private_key), attest=["scan.json"])
    check = verify_model("models/credit", Trust.from_files(["release.pub"]), require=["scan-clean"])
    check.ok, check.reason, check.diff.changed

Cryptography comes from the `integrity` extra (pip install 'modelward[integrity]').
"""

from modelward.integrity.attest import Attestation
from modelward.integrity.errors import BundleError, IntegrityError, KeyringError, ManifestError, SealError
from modelward.integrity.gate import ServingPolicy, verify_for_serving
from modelward.integrity.keyring import KeyInfo, Keyring
from modelward.integrity.manifest import Manifest, ManifestDiff, Serialization, build_manifest, compare
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import Signed, Verification, sign_model, verify_model
from modelward.integrity.trust import Trust

__all__ = [
    "Attestation",
    "BundleError",
    "IntegrityError",
    "KeyInfo",
    "KeySigner",
    "Keyring",
    "KeyringError",
    "Manifest",
    "ManifestDiff",
    "ManifestError",
    "SealError",
    "Serialization",
    "ServingPolicy",
    "Signed",
    "Trust",
    "Verification",
    "build_manifest",
    "compare",
    "sign_model",
    "verify_for_serving",
    "verify_model",
]
