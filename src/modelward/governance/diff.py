"""What changed in risk between two versions of a threat model: threats added and removed, and those
whose residual level or status moved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from modelward.governance.model import ThreatInstance, ThreatModel

_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}


@dataclass(frozen=True)
class RiskChange:
    component: str
    threat: str
    change: str  # "added", "removed", "worse", "better", "status"
    before: str  # "level/status" or "-"
    after: str

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def _label(t: ThreatInstance | None) -> str:
    return f"{t.residual_level}/{t.status}" if t else "-"


def diff_models(old: ThreatModel, new: ThreatModel) -> tuple[RiskChange, ...]:
    """Changes from `old` to `new`, worst first (added and worse before better and removed)."""
    before = {t.key: t for t in old.threats}
    after = {t.key: t for t in new.threats}
    changes = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a is None:
            kind = "added"
        elif b is None:
            kind = "removed"
        elif _RANK[b.residual_level] != _RANK[a.residual_level]:
            kind = "worse" if _RANK[b.residual_level] > _RANK[a.residual_level] else "better"
        elif a.status != b.status:
            kind = "status"
        else:
            continue
        changes.append(RiskChange(key[0], key[1], kind, _label(a), _label(b)))
    order = {"added": 0, "worse": 1, "status": 2, "better": 3, "removed": 4}
    return tuple(sorted(changes, key=lambda c: (order[c.change], c.component, c.threat)))
