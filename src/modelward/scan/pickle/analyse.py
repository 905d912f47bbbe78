"""Judge what the pickle VM saw: globals against the allow/deny lists, anomalies, limits -> findings."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

from modelward.core.findings import Finding, JSONScalar, Severity
from modelward.core.limits import Limits
from modelward.scan.allowlist import ALLOWED, DENIED, TECHNIQUE_TITLES, GlobalPolicy, default_policy
from modelward.scan.pickle.findings import scan_finding
from modelward.scan.pickle.joblib_arrays import joblib_on_build
from modelward.scan.pickle.values import GlobalRecord, Made, Ref, describe
from modelward.scan.pickle.vm import PickleTrace, PickleVM

NESTED_LOADERS = {"pickle.loads", "_pickle.loads", "pickle._loads", "dill.loads", "cloudpickle.loads",
                  "joblib.numpy_pickle.loads", "torch.storage._load_from_bytes"}


@dataclass(frozen=True)
class Where:
    """What is analysed: the file, the archive member, and how deep in nested pickles."""

    file: str
    member: str | None = None
    policy: GlobalPolicy | None = None
    depth: int = 0

    @property
    def rules(self) -> GlobalPolicy:
        return self.policy or default_policy()


def run_pickles(
    f: BinaryIO,
    limits: Limits,
    *,
    end: int | None = None,
    persistent_ok: bool = False,
    joblib: bool = False,
    max_pickles: int = 64,
) -> list[PickleTrace]:
    """Every pickle in the stream, one after another, as a loader calling load() repeatedly sees them."""
    traces: list[PickleTrace] = []
    on_build = joblib_on_build(limits) if joblib else None
    while len(traces) < max_pickles:
        trace = PickleVM(f, limits, end=end, persistent_ok=persistent_ok, on_build=on_build).run()
        traces.append(trace)
        if not trace.stopped or len(traces) >= max_pickles:
            break
        pos = f.tell()
        if end is not None and pos >= end:
            break
        peek = getattr(f, "peek", None)
        if peek is not None:
            if not peek(1):
                break
        elif not f.read(1):
            break
        else:
            f.seek(pos)
    return traces


def analyse_stream(
    f: BinaryIO,
    limits: Limits,
    where: Where,
    *,
    end: int | None = None,
    persistent_ok: bool = False,
    joblib: bool = False,
    max_pickles: int = 64,
    trailing: str = "pickle",
) -> list[Finding]:
    """Findings for the pickle(s) in `f`. `trailing`: what bytes after the first STOP are expected to be
    ("pickle": more pickles, scanned; "data": raw data the loader reads itself, not scanned)."""
    traces = run_pickles(f, limits, end=end, persistent_ok=persistent_ok, joblib=joblib,
                         max_pickles=max_pickles if trailing == "pickle" else 1)
    findings: list[Finding] = []
    for i, trace in enumerate(traces):
        if i and trace.opcodes <= 1 and trace.halt:
            findings.append(scan_finding(
                "pickle.trailing-data", Severity.INFO, "Data after the pickle's STOP opcode",
                where.file, where.member, trace.start,
                description="Bytes follow the pickle; pickle.load ignores them, a loader reading on may not.",
                measurements={"offset": trace.start}))
            break
        findings.extend(judge_trace(trace, limits, where, index=i))
    if len(traces) > 1 and any(t.opcodes > 1 for t in traces[1:]):
        findings.append(scan_finding(
            "pickle.multiple-pickles", Severity.LOW, "Several pickles in one stream",
            where.file, where.member, traces[1].start,
            description="A loader that calls load() again runs the later pickles; all were analysed.",
            measurements={"pickles": sum(1 for t in traces if t.opcodes > 1)}))
    return findings


def analyse_bytes(data: bytes, limits: Limits, where: Where, **kwargs: Any) -> list[Finding]:
    return analyse_stream(io.BytesIO(data), limits, where, end=len(data), **kwargs)


# ---------------------------------------------------------------------- judging

_USE_ORDER = ("called", "built", "mutated")


def judge_trace(trace: PickleTrace, limits: Limits, where: Where, index: int = 0) -> list[Finding]:
    findings: list[Finding] = []
    merged: dict[str, list[GlobalRecord]] = {}
    for rec in trace.globals:
        merged.setdefault(rec.fullname, []).append(rec)
    for fullname, recs in merged.items():
        finding = _judge_global(fullname, recs, where, trace)
        if finding is not None:
            findings.append(finding)
        findings.extend(_nested(recs, limits, where))
    findings.extend(_anomalies(trace, where))
    if trace.halt:
        kind, message, offset = trace.halt
        if kind == "limit":
            findings.append(scan_finding(
                "pickle.limit", Severity.MEDIUM, f"Pickle analysis stopped at a declared limit: {message}",
                where.file, where.member, offset,
                description="Opcodes after this point were not analysed; the file may hide more.",
                measurements={"offset": offset, "opcodes": trace.opcodes}))
        else:
            findings.append(scan_finding(
                "pickle.malformed", Severity.LOW, f"Malformed pickle: {message}",
                where.file, where.member, offset,
                description="The unpickler fails here; every opcode before it runs first and was analysed.",
                measurements={"offset": offset, "opcodes": trace.opcodes, "pickle_index": index}))
    return findings


def _judge_global(fullname: str, recs: list[GlobalRecord], where: Where, trace: PickleTrace) -> Finding | None:
    first = recs[0]
    verdict = where.rules.verdict(first.module, first.qualname)
    if verdict.status == ALLOWED:
        return None
    uses: dict[str, int] = {}
    first_use: tuple[int, str] | None = None
    use_kind = "reached"
    for kind in _USE_ORDER:
        count = sum(r.uses.get(kind, 0) for r in recs)
        if count:
            uses[kind] = count
            if first_use is None:
                use_kind = kind
                first_use = min(r.first_use[kind] for r in recs if kind in r.first_use)
    offset, opcode = first_use or (first.offset, first.opcode)
    args = next((a for r in recs for a in r.call_args), None)
    measurements: dict[str, JSONScalar] = {
        "global": fullname,
        "opcode": opcode,
        "offset": offset,
        "usage": use_kind,
        "occurrences": len(recs),
        "global_opcode": first.opcode,
        "global_offset": first.offset,
        "protocol": trace.protocol,
    }
    measurements.update({f"{k}_count": v for k, v in uses.items()})
    if first.written != fullname:
        measurements["written_as"] = first.written
    if args is not None:
        measurements["arguments"] = describe(args)
    verb = {"reached": "reached (pushed, not called)", "called": "called", "built": "built",
            "mutated": "mutated"}[use_kind]
    if verdict.status == DENIED:
        technique = verdict.technique or "code-execution"
        severity = Severity.HIGH if use_kind == "reached" else Severity.CRITICAL
        measurements["matched"] = verdict.matched
        return scan_finding(
            f"pickle.{technique}", severity,
            f"{TECHNIQUE_TITLES.get(technique, technique)}: {fullname} {verb} by the pickle",
            where.file, where.member, offset,
            description=f"Unpickling resolves {fullname} (denylisted as {technique}, entry "
                        f"'{verdict.matched}') and {verb.split(' ')[0]} it at offset {offset} ({opcode}).",
            measurements=measurements)
    return scan_finding(
        "pickle.unknown-global", Severity.MEDIUM, f"Global outside the allowlist: {fullname} {verb}",
        where.file, where.member, offset,
        description=f"{fullname} is not on the allowlist of ordinary model files; unpickling imports it"
                    f" and {verb.split(' ')[0]} it. Review it or allow it with a --policy file.",
        measurements=measurements)


def _nested_payload(arg: Any) -> bytes | None:
    if isinstance(arg, bytes):
        return arg
    if isinstance(arg, Made) and isinstance(arg.origin, Ref) and arg.origin.rec.fullname in (
        "_codecs.encode", "codecs.encode"
    ) and len(arg.args) == 2 and isinstance(arg.args[0], str) and arg.args[1] in ("latin1", "latin-1"):
        return arg.args[0].encode("latin-1")  # protocol 2 writes bytes as _codecs.encode(str, "latin1")
    return None


def _nested(recs: Iterable[GlobalRecord], limits: Limits, where: Where) -> list[Finding]:
    out: list[Finding] = []
    for rec in recs:
        if rec.fullname not in NESTED_LOADERS:
            continue
        for args in rec.call_args:
            data = _nested_payload(args[0]) if args else None
            if data is None:
                continue
            if where.depth + 1 > limits.max_nesting_depth:
                out.append(scan_finding(
                    "pickle.limit", Severity.MEDIUM, "Nested pickles deeper than limits.max_nesting_depth",
                    where.file, where.member, rec.offset, measurements={"depth": where.depth + 1}))
                continue
            member = f"{where.member or ''}>nested@{rec.offset}"
            out.extend(analyse_bytes(data, limits, replace(where, member=member, depth=where.depth + 1)))
    return out


_ANOMALIES = {
    "indirect-call": (Severity.HIGH, "Call of a callable computed at load time"),
    "global-mutation": (Severity.HIGH, "Pickle mutates a module-level object"),
    "persistent-call": (Severity.MEDIUM, "Call of an object returned by persistent_load"),
    "extension": (Severity.MEDIUM, "Extension-registry global (EXT opcode)"),
    "persistent-id": (Severity.LOW, "Persistent id in a plain pickle"),
}


def _anomalies(trace: PickleTrace, where: Where) -> list[Finding]:
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for a in trace.anomalies:
        seen[a.kind] = seen.get(a.kind, 0) + 1
        if seen[a.kind] > 5:
            continue
        severity, title = _ANOMALIES[a.kind]
        measurements: dict[str, JSONScalar] = {"offset": a.offset}
        measurements.update({k: v for k, v in a.data.items() if isinstance(v, str | int | float | bool)})
        out.append(scan_finding(f"pickle.{a.kind}", severity, f"{title}: {a.detail}",
                                where.file, where.member, a.offset, description=a.detail,
                                measurements=measurements))
    return out
