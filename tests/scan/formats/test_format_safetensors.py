import json
import struct
import tracemalloc

import numpy as np
import pytest
from safetensors.numpy import save_file
from scanfmt_helpers import checks, scan_with, serious

from modelward.core.findings import Severity
from modelward.scan.formats import safetensors as st
from modelward.scan.limits import Limits

LIMITS = Limits()


def write_raw(path, header: dict, data: bytes = b"", pad: bytes = b""):
    raw = json.dumps(header).encode() + pad
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + data)
    return path


def test_benign_file_from_the_library_is_clean(tmp_path):
    p = tmp_path / "model.safetensors"
    rng = np.random.default_rng(0)
    tensors = {
        "w": rng.normal(size=(4, 3)).astype(np.float32),
        "b": np.arange(3, dtype=np.int64),
        "m": np.ones((2, 2), dtype=np.float16),
        "flag": np.array([True, False]),
    }
    save_file(tensors, p, metadata={"format": "np", "source": "test"})
    fs = scan_with(st, p, LIMITS)
    assert fs.error is None and fs.findings == ()


@pytest.mark.parametrize(
    ("header", "data_len", "check", "severity"),
    [
        (
            {
                "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]},
            },
            12,
            "scan.safetensors.overlap",
            Severity.HIGH,
        ),
        ({"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}, 8, "scan.safetensors.offsets", Severity.HIGH),
        ({"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}, 8, "scan.safetensors.size", Severity.MEDIUM),
        (
            {"a": {"dtype": "PY_OBJECT", "shape": [2], "data_offsets": [0, 8]}},
            8,
            "scan.safetensors.dtype",
            Severity.MEDIUM,
        ),
        ({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}, 100, "scan.safetensors.gap", Severity.MEDIUM),
        ({"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}, 8, "scan.safetensors.gap", Severity.MEDIUM),
        (
            {"__metadata__": {"k": 1}, "a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}},
            1,
            "scan.safetensors.metadata",
            Severity.MEDIUM,
        ),
        (
            {"a": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}},
            4,
            "scan.safetensors.structure",
            Severity.MEDIUM,
        ),
        ({"a": {"dtype": "F32", "shape": [1], "data_offsets": [8, 4]}}, 8, "scan.safetensors.offsets", Severity.HIGH),
    ],
    ids=[
        "overlap",
        "beyond-file",
        "size-mismatch",
        "unknown-dtype",
        "trailing-bytes",
        "leading-gap",
        "metadata-not-string",
        "negative-dim",
        "begin-after-end",
    ],
)
def test_inconsistent_headers_are_findings(tmp_path, header, data_len, check, severity):
    fs = scan_with(st, write_raw(tmp_path / "x.safetensors", header, b"\0" * data_len), LIMITS)
    assert fs.error is None
    assert checks(fs).get(check) == severity, fs.findings


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "shorter than the 8-byte"),
        (struct.pack("<Q", 1000) + b"{}", "exceeds"),
        (struct.pack("<Q", 4) + b"abcd", "does not start with '{'"),
        (struct.pack("<Q", 5) + b"{nope", "not valid JSON"),
        (struct.pack("<Q", 2) + b"[]", "does not start"),
    ],
    ids=["empty", "truncated", "not-json", "bad-json", "array"],
)
def test_bad_input_is_a_clear_error(tmp_path, content, reason):
    p = tmp_path / "bad.safetensors"
    p.write_bytes(content)
    fs = scan_with(st, p, LIMITS)
    assert fs.findings == () and fs.error is not None
    assert str(p) in fs.error and reason in fs.error


def test_header_over_the_read_limit_is_a_limit_finding(tmp_path):
    p = write_raw(
        tmp_path / "x.safetensors", {"a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}}, b"\0", pad=b" " * 5000
    )
    fs = scan_with(st, p, Limits(max_read_bytes=1000))
    assert checks(fs) == {"scan.safetensors.limit": Severity.HIGH}


def test_five_gigabyte_file_reads_only_the_header(tmp_path):
    n = 5 * 1024**3 // 4
    header = {"__metadata__": {"format": "pt"}, "big": {"dtype": "F32", "shape": [n], "data_offsets": [0, n * 4]}}
    p = write_raw(tmp_path / "big.safetensors", header)
    with open(p, "r+b") as fh:  # sparse: no disk used for the tensor bytes
        fh.truncate(p.stat().st_size + n * 4)
    tracemalloc.start()
    fs = scan_with(st, p, LIMITS)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert fs.error is None and serious(fs) == []
    assert peak < 1024**2
