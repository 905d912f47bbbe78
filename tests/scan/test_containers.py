"""Containers read as their loaders read them: PyTorch zip (and its header tricks), legacy torch,
tar, TorchScript, joblib (compressed, object arrays), .npy/.npz, polyglots."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import pickle
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from pickle_asm import call, sbu
from scan_helpers import globals_flagged

from modelward.core.findings import Severity
from modelward.scan.api import scan_file
from modelward.scan.limits import Limits
from modelward.scan.sniff import TORCH_LEGACY_MAGIC

EVIL = call("os", "system", sbu("id"))
PICKLED_SYSTEM = f"{os.system.__module__}.system"  # how pickle names os.system (posix / nt)
BENIGN = pickle.dumps({"w": [1.0, 2.0]}, protocol=2)


class Evil:
    """Pickling it writes a call to os.system; nothing here ever unpickles it."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, ("echo pwned",)


def zip_bytes(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def torch_zip(pkl: bytes, method: int = zipfile.ZIP_STORED) -> bytes:
    return zip_bytes([("archive/data.pkl", pkl), ("archive/version", b"3\n")], method)


def scan(tmp_path: Path, data: bytes, name: str = "model.pt", limits: Limits | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return scan_file(path, limits or Limits())


def checks(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.check_id for f in result.findings}


def test_torch_zip_payload(tmp_path: Path) -> None:
    result = scan(tmp_path, torch_zip(EVIL))
    assert result.format == "torch-zip"
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)
    f = next(f for f in result.findings if f.evidence.measurements.get("global") == "os.system")
    assert f.location.member == "archive/data.pkl"


def test_deflated_member(tmp_path: Path) -> None:
    result = scan(tmp_path, torch_zip(EVIL, zipfile.ZIP_DEFLATED))
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def _patch_all(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data
    return data.replace(old, new)


def test_CVE_2025_10156_bad_crc_is_still_scanned(tmp_path: Path) -> None:
    data = torch_zip(EVIL)
    crc = struct.pack("<I", zlib.crc32(EVIL))
    bad = _patch_all(data, crc, b"\xde\xad\xbe\xef")
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(io.BytesIO(bad)).read("archive/data.pkl")  # what zipfile-based scanners hit
    result = scan(tmp_path, bad)
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)
    assert "scan.container.zip-crc-mismatch" in checks(result)


def test_CVE_2025_1945_flag_bits(tmp_path: Path) -> None:
    data = bytearray(torch_zip(EVIL))
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = data.find(sig)
        while pos >= 0:
            data[pos + flag_at] |= 0x1  # "encrypted": zipfile refuses, torch's reader does not care
            pos = data.find(sig, pos + 4)
    result = scan(tmp_path, bytes(data))
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)
    assert "scan.container.zip-encrypted-flag" in checks(result)


def test_CVE_2025_1944_local_and_central_names_differ(tmp_path: Path) -> None:
    data = bytearray(torch_zip(EVIL))
    local = data.find(b"PK\x03\x04")
    name_at = local + 30
    assert data[name_at:name_at + 16] == b"archive/data.pkl"
    data[name_at:name_at + 16] = b"archive/data.pkx"
    result = scan(tmp_path, bytes(data))
    assert "scan.container.zip-name-mismatch" in checks(result)
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_duplicate_member_names_every_copy_scanned(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = zip_bytes([("archive/data.pkl", BENIGN), ("archive/data.pkl", EVIL), ("archive/version", b"3")])
    result = scan(tmp_path, data)
    assert "scan.container.zip-duplicate-name" in checks(result)
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_path_traversal_member_is_a_finding(tmp_path: Path) -> None:
    result = scan(tmp_path, zip_bytes([("../../evil.pkl", BENIGN), ("ok.txt", b"x")]), "a.zip")
    assert "scan.container.path-traversal" in checks(result)
    assert not (tmp_path.parent.parent / "evil.pkl").exists()


def test_prepended_data_zip(tmp_path: Path) -> None:
    result = scan(tmp_path, b"JUNK" * 100 + torch_zip(EVIL))
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


@pytest.mark.parametrize("pickle_part,zip_part", [(EVIL, torch_zip(BENIGN)), (BENIGN, torch_zip(EVIL))])
def test_pickle_zip_polyglot_both_views(tmp_path: Path, pickle_part: bytes, zip_part: bytes) -> None:
    result = scan(tmp_path, pickle_part + zip_part)
    assert result.format == "pickle+zip"
    assert "scan.container.polyglot" in checks(result)
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_legacy_torch_pickle_sequence(tmp_path: Path) -> None:
    data = (pickle.dumps(TORCH_LEGACY_MAGIC, protocol=2) + pickle.dumps(1001, protocol=2)
            + pickle.dumps({"protocol_version": 1001}, protocol=2) + EVIL + pickle.dumps([], protocol=2)
            + b"\x00" * 64)
    result = scan(tmp_path, data)
    assert result.format == "torch-legacy"
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_legacy_torch_tar(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in (("sys_info", BENIGN), ("pickle", EVIL), ("storages", pickle.dumps(0)),
                           ("tensors", pickle.dumps(0))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    result = scan(tmp_path, buf.getvalue(), "old.tar")
    assert result.format == "tar"
    f = next(f for f in result.findings if f.evidence.measurements.get("global") == "os.system")
    assert f.severity == Severity.CRITICAL and f.location.member == "pickle"


def test_torchscript_code_and_constants(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    buf = io.BytesIO()
    torch.jit.save(torch.jit.script(torch.nn.Linear(3, 2)), buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    members = [(n, EVIL if n.endswith("constants.pkl") else src.read(n)) for n in src.namelist()]
    result = scan(tmp_path, zip_bytes(members))
    assert result.format == "torchscript"
    assert "scan.torchscript.code" in checks(result)
    f = next(f for f in result.findings if f.evidence.measurements.get("global") == "os.system")
    assert f.location.member is not None and f.location.member.endswith("constants.pkl")


@pytest.mark.parametrize("codec", ["zlib", "gzip", "bz2", "lzma", "xz"])
def test_compressed_joblib_payload(tmp_path: Path, codec: str) -> None:
    packed = {"zlib": zlib.compress, "gzip": gzip.compress, "bz2": bz2.compress,
              "lzma": lambda d: lzma.compress(d, format=lzma.FORMAT_ALONE),
              "xz": lambda d: lzma.compress(d, format=lzma.FORMAT_XZ)}[codec](EVIL)
    result = scan(tmp_path, packed, "model.joblib")
    assert result.format == f"joblib-{codec}"
    assert "os.system" in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_decompression_is_bounded(tmp_path: Path) -> None:
    bomb = zlib.compress(b"(" * 50_000 + EVIL)
    result = scan(tmp_path, bomb, "model.joblib", Limits(max_decompressed_bytes=10_000))
    assert "scan.pickle.limit" in checks(result) and not result.verified


@pytest.mark.parametrize("compress", [0, 3])
def test_joblib_object_array_payload(tmp_path: Path, compress: int) -> None:
    joblib = pytest.importorskip("joblib")
    path = tmp_path / "model.joblib"
    arr = np.empty(2, dtype=object)
    arr[0], arr[1] = Evil(), 1
    joblib.dump({"weights": np.ones((4, 3)), "objects": arr, "after": np.zeros(5)}, path, compress=compress)
    result = scan_file(path, Limits())
    assert PICKLED_SYSTEM in globals_flagged(list(result.findings), Severity.CRITICAL)
    assert not any(f.check_id == "scan.pickle.malformed" for f in result.findings)


def test_npy_object_array(tmp_path: Path) -> None:
    arr = np.empty(1, dtype=object)
    arr[0] = Evil()
    path = tmp_path / "x.npy"
    np.save(path, arr, allow_pickle=True)
    result = scan_file(path, Limits())
    assert result.format == "numpy"
    assert PICKLED_SYSTEM in globals_flagged(list(result.findings), Severity.CRITICAL)


def test_npz_with_object_member(tmp_path: Path) -> None:
    arr = np.empty(1, dtype=object)
    arr[0] = Evil()
    path = tmp_path / "x.npz"
    np.savez(path, ok=np.arange(3), bad=arr)
    result = scan_file(path, Limits())
    assert result.format == "npz"
    f = next(f for f in result.findings if f.evidence.measurements.get("global") == PICKLED_SYSTEM)
    assert f.location.member == "bad.npy"


def test_large_tensor_blob_is_not_read(tmp_path: Path) -> None:
    blob = b"\x00" * (64 << 20)
    data = zip_bytes([("archive/data.pkl", BENIGN), ("archive/data/0", blob), ("archive/version", b"3")])
    limits = Limits(max_read_bytes=1 << 20, max_decompressed_bytes=1 << 20)
    result = scan(tmp_path, data, "big.pt", limits)
    assert result.error is None and not [f for f in result.findings if f.severity >= Severity.MEDIUM]


def test_every_format_is_scanned_inside_a_deflated_zip_member(tmp_path: Path) -> None:
    from fuzz_seeds import seeds

    formats = ("h5", "gguf", "onnx", "safetensors", "npy", "tar", "protobuf", "keras", "joblib-zlib", "zip")
    data = zip_bytes([(f"{name}.bin", seeds()[name]) for name in formats], zipfile.ZIP_DEFLATED)
    result = scan(tmp_path, data, "all.zip")
    assert result.error is None and not [m for m in result.members if m.error], result.members
    members = {str(f.location.member).split(">")[0].split(":")[0] for f in result.findings}
    assert {"h5.bin", "onnx.bin", "npy.bin", "tar.bin", "protobuf.bin", "keras.bin", "joblib-zlib.bin",
            "zip.bin"} <= members
