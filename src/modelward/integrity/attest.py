"""Attestations of modelward's own results, bound to a signed manifest.

`sign --attest report.json` reads a scan or assessment report and records, inside the signed statement,
its hash, its verdict and which of the model's files it covered: a file is *scanned* when the report
names an input with the file's exact SHA-256, *skipped* when the report lists it as skipped (by name:
the scanner records no hash for files that are not models), and *not covered* otherwise; a report input
that names a file of the model with other bytes than it has now is *stale*. `verify --require scan-clean` then refuses a
model that no clean scan covered, or whose scan is stale, without needing the report again: the signature
covers the attestation and the manifest together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any

from modelward.core.errors import DataError
from modelward.core.findings import Severity
from modelward.integrity.errors import BundleError, IntegrityError
from modelward.integrity.hashing import hash_pieces, split
from modelward.integrity.manifest import Manifest
from modelward.integrity.walk import list_files

REQUIREMENTS = ("scan-clean", "assessed")
FAIL_AT = Severity.MEDIUM  # a scan finding at or above this makes the scan not clean (scan's default --fail-on)


@dataclass(frozen=True)
class Attestation:
    """One report, as the signature binds it: hash, command, verdict and what it covered of the model."""

    kind: str  # "scan", "assess" or the report's command
    report: str  # file name of the report when it was attested
    report_sha256: str
    command: str
    created: str
    tool_version: str
    verdict: str  # "clean", "findings" or "errors"
    worst: str | None
    findings: int
    errors: int
    scanned: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    not_covered: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Attestation:
        if not isinstance(data, Mapping):
            raise BundleError(f"{where}: expected an object")
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            kind = _FIELD_KINDS[f.name]
            if kind is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
                value = tuple(value)
            elif f.name == "worst" and value is None:
                pass
            elif not isinstance(value, kind) or isinstance(value, bool):
                raise BundleError(f"{where}.{f.name}: expected {kind.__name__}, got {value!r}")
            values[f.name] = value
        return cls(**values)


_FIELD_KINDS: dict[str, type] = {"findings": int, "errors": int, "scanned": tuple, "skipped": tuple,
                                 "not_covered": tuple, "stale": tuple}
_FIELD_KINDS.update({name: str for name in ("kind", "report", "report_sha256", "command", "created", "tool_version",
                                            "verdict", "worst")})


def _whole_file_digests(model: Path, manifest: Manifest) -> dict[str, str]:
    """SHA-256 of every file of the manifest: from the manifest where it holds whole-file digests (files
    method, single-shard files), hashed again otherwise."""
    ser = manifest.serialization
    out = {name: d for name in manifest.files if ser.hash_type == "sha256" and (d := manifest.file_digest(name))}
    rest = [f for f in list_files(model, allow_symlinks=ser.allow_symlinks, ignore_paths=ser.ignore_paths)
            if f.name not in out]
    pieces = split(rest, None)
    for piece, digest in zip(pieces, hash_pieces(pieces), strict=True):
        out[piece.file.name] = digest.hex()
    return out


def _names_by_path(paths: Iterable[str], model: Path, names: Iterable[str]) -> set[str]:
    """Manifest names that report paths refer to: the same file under the model, or the same trailing path."""
    wanted = {n: PurePosixPath(n).parts for n in names}
    root = model.resolve()
    found = set()
    for text in paths:
        p = Path(text)
        try:
            rel = p.resolve().relative_to(root) if p.is_absolute() or p.exists() else None
        except ValueError:
            rel = None
        if rel is not None:
            found.add(str(PurePosixPath(*rel.parts)) if rel.parts else ".")
            continue
        parts = PurePosixPath(text.replace("\\", "/")).parts
        found.update(n for n, np in wanted.items() if np and parts[-len(np):] == np)
    return found & set(wanted)


def attest_report(report_path: Path, model: Path, manifest: Manifest) -> Attestation:
    """The attestation of one JSON report for the model whose manifest is about to be signed."""
    from modelward.core.render.json import from_json

    try:
        data = Path(report_path).read_bytes()
    except OSError as exc:
        raise IntegrityError(f"{report_path}: cannot read the report to attest ({exc.strerror})") from None
    try:
        report = from_json(data.decode("utf-8"))
    except (DataError, UnicodeDecodeError) as exc:
        raise IntegrityError(f"{report_path}: {exc}") from None
    meta = report.metadata
    kind = meta.command.split()[0] if meta.command.split() else "report"
    worst = report.worst
    verdict = "errors" if report.errors else "findings" if worst is not None and worst >= FAIL_AT else "clean"
    digests = _whole_file_digests(Path(model), manifest)
    by_hash: dict[str, list[str]] = {}
    for name, digest in digests.items():
        by_hash.setdefault(digest, []).append(name)
    scanned = {n for i in meta.inputs for n in by_hash.get(i.sha256, [])}
    stale = sorted(i.path for i in meta.inputs  # the report read another version of a file the model has
                   if i.sha256 not in by_hash and _names_by_path([i.path], Path(model), digests))
    skipped = _names_by_path((s.subject for s in report.skipped), Path(model), digests) - scanned
    not_covered = set(digests) - scanned - skipped
    key = lambda n: PurePosixPath(n).parts  # noqa: E731
    return Attestation(kind, Path(report_path).name, hashlib.sha256(data).hexdigest(), meta.command, meta.created,
                       meta.tool_version, verdict, worst.value if worst else None, len(report.findings),
                       len(report.errors), tuple(sorted(scanned, key=key)), tuple(sorted(skipped, key=key)),
                       tuple(sorted(not_covered, key=key)), tuple(stale))


def check_requirement(requirement: str, attestations: Sequence[Attestation]) -> list[str]:
    """Why the signed attestations do not meet `requirement` (empty when they do)."""
    if requirement == "scan-clean":
        scans = [a for a in attestations if a.kind == "scan"]
        if not scans:
            return ["no scan report is attested: the model was never scanned (sign it with --attest SCAN.json)"]
        problems = [f"the attested scan {a.report} ({a.report_sha256[:12]}) is not clean: {a.verdict}"
                    + (f", worst {a.worst}" if a.worst else "") for a in scans if a.verdict != "clean"]
        covered = {n for a in scans for n in (*a.scanned, *a.skipped)}
        missing = sorted({n for a in scans for n in a.not_covered} - covered)
        if missing:
            problems.append(f"files no attested scan covered: {', '.join(missing[:8])}"
                            + (f" (+{len(missing) - 8} more)" if len(missing) > 8 else ""))
        stale = sorted({p for a in scans for p in a.stale})
        if stale:
            problems.append("the scan is stale: it read other bytes than the model now has in "
                            + ", ".join(stale[:8]))
        return problems
    if requirement == "assessed":
        runs = [a for a in attestations if a.kind == "assess"]
        if not runs:
            return ["no assessment report is attested (sign it with --attest ASSESS.json)"]
        return [f"the attested assessment {a.report} had errors" for a in runs if a.errors]
    raise IntegrityError(f"--require {requirement!r}: expected one of {', '.join(REQUIREMENTS)}")
