"""Class imbalance, and group representation and label rates (the data side of fairness): for each group of
a declared column, its share of the rows and its rate of each label, with the ratio of the lowest to
the highest rate (the "four-fifths rule" flags a ratio below 0.8)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ClassBalance:
    """Rows per class and the ratio of the largest class to the smallest."""

    counts: dict[str, int]
    ratio: float
    smallest: str
    smallest_share: float


def class_balance(y: np.ndarray) -> ClassBalance:
    classes, counts = np.unique(np.asarray(y).astype(str), return_counts=True)
    i = int(counts.argmin())
    return ClassBalance({str(c): int(n) for c, n in zip(classes, counts, strict=True)},
                        float(counts.max() / counts.min()), str(classes[i]), float(counts[i] / counts.sum()))


@dataclass(frozen=True)
class GroupRates:
    """Per group of `column`: rows, share of all rows and rate of `positive`; `ratio`: lowest rate over
    highest (1 = parity) among groups with at least `min_rows` rows."""

    column: str
    positive: str
    rows: dict[str, int]
    shares: dict[str, float]
    rates: dict[str, float]
    ratio: float
    lowest: str
    highest: str


def group_rates(groups: np.ndarray, y: np.ndarray, column: str, positive: str | None = None,
                min_rows: int = 10) -> GroupRates | None:
    """Label rates by group; `positive`: the label whose rate is compared (default: the minority class).
    None when fewer than two groups have `min_rows` rows."""
    g = np.asarray(groups).astype(str)
    labels = np.asarray(y).astype(str)
    positive = positive if positive is not None else class_balance(labels).smallest
    names, counts = np.unique(g, return_counts=True)
    rows = {str(n): int(c) for n, c in zip(names, counts, strict=True)}
    rates = {n: float((labels[g == n] == positive).mean()) for n in rows if rows[n] >= min_rows}
    if len(rates) < 2:
        return None
    lowest, highest = min(rates, key=lambda k: rates[k]), max(rates, key=lambda k: rates[k])
    ratio = rates[lowest] / rates[highest] if rates[highest] > 0 else 1.0
    return GroupRates(column, positive, rows, {n: c / len(g) for n, c in rows.items()}, rates, ratio, lowest, highest)
