"""Behaviour baselines shared through a real Redis (Debian's redis-server, started by the test setup):
replicas that each see part of a client's traffic judge it as one process seeing all of it would."""

from __future__ import annotations

import time

import numpy as np
import pytest

pytest.importorskip("redis")

from modelward.gateway.behaviour import BehaviourModel
from modelward.gateway.redis_behaviour import RedisBehaviour

T0 = 1_800_000_000.0 - (1_800_000_000.0 % 86_400) + 9 * 3600  # 09:00 UTC


def _traffic(seed: int = 0):
    """(client, time, rows, error, shift): 40 steady minutes of alice and bob, then alice scrapes for a
    minute, then sends errors and shifted inputs."""
    rng = np.random.default_rng(seed)
    out = []
    for m in range(44):
        for client in ("alice", "bob"):
            n = {40: 300}.get(m, int(rng.integers(8, 13))) if client == "alice" else int(rng.integers(8, 13))
            for i in range(n):
                rows = 100 if client == "alice" and m == 40 else int(rng.integers(1, 4))
                error = client == "alice" and m == 42
                shift = 5.0 if client == "alice" and m == 42 else 0.3
                out.append((client, T0 + m * 60 + i * (50 / n), rows, error, shift))
    return out


def test_replicas_share_one_baseline_per_client(redis_url):
    replicas = [RedisBehaviour(redis_url, prefix="b1:", warmup=20) for _ in range(3)]
    alone = BehaviourModel(warmup=20)
    split = [BehaviourModel(warmup=20) for _ in range(3)]
    shared, single, apart = [], [], []
    for i, (client, t, rows, error, shift) in enumerate(_traffic()):
        shared += replicas[i % 3].observe(client, t, rows, error, shift)  # round robin behind a load balancer
        single += alone.observe(client, t, rows, error, shift)
        apart += split[i % 3].observe(client, t, rows, error, shift)
    key = lambda d: (d.client, d.statistic, round(d.value, 6), round(d.baseline, 6))  # noqa: E731
    assert sorted(map(key, shared)) == sorted(map(key, single))  # the same verdicts as one process
    assert {(d.client, d.statistic) for d in shared} == {("alice", "requests"), ("alice", "rows"),
                                                         ("alice", "errors"), ("alice", "input_shift")}
    # three in-process replicas each see a third of the scrape: their baselines differ from the shared one
    assert sorted(map(key, apart)) != sorted(map(key, single))
    stored = replicas[0].client.get("b1:baseline:alice")
    assert stored is not None and b'"windows": ' in stored


def test_a_lagging_clock_does_not_reopen_a_closed_window(redis_url):
    a, b = RedisBehaviour(redis_url, prefix="b2:"), RedisBehaviour(redis_url, prefix="b2:")
    a.observe("carol", T0 + 120, 1, False)
    b.observe("carol", T0 + 60, 1, False)  # an earlier minute: counted in the current window
    assert a.client.hget("b2:window:carol", "m") == str(int((T0 + 120) // 60)).encode()
    assert a.client.hget("b2:window:carol", "n") == b"2"


def test_gateways_on_one_redis_count_one_window_per_client(serve, redis_url):
    from tests.gateway.conftest import rows

    first, second = serve(state=redis_url), serve(state=redis_url)
    key = first.keys["client"]
    if 60 - time.time() % 60 < 5:  # keep the three calls in one minute's window
        time.sleep(60 - time.time() % 60 + 0.1)
    for s in (first, second, first):
        assert s.infer(rows(2), headers={"Authorization": f"Bearer {key}"}).status_code == 200
    store = first.gateway.behaviour
    assert isinstance(store, RedisBehaviour)
    windows = [k for k in store.client.keys("modelward:window:*") if store.client.hget(k, "r") == b"6"]
    assert len(windows) == 1 and store.client.hget(windows[0], "n") == b"3"  # three calls, two gateways


def test_a_failing_store_is_an_alert_not_silence(redis_url):
    store = RedisBehaviour(redis_url, prefix="b3:")
    store.client.connection_pool.reset()
    store.client.connection_pool.connection_kwargs["port"] = 9  # nothing listens there
    (found,) = store.observe("dave", T0, 1, False)
    assert found.statistic == "state" and "shared store" in found.message and store.failures == 1
