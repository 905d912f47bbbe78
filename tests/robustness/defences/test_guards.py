"""The evasion guards decide on requests and responses, per mode, and survive save/load."""

import numpy as np
import pytest

from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.guards import AdversarialInputGuard, CertifiedPredictionGuard
from modelward.testing import plugin_contract_errors

NAMES = tuple(f"p{i}" for i in range(64))


@pytest.fixture(scope="module")
def reference(digits):
    Xtr, _, ytr, _ = digits
    return Dataset(Xtr[:800], ytr[:800], NAMES)


@pytest.fixture(scope="module")
def detector_guard(torch_mlp, reference):
    return build_guard("robustness.adversarial-detector", {"eps": 0.1}, torch_mlp, reference)


@pytest.fixture(scope="module")
def mixed(torch_mlp, detector_guard, digits):
    """Four clean rows the detector lets pass, then two PGD rows it flags."""
    _, Xte, _, yte = digits
    res = pgd(torch_mlp, Xte[:200], yte[:200], 0.1, steps=20, seed=3)
    adv = res.x_adv[res.success & res.clean_correct]
    det = detector_guard.detector
    calm = Xte[:200][np.argsort(det.score(Xte[:200]))[:4]]
    loud = adv[np.argsort(det.score(adv))[-2:]]
    return np.vstack([calm, loud])


def _response(model, rows):
    request = GuardRequest("client-1", model="digits", rows=rows)
    return request, GuardResponse(request, model.predict_proba(rows), tuple(range(10)))


def test_detector_blocks_a_request_with_adversarial_rows_and_names_them(torch_mlp, detector_guard, mixed):
    request, response = _response(torch_mlp, mixed)
    decision = detector_guard.inspect(request)
    assert decision.action == Action.BLOCK and decision.rows == (4, 5)
    assert "look adversarial" in decision.reason and decision.guard_id == "robustness.adversarial-detector"
    clean_request, clean_response = _response(torch_mlp, mixed[:4])
    assert detector_guard.inspect(clean_request).action == Action.ALLOW
    assert detector_guard.filter(clean_response).action == Action.ALLOW
    assert detector_guard.filter(response).action == Action.BLOCK


def test_withhold_mode_answers_clean_rows_and_abstains_on_the_others(torch_mlp, detector_guard, mixed):
    guard = AdversarialInputGuard(detector_guard.detector, mode="withhold")
    request, response = _response(torch_mlp, mixed)
    assert guard.inspect(request).action == Action.FLAG  # let through, the filter decides per row
    decision = guard.filter(response)
    assert decision.action == Action.FLAG and decision.rows == (4, 5)
    assert np.allclose(decision.outputs[:4], response.outputs[:4])
    assert np.allclose(decision.outputs[4:], 0.1)  # uniform over 10 classes: no answer


def test_detector_guard_round_trips_and_refuses_a_tampered_save(torch_mlp, detector_guard, mixed, tmp_path):
    written = detector_guard.save(tmp_path / "g")
    assert all(p.suffix in (".json", ".safetensors") for p in written)
    restored = load_guard("robustness.adversarial-detector", tmp_path / "g", torch_mlp)
    request, _ = _response(torch_mlp, mixed)
    assert restored.inspect(request).rows == detector_guard.inspect(request).rows
    config = tmp_path / "g" / "guard.json"
    config.write_text(config.read_text().replace('"block"', '"sometimes"'))
    with pytest.raises(ConfigError, match="mode"):
        load_guard("robustness.adversarial-detector", tmp_path / "g", torch_mlp)
    config.write_text('{"guard": "robustness.certified-fallback", "format_version": 1, "params": {}}')
    with pytest.raises(DataError, match="field 'guard'"):
        load_guard("robustness.adversarial-detector", tmp_path / "g", torch_mlp)


def test_certified_guard_withholds_rows_it_cannot_certify(torch_mlp, digits):
    from modelward.robustness.defences.certification import ABSTAIN

    _, Xte, _, _ = digits
    rows = np.vstack([Xte[:6], np.random.default_rng(0).uniform(0, 1, (4, 64))])  # digits, then noise images
    params = {"sigma": 0.1, "n0": 30, "n": 200}
    radius = build_guard("robustness.certified-fallback", params, torch_mlp).smoothed.certify(rows).radius
    threshold = float(radius.max()) - 1e-6  # rows short of the best certificate are withheld
    guard = build_guard("robustness.certified-fallback", {**params, "min_radius": threshold}, torch_mlp)
    certs = guard.smoothed.certify(rows, seed=0)
    weak = tuple(np.flatnonzero((certs.prediction == ABSTAIN) | (certs.radius < threshold)).tolist())
    assert 0 < len(weak) < 10
    request, response = _response(torch_mlp, rows)
    assert guard.inspect(request).action == Action.FLAG and guard.inspect(request).rows == weak
    decision = guard.filter(response)
    assert decision.action == Action.FLAG and decision.rows == weak
    answered = [i for i in range(10) if i not in weak]
    assert np.array_equal(decision.outputs[answered].argmax(axis=1), certs.prediction[answered])
    assert np.all(decision.outputs[answered].max(axis=1) == 1.0)  # certified rows: the smoothed class
    assert np.allclose(decision.outputs[list(weak)], 0.1)
    blocking = build_guard("robustness.certified-fallback", {**params, "min_radius": threshold, "mode": "block"},
                           torch_mlp)
    assert blocking.filter(response).action == Action.BLOCK


def test_guards_need_what_they_are_built_from(torch_mlp):
    with pytest.raises(ConfigError, match="reference rows"):
        build_guard("robustness.adversarial-detector", {}, torch_mlp, None)
    with pytest.raises(ConfigError, match="unknown parameter"):
        build_guard("robustness.certified-fallback", {"radius": 1}, torch_mlp)
    with pytest.raises(ConfigError, match="'min_radius' got -1"):
        build_guard("robustness.certified-fallback", {"min_radius": -1}, torch_mlp)
    guard = build_guard("robustness.certified-fallback", {}, torch_mlp)
    with pytest.raises(DataError, match="no rows"):
        guard.inspect(GuardRequest("c", text="hello"))


@pytest.mark.parametrize("cls", [AdversarialInputGuard, CertifiedPredictionGuard])
def test_guards_meet_the_contract(cls):
    assert plugin_contract_errors(cls) == []
