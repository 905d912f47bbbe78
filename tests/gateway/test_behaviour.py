"""Behaviour analytics: a client's own baseline, and the departures a leaked key or a scraper makes."""

from __future__ import annotations

import numpy as np

from modelward.gateway.behaviour import BehaviourModel, input_shift

T0 = 1_800_000_000.0 - (1_800_000_000.0 % 86_400) + 9 * 3600  # 09:00 UTC


def _minutes(model, client, start_minute, minutes, per_minute, rows=2, error_every=0, shift=0.3):
    found = []
    for m in range(start_minute, start_minute + minutes):
        for i in range(per_minute):
            err = bool(error_every) and i % error_every == 0
            found += model.observe(client, T0 + m * 60 + i * (50 / per_minute), rows, err, shift)
    return found


def test_steady_traffic_raises_nothing():
    model = BehaviourModel(warmup=20)
    rng = np.random.default_rng(0)
    found = []
    for m in range(120):
        found += _minutes(model, "alice", m, 1, int(rng.integers(8, 13)), rows=int(rng.integers(1, 4)))
    assert found == []


def test_a_scrape_departs_from_the_clients_own_baseline():
    model = BehaviourModel(warmup=20)
    _minutes(model, "alice", 0, 40, 10)
    _minutes(model, "bob", 0, 40, 400, rows=100)  # bob always works at this volume
    found = _minutes(model, "alice", 40, 1, 300, rows=100) + _minutes(model, "alice", 41, 1, 10)
    assert {d.statistic for d in found} == {"requests", "rows"}
    assert all(d.client == "alice" for d in found)
    assert _minutes(model, "bob", 40, 2, 400, rows=100) == []


def test_errors_and_input_shift_depart():
    model = BehaviourModel(warmup=20)
    _minutes(model, "alice", 0, 40, 10)
    found = _minutes(model, "alice", 40, 1, 10, error_every=1, shift=5.0) + _minutes(model, "alice", 41, 1, 10)
    assert {d.statistic for d in found} == {"errors", "input_shift"}


def test_a_slow_ramp_is_not_learnt_once_it_departs():
    model = BehaviourModel(warmup=20)
    _minutes(model, "alice", 0, 40, 10)
    flagged = 0
    for step, rate in enumerate(range(20, 400, 20)):
        flagged += bool(_minutes(model, "alice", 40 + step, 1, rate))
    assert flagged >= 10  # the baseline does not follow the ramp up


def test_an_unusual_hour():
    model = BehaviourModel(warmup=20)
    _minutes(model, "alice", 0, 60, 10)  # 09:00-10:00 only
    assert model.observe("alice", T0 + 14 * 3600, 2, False, 0.3) == []  # 23:00, but less than a day known
    _minutes(model, "alice", 1440, 60, 10)  # the next day, 09:00-10:00 again
    found = model.observe("alice", T0 + 86_400 + 14 * 3600, 2, False, 0.3)
    assert [d.statistic for d in found] == ["hour"]


def test_bounded_clients():
    model = BehaviourModel(max_clients=50)
    for i in range(1000):
        model.observe(f"c{i}", T0, 1, False)
    assert len(model.profiles) == 50 and model.profiles.evicted == 950


def test_input_shift_is_a_robust_z_score():
    X = np.array([[1.0, 10.0], [3.0, 30.0]])
    assert input_shift(X, np.array([2.0, 20.0]), np.array([1.0, 10.0])) == 1.0
