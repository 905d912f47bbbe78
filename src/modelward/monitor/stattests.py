"""Two-sample drift tests and effect sizes, as small pure functions on aligned counts.

Every test here works on *counts over a shared partition* (the buckets of two `NumericSketch`es, or
the categories of two `CategorySketch`es), so the same code serves a 100-row check and a 1-billion-row
batch report, and a partition read in chunks gives the same answer as one read at once. Each test
declares where it applies (`TESTS`): what kind of column, how many rows it needs, and how binning
affects it (a Kolmogorov-Smirnov distance taken only at bucket edges can only be smaller than the
exact one, so its p-value is conservative).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import special, stats


@dataclass(frozen=True)
class StatTest:
    """A test's declared applicability: the column kinds it takes, the rows each sample needs, and how
    the partition it runs on affects it."""

    id: str
    name: str
    kinds: tuple[str, ...]
    min_rows: int
    applicability: str


@dataclass(frozen=True)
class StatResult:
    """A test's statistic and p-value (`df`: degrees of freedom where the test has them)."""

    test: str
    statistic: float
    p_value: float
    df: int = 0

    def __post_init__(self) -> None:
        if not 0.0 <= self.p_value <= 1.0 or math.isnan(self.p_value):
            raise ValueError(f"{self.test}: p-value {self.p_value} is not in [0, 1]")


TESTS: dict[str, StatTest] = {t.id: t for t in (
    StatTest("ks", "Kolmogorov-Smirnov (two-sample)", ("numeric",), 30,
             "numeric columns; the distance is taken at bucket edges, a lower bound of the exact one, so the "
             "p-value (asymptotic, Kolmogorov's distribution at the effective sample size) is conservative"),
    StatTest("chi2", "Pearson chi-square (2 x k contingency)", ("numeric", "categorical"), 30,
             "categories, or numeric buckets merged into groups of equal reference mass; groups with no "
             "rows in either sample are dropped; valid when most expected counts are 5 or more"),
    StatTest("special", "chi-square on missing and infinite shares", ("numeric",), 30,
             "the shares of NaN, +inf and -inf against finite values; run only when a sample has any"),
    StatTest("proportion", "two-proportion z-test", ("binary",), 30,
             "a share in each sample (accuracy, missing rate); normal approximation with pooled variance"),
)}


# ---------------------------------------------------------------- helpers


def _counts(values: np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1:
        raise ValueError(f"{name}: counts must be 1-D, got shape {arr.shape}")
    if (arr < 0).any() or not np.isfinite(arr).all():
        raise ValueError(f"{name}: counts must be finite and non-negative")
    return arr


def _pair(ref: np.ndarray, cur: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    r, c = _counts(ref, "reference"), _counts(cur, "current")
    if r.shape != c.shape:
        raise ValueError(f"reference and current counts differ in length: {r.shape[0]} vs {c.shape[0]}")
    return r, c


def effective_n(n_ref: float, n_cur: float) -> float:
    """n_ref * n_cur / (n_ref + n_cur): the sample size that sets a two-sample test's resolution."""
    return 0.0 if n_ref <= 0 or n_cur <= 0 else n_ref * n_cur / (n_ref + n_cur)


def shares(counts: np.ndarray) -> np.ndarray:
    total = float(np.sum(counts))
    return np.zeros(len(counts)) if total <= 0 else np.asarray(counts, dtype=float) / total


# ------------------------------------------------------------------- tests


def ks_from_counts(ref: np.ndarray, cur: np.ndarray) -> StatResult:
    """Two-sample Kolmogorov-Smirnov on counts over ordered buckets: D = max |F_ref - F_cur| at bucket
    edges; p from Kolmogorov's distribution at the effective sample size (exact one-sample law when
    that is under 10,000, the asymptotic one above)."""
    r, c = _pair(ref, cur)
    n_r, n_c = r.sum(), c.sum()
    if n_r == 0 or n_c == 0:
        return StatResult("ks", 0.0, 1.0)
    d = float(np.max(np.abs(np.cumsum(r) / n_r - np.cumsum(c) / n_c)))
    n_eff = effective_n(n_r, n_c)
    if n_eff < 10_000:
        p = float(stats.kstwo.sf(d, max(1, round(n_eff))))
    else:
        p = float(stats.kstwobign.sf(d * math.sqrt(n_eff)))
    return StatResult("ks", d, min(1.0, max(0.0, p)))


def chi2_from_counts(ref: np.ndarray, cur: np.ndarray, test: str = "chi2") -> StatResult:
    """Pearson's chi-square test of homogeneity on a 2 x k table (groups empty in both samples are
    dropped; one group left means nothing to compare, p = 1)."""
    r, c = _pair(ref, cur)
    keep = (r + c) > 0
    r, c = r[keep], c[keep]
    n_r, n_c = r.sum(), c.sum()
    if r.size < 2 or n_r == 0 or n_c == 0:
        return StatResult(test, 0.0, 1.0)
    total = n_r + n_c
    col = r + c
    e_r, e_c = col * n_r / total, col * n_c / total
    stat = float(np.sum((r - e_r) ** 2 / e_r) + np.sum((c - e_c) ** 2 / e_c))
    df = int(r.size - 1)
    return StatResult(test, stat, float(stats.chi2.sf(stat, df)), df)


def two_proportion_test(k_ref: int, n_ref: int, k_cur: int, n_cur: int) -> StatResult:
    """z-test that two shares are equal (pooled variance); p = 1 when either sample is empty or the
    pooled share is 0 or 1 (no variation to test)."""
    if n_ref <= 0 or n_cur <= 0:
        return StatResult("proportion", 0.0, 1.0)
    pooled = (k_ref + k_cur) / (n_ref + n_cur)
    var = pooled * (1 - pooled) * (1 / n_ref + 1 / n_cur)
    if var <= 0:
        return StatResult("proportion", 0.0, 1.0)
    z = (k_cur / n_cur - k_ref / n_ref) / math.sqrt(var)
    return StatResult("proportion", z, float(min(1.0, 2 * stats.norm.sf(abs(z)))))


def mann_whitney_auc_p(auc: float, n_pos: int, n_neg: int) -> float:
    """One-sided p-value that an AUC this high arises by chance between two exchangeable samples
    (normal approximation of the Mann-Whitney U statistic, no tie correction: conservative with ties)."""
    if n_pos <= 0 or n_neg <= 0:
        return 1.0
    sd = math.sqrt((n_pos + n_neg + 1) / (12.0 * n_pos * n_neg))
    return float(stats.norm.sf((auc - 0.5) / sd))


# ------------------------------------------------------------ effect sizes


def total_variation(ref: np.ndarray, cur: np.ndarray) -> float:
    """Half the L1 distance between the two distributions: the share of rows that would have to move."""
    r, c = _pair(ref, cur)
    return float(0.5 * np.abs(shares(r) - shares(c)).sum())


def jensen_shannon_distance(ref: np.ndarray, cur: np.ndarray) -> float:
    """Jensen-Shannon distance (square root of the divergence, base 2): 0 identical, 1 disjoint."""
    r, c = _pair(ref, cur)
    p, q = shares(r), shares(c)
    if p.sum() == 0 or q.sum() == 0:
        return 0.0
    m = 0.5 * (p + q)
    div = 0.5 * (special.rel_entr(p, m).sum() + special.rel_entr(q, m).sum()) / math.log(2)
    return float(math.sqrt(max(0.0, min(1.0, div))))


PSI_FLOOR = 1e-4  # share given to an empty group so that PSI stays finite


def psi(ref: np.ndarray, cur: np.ndarray, floor: float = PSI_FLOOR) -> float:
    """Population stability index: sum (q - p) ln(q / p) over groups, empty shares floored at `floor`.
    Common reading: < 0.1 stable, 0.1-0.25 moderate shift, > 0.25 major shift."""
    r, c = _pair(ref, cur)
    p, q = np.maximum(shares(r), floor), np.maximum(shares(c), floor)
    return float(np.sum((q - p) * np.log(q / p)))


def wasserstein_from_counts(ref: np.ndarray, cur: np.ndarray, positions: np.ndarray) -> float:
    """Earth mover's distance between two distributions given as counts at increasing `positions`
    (e.g. the pooled mean of each bucket): integral of |F_ref - F_cur| between positions."""
    r, c = _pair(ref, cur)
    x = np.asarray(positions, dtype=float)
    if x.shape != r.shape:
        raise ValueError(f"{x.shape[0]} positions for {r.shape[0]} counts")
    if r.sum() == 0 or c.sum() == 0 or x.size < 2:
        return 0.0
    if np.any(np.diff(x) < 0):
        raise ValueError("positions must be non-decreasing")
    gap = np.abs(np.cumsum(r)[:-1] / r.sum() - np.cumsum(c)[:-1] / c.sum())
    return float(np.sum(gap * np.diff(x)))


def standardized_mean_difference(mean_ref: float, mean_cur: float, scale: float) -> float:
    """(mean_cur - mean_ref) / scale: how far the mean moved, in units of the reference's spread."""
    return 0.0 if scale <= 0 else (mean_cur - mean_ref) / scale


def newcombe_interval(k_ref: int, n_ref: int, k_cur: int, n_cur: int,
                      confidence: float = 0.95) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p_cur - p_ref, from each share's Wilson interval; sound
    near 0 and 1, where the Wald interval is not."""
    from modelward.core.stats import wilson_interval

    p1, p2 = k_ref / n_ref, k_cur / n_cur
    l1, u1 = wilson_interval(k_ref, n_ref, confidence)
    l2, u2 = wilson_interval(k_cur, n_cur, confidence)
    d = p2 - p1
    return (d - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2))
