"""One test per public scanner-bypass advisory, the payload rebuilt opcode by opcode (never unpickled).
Ids: picklescan (mmaitre314/picklescan) and fickling (trailofbits/fickling) GitHub advisories, CVEs."""

from __future__ import annotations

import marshal

import pytest
from pickle_asm import (
    APPENDS,
    EMPTY_DICT,
    EMPTY_LIST,
    EMPTY_TUPLE,
    MARK,
    MEMOIZE,
    POP,
    REDUCE,
    STOP,
    TUPLE1,
    TUPLE2,
    TUPLE3,
    asm,
    binbytes,
    binget,
    call,
    glob,
    proto,
    put,
    sbu,
    stack_global,
    string,
)
from scan_helpers import analyse, globals_flagged

from modelward.core.findings import Severity


def critical(data: bytes) -> set[str]:
    return globals_flagged(analyse(data), Severity.CRITICAL)


def dotted(module: str, qualname: str, *args: bytes) -> bytes:
    return call(module, qualname, *args)


# --- picklescan ---------------------------------------------------------------------------

def test_CVE_2025_1716_pip_main() -> None:
    assert "pip.main" in critical(call("pip", "main", EMPTY_LIST[:0] + b"]" + sbu("install") + b"a"))


def test_GHSA_v7x6_rv5q_mhwc_timeit() -> None:
    assert "timeit.timeit" in critical(call("timeit", "timeit", sbu("__import__('os').system('id')")))


def test_GHSA_xp4f_hrf8_rxw7_ensurepip_run_pip() -> None:
    assert "ensurepip._run_pip" in critical(call("ensurepip", "_run_pip", b"]"))


def test_GHSA_4whj_rm5r_c2v8_torch_bottleneck() -> None:
    found = critical(call("torch.utils.bottleneck.__main__", "run_autograd_prof", sbu("code"), EMPTY_DICT))
    assert "torch.utils.bottleneck.__main__.run_autograd_prof" in found


def test_GHSA_p9w7_82w4_7q8m_lib2to3_make_label() -> None:
    assert "lib2to3.pgen2.pgen.ParserGenerator.make_label" in critical(
        dotted("lib2to3.pgen2.pgen", "ParserGenerator.make_label", b"N", sbu("x")))


def test_GHSA_m869_42cg_3xwr_idlelib_executive_runcode() -> None:
    assert "idlelib.run.Executive.runcode" in critical(dotted("idlelib.run", "Executive.runcode", b"N", sbu("x")))


def test_GHSA_j343_8v2j_ff7w_idlelib_runcommand() -> None:
    assert "idlelib.pyshell.ModifiedInterpreter.runcommand" in critical(
        dotted("idlelib.pyshell", "ModifiedInterpreter.runcommand", b"N", sbu("x")))


def test_GHSA_3gf5_cxq9_w223_idlelib_runcode() -> None:
    assert "idlelib.pyshell.ModifiedInterpreter.runcode" in critical(
        dotted("idlelib.pyshell", "ModifiedInterpreter.runcode", b"N", sbu("x")))


def test_GHSA_fqq6_7vqf_w3fg_doctest_debug_script() -> None:
    assert "doctest.debug_script" in critical(call("doctest", "debug_script", sbu("import os")))


def test_GHSA_9w88_8rmg_7g2p_cprofile_runctx() -> None:
    assert "cProfile.runctx" in critical(call("cProfile", "runctx", sbu("x"), EMPTY_DICT, EMPTY_DICT))


def test_GHSA_5qwp_399c_mjwf_trace_run() -> None:
    assert "trace.Trace.run" in critical(dotted("trace", "Trace.run", b"N", sbu("x")))


def test_GHSA_g344_hcph_8vgg_trace_runctx() -> None:
    assert "trace.Trace.runctx" in critical(dotted("trace", "Trace.runctx", b"N", sbu("x")))


def test_GHSA_x696_vm39_cp64_profile_run() -> None:
    assert "profile.Profile.run" in critical(dotted("profile", "Profile.run", b"N", sbu("x")))


def test_GHSA_6vqj_c2q5_j97w_profile_runctx() -> None:
    assert "profile.Profile.runctx" in critical(dotted("profile", "Profile.runctx", b"N", sbu("x")))


def test_GHSA_f54q_57x4_jg88_lib2to3_grammar_loads() -> None:
    assert "lib2to3.pgen2.grammar.Grammar.loads" in critical(
        dotted("lib2to3.pgen2.grammar", "Grammar.loads", b"N", binbytes(b"x")))


def test_GHSA_3vg9_h568_4w9m_idlelib_debugobj() -> None:
    assert "idlelib.debugobj.ObjectTreeItem" in critical(call("idlelib.debugobj", "ObjectTreeItem", sbu("x")))


def test_GHSA_6w4w_5w54_rjvr_idlelib_get_entity() -> None:
    assert "idlelib.autocomplete.AutoComplete.get_entity" in critical(
        dotted("idlelib.autocomplete", "AutoComplete.get_entity", b"N", sbu("x")))


def test_GHSA_7cq8_mj8x_j263_idlelib_fetch_completions() -> None:
    assert "idlelib.autocomplete.AutoComplete.fetch_completions" in critical(
        dotted("idlelib.autocomplete", "AutoComplete.fetch_completions", b"N", sbu("x")))


def test_GHSA_vvpj_8cmc_gx39_pkgutil_resolve_name() -> None:
    data = asm(proto(4), stack_global("pkgutil", "resolve_name"), sbu("os:system"), TUPLE1, REDUCE,
               sbu("id"), TUPLE1, REDUCE, STOP)
    findings = analyse(data)
    assert "pkgutil.resolve_name" in globals_flagged(findings, Severity.CRITICAL)
    assert any(f.check_id == "scan.pickle.indirect-call" for f in findings)


def test_GHSA_m273_6v24_x4m4_operator_methodcaller() -> None:
    data = asm(proto(4), stack_global("operator", "methodcaller"), sbu("system"), sbu("id"), TUPLE2, REDUCE,
               stack_global("builtins", "__import__"), sbu("os"), TUPLE1, REDUCE, TUPLE1, REDUCE, STOP)
    assert {"operator.methodcaller", "builtins.__import__"} <= critical(data)


def test_GHSA_955r_x9j8_7rhh_private_operator_attrgetter() -> None:
    data = asm(proto(4), stack_global("_operator", "attrgetter"), sbu("system"), TUPLE1, REDUCE,
               stack_global("builtins", "__import__"), sbu("os"), TUPLE1, REDUCE, TUPLE1, REDUCE, STOP)
    assert "_operator.attrgetter" in critical(data)


def test_GHSA_46h3_79wf_xr6c_pdb_run() -> None:
    assert "pdb.run" in critical(call("pdb", "run", sbu("import os")))


def test_GHSA_4675_36f9_wf6r_bdb_run() -> None:
    assert "bdb.Bdb.run" in critical(dotted("bdb", "Bdb.run", b"N", sbu("import os")))


def test_GHSA_84r2_jw7c_4r5q_nested_pickle() -> None:
    inner = call("os", "system", sbu("id"))
    data = asm(proto(4), stack_global("_pickle", "loads"), binbytes(inner), TUPLE1, REDUCE, STOP)
    findings = analyse(data)
    assert "_pickle.loads" in globals_flagged(findings, Severity.CRITICAL)
    assert "os.system" in globals_flagged(findings, Severity.CRITICAL)


def test_GHSA_vqmv_47xg_9wpr_venv_create() -> None:
    assert "venv.create" in critical(call("venv", "create", sbu("/tmp/x"), b"\x88"))


def test_GHSA_hgrh_qx5j_jfwx_network_modules() -> None:
    assert "http.client.HTTPSConnection" in critical(call("http.client", "HTTPSConnection", sbu("evil.example")))


def test_GHSA_r8g5_cgf2_4m4m_idlelib_calltip() -> None:
    assert "idlelib.calltip.get_entity" in critical(call("idlelib.calltip", "get_entity", sbu("x")))


def test_CVE_2025_10157_asyncio_subprocess_transport() -> None:
    assert "asyncio.unix_events._UnixSubprocessTransport" in critical(
        call("asyncio.unix_events", "_UnixSubprocessTransport", b"N", sbu("id")))


def test_CVE_2025_1889_and_CVE_2025_10155_extension_does_not_matter(scan_bytes) -> None:  # type: ignore[no-untyped-def]
    payload = call("os", "system", sbu("id"))
    for name in ("model.txt", "weights.bin", "noext", "model.safetensors"):
        assert "os.system" in globals_flagged(scan_bytes(payload, name), Severity.CRITICAL)


def test_CVE_2026_56315_stdlib_command_helpers() -> None:
    for module, name in [("uuid", "_get_command_stdout"), ("imaplib", "IMAP4_stream"),
                         ("_osx_support", "_read_output"), ("_aix_support", "_read_cmd_output"),
                         ("_pyrepl.pager", "pipe_pager")]:
        assert f"{module}.{name}" in critical(call(module, name, sbu("id")))


def test_CVE_2026_56304_logging_filehandler() -> None:
    assert "logging.FileHandler" in critical(call("logging", "FileHandler", sbu("/tmp/x")))


# --- fickling -----------------------------------------------------------------------------

def test_GHSA_r7v6_mfhq_g3m2_pty_spawn() -> None:
    data = asm(proto(4), sbu("pty"), MEMOIZE, sbu("spawn"), MEMOIZE, b"\x93", MEMOIZE, sbu("id"), MEMOIZE,
               TUPLE1, MEMOIZE, REDUCE, MEMOIZE, sbu("gottem"), MEMOIZE, b"b", STOP)
    assert "pty.spawn" in critical(data)


def test_GHSA_565g_hwwr_4pp3_marshal_and_function_type() -> None:
    code = compile("1 + 1", "<s>", "eval")
    data = asm(proto(4), stack_global("marshal", "loads"), MEMOIZE, binget(0), binbytes(marshal.dumps(code)),
               TUPLE1, REDUCE, MEMOIZE, stack_global("types", "FunctionType"), MEMOIZE, binget(2), binget(1),
               EMPTY_DICT, TUPLE2, REDUCE, MEMOIZE, binget(3), EMPTY_TUPLE, REDUCE, STOP)
    assert {"marshal.loads", "types.FunctionType"} <= critical(data)


def test_GHSA_wfq2_52f7_7qvj_runpy() -> None:
    assert "runpy.run_path" in critical(call("runpy", "run_path", sbu("/tmp/malicious.py"), p=5))


def test_GHSA_p523_jq9w_64x9_cprofile_run() -> None:
    assert "cProfile.run" in critical(call("cProfile", "run", sbu("print(1)"), p=5))


def test_GHSA_q5qq_mvfm_j35x_ctypes_importlib_code_multiprocessing() -> None:
    ctypes_chain = asm(proto(5), stack_global("builtins", "getattr"), stack_global("ctypes", "CDLL"),
                       sbu("libc.so.6"), TUPLE1, REDUCE, sbu("system"), TUPLE2, REDUCE, binbytes(b"id"),
                       TUPLE1, REDUCE, STOP)
    assert {"builtins.getattr", "ctypes.CDLL"} <= critical(ctypes_chain)
    assert "importlib.import_module" in critical(call("importlib", "import_module", sbu("os")))
    assert "code.InteractiveInterpreter" in critical(asm(
        proto(5), stack_global("code", "InteractiveInterpreter"), EMPTY_TUPLE, REDUCE, STOP))
    mp = asm(proto(5), stack_global("multiprocessing.util", "spawnv_passfds"), binbytes(b"/bin/sh"),
             EMPTY_LIST, MARK, binbytes(b"-c"), binbytes(b"id"), APPENDS, EMPTY_TUPLE, TUPLE3, REDUCE, STOP)
    assert "multiprocessing.util.spawnv_passfds" in critical(mp)


def test_GHSA_5hvc_6wx8_mvv4_pydoc_locate() -> None:
    data = asm(glob("pydoc", "locate"), string("ctypes.windll.kernel32.WinExec"), TUPLE1, REDUCE, put(0), POP,
               b"g0\n", binbytes(b"calc.exe"), b"K\x01", TUPLE2, REDUCE, STOP)
    findings = analyse(data)
    assert "pydoc.locate" in globals_flagged(findings, Severity.CRITICAL)
    assert any(f.check_id == "scan.pickle.indirect-call" for f in findings)


@pytest.mark.parametrize("module,name", [("os", "system"), ("posix", "system"), ("nt", "system"),
                                         ("subprocess", "Popen"), ("builtins", "exec"), ("socket", "socket"),
                                         ("shutil", "rmtree"), ("webbrowser", "open"), ("torch", "load"),
                                         ("numpy", "load"), ("joblib", "load"), ("torch.hub", "load"),
                                         ("torch._C", "_jit_pass"), ("functools", "partial"),
                                         ("tempfile", "mkdtemp"), ("ctypes", "CDLL"), ("sys", "exit")])
def test_denylist_families_are_critical_when_called(module: str, name: str) -> None:
    assert f"{module}.{name}" in critical(call(module, name, sbu("x")))
