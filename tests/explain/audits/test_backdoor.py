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


def test_image_patches_are_regions_spanning_channels():
    regions = Regions.patches(4, 4, 2, channels=2)
    assert len(regions.members) == 9 and len(regions.members[0]) == 8
    assert regions.members[0] == (0, 1, 4, 5, 16, 17, 20, 21)
