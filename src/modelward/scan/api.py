"""`scan_path`: walk files and folders, detect each format by content, dispatch to its scanner
(in parallel with jobs > 1), scan model repositories as a whole, audit declared dependencies,
and gather every file (and archive member) as scanned, skipped with a reason, or errored."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from modelward.core.errors import ConfigError, DataError
from modelward.core.findings import Finding
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.scan.allowlist import GlobalPolicy, builtin_policy
from modelward.scan.base import FileScan, MemberNote
from modelward.scan.dispatch import scan_source
from modelward.scan.limits import DEFAULT_LIMITS, Limits
from modelward.scan.source import Source

HASH_MAX_BYTES = 256 * 1024**2  # inputs larger than this are listed without a content hash
REPO_MARKERS = ("config.json", "tokenizer_config.json", "preprocessor_config.json", "processor_config.json")
SAVED_MODEL_FILES = ("saved_model.pb", "saved_model.pbtxt")
PENDING = "pending"  # placeholder format while a repository's files wait for the (parallel) scan


def looks_like_repo(folder: Path) -> bool:
    """A Hugging Face style model repository: a config file at the top, or Python code beside the weights."""
    if not folder.is_dir() or folder.is_symlink():
        return False
    with contextlib.suppress(OSError):
        if any((folder / m).is_file() for m in REPO_MARKERS):
            return True
        return any(p.suffix == ".py" and p.is_file() for p in folder.iterdir())
    return False


def iter_targets(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(path, reason-to-skip or None) for every file, SavedModel folder and model repository under `paths`.
    A repository is yielded as its folder; `scan_path` scans it with `scan_repo`."""
    for root in map(Path, paths):
        if root.is_symlink():
            yield root, "symbolic link (not followed)"
        elif root.is_file():
            yield root, None
        elif root.is_dir():
            if is_saved_model(root) or looks_like_repo(root):
                yield root, None
                continue
            for dirpath, dirnames, filenames in os.walk(root):
                here = Path(dirpath)
                dirnames.sort()
                keep = []
                for d in dirnames:
                    sub = here / d
                    if sub.is_symlink():
                        yield sub, "symbolic link (not followed)"
                    elif is_saved_model(sub) or looks_like_repo(sub):
                        yield sub, None
                    else:
                        keep.append(d)
                dirnames[:] = keep
                for name in sorted(filenames):
                    p = here / name
                    yield p, ("symbolic link (not followed)" if p.is_symlink() else None)
        elif root.exists():
            yield root, "not a regular file (device, FIFO or socket)"
        else:
            yield root, "does not exist"


def is_saved_model(folder: Path) -> bool:
    return any((folder / n).is_file() for n in SAVED_MODEL_FILES)


def scan_file(path: Path, limits: Limits = DEFAULT_LIMITS, policy: GlobalPolicy | None = None) -> FileScan:
    """One file (or SavedModel folder), opened once: detect, dispatch, never raise."""
    return _scan_and_hash(path, limits, policy or builtin_policy())[0]


def _scan_and_hash(path: Path, limits: Limits, policy: GlobalPolicy) -> tuple[FileScan, str | None]:
    """The scan and the sha256 of the very bytes scanned (one open); no hash past HASH_MAX_BYTES."""
    try:
        if not path.is_file() and not path.is_dir():  # opening a FIFO or a device could block forever
            return FileScan(str(path), "special", skipped="not a regular file (device, FIFO or socket)"), None
        target, fmt = path, None
        if path.is_dir():
            found = [path / n for n in SAVED_MODEL_FILES if (path / n).is_file()]
            if not found:
                return FileScan(str(path), "directory", skipped="a folder without saved_model.pb(txt)"), None
            target, fmt = found[0], "savedmodel"
        with Source.open(target, name=str(path)) as source:
            if (source.size or 0) > limits.max_file_bytes:
                return FileScan(str(path), "unknown",
                                skipped=f"larger than limits.max_file_bytes ({limits.max_file_bytes})"), None
            result = scan_source(source, policy, limits, fmt)
            return result, (_sha256(source) if result.skipped is None else None)
    except (OSError, DataError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return FileScan(str(path), "unknown", error=f"{path}: cannot be read ({reason})"), None


def _sha256(source: Source) -> str | None:
    if (source.size or 0) > HASH_MAX_BYTES:
        return None
    digest = hashlib.sha256()
    reader = source.reader()
    while block := reader.read(1 << 20):
        digest.update(block)
    return digest.hexdigest()


def _worker(job: tuple[str, Limits, GlobalPolicy]) -> tuple[FileScan, str | None]:
    path, limits, policy = job
    return _scan_and_hash(Path(path), limits, policy)


def _expand(path: Path, limits: Limits) -> list[FileScan]:
    """A target as FileScans: a repository is walked by `scan_repo` (its files left PENDING, with the
    repository-level findings attached); anything else is one PENDING entry. Never raises."""
    if path.is_dir() and not is_saved_model(path):
        from modelward.scan.repo import scan_repo

        try:
            return scan_repo(path, lambda p: FileScan(str(p), PENDING), limits)
        except Exception as exc:  # a bug in the repository walk must not end the scan of other paths
            return [FileScan(str(path), "repo", error=f"{path}: repository scan failed: {type(exc).__name__}: {exc}")]
    return [FileScan(str(path), PENDING)]


def _member_records(scan: FileScan) -> tuple[list[Skipped], list[ErrorRecord]]:
    """Archive members not scanned: skipped ones grouped by reason (named, with a count), failed ones each."""
    by_reason: dict[str, list[MemberNote]] = {}
    errors = []
    for note in scan.members:
        if note.error:
            errors.append(ErrorRecord(f"{scan.path} [{note.member}]", note.reason))
        else:
            by_reason.setdefault(note.reason, []).append(note)
    skipped = []
    for reason, notes in by_reason.items():
        shown = ", ".join(n.member for n in notes[:5]) + (f", +{len(notes) - 5} more" if len(notes) > 5 else "")
        skipped.append(Skipped(f"{scan.path} [{shown}]", f"{len(notes)} archive member(s): {reason}"))
    return skipped, errors


def _resolve(placeholder: FileScan, scanned: FileScan) -> FileScan:
    """The real scan of a file plus the findings `scan_repo` attached to its placeholder."""
    if not placeholder.findings:
        return scanned
    return replace(scanned, findings=scanned.findings + placeholder.findings, skipped=None)


def check_vuln_db(vuln_db: Path) -> None:
    """Fail early, naming the option, when the advisory database cannot be used."""
    what = "expected a directory (or .zip) of OSV JSON advisories, such as an export of osv.dev's PyPI data"
    if not vuln_db.exists():
        raise ConfigError(f"--vuln-db {vuln_db}: does not exist; {what}")
    if not (vuln_db.is_dir() or vuln_db.is_file()):
        raise ConfigError(f"--vuln-db {vuln_db}: not a directory or file; {what}")
    if not os.access(vuln_db, os.R_OK | (os.X_OK if vuln_db.is_dir() else 0)):
        raise ConfigError(f"--vuln-db {vuln_db}: not readable (permission denied); {what}")


def scan_path(
    path: str | Path | Iterable[str | Path],
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    policy: GlobalPolicy | None = None,
    deps: str | Path | None = None,
    vuln_db: str | Path | None = None,
) -> Report:
    """Scan files, folders and model repositories, and audit `deps` (a requirements file, a pyproject.toml
    or "environment") against the OSV database `vuln_db`; the Report holds findings, skipped files
    (with reasons) and errors. Raises ConfigError/DataError for an unusable `deps` or `vuln_db`."""
    from modelward import __version__

    findings: list[Finding] = []
    if deps is not None:
        from modelward.scan.deps import audit_dependencies

        if vuln_db is not None:
            check_vuln_db(Path(vuln_db))
        findings += audit_dependencies(deps, Path(vuln_db) if vuln_db is not None else None, limits)

    policy = policy or builtin_policy()
    roots = [path] if isinstance(path, str | Path) else list(path)
    targets = list(iter_targets(roots))
    skipped = [Skipped(str(p), reason) for p, reason in targets if reason]
    entries = [fs for p, reason in targets if not reason for fs in _expand(p, limits)]
    jobs_list = [(fs.path, limits, policy) for fs in entries if fs.format == PENDING]
    if jobs > 1 and len(jobs_list) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            scanned = list(pool.map(_worker, jobs_list, chunksize=max(1, len(jobs_list) // (jobs * 4))))
    else:
        scanned = [_worker(job) for job in jobs_list]
    by_path = {fs.path: result for fs, result in zip((e for e in entries if e.format == PENDING), scanned,
                                                     strict=True)}
    errors: list[ErrorRecord] = []
    inputs: list[InputRecord] = []
    for entry in entries:
        scan, digest = by_path[entry.path] if entry.format == PENDING else (entry, None)
        scan = _resolve(entry, scan) if entry.format == PENDING else scan
        findings.extend(scan.findings)
        if scan.skipped:
            skipped.append(Skipped(scan.path, scan.skipped))
        if scan.error:
            errors.append(ErrorRecord(scan.path, scan.error))
        member_skips, member_errors = _member_records(scan)
        skipped.extend(member_skips)
        errors.extend(member_errors)
        if digest:
            inputs.append(InputRecord(scan.path, digest, "model"))
    if deps is not None and Path(deps).is_file():
        inputs.append(InputRecord.of_file(deps, "dependencies"))
    subject = ", ".join([str(r) for r in roots] + ([f"deps: {deps}"] if deps is not None else []))
    return Report(
        metadata=Metadata(tool_version=__version__, command="scan", subject=subject, inputs=tuple(inputs)),
        findings=tuple(findings),
        skipped=tuple(skipped),
        errors=tuple(errors),
    )
