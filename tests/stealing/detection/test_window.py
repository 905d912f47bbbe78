"""The windowed MMD test: off-manifold windows are caught, skewed natural clients are not."""

import numpy as np
from tests.stealing.detection.streams import benign_clients, send

from modelward.core.plugins import build_guard

PARAMS: dict[str, object] = {}


def test_off_manifold_queries_are_flagged_at_the_first_window(world):
    model, reference, natural, labels = world
    guard = build_guard("stealing.query-distribution", PARAMS, model, reference)
    for i, rows in enumerate(benign_clients(natural, labels, 8, 300, seed=1)):
        assert send(guard, model, f"benign-{i}", rows)[0] is None
    noise = np.random.default_rng(0).random((100, 64))
    at, decision = send(guard, model, "attacker", noise, batch=10)
    assert at == 50 and decision.details["window"] == 1


def test_windows_are_counted_per_client_and_carry_over_requests(world):
    model, reference, natural, _ = world
    guard = build_guard("stealing.query-distribution", {**PARAMS, "window": 20}, model, reference)
    send(guard, model, "a", natural[:30], batch=7)
    state = guard.clients.get("a")
    assert state.queries == 30 and state.windows == 1 and len(state.buffer) == 10
