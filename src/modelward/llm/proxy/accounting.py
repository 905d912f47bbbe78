"""Unbounded consumption: tokens estimated and counted, budgets in requests, tokens and money per client and UTC
day, concurrency per client.

Calls in flight per client are counted in this process (`Concurrency`), or across replicas when the limit
store is shared (`SharedConcurrency`). Budgets are kept in the gateway's limit store (`LimitStore.charge`, in
this process or in Redis for several replicas), under one key per client and unit, so every replica charges
the same budget. A call *reserves* its worst case before it goes upstream (prompt tokens plus the completion
tokens it may produce, and their price) and *settles* when the answer is in: the unused part is given back (a
negative charge), and use beyond the estimate is added. So calls in flight cannot overrun a budget together, a
call refused is never charged, and the count is the upstream's; a budget can be overrun only by the estimate's
error on the call that crosses it.

Tokens: the upstream's `usage` when it reports one; otherwise an estimate of one token per 4 bytes of UTF-8 (a
typical BPE tokeniser's rate on English; more for code and other scripts) plus 4 per message. The estimate
only decides the reservation and the max_prompt_tokens check; what is charged in the end is the upstream's
count when there is one.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from modelward.llm.proxy.policy import Budget

MICRO = 1_000_000  # money is counted in micro-dollars (whole numbers, like the other budgets)


class LimitStore(Protocol):
    """What the proxy uses of the gateway's limit store (modelward.gateway.limits.LimitStore)."""

    def charge(self, client_id: str, rows: int, limit: Any, now: float) -> Any: ...

    def usage(self, client_id: str, now: float) -> int: ...


@dataclass(frozen=True)
class _Daily:
    daily_rows: int  # the one field LimitStore.charge reads of a limit


def estimate_tokens(texts: Sequence[str]) -> int:
    return sum(math.ceil(len(t.encode("utf-8")) / 4) + 4 for t in texts)


@dataclass(frozen=True)
class Reservation:
    client: str
    requests: int
    tokens: int
    micro_usd: int


class BudgetExceeded(Exception):
    def __init__(self, unit: str, message: str, retry_after_s: float) -> None:
        super().__init__(message)
        self.unit = unit
        self.message = message
        self.retry_after_s = retry_after_s


def _amount(unit: str, n: int) -> str:
    return f"{n / MICRO:.6f} USD" if unit == "usd" else f"{n} {unit}"


class Budgets:
    """Reserve and settle requests, tokens and money against a client's daily budget."""

    def __init__(self, store: LimitStore) -> None:
        self.store = store

    @staticmethod
    def _key(client: str, unit: str) -> str:
        return f"{client}\x1fllm:{unit}"

    def reserve(self, client: str, budget: Budget, tokens: int, usd: float, now: float) -> Reservation:
        micro = math.ceil(usd * MICRO)
        taken: list[tuple[str, int]] = []
        for unit, amount, limit in (("requests", 1, budget.requests_per_day),
                                    ("tokens", tokens, budget.tokens_per_day),
                                    ("usd", micro, math.floor(budget.usd_per_day * MICRO))):
            verdict = self.store.charge(self._key(client, unit), amount, _Daily(limit), now)
            if not verdict.allowed:
                for done_unit, done in taken:  # give back what this call took so far
                    self.store.charge(self._key(client, done_unit), -done, _Daily(1 << 62), now)
                raise BudgetExceeded(unit, f"daily {unit} budget: {_amount(unit, limit)} a day; this call needs "
                                     f"{_amount(unit, amount)}, {_amount(unit, max(0, int(verdict.remaining)))} left",
                                     verdict.retry_after_s)
            taken.append((unit, amount))
        return Reservation(client, 1, tokens, micro)

    def settle(self, reservation: Reservation, tokens: int, usd: float, now: float) -> None:
        """Charge what the call used instead of what it reserved: the unused part is given back; use beyond
        the reservation (the estimate of the prompt fell short) is charged too, so the day's count is what
        the upstream reported even if that takes the client a little over its budget."""
        micro = math.ceil(usd * MICRO)
        for unit, change in (("tokens", tokens - reservation.tokens), ("usd", micro - reservation.micro_usd)):
            if change:
                self.store.charge(self._key(reservation.client, unit), change, _Daily(1 << 62), now)

    def used(self, client: str, now: float) -> dict[str, float]:
        return {"requests": self.store.usage(self._key(client, "requests"), now),
                "tokens": self.store.usage(self._key(client, "tokens"), now),
                "usd": self.store.usage(self._key(client, "usd"), now) / MICRO}


class Concurrency:
    """Calls in flight per client, in this process. `acquire` gives a token to `release` with (None: the
    client is at its limit)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}

    def acquire(self, client: str, limit: int) -> str | None:
        with self._lock:
            n = self._in_flight.get(client, 0)
            if n >= limit:
                return None
            self._in_flight[client] = n + 1
            return "local"

    def renew(self, client: str, token: str | None) -> bool:
        return True  # a slot of this process holds until released

    def release(self, client: str, token: str | None = None) -> None:
        with self._lock:
            n = self._in_flight.get(client, 0) - 1
            if n <= 0:
                self._in_flight.pop(client, None)
            else:
                self._in_flight[client] = n


class SharedConcurrency:
    """Calls in flight per client across replicas, through the gateway's shared limit store (Redis: a slot a
    call, leased for `lease_s` so that a replica that dies mid-call gives its slots back). A store that cannot
    be reached refuses the call (LimitsUnavailable, fail closed)."""

    def __init__(self, store: Any, lease_s: float) -> None:
        self.store, self.lease_s = store, lease_s

    def acquire(self, client: str, limit: int) -> str | None:
        token = secrets.token_hex(12)
        return token if self.store.acquire_slot(client, limit, token, time.time(), self.lease_s) else None

    def renew(self, client: str, token: str | None) -> bool:
        """The slot's lease moved on from now: False where it is gone (see `RedisLimits.renew_slot`)."""
        return token is None or self.store.renew_slot(client, token, time.time(), self.lease_s)

    def release(self, client: str, token: str | None = None) -> None:
        if token is not None:
            self.store.release_slot(client, token)


class LeaseKeeper:
    """Keeps a long call's slot (a stream that runs past `lease_s`) by renewing its lease every half lease, so
    the call counts against the client's calls in flight until it ends. `lost` once a renewal found the slot
    gone (Redis unreachable for half a lease, or the slot pruned): the call goes on, and its audit says so."""

    def __init__(self, concurrency: Concurrency | SharedConcurrency, client: str, token: str | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.concurrency, self.client, self.token, self.clock = concurrency, client, token, clock
        lease = getattr(concurrency, "lease_s", None)
        self.every = lease / 2 if lease else math.inf
        self.last = clock()
        self.lost = False

    def tick(self) -> None:
        now = self.clock()
        if now - self.last < self.every:
            return
        self.last = now
        if not self.concurrency.renew(self.client, self.token):
            self.lost = True
