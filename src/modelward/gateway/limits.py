"""Per-client limits: a token bucket of requests and a daily budget of rows (denial of wallet).

`LimitStore` is the seam: `MemoryLimits` keeps the state in this process (bounded, least recently seen
clients evicted and counted); a shared store (Redis) gives several replicas one limit per client.
A refusal carries the seconds to wait (the 429's Retry-After).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Protocol

from modelward.core.guards import ClientTable
from modelward.gateway.policy import RateLimit

DAY_S = 86_400


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after_s: float = 0.0
    remaining: float = 0.0
    reason: str = ""

    @property
    def retry_after(self) -> str:
        """Whole seconds, at least 1, for the Retry-After header."""
        return str(max(1, math.ceil(self.retry_after_s)))


class LimitStore(Protocol):
    def take(self, client_id: str, limit: RateLimit, now: float) -> Verdict:
        """One request from the client's bucket."""
        ...

    def charge(self, client_id: str, rows: int, limit: RateLimit, now: float) -> Verdict:
        """`rows` from the client's budget of the day (UTC); nothing is charged when refused."""
        ...

    def usage(self, client_id: str, now: float) -> int:
        """Rows the client used today."""
        ...


class _Bucket:
    __slots__ = ("stamp", "tokens")

    def __init__(self) -> None:
        self.tokens = math.nan  # full on first use
        self.stamp = 0.0


class _Budget:
    __slots__ = ("day", "used")

    def __init__(self) -> None:
        self.day = -1
        self.used = 0


def refill(tokens: float, stamp: float, limit: RateLimit, now: float) -> float:
    """The bucket's level at `now`: refilled at `per_second`, never above `burst`."""
    if math.isnan(tokens):
        return float(limit.burst)
    return min(float(limit.burst), tokens + max(0.0, now - stamp) * limit.per_second)


def seconds_to_midnight(now: float) -> float:
    return DAY_S - (now % DAY_S)


class MemoryLimits:
    """Limits kept in this process (one replica)."""

    def __init__(self, max_clients: int = 100_000) -> None:
        self.buckets: ClientTable[_Bucket] = ClientTable(_Bucket, max_clients)
        self.budgets: ClientTable[_Budget] = ClientTable(_Budget, max_clients)
        self._lock = threading.Lock()

    def take(self, client_id: str, limit: RateLimit, now: float) -> Verdict:
        with self._lock:
            b = self.buckets.get(client_id)
            tokens = refill(b.tokens, b.stamp, limit, now)
            b.stamp = now
            if tokens >= 1.0:
                b.tokens = tokens - 1.0
                return Verdict(True, remaining=b.tokens)
            b.tokens = tokens
            return Verdict(False, (1.0 - tokens) / limit.per_second, tokens,
                           f"rate limit: {limit.per_second:g} requests/s, bursts of {limit.burst}")

    def charge(self, client_id: str, rows: int, limit: RateLimit, now: float) -> Verdict:
        day = int(now // DAY_S)
        with self._lock:
            b = self.budgets.get(client_id)
            if b.day != day:
                b.day, b.used = day, 0
            if b.used + rows > limit.daily_rows:
                return Verdict(False, seconds_to_midnight(now), limit.daily_rows - b.used,
                               f"daily budget: {limit.daily_rows} rows a day, {b.used} used, {rows} asked")
            b.used += rows
            return Verdict(True, remaining=limit.daily_rows - b.used)

    def usage(self, client_id: str, now: float) -> int:
        with self._lock:
            if client_id not in self.budgets:
                return 0
            b = self.budgets.get(client_id)
            return b.used if b.day == int(now // DAY_S) else 0
