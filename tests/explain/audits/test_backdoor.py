"""Backdoor trigger localisation: a planted trigger named with its rows, clean models left alone, and a
natural strong feature (decisive, but no rare pattern) not taken for a trigger."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain import generate as G
from modelward.explain.attributions import attribute
from modelward.explain.audits.backdoor import Regions, audit_backdoor
from modelward.explain.probes import auc_binary


def _audit(task, **kw):
    model = SklearnAdapter(HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(task.X, task.y))
    explained = attribute(model, task.X, feature_names=task.feature_names)
    return audit_backdoor(model, task.X, explained, Regions.features(task.feature_names), **kw)


@pytest.mark.parametrize("seed", [0, 7])
def test_a_planted_trigger_is_named_with_its_rows(seed):
    task = G.with_backdoor(G.tabular(seed, n=1500), seed, share=0.03)
    audit = _audit(task)
    (suspect,) = audit.suspects
    assert suspect.features == task.trigger_features and suspect.target_class == str(task.target_class)
    assert suspect.flip_rate > suspect.control_flip_rate + 0.5
    assert set(suspect.rows) >= set(np.flatnonzero(task.poisoned)[:5])
    assert auc_binary(audit.row_scores, task.poisoned) > 0.95


def test_a_clean_model_has_no_trigger():
    assert _audit(G.tabular(3, n=1500)).suspects == ()


def test_a_decisive_natural_feature_is_not_a_trigger():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(1500, 6))
    y = (X[:, 2] > 1.2).astype(int)  # one feature decides a small class, with continuous values
    task = G.Task("natural", X, y, X[:0], y[:0], tuple(f"f{j}" for j in range(6)))
    assert _audit(task).suspects == ()


@pytest.mark.parametrize("estimator", ["hgb", "logistic"])
def test_a_clipped_decisive_feature_is_not_a_trigger(estimator):
    # a sensor clipped at its maximum: 6% of rows share one exact value, and that value decides the label
    # as much as the values just below it; pasting it flips rows, but no more than its neighbours do
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    rng = np.random.default_rng(0)
    X = rng.normal(size=(3000, 6))
    y = (X[:, 0] + X[:, 1] + 0.5 * rng.normal(size=3000) > 0.5).astype(int)
    X[:, 1] = np.minimum(X[:, 1], np.quantile(X[:, 1], 0.94))
    names = tuple(f"f{j}" for j in range(6))
    est = (HistGradientBoostingClassifier(max_iter=100, random_state=0) if estimator == "hgb"
           else make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)))
    model = SklearnAdapter(est.fit(X, y))
    audit = audit_backdoor(model, X, attribute(model, X, feature_names=names), Regions.features(names))
    assert audit.suspects == ()


def test_image_patches_are_regions_spanning_channels():
    regions = Regions.patches(4, 4, 2, channels=2)
    assert len(regions.members) == 9 and len(regions.members[0]) == 8
    assert regions.members[0] == (0, 1, 4, 5, 16, 17, 20, 21)


def _logistic_audit(seed):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    task = G.with_backdoor(G.tabular(seed), seed)
    model = SklearnAdapter(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(task.X, task.y))
    explained = attribute(model, task.X, feature_names=task.feature_names)
    return task, audit_backdoor(model, task.X, explained, Regions.features(task.feature_names))


def test_a_half_learnt_trigger_ranks_all_its_rows_first():
    # a linear model learns the out-of-range trigger only in part (it flips 3 in 4 pasted rows): many poisoned
    # rows keep their own class, and scoring only those the model sends to the target ranked them at AUC 0.65
    task, audit = _logistic_audit(103)
    (suspect,) = audit.suspects
    assert suspect.features == task.trigger_features and suspect.target_class == str(task.target_class)
    assert auc_binary(audit.row_scores, task.poisoned) > 0.99
    assert len(np.unique(audit.row_scores)) > 0.5 * len(audit.row_scores)  # continuous, not a few tied levels


def test_rows_on_an_exact_spike_rank_first_when_the_model_ignores_the_trigger():
    # an in-range trigger a linear model cannot learn: pasting it flips no more rows than random values do, so
    # no trigger is named, but the rows sitting on the exact repeated value still rank first (AUC 0.52 before)
    task, audit = _logistic_audit(102)
    assert audit.suspects == ()
    assert auc_binary(audit.row_scores, task.poisoned) > 0.99


def test_spikes_are_exact_values_of_continuous_features_only():
    from modelward.explain.audits.backdoor import _spikes

    rng = np.random.default_rng(0)
    x = rng.normal(size=1000)
    x[:30] = 0.123
    assert _spikes(x, 1e-9, 5, 150) == [(0.123, 30)]
    assert _spikes(rng.normal(size=1000), 1e-9, 5, 150) == []
    assert _spikes(rng.integers(0, 40, 1000).astype(float), 1e-9, 5, 150) == []  # a code: every value repeats
