"""Judge what the pickle VM saw: globals against the allow/deny lists (and, for the others, where their
code leads), anomalies, limits -> findings. The policy is passed explicitly in `Where`."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, BinaryIO

from modelward.core.findings import Finding, JSONScalar, Severity
from modelward.scan.allowlist import ALLOWED, DENIED, TECHNIQUE_TITLES, GlobalPolicy
from modelward.scan.findings import finding, limit_finding
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.pickle.joblib_arrays import WRAPPER, joblib_on_build
from modelward.scan.pickle.values import USES, GlobalRecord, Made, Ref, describe
from modelward.scan.pickle.vm import Keep, PickleTrace, PickleVM

if TYPE_CHECKING:
    from modelward.scan.pickle.reach import Reach

VM_METHOD = "symbolic pickle VM following CPython's pickle semantics; nothing imported or executed"
REACH_METHOD = "global resolved with importlib.util.find_spec and ast in the installed environment (never imported)"
NESTED_LOADERS = {"pickle.loads", "_pickle.loads", "pickle._loads", "dill.loads", "cloudpickle.loads",
                  "joblib.numpy_pickle.loads", "torch.storage._load_from_bytes"}


@dataclass(frozen=True)
class Where:
    """What is analysed and how: the file, the archive member, the policy, how deep in nested pickles."""

    file: str
    member: str | None
    policy: GlobalPolicy
    depth: int = 0


def keep_for(policy: GlobalPolicy) -> Keep:
    """What the VM must record past its soft cap: everything the policy does not allow, and joblib's
    array wrapper (the analyser needs it to read the file as joblib does)."""
    return lambda module, qualname: (policy.verdict(module, qualname).status != ALLOWED
                                     or f"{module}.{qualname}" == WRAPPER)


def run_pickles(
    f: BinaryIO,
    limits: Limits,
    policy: GlobalPolicy,
    *,
    end: int | None = None,
    persistent_ok: bool = False,
    joblib: bool = False,
    max_pickles: int | None = None,
) -> list[PickleTrace]:
    """Every pickle in the stream, one after another, as a loader calling load() repeatedly sees them."""
    traces: list[PickleTrace] = []
    on_build = joblib_on_build(limits) if joblib else None
    cap = limits.max_pickles_per_stream if max_pickles is None else max_pickles
    keep = keep_for(policy)
    while len(traces) < cap:
        trace = PickleVM(f, limits, end=end, persistent_ok=persistent_ok, on_build=on_build, keep=keep).run()
        traces.append(trace)
        if not trace.stopped or len(traces) >= cap:
            break
        try:
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
        except (LimitReached, OSError, ValueError):
            break
    return traces


def analyse_stream(
    f: BinaryIO,
    limits: Limits,
    where: Where,
    *,
    end: int | None = None,
    persistent_ok: bool = False,
    joblib: bool = False,
    max_pickles: int | None = None,
    trailing: str = "pickle",
) -> list[Finding]:
    """Findings for the pickle(s) in `f`. `trailing`: what bytes after the first STOP are expected to be
    ("pickle": more pickles, scanned; "data": raw data the loader reads itself, not scanned)."""
    traces = run_pickles(f, limits, where.policy, end=end, persistent_ok=persistent_ok, joblib=joblib,
                         max_pickles=max_pickles if trailing == "pickle" else 1)
    more = (trailing == "pickle" and max_pickles is None and len(traces) >= limits.max_pickles_per_stream
            and traces[-1].stopped and more_follows(f, end))
    return judge_traces(traces, limits, where, stream_cut=more)


def judge_traces(traces: list[PickleTrace], limits: Limits, where: Where, stream_cut: bool = False) -> list[Finding]:
    """Findings for the pickles of one stream; `stream_cut`: more pickles followed than the limit allows."""
    findings: list[Finding] = []
    for i, trace in enumerate(traces):
        if i and trace.opcodes <= 1 and trace.halt:
            findings.append(finding(
                "pickle.trailing-data", Severity.INFO, "Data after the pickle's STOP opcode",
                where.file, where.member, trace.start, method=VM_METHOD,
                description="Bytes follow the pickle; pickle.load ignores them, a loader reading on may not.",
                measurements={"offset": trace.start}))
            break
        findings.extend(judge_trace(trace, limits, where, index=i))
    if len(traces) > 1 and any(t.opcodes > 1 for t in traces[1:]):
        findings.append(finding(
            "pickle.multiple-pickles", Severity.LOW, "Several pickles in one stream",
            where.file, where.member, traces[1].start, method=VM_METHOD,
            description="A loader that calls load() again runs the later pickles; all were analysed.",
            measurements={"pickles": sum(1 for t in traces if t.opcodes > 1)}))
    if stream_cut:
        findings.append(limit_finding("pickle", LimitReached(
            "max_pickles_per_stream", f"more than {limits.max_pickles_per_stream} pickles in one stream "
                                      "(limits.max_pickles_per_stream)"), where.file, where.member, traces[-1].end))
    return findings


def more_follows(f: BinaryIO, end: int | None) -> bool:
    """Whether bytes follow in the stream."""
    try:
        if end is not None and f.tell() >= end:
            return False
        peek = getattr(f, "peek", None)
        return bool(peek(1)) if peek is not None else bool(f.read(1))
    except (LimitReached, OSError, ValueError):
        return True


def analyse_bytes(data: bytes, limits: Limits, where: Where, **kwargs: Any) -> list[Finding]:
    return analyse_stream(io.BytesIO(data), limits, where, end=len(data), **kwargs)


# ---------------------------------------------------------------------- judging

def judge_trace(trace: PickleTrace, limits: Limits, where: Where, index: int = 0) -> list[Finding]:
    findings: list[Finding] = []
    merged: dict[str, list[GlobalRecord]] = {}
    for rec in trace.globals:
        merged.setdefault(rec.fullname, []).append(rec)
    resolved = [0]  # unknown globals resolved so far in this pickle (limits.max_reach_globals)
    for fullname, recs in merged.items():
        judged = _judge_global(fullname, recs, where, trace, limits, resolved)
        if judged is not None:
            findings.append(judged)
        findings.extend(_nested(recs, limits, where))
    if resolved[0] > limits.max_reach_globals:
        findings.append(finding(
            "pickle.cap", Severity.LOW, f"Cap reached: {resolved[0]} globals outside the allowlist; the first "
            f"{limits.max_reach_globals} were resolved, the others judged as unresolved (limits.max_reach_globals)",
            where.file, where.member, method=REACH_METHOD, measurements={"limit": "max_reach_globals"}))
    findings.extend(_anomalies(trace, where))
    for limit, message, offset in trace.caps:
        findings.append(finding(
            "pickle.cap", Severity.LOW, f"Cap reached: {message} (limits.{limit})", where.file, where.member, offset,
            method=VM_METHOD, description="Past this cap only globals outside the allowlist are recorded; every one "
                                          "of those is still judged.", measurements={"limit": limit}))
    halt = trace.halt
    if halt is not None and halt.kind == "limit":
        findings.append(limit_finding("pickle", LimitReached(halt.limit or "max_pickle_opcodes", halt.message),
                                      where.file, where.member, halt.offset))
    elif halt is not None:
        findings.append(finding(
            "pickle.malformed", Severity.LOW, f"Malformed pickle: {halt.message}",
            where.file, where.member, halt.offset, method=VM_METHOD,
            description="The unpickler fails here; every opcode before it runs first and was analysed.",
            measurements={"offset": halt.offset, "opcodes": trace.opcodes, "pickle_index": index}))
    return findings


_VERBS = {"reached": "reached (pushed, not called)", "called": "called", "instantiated": "instantiated",
          "built": "rebuilt from state", "mutated": "mutated"}


def _judge_global(fullname: str, recs: list[GlobalRecord], where: Where, trace: PickleTrace,
                  limits: Limits, resolved: list[int]) -> Finding | None:
    first = recs[0]
    verdict = where.policy.verdict(first.module, first.qualname)
    if verdict.status == ALLOWED:
        return None
    uses: dict[str, int] = {}
    first_use: tuple[int, str] | None = None
    use_kind = "reached"
    for kind in USES:
        count = sum(r.uses.get(kind, 0) for r in recs)
        if count:
            uses[kind] = count
            if first_use is None:
                use_kind = kind
                first_use = min(r.first_use[kind] for r in recs if kind in r.first_use)
    offset, opcode = first_use or (first.offset, first.opcode)
    args = next((a for r in recs for a in r.call_args if a), None)
    measurements: dict[str, JSONScalar] = {
        "global": fullname, "opcode": opcode, "offset": offset, "usage": use_kind, "occurrences": len(recs),
        "global_opcode": first.opcode, "global_offset": first.offset, "protocol": trace.protocol,
    }
    measurements.update({f"{k}_count": v for k, v in uses.items()})
    if first.written != fullname:
        measurements["written_as"] = first.written
    if args is not None:
        measurements["arguments"] = describe(args, depth=limits.max_describe_depth)
    verb = _VERBS[use_kind]
    if verdict.status == DENIED:
        technique = verdict.technique or "code-execution"
        measurements["matched"] = verdict.matched
        return finding(
            f"pickle.{technique}", Severity.HIGH if use_kind == "reached" else Severity.CRITICAL,
            f"{TECHNIQUE_TITLES.get(technique, technique)}: {fullname} {verb} by the pickle",
            where.file, where.member, offset, method=VM_METHOD,
            description=f"Unpickling resolves {fullname} (denylisted as {technique}, entry "
                        f"'{verdict.matched}') and {verb.split(' ')[0]} it at offset {offset} ({opcode}).",
            measurements=measurements)
    with_arguments = any(r.with_arguments for r in recs)
    resolved[0] += 1
    return _unknown_global(fullname, first, uses, with_arguments, verb, where, offset, measurements, limits,
                           resolve=resolved[0] <= limits.max_reach_globals)


def _unknown_global(fullname: str, rec: GlobalRecord, uses: dict[str, int], with_arguments: bool, verb: str,
                    where: Where, offset: int, measurements: dict[str, JSONScalar], limits: Limits,
                    resolve: bool = True) -> Finding:
    """A global on neither list: judged by what its code reaches (reach.py), not by its name. Past
    limits.max_reach_globals it is judged as unresolved (the conservative verdict)."""
    from modelward.scan.pickle.reach import UNRESOLVED, Reach, reach
    called, rebuilt = "called" in uses, "instantiated" in uses or "built" in uses
    entries = ["call"] if called or not rebuilt else []
    entries += (["new"] if "instantiated" in uses else []) + (["setstate"] if "built" in uses else [])
    results = [reach(rec.module, rec.qualname, e, limits) if resolve else
               Reach(UNRESOLVED, where="not resolved: limits.max_reach_globals") for e in entries]
    found = next((r for r in results if r.sinks), None) or next((r for r in results if r.status != "source"),
                                                               None) or results[0]
    gadget = next((r.gadget for r in results if r.gadget), None) if called and with_arguments else None
    measurements.update({"resolution": found.status, "resolved_as": found.kind, "source": found.where[:300],
                         "functions_followed": sum(r.explored for r in results)})
    if found.sinks:
        measurements["reaches"] = "; ".join(found.sinks)[:500]
    if gadget:
        measurements["gadget"] = gadget[:300]
    severity, title = _grade(fullname, verb, found, gadget, called, rebuilt, with_arguments)
    return finding(
        "pickle.unknown-global", severity, title, where.file, where.member, offset, method=REACH_METHOD,
        description=f"{fullname} is not on the allowlist; unpickling imports it and {verb.split(' ')[0]} it. "
                    f"Its code was resolved statically ({found.status}) and followed up to "
                    f"{limits.max_reach_depth} calls deep. Review it, or allow it with a --policy file.",
        measurements=measurements)


def _grade(fullname: str, verb: str, r: Reach, gadget: str | None, called: bool, rebuilt: bool,
           with_arguments: bool) -> tuple[Severity, str]:
    from modelward.scan.pickle.reach import COMPILED, UNRESOLVED

    used = called or rebuilt
    if r.sinks:
        category = r.sinks[0].split(":", 1)[0]
        return (Severity.HIGH if used else Severity.MEDIUM,
                f"{fullname} {verb} by the pickle reaches {category} ({r.sinks[0].split(': ', 1)[1]})")
    if gadget:
        return Severity.HIGH, f"Call gadget: {fullname} called with arguments {gadget}"
    if r.status in (COMPILED, UNRESOLVED):
        what = "compiled code that cannot be analysed" if r.status == COMPILED else "cannot be resolved here"
        if called and with_arguments:
            return Severity.HIGH, f"{fullname} called with arguments: {what}"
        if called or (rebuilt and r.status == COMPILED):
            return Severity.MEDIUM, f"Global outside the allowlist: {fullname} {verb} ({what})"
        if rebuilt:  # a class rebuilt the ordinary way; where it cannot be imported, loading fails there too
            return Severity.LOW, f"Global outside the allowlist: {fullname} {verb} ({what}; rebuilt the ordinary way)"
    return Severity.LOW, f"Global outside the allowlist: {fullname} {verb} (reaches nothing dangerous)"


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
                out.append(limit_finding("pickle", LimitReached(
                    "max_nesting_depth", f"pickles nested deeper than {limits.max_nesting_depth}"),
                    where.file, where.member, rec.offset))
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
    out: list[Finding] = []
    kept: dict[str, int] = {}
    for a in trace.anomalies:
        kept[a.kind] = kept.get(a.kind, 0) + 1
        severity, title = _ANOMALIES[a.kind]
        measurements: dict[str, JSONScalar] = {"offset": a.offset}
        measurements.update({k: v for k, v in a.data.items() if isinstance(v, str | int | float | bool)})
        out.append(finding(f"pickle.{a.kind}", severity, f"{title}: {a.detail}", where.file, where.member,
                           a.offset, method=VM_METHOD, description=a.detail, measurements=measurements))
    for kind, count in trace.anomaly_counts.items():
        if count > kept.get(kind, 0):
            severity, title = _ANOMALIES[kind]
            out.append(finding(f"pickle.{kind}", severity,
                               f"{count - kept.get(kind, 0)} more: {title} (the first {kept.get(kind, 0)} are "
                               "listed; limits.max_kept_per_kind)", where.file, where.member, method=VM_METHOD,
                               measurements={"not_listed": count - kept.get(kind, 0), "total": count}))
    return out
