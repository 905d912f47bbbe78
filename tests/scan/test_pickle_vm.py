"""The symbolic VM follows CPython's unpickler: same stop offset and globals on real pickles, and
the tricks scanners have missed (memo, dotted names, POP, protocol 0, broken streams)."""

from __future__ import annotations

import collections
import datetime
import decimal
import io
import pickle
import pickletools

import numpy as np
import pytest
from pickle_asm import (
    APPEND,
    BUILD,
    DUP,
    EMPTY_DICT,
    EMPTY_LIST,
    EMPTY_TUPLE,
    MARK,
    MEMOIZE,
    NEWOBJ,
    NONE,
    OBJ,
    POP,
    POP_MARK,
    REDUCE,
    SETITEM,
    STACK_GLOBAL,
    STOP,
    TUPLE,
    TUPLE1,
    asm,
    binbytes,
    binget,
    binput,
    call,
    ext1,
    frame,
    get,
    glob,
    inst,
    long_binget,
    persid,
    proto,
    put,
    sbu,
    stack_global,
    string,
    unicode_nl,
)
from scan_helpers import POLICY, analyse, globals_flagged, worst

from modelward.core.findings import Severity
from modelward.scan.limits import Limits
from modelward.scan.pickle import Where, analyse_bytes, run_pickles

BENIGN = [
    {"a": [1, 2.5, None, True], "b": ("x", b"y", bytearray(b"z")), "c": {1, 2}, "d": frozenset({3})},
    collections.OrderedDict(a=1), datetime.datetime(2024, 1, 2, 3, 4, 5), decimal.Decimal("1.5"),
    np.arange(12, dtype=np.float32).reshape(3, 4), np.array(["a", "bc"]), 2**100, -(2**70), "é" * 300,
    [list(range(300)), b"\x00" * 70000],
]


@pytest.mark.parametrize("protocol", range(6))
@pytest.mark.parametrize("obj", BENIGN, ids=lambda o: type(o).__name__)
def test_vm_matches_cpython_on_real_pickles(obj: object, protocol: int) -> None:
    data = pickle.dumps(obj, protocol=protocol)
    (trace,) = run_pickles(io.BytesIO(data), Limits(), POLICY, end=len(data))
    assert trace.stopped and trace.halt is None
    assert trace.end == len(data)
    ops = list(pickletools.genops(data))
    assert trace.opcodes == len(ops)
    expected = set()
    strings: list[str] = []
    memo: dict[int, object] = {}
    for op, arg, _ in ops:  # an independent, simple model of the globals
        if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE"):
            strings.append(arg)
        if op.name in ("GLOBAL", "INST"):
            expected.add(tuple(arg.split(" ", 1)))
    ours = {(g.module, g.qualname) for g in trace.globals}
    if protocol < 4:
        import _compat_pickle

        expected = {_compat_pickle.NAME_MAPPING.get(e, (_compat_pickle.IMPORT_MAPPING.get(e[0], e[0]), e[1]))
                    for e in expected}
        assert ours == expected
    assert not globals_flagged(analyse(data)), "benign data must not be flagged"
    del memo


def test_stack_global_through_memo_desync() -> None:
    # picklescan issue #22: module/name strings are PUT under one index and fetched by another.
    data = asm(unicode_nl("os"), put(2), POP, unicode_nl("system"), put(3), POP,
               unicode_nl("torch"), put(0), POP, unicode_nl("LongStorage"), put(1), POP,
               get(2), get(3), STACK_GLOBAL, MARK, unicode_nl("cat flag.txt"), TUPLE, REDUCE, STOP)
    findings = analyse(data)
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)
    assert "torch.LongStorage" not in globals_flagged(findings)


def test_memoize_indices_follow_put_keys() -> None:
    # MEMOIZE stores at len(memo): a PUT with a far key shifts which index holds what.
    data = asm(proto(4), sbu("x"), put(7), POP, sbu("builtins"), MEMOIZE, POP, sbu("eval"), MEMOIZE, POP,
               binget(1), binget(2), STACK_GLOBAL, sbu("1+1"), TUPLE1, REDUCE, STOP)
    # memo: {7: "x", 1: "builtins", 2: "eval"}
    assert "builtins.eval" in globals_flagged(analyse(data), Severity.CRITICAL)


def test_long_binget_and_dup() -> None:
    data = asm(proto(4), stack_global("subprocess", "getoutput"), binput(0), POP,
               long_binget(0), DUP, POP, sbu("id"), TUPLE1, REDUCE, STOP)
    assert "subprocess.getoutput" in globals_flagged(analyse(data), Severity.CRITICAL)


@pytest.mark.parametrize("module,name,expected", [
    ("torch", "os.system", "torch.os.system"),
    ("builtins", "getattr", "builtins.getattr"),
    ("collections", "OrderedDict.__init__.__globals__", "collections.OrderedDict.__init__.__globals__"),
    ("numpy", "sys.modules", "numpy.sys.modules"),
])
def test_dotted_name_traversal_is_judged_on_the_resolved_path(module: str, name: str, expected: str) -> None:
    findings = analyse(call(module, name, sbu("id")))
    assert expected in globals_flagged(findings, Severity.CRITICAL)


def test_protocol_0_text_opcodes() -> None:
    # Slaviero's "Sour Pickles": GLOBAL, STRING, PUT/GET, INST, no PROTO at all.
    data = asm(glob("__builtin__", "globals"), b"(tR", put(100), POP,
               glob("__builtin__", "compile"), MARK, string("print(1)"), string(""), string("exec"),
               b"tR", put(101), POP, glob("__builtin__", "eval"), MARK, get(101), get(100), b"tR", STOP)
    findings = analyse(data)
    assert {"builtins.compile", "builtins.eval"} <= globals_flagged(findings, Severity.CRITICAL)
    assert any(f.evidence.measurements.get("written_as") == "__builtin__.eval" for f in findings)


def test_inst_and_obj_opcodes() -> None:
    data = asm(MARK, string("id"), inst("os", "system"), POP, MARK, glob("posix", "popen"), string("id"),
               OBJ, STOP)
    flagged = globals_flagged(analyse(data), Severity.CRITICAL)
    assert {"os.system", "posix.popen"} <= flagged


def test_payload_before_invalid_opcode_counts() -> None:
    data = call("os", "system", sbu("id"))[:-1] + b"\xff garbage"
    findings = analyse(data)
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)
    assert any(f.check_id == "scan.pickle.malformed" for f in findings)


def test_payload_without_stop_counts() -> None:
    findings = analyse(call("os", "system", sbu("id"))[:-1])
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)


def test_pop_hidden_call() -> None:
    # The call's result is popped: nothing of it remains on the stack, but it ran.
    data = asm(proto(4), stack_global("os", "system"), sbu("id"), TUPLE1, REDUCE, POP, NONE_ := b"N", STOP)
    assert NONE_ == b"N"
    assert "os.system" in globals_flagged(analyse(data), Severity.CRITICAL)


def test_pop_pops_mark_when_stack_above_is_empty() -> None:
    data = asm(proto(4), MARK, POP, stack_global("os", "system"), sbu("id"), TUPLE1, REDUCE, STOP)
    findings = analyse(data)
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)
    assert not any(f.check_id == "scan.pickle.malformed" for f in findings)


def test_global_only_reached_is_still_reported() -> None:
    data = asm(proto(4), stack_global("os", "system"), POP, b"N", STOP)
    findings = analyse(data)
    f = next(f for f in findings if f.evidence.measurements.get("global") == "os.system")
    assert f.severity == Severity.HIGH and f.evidence.measurements["usage"] == "reached"


def test_unknown_global_that_cannot_be_resolved_called_with_arguments_is_high() -> None:
    findings = analyse(call("mypackage.layers", "Custom", sbu("x")))
    (f,) = [f for f in findings if f.check_id == "scan.pickle.unknown-global"]
    assert f.severity == Severity.HIGH and f.evidence.measurements["usage"] == "called"
    assert f.evidence.measurements["resolution"] == "unresolved"


def test_unknown_class_rebuilt_the_ordinary_way_stays_low_also_when_unresolved() -> None:
    # a user's own class, defined in a module the scanning environment does not have
    data = asm(proto(4), stack_global("mypackage.layers", "Custom"), EMPTY_TUPLE, NEWOBJ, EMPTY_DICT, BUILD, STOP)
    (f,) = [f for f in analyse(data) if f.check_id == "scan.pickle.unknown-global"]
    assert f.severity == Severity.LOW and f.evidence.measurements["usage"] == "instantiated"
    assert f.evidence.measurements["resolution"] == "unresolved"


def test_compiled_class_rebuilt_from_state_is_medium() -> None:
    # C code runs __setstate__ with the file's state; it cannot be analysed
    data = asm(proto(4), stack_global("_sqlite3", "Row"), EMPTY_TUPLE, NEWOBJ, EMPTY_DICT, BUILD, STOP)
    (f,) = [f for f in analyse(data) if f.check_id == "scan.pickle.unknown-global"]
    assert f.severity == Severity.MEDIUM and f.evidence.measurements["resolution"] == "compiled"


def test_several_pickles_in_one_stream() -> None:
    data = pickle.dumps([1, 2]) + call("os", "system", sbu("id"))
    findings = analyse(data)
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)
    assert any(f.check_id == "scan.pickle.multiple-pickles" for f in findings)


def test_frame_opcode_is_transparent() -> None:
    body = stack_global("os", "system") + sbu("id") + TUPLE1 + REDUCE + STOP
    data = proto(4) + frame(len(body)) + body
    assert "os.system" in globals_flagged(analyse(data), Severity.CRITICAL)


def test_ext_opcode_is_reported() -> None:
    data = asm(proto(2), ext1(42), EMPTY_TUPLE, REDUCE, STOP)
    assert any(f.check_id == "scan.pickle.extension" for f in analyse(data))


def test_build_on_a_global_is_attribute_injection() -> None:
    data = asm(proto(4), stack_global("collections", "OrderedDict"), NONE := b"N", EMPTY_DICT,
               sbu("__reduce__"), sbu("x"), SETITEM, b"\x86", BUILD, STOP)
    assert NONE == b"N"
    findings = analyse(data)
    assert any(f.check_id == "scan.pickle.global-mutation" and f.severity == Severity.HIGH for f in findings)


def test_setitem_on_module_level_object() -> None:
    data = asm(proto(4), stack_global("os", "environ"), sbu("LD_PRELOAD"), sbu("/tmp/x.so"), SETITEM, STOP)
    findings = analyse(data)
    assert any(f.check_id == "scan.pickle.global-mutation" for f in findings)
    assert "os.environ" in globals_flagged(findings, Severity.CRITICAL)


def test_indirect_call_of_a_computed_callable() -> None:
    # importlib.import_module("os") -> module; then getattr via a call result: REDUCE on a Made.
    data = asm(proto(4), stack_global("importlib", "import_module"), sbu("os"), TUPLE1, REDUCE,
               EMPTY_TUPLE, REDUCE, STOP)
    findings = analyse(data)
    assert any(f.check_id == "scan.pickle.indirect-call" and f.severity == Severity.HIGH for f in findings)


def test_newobj_on_denied_class() -> None:
    data = asm(proto(2), glob("subprocess", "Popen"), sbu("id"), TUPLE1, NEWOBJ, STOP)
    assert "subprocess.Popen" in globals_flagged(analyse(data), Severity.CRITICAL)


def test_nested_pickle_loads_is_analysed() -> None:
    inner = call("os", "system", sbu("id"))
    data = asm(proto(4), stack_global("pickle", "loads"), binbytes(inner), TUPLE1, REDUCE, STOP)
    findings = analyse(data)
    assert "pickle.loads" in globals_flagged(findings, Severity.CRITICAL)
    nested = [f for f in findings if f.location.member and "nested@" in f.location.member]
    assert "os.system" in globals_flagged(nested, Severity.CRITICAL)


def test_persistent_id_in_plain_pickle_is_low_and_torch_is_quiet() -> None:
    data = asm(persid("0"), STOP)
    assert worst(analyse(data)) == Severity.LOW
    assert analyse(data, persistent_ok=True) == []


def test_append_on_list_and_empty_list() -> None:
    data = asm(proto(2), EMPTY_LIST, binbytes(b"x"), APPEND, MARK, POP_MARK, STOP)
    assert analyse(data) == []


def test_opcode_limit_is_a_finding_not_a_hang() -> None:
    data = proto(4) + (b"N0" * 5000) + call("os", "system", sbu("id"))[2:]
    findings = analyse_bytes(data, Limits(max_pickle_opcodes=1000), Where("x", None, POLICY))
    assert any(f.check_id == "scan.pickle.limit" and f.severity == Severity.HIGH for f in findings)


def test_memo_limit_is_a_finding() -> None:
    data = proto(4) + b"N" + MEMOIZE * 50 + STOP
    findings = analyse_bytes(data, Limits(max_memo_entries=10), Where("x", None, POLICY))
    assert any(f.check_id == "scan.pickle.limit" for f in findings)


def test_large_bytes_are_skipped_not_read() -> None:
    blob = b"\x00" * (3 << 20)
    data = proto(4) + b"\x8e" + len(blob).to_bytes(8, "little") + blob + POP + call("os", "system", sbu("x"))[2:]
    (trace,) = run_pickles(io.BytesIO(data), Limits(), POLICY, end=len(data))
    assert trace.stopped
    assert "os.system" in globals_flagged(analyse(data), Severity.CRITICAL)


def test_stack_global_requires_str_and_stops_like_cpython() -> None:
    data = asm(proto(4), b"K\x01", sbu("system"), STACK_GLOBAL, STOP)
    findings = analyse(data)
    assert any(f.check_id == "scan.pickle.malformed" for f in findings)
    assert not globals_flagged(findings)


def test_copyreg_instantiating_a_computed_class_is_an_indirect_call() -> None:
    # copyreg._reconstructor(<object made at load time>, object, None): the class itself was computed
    data = asm(proto(2), glob("copyreg", "_reconstructor"), MARK, glob("collections", "OrderedDict"), EMPTY_TUPLE,
               REDUCE, glob("builtins", "object"), NONE, TUPLE, REDUCE, STOP)
    assert any(f.check_id == "scan.pickle.indirect-call" and f.severity == Severity.HIGH for f in analyse(data))


def test_resolving_unknown_globals_is_bounded_and_the_rest_judged_conservatively() -> None:
    # many distinct unknown callables called with arguments: past the cap they are not resolved but
    # still judged (unresolved + called with arguments = high), and the cap itself is reported
    calls = b"".join(stack_global("textwrap", f"dedent{i}") + sbu("x") + TUPLE1 + REDUCE + POP for i in range(12))
    data = proto(4) + calls + b"N" + STOP
    findings = analyse_bytes(data, Limits(max_reach_globals=5), Where("x", None, POLICY))
    unknown = [f for f in findings if f.check_id == "scan.pickle.unknown-global"]
    assert len(unknown) == 12 and all(f.severity == Severity.HIGH for f in unknown)
    assert any(f.check_id == "scan.pickle.cap" and "max_reach_globals" in f.title for f in findings)
