"""PRADA on simulated streams: synthetic steps are caught, natural clients (repeats, skew) are not."""

import numpy as np
from tests.stealing.detection.streams import benign_clients, send

from modelward.core.guards import Action, GuardRequest
from modelward.core.plugins import build_guard, load_guard

PARAMS: dict[str, object] = {}


def test_synthetic_queries_are_flagged_and_natural_clients_are_not(world, synthetic_queries):
    model, reference, natural, labels = world
    guard = build_guard("stealing.prada", PARAMS, model, reference)
    assert 0 < guard.delta < 1
    for i, rows in enumerate(benign_clients(natural, labels, 8, 300)):
        assert send(guard, model, f"benign-{i}", rows)[0] is None
    at, decision = send(guard, model, "attacker", synthetic_queries, batch=10)
    assert at is not None and at <= 200
    assert decision.details["statistic"] < decision.details["threshold"] and "Shapiro-Wilk" in decision.reason


def test_repeated_queries_add_no_distances(world):
    model, reference, natural, _ = world
    guard = build_guard("stealing.prada", PARAMS, model, reference)
    send(guard, model, "repeater", np.repeat(natural[:3], 40, axis=0))
    state = guard.clients.get("repeater")
    assert state.queries == 120 and len(state.distances) <= 2


def test_a_flagged_client_stays_blocked_after_save_and_load(world, synthetic_queries, tmp_path):
    model, reference, natural, _ = world
    guard = build_guard("stealing.prada", {**PARAMS, "mode": "block"}, model, reference)
    at, decision = send(guard, model, "attacker", synthetic_queries, batch=10)
    assert decision.action == Action.BLOCK
    guard.save(tmp_path / "g")
    restored = load_guard("stealing.prada", tmp_path / "g", model)
    assert restored.inspect(GuardRequest("attacker", rows=natural[:1])).action == Action.BLOCK
    assert restored.inspect(GuardRequest("someone-else", rows=natural[:1])).action == Action.ALLOW
    assert restored.clients.get("attacker").queries == at
    restored.reset("attacker")
    assert restored.inspect(GuardRequest("attacker", rows=natural[:1])).action == Action.ALLOW


def test_a_flood_of_client_ids_cannot_grow_memory(world):
    model, reference, natural, _ = world
    guard = build_guard("stealing.prada", {**PARAMS, "max_clients": 10}, model, reference)
    for i in range(50):
        send(guard, model, f"sybil-{i}", natural[i:i + 2])
    assert len(guard.clients) == 10 and guard.clients.evicted == 40
