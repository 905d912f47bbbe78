"""Mergeable, bounded summaries of a column read in chunks: exact counts on a shared partition.

`NumericSketch` counts finite values in buckets of a fixed, data-independent shape: after one affine
map z = (x - center) / scale (fixed once, from the reference's first chunk), bucket k holds the values
whose sign(z) * log2(1 + |z|) lies in [k, k+1) / 2**bits. The bucket key is read straight from the
bits of the float 1 + |z| (exponent and top mantissa bits), so keying a million values is a few
vectorised integer operations. Two sketches with the same map share their buckets, so counts are
exact, merge by addition (chunks, files, Dask or Ray partitions), and every drift test then runs on
the two count vectors. Resolution is about 0.07 reference standard deviations near the centre at
10 bits and a relative 0.1% far out; when a column holds more than `max_buckets` distinct buckets
(hostile or extremely spread data) the sketch halves its resolution, so memory stays bounded.

`CategorySketch` counts categories, at most `max_categories` of them (the rest are counted as one
overflow group, and the report says so). `RowSample` keeps a uniform sample of rows (bottom-k of
random keys, mergeable), for the multivariate test.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from modelward.monitor.chunk import Categories, Chunk

DEFAULT_BITS = 10
MAX_BUCKETS = 1 << 16
MAX_CATEGORIES = 1000
FIT_VALUES = 16_384  # values of the first chunk the bucketing map is fitted on
_EXP_BIAS = 1023


@dataclass(frozen=True)
class Bucketing:
    """The affine map and resolution that fix a numeric column's buckets."""

    center: float
    scale: float
    bits: int = DEFAULT_BITS

    def __post_init__(self) -> None:
        if not (math.isfinite(self.center) and math.isfinite(self.scale) and self.scale > 0):
            raise ValueError(f"bucketing needs a finite center and a positive scale, got {self.center}, {self.scale}")
        if not 1 <= self.bits <= 30:
            raise ValueError(f"bucketing bits must be in 1..30, got {self.bits}")

    @classmethod
    def fit(cls, values: np.ndarray, bits: int = DEFAULT_BITS) -> Bucketing:
        """Center at the median, scale by the robust spread (IQR / 1.349, else the standard deviation,
        else a small share of the center): a scale too small only costs buckets, never resolution."""
        x = np.asarray(values, dtype=float)
        x = x[:: max(1, x.size // FIT_VALUES)]  # evenly spaced, so a sorted chunk is still spanned
        x = x[np.isfinite(x)]
        if x.size == 0:
            return cls(0.0, 1.0, bits)
        q1, center, q3 = (float(v) for v in np.quantile(x, [0.25, 0.5, 0.75]))
        scale = (q3 - q1) / 1.349
        if not scale > 0:
            scale = float(x.std())
        if not scale > 0 or not math.isfinite(scale):
            scale = abs(center) * 1e-3 if center != 0 else 1.0
        return cls(center, scale, bits)

    def keys(self, finite: np.ndarray) -> np.ndarray:
        """Bucket key of each finite value (monotone non-decreasing in the value)."""
        z = (np.asarray(finite, dtype=float) - self.center) * (1.0 / self.scale)
        a = np.abs(z)
        a += 1.0
        k = a.view(np.int64) >> (52 - self.bits)
        k -= _EXP_BIAS << self.bits
        np.negative(k, out=k, where=z < 0)
        return k

    def coarser(self) -> Bucketing:
        return Bucketing(self.center, self.scale, self.bits - 1)


def collapse_keys(keys: np.ndarray) -> np.ndarray:
    """Keys of the same values at one bit less resolution (the same as keying them afresh)."""
    out: np.ndarray = np.sign(keys) * (np.abs(keys) >> 1)
    return out


def _aggregate(keys: np.ndarray, counts: np.ndarray, sums: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sum counts and sums per distinct key; keys come back sorted."""
    if keys.size == 0:
        return keys.astype(np.int64), counts.astype(np.int64), sums.astype(float)
    uniq, inverse = np.unique(keys, return_inverse=True)
    return (uniq, np.bincount(inverse, weights=counts, minlength=uniq.size).astype(np.int64),
            np.bincount(inverse, weights=sums, minlength=uniq.size))


def _bucket_values(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts and sums of values per key: a dense bincount when the keys are compact, else sort-based."""
    if keys.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    lo, hi = int(keys.min()), int(keys.max())
    if hi - lo <= 4 * keys.size + 4096:
        idx = keys - lo
        counts = np.bincount(idx, minlength=hi - lo + 1)
        sums = np.bincount(idx, weights=values, minlength=hi - lo + 1)
        nz = np.flatnonzero(counts)
        return nz.astype(np.int64) + lo, counts[nz].astype(np.int64), sums[nz]
    return _aggregate(keys, np.ones(keys.size, np.int64), values)


class NumericSketch:
    """Exact bucket counts, bucket sums, moments and the shares of NaN / +inf / -inf of one numeric column."""

    def __init__(self, bucketing: Bucketing, max_buckets: int = MAX_BUCKETS) -> None:
        if max_buckets < 16:
            raise ValueError("max_buckets must be at least 16")
        self.bucketing = bucketing
        self.max_buckets = max_buckets
        self.keys = np.empty(0, np.int64)
        self.counts = np.empty(0, np.int64)
        self.sums = np.empty(0)
        self.n_rows = self.n_nan = self.n_posinf = self.n_neginf = 0
        self.count, self.mean, self.m2 = 0, 0.0, 0.0
        self.min, self.max = math.inf, -math.inf

    # ------------------------------------------------------------------ building

    def update(self, values: np.ndarray) -> NumericSketch:
        x = np.asarray(values, dtype=float).ravel()
        self.n_rows += x.size
        finite_mask = np.isfinite(x)
        if not finite_mask.all():
            nan = np.isnan(x)
            self.n_nan += int(nan.sum())
            self.n_posinf += int((x == np.inf).sum())
            self.n_neginf += int((x == -np.inf).sum())
            x = x[finite_mask]
        if x.size:
            with np.errstate(over="ignore", invalid="ignore"):  # values near the float limit: moments go inf
                self._add_moments(x.size, float(x.mean()), float(x.var() * x.size), float(x.min()), float(x.max()))
            keys, counts, sums = _bucket_values(self.bucketing.keys(x), x)
            self._add_buckets(keys, counts, sums)
        return self

    def _add_moments(self, n: int, mean: float, m2: float, lo: float, hi: float) -> None:
        """Chan's parallel update of count, mean and sum of squared deviations."""
        with np.errstate(over="ignore", invalid="ignore"):
            self._chan(n, mean, m2)
        self.min, self.max = min(self.min, lo), max(self.max, hi)

    def _chan(self, n: int, mean: float, m2: float) -> None:
        total = self.count + n
        delta = mean - self.mean
        self.mean += delta * n / total
        self.m2 += m2 + delta * delta * self.count * n / total
        self.count = total

    def _add_buckets(self, keys: np.ndarray, counts: np.ndarray, sums: np.ndarray) -> None:
        self.keys, self.counts, self.sums = _aggregate(
            np.concatenate([self.keys, keys]), np.concatenate([self.counts, counts]),
            np.concatenate([self.sums, sums]))
        while self.keys.size > self.max_buckets and self.bucketing.bits > 1:
            self._coarsen()

    def _coarsen(self) -> None:
        self.bucketing = self.bucketing.coarser()
        self.keys, self.counts, self.sums = _aggregate(collapse_keys(self.keys), self.counts, self.sums)

    def merge(self, other: NumericSketch) -> NumericSketch:
        """Add another sketch of the same column (same map; the finer of the two is coarsened)."""
        if (other.bucketing.center, other.bucketing.scale) != (self.bucketing.center, self.bucketing.scale):
            raise ValueError("cannot merge numeric sketches with different bucketing maps")
        keys, counts, sums = other.keys, other.counts, other.sums
        bits = other.bucketing.bits
        while bits > self.bucketing.bits:
            keys, counts, sums = _aggregate(collapse_keys(keys), counts, sums)
            bits -= 1
        while self.bucketing.bits > bits:
            self._coarsen()
        self.n_rows += other.n_rows
        self.n_nan += other.n_nan
        self.n_posinf += other.n_posinf
        self.n_neginf += other.n_neginf
        if other.count:
            self._add_moments(other.count, other.mean, other.m2, other.min, other.max)
        self._add_buckets(keys, counts, sums)
        return self

    # ---------------------------------------------------------------- reading

    @property
    def std(self) -> float:
        return math.sqrt(self.m2 / self.count) if self.count > 1 else 0.0

    def quantile(self, q: float) -> float:
        """The mean of the bucket that holds the q-quantile (within a bucket's width of the exact one)."""
        if self.count == 0:
            return math.nan
        cum = np.cumsum(self.counts)
        i = int(np.searchsorted(cum, q * self.count, side="left"))
        i = min(i, self.keys.size - 1)
        return float(self.sums[i] / self.counts[i])

    def robust_scale(self) -> float:
        """IQR / 1.349, else the standard deviation, else |mean|, else 1: the unit of numeric effect sizes."""
        iqr = (self.quantile(0.75) - self.quantile(0.25)) / 1.349
        for value in (iqr, self.std, abs(self.mean)):
            if value > 0 and math.isfinite(value):
                return float(value)
        return 1.0

    def to_arrays(self) -> dict[str, np.ndarray]:
        scalars = [self.bucketing.center, self.bucketing.scale, self.bucketing.bits, self.max_buckets,
                   self.n_rows, self.n_nan, self.n_posinf, self.n_neginf, self.count, self.mean, self.m2,
                   self.min, self.max]
        return {"keys": self.keys, "counts": self.counts, "sums": self.sums, "scalars": np.array(scalars, float)}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> NumericSketch:
        s = [float(v) for v in np.asarray(arrays["scalars"], dtype=float).tolist()]
        if len(s) != 13:
            raise ValueError(f"numeric sketch: {len(s)} scalars, expected 13")
        sketch = cls(Bucketing(s[0], s[1], int(s[2])), int(s[3]))
        keys = np.asarray(arrays["keys"], dtype=np.int64)
        counts = np.asarray(arrays["counts"], dtype=np.int64)
        sums = np.asarray(arrays["sums"], dtype=float)
        if not (keys.shape == counts.shape == sums.shape) or keys.ndim != 1:
            raise ValueError("numeric sketch: keys, counts and sums differ in shape")
        if keys.size and (np.any(np.diff(keys) <= 0) or counts.min() < 0):
            raise ValueError("numeric sketch: keys must increase and counts be non-negative")
        if keys.size > sketch.max_buckets:
            raise ValueError(f"numeric sketch: {keys.size} buckets, more than its limit of {sketch.max_buckets}")
        sketch.keys, sketch.counts, sketch.sums = keys, counts, sums
        (sketch.n_rows, sketch.n_nan, sketch.n_posinf, sketch.n_neginf, sketch.count) = (int(v) for v in s[4:9])
        sketch.mean, sketch.m2, sketch.min, sketch.max = s[9], s[10], s[11], s[12]
        if int(counts.sum()) != sketch.count or sketch.n_rows != sketch.count + sketch.n_nan + sketch.n_posinf \
                + sketch.n_neginf:
            raise ValueError("numeric sketch: counts do not add up to its row totals")
        return sketch


def aligned(ref: NumericSketch, cur: NumericSketch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts of both sketches over the union of their buckets (same resolution), and each bucket's
    pooled mean, increasing: the inputs of every numeric drift test."""
    if (ref.bucketing.center, ref.bucketing.scale) != (cur.bucketing.center, cur.bucketing.scale):
        raise ValueError("the two sketches were bucketed with different maps")
    rk, rc, rs = ref.keys, ref.counts, ref.sums
    ck, cc, cs = cur.keys, cur.counts, cur.sums
    for _ in range(abs(ref.bucketing.bits - cur.bucketing.bits)):
        if ref.bucketing.bits > cur.bucketing.bits:
            rk, rc, rs = _aggregate(collapse_keys(rk), rc, rs)
        else:
            ck, cc, cs = _aggregate(collapse_keys(ck), cc, cs)
    keys = np.union1d(rk, ck)
    r = np.zeros(keys.size, np.int64)
    c = np.zeros(keys.size, np.int64)
    total = np.zeros(keys.size)
    ri, ci = np.searchsorted(keys, rk), np.searchsorted(keys, ck)
    r[ri], c[ci] = rc, cc
    total[ri] += rs
    total[ci] += cs
    positions = total / np.maximum(r + c, 1)
    return r, c, np.maximum.accumulate(positions) if positions.size else positions


class CategorySketch:
    """Counts per category and of missing values; categories past `max_categories` count as one
    overflow group (`n_overflow` rows, `overflow_names` distinct names seen, up to a bound)."""

    def __init__(self, max_categories: int = MAX_CATEGORIES) -> None:
        if max_categories < 1:
            raise ValueError("max_categories must be at least 1")
        self.max_categories = max_categories
        self.counts: dict[str, int] = {}
        self.n_rows = self.n_missing = self.n_overflow = 0
        self.overflow_names = 0

    def update(self, column: Categories) -> CategorySketch:
        codes = np.asarray(column.codes)
        self.n_rows += codes.size
        present = codes[codes >= 0]
        self.n_missing += int(codes.size - present.size)
        if present.size:
            per_code = np.bincount(present, minlength=len(column.names))
            for i in np.flatnonzero(per_code).tolist():
                self._add(column.names[i], int(per_code[i]))
        return self

    def _add(self, name: str, n: int) -> None:
        if name in self.counts:
            self.counts[name] += n
        elif len(self.counts) < self.max_categories:
            self.counts[name] = n
        else:
            self.n_overflow += n
            self.overflow_names = min(self.overflow_names + 1, 10 * self.max_categories)

    def merge(self, other: CategorySketch) -> CategorySketch:
        self.n_rows += other.n_rows
        self.n_missing += other.n_missing
        self.n_overflow += other.n_overflow
        self.overflow_names = min(self.overflow_names + other.overflow_names, 10 * self.max_categories)
        for name, n in other.counts.items():
            self._add(name, n)
        return self

    def to_dict(self) -> dict[str, object]:
        return {"max_categories": self.max_categories, "counts": dict(self.counts), "n_rows": self.n_rows,
                "n_missing": self.n_missing, "n_overflow": self.n_overflow, "overflow_names": self.overflow_names}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CategorySketch:
        counts = data.get("counts")
        if not isinstance(counts, dict) or not all(isinstance(k, str) and isinstance(v, int) and v >= 0
                                                   for k, v in counts.items()):
            raise ValueError("category sketch: 'counts' must map names to non-negative integers")
        sketch = cls(_int(data, "max_categories"))
        if len(counts) > sketch.max_categories:
            raise ValueError(f"category sketch: {len(counts)} categories, more than its limit")
        sketch.counts = dict(counts)
        sketch.n_rows, sketch.n_missing = _int(data, "n_rows"), _int(data, "n_missing")
        sketch.n_overflow, sketch.overflow_names = _int(data, "n_overflow"), _int(data, "overflow_names")
        if sum(counts.values()) + sketch.n_missing + sketch.n_overflow != sketch.n_rows:
            raise ValueError("category sketch: counts do not add up to its row total")
        return sketch


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"field {key!r} must be a non-negative integer, got {value!r}")
    return value


class RowSample:
    """A uniform sample of at most `size` rows without replacement: each row draws a random key and the
    `size` smallest keys are kept (so samples of parts merge into a sample of the whole)."""

    def __init__(self, size: int, seed: int = 0) -> None:
        if size < 1:
            raise ValueError("sample size must be at least 1")
        self.size = size
        self._rng = np.random.default_rng(seed)
        self.keys = np.empty(0)
        self.columns: dict[str, np.ndarray] = {}

    def update(self, chunk: Chunk) -> RowSample:
        draws = self._rng.random(chunk.n_rows)
        take = np.arange(chunk.n_rows)
        if self.keys.size >= self.size:
            take = np.flatnonzero(draws < self.keys.max())
        if take.size == 0:
            return self
        new = {n: np.asarray(v)[take].astype(float) for n, v in chunk.numeric.items()}
        new |= {n: c.values(take) for n, c in chunk.categorical.items()}
        return self._keep(draws[take], new)

    def _keep(self, keys: np.ndarray, new: Mapping[str, np.ndarray]) -> RowSample:
        if self.columns and set(new) != set(self.columns):
            raise ValueError("row sample: chunks with different columns")
        all_keys = np.concatenate([self.keys, keys])
        merged = {n: np.concatenate([self.columns[n], v]) if n in self.columns else v for n, v in new.items()}
        if all_keys.size > self.size:
            keep = np.argpartition(all_keys, self.size - 1)[: self.size]
            all_keys = all_keys[keep]
            merged = {n: v[keep] for n, v in merged.items()}
        self.keys, self.columns = all_keys, merged
        return self

    def merge(self, other: RowSample) -> RowSample:
        return self._keep(other.keys, other.columns) if other.keys.size else self

    def __len__(self) -> int:
        return int(self.keys.size)
