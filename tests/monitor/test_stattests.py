"""The drift tests on counts agree with scipy on raw data where buckets are exact, and behave at the edges."""

import math

import numpy as np
import pytest
from scipy import stats
from scipy.spatial.distance import jensenshannon

from modelward.monitor.stattests import (
    TESTS,
    chi2_from_counts,
    jensen_shannon_distance,
    ks_from_counts,
    mann_whitney_auc_p,
    newcombe_interval,
    psi,
    total_variation,
    two_proportion_test,
    wasserstein_from_counts,
)


def _counts_on_support(a, b):
    """Counts of two integer samples on their joint support: buckets that are exact."""
    support = np.union1d(a, b)
    return (np.searchsorted(support, a)[:, None] == np.arange(support.size)).sum(0), \
        (np.searchsorted(support, b)[:, None] == np.arange(support.size)).sum(0), support


def test_ks_on_exact_buckets_equals_scipy():
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 40, 3000), rng.integers(2, 42, 2000)
    r, c, _ = _counts_on_support(a, b)
    ours = ks_from_counts(r, c)
    theirs = stats.ks_2samp(a, b, method="asymp")
    assert ours.statistic == pytest.approx(theirs.statistic, abs=1e-12)
    assert ours.p_value == pytest.approx(theirs.pvalue, rel=0.05, abs=1e-12)


def test_ks_p_value_is_uniform_enough_under_no_drift():
    rng = np.random.default_rng(1)
    p = [ks_from_counts(*_counts_on_support(rng.integers(0, 50, 400), rng.integers(0, 50, 400))[:2]).p_value
         for _ in range(300)]
    assert np.mean(np.array(p) < 0.05) <= 0.08  # binned KS is conservative, never liberal


def test_chi2_equals_scipy_contingency():
    r, c = np.array([30, 50, 20, 0]), np.array([10, 60, 40, 0])
    ours = chi2_from_counts(r, c)
    stat, p, df, _ = stats.chi2_contingency(np.vstack([r[:3], c[:3]]), correction=False)
    assert (ours.statistic, ours.df) == (pytest.approx(stat), df)
    assert ours.p_value == pytest.approx(p)


def test_chi2_with_one_group_or_an_empty_sample_has_nothing_to_test():
    assert chi2_from_counts(np.array([5, 0]), np.array([7, 0])).p_value == 1.0
    assert chi2_from_counts(np.array([5, 3]), np.array([0, 0])).p_value == 1.0


def test_distances_agree_with_their_definitions():
    r, c = np.array([10.0, 30, 60]), np.array([20.0, 30, 50])
    assert total_variation(r, c) == pytest.approx(0.1)
    assert jensen_shannon_distance(r, c) == pytest.approx(jensenshannon(r / r.sum(), c / c.sum(), base=2))
    p, q = r / r.sum(), c / c.sum()
    assert psi(r, c) == pytest.approx(float(np.sum((q - p) * np.log(q / p))))
    assert jensen_shannon_distance(np.array([1.0, 0]), np.array([0.0, 1])) == pytest.approx(1.0)


def test_psi_stays_finite_when_a_group_is_empty():
    assert math.isfinite(psi(np.array([100, 0]), np.array([50, 50])))


def test_wasserstein_on_point_masses_equals_scipy():
    x = np.array([0.0, 1.0, 3.0, 7.5])
    r, c = np.array([4, 3, 2, 1]), np.array([1, 1, 3, 5])
    assert wasserstein_from_counts(r, c, x) == pytest.approx(stats.wasserstein_distance(x, x, r, c))


def test_wasserstein_refuses_unordered_positions():
    with pytest.raises(ValueError, match="non-decreasing"):
        wasserstein_from_counts(np.array([1, 1]), np.array([1, 1]), np.array([2.0, 1.0]))


@pytest.mark.parametrize("bad", [np.array([1, -1]), np.array([1, np.nan]), np.array([[1, 2]])])
def test_counts_must_be_finite_non_negative_vectors(bad):
    with pytest.raises(ValueError):
        ks_from_counts(bad, np.array([1, 1]))


def test_two_proportion_test_matches_the_normal_approximation():
    res = two_proportion_test(50, 100, 70, 100)
    pooled = 0.6
    z = 0.2 / math.sqrt(pooled * 0.4 * 0.02)
    assert res.statistic == pytest.approx(z)
    assert res.p_value == pytest.approx(2 * stats.norm.sf(z))
    assert two_proportion_test(0, 10, 0, 10).p_value == 1.0


def test_newcombe_interval_reproduces_the_published_example():
    # Newcombe (1998), Statistics in Medicine 17:873, example (e): 56/70 vs 48/80, method 10.
    low, high = newcombe_interval(48, 80, 56, 70)
    assert (low, high) == (pytest.approx(0.0524, abs=5e-4), pytest.approx(0.3339, abs=5e-4))


def test_auc_p_value_is_half_at_chance_and_small_far_from_it():
    assert mann_whitney_auc_p(0.5, 100, 100) == pytest.approx(0.5)
    assert mann_whitney_auc_p(0.7, 500, 500) < 1e-10


def test_every_test_declares_where_it_applies():
    assert all(t.applicability and t.min_rows > 0 and t.kinds for t in TESTS.values())
