"""Explanations as security evidence: attributions (exact TreeSHAP, KernelSHAP over a background,
integrated gradients), their stability and sanity, surrogate rules, and the audits built on them (label
leaks, backdoor triggers, proxies of a sensitive attribute, group fairness).

    from modelward.explain import attribute, explain, fit_rules
"""

from __future__ import annotations

from typing import Any

__all__ = ["Attributions", "Explanation", "RuleList", "attribute", "explain", "fit_rules"]

_WHERE = {
    "Attributions": "modelward.explain.attributions",
    "attribute": "modelward.explain.attributions",
    "Explanation": "modelward.explain.explanation",
    "explain": "modelward.explain.explanation",
    "RuleList": "modelward.explain.rules",
    "fit_rules": "modelward.explain.rules",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
