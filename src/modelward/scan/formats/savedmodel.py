"""TensorFlow SavedModel: list every graph and function op from saved_model.pb without TensorFlow.

Walks SavedModel -> MetaGraphDef -> GraphDef -> NodeDef.op and FunctionDefLibrary -> FunctionDef
-> NodeDef.op with a bounded wire-format reader, and flags ops that read or write files or call
back into Python. Save/Restore ops are expected inside the standard saver (TF1 `save/` scope, TF2
`__inference__traced_save_*` / `_traced_restore_*` functions) and flagged anywhere else.
"""

from __future__ import annotations

import mmap
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from modelward.core.findings import Finding, Severity
from modelward.core.limits import Limits
from modelward.scan.base import FileScan
from modelward.scan.formats._common import FormatError, LimitHit, file_size, guarded, make_finding
from modelward.scan.formats._protowire import LEN, Buffer, Field, iter_fields, string_map, text

FMT = "savedmodel"

# op -> (severity, what it does). Checked against TensorFlow's op registry names.
RISKY_OPS: dict[str, tuple[Severity, str]] = {
    "PyFunc": (Severity.HIGH, "calls a Python function of the loading process"),
    "PyFuncStateless": (Severity.HIGH, "calls a Python function of the loading process"),
    "EagerPyFunc": (Severity.HIGH, "calls a Python function of the loading process"),
    "WriteFile": (Severity.HIGH, "writes an arbitrary file"),
    "ReadFile": (Severity.HIGH, "reads an arbitrary file"),
    "MatchingFiles": (Severity.MEDIUM, "lists files matching a pattern"),
    "ImmutableConst": (Severity.MEDIUM, "memory-maps a file by path"),
    "CreateSummaryFileWriter": (Severity.HIGH, "writes summary files"),
    "SaveDataset": (Severity.HIGH, "writes a dataset to files"),
    "SaveDatasetV2": (Severity.HIGH, "writes a dataset to files"),
    "DatasetToTFRecord": (Severity.HIGH, "writes a TFRecord file"),
    "ExperimentalDatasetToTFRecord": (Severity.HIGH, "writes a TFRecord file"),
    "WholeFileReader": (Severity.MEDIUM, "reads files"),
    "WholeFileReaderV2": (Severity.MEDIUM, "reads files"),
    "TextLineReader": (Severity.MEDIUM, "reads files"),
    "TextLineReaderV2": (Severity.MEDIUM, "reads files"),
    "FixedLengthRecordReader": (Severity.MEDIUM, "reads files"),
    "FixedLengthRecordReaderV2": (Severity.MEDIUM, "reads files"),
    "TFRecordReader": (Severity.MEDIUM, "reads files"),
    "TFRecordReaderV2": (Severity.MEDIUM, "reads files"),
    "TFRecordDataset": (Severity.MEDIUM, "reads files"),
    "TFRecordDatasetV2": (Severity.MEDIUM, "reads files"),
    "TextLineDataset": (Severity.MEDIUM, "reads files"),
    "FixedLengthRecordDataset": (Severity.MEDIUM, "reads files"),
    "FixedLengthRecordDatasetV2": (Severity.MEDIUM, "reads files"),
    "CSVDataset": (Severity.MEDIUM, "reads files"),
    "CSVDatasetV2": (Severity.MEDIUM, "reads files"),
    "ExperimentalCSVDataset": (Severity.MEDIUM, "reads files"),
    "LoadDataset": (Severity.MEDIUM, "reads files"),
    "SqlDataset": (Severity.MEDIUM, "opens a database file and runs SQL"),
    "ExperimentalSqlDataset": (Severity.MEDIUM, "opens a database file and runs SQL"),
}
# Checkpoint ops: expected in the saver, suspicious elsewhere.
SAVER_WRITE = {"Save", "SaveV2", "SaveSlices", "MergeV2Checkpoints"}
SAVER_READ = {"Restore", "RestoreV2", "RestoreSlice"}
_TRACED_SAVER = re.compile(r"_traced_(save|restore)(_\d+)?$")


@dataclass(frozen=True)
class _Op:
    op: str
    node: str
    scope: str  # "graph" or "function <name>"
    in_saver: bool
    output_stream: str = ""
    offset: int = 0


@guarded(FMT)
def scan(path: Path, limits: Limits) -> FileScan:
    """Scan a SavedModel directory or its saved_model.pb / saved_model.pbtxt file."""
    pb = _locate(path)
    size = file_size(pb, limits)
    if size > limits.max_read_bytes:
        raise LimitHit(f"{pb.name} is {size} bytes, over max_read_bytes={limits.max_read_bytes}")
    if size == 0:
        raise FormatError(f"{pb.name} is empty (expected a SavedModel protocol buffer)")
    if pb.suffix == ".pbtxt":
        ops = _ops_from_text(pb.read_text("utf-8", "replace"))
    else:
        with open(pb, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            ops = _ops_from_binary(memoryview(mm), limits)
    findings = _findings(pb, ops)
    return FileScan(str(path), FMT, findings=tuple(findings))


def _locate(path: Path) -> Path:
    if path.is_dir():
        for name in ("saved_model.pb", "saved_model.pbtxt"):
            if (path / name).is_file():
                return path / name
        raise FormatError("directory has no saved_model.pb or saved_model.pbtxt")
    return path


def _ops_from_binary(buf: memoryview, limits: Limits) -> list[_Op]:
    ops: list[_Op] = []
    try:
        n_meta = 0
        for f in iter_fields(buf):
            if f.number == 2 and f.wire == LEN:
                n_meta += 1
                _meta_graph(buf, f, ops, limits)
        if n_meta == 0:
            raise FormatError("no MetaGraphDef (field 2) found: not a SavedModel")
    finally:
        buf.release()
    return ops


def _meta_graph(buf: Buffer, meta: Field, ops: list[_Op], limits: Limits) -> None:
    saver_scope = "save"
    graphs: list[Field] = []
    for f in iter_fields(buf, meta.start, meta.end):
        if f.number == 2 and f.wire == LEN:
            graphs.append(f)
        elif f.number == 3 and f.wire == LEN:  # SaverDef: restore_op_name = 3
            for s in iter_fields(buf, f.start, f.end):
                if s.number == 3 and s.wire == LEN:
                    saver_scope = text(buf, s).split("/", 1)[0] or saver_scope
    for g in graphs:
        for f in iter_fields(buf, g.start, g.end):
            if f.number == 1 and f.wire == LEN:
                _node(buf, f, "graph", saver_scope, ops, limits)
            elif f.number == 2 and f.wire == LEN:
                _library(buf, f, saver_scope, ops, limits)


def _library(buf: Buffer, lib: Field, saver_scope: str, ops: list[_Op], limits: Limits) -> None:
    for f in iter_fields(buf, lib.start, lib.end):
        if f.number != 1 or f.wire != LEN:
            continue
        name = ""
        nodes: list[Field] = []
        for sub in iter_fields(buf, f.start, f.end):
            if sub.number == 1 and sub.wire == LEN:  # OpDef signature: name = 1
                for s in iter_fields(buf, sub.start, sub.end):
                    if s.number == 1 and s.wire == LEN:
                        name = text(buf, s)
            elif sub.number == 3 and sub.wire == LEN:
                nodes.append(sub)
        for n in nodes:
            _node(buf, n, f"function {name}", saver_scope, ops, limits, traced=bool(_TRACED_SAVER.search(name)))


def _node(
    buf: Buffer, f: Field, scope: str, saver_scope: str, ops: list[_Op], limits: Limits, traced: bool = False
) -> None:
    if len(ops) >= limits.max_archive_members:
        raise LimitHit(f"more than max_archive_members={limits.max_archive_members} graph nodes")
    name = op = stream = ""
    for s in iter_fields(buf, f.start, f.end):
        if s.number == 1 and s.wire == LEN:
            name = text(buf, s)
        elif s.number == 2 and s.wire == LEN:
            op = text(buf, s, 256)
        elif s.number == 5 and s.wire == LEN:
            key, value = string_map(buf, s)
            if key == "output_stream" and value is not None and value.wire == LEN:
                for v in iter_fields(buf, value.start, value.end):  # AttrValue.s = 2
                    if v.number == 2 and v.wire == LEN:
                        stream = text(buf, v)
    in_saver = traced or name.startswith(saver_scope + "/")
    ops.append(_Op(op, name, scope, in_saver, stream, f.start))


_TEXT_TOKENS = re.compile(
    r'signature\s*\{\s*name:\s*"(?P<fn>[^"]*)"'
    r'|name:\s*"(?P<node>[^"]*)"\s*op:\s*"(?P<op>[^"]*)"'
    r'|output_stream"\s*value\s*\{\s*s:\s*"(?P<stream>[^"]*)"'
)


def _ops_from_text(src: str) -> list[_Op]:
    """saved_model.pbtxt: the same walk over protobuf text format, by token."""
    ops: list[_Op] = []
    scope = "graph"
    for m in _TEXT_TOKENS.finditer(src):
        if m.group("fn") is not None:
            scope = f"function {m.group('fn')}"
        elif m.group("op") is not None:
            node = m.group("node")
            traced = bool(_TRACED_SAVER.search(scope))
            ops.append(_Op(m.group("op"), node, scope, traced or node.startswith("save/"), "", m.start()))
        elif m.group("stream") is not None and ops:
            last = ops[-1]
            ops[-1] = _Op(last.op, last.node, last.scope, last.in_saver, m.group("stream"), last.offset)
    if not ops:
        raise FormatError("no node ops found in text SavedModel")
    return ops


def _findings(pb: Path, ops: list[_Op]) -> list[Finding]:
    counts = Counter(o.op for o in ops)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(o: _Op, sev: Severity, what: str, check: str) -> None:
        if (o.op, o.scope) in seen:  # one finding per op per graph/function
            return
        seen.add((o.op, o.scope))
        out.append(
            make_finding(
                FMT,
                check,
                sev,
                f"TensorFlow op {o.op} {what}",
                pb,
                member=f"{o.scope}: node {o.node}",
                offset=o.offset,
                description=f"Running this SavedModel executes op {o.op} ({what}).",
                method="protobuf wire-format walk of GraphDef and FunctionDefLibrary",
                measurements={"op": o.op, "occurrences": counts[o.op], "nodes_total": len(ops)},
            )
        )

    for o in ops:
        if o.op in RISKY_OPS:
            sev, what = RISKY_OPS[o.op]
            check = "python-op" if "Py" in o.op else "file-op"
            add(o, sev, what, check)
        elif o.op in SAVER_WRITE | SAVER_READ and not o.in_saver:
            writes = o.op in SAVER_WRITE
            add(
                o,
                Severity.HIGH if writes else Severity.MEDIUM,
                ("writes" if writes else "reads") + " checkpoint files outside the standard saver",
                "checkpoint-op",
            )
        elif o.op == "PrintV2" and o.output_stream.startswith("file://"):
            add(o, Severity.HIGH, f"prints to a file ({o.output_stream[:200]})", "file-op")
    return out
