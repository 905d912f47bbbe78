"""Streaming drift detection with bounded memory and a controlled false-alarm rate.

Rows arrive in batches of any size (one row is a batch). Each column's values are mapped to one of K
groups of equal reference mass (the reference's exact bucket counts decide the group edges), and rows
are counted in windows of W rows; nothing else is kept: memory is a few arrays of size columns x K,
whatever the traffic. When a window is full, every column yields five standard-normal scores:

- location: the mean mid-rank (probability integral transform) of its rows against its exact null
  mean and variance under the reference, two-sided (a shift up, a shift down);
- shape: the normal score of the chi-square test of the window's group counts (scale, shape);
- extreme: the normal score of the binomial upper tail of the rows beyond the reference's 0.1% and
  99.9% quantiles (a far-away mixture, values never seen), exact for small counts;
- missing: the same for missing or infinite values.

Each score feeds a one-sided CUSUM S = max(0, S + z - k), which accumulates small persistent shifts
that no single window shows and fires at once on large ones. The threshold h comes from Siegmund's
approximation of the in-control run length, (exp(2k b) - 2k b - 1) / (2k^2) with b = h + 1.166, set
so that each of the 5 x columns CUSUMs averages `target_arl` x 5 x columns windows before a false
alarm: by the union bound the detector averages at least about `target_arl` windows. The reference's
own sampling error is accounted for: the location and shape variances are inflated by 1 + W / n_ref,
the tail and missing shares are their 99% upper confidence bounds, and the reference must hold at
least 16 windows (the window shrinks to fit a small reference).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import special, stats

from modelward.core.errors import ConfigError, DataError
from modelward.monitor.sketch import _EXP_BIAS, Bucketing, NumericSketch

STATISTICS = ("location+", "location-", "shape", "extreme", "missing")
SIEGMUND_SHIFT = 1.166
MIN_REFERENCE_WINDOWS = 16
MAX_Z = 60.0
TAIL = 0.001  # reference share beyond each extreme threshold
SHARE_CONFIDENCE = 0.99  # shares of rare events are their upper bound at this level
_COLUMN_OFFSET = 1 << 40  # keys of column j live in [j, j + 1) * offset, so all columns search at once


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


def upper_share(k: int, n: int, level: float = SHARE_CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound of a share seen k times in n."""
    if n <= 0:
        return 1.0
    return 1.0 if k >= n else float(stats.beta.ppf(level, k + 1, n - k))


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
    """A column's null model: its bucketing map, the bucket keys that start groups 1..K-1 and each
    group's reference share; the keys beyond which a value is extreme (key < low or key > high) and the
    share of such values; the share of missing values (both upper bounds)."""

    bucketing: Bucketing
    starts: np.ndarray
    shares: np.ndarray
    missing: float
    low: int
    high: int
    extreme: float

    @property
    def mid_ranks(self) -> np.ndarray:
        out: np.ndarray = np.cumsum(self.shares) - self.shares / 2
        return out

    @classmethod
    def from_sketch(cls, sketch: NumericSketch, groups: int) -> ColumnReference:
        counts = sketch.counts.astype(float)
        total = counts.sum()
        if total == 0:
            raise DataError("stream: a reference column has no finite values")
        cum = np.cumsum(counts)
        before = cum - counts
        group = np.floor(groups * before / total).astype(np.int64)
        starts = sketch.keys[1:][np.diff(group) > 0]
        shares = np.bincount(np.searchsorted(starts, sketch.keys, side="right"), weights=counts,
                             minlength=starts.size + 1) / total
        i_high = int(np.argmax(total - cum <= TAIL * total))
        i_low = int(np.flatnonzero(before <= TAIL * total)[-1])
        beyond = int(total - cum[i_high] + before[i_low])
        return cls(sketch.bucketing, starts, shares, upper_share(sketch.n_rows - sketch.count, sketch.n_rows),
                   int(sketch.keys[i_low]), int(sketch.keys[i_high]), upper_share(beyond, int(total)))


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
    extreme: np.ndarray
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
        d = len(names)
        width = max(c.shares.size for c in columns)
        self.state = StreamState(np.zeros((d, width), np.int64), np.zeros(d), np.zeros(d, np.int64),
                                 np.zeros(d, np.int64), np.zeros((d, len(STATISTICS))))
        self._inflation = 1.0 + window / n_reference
        self._shares = np.zeros((d, width))
        mids = np.zeros((d, width))
        for j, c in enumerate(columns):
            self._shares[j, : c.shares.size] = c.shares
            mids[j, : c.shares.size] = c.mid_ranks
        self._mean = (self._shares * mids).sum(axis=1)
        self._var = np.maximum((self._shares * (mids - self._mean[:, None]) ** 2).sum(axis=1), 1e-12)
        self._mids = mids.ravel()
        self._df = np.array([max(1, c.shares.size - 1) for c in columns], dtype=float)
        # all columns' maps, group starts and extreme keys as arrays, so a batch is grouped in a few calls
        self._center = np.array([c.bucketing.center for c in columns])
        self._inv_scale = np.array([1.0 / c.bucketing.scale for c in columns])
        bits = np.array([c.bucketing.bits for c in columns], dtype=np.int64)
        self._shift, self._bias = 52 - bits, _EXP_BIAS << bits
        offsets = np.arange(d, dtype=np.int64) * _COLUMN_OFFSET
        self._offsets = offsets
        self._starts = np.concatenate([c.starts.astype(np.int64) + off for c, off in zip(columns, offsets,
                                                                                          strict=True)])
        self._starts_before = np.cumsum([0] + [c.starts.size for c in columns[:-1]])
        self._low = np.array([c.low for c in columns], dtype=np.int64)
        self._high = np.array([c.high for c in columns], dtype=np.int64)
        self._p_extreme = np.array([c.extreme for c in columns])
        self._p_missing = np.array([c.missing for c in columns])

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

    def _classify(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row and column: the flat index of its group cell (-1 if missing), whether it is extreme,
        and its mid-rank (0 if missing)."""
        finite = np.isfinite(X)
        Z = np.where(finite, X, self._center) - self._center
        Z *= self._inv_scale
        A = np.abs(Z)
        A += 1.0
        keys = np.right_shift(A.view(np.int64), self._shift) - self._bias
        np.negative(keys, out=keys, where=Z < 0)
        local = np.searchsorted(self._starts, keys + self._offsets, side="right") - self._starts_before
        width = self.state.counts.shape[1]
        cell = np.where(finite, local + np.arange(X.shape[1]) * width, -1)
        extreme = finite & ((keys < self._low) | (keys > self._high))
        mids = np.where(finite, self._mids[np.maximum(cell, 0)], 0.0)
        return cell, extreme, mids

    def update(self, rows: np.ndarray) -> list[Alarm]:
        """Count a batch of rows (n x columns; one row may be 1-D); returns the alarms it raised."""
        X = np.asarray(rows, dtype=float)
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2 or X.shape[1] != len(self.names):
            raise DataError(f"stream: rows must have {len(self.names)} columns, got shape {X.shape}")
        cell, extreme, mids = self._classify(X)
        raised: list[Alarm] = []
        start = 0
        while start < X.shape[0]:
            take = min(self.window - self.state.rows, X.shape[0] - start)
            part = slice(start, start + take)
            self._count(cell[part], extreme[part], mids[part])
            start += take
            if self.state.rows == self.window:
                raised += self._close_window()
        self.state.rows_seen += X.shape[0]
        return raised

    def _count(self, cell: np.ndarray, extreme: np.ndarray, mids: np.ndarray) -> None:
        s = self.state
        present = cell[cell >= 0]
        s.counts += np.bincount(present, minlength=s.counts.size).reshape(s.counts.shape)
        s.missing += (cell < 0).sum(axis=0)
        s.extreme += extreme.sum(axis=0)
        s.location += mids.sum(axis=0)
        s.rows += cell.shape[0]

    def window_scores(self) -> np.ndarray:
        """The open window's standard scores (columns x 5), as if it were closed now."""
        s = self.state
        n = s.counts.sum(axis=1).astype(float)
        tested = n >= 2
        safe_n = np.maximum(n, 1.0)
        loc = np.where(tested, (s.location - n * self._mean) / np.sqrt(safe_n * self._var * self._inflation), 0.0)
        expected = n[:, None] * self._shares
        gaps = np.where(self._shares > 0, (s.counts - expected) ** 2 / np.where(expected > 0, expected, 1.0), 0.0)
        chi2 = gaps.sum(axis=1) / self._inflation
        shape = np.where(tested, -special.ndtri_exp(np.minimum(stats.chi2.logsf(chi2, self._df), -1e-300)), 0.0)
        extreme = binomial_scores(s.extreme, n, self._p_extreme)
        missing = binomial_scores(s.missing, np.full(n.shape, float(s.rows)), self._p_missing)
        out: np.ndarray = np.clip(np.column_stack([loc, -loc, shape, extreme, missing]), -MAX_Z, MAX_Z)
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
        s.extreme[:] = 0
        s.missing[:] = 0
        s.rows = 0
        return raised

    def reset(self) -> None:
        """Forget the alarms and the evidence (after a person looked, or after re-baselining)."""
        s = self.state
        s.cusum[:] = 0.0
        s.alarms = []


def binomial_scores(k: np.ndarray, n: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Normal scores of P(X >= k), X ~ Binomial(n, p), per column: how surprising k rare events are.
    No event is no evidence (the lowest score); an event that the reference never allows is the highest."""
    k, n, p = (np.asarray(v, dtype=float) for v in (k, n, p))
    with np.errstate(divide="ignore", invalid="ignore"):
        log_tail = stats.binom.logsf(k - 1, n, np.clip(p, 1e-300, 1.0))
    scores = -special.ndtri_exp(np.minimum(np.nan_to_num(log_tail, nan=0.0, neginf=-1e300), -1e-300))
    scores = np.where(k <= 0, -MAX_Z, scores)
    out: np.ndarray = np.where((p <= 0) & (k > 0), MAX_Z, scores)
    return out


# ------------------------------------------------------------------ persistence


def detector_arrays(det: StreamingDetector, prefix: str) -> dict[str, np.ndarray]:
    """The detector's reference and state as plain arrays (saved with numpy, read without pickle)."""
    cols = det.columns
    s = det.state
    return {
        f"{prefix}maps": np.array([[c.bucketing.center, c.bucketing.scale, c.bucketing.bits, c.missing, c.low, c.high,
                                    c.extreme] for c in cols]),
        f"{prefix}starts": np.concatenate([c.starts for c in cols]).astype(np.int64),
        f"{prefix}shares": np.concatenate([c.shares for c in cols]),
        f"{prefix}sizes": np.array([c.shares.size for c in cols], np.int64),
        f"{prefix}counts": s.counts, f"{prefix}location": s.location, f"{prefix}extreme": s.extreme,
        f"{prefix}missing": s.missing, f"{prefix}cusum": s.cusum,
        f"{prefix}totals": np.array([s.rows, s.windows, s.rows_seen, det.n_reference], np.int64),
    }


def detector_from_arrays(arrays: dict[str, np.ndarray], prefix: str, names: tuple[str, ...],
                         settings: StreamSettings, alarms: list[Alarm]) -> StreamingDetector:
    """A detector restored from `detector_arrays`; shapes that do not fit are a DataError."""
    try:
        maps, sizes = arrays[f"{prefix}maps"], arrays[f"{prefix}sizes"]
        starts, shares = arrays[f"{prefix}starts"], arrays[f"{prefix}shares"]
        if maps.shape != (len(names), 7) or sizes.shape != (len(names),) or int(sizes.sum()) != shares.size \
                or starts.size != shares.size - len(names) or (sizes < 1).any():
            raise DataError("the saved reference does not match its column names")
        columns, at, at_start = [], 0, 0
        for (center, scale, bits, missing, low, high, extreme), size in zip(maps.tolist(), sizes.tolist(),
                                                                            strict=True):
            columns.append(ColumnReference(Bucketing(center, scale, int(bits)), starts[at_start:at_start + size - 1],
                                           shares[at:at + size], float(missing), int(low), int(high), float(extreme)))
            at, at_start = at + size, at_start + size - 1
        rows, windows, rows_seen, n_reference = (int(v) for v in arrays[f"{prefix}totals"].tolist())
        det = StreamingDetector(names, tuple(columns), n_reference, settings)
        for key in ("counts", "location", "extreme", "missing", "cusum"):
            value, current = arrays[f"{prefix}{key}"], getattr(det.state, key)
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
