"""Behaviour baselines shared by several gateway processes through Redis (`state: redis://...`), so a
client spread over replicas behind a load balancer is judged against one baseline, on all its traffic.

Each request adds to the client's current one-minute window with one Lua script (atomic whatever the
number of replicas). The first request of a new minute swaps the window out in that same script, so
exactly one replica receives the closed window; it judges and learns from it with the in-process code
(`BehaviourModel.new_window`: the same statistics, thresholds and warm-up) against the baseline stored
as JSON, written back in a WATCH/MULTI transaction. A request stamped with an earlier minute than the
window's (a replica whose clock lags) is counted in the current window, never reopens an old one.

Keys expire by themselves: a window two minutes after its last request, a baseline `baseline_ttl_s`
after its client's last closed window (eight days by default: the hour-of-day check needs a day).
If Redis fails after the request's limits were checked (they fail closed first), the request is
answered and the failure is returned as a departure, so it is raised as an alert, not dropped.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError, require
from modelward.gateway.behaviour import BehaviourModel, Departure, _Profile

_OBSERVE = """
local minute = tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'm') or '-1')
local closed = nil
if minute > current then
  closed = redis.call('HMGET', KEYS[1], 'n', 'r', 'e', 's', 'k')
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'm', minute)
end
redis.call('HINCRBY', KEYS[1], 'n', 1)
redis.call('HINCRBY', KEYS[1], 'r', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'e', ARGV[3])
if ARGV[4] ~= '' then
  redis.call('HINCRBYFLOAT', KEYS[1], 's', ARGV[4])
  redis.call('HINCRBY', KEYS[1], 'k', 1)
end
redis.call('EXPIRE', KEYS[1], 180)
if closed == nil then return {0} end
return {1, tostring(current), closed[1] or '0', closed[2] or '0', closed[3] or '0', closed[4] or '0', closed[5] or '0'}
"""


class RedisBehaviour:
    """`BehaviourStore` in Redis: one baseline per client for all replicas sharing `url`."""

    def __init__(self, url: str, prefix: str = "modelward:", warmup: int = 30, alpha: float = 0.05,
                 threshold: float = 4.0, baseline_ttl_s: int = 8 * 86_400) -> None:
        redis: Any = require("redis", "serve", "behaviour baselines shared through Redis (state: redis://...)")
        try:
            self.client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
            self.client.ping()
        except (redis.RedisError, ValueError) as exc:
            raise ConfigError(f"state {url.split('@')[-1]}: cannot reach Redis: {exc}") from None
        self._errors = redis.RedisError
        self.prefix = prefix
        self.judge = BehaviourModel(warmup, alpha, threshold, max_clients=1)  # its rules, not its table
        self.baseline_ttl_s = baseline_ttl_s
        self._observe = self.client.register_script(_OBSERVE)
        self.failures = 0

    def observe(self, client: str, now: float, rows: int, error: bool,
                input_shift: float | None = None) -> list[Departure]:
        """Count one request; returns the departures of the window this request closed, if any."""
        minute = int(now // 60)
        shift = repr(float(input_shift)) if input_shift is not None and math.isfinite(input_shift) else ""
        try:
            answer = self._observe(keys=[f"{self.prefix}window:{client}"], args=[minute, int(rows), int(error), shift])
            if not int(answer[0]):
                return []
            previous, n, r, e, s, k = (x.decode() if isinstance(x, bytes) else str(x) for x in answer[1:])
            closed = (int(previous), int(n), int(r), int(e), float(s), int(k))
            return self._new_window(client, closed, minute, now)
        except self._errors as exc:
            self.failures += 1
            return [Departure(client, "state", float(self.failures), 0.0, 0.0,
                              f"behaviour analytics could not use the shared store ({type(exc).__name__}: "
                              f"{str(exc)[:200]}); this request was not counted in {client}'s baseline")]

    def _new_window(self, client: str, closed: tuple[int, int, int, int, float, int], minute: int,
                    now: float) -> list[Departure]:
        key = f"{self.prefix}baseline:{client}"
        found: list[Departure] = []

        def update(pipe: Any) -> None:
            found.clear()
            raw = pipe.get(key)
            p = _profile(raw)
            if p.first_minute < 0:
                p.first_minute = closed[0] if closed[0] >= 0 else minute
            p.minute, p.requests, p.rows, p.errors, p.shift_sum, p.shift_n = closed
            found.extend(self.judge.new_window(client, p, minute, now))
            pipe.multi()
            pipe.set(key, _dump(p), ex=self.baseline_ttl_s)

        self.client.transaction(update, key)
        return found


def _profile(raw: bytes | None) -> _Profile:
    p = _Profile()
    if raw:
        doc = json.loads(raw)
        p.windows, p.first_minute = int(doc["windows"]), int(doc["first_minute"])
        p.mean, p.var = {k: float(v) for k, v in doc["mean"].items()}, {k: float(v) for k, v in doc["var"].items()}
        p.hours = np.asarray(doc["hours"], dtype=float)
    return p


def _dump(p: _Profile) -> str:
    return json.dumps({"windows": p.windows, "first_minute": p.first_minute, "mean": p.mean, "var": p.var,
                       "hours": p.hours.tolist()})
