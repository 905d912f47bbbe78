"""Per-column verdicts on real sketches: no drift, negligible, drift, not verified, and the inputs
built to get around them (far-away mixtures, unseen categories, all-missing columns, identifiers)."""

import numpy as np
import pytest

from modelward.monitor.chunk import Categories
from modelward.monitor.columns import compare_categorical, compare_numeric, decide, equal_mass_groups
from modelward.monitor.result import DriftSettings, Verdict
from modelward.monitor.sketch import Bucketing, CategorySketch, NumericSketch

SETTINGS = DriftSettings()


def _numeric(ref, cur, settings=SETTINGS):
    b = Bucketing.fit(ref[:5000])
    col = compare_numeric("x", NumericSketch(b).update(ref), NumericSketch(b).update(cur), settings)
    return decide([col], settings)[0]


def _categorical(ref, cur, settings=SETTINGS, **kw):
    r = CategorySketch(**kw).update(Categories.from_values(ref))
    c = CategorySketch(**kw).update(Categories.from_values(cur))
    return decide([compare_categorical("c", r, c, settings)], settings)[0]


def test_same_distribution_is_no_drift():
    rng = np.random.default_rng(0)
    col = _numeric(rng.normal(size=50_000), rng.normal(size=50_000))
    assert col.verdict == Verdict.NO_DRIFT and col.p_value > 0.01


def test_a_tiny_shift_at_a_million_rows_is_significant_but_negligible():
    rng = np.random.default_rng(1)
    col = _numeric(rng.normal(size=1_000_000), rng.normal(0.02, 1, 1_000_000))
    assert col.verdict == Verdict.NEGLIGIBLE and col.adjusted_p < 1e-6
    assert col.effect == pytest.approx(0.02, abs=0.006)


@pytest.mark.parametrize("shift, size", [(0.05, "small"), (0.2, "moderate"), (0.5, "large")])
def test_real_shifts_are_drift_with_their_magnitude(shift, size):
    rng = np.random.default_rng(2)
    col = _numeric(rng.normal(size=50_000), rng.normal(shift, 1, 50_000))
    assert (col.verdict, col.magnitude) == (Verdict.DRIFT, size)
    assert col.measures["mean_shift_sd"] == pytest.approx(shift, abs=0.05)


def test_a_one_percent_far_away_mixture_is_caught_even_when_ks_alone_would_miss_it():
    rng = np.random.default_rng(3)
    ref = rng.normal(size=20_000)
    cur = np.concatenate([rng.normal(size=19_800), rng.normal(10, 1, 200)])
    col = _numeric(ref, cur)
    ks, chi2 = col.tests[0], col.tests[1]
    assert ks.p_value > 0.001  # a 1% mixture moves the CDF by at most 0.01
    assert chi2.p_value < 1e-10 and col.verdict == Verdict.DRIFT


def test_a_scale_change_is_drift():
    rng = np.random.default_rng(4)
    col = _numeric(rng.normal(size=100_000), rng.normal(0, 1.2, 100_000))
    assert col.verdict == Verdict.DRIFT and col.measures["std_ratio"] == pytest.approx(1.2, abs=0.02)


def test_an_all_missing_current_column_is_drift_in_its_missing_share():
    rng = np.random.default_rng(5)
    col = _numeric(rng.normal(size=1000), np.full(1000, np.nan))
    assert col.verdict == Verdict.DRIFT and col.measures["special_tv"] == 1.0
    assert "every current value is missing" in col.note


def test_infinities_appearing_are_drift():
    rng = np.random.default_rng(6)
    cur = rng.normal(size=5000)
    cur[:100] = np.inf
    col = _numeric(rng.normal(size=5000), cur)
    assert col.verdict == Verdict.DRIFT and any(t.test == "special" for t in col.tests)


def test_too_few_rows_is_not_verified_never_clean():
    col = _numeric(np.arange(10.0), np.arange(10.0))
    assert col.verdict == Verdict.NOT_VERIFIED and "fewer than 30" in col.note


def test_a_category_never_seen_in_the_reference_is_named():
    rng = np.random.default_rng(7)
    ref = rng.choice(["a", "b", "c"], 20_000)
    cur = np.concatenate([rng.choice(["a", "b", "c"], 19_600), ["zz-new"] * 400])
    col = _categorical(ref, cur)
    assert col.verdict == Verdict.DRIFT and col.unseen == (("zz-new", 400),)
    assert col.measures["unseen_share"] == pytest.approx(0.02)


def test_a_small_categorical_shift_is_drift_and_a_tinier_one_negligible():
    rng = np.random.default_rng(8)
    names = ("a", "b", "c")

    def sketch(p):
        return CategorySketch().update(Categories(rng.choice(3, 1_000_000, p=p), names))

    ref = sketch([0.5, 0.3, 0.2])
    col, tiny = decide([compare_categorical("c", ref, sketch([0.49, 0.31, 0.2]), SETTINGS),
                        compare_categorical("d", ref, sketch([0.496, 0.304, 0.2]), SETTINGS)], SETTINGS)
    assert col.verdict == Verdict.DRIFT and col.effect == pytest.approx(0.01, abs=0.002)
    assert tiny.verdict == Verdict.NEGLIGIBLE and tiny.adjusted_p < 1e-4


def test_an_identifier_column_is_not_verified():
    col = _categorical([f"id{i}" for i in range(500)], [f"id{i}" for i in range(500, 1000)])
    assert col.verdict == Verdict.NOT_VERIFIED and "identifier" in col.note


def test_categories_past_the_limit_are_compared_as_one_group():
    rng = np.random.default_rng(9)
    names = [f"k{i}" for i in range(40)]
    col = _categorical(rng.choice(names, 5000), rng.choice(names, 5000), max_categories=10)
    assert col.verdict == Verdict.NO_DRIFT and "compared as one group" in col.note


def test_equal_mass_groups_put_out_of_range_buckets_in_their_own_groups():
    groups = equal_mass_groups(np.array([0, 0, 10, 10, 10, 10, 0]), 2)
    assert groups.tolist() == [0, 0, 1, 1, 2, 2, 3]


def test_the_correction_keeps_a_hundred_null_columns_quiet():
    rng = np.random.default_rng(10)
    settings = DriftSettings(correction="holm", alpha=0.01)
    cols = []
    for _ in range(100):
        ref, cur = rng.normal(size=2000), rng.normal(size=2000)
        b = Bucketing.fit(ref)
        cols.append(compare_numeric("x", NumericSketch(b).update(ref), NumericSketch(b).update(cur), settings))
    decided = decide(cols, settings)
    assert all(c.verdict == Verdict.NO_DRIFT for c in decided)
    uncorrected = decide(cols, DriftSettings(correction="none", alpha=0.05))
    assert sum(c.verdict != Verdict.NO_DRIFT for c in uncorrected) >= 1  # what the correction prevents
