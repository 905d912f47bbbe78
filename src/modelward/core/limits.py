"""Declared limits for hostile input: hitting one is a finding, never a hang or a crash."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * 1024**3
    max_read_bytes: int = 512 * 1024**2
    max_decompressed_bytes: int = 2 * 1024**3
    max_pickle_opcodes: int = 5_000_000
    max_memo_entries: int = 1_000_000
    max_stack_depth: int = 100_000
    max_nesting_depth: int = 32
    max_archive_members: int = 100_000
    max_data_rows: int = 10_000_000
    http_timeout_s: float = 10.0
    http_retries: int = 2


DEFAULT_LIMITS = Limits()
