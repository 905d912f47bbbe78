"""Joblib pickles: the pickle with NumpyArrayWrapper placeholders, each followed by raw array bytes
(or a nested object-array pickle) that joblib's unpickler reads itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from modelward.core.findings import Finding
from modelward.core.limits import Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.pickle.analyse import Where, analyse_stream, judge_trace, run_pickles
from modelward.scan.pickle.joblib_arrays import WRAPPER


def analyse_joblib_stream(stream: BinaryIO, limits: Limits, where: Where, end: int | None = None) -> list[Finding]:
    """As joblib.load reads it; bytes after the object are not run by joblib and are not scanned."""
    return analyse_stream(stream, limits, where, end=end, joblib=True, trailing="data")


def scan_pickle_or_joblib(path: Path, limits: Limits, policy: GlobalPolicy | None = None) -> FileScan:
    """A plain pickle, or an uncompressed joblib file. With array wrappers, both readings are judged:
    joblib.load's (array bytes skipped) in full, and pickle.load's (array bytes run as opcodes) for
    denylisted globals only, since array bytes are otherwise noise."""
    file, size = str(path), path.stat().st_size
    where = Where(file, policy=policy)
    with open(path, "rb") as fh:
        first = run_pickles(fh, limits, end=size, max_pickles=1)
    if not any(g.fullname == WRAPPER for t in first for g in t.globals):
        with open(path, "rb") as fh:
            return FileScan(file, "pickle", tuple(analyse_stream(fh, limits, where, end=size)))
    with open(path, "rb") as fh:
        findings = analyse_joblib_stream(fh, limits, where, end=size)
    seen = {(f.check_id, f.evidence.measurements.get("global")) for f in findings}
    for trace in first:
        for f in judge_trace(trace, limits, where):
            key = (f.check_id, f.evidence.measurements.get("global"))
            if f.evidence.likelihood and key not in seen:  # critical/high only
                findings.append(replace(f, title=f.title + " (when read by pickle.load)"))
    return FileScan(file, "joblib", tuple(findings))
