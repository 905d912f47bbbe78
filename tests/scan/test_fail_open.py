"""Round-2 regressions: every way the first scanner failed open, one test each, named after the weakness.

Each payload is built in code, byte by byte or by a library writer, and is never loaded; the tests
that load (the --trust gate, scan-then-load) use a payload that only writes a marker file in tmp_path.
"""

from __future__ import annotations

import io
import json
import os
import pathlib
import pickle
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest
from pickle_asm import (
    EMPTY_TUPLE,
    MARK,
    POP,
    REDUCE,
    STOP,
    TUPLE,
    binunicode,
    call,
    glob,
    proto,
    sbu,
    stack_global,
)

from modelward.core.errors import ModelLoadError
from modelward.core.findings import Severity
from modelward.scan.api import scan_path
from modelward.scan.limits import Limits

sys.path.insert(0, str(Path(__file__).parent / "formats"))
from scanfmt_pbwriter import node, saved_model

EVIL = call("os", "system", sbu("id"))
EVIL_P0 = glob("os", "system") + b"(" + b"S'id'\n" + TUPLE + REDUCE + STOP  # protocol 0, no PROTO opcode


def findings_at_least(report, severity: Severity) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{f.check_id}: {f.title}" for f in report.findings if f.severity >= severity]


def caught(report) -> bool:  # type: ignore[no-untyped-def]
    """What a CI gate sees: `modelward scan FILE` at the default --fail-on high exits 1."""
    return report.exit_code(Severity.HIGH) == 1


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


class _WritesMarker:
    """Unpickling this writes a marker file: proof that a load ran code. Only the tests below make it."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (pathlib.Path.write_text, (self.marker, "pwned"))


# ------------------------------------------------------------------ 1. silent caps

def test_silent_cap_global_padding_hides_the_payload(tmp_path: Path) -> None:
    padding = (glob("collections", "OrderedDict") + POP) * 100_001
    data = proto(2) + padding + EVIL[2:]
    report = scan_path(write(tmp_path, "padded.pkl", data))
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL))
    assert caught(report)


def test_silent_cap_distinct_global_flood_is_a_finding(tmp_path: Path) -> None:
    # Many *distinct* allowed-looking names: the distinct-globals cap is reached; that is reported, and
    # the payload after the flood is still judged.
    flood = b"".join(stack_global("sklearn.flood", f"Klass{i}") + POP for i in range(120_000))
    data = proto(4) + flood + EVIL[2:]
    report = scan_path(write(tmp_path, "flood.pkl", data))
    titles = findings_at_least(report, Severity.HIGH)
    assert any("os.system" in t for t in titles), titles
    assert caught(report)


def test_silent_cap_low_anomalies_hide_a_high_one(tmp_path: Path) -> None:
    persistent = (b"Pid\n" + POP) * 1_200  # 1,200 low "persistent id" anomalies
    indirect = glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE + EMPTY_TUPLE + REDUCE
    data = persistent + indirect + STOP
    report = scan_path(write(tmp_path, "anomalies.pkl", data))
    assert any(f.check_id == "scan.pickle.indirect-call" and f.severity >= Severity.HIGH for f in report.findings)
    # and the flood itself is counted, not silently dropped
    assert any("more" in f.title and f.check_id.startswith("scan.pickle.persistent-id") for f in report.findings)


# ------------------------------------------------------------------ 2. a limit throws away what was found

def _payload_then_bytes(n: int) -> bytes:
    """os.system('id') is called, then a BINBYTES8 of n zero bytes before STOP."""
    return proto(4) + stack_global("os", "system") + MARK + sbu("id") + TUPLE + REDUCE + POP \
        + b"\x8e" + n.to_bytes(8, "little") + bytes(n) + STOP


def test_limit_in_compressed_joblib_keeps_the_critical_payload(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.joblib", zlib.compress(_payload_then_bytes(4 << 20)))
    report = scan_path(path, limits=Limits(max_decompressed_bytes=1 << 20))
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL))
    assert any(f.check_id.endswith(".limit") for f in report.findings)


def test_limit_in_archive_member_keeps_the_critical_payload(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("archive/data.pkl", _payload_then_bytes(4 << 20))
        zf.writestr("archive/version", "3\n")
    report = scan_path(write(tmp_path, "model.pt", buf.getvalue()), limits=Limits(max_decompressed_bytes=1 << 20))
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL))


def test_limit_in_keras_config_keeps_the_critical_finding(tmp_path: Path) -> None:
    deep: object = 0
    for _ in range(40):
        deep = [deep]
    config = {"class_name": "Sequential", "module": "keras", "config": {"layers": [
        {"module": "os", "class_name": "system", "config": {}, "registered_name": None},
        {"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "deep": deep}}]}}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.8.0"}))
        zf.writestr("config.json", json.dumps(config))
        zf.writestr("model.weights.h5", b"")
    report = scan_path(write(tmp_path, "m.keras", buf.getvalue()))
    assert any("module-import" in t for t in findings_at_least(report, Severity.CRITICAL))


def test_limit_in_onnx_keeps_the_traversal_finding(tmp_path: Path) -> None:
    from scanfmt_pbwriter import field

    # Written with onnx.proto's field numbers (the onnx package refuses to build this deep a model).
    leak = field(8, "leak") + field(13, field(1, "location") + field(2, "../../../../etc/passwd")) + field(14, 1)
    constant = field(2, "c") + field(4, "Constant") + field(5, field(1, "value") + field(5, leak))
    graph = field(1, field(4, "Identity"))
    for _ in range(40):  # If subgraphs nested past limits.max_nesting_depth
        graph = field(1, field(4, "If") + field(5, field(1, "then_branch") + field(6, graph)))
    model = field(1, 8) + field(7, field(1, constant) + graph)
    report = scan_path(write(tmp_path, "m.onnx", model))
    assert any("external-data-path" in t for t in findings_at_least(report, Severity.HIGH))
    assert any(f.check_id.endswith(".limit") for f in report.findings)


def test_trusted_load_refuses_a_file_the_scan_could_not_finish(tmp_path: Path) -> None:
    from modelward.api import load_model

    marker = tmp_path / "marker.txt"
    # 100,500 MARKs pass limits.max_stack_depth: the scan stops there; pickle.load goes on to the payload.
    data = b"(" * 100_500 + pickle.dumps(_WritesMarker(marker), protocol=4)
    path = write(tmp_path, "model.pkl", data)
    with pytest.raises(ModelLoadError):
        load_model(path, trust=[path])
    assert not marker.exists()


# ------------------------------------------------------------------ 3. archives judged by member names

def _zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("member", [
    pytest.param(("weights/model.bin", EVIL_P0), id="protocol-0-pickle"),
    pytest.param(("weights/model.bin", EVIL_P0.replace(b"S'id'\n", b"U\x02id")), id="protocol-1"),
    pytest.param(("state/opt.joblib", zlib.compress(EVIL)), id="zlib-joblib"),
    pytest.param(("nested/inner.pt", _zip([("archive/data.pkl", EVIL), ("archive/version", b"3\n")])),
                 id="nested-pt"),
])
def test_archive_members_are_judged_by_content_zip(tmp_path: Path, member: tuple[str, bytes]) -> None:
    report = scan_path(write(tmp_path, "bundle.zip", _zip([member, ("README", b"weights\n")])))
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL)), report.findings


def test_archive_members_are_judged_by_content_zip_in_compressed_member(tmp_path: Path) -> None:
    inner = _zip([("archive/data.pkl", EVIL), ("archive/version", b"3\n")])  # read from its end: needs seeking
    outer = _zip([("nested/inner.pt", inner), ("nested/inner.tar", b"")], zipfile.ZIP_DEFLATED)
    report = scan_path(write(tmp_path, "bundle.zip", outer))
    assert not report.errors, report.errors
    assert any(f.location.member == "nested/inner.pt>archive/data.pkl" for f in report.findings
               if f.severity == Severity.CRITICAL)


def test_archive_members_are_judged_by_content_tar(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in (("weights/model.bin", EVIL_P0), ("inner.zip", _zip([("x/y.bin", EVIL)]))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    report = scan_path(write(tmp_path, "bundle.tar", buf.getvalue()))
    criticals = [f for f in report.findings if f.severity == Severity.CRITICAL]
    assert {f.location.member for f in criticals} >= {"weights/model.bin", "inner.zip>x/y.bin"}


def test_archive_unrecognised_member_is_listed_as_skipped(tmp_path: Path) -> None:
    report = scan_path(write(tmp_path, "bundle.zip", _zip([("notes/readme.txt", b"hello\n")])))
    assert any("readme.txt" in s.subject for s in report.skipped), report.skipped


def test_archive_nesting_past_the_depth_limit_is_not_verified(tmp_path: Path) -> None:
    data = EVIL
    for i in range(12):
        data = _zip([(f"level{i}.zip", data)])
    report = scan_path(write(tmp_path, "deep.zip", data))
    assert caught(report)
    assert any(f.check_id.endswith(".limit") for f in report.findings)


# ------------------------------------------------------------------ 4. recursion

def test_recursion_nested_config_json_does_not_end_the_directory_scan(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    write(repo, "config.json", b"[" * 100_000 + b"]" * 100_000)
    write(repo, "model.bin", EVIL)
    report = scan_path(repo)
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL))
    assert any(f.location.file == str(repo / "config.json") for f in report.findings)


def test_recursion_chained_reduce_calls(tmp_path: Path) -> None:
    data = proto(2) + glob("collections", "OrderedDict") + (EMPTY_TUPLE + REDUCE) * 3_000 + STOP
    report = scan_path(write(tmp_path, "chain.pkl", data))
    assert not report.errors, report.errors
    assert any(f.check_id == "scan.pickle.indirect-call" for f in report.findings)


def test_recursion_nested_tuple_arguments(tmp_path: Path) -> None:
    args = b"N" + b"\x85" * 5_000  # a tuple nested 5,000 deep as the argument
    data = proto(2) + glob("os", "system") + args + b"\x85" + REDUCE + STOP
    report = scan_path(write(tmp_path, "deep_args.pkl", data))
    assert not report.errors, report.errors
    assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL))


# ------------------------------------------------------------------ 5. unknown callables are only medium

@pytest.mark.parametrize(("module", "name", "arg"), [
    pytest.param("dataclasses", "_create_fn", binunicode("f"), id="interpreter-internal-exec"),
    pytest.param("platform", "architecture", binunicode("/bin/sh"), id="stdlib-helper-spawns-process"),
    pytest.param("_sqlite3", "connect", binunicode("/tmp/x.db"), id="c-builtin-with-arguments"),
    pytest.param("modelward_no_such_module", "run", binunicode("x"), id="unresolvable"),
])
def test_unknown_callable_called_with_arguments_is_high(tmp_path: Path, module: str, name: str, arg: bytes) -> None:
    report = scan_path(write(tmp_path, "gadget.pkl", call(module, name, arg)))
    assert caught(report), [(f.severity.value, f.title) for f in report.findings]


def test_unknown_callable_reachability_names_the_sink(tmp_path: Path) -> None:
    report = scan_path(write(tmp_path, "gadget.pkl", call("platform", "architecture", binunicode("/bin/sh"))))
    f = next(f for f in report.findings if "platform.architecture" in f.title)
    assert "subprocess" in str(f.evidence.measurements.get("reaches", ""))


def test_unknown_pure_function_and_plain_class_stay_low(tmp_path: Path) -> None:
    from pickle_asm import BUILD, EMPTY_DICT, NEWOBJ, SETITEM, binint1

    data = (proto(4) + stack_global("colorsys", "rgb_to_hsv") + POP  # a pure function, only reached
            + stack_global("argparse", "Namespace") + EMPTY_TUPLE + NEWOBJ  # a plain class rebuilt with state
            + EMPTY_DICT + sbu("a") + binint1(1) + SETITEM + BUILD + POP
            + call("textwrap", "dedent", binunicode("  x"))[2:])  # a pure function called
    report = scan_path(write(tmp_path, "pure.pkl", data))
    assert not findings_at_least(report, Severity.MEDIUM), report.findings


def test_full_torch_transformer_save_stays_below_medium(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = torch.nn.TransformerEncoder(torch.nn.TransformerEncoderLayer(8, 2, 16), 1)
    torch.save(net, tmp_path / "transformer.pt")
    report = scan_path(tmp_path / "transformer.pt")
    assert not findings_at_least(report, Severity.MEDIUM), findings_at_least(report, Severity.MEDIUM)


# ------------------------------------------------------------------ 6. TensorFlow graphs under any name

@pytest.mark.parametrize("name", ["graph.pb", "model.bin", "frozen"])
def test_tensorflow_graph_under_any_name(tmp_path: Path, name: str) -> None:
    data = saved_model([node("x", "Placeholder"), node("r", "ReadFile")])
    report = scan_path(write(tmp_path, name, data))
    assert any("ReadFile" in t for t in findings_at_least(report, Severity.HIGH)), (report.findings, report.skipped)


def test_tensorflow_frozen_graphdef_under_any_name(tmp_path: Path) -> None:
    from scanfmt_pbwriter import field

    graph = field(1, node("x", "Placeholder")) + field(1, node("p", "PyFunc")) + field(4, field(1, 1))
    report = scan_path(write(tmp_path, "frozen_graph.pb", graph))
    assert any("PyFunc" in t for t in findings_at_least(report, Severity.HIGH)), (report.findings, report.skipped)


# ------------------------------------------------------------------ 7. scan and load read different bytes

def test_scan_and_load_read_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    import joblib
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from modelward.api import load_model

    marker = tmp_path / "marker.txt"
    good = tmp_path / "model.joblib"
    joblib.dump(LogisticRegression().fit([[0.0], [1.0]], [0, 1]), good)
    evil = write(tmp_path, "evil.joblib", pickle.dumps(_WritesMarker(marker), protocol=4))
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def swap_after_first_open(file: object) -> None:
        if str(file) == str(good):
            opened.append(str(file))
            if len(opened) == 1:  # the attacker swaps the file right after the first open
                os.replace(evil, good)

    def spy_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(file, *args, **kwargs)
        swap_after_first_open(file)
        return handle

    def spy_os_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        fd = real_os_open(file, *args, **kwargs)
        swap_after_first_open(file)
        return fd

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    adapter = load_model(good, trust=[good])
    assert len(opened) == 1, opened
    assert not marker.exists()
    assert adapter.predict_proba(np.zeros((1, 1))).shape == (1, 2)


def test_onnx_load_applies_the_external_data_check(tmp_path: Path) -> None:
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    import numpy as np
    from onnx import TensorProto, helper

    from modelward.api import load_model

    (tmp_path / "secret.bin").write_bytes(np.ones(2, dtype=np.float32).tobytes())
    w = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[2], data_location=TensorProto.EXTERNAL)
    for key, value in (("location", "../secret.bin"), ("offset", "0"), ("length", "8")):
        w.external_data.add(key=key, value=value)
    graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])], [w])
    path = write(tmp_path / "models", "m.onnx",
                 helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    with pytest.raises(ModelLoadError, match=r"scan\.onnx\.external-data-path"):
        load_model(path, classes=[0, 1])


# ------------------------------------------------------------------ 8. smaller

def test_zip_central_directory_is_read_within_the_read_cap(tmp_path: Path) -> None:
    members = [(f"m{i:05d}-" + "x" * 200, b"") for i in range(2_000)] + [("w/model.bin", EVIL)]
    path = write(tmp_path, "many.zip", _zip(members))
    report = scan_path(path, limits=Limits(max_read_bytes=64 * 1024))
    assert any(f.check_id.endswith(".limit") for f in report.findings), report.findings


def test_zip_member_with_another_compression_method_is_scanned(tmp_path: Path) -> None:
    for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        report = scan_path(write(tmp_path, f"m{method}.zip", _zip([("w/model.pkl", EVIL)], method)))
        assert any("os.system" in t for t in findings_at_least(report, Severity.CRITICAL)), method


def test_zip_member_with_an_unknown_compression_method_is_not_verified(tmp_path: Path) -> None:
    data = bytearray(_zip([("w/model.bin", EVIL)], zipfile.ZIP_BZIP2))
    for sig, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        pos = data.find(sig)
        data[pos + at:pos + at + 2] = (99).to_bytes(2, "little")  # AES or unknown: cannot be read here
    report = scan_path(write(tmp_path, "odd.zip", bytes(data)))
    assert caught(report)
    assert any(f.check_id.endswith(".limit") for f in report.findings if f.severity >= Severity.HIGH)


def test_keras_route_keeps_the_zip_reader_anomalies(tmp_path: Path) -> None:
    import warnings

    config = json.dumps({"class_name": "Sequential", "module": "keras", "config": {"layers": []}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = _zip([("metadata.json", b"{}"), ("config.json", config.encode()), ("config.json", b"{}"),
                     ("model.weights.h5", b"")])
    report = scan_path(write(tmp_path, "m.keras", data))
    assert any(f.check_id == "scan.container.zip-duplicate-name" for f in report.findings), report.findings
