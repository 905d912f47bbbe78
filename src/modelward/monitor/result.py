"""What a drift comparison found: frozen results per column, per schema problem, and for the whole table.

Every tested column gets a verdict:

- `no drift`: no test is significant after the correction across columns;
- `negligible`: significant, but the effect is below the declared minimum (a mean shift of 0.02
  standard deviations is significant at a million rows and matters to nobody);
- `drift`: significant and at least the minimum effect; `magnitude` says small / moderate / large;
- `not verified`: the column could not be tested (too few rows, no values, an identifier); never clean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from modelward.core.errors import ConfigError
from modelward.monitor.multiple import CORRECTIONS
from modelward.monitor.stattests import StatResult


class Verdict(StrEnum):
    NO_DRIFT = "no drift"
    NEGLIGIBLE = "negligible"
    DRIFT = "drift"
    NOT_VERIFIED = "not verified"


# Effect thresholds: (small, moderate, large) lower bounds of each magnitude, per effect measure.
NUMERIC_MAGNITUDES = (0.1, 0.3)  # Wasserstein distance in reference robust standard deviations
CATEGORICAL_MAGNITUDES = (0.05, 0.15)  # total variation: share of rows that changed category


@dataclass(frozen=True)
class DriftSettings:
    """How a comparison decides. `alpha` with `correction` across columns; `negligible_sd` (numeric:
    Wasserstein distance in reference standard deviations) and `negligible_tv` (categorical and missing
    shares: total variation) are the smallest effects called drift."""

    alpha: float = 0.01
    correction: str = "holm"
    negligible_sd: float = 0.03
    negligible_tv: float = 0.005
    min_rows: int = 30
    bits: int = 10
    max_categories: int = 1000
    sample_rows: int = 5000
    multivariate: bool = True
    chunk_rows: int = 65_536
    seed: int = 0

    def __post_init__(self) -> None:
        checks = [(0 < self.alpha < 1, "alpha must be in (0, 1)"),
                  (self.correction in CORRECTIONS, f"correction must be one of {', '.join(CORRECTIONS)}"),
                  (self.negligible_sd >= 0 and self.negligible_tv >= 0, "negligible effects must be >= 0"),
                  (self.min_rows >= 2, "min_rows must be at least 2"),
                  (4 <= self.bits <= 16, "bits must be in 4..16"),
                  (self.max_categories >= 2, "max_categories must be at least 2"),
                  (self.sample_rows >= 0, "sample_rows must be >= 0"),
                  (self.chunk_rows >= 1, "chunk_rows must be at least 1")]
        for ok, message in checks:
            if not ok:
                raise ConfigError(f"drift settings: {message}")


@dataclass(frozen=True)
class Histogram:
    """Reference and current shares over display bins, for plots: numeric bins between `edges`
    (len(shares) + 1 values), or named categories (`labels`)."""

    ref: tuple[float, ...]
    cur: tuple[float, ...]
    edges: tuple[float, ...] = ()
    labels: tuple[str, ...] = ()
    below: tuple[float, float] = (0.0, 0.0)  # shares outside the drawn range (reference, current)
    above: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class ColumnDrift:
    """One column's comparison: tests, effect sizes, the corrected decision and its verdict."""

    name: str
    kind: str
    verdict: Verdict
    role: str = "feature"
    p_value: float = 1.0
    adjusted_p: float = 1.0
    effect: float = 0.0
    effect_name: str = ""
    magnitude: str = ""
    tests: tuple[StatResult, ...] = ()
    measures: dict[str, float] = field(default_factory=dict)
    n_ref: int = 0
    n_cur: int = 0
    note: str = ""
    unseen: tuple[tuple[str, int], ...] = ()
    plot: Histogram | None = None

    @property
    def significant(self) -> bool:
        return self.verdict in (Verdict.NEGLIGIBLE, Verdict.DRIFT)


@dataclass(frozen=True)
class SchemaIssue:
    """A column the two tables do not share as the same kind: missing, new, changed kind, unsupported."""

    column: str
    problem: str
    detail: str


@dataclass(frozen=True)
class MultivariateDrift:
    """A classifier's power to tell reference rows from current rows (AUC on held-out rows)."""

    method: str
    auc: float
    p_value: float
    n_ref: int
    n_cur: int
    verdict: Verdict
    top_features: tuple[tuple[str, float], ...] = ()
    note: str = ""


@dataclass(frozen=True)
class PerformanceDrift:
    """Accuracy on labelled rows of each table, with Wilson intervals, and the change with Newcombe's."""

    metric: str
    ref: float
    cur: float
    ref_ci: tuple[float, float]
    cur_ci: tuple[float, float]
    change: float
    change_ci: tuple[float, float]
    p_value: float
    n_ref: int
    n_cur: int
    verdict: Verdict


@dataclass(frozen=True)
class DriftResult:
    """The whole comparison of a current table with a reference."""

    reference: str
    current: str
    n_ref: int
    n_cur: int
    settings: DriftSettings
    columns: tuple[ColumnDrift, ...] = ()
    schema: tuple[SchemaIssue, ...] = ()
    multivariate: MultivariateDrift | None = None
    predictions: tuple[ColumnDrift, ...] = ()
    performance: PerformanceDrift | None = None
    notes: tuple[str, ...] = ()

    def by_verdict(self, verdict: Verdict) -> tuple[ColumnDrift, ...]:
        return tuple(c for c in self.columns if c.verdict == verdict)

    @property
    def drifted(self) -> tuple[ColumnDrift, ...]:
        return self.by_verdict(Verdict.DRIFT)

    @property
    def tested(self) -> tuple[ColumnDrift, ...]:
        return tuple(c for c in self.columns if c.verdict != Verdict.NOT_VERIFIED)

    @property
    def share_drifted(self) -> float:
        tested = [c for c in self.tested if c.role == "feature"]
        return sum(c.verdict == Verdict.DRIFT for c in tested) / len(tested) if tested else 0.0
