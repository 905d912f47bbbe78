"""Sign a model and verify it: manifest, in-toto statement, DSSE envelope, Sigstore bundle.

The bundle is the one OpenSSF model signing reads and writes (`model_signing verify key` accepts ours,
and ours accepts its), plus modelward's own predicate fields: key id, signing time and attestations.
Verification checks the signature first, then the statement, then hashes the model with the recorded
serialisation and names every file added, removed or changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from modelward.integrity.attest import Attestation, attest_report, check_requirement
from modelward.integrity.bundle import Bundle, read_bundle, write_bundle
from modelward.integrity.errors import BundleError, Rejected
from modelward.integrity.hashing import DEFAULT_CHUNK, ProgressFn
from modelward.integrity.manifest import Manifest, ManifestDiff, Serialization, build_manifest, compare
from modelward.integrity.signer import Signer, sign_payload
from modelward.integrity.statement import SignedStatement, encode, parse, statement_for
from modelward.integrity.tensor_digests import FileTensorDigests, TensorDigestDiff, locate, tensor_digests
from modelward.integrity.trust import SignerIdentity, Trust, verify_envelope
from modelward.integrity.walk import list_files

if TYPE_CHECKING:  # numpy and the adapters only for behavioural fingerprints, imported when used
    from modelward.core.adapters.base import ModelAdapter
    from modelward.integrity.fingerprint import BehaviourChange, Fingerprint

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
               chunk_size: int = DEFAULT_CHUNK, progress: ProgressFn | None = None, tensors: bool = True,
               fingerprint: Fingerprint | None = None) -> Signed:
    """Hash `model`, sign its manifest (with attestations of the `attest` reports, per-tensor digests of its
    safetensors files when `tensors`, and a behavioural `fingerprint`) and write the bundle."""
    model = Path(model)
    bundle_path = Path(signature) if signature is not None else default_signature_path(model)
    ser = serialization or Serialization()
    inside = _inside(model, bundle_path)
    if inside is not None and inside not in ser.ignore_paths:
        ser = ser.ignoring(inside)
    manifest = build_manifest(model, ser, workers=workers, chunk_size=chunk_size, progress=progress)
    attestations = tuple(attest_report(Path(r), model, manifest) for r in attest)
    extras: dict[str, Any] = {"version": EXTRAS_VERSION, "key_id": signer.key_id,
                              "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
                              "attestations": [a.to_dict() for a in attestations]}
    if tensors:
        files = list_files(model, allow_symlinks=ser.allow_symlinks, ignore_paths=ser.ignore_paths)
        extras["tensors"] = {k: v.to_dict() for k, v in tensor_digests(files, workers).items()}
    if fingerprint is not None:
        extras["fingerprint"] = fingerprint.to_dict()
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
    tensors: tuple[TensorDigestDiff, ...] = ()
    fingerprint: Fingerprint | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "reason": self.reason, "model": self.model, "signature": self.signature,
                "signer": self.signer.to_dict() if self.signer else None,
                "diff": self.diff.to_dict() if self.diff else None,
                "files": len(self.manifest.files) if self.manifest else 0,
                "root_digest": self.manifest.root_digest if self.manifest else None,
                "signed_at": self.signed_at, "attestations": [a.to_dict() for a in self.attestations],
                "problems": list(self.problems), "tensors": [t.to_dict() for t in self.tensors],
                "fingerprint": self.fingerprint.digest if self.fingerprint else None}


@dataclass(frozen=True)
class SignedExtras:
    """modelward's fields of a signed statement (all empty for a bundle made by another tool)."""

    signed_at: str = ""
    attestations: tuple[Attestation, ...] = ()
    tensors: dict[str, FileTensorDigests] = field(default_factory=dict)
    fingerprint: Fingerprint | None = None


def _fingerprint_from(data: Mapping[str, Any]) -> Fingerprint:
    from modelward.integrity.fingerprint import Fingerprint

    return Fingerprint.from_dict(data)


def read_extras(statement: SignedStatement, where: str) -> SignedExtras:
    extras = statement.extras
    if not extras:
        return SignedExtras()
    if extras.get("version") != EXTRAS_VERSION:
        raise BundleError(f"{where}: modelward fields of version {extras.get('version')!r}; this modelward reads "
                          f"version {EXTRAS_VERSION}")
    items = extras.get("attestations", [])
    if not isinstance(items, list):
        raise BundleError(f"{where}.attestations: expected a list")
    atts = tuple(Attestation.from_dict(a, f"{where}.attestations[{i}]") for i, a in enumerate(items))
    digests = extras.get("tensors", {})
    if not isinstance(digests, Mapping):
        raise BundleError(f"{where}.tensors: expected an object")
    tensors = {k: FileTensorDigests.from_dict(v, f"{where}.tensors.{k}") for k, v in digests.items()}
    fp = extras.get("fingerprint")
    if fp is not None and not isinstance(fp, Mapping):
        raise BundleError(f"{where}.fingerprint: expected an object")
    signed_at = extras.get("signed_at", "")
    return SignedExtras(signed_at if isinstance(signed_at, str) else "", atts, tensors,
                        _fingerprint_from(fp) if fp is not None else None)


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
    extras = read_extras(statement, f"{bundle_path}: predicate.modelward")
    expected = statement.manifest
    result = replace(result, signer=signer, manifest=expected, attestations=extras.attestations,
                     signed_at=extras.signed_at, fingerprint=extras.fingerprint)
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
        changed = {c.name for c in diff.changed}
        files = [f for f in list_files(model, allow_symlinks=ser.allow_symlinks, ignore_paths=ser.ignore_paths)
                 if f.name in changed]
        located = locate(extras.tensors, files, workers)
        n = len(diff.added) + len(diff.removed) + len(diff.changed)
        lines = diff.lines()[:6] + [t.describe() for t in located]
        return replace(result, tensors=located,
                       reason=f"{n} file(s) differ from the signed manifest: " + "; ".join(lines))
    problems = tuple(p for r in require for p in check_requirement(r, extras.attestations))
    if problems:
        return replace(result, reason="; ".join(problems), problems=problems)
    who = f"{signer.kind} {signer.key_id[:16]}" + (f" ({signer.subject})" if signer.subject else "")
    return replace(result, ok=True, reason=f"verified: {len(expected.files)} file(s) signed by {who}")


def verify_behaviour(candidate: ModelAdapter, trust: Trust, signature: Path, data: Any = None,
                     tolerance: float | None = None) -> tuple[Verification, BehaviourChange | None]:
    """Match `candidate` (e.g. the signed model converted to another format) to a signed model by what it
    predicts: the signature must verify under `trust` and carry a fingerprint, and the candidate must
    answer its probe the same way (same top-1 on every row, probabilities within `tolerance`)."""
    bundle = read_bundle(Path(signature))
    result = Verification(False, "", getattr(candidate, "name", "model"), str(signature))
    try:
        signer, statement = verify_bundle(bundle, trust, str(signature))
    except Rejected as exc:
        return replace(result, reason=str(exc)), None
    extras = read_extras(statement, f"{signature}: predicate.modelward")
    result = replace(result, signer=signer, manifest=statement.manifest, fingerprint=extras.fingerprint,
                     signed_at=extras.signed_at, attestations=extras.attestations)
    if extras.fingerprint is None:
        return replace(result, reason="the signature holds no behavioural fingerprint (sign with --probe)"), None
    from modelward.integrity.fingerprint import DEFAULT_TOLERANCE, against

    change = against(extras.fingerprint, candidate, data, DEFAULT_TOLERANCE if tolerance is None else tolerance)
    return replace(result, ok=change.matched, reason=change.describe()), change
