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
from dataclasses import dataclass, replace
from pathlib import Path

from modelward.core.errors import ModelwardError
from modelward.integrity.keyring import Keyring
from modelward.integrity.seal.package import is_sealed
from modelward.integrity.signing import Verification, default_signature_path, verify_model
from modelward.integrity.trust import Trust

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ServingPolicy:
    """What the gate demands. `require_signature`: refuse a model without a valid signature (when False,
    an unsigned model passes with a note, but a present signature must still verify). `public_keys`,
    `keyring`, `roots`: who is trusted. `signature`: the bundle (default: MODEL/model.sig or MODEL.sig).
    `require`: attestation requirements such as "scan-clean". `key_provider` (file:PATH, env:NAME,
    vault:URL): for a sealed package, also open it in memory, authenticate every chunk and check the
    plaintext against the model signature sealed with it. `trust_root`, `identity`, `issuer`: trust a
    keyless Sigstore signer, verified offline against the trust root (all three or none)."""

    require_signature: bool = True
    public_keys: Sequence[PathLike] = ()
    keyring: PathLike | None = None
    roots: Sequence[PathLike] = ()
    signature: PathLike | None = None
    require: Sequence[str] = ()
    workers: int | None = None
    key_provider: str | None = None
    trust_root: PathLike | None = None
    identity: str | None = None
    issuer: str | None = None


def _check_sealed(package: Path, key_provider: str, trust: Trust, package_check: Verification) -> Verification:
    """The package's own signature passed; now its plaintext, decrypted in memory, against the model's."""
    from modelward.integrity.seal import open_sealed, provider_from_uri
    from modelward.integrity.seal.binding import verify_source

    with open_sealed(package, provider_from_uri(key_provider)) as sealed:
        if sealed.source_signature is None:
            sealed.verify()
            return replace(package_check, reason=package_check.reason + "; sealed payload authenticates (no model "
                                                                        "signature sealed with it)")
        source = verify_source(sealed, trust)
    return replace(source, reason=f"package: {package_check.reason}; plaintext: {source.reason}")


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
                                 Keyring(Path(policy.keyring)) if policy.keyring is not None else None,
                                 trust_root=Path(policy.trust_root) if policy.trust_root is not None else None,
                                 identity=policy.identity, issuer=policy.issuer)
        if trust.empty:
            return Verification(False, "the serving policy trusts no key, root certificate or keyless signer: "
                                "nothing can verify the signature", str(model), str(signature))
        result = verify_model(model, trust, signature=signature, require=policy.require, workers=policy.workers)
        if result.ok and policy.key_provider is not None and is_sealed(model):
            return _check_sealed(model, policy.key_provider, trust, result)
        return result
    except ModelwardError as exc:
        return Verification(False, str(exc), refused.model, refused.signature)
    except OSError as exc:
        return Verification(False, f"{exc.filename or model}: {exc.strerror or exc}", refused.model,
                            refused.signature)


ENV_KEYS, ENV_ROOTS, ENV_REQUIRE, ENV_PROVIDER = ("MODELWARD_TRUSTED_KEYS", "MODELWARD_TRUSTED_ROOTS",
                                                  "MODELWARD_REQUIRE", "MODELWARD_KEY_PROVIDER")
ENV_TRUST_ROOT, ENV_IDENTITY, ENV_ISSUER = ("MODELWARD_SIGSTORE_TRUST_ROOT", "MODELWARD_SIGSTORE_IDENTITY",
                                            "MODELWARD_SIGSTORE_ISSUER")


def policy_from_env() -> ServingPolicy:
    """The serving policy of a process: trusted public keys ($MODELWARD_TRUSTED_KEYS, paths separated like
    PATH), root certificates ($MODELWARD_TRUSTED_ROOTS), the keyring ($MODELWARD_KEYRING or
    ~/.modelward/keys, when it exists), attestation requirements ($MODELWARD_REQUIRE, comma-separated),
    a key provider for sealed packages ($MODELWARD_KEY_PROVIDER) and a keyless Sigstore signer verified
    offline ($MODELWARD_SIGSTORE_TRUST_ROOT, $MODELWARD_SIGSTORE_IDENTITY, $MODELWARD_SIGSTORE_ISSUER)."""
    from modelward.integrity.keyring import default_keyring_dir

    def paths(var: str) -> tuple[str, ...]:
        return tuple(p for p in os.environ.get(var, "").split(os.pathsep) if p)

    ring = default_keyring_dir()
    return ServingPolicy(True, paths(ENV_KEYS), ring if (ring / "keyring.json").exists() else None, paths(ENV_ROOTS),
                         require=tuple(r.strip() for r in os.environ.get(ENV_REQUIRE, "").split(",") if r.strip()),
                         key_provider=os.environ.get(ENV_PROVIDER) or None,
                         trust_root=os.environ.get(ENV_TRUST_ROOT) or None,
                         identity=os.environ.get(ENV_IDENTITY) or None, issuer=os.environ.get(ENV_ISSUER) or None)


@dataclass(frozen=True)
class GatewayCheck:
    """The answer the gateway's `require_signature` expects: verified or not, and why."""

    verified: bool
    reason: str


def gateway_verifier(model_path: Path) -> GatewayCheck:
    """The gateway's signature verifier (entry point `modelward.signature_verifiers`): the model verified
    under the process's serving policy (`policy_from_env`); never raises."""
    result = verify_for_serving(model_path, policy_from_env())
    return GatewayCheck(result.ok, result.reason)
