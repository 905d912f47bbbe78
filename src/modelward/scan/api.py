"""`scan_path`: walk files and folders, detect each format by content, dispatch to its scanner
(in parallel with jobs > 1), and gather every file as scanned, skipped with a reason, or errored."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from modelward.core.findings import Finding
from modelward.core.limits import DEFAULT_LIMITS, Limits
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.scan.allowlist import ACTIVE_POLICY, GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.detect import detect
from modelward.scan.registry import run_scanner

HASH_MAX_BYTES = 256 * 1024**2  # inputs larger than this are listed without a content hash


def iter_targets(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(path, reason-to-skip or None) for every file, and SavedModel folder, under `paths`."""
    for root in map(Path, paths):
        if root.is_symlink():
            yield root, "symbolic link (not followed)"
        elif root.is_file():
            yield root, None
        elif root.is_dir():
            if (root / "saved_model.pb").exists():
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
                    elif (sub / "saved_model.pb").exists():
                        yield sub, None
                    else:
                        keep.append(d)
                dirnames[:] = keep
                for name in sorted(filenames):
                    p = here / name
                    yield p, ("symbolic link (not followed)" if p.is_symlink() else None)
        else:
            yield root, "does not exist"


def scan_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> FileScan:
    """One file (or SavedModel folder): detect, dispatch, never raise."""
    try:
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


def scan_path(
    path: str | Path | Iterable[str | Path],
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    policy: GlobalPolicy | None = None,
) -> Report:
    """Scan files and folders; the Report holds findings, skipped files (with reasons) and errors."""
    from modelward import __version__

    roots = [path] if isinstance(path, str | Path) else list(path)
    targets = list(iter_targets(roots))
    skipped = [Skipped(str(p), reason) for p, reason in targets if reason]
    jobs_list = [(str(p), limits, policy) for p, reason in targets if not reason]
    if jobs > 1 and len(jobs_list) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_worker, jobs_list, chunksize=max(1, len(jobs_list) // (jobs * 4))))
    else:
        results = [_worker(job) for job in jobs_list]
    findings: list[Finding] = []
    errors: list[ErrorRecord] = []
    inputs: list[InputRecord] = []
    for scan, digest in results:
        findings.extend(scan.findings)
        if scan.skipped:
            skipped.append(Skipped(scan.path, scan.skipped))
        if scan.error:
            errors.append(ErrorRecord(scan.path, scan.error))
        if digest:
            inputs.append(InputRecord(scan.path, digest, "model"))
    return Report(
        metadata=Metadata(tool_version=__version__, command="scan",
                          subject=", ".join(str(r) for r in roots), inputs=tuple(inputs)),
        findings=tuple(findings),
        skipped=tuple(skipped),
        errors=tuple(errors),
    )
