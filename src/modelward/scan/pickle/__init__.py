"""Pickle analysis without unpickling: a symbolic VM (vm.py) and the judge of what it saw (analyse.py)."""

from __future__ import annotations

from pathlib import Path

from modelward.core.limits import DEFAULT_LIMITS, Limits
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import FileScan
from modelward.scan.pickle.analyse import Where, analyse_bytes, analyse_stream, judge_trace, run_pickles

__all__ = ["Where", "analyse_bytes", "analyse_stream", "judge_trace", "run_pickles", "scan_pickle_file"]


def scan_pickle_file(path: Path, limits: Limits = DEFAULT_LIMITS, policy: GlobalPolicy | None = None) -> FileScan:
    """A plain pickle file (any protocol), every pickle in it analysed."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        findings = analyse_stream(fh, limits, Where(str(path), policy=policy), end=size)
    return FileScan(str(path), "pickle", tuple(findings))
