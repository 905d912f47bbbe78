"""`scan_path`: walk files and folders, detect each format by content, dispatch to its scanner
(in parallel with jobs > 1), scan model repositories as a whole, audit declared dependencies,
and gather every file as scanned, skipped with a reason, or errored."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from modelward.core.errors import ConfigError
from modelward.core.findings import Finding
from modelward.core.limits import DEFAULT_LIMITS, Limits
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.scan.allowlist import ACTIVE_POLICY, GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.detect import detect
from modelward.scan.registry import run_scanner

HASH_MAX_BYTES = 256 * 1024**2  # inputs larger than this are listed without a content hash
REPO_MARKERS = ("config.json", "tokenizer_config.json", "preprocessor_config.json", "processor_config.json")
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
            if (root / "saved_model.pb").exists() or looks_like_repo(root):
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
                    elif (sub / "saved_model.pb").exists() or looks_like_repo(sub):
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


def scan_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> FileScan:
    """One file (or SavedModel folder): detect, dispatch, never raise."""
    try:
        if not path.is_file() and not path.is_dir():  # opening a FIFO or a device could block forever
            return FileScan(str(path), "special", skipped="not a regular file (device, FIFO or socket)")
        if path.is_file() and path.stat().st_size > limits.max_file_bytes:
            limit = limits.max_file_bytes
            return FileScan(str(path), "unknown", skipped=f"larger than limits.max_file_bytes ({limit})")
        fmt = detect(path)
        if fmt in ("unknown", "directory"):
            return FileScan(str(path), fmt, skipped="not a recognised model format (detected by content)")
        return run_scanner(fmt, path, limits)
    except OSError as exc:
        return FileScan(str(path), "unknown", error=f"{path}: cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # a scanner bug must not lose the other files; it is reported as an error
        return FileScan(str(path), "unknown", error=f"{path}: scanner failed: {type(exc).__name__}: {exc}")


def _sha256(path: Path) -> str | None:
    if not path.is_file() or path.stat().st_size > HASH_MAX_BYTES:
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _worker(job: tuple[str, Limits, GlobalPolicy | None]) -> tuple[FileScan, str | None]:
    path, limits, policy = job
    token = ACTIVE_POLICY.set(policy)
    try:
        result = scan_file(Path(path), limits)
        digest = None
        if result.skipped is None:
            with contextlib.suppress(OSError):
                digest = _sha256(Path(path))
        return result, digest
    finally:
        ACTIVE_POLICY.reset(token)


def _expand(path: Path, limits: Limits) -> list[FileScan]:
    """A target as FileScans: a repository is walked by `scan_repo` (its files left PENDING, with the
    repository-level findings attached); anything else is one PENDING entry."""
    if path.is_dir() and not (path / "saved_model.pb").exists():
        from modelward.scan.repo import scan_repo

        return scan_repo(path, lambda p: FileScan(str(p), PENDING), limits)
    return [FileScan(str(path), PENDING)]


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

    roots = [path] if isinstance(path, str | Path) else list(path)
    targets = list(iter_targets(roots))
    skipped = [Skipped(str(p), reason) for p, reason in targets if reason]
    entries = [fs for p, reason in targets if not reason for fs in _expand(p, limits)]
    jobs_list = [(fs.path, limits, policy) for fs in entries if fs.format == PENDING]
    if jobs > 1 and len(jobs_list) > 1:
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
