"""Sign a model and verify it: manifest, in-toto statement, DSSE envelope, Sigstore bundle.

The bundle is the one OpenSSF model signing reads and writes (`model_signing verify key` accepts ours,
and ours accepts its), plus modelward's own predicate fields: key id, signing time and attestations.
Verification checks the signature first, then the statement, then hashes the model with the recorded
serialisation and names every file added, removed or changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from modelward.integrity.attest import Attestation, attest_report, check_requirement
from modelward.integrity.bundle import Bundle, read_bundle, write_bundle
from modelward.integrity.errors import BundleError, Rejected
from modelward.integrity.hashing import DEFAULT_CHUNK, ProgressFn
from modelward.integrity.manifest import Manifest, ManifestDiff, Serialization, build_manifest, compare
from modelward.integrity.signer import Signer, sign_payload
from modelward.integrity.statement import SignedStatement, encode, parse, statement_for
from modelward.integrity.trust import SignerIdentity, Trust, verify_envelope

EXTRAS_VERSION = 1


def default_signature_path(model: Path) -> Path:
    """model/model.sig for a directory (ignored when hashing), model.ext.sig beside a single file."""
    model = Path(model)
    return model / "model.sig" if model.is_dir() else model.with_name(model.name + ".sig")


def _inside(model: Path, path: Path) -> str | None:
    """`path` relative to the model directory (POSIX), or None when it lies outside it."""
    if not model.is_dir():
        return None
    try:
        rel = path.resolve().relative_to(model.resolve())
    except ValueError:
        return None
    return str(PurePosixPath(*rel.parts)) if rel.parts else None


@dataclass(frozen=True)
class Signed:
    """A signature written: where, for which manifest, by which key, with which attestations."""

    bundle_path: Path
    manifest: Manifest
    key_id: str
    attestations: tuple[Attestation, ...] = ()


def sign_model(model: Path, signer: Signer, *, signature: Path | None = None,
               serialization: Serialization | None = None, attest: Sequence[Path] = (), workers: int | None = None,
               chunk_size: int = DEFAULT_CHUNK, progress: ProgressFn | None = None) -> Signed:
    """Hash `model`, sign its manifest (with attestations of the `attest` reports) and write the bundle."""
    model = Path(model)
    bundle_path = Path(signature) if signature is not None else default_signature_path(model)
    ser = serialization or Serialization()
    inside = _inside(model, bundle_path)
    if inside is not None and inside not in ser.ignore_paths:
        ser = ser.ignoring(inside)
    manifest = build_manifest(model, ser, workers=workers, chunk_size=chunk_size, progress=progress)
    attestations = tuple(attest_report(Path(r), model, manifest) for r in attest)
    extras = {"version": EXTRAS_VERSION, "key_id": signer.key_id,
              "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
              "attestations": [a.to_dict() for a in attestations]}
    bundle = sign_payload(encode(statement_for(manifest, extras)), signer)
    write_bundle(bundle, bundle_path)
    return Signed(bundle_path, manifest, signer.key_id, attestations)


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying a model against its signature. `ok` only when the signature verifies
    with a trusted key, the model's files are exactly the signed ones and every requirement holds."""

    ok: bool
    reason: str
    model: str
    signature: str
    signer: SignerIdentity | None = None
    diff: ManifestDiff | None = None
    manifest: Manifest | None = None
    attestations: tuple[Attestation, ...] = ()
    problems: tuple[str, ...] = ()
    signed_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "reason": self.reason, "model": self.model, "signature": self.signature,
                "signer": self.signer.to_dict() if self.signer else None,
                "diff": self.diff.to_dict() if self.diff else None,
                "files": len(self.manifest.files) if self.manifest else 0,
                "root_digest": self.manifest.root_digest if self.manifest else None,
                "signed_at": self.signed_at, "attestations": [a.to_dict() for a in self.attestations],
                "problems": list(self.problems)}


def _extras(statement: SignedStatement, where: str) -> tuple[str, tuple[Attestation, ...]]:
    extras = statement.extras
    if not extras:
        return "", ()
    if extras.get("version") != EXTRAS_VERSION:
        raise BundleError(f"{where}: modelward fields of version {extras.get('version')!r}; this modelward reads "
                          f"version {EXTRAS_VERSION}")
    items = extras.get("attestations", [])
    if not isinstance(items, list):
        raise BundleError(f"{where}.attestations: expected a list")
    atts = tuple(Attestation.from_dict(a, f"{where}.attestations[{i}]") for i, a in enumerate(items))
    signed_at = extras.get("signed_at", "")
    return signed_at if isinstance(signed_at, str) else "", atts


def verify_bundle(bundle: Bundle, trust: Trust, where: str = "bundle") -> tuple[SignerIdentity, SignedStatement]:
    """The signer and the signed statement of a bundle, or Rejected (signature) / BundleError (format)."""
    signer = verify_envelope(bundle, trust)
    return signer, parse(bundle.envelope.payload, f"{where}: statement")


def verify_model(model: Path, trust: Trust, *, signature: Path | None = None, require: Sequence[str] = (),
                 workers: int | None = None, chunk_size: int = DEFAULT_CHUNK,
                 progress: ProgressFn | None = None) -> Verification:
    """Verify `model` against its signature under `trust`. A bundle that cannot be read, or a model that
    cannot be hashed, raises (BundleError, ManifestError: exit 2); every failed check is ok=False."""
    model = Path(model)
    bundle_path = Path(signature) if signature is not None else default_signature_path(model)
    for r in require:  # an unknown requirement is a usage error before any work
        check_requirement(r, ())
    bundle = read_bundle(bundle_path)
    result = Verification(False, "", str(model), str(bundle_path))
    try:
        signer, statement = verify_bundle(bundle, trust, str(bundle_path))
    except Rejected as exc:
        return replace(result, reason=str(exc))
    signed_at, attestations = _extras(statement, f"{bundle_path}: predicate.modelward")
    expected = statement.manifest
    result = replace(result, signer=signer, manifest=expected, attestations=attestations, signed_at=signed_at)
    if not expected.resources:
        return replace(result, reason="the signature covers no files: nothing would be verified")
    ser = expected.serialization
    inside = _inside(model, bundle_path)
    if inside is not None and inside not in ser.ignore_paths:
        ser = ser.ignoring(inside)
    actual = build_manifest(model, ser, workers=workers, chunk_size=chunk_size, progress=progress)
    diff = compare(expected, actual)
    result = replace(result, diff=diff)
    if not diff.ok:
        n = len(diff.added) + len(diff.removed) + len(diff.changed)
        return replace(result, reason=f"{n} file(s) differ from the signed manifest: " + "; ".join(diff.lines()[:6]))
    problems = tuple(p for r in require for p in check_requirement(r, attestations))
    if problems:
        return replace(result, reason="; ".join(problems), problems=problems)
    who = f"{signer.kind} {signer.key_id[:16]}" + (f" ({signer.subject})" if signer.subject else "")
    return replace(result, ok=True, reason=f"verified: {len(expected.files)} file(s) signed by {who}")
