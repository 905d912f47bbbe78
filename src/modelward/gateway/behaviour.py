"""User behaviour analytics: each client against its own baseline (a leaked key, an insider scraping).

Per client, traffic is cut into one-minute windows. When a window closes, five statistics are compared
with the client's own history: requests in the minute, rows per request, the share of refused or
failed requests, how far its inputs lie from the reference data (mean absolute z-score of the rows'
features, robust: median and inter-quartile range), and whether the client is active at an hour of
the day (UTC) that holds under 1% of its traffic (judged once it has a day of history).
The history is an exponentially weighted mean and variance per statistic (weight `alpha` per
window), learnt over `warmup` windows before any alert; a window is anomalous when a statistic is
more than `threshold` deviations above its mean (and above a floor, so a client that always sends 1
row is not flagged for sending 2). Anomalous windows do not update the baseline, so a slow ramp-up
cannot teach the baseline to accept a scrape.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from modelward.core.guards import ClientTable

STATS = ("requests", "rows", "errors", "input_shift")
_FLOORS = {"requests": 5.0, "rows": 5.0, "errors": 0.2, "input_shift": 0.5}


@dataclass(frozen=True)
class Departure:
    client: str
    statistic: str
    value: float
    baseline: float
    deviation: float
    message: str


@dataclass
class _Profile:
    minute: int = -1
    requests: int = 0
    rows: int = 0
    errors: int = 0
    shift_sum: float = 0.0
    shift_n: int = 0
    windows: int = 0
    first_minute: int = -1
    mean: dict[str, float] = field(default_factory=dict)
    var: dict[str, float] = field(default_factory=dict)
    hours: np.ndarray = field(default_factory=lambda: np.zeros(24))


class BehaviourStore(Protocol):
    """Where the baselines live: this process (`BehaviourModel`) or Redis shared by replicas
    (`modelward.gateway.redis_behaviour.RedisBehaviour`)."""

    def observe(self, client: str, now: float, rows: int, error: bool,
                input_shift: float | None = None) -> list[Departure]:
        ...


class BehaviourModel:
    """The baselines of this process's clients (bounded: least recently seen clients evicted)."""

    def __init__(self, warmup: int = 30, alpha: float = 0.05, threshold: float = 4.0,
                 max_clients: int = 100_000) -> None:
        self.warmup = warmup
        self.alpha = alpha
        self.threshold = threshold
        self.profiles: ClientTable[_Profile] = ClientTable(_Profile, max_clients)
        self._lock = threading.Lock()

    def observe(self, client: str, now: float, rows: int, error: bool,
                input_shift: float | None = None) -> list[Departure]:
        """Count one request; returns the departures of the window this request closed, if any."""
        minute = int(now // 60)
        with self._lock:
            p = self.profiles.get(client)
            found: list[Departure] = []
            if p.first_minute < 0:
                p.first_minute = minute
            if p.minute != minute:
                found = self.new_window(client, p, minute, now)
            p.requests += 1
            p.rows += rows
            p.errors += int(error)
            if input_shift is not None and math.isfinite(input_shift):
                p.shift_sum += input_shift
                p.shift_n += 1
            return found

    def new_window(self, client: str, p: _Profile, minute: int, now: float) -> list[Departure]:
        """Close the profile's window (judge it, learn from it) and open the one of `minute`."""
        found = self._close(client, p) if p.minute >= 0 and p.requests else []
        p.minute, p.requests, p.rows, p.errors, p.shift_sum, p.shift_n = minute, 0, 0, 0, 0.0, 0
        return found + self._odd_hour(client, p, now)

    def _window(self, p: _Profile) -> dict[str, float]:
        out = {"requests": float(p.requests), "rows": p.rows / p.requests, "errors": p.errors / p.requests}
        if p.shift_n:
            out["input_shift"] = p.shift_sum / p.shift_n
        return out

    def _close(self, client: str, p: _Profile) -> list[Departure]:
        stats = self._window(p)
        found = []
        if p.windows >= self.warmup:
            for name, value in stats.items():
                mean, var = p.mean.get(name), p.var.get(name, 0.0)
                if mean is None:
                    continue
                spread = math.sqrt(var) + 0.1 * abs(mean) + 1e-9
                deviation = (value - mean) / spread
                if deviation > self.threshold and value - mean > _FLOORS[name]:
                    found.append(Departure(client, name, value, mean, deviation,
                                           f"{name} {value:.3g} in one minute against a baseline of {mean:.3g} "
                                           f"({deviation:.1f} deviations above it)"))
        p.hours[int((p.minute * 60) % 86_400 // 3600)] += p.requests
        if not found:
            p.windows += 1
            a = self.alpha if p.windows > 1 else 1.0
            for name, value in stats.items():
                mean = p.mean.get(name, value)
                diff = value - mean
                p.mean[name] = mean + a * diff
                p.var[name] = (1 - a) * (p.var.get(name, 0.0) + a * diff * diff)
        return found

    def _odd_hour(self, client: str, p: _Profile, now: float) -> list[Departure]:
        total = p.hours.sum()
        if p.windows < self.warmup or total < 200 or p.minute - p.first_minute < 1440:
            return []  # an hour of the day is judged only against at least a day of history
        hour = int(now % 86_400 // 3600)
        share = p.hours[hour] / total
        if share >= 0.01:
            return []
        return [Departure(client, "hour", float(hour), float(share), 0.0,
                          f"active at {hour:02d}h UTC, an hour that holds {share:.1%} of its past traffic")]


def input_shift(X: np.ndarray, center: np.ndarray, scale: np.ndarray) -> float:
    """Mean absolute z-score of the rows' features against the reference data."""
    z = np.abs((X - center) / scale)
    return float(z.sum() / z.size) if z.size else float("nan")
