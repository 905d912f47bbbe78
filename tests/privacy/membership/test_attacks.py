"""LiRA, RMIA and the shadow classifier on signals drawn from known IN / OUT distributions."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.privacy.membership.attacks import lira, rmia, shadow, shadow_features, spread_by_difficulty
from modelward.privacy.roc import auc


def _world(seed, n=400, k=16, gap=1.0):
    """Each record has its own difficulty; a model that trained on it sees it `gap` higher."""
    rng = np.random.default_rng(seed)
    difficulty = rng.normal(0, 3, n)
    ref_in = np.zeros((k, n), bool)
    for j in range(0, k, 2):
        half = rng.permutation(n)[: n // 2]
        ref_in[j, half] = True
        ref_in[j + 1] = ~ref_in[j]
    ref = difficulty + gap * ref_in + rng.normal(0, 0.5, (k, n))
    member = np.arange(n) < n // 2
    target = difficulty + gap * member + rng.normal(0, 0.5, n)
    return target, ref, ref_in, member


def test_lira_finds_members_that_a_global_threshold_cannot():
    target, ref, ref_in, member = _world(0)
    assert auc(target, member) < 0.65  # per-record difficulty hides the gap from a threshold
    assert auc(lira(target, ref, ref_in, online=True), member) > 0.85
    assert auc(lira(target, ref, ref_in, online=False), member) > 0.8


def test_lira_is_chance_when_training_on_a_record_changes_nothing():
    target, ref, ref_in, member = _world(1, gap=0.0)
    assert abs(auc(lira(target, ref, ref_in), member) - 0.5) < 0.07


def test_lira_uses_each_records_own_variance_with_many_models():
    target, ref, ref_in, member = _world(2, k=64)
    forced = lira(target, ref, ref_in, per_record_variance=True)
    assert np.isfinite(forced).all() and auc(forced, member) > 0.85


def test_spread_follows_difficulty_when_hard_records_vary_more():
    rng = np.random.default_rng(4)
    n, k = 600, 16
    difficulty = rng.normal(0, 3, n)
    spread = np.where(difficulty > 0, 2.0, 0.2)  # hard records vary ten times more between models
    ref_in = np.zeros((k, n), bool)
    for j in range(0, k, 2):
        ref_in[j, rng.permutation(n)[: n // 2]] = True
        ref_in[j + 1] = ~ref_in[j]
    ref = difficulty + 1.0 * ref_in + rng.normal(0, 1, (k, n)) * spread
    member = np.arange(n) < n // 2
    target = difficulty + 1.0 * member + rng.normal(0, 1, n) * spread
    binned = spread_by_difficulty(difficulty, ref.std(axis=0))
    assert np.median(binned[difficulty > 1]) > 3 * np.median(binned[difficulty < -1])
    easy = difficulty < 0
    # the easy records' small spread makes them stand out; one shared spread would blur them
    assert auc(lira(target, ref, ref_in)[easy], member[easy]) > 0.9


def test_rmia_on_probabilities():
    target, ref, ref_in, member = _world(3)
    sigmoid = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    z_target, z_ref, _, _ = _world(4)
    scores = rmia(sigmoid(target), sigmoid(ref), ref_in, sigmoid(z_target - 0.5), sigmoid(z_ref))
    assert auc(scores, member) > 0.8
    with pytest.raises(ConfigError, match="gamma"):
        rmia(sigmoid(target), sigmoid(ref), ref_in, sigmoid(z_target), sigmoid(z_ref), gamma=0)


def test_shadow_classifier_learns_from_reference_answers():
    target, ref, ref_in, member = _world(5, gap=3.0)
    p = lambda s: np.stack([1 / (1 + np.exp(-s)), 1 - 1 / (1 + np.exp(-s))], -1)  # noqa: E731
    scores = shadow(shadow_features(p(target), target), shadow_features(p(ref), ref), ref_in)
    assert auc(scores, member) > 0.75


def test_lira_refuses_without_out_models():
    target, ref, _, _ = _world(6, k=4)
    with pytest.raises(ConfigError, match="OUT"):
        lira(target, ref, np.ones(ref.shape, bool))
