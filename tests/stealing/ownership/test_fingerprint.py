"""Fingerprints: an extracted copy agrees with the conferrable points far more than independent models."""

import numpy as np
import pytest
from sklearn.datasets import load_digits

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.errors import ConfigError, DataError
from modelward.stealing.extraction import extract
from modelward.stealing.ownership.fingerprint import (
    boundary_fingerprint,
    compare,
    conferrable_fingerprint,
    null_rate,
)
from modelward.stealing.surrogate import fit_surrogate


@pytest.fixture(scope="module")
def world():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    def fit(seed, rows):
        net = fit_surrogate(X[rows], np.eye(10)[y[rows]], seed=seed)
        return CallableAdapter(net.proba, classes=np.arange(10), name=f"mlp {seed}")

    model = fit(0, np.arange(0, 700))
    independents = [fit(10 + i, np.arange(700, 1400)) for i in range(4)]
    return model, independents, X, y


def test_an_extracted_copy_is_identified_and_independent_models_are_not(world):
    model, independents, X, y = world
    fp = conferrable_fingerprint(model, X[:700], y[:700], 150, references=independents[:1])
    null = null_rate(fp, independents[1:3])
    stolen = extract(model, X[1400:], X[1400:1500], [250])
    verdict = compare(CallableAdapter(stolen.copy.proba, classes=np.arange(10)), fp, null)
    assert verdict.accuracy > null and verdict.p_value < 1e-3
    assert compare(independents[3], fp, null).p_value > 1e-3


def test_boundary_points_sit_where_the_label_flips(world):
    model, _, X, _ = world
    fp = boundary_fingerprint(model, X[:300], 40, offset=0.01)
    assert fp.inputs.shape == (40, 64) and len(np.unique(fp.labels)) > 2


def test_degenerate_inputs_are_refused(world):
    model, _, X, _ = world
    constant = CallableAdapter(lambda Z: np.tile(np.eye(10)[0], (len(Z), 1)), classes=np.arange(10))
    with pytest.raises(DataError, match="same label"):
        boundary_fingerprint(constant, X[:50])
    with pytest.raises(ConfigError, match="independent"):
        null_rate(boundary_fingerprint(model, X[:50], 5), [])
