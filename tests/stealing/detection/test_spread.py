"""Answer spread: natural-data extraction at random is flagged, benign clients with interests are not."""

import numpy as np
import pytest
from tests.stealing.detection.streams import benign_clients, send

from modelward.core.errors import ConfigError
from modelward.core.plugins import build_guard
from modelward.stealing.detection.spread import AnswerSpreadGuard, total_variation
from modelward.testing import plugin_contract_errors, reference_context


def test_the_guard_meets_the_contract():
    assert plugin_contract_errors(AnswerSpreadGuard, reference_context()) == []


def test_random_natural_extraction_is_flagged_and_benign_clients_are_not(world):
    model, reference, natural, labels = world
    guard = build_guard("stealing.answer-spread", {}, model, reference)
    for i, rows in enumerate(benign_clients(natural, labels, 20, 400, seed=3)):
        assert send(guard, model, f"benign-{i}", rows)[0] is None, f"benign client {i} flagged"
    pool = natural[np.random.default_rng(5).permutation(len(natural))]
    at, decision = send(guard, model, "attacker", pool, batch=10)
    assert at is not None and at <= 300
    assert "mix of classes" in decision.reason and decision.details["distinct"] >= 200


def test_repeated_queries_do_not_count():
    assert total_variation(np.array([5, 5]), np.array([0.5, 0.5])) == 0.0
    assert total_variation(np.array([10, 0]), np.array([0.5, 0.5])) == 0.5


def test_repeats_of_one_broad_set_stay_below_the_minimum(world):
    model, reference, natural, _ = world
    guard = build_guard("stealing.answer-spread", {}, model, reference)
    rows = np.tile(natural[:150], (4, 1))  # 600 queries, 150 distinct: too few to test
    assert send(guard, model, "repeater", rows)[0] is None


def test_the_model_is_required(world):
    _, reference, _, _ = world
    with pytest.raises(ConfigError, match="needs the model"):
        AnswerSpreadGuard.from_config({}, None, reference)
