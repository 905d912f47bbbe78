"""Evasion attacks. Each takes (model adapter, rows, labels, eps) and returns an AttackResult.

Imported lazily, so that importing one attack does not import the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "apgd": "apgd",
    "carlini_wagner_l2": "cw",
    "deepfool": "deepfool",
    "fab": "fab",
    "fgsm": "pgd",
    "hopskipjump": "hopskipjump",
    "pgd": "pgd",
    "square": "square",
    "transfer": "transfer",
    "tree_attack": "trees",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
