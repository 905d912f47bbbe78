"""Evasion attacks. Each takes (model adapter, rows, labels, eps) and returns an AttackResult.

`from modelward.robustness.attacks import pgd` gives the function. The implementations live in
private modules whose names differ from every exported name, so importing one of them never
replaces an exported function by its module; they are imported lazily, on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "apgd": "_apgd",
    "carlini_wagner_l2": "_cw",
    "deepfool": "_deepfool",
    "fab": "_fab",
    "fgsm": "_pgd",
    "fmn": "_fmn",
    "hopskipjump": "_hopskipjump",
    "pgd": "_pgd",
    "rays": "_rays",
    "square": "_square",
    "transfer": "_transfer",
    "tree_attack": "_trees",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
