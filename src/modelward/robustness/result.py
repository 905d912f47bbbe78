"""What an evasion attack produced, per input row and in input order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True, eq=False)
class AttackResult:
    """Adversarial rows, per-row success, perturbation norms and queries, for one attack run.

    `success[i]` is True when `x_adv[i]` is misclassified (targeted: classified as `target[i]`)
    within `eps`; rows the model already got wrong count as successes with no perturbation.
    `access` says what the attack used: "white-box", "score", "decision" or "transfer".
    """

    attack: str
    norm: str
    eps: float | None
    x_adv: np.ndarray
    success: np.ndarray
    perturbation: np.ndarray
    queries: np.ndarray
    access: str
    targeted: bool = False
    target: np.ndarray | None = None
    clean_correct: np.ndarray | None = None
    loss_trace: tuple[float, ...] = ()
    notes: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return int(self.success.shape[0])

    @property
    def success_rate(self) -> float:
        return float(self.success.mean()) if self.n else 0.0

    @property
    def robust_accuracy(self) -> float:
        """Share of rows correctly classified and not broken (untargeted meaning)."""
        if not self.n:
            return 0.0
        correct = self.clean_correct if self.clean_correct is not None else np.ones(self.n, bool)
        return float((correct & ~self.success).mean())

    @property
    def median_perturbation(self) -> float:
        """Median norm over successful rows that needed a change (nan when there is none)."""
        mask = self.success & (self.perturbation > 0)
        return float(np.median(self.perturbation[mask])) if mask.any() else float("nan")

    def to_dict(self) -> dict[str, Any]:
        """Summary numbers for reports (arrays left out)."""
        return {
            "attack": self.attack,
            "norm": self.norm,
            "eps": self.eps,
            "access": self.access,
            "targeted": self.targeted,
            "n": self.n,
            "success_rate": self.success_rate,
            "robust_accuracy": self.robust_accuracy,
            "median_perturbation": self.median_perturbation,
            "queries_total": int(self.queries.sum()),
            "queries_max": int(self.queries.max()) if self.n else 0,
            "notes": list(self.notes),
            "params": dict(self.params),
        }
