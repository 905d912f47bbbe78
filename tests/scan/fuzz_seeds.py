"""Seed files for fuzzing every parser of the scanner, built in code (no library writes a malicious
file here; nothing is loaded). Shared by tests/scan/test_fuzz.py and bench/scan/fuzz.py."""

from __future__ import annotations

import io
import json
import pickle
import struct
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent / "formats")]

from pickle_asm import call, sbu  # noqa: E402
from scanfmt_pbwriter import field, node, saved_model  # noqa: E402

EVIL = call("os", "system", sbu("id"))


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _npy(descr: str, body: bytes) -> bytes:
    header = repr({"descr": descr, "fortran_order": False, "shape": (1,)}).encode()
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + body


def _safetensors() -> bytes:
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}}).encode()
    return struct.pack("<Q", len(header)) + header + b"\x00" * 16


def _gguf() -> bytes:
    def s(text: str) -> bytes:
        return struct.pack("<Q", len(text)) + text.encode()

    kv = s("tokenizer.chat_template") + struct.pack("<I", 8) + s("{{ messages[0]['content'] }}")
    kv += s("general.alignment") + struct.pack("<II", 4, 32)
    kv += s("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, 2) + s("a") + s("b")
    tensor = s("w") + struct.pack("<I", 1) + struct.pack("<Q", 4) + struct.pack("<IQ", 0, 0)
    return b"GGUF" + struct.pack("<IQQ", 3, 1, 3) + kv + tensor + b"\x00" * 64


def _onnx() -> bytes:
    tensor = field(8, "w") + field(13, field(1, "location") + field(2, "weights.bin")) + field(14, 1)
    sub = field(1, field(4, "Identity") + field(7, "custom.domain"))
    node_if = field(4, "If") + field(5, field(1, "then_branch") + field(6, sub))
    graph = field(1, field(4, "Add")) + field(1, node_if) + field(5, tensor)
    return field(1, 8) + field(7, graph) + field(8, field(1, "") + field(2, 17))


def _keras() -> bytes:
    config = {"module": "keras", "class_name": "Sequential", "config": {"layers": [
        {"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "units": 2}},
        {"module": "keras.layers", "class_name": "Lambda", "config": {"name": "l", "function": {
            "class_name": "__lambda__", "config": {"code": "4wAAAA=="}}}}]}}
    return _zip({"metadata.json": b'{"keras_version": "3.5.0"}', "config.json": json.dumps(config).encode(),
                 "model.weights.h5": b"\x89HDF\r\n\x1a\n" + b"\x00" * 64})


def _h5() -> bytes:
    config = {"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda", "config": {
        "name": "lam", "function": ["4wAAAA==", None, None], "function_type": "lambda"}}]}}
    return b"\x89HDF\r\n\x1a\n" + b"\x00" * 200 + b"GCOL\x01\x00\x00\x00" + json.dumps(config).encode() + b"\x00" * 64


def seeds() -> dict[str, bytes]:
    """Parser name -> a small valid input of that format (several carry a payload to be found)."""
    plain = pickle.dumps({"weights": [1.0, 2.0], "name": "m"}, protocol=2)
    return {
        "pickle": EVIL,
        "pickle-p0": pickle.dumps({"a": [1, (2, 3)]}, protocol=0),
        "joblib-zlib": zlib.compress(EVIL),
        "zip": _zip({"archive/data.pkl": EVIL, "archive/version": b"3\n", "archive/data/0": b"\x00" * 16}),
        "zip-deflate": _zip({"weights/model.bin": plain, "inner.zip": _zip({"x.pkl": EVIL})}, zipfile.ZIP_DEFLATED),
        "tar": _tar({"pickle": EVIL, "sys_info": plain, "nested.npy": _npy("|O", EVIL)}),
        "npy": _npy("|O", EVIL),
        "safetensors": _safetensors(),
        "gguf": _gguf(),
        "onnx": _onnx(),
        "keras": _keras(),
        "h5": _h5(),
        "protobuf": saved_model([node("x", "Placeholder"), node("r", "ReadFile")]),
        "graphdef": field(1, node("p", "PyFunc")) + field(4, field(1, 1)),
    }
