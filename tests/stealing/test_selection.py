"""Query selection: coverage first, then uncertain rows spread out."""

import numpy as np

from modelward.stealing.selection import diverse_uncertain, k_center, margin


def test_k_center_covers_every_cluster_before_repeating_one():
    rng = np.random.default_rng(0)
    centres = np.array([[0, 0], [10, 0], [0, 10], [10, 10]])
    Z = np.vstack([c + rng.normal(0, 0.1, (25, 2)) for c in centres])
    picked = k_center(Z, 4)
    assert len(set(picked // 25)) == 4
    more = k_center(Z, 3, chosen=picked)
    assert set(more).isdisjoint(picked)


def test_k_center_stops_at_duplicates():
    assert len(k_center(np.zeros((5, 2)), 3)) == 1


def test_uncertain_rows_are_chosen_and_spread():
    Z = np.r_[np.zeros((4, 1)), np.ones((4, 1)), 5 * np.ones((10, 1))]
    proba = np.r_[np.tile([0.5, 0.5], (8, 1)), np.tile([0.99, 0.01], (10, 1))]
    assert np.allclose(margin(proba[:2]), 0)
    picked = diverse_uncertain(Z, proba, 2, exclude=np.array([0]))
    assert len(picked) == 2 and (picked < 8).all() and 0 not in picked  # the confident rows wait
    assert {int(p) // 4 for p in picked} == {0, 1}  # one from each group of uncertain rows
