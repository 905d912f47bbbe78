"""ONNX: external-data paths that escape the model directory and operators from custom domains.

Parsed with a bounded protobuf wire reader over a memory map, so tensor payloads are never
copied and the `onnx` package is not needed: graph, subgraphs (If/Loop/Scan bodies), training
graphs and model-local functions are all walked.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from modelward.core.findings import Finding, Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, FormatError, guarded
from modelward.scan.findings import finding, limit_finding
from modelward.scan.formats.protowire import LEN, VARINT, Buffer, Field, iter_fields, text
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

FMT = "onnx"

# Operator domains that standard runtimes implement themselves; anything else needs a custom-op
# library registered by the loader (native code outside the model's control of review).
STANDARD_DOMAINS = frozenset(
    {
        "",
        "ai.onnx",
        "ai.onnx.ml",
        "ai.onnx.training",
        "ai.onnx.preview",
        "ai.onnx.preview.training",
        "com.microsoft",
        "com.microsoft.nchwc",
        "com.microsoft.experimental",
        "com.microsoft.dml",
        "com.ms.internal.nhwc",
    }
)
EXTERNAL = 1  # TensorProto.DataLocation.EXTERNAL


@dataclass
class _Walk:
    external: list[tuple[str, str, int]] = field(default_factory=list)  # tensor, location, offset
    ops: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # domain -> op types
    local_functions: set[tuple[str, str]] = field(default_factory=set)
    nodes: int = 0
    opset_domains: set[str] = field(default_factory=set)
    too_deep: list[int] = field(default_factory=list)  # offsets of subgraphs past limits.max_nesting_depth


@guarded(FMT)
def scan(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """Scan one ONNX model without loading it or its external data. What the walk found is reported
    even when a limit stops it."""
    buf = source.view()
    if len(buf) == 0:
        raise FormatError("empty (expected an ONNX ModelProto)")
    walk = _Walk()
    try:
        _model(buf, walk, limits)
    finally:
        for f in _external_findings(c, source.directory, walk) + _domain_findings(c, walk):
            c.add(f)
        if walk.too_deep:
            c.add(limit_finding(FMT, LimitReached("max_nesting_depth", f"{len(walk.too_deep)} subgraphs nested "
                                                  f"deeper than limits.max_nesting_depth ({limits.max_nesting_depth})"
                                                  " not walked"), c.file, source.member, walk.too_deep[0]))


def _model(buf: Buffer, w: _Walk, limits: Limits) -> None:
    graphs = 0
    for f in iter_fields(buf):
        if f.wire != LEN:
            continue
        if f.number == 7:
            graphs += 1
            _graph(buf, f, w, limits, 1)
        elif f.number == 8:
            for s in iter_fields(buf, f.start, f.end):
                if s.number == 1 and s.wire == LEN:
                    w.opset_domains.add(text(buf, s))
        elif f.number == 20:  # TrainingInfoProto: initialization = 1, algorithm = 2
            for s in iter_fields(buf, f.start, f.end):
                if s.number in (1, 2) and s.wire == LEN:
                    _graph(buf, s, w, limits, 1)
        elif f.number == 25:
            _function(buf, f, w, limits)
    if graphs == 0:
        raise FormatError("no graph (ModelProto field 7) found: not an ONNX model")


def _function(buf: Buffer, fn: Field, w: _Walk, limits: Limits) -> None:
    name = domain = ""
    nodes: list[Field] = []
    for s in iter_fields(buf, fn.start, fn.end):
        if s.wire != LEN:
            continue
        if s.number == 1:
            name = text(buf, s)
        elif s.number == 10:
            domain = text(buf, s)
        elif s.number == 7:
            nodes.append(s)
    w.local_functions.add((domain, name))
    for n in nodes:
        _node(buf, n, w, limits, 1)


def _graph(buf: Buffer, g: Field, w: _Walk, limits: Limits, depth: int) -> None:
    if depth > limits.max_nesting_depth:
        w.too_deep.append(g.start)  # skipped and reported; the rest of the model is still walked
        return
    for f in iter_fields(buf, g.start, g.end):
        if f.wire != LEN:
            continue
        if f.number == 1:
            _node(buf, f, w, limits, depth)
        elif f.number == 5:
            _tensor(buf, f, w)
        elif f.number == 15:  # SparseTensorProto: values = 1, indices = 2
            for s in iter_fields(buf, f.start, f.end):
                if s.number in (1, 2) and s.wire == LEN:
                    _tensor(buf, s, w)


def _node(buf: Buffer, n: Field, w: _Walk, limits: Limits, depth: int) -> None:
    w.nodes += 1
    if w.nodes > limits.max_graph_nodes:
        raise LimitReached("max_graph_nodes", f"more than {limits.max_graph_nodes} nodes (limits.max_graph_nodes)")
    op = domain = ""
    for f in iter_fields(buf, n.start, n.end):
        if f.wire != LEN:
            continue
        if f.number == 4:
            op = text(buf, f, 256)
        elif f.number == 7:
            domain = text(buf, f, 256)
        elif f.number == 5:
            _attribute(buf, f, w, limits, depth)
    w.ops[domain].add(op)


def _attribute(buf: Buffer, a: Field, w: _Walk, limits: Limits, depth: int) -> None:
    for f in iter_fields(buf, a.start, a.end):
        if f.wire != LEN:
            continue
        if f.number in (5, 10):
            _tensor(buf, f, w)
        elif f.number in (6, 11):
            _graph(buf, f, w, limits, depth + 1)
        elif f.number in (22, 23):
            for s in iter_fields(buf, f.start, f.end):
                if s.number in (1, 2) and s.wire == LEN:
                    _tensor(buf, s, w)


def _tensor(buf: Buffer, t: Field, w: _Walk) -> None:
    name = location = ""
    external = False
    for f in iter_fields(buf, t.start, t.end):
        if f.number == 8 and f.wire == LEN:
            name = text(buf, f)
        elif f.number == 14 and f.wire == VARINT:
            external = f.value == EXTERNAL
        elif f.number == 13 and f.wire == LEN:
            key = value = ""
            for s in iter_fields(buf, f.start, f.end):
                if s.wire == LEN and s.number == 1:
                    key = text(buf, s)
                elif s.wire == LEN and s.number == 2:
                    value = text(buf, s)
            if key == "location":
                location = value
    if external or location:
        w.external.append((name, location, t.start))


_DRIVE = re.compile(r"^[A-Za-z]:")


def location_problem(base: Path | None, location: str) -> str | None:
    """Why an external-data location escapes `base` (absolute, `..`, symlink), or None if it stays.
    With no base (a model inside an archive) only the text of the location is checked."""
    if not location:
        return "empty location"
    if "\x00" in location:
        return "location contains a NUL byte"
    if location.startswith(("/", "\\")) or _DRIVE.match(location):
        return "absolute path"
    if ".." in re.split(r"[\\/]+", location):
        return "parent-directory ('..') component"
    if base is None:
        return None
    root = os.path.realpath(base)
    target = os.path.realpath(os.path.join(root, location))
    if os.path.commonpath([root, target]) != root:
        return f"resolves through a symlink to {target}"
    return None


def _external_findings(c: Collector, base: Path | None, w: _Walk) -> list[Finding]:
    out: list[Finding] = []
    method = "external_data 'location' checked against the model directory"
    for name, location, offset in w.external:
        problem = location_problem(base, location)
        if problem is not None:
            out.append(finding(
                f"{FMT}.external-data-path", Severity.HIGH,
                f"External-data path traversal: tensor {name!r} reads {location[:200]!r}", c.file, c.at(name), offset,
                description=f"The location ({problem}) points outside the model directory: loading the "
                            "model reads an arbitrary file into a tensor, a file-disclosure primitive.",
                method=method, measurements={"location": location[:500], "reason": problem}))
        elif base is not None and not (base / location).exists():
            out.append(finding(
                f"{FMT}.external-data-missing", Severity.LOW,
                f"External-data file {location[:200]!r} for tensor {name!r} is missing", c.file, c.at(name), offset,
                method=method, measurements={"location": location[:500]}))
    if w.external:
        out.append(finding(
            f"{FMT}.external-data", Severity.INFO, f"{len(w.external)} tensors stored in external-data files",
            c.file, c.source.member, method=method,
            measurements={"tensors": len(w.external), "in_archive": base is None}))
    return out


def _domain_findings(c: Collector, w: _Walk) -> list[Finding]:
    out: list[Finding] = []
    for domain in sorted(w.ops):
        ops = {op for op in w.ops[domain] if (domain, op) not in w.local_functions}
        if domain in STANDARD_DOMAINS or not ops:
            continue
        out.append(finding(
            f"{FMT}.custom-op-domain", Severity.MEDIUM,
            f"Custom operator domain {domain[:100]!r} needs a native custom-op library", c.file, c.at(domain),
            description="Operators outside the standard ONNX domains run code from a custom-op "
                        f"library the loader must register: {', '.join(sorted(ops))[:500]}.",
            method="NodeProto.domain of every node in graphs, subgraphs and functions",
            measurements={"domain": domain[:200], "op_types": ", ".join(sorted(ops))[:500]}))
    return out


ONNX = Format.builtin(FMT, scan)
