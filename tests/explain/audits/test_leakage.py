"""Label leaks on generated tables: every kind found, clean tables and real data left alone, and the
ways around it (a copied leak, missing values, an odd name) do not hide it."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer

from modelward.explain import generate as G
from modelward.explain.audits.leakage import audit_leakage


def _found(task):
    audit = audit_leakage(task.X, task.y, task.feature_names)
    return {s.feature for s in audit.suspects}


@pytest.mark.parametrize("kind", G.LEAK_KINDS)
def test_each_kind_of_leak_is_found(kind):
    task = G.with_leak(G.tabular(0, n=1500), 0, kind)
    assert _found(task) == set(task.leak_features)


def test_clean_tables_and_real_data_have_no_leak():
    assert _found(G.tabular(4, n=1500)) == set()
    X, y = load_breast_cancer(return_X_y=True)  # strong features, but none decides alone
    assert _found(G.Task("bc", X, y, X[:0], y[:0], tuple(map(str, range(30))))) == set()


def test_a_leak_copied_into_two_columns_is_found_twice():
    task = G.with_leak(G.tabular(1, n=1500), 1, "noisy-copy")
    j = task.feature_names.index(task.leak_features[0])
    copy = task.X[:, j] * 3.0 + 1.0
    doubled = G.Task("x", np.column_stack([task.X, copy]), task.y, task.X_test[:0], task.y_test[:0],
                     (*task.feature_names, "copy of it"))
    assert _found(doubled) == {task.leak_features[0], "copy of it"}


def test_missing_values_and_an_odd_name_do_not_hide_a_leak():
    task = G.with_leak(G.tabular(2, n=1500), 2, "post-outcome")
    j = task.feature_names.index(task.leak_features[0])
    X = task.X.copy()
    X[np.random.default_rng(0).random(len(X)) < 0.1, j] = np.nan  # holes in the leak
    names = list(task.feature_names)
    names[j] = "\u202eedoc\n"  # control and bidi characters
    hidden = G.Task("x", X, task.y, X[:0], task.y[:0], tuple(names))
    assert _found(hidden) == {names[j]}
