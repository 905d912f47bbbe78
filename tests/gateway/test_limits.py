"""Token bucket and daily budget, on a clock the test controls."""

from __future__ import annotations

from modelward.gateway.limits import DAY_S, MemoryLimits
from modelward.gateway.policy import RateLimit

LIMIT = RateLimit(per_second=2.0, burst=4, daily_rows=100)


def test_bucket_allows_a_burst_then_refills_at_the_rate():
    limits = MemoryLimits()
    t = 1000.0
    assert [limits.take("a", LIMIT, t).allowed for _ in range(5)] == [True] * 4 + [False]
    refused = limits.take("a", LIMIT, t)
    assert abs(refused.retry_after_s - 0.5) < 1e-9 and refused.retry_after == "1"
    assert limits.take("a", LIMIT, t + 0.5).allowed
    assert not limits.take("a", LIMIT, t + 0.5).allowed
    assert sum(limits.take("a", LIMIT, t + 100).allowed for _ in range(10)) == 4  # never above the burst


def test_clients_have_their_own_buckets():
    limits = MemoryLimits()
    for _ in range(4):
        limits.take("a", LIMIT, 0.0)
    assert not limits.take("a", LIMIT, 0.0).allowed
    assert limits.take("b", LIMIT, 0.0).allowed


def test_daily_budget_counts_rows_and_resets_at_midnight_utc():
    limits = MemoryLimits()
    day = 20_000 * DAY_S
    assert limits.charge("a", 60, LIMIT, day + 10).allowed
    refused = limits.charge("a", 41, LIMIT, day + 10)
    assert not refused.allowed and refused.retry_after_s == DAY_S - 10
    assert limits.usage("a", day + 10) == 60  # refused rows are not charged
    assert limits.charge("a", 40, LIMIT, day + 20).allowed
    assert limits.charge("a", 100, LIMIT, day + DAY_S).allowed
    assert limits.usage("a", day + DAY_S) == 100


def test_a_flood_of_client_ids_stays_bounded():
    limits = MemoryLimits(max_clients=100)
    for i in range(10_000):
        limits.take(f"c{i}", LIMIT, 0.0)
    assert len(limits.buckets) == 100 and limits.buckets.evicted == 9_900
