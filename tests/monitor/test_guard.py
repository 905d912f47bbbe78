"""The drift guard: built from the registry, flags or blocks on drift, keeps its state across save and
load, refuses tampered saves, never pickles (its plugin contract runs in tests/test_testing.py)."""

import json

import numpy as np
import pytest

from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard


@pytest.fixture(scope="module")
def served():
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.sklearn import SklearnAdapter

    rng = np.random.default_rng(0)
    X = rng.normal(size=(8000, 3))
    y = (X[:, 0] > 0).astype(int)
    return SklearnAdapter(LogisticRegression().fit(X, y)), Dataset(X, y, ("a", "b", "c"))


def _traffic(guard, model, rng, windows, shift=0.0):
    decisions = []
    for _ in range(windows):
        X = rng.normal(size=(100, 3))
        X[:, 0] += shift
        request = GuardRequest("client", rows=X)
        decisions.append(guard.inspect(request))
        decisions.append(guard.filter(GuardResponse(request, model.predict_proba(X), (0, 1))))
    return decisions


@pytest.mark.parametrize("mode, later", [("alert", Action.ALLOW), ("flag", Action.FLAG), ("block", Action.BLOCK)])
def test_drift_is_flagged_once_or_for_as_long_as_it_stands(served, mode, later):
    model, ref = served
    guard = build_guard("monitor.drift-detector", {"window": 100, "mode": mode}, model, ref)
    rng = np.random.default_rng(1)
    assert all(d.action == Action.ALLOW for d in _traffic(guard, model, rng, 10))
    shifted = _traffic(guard, model, rng, 20, shift=1.0)
    fired = [d for d in shifted if d.action != Action.ALLOW]
    assert fired and "drift detected in input column 'a'" in fired[0].reason
    assert fired[0].details["alarms"][0]["column"] == "a"
    assert _traffic(guard, model, rng, 1)[0].action == later
    guard.reset()
    assert _traffic(guard, model, rng, 1)[0].action == Action.ALLOW


def test_output_drift_is_watched_in_filter(served):
    model, ref = served
    guard = build_guard("monitor.drift-detector", {"window": 100}, model, ref)
    rng = np.random.default_rng(2)
    decisions = _traffic(guard, model, rng, 20, shift=1.0)
    assert any(d.action == Action.FLAG and "model output 'P(" in d.reason for d in decisions[1::2])


def test_state_survives_save_and_load_and_nothing_is_pickled(served, tmp_path):
    model, ref = served
    guard = build_guard("monitor.drift-detector", {"window": 100}, model, ref)
    rng = np.random.default_rng(3)
    _traffic(guard, model, rng, 3, shift=0.5)
    guard.inspect(GuardRequest("c", rows=rng.normal(size=(37, 3))))  # a half-full window
    written = guard.save(tmp_path / "g")
    assert sorted(p.name for p in written) == ["drift-guard.json", "drift-guard.npz"]
    back = load_guard("monitor.drift-detector", tmp_path / "g", model)
    assert back.inputs.state.rows == guard.inputs.state.rows == 37
    assert (back.inputs.state.cusum == guard.inputs.state.cusum).all()
    X = rng.normal(size=(500, 3)) + np.array([0.5, 0, 0])
    assert guard.inputs.update(X) == back.inputs.update(X)
    with np.load(tmp_path / "g" / "drift-guard.npz", allow_pickle=False) as npz:
        assert all(npz[k].dtype != object for k in npz.files)


def test_tampered_or_foreign_saves_are_refused(served, tmp_path):
    model, ref = served
    guard = build_guard("monitor.drift-detector", {"window": 100}, model, ref)
    guard.save(tmp_path / "g")
    config = tmp_path / "g" / "drift-guard.json"
    doc = json.loads(config.read_text())
    config.write_text(json.dumps({**doc, "guard": "robustness.adversarial-detector"}))
    with pytest.raises(DataError, match="field 'guard'"):
        load_guard("monitor.drift-detector", tmp_path / "g", model)
    config.write_text(json.dumps({**doc, "inputs": {**doc["inputs"], "names": ["a", "b"]}}))
    with pytest.raises(DataError, match="does not match"):
        load_guard("monitor.drift-detector", tmp_path / "g", model)
    config.write_text(json.dumps(doc))
    np.savez(tmp_path / "g" / "drift-guard.npz", in_maps=np.array([object()], dtype=object))
    with pytest.raises(DataError, match="not a saved drift detector"):
        load_guard("monitor.drift-detector", tmp_path / "g", model)


def test_it_needs_reference_rows_and_requests_with_rows(served):
    model, ref = served
    with pytest.raises(ConfigError, match="needs reference rows"):
        build_guard("monitor.drift-detector", {}, model, None)
    guard = build_guard("monitor.drift-detector", {}, model, ref)
    with pytest.raises(DataError, match="no rows"):
        guard.inspect(GuardRequest("c", text="hello"))
