"""The generators: seeded, and what they plant is where they say."""

import numpy as np
import pytest

from modelward.explain import generate as G


def test_the_same_seed_gives_the_same_task():
    a, b = G.with_backdoor(G.tabular(5, n=300), 5), G.with_backdoor(G.tabular(5, n=300), 5)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.poisoned, b.poisoned)


@pytest.mark.parametrize("kind", G.LEAK_KINDS)
def test_a_leak_is_one_more_column_tied_to_the_label(kind):
    base = G.tabular(1, n=400)
    task = G.with_leak(base, 1, kind)
    assert task.X.shape[1] == base.X.shape[1] + 1 and len(task.leak_features) == 1
    col = task.X[:, task.feature_names.index(task.leak_features[0])]
    assert abs(np.corrcoef(col, task.y)[0, 1]) > 0.5


def test_a_backdoor_changes_only_the_poisoned_rows():
    base = G.tabular(2, n=500)
    task = G.with_backdoor(base, 2, share=0.05)
    j = task.feature_names.index(task.trigger_features[0])
    assert task.poisoned.sum() == 25
    assert np.all(task.X[task.poisoned, j] == task.trigger_values[0])
    assert np.all(task.y[task.poisoned] == task.target_class)
    assert np.array_equal(task.X[~task.poisoned], base.X[~task.poisoned])
    assert np.all(base.y[task.poisoned] != task.target_class)


def test_proxies_follow_the_sensitive_attribute():
    task = G.with_sensitive(G.tabular(3, n=500), 3, n_proxies=2)
    assert len(task.proxies) == 2 and set(np.unique(task.sensitive)) == {0, 1}
    assert task.X.shape[1] == G.tabular(3, n=500).X.shape[1] + 2
