"""Drift and degradation monitoring: batch drift reports, streaming detection, retraining triggers.

    from modelward.monitor import compare, drift_findings
    result = compare("reference.parquet", "current.parquet", model=adapter, target="label")
    for finding in drift_findings(result):
        print(finding.severity, finding.title)

Importing this package imports numpy and scipy only; pyarrow (the `data` extra) when files are read.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DriftResult", "DriftSettings", "Verdict", "compare", "drift_findings"]


def __getattr__(name: str) -> Any:
    if name == "compare":
        from modelward.monitor.drift import compare

        return compare
    if name == "drift_findings":
        from modelward.monitor.findings import drift_findings

        return drift_findings
    if name in ("DriftResult", "DriftSettings", "Verdict"):
        from modelward.monitor import result

        return getattr(result, name)
    raise AttributeError(f"module 'modelward.monitor' has no attribute {name!r}")
