"""What an anonymisation achieved and cost, from equivalence classes (rows sharing their quasi-identifiers):

- k (smallest class), distinct l (fewest sensitive values in a class) and t (largest distance between a
  class's sensitive distribution and the whole table's: earth mover's distance over ordered values, half
  the L1 distance over categories; Li, Li and Venkatasubramanian, ICDE 2007);
- re-identification risk (El Emam's models, the released table taken as the population the attacker
  knows): prosecutor risk, the worst 1/|class| and the average; the share of rows in classes smaller than
  a threshold size; marketer risk, the expected share of rows re-identified, classes / rows;
- utility loss: the normalised certainty penalty (the average share of each quasi-identifier's range a
  generalised value spans; 0 = untouched, 1 = suppressed) and the average class size over k."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def classes_of(Q: np.ndarray) -> np.ndarray:
    """Equivalence classes of the rows of Q as they stand (identical quasi-identifier values)."""
    return np.unique(np.asarray(Q), axis=0, return_inverse=True)[1].reshape(-1).astype(np.int64)


@dataclass(frozen=True)
class Risk:
    """Re-identification risk of a release."""

    k: int
    prosecutor_max: float
    prosecutor_avg: float
    marketer: float
    share_at_risk: float
    risk_threshold: float
    n_classes: int

    def to_dict(self) -> dict[str, float | int]:
        return {"k": self.k, "prosecutor_max": round(self.prosecutor_max, 6),
                "prosecutor_avg": round(self.prosecutor_avg, 6), "marketer": round(self.marketer, 6),
                "share_at_risk": round(self.share_at_risk, 6), "risk_threshold": self.risk_threshold,
                "classes": self.n_classes}


def risk(classes: np.ndarray, threshold: float = 0.2) -> Risk:
    """Risk of the release whose rows fall in `classes`; `threshold`: a row is at risk when 1/|class| > it."""
    all_sizes = np.bincount(classes)
    per_row = 1.0 / all_sizes[classes]
    sizes = all_sizes[all_sizes > 0]
    n = len(classes)
    return Risk(int(sizes.min()), float(per_row.max()), float(per_row.mean()), len(sizes) / n,
                float((per_row > threshold).mean()), threshold, len(sizes))


def distinct_l(classes: np.ndarray, sensitive: np.ndarray) -> int:
    """The fewest distinct sensitive values in any class."""
    codes = np.unique(sensitive, return_inverse=True)[1]
    pairs = np.unique(classes.astype(np.int64) * (codes.max() + 1) + codes)
    return int(np.bincount(pairs // (codes.max() + 1)).min())


def t_closeness(classes: np.ndarray, sensitive: np.ndarray, ordered: bool) -> float:
    """The largest distance between a class's sensitive distribution and the table's (EMD when ordered)."""
    values, codes = np.unique(sensitive, return_inverse=True)
    m = len(values)
    counts = np.zeros((classes.max() + 1, m))
    np.add.at(counts, (classes, codes), 1)
    counts = counts[counts.sum(axis=1) > 0]
    dist = counts / counts.sum(axis=1, keepdims=True)
    overall = np.bincount(codes, minlength=m) / len(codes)
    if ordered and m > 1:
        d = np.abs(np.cumsum(dist - overall, axis=1)[:, :-1]).sum(axis=1) / (m - 1)
    else:
        d = 0.5 * np.abs(dist - overall).sum(axis=1)
    return float(d.max())


def certainty_penalty(Q: np.ndarray, classes: np.ndarray) -> float:
    """Normalised certainty penalty of generalising each row's quasi-identifiers to its class's ranges."""
    Q = np.asarray(Q, dtype=float)
    span = Q.max(axis=0) - Q.min(axis=0)
    span[span == 0] = 1.0
    m = classes.max() + 1
    lo = np.full((m, Q.shape[1]), np.inf)
    hi = np.full((m, Q.shape[1]), -np.inf)
    np.minimum.at(lo, classes, Q)
    np.maximum.at(hi, classes, Q)
    widths = (hi - lo) / span
    return float(widths[classes].mean())
