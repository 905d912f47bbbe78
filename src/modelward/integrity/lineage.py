"""Lineage of a model: what it was made from and how, collected once and rendered three ways (an in-toto
SLSA provenance statement, a Hugging Face model card, a CycloneDX ML-BOM).

Recorded: the model's files and root digest (the manifest's, as its signature has it), each training
dataset's SHA-256 and size, the code revision (read from the repository's .git directory, never by
running anything), the environment (Python, platform, installed packages and versions), the
hyperparameters, and the scan and assessment reports with their verdicts (as attestations).
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from modelward.integrity.attest import Attestation, attest_report
from modelward.integrity.errors import IntegrityError
from modelward.integrity.manifest import FILES, Manifest, Serialization, build_manifest


@dataclass(frozen=True)
class DatasetRecord:
    name: str
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class CodeRecord:
    path: str
    revision: str | None
    branch: str | None
    remote: str | None


@dataclass(frozen=True)
class Lineage:
    """Everything the provenance, the model card and the ML-BOM are made from."""

    model_name: str
    manifest: Manifest
    datasets: tuple[DatasetRecord, ...] = ()
    code: CodeRecord | None = None
    environment: Mapping[str, Any] = field(default_factory=dict)
    hyperparameters: Mapping[str, Any] = field(default_factory=dict)
    reports: tuple[Attestation, ...] = ()
    created: str = ""
    version: str = ""


def sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
    except OSError as exc:
        raise IntegrityError(f"{path}: cannot read the dataset ({exc.strerror})") from None
    return digest.hexdigest(), size


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def git_revision(directory: Path) -> CodeRecord:
    """The checked-out commit of the repository holding `directory`, read from .git (HEAD, refs,
    packed-refs, config); nothing is executed."""
    start = Path(directory).resolve()
    for root in (start, *start.parents):
        git = root / ".git"
        if git.is_file():  # a worktree or submodule: "gitdir: PATH"
            text = _read(git) or ""
            git = (root / text.removeprefix("gitdir:").strip()).resolve() if text.startswith("gitdir:") else git
        if git.is_dir():
            break
    else:
        return CodeRecord(str(directory), None, None, None)
    head = _read(git / "HEAD") or ""
    branch = head.removeprefix("ref:").strip() if head.startswith("ref:") else None
    revision = head if branch is None else _read(git / branch)
    if revision is None and branch is not None:
        common = git / "commondir"
        base = (git / (_read(common) or "")).resolve() if common.exists() else git
        revision = _read(base / branch)
        for line in (_read(base / "packed-refs") or "").splitlines():
            if revision is None and line.endswith(" " + branch):
                revision = line.split()[0]
    remote = None
    for line in (_read(git / "config") or "").splitlines():
        if line.strip().startswith("url =") and remote is None:
            remote = line.split("=", 1)[1].strip()
    return CodeRecord(str(root), revision, branch.removeprefix("refs/heads/") if branch else None, remote)


def environment(packages: Sequence[str] | None = None) -> dict[str, Any]:
    """Python, platform and installed distributions with versions (all, or those named)."""
    dists = {(d.metadata["Name"] or "").lower(): d.version for d in metadata.distributions() if d.metadata["Name"]}
    chosen = dists if packages is None else {p.lower(): dists[p.lower()] for p in packages if p.lower() in dists}
    return {"python": platform.python_version(), "implementation": sys.implementation.name,
            "platform": platform.platform(), "packages": dict(sorted(chosen.items()))}


def load_hyperparameters(path: Path) -> dict[str, Any]:
    """Hyperparameters from a JSON file (an object)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IntegrityError(f"{path}: cannot read hyperparameters as a JSON object ({exc})") from None
    if not isinstance(data, dict):
        raise IntegrityError(f"{path}: hyperparameters must be a JSON object of name: value")
    return data


def collect(model: Path, *, datasets: Sequence[Path] = (), code: Path | None = None,
            hyperparameters: Mapping[str, Any] | None = None, reports: Sequence[Path] = (),
            packages: Sequence[str] | None = None, version: str = "") -> Lineage:
    """The lineage of `model` (file or directory) from the given datasets, code, hyperparameters and reports."""
    model = Path(model)
    manifest = build_manifest(model, Serialization(FILES))
    records = []
    for d in datasets:
        digest, size = sha256_file(Path(d))
        records.append(DatasetRecord(Path(d).name, str(d), digest, size))
    return Lineage(manifest.model_name, manifest, tuple(records), git_revision(code) if code is not None else None,
                   environment(packages), dict(hyperparameters or {}),
                   tuple(attest_report(Path(r), model, manifest) for r in reports),
                   datetime.now(UTC).isoformat(timespec="seconds"), version)
