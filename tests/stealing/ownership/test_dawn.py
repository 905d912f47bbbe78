"""DAWN: a keyed share of answers is wrong, the same row is always treated the same, and a copy
extracted through the guard carries the mark."""

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.core.guards import GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard
from modelward.stealing.extraction import extract
from modelward.stealing.ownership.trigger import verify


@pytest.fixture(scope="module")
def victim():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    return SklearnAdapter(LogisticRegression(max_iter=1000).fit(X[:800], y[:800])), X


def _serve(guard, model, client, rows):
    response = GuardResponse(GuardRequest(client, rows=rows), model.predict_proba(rows), tuple(range(10)))
    decision = guard.filter(response)
    return decision.outputs if decision.outputs is not None else model.predict_proba(rows)


def test_a_keyed_share_is_answered_wrongly_and_consistently(victim):
    model, X = victim
    guard = build_guard("stealing.dawn", {"key": "k", "rate": 0.1})
    first = _serve(guard, model, "a", X[:500])
    again = _serve(guard, model, "b", X[:500])
    changed = first.argmax(1) != model.predict_proba(X[:500]).argmax(1)
    assert 0.05 < changed.mean() < 0.15
    np.testing.assert_array_equal(first.argmax(1), again.argmax(1))  # keyed by the row, not the client
    other_key = build_guard("stealing.dawn", {"key": "other", "rate": 0.1})
    assert (_serve(other_key, model, "a", X[:500]).argmax(1) != first.argmax(1)).any()


def test_a_copy_extracted_through_the_guard_carries_the_mark(victim, tmp_path):
    model, X = victim
    guard = build_guard("stealing.dawn", {"key": "owner", "rate": 0.05})
    served = CallableAdapter(lambda Z: _serve(guard, model, "thief", Z), classes=np.arange(10))
    stolen = extract(served, X[800:1500], X[1500:], [400])
    evidence = guard.evidence("thief")
    assert len(evidence.labels) >= 10
    copy_model = CallableAdapter(stolen.copy.proba, classes=np.arange(10))
    assert verify(copy_model, evidence).p_value < 1e-3
    assert verify(model, evidence).matches == 0  # the model itself never gives the watermark answers
    guard.save(tmp_path / "dawn")
    restored = load_guard("stealing.dawn", tmp_path / "dawn")
    np.testing.assert_array_equal(restored.evidence("thief").labels, evidence.labels)


def test_a_key_is_required(victim):
    with pytest.raises(ConfigError, match="key"):
        build_guard("stealing.dawn", {"rate": 0.1})
