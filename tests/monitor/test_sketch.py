"""Sketches: exact, mergeable, bounded counts; distances from them match the raw-data ones."""

import numpy as np
import pytest
from scipy import stats

from modelward.monitor.chunk import Categories, Chunk
from modelward.monitor.sketch import (
    Bucketing,
    CategorySketch,
    NumericSketch,
    RowSample,
    aligned,
    collapse_keys,
)
from modelward.monitor.stattests import ks_from_counts, wasserstein_from_counts


def test_keys_are_monotone_across_signs_and_magnitudes():
    x = np.sort(np.concatenate([-np.logspace(-8, 300, 500), [0.0, -0.0], np.logspace(-8, 300, 500),
                                np.random.default_rng(0).normal(size=2000)]))
    keys = Bucketing(0.0, 1.0).keys(x)
    assert (np.diff(keys) >= 0).all()
    assert keys[0] < 0 < keys[-1]


def test_collapsing_keys_equals_keying_at_one_bit_less():
    x = np.random.default_rng(1).standard_cauchy(10_000)
    fine, coarse = Bucketing(0.3, 2.0, 10), Bucketing(0.3, 2.0, 9)
    assert (collapse_keys(fine.keys(x)) == coarse.keys(x)).all()


def test_counts_and_moments_are_exact_and_chunking_does_not_matter():
    x = np.random.default_rng(2).gamma(2.0, size=50_000)
    x[::97] = np.nan
    x[5], x[6] = np.inf, -np.inf
    bucketing = Bucketing.fit(x[:1000])
    whole = NumericSketch(bucketing).update(x)
    parts = NumericSketch(bucketing)
    for part in np.array_split(x, 7):
        parts.update(part)
    finite = x[np.isfinite(x)]
    assert whole.count == parts.count == finite.size == whole.counts.sum()
    assert (whole.n_nan, whole.n_posinf, whole.n_neginf) == (int(np.isnan(x).sum()), 1, 1)
    assert (whole.keys == parts.keys).all() and (whole.counts == parts.counts).all()
    assert whole.mean == pytest.approx(finite.mean()) and parts.std == pytest.approx(finite.std())


def test_merging_sketches_of_parts_gives_the_sketch_of_the_whole():
    x = np.random.default_rng(3).normal(size=20_000)
    b = Bucketing.fit(x)
    merged = NumericSketch(b).update(x[:5000]).merge(NumericSketch(b).update(x[5000:]))
    whole = NumericSketch(b).update(x)
    assert (merged.keys == whole.keys).all() and (merged.counts == whole.counts).all()
    assert merged.mean == pytest.approx(whole.mean) and merged.std == pytest.approx(whole.std)


def test_hostile_spread_keeps_the_sketch_bounded():
    rng = np.random.default_rng(4)
    x = rng.choice([-1, 1], 200_000) * 10.0 ** rng.uniform(-300, 300, 200_000)
    s = NumericSketch(Bucketing(0.0, 1.0), max_buckets=4096).update(x)
    assert s.keys.size <= 4096 and s.bucketing.bits < 10 and s.counts.sum() == x.size


def test_distances_from_sketches_match_scipy_on_raw_data():
    rng = np.random.default_rng(5)
    a = rng.normal(size=100_000)
    b = np.concatenate([rng.normal(0.1, 1.1, 99_000), rng.normal(8, 1, 1000)])
    bucketing = Bucketing.fit(a[:5000])
    r, c, pos = aligned(NumericSketch(bucketing).update(a), NumericSketch(bucketing).update(b))
    exact_d = stats.ks_2samp(a, b).statistic
    ks = ks_from_counts(r, c).statistic
    assert ks <= exact_d + 1e-12 and ks == pytest.approx(exact_d, abs=0.002)
    assert wasserstein_from_counts(r, c, pos) == pytest.approx(stats.wasserstein_distance(a, b), rel=0.01)


def test_sketches_of_different_resolution_still_align():
    rng = np.random.default_rng(6)
    b = Bucketing(0.0, 1.0)
    fine = NumericSketch(b).update(rng.normal(size=5000))
    coarse = NumericSketch(b, max_buckets=64).update(rng.normal(size=5000))
    r, c, _ = aligned(fine, coarse)
    assert r.sum() == 5000 and c.sum() == 5000 and coarse.bucketing.bits < fine.bucketing.bits


def test_saved_arrays_round_trip_and_tampering_is_refused():
    s = NumericSketch(Bucketing(1.0, 2.0)).update(np.random.default_rng(7).normal(size=1000))
    arrays = s.to_arrays()
    back = NumericSketch.from_arrays(arrays)
    assert (back.keys == s.keys).all() and back.mean == s.mean and back.n_rows == 1000
    bad = dict(arrays, counts=arrays["counts"] * 2)
    with pytest.raises(ValueError, match="do not add up"):
        NumericSketch.from_arrays(bad)
    with pytest.raises(ValueError, match="keys must increase"):
        NumericSketch.from_arrays(dict(arrays, keys=arrays["keys"][::-1].copy()))


@pytest.mark.parametrize("center, scale", [(np.nan, 1.0), (0.0, 0.0), (0.0, -1.0), (np.inf, 1.0)])
def test_bucketing_refuses_a_degenerate_map(center, scale):
    with pytest.raises(ValueError):
        Bucketing(center, scale)


def test_bucketing_fit_on_constant_or_empty_values_still_has_a_positive_scale():
    assert Bucketing.fit(np.full(100, 5.0)).scale > 0
    assert Bucketing.fit(np.array([np.nan, np.inf])).scale == 1.0


def test_category_sketch_counts_and_overflow():
    s = CategorySketch(max_categories=3)
    s.update(Categories.from_values(["a", "b", None, "a", "", "c", "d", "e"]))
    assert s.counts == {"a": 2, "b": 1, "c": 1} and s.n_missing == 2 and s.n_overflow == 2
    back = CategorySketch.from_dict(s.to_dict())
    assert back.counts == s.counts and back.n_rows == 8
    with pytest.raises(ValueError, match="add up"):
        CategorySketch.from_dict({**s.to_dict(), "n_rows": 3})


def test_row_sample_is_uniform_and_mergeable():
    sample = RowSample(500, seed=0)
    for start in range(0, 20_000, 3000):
        idx = np.arange(start, min(start + 3000, 20_000), dtype=float)
        sample.update(Chunk(idx.size, {"i": idx}))
    kept = sample.columns["i"]
    assert len(sample) == 500 and np.unique(kept).size == 500
    assert stats.kstest(kept / 20_000, "uniform").pvalue > 0.001
    other = RowSample(500, seed=1).update(Chunk(3, {"i": np.array([-1.0, -2.0, -3.0])}))
    assert len(sample.merge(other)) == 500
