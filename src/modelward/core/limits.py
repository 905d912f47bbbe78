"""Declared limits for hostile input in the core (data files, remote models): hitting one is an error
that names the limit, never a hang or a crash. The scanner's limits are in `modelward.scan.limits`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_read_bytes: int = 512 * 1024**2
    max_data_rows: int = 10_000_000
    http_timeout_s: float = 10.0
    http_retries: int = 2


DEFAULT_LIMITS = Limits()
