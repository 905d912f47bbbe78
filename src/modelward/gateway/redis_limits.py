"""Limits shared by several gateway processes or machines through Redis (`state: redis://host:6379/0`).

The token bucket, the daily budget and the LLM proxy's calls in flight are each one Lua script, so the
read-refill-take (or check-charge, or count-and-add) is atomic in Redis whatever the number of replicas: one
limit per client, not one per replica. Keys expire by themselves (a bucket after it would be full again, a
budget after its day, calls in flight after their leases). Time is the caller's clock, passed to the script,
so the replicas' clocks should agree (NTP); a replica whose clock runs ahead refills its clients' buckets
early by that much, never more.

If Redis cannot be reached, calls are refused (fail closed): a limit that cannot be checked is not a
limit that passed.
"""

from __future__ import annotations

import contextlib
import math
from typing import Any

from modelward.core.errors import ConfigError, require
from modelward.gateway.limits import DAY_S, Verdict, seconds_to_midnight
from modelward.gateway.policy import RateLimit

_BUCKET = """
local tokens = tonumber(redis.call('HGET', KEYS[1], 't'))
local stamp = tonumber(redis.call('HGET', KEYS[1], 's'))
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if tokens == nil then tokens = burst; stamp = now end
tokens = math.min(burst, tokens + math.max(0, now - stamp) * rate)
local ok = 0
if tokens >= 1 then tokens = tokens - 1; ok = 1 end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 's', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
return {ok, tostring(tokens)}
"""

_BUDGET = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local rows, limit, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if used + rows > limit then return {0, used} end
used = redis.call('INCRBY', KEYS[1], rows)
redis.call('EXPIRE', KEYS[1], ttl)
return {1, used}
"""


# Calls in flight: a sorted set per client of (call token, lease end); leases past their end are dropped first,
# so the slots of a replica that died come back when their leases run out
_SLOTS = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


# A slot's lease moved on while its call runs (a long stream); 0 where the slot is gone (released, or pruned after
# its lease ran out and another call counted the slots)
_RENEW = """
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""


class LimitsUnavailable(Exception):
    """The shared limit store cannot be reached; the call is refused."""


class RedisLimits:
    def __init__(self, url: str, prefix: str = "modelward:") -> None:
        redis: Any = require("redis", "serve", "limits shared through Redis (state: redis://...)")
        try:
            self.client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
            self.client.ping()
        except (redis.RedisError, ValueError) as exc:
            raise ConfigError(f"state {url.split('@')[-1]}: cannot reach Redis: {exc}") from None
        self._errors = redis.RedisError
        self.prefix = prefix
        self._bucket = self.client.register_script(_BUCKET)
        self._budget = self.client.register_script(_BUDGET)
        self._slots = self.client.register_script(_SLOTS)
        self._renew = self.client.register_script(_RENEW)

    def _call(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return script(keys=keys, args=args)
        except self._errors as exc:
            raise LimitsUnavailable(f"the shared limit store failed: {exc}") from None

    def take(self, client_id: str, limit: RateLimit, now: float) -> Verdict:
        ok, tokens = self._call(self._bucket, [f"{self.prefix}bucket:{client_id}"],
                                [repr(limit.per_second), limit.burst, repr(now)])
        level = float(tokens)
        if int(ok):
            return Verdict(True, remaining=level)
        return Verdict(False, (1.0 - level) / limit.per_second, level,
                       f"rate limit: {limit.per_second:g} requests/s, bursts of {limit.burst}")

    def charge(self, client_id: str, rows: int, limit: RateLimit, now: float) -> Verdict:
        day = int(now // DAY_S)
        ttl = math.ceil(seconds_to_midnight(now)) + 3600
        ok, used = self._call(self._budget, [f"{self.prefix}budget:{client_id}:{day}"],
                              [rows, limit.daily_rows, ttl])
        if int(ok):
            return Verdict(True, remaining=limit.daily_rows - int(used))
        return Verdict(False, seconds_to_midnight(now), limit.daily_rows - int(used),
                       f"daily budget: {limit.daily_rows} rows a day, {int(used)} used, {rows} asked")

    def acquire_slot(self, client_id: str, limit: int, token: str, now: float, lease_s: float) -> bool:
        """One of the client's `limit` slots for calls in flight, held by `token` until released or until
        `lease_s` has passed (a replica that dies mid-call does not keep it)."""
        ok = self._call(self._slots, [f"{self.prefix}inflight:{client_id}"],
                        [repr(now), limit, repr(now + lease_s), token, math.ceil(lease_s) + 60])
        return bool(int(ok))

    def renew_slot(self, client_id: str, token: str, now: float, lease_s: float) -> bool:
        """The slot held by `token` leased until `now + lease_s`; False where it is gone or Redis cannot be
        reached (the call goes on: it was admitted)."""
        try:
            ok = self._renew(keys=[f"{self.prefix}inflight:{client_id}"],
                             args=[repr(now + lease_s), token, math.ceil(lease_s) + 60])
        except self._errors:
            return False
        return bool(int(ok))

    def release_slot(self, client_id: str, token: str) -> None:
        with contextlib.suppress(self._errors):  # if Redis is gone, the lease runs out by itself
            self.client.zrem(f"{self.prefix}inflight:{client_id}", token)

    def usage(self, client_id: str, now: float) -> int:
        try:
            value = self.client.get(f"{self.prefix}budget:{client_id}:{int(now // DAY_S)}")
        except self._errors as exc:
            raise LimitsUnavailable(f"the shared limit store failed: {exc}") from None
        return int(value or 0)
