"""Gap tests: a planted gap is flagged, a gap made of noise is not."""

import numpy as np

from modelward.explain.fairness.inference import gap_tests


def test_a_real_selection_gap_is_significant():
    rng = np.random.default_rng(0)
    groups = rng.integers(0, 2, 4000)
    y = rng.integers(0, 2, 4000)
    pred = (rng.random(4000) < np.where(groups == 1, 0.3, 0.5)).astype(int)
    dp, _ = gap_tests(y, pred, groups, n_boot=300, n_perm=300)
    assert dp.significant and 0.15 < dp.difference < 0.25 and dp.high == "0"
    assert dp.interval[0] > 0 and dp.p_value < 0.01


def test_noise_is_not_flagged():
    rng = np.random.default_rng(1)
    groups = rng.choice(["a", "b", "c"], 3000)
    y = rng.integers(0, 2, 3000)
    pred = np.where(rng.random(3000) < 0.8, y, 1 - y)
    dp, eo = gap_tests(y, pred, groups, n_boot=300, n_perm=300, seed=2)
    assert not dp.significant and not eo.significant
    assert dp.p_value > 0.05 and eo.p_value > 0.05


def test_an_odds_gap_without_a_selection_gap():
    rng = np.random.default_rng(3)
    groups = rng.integers(0, 2, 6000)
    y = rng.integers(0, 2, 6000)
    accuracy = np.where(groups == 1, 0.7, 0.9)  # same selection rate, different error rates
    pred = np.where(rng.random(6000) < accuracy, y, 1 - y)
    dp, eo = gap_tests(y, pred, groups, n_boot=300, n_perm=300)
    assert eo.significant and not dp.significant
