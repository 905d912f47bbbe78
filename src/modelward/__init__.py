"""modelward: find, fix and guard the security threats of machine-learning models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Finding", "Report", "Severity", "__version__", "assess", "harden", "load_model"]

if TYPE_CHECKING:
    from modelward.core.findings import Finding, Severity
    from modelward.core.report import Report


def __getattr__(name: str) -> Any:
    # Lazy public names: `import modelward` stays cheap and never imports torch.
    if name in ("assess", "harden", "load_model"):
        from modelward import api

        return getattr(api, name)
    if name in ("Finding", "Severity"):
        from modelward.core import findings

        return getattr(findings, name)
    if name == "Report":
        from modelward.core.report import Report

        return Report
    raise AttributeError(f"module 'modelward' has no attribute {name!r}")
