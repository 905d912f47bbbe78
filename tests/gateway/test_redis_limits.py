"""Limits shared through a real Redis (Debian's redis-server, started here): two replicas, one limit."""

from __future__ import annotations

import pytest

pytest.importorskip("redis")

from tests.gateway.conftest import rows

from modelward.gateway.policy import RateLimit
from modelward.gateway.redis_limits import LimitsUnavailable, RedisLimits

LIMIT = RateLimit(per_second=1.0, burst=4, daily_rows=10)


def test_two_replicas_share_one_bucket_and_one_budget(redis_url):
    a, b = RedisLimits(redis_url, prefix="t1:"), RedisLimits(redis_url, prefix="t1:")
    now = 1_000_000.0
    allowed = [(a if i % 2 else b).take("alice", LIMIT, now).allowed for i in range(8)]
    assert allowed == [True] * 4 + [False] * 4
    refused = a.take("alice", LIMIT, now)
    assert 0.9 < refused.retry_after_s <= 1.0
    assert b.take("alice", LIMIT, now + 1.0).allowed  # refilled at the rate, seen by the other replica
    assert a.take("bob", LIMIT, now).allowed  # clients are separate
    assert a.charge("alice", 6, LIMIT, now).allowed
    assert not b.charge("alice", 5, LIMIT, now).allowed
    assert b.charge("alice", 4, LIMIT, now).allowed and a.usage("alice", now) == 10
    assert a.charge("alice", 10, LIMIT, now + 86_400).allowed  # the next day


def test_gateways_on_one_redis_enforce_one_limit(serve, redis_url):
    first = serve(state=redis_url, limits={"rate": {"per_second": 0.01, "burst": 3}})
    key = first.keys["client"]
    second = serve(state=redis_url, limits={"rate": {"per_second": 0.01, "burst": 3}})
    from tests.gateway.conftest import v2_body

    codes = [s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)),
                         headers={"Authorization": f"Bearer {key}"}).status_code
             for s in (first, second, first, second, first)]
    assert codes == [200, 200, 200, 429, 429]


def test_an_unreachable_redis_fails_closed(redis_url):
    limits = RedisLimits(redis_url, prefix="t2:")
    limits.client.connection_pool.reset()
    limits.client.connection_pool.connection_kwargs["port"] = 9  # nothing listens there
    with pytest.raises(LimitsUnavailable):
        limits.take("alice", LIMIT, 0.0)


def test_calls_in_flight_are_counted_across_replicas_and_leases_run_out(redis_url):
    a, b = RedisLimits(redis_url, prefix="t3:"), RedisLimits(redis_url, prefix="t3:")
    now = 1_000_000.0
    assert a.acquire_slot("alice", 2, "call-1", now, lease_s=30)
    assert b.acquire_slot("alice", 2, "call-2", now, lease_s=30)
    assert not a.acquire_slot("alice", 2, "call-3", now, lease_s=30)  # two in flight, one on each replica
    assert a.acquire_slot("bob", 2, "call-4", now, lease_s=30)
    b.release_slot("alice", "call-1")  # released by the other replica
    assert b.acquire_slot("alice", 2, "call-5", now, lease_s=30)
    assert not b.acquire_slot("alice", 2, "call-6", now + 29, lease_s=30)
    assert b.acquire_slot("alice", 2, "call-7", now + 31, lease_s=30)  # a dead replica's slots come back


def test_the_proxy_counts_calls_in_flight_in_the_shared_store(redis_url):
    from modelward.llm.proxy.accounting import SharedConcurrency

    slots = SharedConcurrency(RedisLimits(redis_url, prefix="t4:"), lease_s=60)
    other = SharedConcurrency(RedisLimits(redis_url, prefix="t4:"), lease_s=60)
    first = slots.acquire("alice", 1)
    assert first is not None and other.acquire("alice", 1) is None
    slots.release("alice", first)
    assert other.acquire("alice", 1) is not None


def test_an_unreachable_redis_refuses_calls_in_flight(redis_url):
    limits = RedisLimits(redis_url, prefix="t5:")
    limits.client.connection_pool.reset()
    limits.client.connection_pool.connection_kwargs["port"] = 9
    with pytest.raises(LimitsUnavailable):
        limits.acquire_slot("alice", 2, "call-1", 0.0, 30)
    limits.release_slot("alice", "call-1")  # no error: the lease runs out by itself


def test_a_renewed_lease_keeps_a_long_calls_slot_and_a_released_one_is_not_revived(redis_url):
    a, b = RedisLimits(redis_url, prefix="t6:"), RedisLimits(redis_url, prefix="t6:")
    now = 1_000_000.0
    assert a.acquire_slot("alice", 1, "stream-1", now, lease_s=30)
    assert a.renew_slot("alice", "stream-1", now + 20, lease_s=30)  # held until now + 50
    assert not b.acquire_slot("alice", 1, "call-2", now + 40, lease_s=30)  # past the first lease: still held
    assert b.acquire_slot("alice", 1, "call-3", now + 51, lease_s=30)  # the renewed lease ran out
    assert not a.renew_slot("alice", "stream-1", now + 52, lease_s=30)  # pruned: renewing does not revive it
    b.release_slot("alice", "call-3")
    assert not b.renew_slot("alice", "call-3", now + 53, lease_s=30)
    assert b.acquire_slot("alice", 1, "call-4", now + 53, lease_s=30)
