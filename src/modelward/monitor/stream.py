"""Streaming drift detection with bounded memory and a controlled false-alarm rate.

Rows arrive in batches of any size (one row is a batch). Each column's values are mapped to one of K
groups of equal reference mass (the reference's exact bucket counts decide the group edges), and rows
are counted in windows of W rows; nothing else is kept: memory is a few arrays of size columns x K,
whatever the traffic. When a window is full, every column yields three standard-normal scores:

- location: the mean mid-rank (probability integral transform) of its rows against its exact null
  mean and variance under the reference, two-sided (a shift up, a shift down);
- shape: the normal score of the chi-square test of the window's group counts (scale, mixtures,
  new values);
- missing: the normal score of the binomial upper tail of the window's missing values.

Each score feeds a one-sided CUSUM S = max(0, S + z - k), which accumulates small persistent shifts
that no single window shows and fires at once on large ones. The threshold h comes from Siegmund's
approximation of the in-control run length, (exp(2k b) - 2k b - 1) / (2k^2) with b = h + 1.166, set
so that each of the 4 x columns CUSUMs averages `target_arl` x 4 x columns windows before a false
alarm: by the union bound the detector averages at least about `target_arl` windows. Both the window
scores' variances include the reference's own sampling error (factor 1 + W / n_ref), and the
reference must hold at least 16 windows (the window shrinks to fit a small reference).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import special, stats

from modelward.core.errors import ConfigError, DataError
from modelward.monitor.sketch import Bucketing, NumericSketch

STATISTICS = ("location+", "location-", "shape", "missing")
SIEGMUND_SHIFT = 1.166
MIN_REFERENCE_WINDOWS = 16
MAX_Z = 60.0


def siegmund_arl(h: float, k: float) -> float:
    """Average run length of a CUSUM of N(0, 1) increments with reference k and threshold h."""
    b = 2 * k * (h + SIEGMUND_SHIFT)
    return float((math.exp(b) - b - 1) / (2 * k * k))


def cusum_threshold(target_arl: float, k: float) -> float:
    """The threshold h whose in-control average run length is `target_arl` (bisection on Siegmund)."""
    lo, hi = 0.0, 1.0
    while siegmund_arl(hi, k) < target_arl:
        hi *= 2
    for _ in range(80):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if siegmund_arl(mid, k) < target_arl else (lo, mid)
    return hi


@dataclass(frozen=True)
class StreamSettings:
    """`window`: rows per test; `groups`: equal-mass groups per column (fewer when the window is small,
    so each expects at least 25 rows); `target_arl`: mean windows to a false alarm; `k`: the CUSUM's
    reference value (a per-window shift of 2k standard scores is detected fastest)."""

    window: int = 1000
    groups: int = 20
    target_arl: float = 20_000.0
    k: float = 0.5

    def __post_init__(self) -> None:
        if self.window < 10:
            raise ConfigError(f"stream: window must be at least 10 rows, got {self.window}")
        if self.groups < 2:
            raise ConfigError(f"stream: groups must be at least 2, got {self.groups}")
        if self.target_arl < 10:
            raise ConfigError(f"stream: target_arl must be at least 10 windows, got {self.target_arl}")
        if not 0.05 <= self.k <= 5:
            raise ConfigError(f"stream: k must be in [0.05, 5], got {self.k}")


@dataclass(frozen=True, eq=False)
class ColumnReference:
    """A column's null model: its bucketing map, the bucket keys that start groups 1..K-1, each
    group's reference share, its mid-rank, and the share of missing values."""

    bucketing: Bucketing
    starts: np.ndarray
    shares: np.ndarray
    missing: float

    @property
    def mid_ranks(self) -> np.ndarray:
        out: np.ndarray = np.cumsum(self.shares) - self.shares / 2
        return out

    @classmethod
    def from_sketch(cls, sketch: NumericSketch, groups: int) -> ColumnReference:
        counts = sketch.counts.astype(float)
        if counts.sum() == 0:
            raise DataError("stream: a reference column has no finite values")
        before = np.cumsum(counts) - counts
        group = np.floor(groups * before / counts.sum()).astype(np.int64)
        starts = sketch.keys[1:][np.diff(group) > 0]
        shares = np.bincount(np.searchsorted(starts, sketch.keys, side="right"), weights=counts,
                             minlength=starts.size + 1) / counts.sum()
        missing = (sketch.n_rows - sketch.count) / sketch.n_rows if sketch.n_rows else 0.0
        return cls(sketch.bucketing, starts, shares, float(missing))

    def group_of(self, values: np.ndarray) -> np.ndarray:
        """Group index of each finite value; -1 where missing or infinite."""
        finite = np.isfinite(values)
        out = np.full(values.shape, -1, dtype=np.int64)
        out[finite] = np.searchsorted(self.starts, self.bucketing.keys(values[finite]), side="right")
        return out


@dataclass(frozen=True)
class Alarm:
    """A detector alarm: which window, column and statistic, and the CUSUM value that crossed h."""

    window: int
    column: str
    statistic: str
    cusum: float
    threshold: float


@dataclass
class StreamState:
    """Everything the detector remembers: the open window's counts and the CUSUMs (bounded)."""

    counts: np.ndarray
    location: np.ndarray
    missing: np.ndarray
    cusum: np.ndarray
    rows: int = 0
    windows: int = 0
    rows_seen: int = 0
    alarms: list[Alarm] = field(default_factory=list)


MAX_ALARMS_KEPT = 100


class StreamingDetector:
    """Drift detection on a stream of rows against reference columns (see the module docstring)."""

    def __init__(self, names: tuple[str, ...], columns: tuple[ColumnReference, ...], n_reference: int,
                 settings: StreamSettings) -> None:
        if len(names) != len(columns) or not names:
            raise ConfigError("stream: one reference per column, at least one column")
        window = min(settings.window, n_reference // MIN_REFERENCE_WINDOWS)
        if window < 10:
            raise ConfigError(f"stream: the reference has {n_reference} rows; it needs at least "
                              f"{10 * MIN_REFERENCE_WINDOWS} ({MIN_REFERENCE_WINDOWS} windows of 10 rows)")
        self.names, self.columns, self.n_reference = names, columns, n_reference
        self.settings = settings
        self.window = window
        self.threshold = cusum_threshold(settings.target_arl * len(STATISTICS) * len(names), settings.k)
        width = max(c.shares.size for c in columns)
        self.state = StreamState(np.zeros((len(names), width), np.int64), np.zeros(len(names)),
                                 np.zeros(len(names), np.int64), np.zeros((len(names), len(STATISTICS))))
        self._inflation = 1.0 + window / n_reference
        means, variances = [], []
        for c in columns:
            mids = c.mid_ranks
            mean = float(np.sum(c.shares * mids))
            means.append(mean)
            variances.append(max(float(np.sum(c.shares * (mids - mean) ** 2)), 1e-12))
        self._mean, self._var = np.array(means), np.array(variances)
        self._shares = np.zeros((len(names), width))
        for j, c in enumerate(columns):
            self._shares[j, : c.shares.size] = c.shares
        self._df = np.array([max(1, c.shares.size - 1) for c in columns], dtype=float)

    @classmethod
    def fit(cls, X: np.ndarray, names: tuple[str, ...] | None = None,
            settings: StreamSettings | None = None, bits: int = 10) -> StreamingDetector:
        """A detector whose reference is the rows of X (columns in order)."""
        settings = settings or StreamSettings()
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[0] == 0:
            raise DataError(f"stream: reference rows must be a non-empty 2-D array, got shape {X.shape}")
        names = names or tuple(f"x{j}" for j in range(X.shape[1]))
        if len(names) != X.shape[1]:
            raise DataError(f"stream: {len(names)} names for {X.shape[1]} columns")
        window = min(settings.window, X.shape[0] // MIN_REFERENCE_WINDOWS)
        groups = max(2, min(settings.groups, window // 25))
        columns = tuple(ColumnReference.from_sketch(NumericSketch(Bucketing.fit(X[:, j], bits)).update(X[:, j]), groups)
                        for j in range(X.shape[1]))
        return cls(tuple(names), columns, X.shape[0], settings)

    # -------------------------------------------------------------- streaming

    @property
    def drifting(self) -> bool:
        return bool(self.state.alarms)

    def update(self, rows: np.ndarray) -> list[Alarm]:
        """Count a batch of rows (n x columns; one row may be 1-D); returns the alarms it raised."""
        X = np.asarray(rows, dtype=float)
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2 or X.shape[1] != len(self.names):
            raise DataError(f"stream: rows must have {len(self.names)} columns, got shape {X.shape}")
        groups = np.stack([c.group_of(X[:, j]) for j, c in enumerate(self.columns)])
        mids = np.stack([np.append(c.mid_ranks, 0.0)[g] for c, g in zip(self.columns, groups, strict=True)])
        raised: list[Alarm] = []
        start = 0
        while start < X.shape[0]:
            take = min(self.window - self.state.rows, X.shape[0] - start)
            self._count(groups[:, start:start + take], mids[:, start:start + take])
            start += take
            if self.state.rows == self.window:
                raised += self._close_window()
        self.state.rows_seen += X.shape[0]
        return raised

    def _count(self, groups: np.ndarray, mids: np.ndarray) -> None:
        s = self.state
        width = s.counts.shape[1]
        for j in range(groups.shape[0]):
            g = groups[j]
            s.counts[j] += np.bincount(g[g >= 0], minlength=width)[:width]
            s.missing[j] += int((g < 0).sum())
        s.location += mids.sum(axis=1)
        s.rows += groups.shape[1]

    def window_scores(self) -> np.ndarray:
        """The open window's standard scores (columns x 4), as if it were closed now."""
        s = self.state
        n = (s.counts * (self._shares > 0)).sum(axis=1).astype(float)
        tested = n >= 2
        safe_n = np.maximum(n, 1.0)
        loc = np.where(tested, (s.location - n * self._mean) / np.sqrt(safe_n * self._var * self._inflation), 0.0)
        expected = n[:, None] * self._shares
        gaps = np.where(self._shares > 0, (s.counts - expected) ** 2 / np.where(expected > 0, expected, 1.0), 0.0)
        chi2 = gaps.sum(axis=1) / self._inflation
        shape = np.where(tested, -special.ndtri_exp(np.minimum(stats.chi2.logsf(chi2, self._df), -1e-300)), 0.0)
        missing = np.array([_binomial_score(int(k), s.rows, c.missing) for k, c in zip(s.missing, self.columns,
                                                                                          strict=True)])
        out: np.ndarray = np.clip(np.column_stack([loc, -loc, shape, missing]), -MAX_Z, MAX_Z)
        return out

    def _close_window(self) -> list[Alarm]:
        s = self.state
        scores = self.window_scores()
        s.cusum = np.maximum(0.0, s.cusum + scores - self.settings.k)
        s.windows += 1
        raised = [Alarm(s.windows, self.names[j], STATISTICS[i], round(float(s.cusum[j, i]), 4),
                        round(self.threshold, 4)) for j, i in zip(*np.nonzero(s.cusum > self.threshold), strict=True)]
        if raised:
            s.cusum[:] = 0.0  # start collecting fresh evidence after an alarm
            s.alarms = (s.alarms + raised)[-MAX_ALARMS_KEPT:]
        s.counts[:] = 0
        s.location[:] = 0.0
        s.missing[:] = 0
        s.rows = 0
        return raised

    def reset(self) -> None:
        """Forget the alarms and the evidence (after a person looked, or after re-baselining)."""
        s = self.state
        s.cusum[:] = 0.0
        s.alarms = []


def _binomial_score(k: int, n: int, p: float) -> float:
    """Normal score of P(X >= k), X ~ Binomial(n, p): how surprising k missing values are."""
    if n == 0:
        return 0.0
    if k == 0:
        return -MAX_Z  # P(X >= 0) = 1: no evidence at all
    if p <= 0:
        return MAX_Z  # missing values where the reference had none
    log_tail = float(stats.binom.logsf(k - 1, n, p))
    return float(-special.ndtri_exp(min(log_tail, -1e-300)))


# ------------------------------------------------------------------ persistence


def detector_arrays(det: StreamingDetector, prefix: str) -> dict[str, np.ndarray]:
    """The detector's reference and state as plain arrays (saved with numpy, read without pickle)."""
    cols = det.columns
    s = det.state
    return {
        f"{prefix}maps": np.array([[c.bucketing.center, c.bucketing.scale, c.bucketing.bits, c.missing] for c in cols]),
        f"{prefix}starts": np.concatenate([c.starts for c in cols]).astype(np.int64),
        f"{prefix}shares": np.concatenate([c.shares for c in cols]),
        f"{prefix}sizes": np.array([c.shares.size for c in cols], np.int64),
        f"{prefix}counts": s.counts, f"{prefix}location": s.location, f"{prefix}missing": s.missing,
        f"{prefix}cusum": s.cusum,
        f"{prefix}totals": np.array([s.rows, s.windows, s.rows_seen, det.n_reference], np.int64),
    }


def detector_from_arrays(arrays: dict[str, np.ndarray], prefix: str, names: tuple[str, ...],
                         settings: StreamSettings, alarms: list[Alarm]) -> StreamingDetector:
    """A detector restored from `detector_arrays`; shapes that do not fit are a DataError."""
    try:
        maps, sizes = arrays[f"{prefix}maps"], arrays[f"{prefix}sizes"]
        starts, shares = arrays[f"{prefix}starts"], arrays[f"{prefix}shares"]
        if maps.shape != (len(names), 4) or sizes.shape != (len(names),) or int(sizes.sum()) != shares.size \
                or starts.size != shares.size - len(names) or (sizes < 1).any():
            raise DataError("the saved reference does not match its column names")
        columns, at, at_start = [], 0, 0
        for (center, scale, bits, missing), size in zip(maps.tolist(), sizes.tolist(), strict=True):
            columns.append(ColumnReference(Bucketing(center, scale, int(bits)), starts[at_start:at_start + size - 1],
                                           shares[at:at + size], float(missing)))
            at, at_start = at + size, at_start + size - 1
        rows, windows, rows_seen, n_reference = (int(v) for v in arrays[f"{prefix}totals"].tolist())
        det = StreamingDetector(names, tuple(columns), n_reference, settings)
        for key, value in (("counts", arrays[f"{prefix}counts"]), ("location", arrays[f"{prefix}location"]),
                           ("missing", arrays[f"{prefix}missing"]), ("cusum", arrays[f"{prefix}cusum"])):
            current = getattr(det.state, key)
            if value.shape != current.shape:
                raise DataError(f"saved {key} has shape {value.shape}, expected {current.shape}")
            setattr(det.state, key, value.astype(current.dtype))
    except KeyError as exc:
        raise DataError(f"the saved detector lacks {exc.args[0]!r}") from None
    except ValueError as exc:
        raise DataError(f"the saved detector is inconsistent: {exc}") from None
    if not 0 <= rows < det.window:
        raise DataError(f"the saved window holds {rows} rows; the window is {det.window}")
    det.state.rows, det.state.windows, det.state.rows_seen = rows, windows, rows_seen
    det.state.alarms = alarms[-MAX_ALARMS_KEPT:]
    return det
