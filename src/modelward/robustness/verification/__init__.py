"""Robustness verification: prove that no L∞ perturbation of radius eps changes a row's class, or find one.

ReLU networks get alpha-CROWN bounds, beta-CROWN-style branch and bound and an exact MILP (HiGHS);
scikit-learn tree models get exact leaf enumeration or a MILP for small ensembles and sound bounds
otherwise. `verify` returns a `VerificationResult`: each row verified, attackable or unknown, and
robust accuracy as an interval [verified, not attackable].
"""

from __future__ import annotations

from modelward.robustness.verification.errors import (
    UnsupportedModelError,
    VerificationConfigError,
    VerificationDataError,
)
from modelward.robustness.verification.result import VerificationResult
from modelward.robustness.verification.runner import verify

__all__ = ["UnsupportedModelError", "VerificationConfigError", "VerificationDataError", "VerificationResult",
           "verify"]
