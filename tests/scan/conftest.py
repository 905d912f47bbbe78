from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from modelward.core.findings import Finding
from modelward.scan.api import scan_file
from modelward.scan.limits import DEFAULT_LIMITS

# Test helpers beside this file (pickle_asm, scan_helpers) under --import-mode=importlib.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def scan_bytes(tmp_path: Path) -> Callable[..., list[Finding]]:
    """Write bytes to a file (name given, content decides the format) and scan it."""

    def run(data: bytes, name: str = "model.bin") -> list[Finding]:
        path = tmp_path / name
        path.write_bytes(data)
        result = scan_file(path, DEFAULT_LIMITS)
        assert result.error is None, result.error
        assert result.skipped is None, result.skipped
        return list(result.findings)

    return run
