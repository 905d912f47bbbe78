"""The integrity checks `assess` and `report` run, so the risk register shows a model's signing and
tampering state:

- `integrity.signature` (supply-chain): the files the model came from are verified against their
  signature (and, with `require`, the attested scan); a failure, a missing signature and a model given
  in memory (nothing to verify) each get a finding that says so: never a silent pass.
- `integrity.tamper` (insider-threat): the model is compared with a known-good reference, tensor by
  tensor, and its behaviour with the fingerprint in its signature; unchanged, changed or not verified.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelward.core.context import AssessContext
from modelward.core.errors import ModelwardError
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param

_PARAMS_TRUST = (
    Param("signature", str, "", "Signature bundle (default: MODEL.sig beside a file, MODEL/model.sig in a directory)."),
    Param("public_keys", str, (), "Trusted public keys (PEM files).", many=True),
    Param("keyring", str, "", "Keyring directory whose keys are trusted (default: the user's, when it exists)."),
    Param("roots", str, (), "Trusted root certificates (PEM) for certificate-chain signatures.", many=True),
    Param("model_path", str, "", "Model file or directory to check when the model was not loaded from a file."),
)


def _finding(check: Any, title: str, description: str, where: str, likelihood: int | None, impact: int | None,
             method: str, measurements: dict[str, Any], mitigations: tuple[str, ...]) -> Finding:
    from modelward.core.findings import Severity

    severity = severity_of(likelihood, impact) if likelihood and impact else Severity.INFO
    return Finding(check.id, check.threat, severity, title, description, Location(file=where or None),
                   Evidence(method, measurements, likelihood=likelihood, impact=impact), mitigations)


def _targets(ctx: AssessContext, model_path: str) -> list[str]:
    return [model_path] if model_path else list(ctx.artifacts)


def _trust(public_keys: tuple[str, ...], keyring: str, roots: tuple[str, ...]) -> Any:
    from modelward.integrity.keyring import Keyring, default_keyring_dir
    from modelward.integrity.trust import Trust

    ring_dir = Path(keyring) if keyring else default_keyring_dir()
    ring = Keyring(ring_dir) if keyring or (ring_dir / "keyring.json").exists() else None
    return Trust.from_files([Path(p) for p in public_keys], [Path(p) for p in roots], ring)


class SignatureCheck:
    """Verifies the model's files against their OpenSSF model-signing bundle under the trusted keys, and
    (with `require`) that a clean scan is attested for the exact bytes."""

    id = "integrity.signature"
    threat = "supply-chain"
    title = "Model signature and attested scan"
    params = (*_PARAMS_TRUST, Param("require", str, (), "Attestations the signature must carry.", many=True,
                                    choices=("scan-clean", "assessed")))
    example_params: dict[str, Any] = {}

    def __init__(self, signature: str = "", public_keys: tuple[str, ...] = (), keyring: str = "",
                 roots: tuple[str, ...] = (), model_path: str = "", require: tuple[str, ...] = ()) -> None:
        self.signature, self.public_keys, self.keyring, self.roots = signature, public_keys, keyring, roots
        self.model_path, self.require = model_path, require

    def applies(self, ctx: AssessContext) -> bool:
        return True

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.integrity.signing import default_signature_path, verify_model

        targets = _targets(ctx, self.model_path)
        if not targets:
            return [_finding(self, "Model signature not verified: the model was given in memory",
                             "No model file is known, so no signature could be checked; provenance is unknown. "
                             "Load the model from a signed file, or set model_path.", "", None, None,
                             "no artifact to verify", {"verified": False}, ("model-signing",))]
        out = []
        for target in targets:
            sig = Path(self.signature) if self.signature else default_signature_path(Path(target))
            if not sig.exists():
                out.append(_finding(self, "Model is not signed", f"No signature bundle at {sig}: a tampered or "
                                    "swapped file would go unnoticed.", target, 3, 4, "signature lookup",
                                    {"signature_found": False}, ("model-signing",)))
                continue
            try:
                result = verify_model(Path(target), _trust(self.public_keys, self.keyring, self.roots),
                                      signature=sig, require=self.require)
            except ModelwardError as exc:
                out.append(_finding(self, "Model signature could not be checked", str(exc), target, 3, 4,
                                    "signature verification", {"verified": False}, ("model-signing",)))
                continue
            out.append(self._outcome(result, target))
        return out

    def _outcome(self, result: Any, target: str) -> Finding:
        n_changed = len(result.diff.changed) + len(result.diff.added) + len(result.diff.removed) if result.diff else 0
        scans = [a for a in result.attestations if a.kind == "scan"]
        measured = {"verified": result.ok, "files_differing": n_changed, "attested_scans": len(scans),
                    "key_id": result.signer.key_id[:16] if result.signer else ""}
        if result.ok:
            clean_scan = any(a.verdict == "clean" and not a.not_covered and not a.stale for a in scans)
            title = ("Signature verified; a clean scan of these bytes is attested" if clean_scan
                     else "Signature verified; no clean scan is attested")
            return _finding(self, title, result.reason, target, 1 if clean_scan else 2, 5, "signature verification",
                            measured, () if clean_scan else ("artifact-scanning",))
        title = ("Model files differ from their signature" if n_changed else "Model signature does not verify")
        return _finding(self, title, result.reason, target, 5, 5, "signature verification", measured,
                        ("model-signing", "access-control"))


class TamperCheck:
    """Compares the model with a known-good reference version tensor by tensor, and its predictions with
    the behavioural fingerprint its signature carries: which parameters changed, and whether it behaves
    differently."""

    id = "integrity.tamper"
    threat = "insider-threat"
    title = "Parameter tampering against a reference version"
    params = (*_PARAMS_TRUST, Param("reference", str, "", "Known-good version of the model (file or directory), "
                                    "e.g. from the model store."),
              Param("tolerance", float, 1e-3, "Largest probability change that still counts as the same behaviour.",
                    minimum=0.0, maximum=1.0))
    example_params: dict[str, Any] = {}

    def __init__(self, signature: str = "", public_keys: tuple[str, ...] = (), keyring: str = "",
                 roots: tuple[str, ...] = (), model_path: str = "", reference: str = "",
                 tolerance: float = 1e-3) -> None:
        self.signature, self.public_keys, self.keyring, self.roots = signature, public_keys, keyring, roots
        self.model_path, self.reference, self.tolerance = model_path, reference, tolerance

    def applies(self, ctx: AssessContext) -> bool:
        return True

    def run(self, ctx: AssessContext) -> list[Finding]:
        targets = _targets(ctx, self.model_path)
        out = [self._tensors(t) for t in targets if self.reference]
        behaviour = self._behaviour(ctx, targets)
        if behaviour is not None:
            out.append(behaviour)
        if not out:
            out.append(_finding(self, "Parameters not verified: no reference version or signed fingerprint",
                                "Nothing known-good to compare the model with; an unauthorised change would go "
                                "unnoticed. Set reference= (e.g. a version from the model store) or sign the model "
                                "with a fingerprint (modelward sign --probe).", targets[0] if targets else "", None,
                                None, "no reference", {"compared": False}, ("model-signing", "access-control")))
        return out

    def _tensors(self, target: str) -> Finding:
        from modelward.integrity.tensordiff import diff_models

        try:
            diff = diff_models(Path(self.reference), Path(target))
        except ModelwardError as exc:
            return _finding(self, "Parameters could not be compared with the reference", str(exc), target, None,
                            None, "tensor comparison", {"compared": False}, ("model-signing",))
        measured: dict[str, Any] = {"tensors_changed": len(diff.changes), "tensors_unchanged": diff.unchanged,
                                    "values_compared": diff.values_compared, "files_not_compared": len(diff.skipped)}
        if diff.identical and not diff.skipped:
            return _finding(self, "Parameters match the reference version", f"{diff.unchanged} tensors identical to "
                            f"{self.reference}.", target, 1, 4, "tensor comparison", measured, ())
        if diff.identical:
            return _finding(self, "Parameters match where compared; some files were not compared",
                            "; ".join(f"{p}: {r}" for p, r in diff.skipped[:5]), target, None, None,
                            "tensor comparison", measured, ("model-signing",))
        worst = max(diff.changes, key=lambda c: c.n_changed)
        measured.update(largest_change=worst.name, values_changed=sum(c.n_changed for c in diff.changes))
        return _finding(self, f"{len(diff.changes)} tensor(s) differ from the reference version",
                        "; ".join(c.describe() for c in diff.changes[:8]), target, 4, 4, "tensor comparison",
                        measured, ("model-signing", "access-control"))

    def _behaviour(self, ctx: AssessContext, targets: list[str]) -> Finding | None:
        from modelward.integrity.bundle import read_bundle
        from modelward.integrity.fingerprint import against
        from modelward.integrity.signing import default_signature_path, read_extras, verify_bundle

        sigs = [Path(self.signature)] if self.signature else [default_signature_path(Path(t)) for t in targets]
        sig = next((s for s in sigs if s.is_file()), None)
        if sig is None:
            return None
        try:
            _, statement = verify_bundle(read_bundle(sig), _trust(self.public_keys, self.keyring, self.roots))
            fingerprint = read_extras(statement, str(sig)).fingerprint
            if fingerprint is None:
                return None
            change = against(fingerprint, ctx.model, ctx.data.X if fingerprint.probe.kind == "data" else None,
                             self.tolerance)
        except ModelwardError as exc:
            return _finding(self, "Behaviour not compared with the signed fingerprint", str(exc), str(sig), None,
                            None, "behavioural fingerprint", {"compared": False}, ("model-signing",))
        measured = {"probe_rows": change.n, "agreement": change.agreement, "max_abs_proba": change.max_abs_proba}
        if change.matched:
            return _finding(self, "Behaviour matches the signed fingerprint", change.describe(), str(sig), 1, 4,
                            "behavioural fingerprint", measured, ())
        return _finding(self, "Behaviour differs from the signed fingerprint", change.describe(), str(sig), 4, 4,
                        "behavioural fingerprint", measured, ("model-signing", "access-control"))
