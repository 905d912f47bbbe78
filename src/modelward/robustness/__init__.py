"""Evasion robustness: attacks (white-box, score-based, decision-based, transfer, trees) and
`auto_evaluate`, an AutoAttack-style worst case with reliability checks."""

from __future__ import annotations

from modelward.robustness.result import AttackResult

__all__ = ["AttackResult"]
