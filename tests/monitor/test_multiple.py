"""Corrections across columns: agree with their definitions and keep 100 null columns quiet."""

import numpy as np
import pytest

from modelward.monitor.multiple import adjust, benjamini_hochberg, bonferroni, holm


def _bh_brute(p, q):
    """Reject H_(1..k) for the largest k with p_(k) <= k q / m."""
    order = np.sort(p)
    ks = [k for k in range(1, len(p) + 1) if order[k - 1] <= k * q / len(p)]
    return set() if not ks else {i for i in range(len(p)) if p[i] <= order[max(ks) - 1]}


def _holm_brute(p, alpha):
    rejected = set()
    for rank, i in enumerate(np.argsort(p)):
        if p[i] > alpha / (len(p) - rank):
            break
        rejected.add(int(i))
    return rejected


@pytest.mark.parametrize("seed", range(5))
def test_adjusted_p_values_reject_exactly_what_the_procedures_reject(seed):
    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(size=40), rng.uniform(0, 0.002, 10)])
    for q in (0.01, 0.05):
        assert set(np.flatnonzero(benjamini_hochberg(p) <= q).tolist()) == _bh_brute(p, q)
        assert set(np.flatnonzero(holm(p) <= q).tolist()) == _holm_brute(p, q)


def test_adjusted_values_are_bounded_and_ordered_like_the_raw_ones():
    p = np.array([0.04, 0.001, 0.5, 0.01])
    for adj in (holm(p), benjamini_hochberg(p), bonferroni(p)):
        assert (adj <= 1).all() and (adj >= p).all()
        assert (np.argsort(adj, kind="stable") == np.argsort(p, kind="stable")).all()


def test_a_hundred_null_columns_raise_a_family_wise_alarm_at_most_alpha_of_the_time():
    rng = np.random.default_rng(7)
    alarms = sum((holm(rng.uniform(size=100)) < 0.05).any() for _ in range(2000))
    assert alarms / 2000 <= 0.065


def test_unknown_correction_and_bad_p_values_are_refused():
    with pytest.raises(ValueError, match="unknown correction"):
        adjust([0.1], "fdr")
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        holm([0.1, 1.5])
    assert adjust([], "holm").size == 0
