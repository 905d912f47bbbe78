"""The start-up gate a server calls before it loads a model: verify it against its signature under a
policy, and never raise. Anything that cannot be checked (no signature, unreadable bundle, untrusted
key, a file that changed) is a refusal with the reason, so a server fails closed.

    from modelward.integrity import ServingPolicy, verify_for_serving
    check = verify_for_serving("models/credit", ServingPolicy(public_keys=("keys/release.pub",)))
    if not check.ok:
        raise SystemExit(f"refusing to serve: {check.reason}")
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from modelward.core.errors import ModelwardError
from modelward.integrity.keyring import Keyring
from modelward.integrity.signing import Verification, default_signature_path, verify_model
from modelward.integrity.trust import Trust

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ServingPolicy:
    """What the gate demands. `require_signature`: refuse a model without a valid signature (when False,
    an unsigned model passes with a note, but a present signature must still verify). `public_keys`,
    `keyring`, `roots`: who is trusted. `signature`: the bundle (default: MODEL/model.sig or MODEL.sig).
    `require`: attestation requirements such as "scan-clean"."""

    require_signature: bool = True
    public_keys: Sequence[PathLike] = ()
    keyring: PathLike | None = None
    roots: Sequence[PathLike] = ()
    signature: PathLike | None = None
    require: Sequence[str] = ()
    workers: int | None = None


def verify_for_serving(path: PathLike, policy: ServingPolicy | None = None) -> Verification:
    """Verify the model at `path` before serving it; never raises: every problem is ok=False with a reason."""
    policy = policy or ServingPolicy()
    model = Path(path)
    signature = Path(policy.signature) if policy.signature is not None else default_signature_path(model)
    refused = Verification(False, "", str(model), str(signature))
    if not policy.require_signature and not signature.exists():
        return Verification(True, "no signature, and the policy does not require one", str(model), str(signature))
    try:
        trust = Trust.from_files([Path(p) for p in policy.public_keys], [Path(p) for p in policy.roots],
                                 Keyring(Path(policy.keyring)) if policy.keyring is not None else None)
        if trust.empty:
            return Verification(False, "the serving policy trusts no key or root certificate: nothing can verify "
                                "the signature", str(model), str(signature))
        return verify_model(model, trust, signature=signature, require=policy.require, workers=policy.workers)
    except ModelwardError as exc:
        return Verification(False, str(exc), refused.model, refused.signature)
    except OSError as exc:
        return Verification(False, f"{exc.filename or model}: {exc.strerror or exc}", refused.model,
                            refused.signature)
