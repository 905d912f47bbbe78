"""TensorFlow graphs: list every graph and function op without TensorFlow, whatever the file is named.

A SavedModel (`saved_model.pb` or any name), a MetaGraphDef (`.meta`) or a frozen GraphDef is told by
its structure (scan/sniff.py). Walks SavedModel -> MetaGraphDef -> GraphDef -> NodeDef.op and
FunctionDefLibrary -> FunctionDef -> NodeDef.op with a bounded wire-format reader, and flags ops that
read or write files or call back into Python. Save/Restore ops are expected inside the standard saver
(TF1 `save/` scope, TF2 `__inference__traced_save_*` / `_traced_restore_*` functions) and flagged
anywhere else. `saved_model.pbtxt` (text format) is read by token.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from modelward.core.findings import Finding, Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.findings import finding
from modelward.scan.formats.protowire import LEN, Buffer, Field, ProtoError, iter_fields, string_map, text
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

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
def scan(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """Scan a SavedModel, MetaGraphDef or GraphDef protocol buffer (binary or text)."""
    if source.size is not None and source.size > limits.max_read_bytes:
        raise LimitReached("max_read_bytes", f"graph of {source.size} bytes, over limits.max_read_bytes")
    buf = source.view()
    if len(buf) == 0:
        raise FormatError("empty (expected a TensorFlow SavedModel or GraphDef protocol buffer)")
    ops: list[_Op] = []
    try:
        head = bytes(buf[:512])
        if all(32 <= b < 127 or b in (9, 10, 13) for b in head):  # text format (saved_model.pbtxt)
            ops = _ops_from_text(bytes(buf).decode("utf-8", "replace"))
        else:
            _ops_from_binary(buf, ops, limits)
    finally:
        for f in _findings(c, ops):
            c.add(f)


def _ops_from_binary(buf: Buffer, ops: list[_Op], limits: Limits) -> None:
    """Read the message as a SavedModel, as a MetaGraphDef and as a GraphDef, and keep the nodes of every
    reading that parses (the three share field numbers, so structure alone can be ambiguous; reading all
    of them means no interpretation is left unchecked)."""
    whole = Field(0, LEN, len(buf), 0, len(buf))
    def as_saved_model(found: list[_Op]) -> None:
        for f in iter_fields(buf):
            if f.number == 2 and f.wire == LEN:
                _meta_graph(buf, f, found, limits)

    readings = (
        as_saved_model,
        lambda found: _meta_graph(buf, whole, found, limits),
        lambda found: _graph(buf, whole, "save", found, limits),
    )
    seen: set[tuple[str, str, int]] = set()
    problems: list[str] = []
    for read in readings:
        found: list[_Op] = []
        try:
            read(found)
        except ProtoError as exc:
            problems.append(str(exc))
            continue
        finally:
            for o in found:
                if (o.op, o.node, o.offset) not in seen:
                    seen.add((o.op, o.node, o.offset))
                    ops.append(o)
    if not ops:
        raise FormatError(problems[0] if problems else "no graph nodes found: not a SavedModel, MetaGraphDef or "
                                                       "GraphDef")


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
        _graph(buf, g, saver_scope, ops, limits)


def _graph(buf: Buffer, g: Field, saver_scope: str, ops: list[_Op], limits: Limits) -> None:
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
    if len(ops) >= limits.max_graph_nodes:
        raise LimitReached("max_graph_nodes", f"more than {limits.max_graph_nodes} graph nodes")
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


def _findings(c: Collector, ops: list[_Op]) -> list[Finding]:
    counts = Counter(o.op for o in ops)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(o: _Op, sev: Severity, what: str, check: str) -> None:
        if (o.op, o.scope) in seen:  # one finding per op per graph/function
            return
        seen.add((o.op, o.scope))
        out.append(finding(
            f"{FMT}.{check}", sev, f"TensorFlow op {o.op} {what}", c.file, c.at(f"{o.scope}: node {o.node}"),
            o.offset, description=f"Running this graph executes op {o.op} ({what}).",
            method="protobuf wire-format walk of GraphDef and FunctionDefLibrary",
            measurements={"op": o.op, "occurrences": counts[o.op], "nodes_total": len(ops)}))

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


SAVEDMODEL = Format.builtin(FMT, scan)
