"""Coverage growth: a client that spreads its queries on purpose is caught, a narrow one is not."""

import numpy as np
from tests.stealing.detection.streams import benign_clients, send

from modelward.core.plugins import build_guard
from modelward.stealing.detection.coverage import envelope
from modelward.stealing.selection import k_center

PARAMS: dict[str, object] = {}


def test_spreading_queries_on_purpose_is_flagged(world):
    model, reference, natural, labels = world
    guard = build_guard("stealing.coverage", PARAMS, model, reference)
    for i, rows in enumerate(benign_clients(natural, labels, 8, 300, seed=2)):
        assert send(guard, model, f"benign-{i}", rows)[0] is None
    Z = guard.scale(natural)
    spread = natural[k_center(Z - Z.mean(axis=0), 200)]  # an attacker covering the space as fast as it can
    at, decision = send(guard, model, "attacker", spread)
    assert at is not None and at <= 100
    assert "cells" in decision.reason


def test_the_envelope_bounds_random_orders():
    cells = np.repeat(np.arange(5), 4)
    bound = envelope(cells, 5, 30, np.random.default_rng(0))
    assert bound[0] == 1 and bound[-1] == 5 and (np.diff(bound) >= 0).all()
