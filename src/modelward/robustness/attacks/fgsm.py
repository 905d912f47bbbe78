"""Fast gradient sign method (Goodfellow et al. 2015): a single step of size eps."""

from __future__ import annotations

from modelward.robustness.attacks.pgd import fgsm

__all__ = ["fgsm"]
