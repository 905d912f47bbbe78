"""Attribute inference: the model's contribution over a no-model baseline, on members and non-members."""

import numpy as np
import pytest

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.errors import ConfigError
from modelward.privacy.attribute import infer_attribute


def _world(seed=0, n=400):
    """A secret binary attribute (column 0) that neither the other features nor the label reveal."""
    rng = np.random.default_rng(seed)
    return np.c_[3.0 * rng.integers(0, 2, n), rng.normal(size=(n, 3))], rng.integers(0, 2, n)


def test_a_model_that_memorised_its_training_rows_gives_their_attribute_away():
    from sklearn.neighbors import KNeighborsClassifier

    X, y = _world()
    memoriser = KNeighborsClassifier(n_neighbors=1).fit(X[:200], y[:200])
    model = CallableAdapter(lambda Z: memoriser.predict_proba(Z) * 0.98 + 0.01, classes=[0, 1])
    r = infer_attribute(model, (X[:200], y[:200]), (X[200:], y[200:]), column=0, name="secret")
    # with the wrong value the nearest row is another one, whose random label matches half the time: 0.75
    assert r.attack_members > 0.65 and r.baseline_members < 0.6 and r.advantage > 0.15
    assert r.attack_nonmembers < r.attack_members - 0.1  # the leak is the training rows'
    assert r.values == (0.0, 3.0) and r.queries > 0


def test_a_model_that_ignores_it_adds_nothing():
    X, y = _world(1)
    blind = CallableAdapter(lambda Z: np.full((len(Z), 2), 0.5), classes=[0, 1])
    r = infer_attribute(blind, (X[:200], y[:200]), (X[200:], y[200:]), column=0)
    assert abs(r.advantage) < 0.05


def test_numeric_attributes_are_binned_and_bad_columns_refused():
    rng = np.random.default_rng(2)
    X, y = rng.normal(size=(300, 3)), rng.integers(0, 2, 300)
    model = CallableAdapter(lambda Z: np.full((len(Z), 2), 0.5), classes=[0, 1])
    assert len(infer_attribute(model, (X[:100], y[:100]), (X[100:], y[100:]), column=2).values) == 4
    with pytest.raises(ConfigError, match="outside"):
        infer_attribute(model, (X[:100], y[:100]), (X[100:], y[100:]), column=7)
