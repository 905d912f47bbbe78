"""Property-based mutation fuzzing of every parser, seeded with one valid file per format: whatever the
bytes, a scan returns findings, a skip or an error, and never raises or fails by a bug (the long run
with figures is bench/scan/fuzz.py). Small limits keep each input cheap and exercise the limit paths."""

from __future__ import annotations

import json

import pytest
from fuzz_seeds import seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelward.core.findings import Severity
from modelward.scan.allowlist import builtin_policy
from modelward.scan.dispatch import scan_source
from modelward.scan.limits import Limits
from modelward.scan.source import Source

SEEDS = seeds()
LIMITS = Limits(max_pickle_opcodes=20_000, max_read_bytes=1 << 20, max_decompressed_bytes=1 << 20,
                max_archive_members=200, max_graph_nodes=2_000, max_config_bytes=1 << 20)
POLICY = builtin_policy()
# Errors that mean a bug, not a malformed file (malformed input is a DataError or struct/value error).
BUG_SIGNS = ("scanner failed", "TypeError", "AttributeError", "KeyError", "IndexError", "RecursionError",
             "AssertionError", "NameError", "UnboundLocalError")


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(("flip", "set", "insert", "delete", "truncate", "duplicate")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[at] = draw(st.sampled_from((0x00, 0x01, 0x7F, 0x80, 0xFF, ord("("), ord("."), ord("{"))))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 32))]
        elif op == "truncate":
            del data[at:]
        elif op == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 64))]
    return bytes(data)


def check(data: bytes) -> None:
    result = scan_source(Source.of_bytes(data, "fuzz.bin"), POLICY, LIMITS)
    assert not (result.error and any(sign in result.error for sign in BUG_SIGNS)), result.error
    for note in result.members:
        assert not (note.error and any(sign in note.reason for sign in BUG_SIGNS)), note.reason
    json.dumps([f.to_dict() for f in result.findings])  # every finding serialises


@pytest.mark.parametrize("parser", sorted(SEEDS))
def test_fuzzed_input_never_crashes_the_scanner(parser: str) -> None:
    @settings(max_examples=30, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated(SEEDS[parser]))
    def run(data: bytes) -> None:
        check(data)

    check(SEEDS[parser])
    run()


def test_seeds_are_what_they_say() -> None:
    """The seeds reach their parsers (a fuzz run on the wrong parser proves nothing), parse without an
    error, and the payloads in them are found (nested archives, compressed members and all)."""
    scans = {name: scan_source(Source.of_bytes(data, name), POLICY, LIMITS) for name, data in SEEDS.items()}
    for name, result in scans.items():
        assert result.error is None and not any(m.error for m in result.members), (name, result)
    caught = {name for name, result in scans.items() if any(f.severity == Severity.CRITICAL for f in result.findings)}
    assert caught == {"pickle", "joblib-zlib", "zip", "zip-deflate", "tar", "npy", "h5"}
    formats = {name: result.format for name, result in scans.items()}
    assert formats == {
        "pickle": "pickle", "pickle-p0": "pickle", "joblib-zlib": "joblib-zlib", "zip": "torch-zip",
        "zip-deflate": "zip", "tar": "tar", "npy": "numpy", "safetensors": "safetensors", "gguf": "gguf",
        "onnx": "onnx", "keras": "keras", "h5": "h5", "protobuf": "savedmodel", "graphdef": "savedmodel",
    }
