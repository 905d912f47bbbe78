"""Multiple-testing corrections across columns: adjusted p-values, compared with one alpha.

- `holm` (default of the drift report): controls the family-wise error rate, the chance of *any* false
  alarm in a report, whatever the number of columns that truly shifted. Monitoring pages someone on a
  false alarm, so this is the guarantee that matters; at the sample sizes of monitoring the power it
  costs over BH is small.
- `bh` (Benjamini-Hochberg): controls the false discovery rate, the expected share of false alarms
  among the alarms; more power, but with many real shifts it lets a few null columns through.
- `bonferroni`: the simplest FWER control; `none`: each column at alpha on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

CORRECTIONS = ("holm", "bh", "bonferroni", "none")


def _as_p(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    p = np.asarray(p_values, dtype=float)
    if p.ndim != 1:
        raise ValueError(f"p-values must be 1-D, got shape {p.shape}")
    if np.isnan(p).any() or (p < 0).any() or (p > 1).any():
        raise ValueError("p-values must lie in [0, 1]")
    return p


def bonferroni(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    p = _as_p(p_values)
    out: np.ndarray = np.minimum(1.0, p * p.size)
    return out


def holm(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values: sorted p_(i) times (m - i + 1), made monotone."""
    p = _as_p(p_values)
    m = p.size
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    stepped = np.maximum.accumulate(np.minimum(1.0, p[order] * (m - np.arange(m))))
    out = np.empty(m)
    out[order] = stepped
    return out


def benjamini_hochberg(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values): sorted p_(i) times m / i, made monotone from the top."""
    p = _as_p(p_values)
    m = p.size
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    stepped = np.minimum(1.0, np.minimum.accumulate(scaled[::-1])[::-1])
    out = np.empty(m)
    out[order] = stepped
    return out


def adjust(p_values: Sequence[float] | np.ndarray, method: str) -> np.ndarray:
    """Adjusted p-values by `method` (one of CORRECTIONS)."""
    if method == "holm":
        return holm(p_values)
    if method == "bh":
        return benjamini_hochberg(p_values)
    if method == "bonferroni":
        return bonferroni(p_values)
    if method == "none":
        return _as_p(p_values).copy()
    raise ValueError(f"unknown correction {method!r}; expected one of {', '.join(CORRECTIONS)}")
