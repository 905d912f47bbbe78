"""What verification concluded, per row, and robust accuracy as a verified interval."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.core.stats import wilson_interval

VERIFIED, ATTACKABLE, UNKNOWN = "verified", "attackable", "unknown"


@dataclass(frozen=True, eq=False)
class VerificationResult:
    """Each row is `verified` (no input in the L∞ ball of radius eps, within the input bounds, changes
    the class: proved), `attackable` (an adversarial row was found, or the clean row is misclassified)
    or `unknown` (neither within the time budget). `how[i]` names the method that decided row i;
    `x_adv[i]` is the adversarial row (the clean row where none); `lower[i]` the best proven lower
    bound on the row's smallest logit margin (NaN where none was computed)."""

    eps: float
    model: str
    status: tuple[str, ...]
    how: tuple[str, ...]
    x_adv: np.ndarray
    lower: np.ndarray
    seconds: float
    notes: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.status)

    def count(self, status: str) -> int:
        return sum(s == status for s in self.status)

    @property
    def interval(self) -> tuple[float, float]:
        """Robust accuracy lies in [verified share, share not attackable]: proved, not estimated."""
        if not self.n:
            return (0.0, 0.0)
        return (self.count(VERIFIED) / self.n, (self.n - self.count(ATTACKABLE)) / self.n)

    @property
    def width(self) -> float:
        lo, hi = self.interval
        return hi - lo

    def sampling_interval(self, confidence: float = 0.95) -> tuple[float, float]:
        """A Wilson interval around the verified interval, for the population the rows were drawn from."""
        lo = wilson_interval(self.count(VERIFIED), self.n, confidence)[0] if self.n else 0.0
        hi = wilson_interval(self.n - self.count(ATTACKABLE), self.n, confidence)[1] if self.n else 1.0
        return (lo, hi)

    def rows(self, status: str) -> tuple[int, ...]:
        return tuple(i for i, s in enumerate(self.status) if s == status)

    def to_dict(self) -> dict[str, Any]:
        """Summary numbers for reports (arrays left out)."""
        by_how: dict[str, int] = {}
        for h in self.how:
            by_how[h] = by_how.get(h, 0) + 1
        lo, hi = self.interval
        return {"eps": self.eps, "model": self.model, "rows": self.n, "verified": self.count(VERIFIED),
                "attackable": self.count(ATTACKABLE), "unknown": self.count(UNKNOWN),
                "robust_accuracy_interval": [lo, hi], "seconds": self.seconds, "by_method": by_how,
                "notes": list(self.notes), "params": dict(self.params)}
