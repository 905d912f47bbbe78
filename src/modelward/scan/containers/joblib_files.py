"""Plain pickles and joblib pickles: the pickle with NumpyArrayWrapper placeholders, each followed by
raw array bytes (or a nested object-array pickle) that joblib's unpickler reads itself."""

from __future__ import annotations

from dataclasses import replace
from typing import BinaryIO

from modelward.core.findings import Finding
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.limits import Limits
from modelward.scan.pickle.analyse import Where, analyse_stream, judge_trace, judge_traces, more_follows, run_pickles
from modelward.scan.pickle.joblib_arrays import WRAPPER
from modelward.scan.source import Source


def analyse_joblib_stream(stream: BinaryIO, limits: Limits, where: Where, end: int | None = None) -> list[Finding]:
    """As joblib.load reads it; bytes after the object are not run by joblib and are not scanned."""
    return analyse_stream(stream, limits, where, end=end, joblib=True, trailing="data")


@guarded("pickle")
def scan_pickle_or_joblib(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    """A plain pickle, or an uncompressed joblib file. With array wrappers, both readings are judged:
    joblib.load's (array bytes skipped) in full, and pickle.load's (array bytes run as opcodes) for
    critical and high findings only, since array bytes are otherwise noise."""
    where = Where(source.name, source.member, policy)
    reader = source.reader()
    traces = run_pickles(reader, limits, policy, end=source.size)  # as pickle.load reads it, every pickle
    if not any(g.fullname == WRAPPER for g in traces[0].globals):
        cut = len(traces) >= limits.max_pickles_per_stream and traces[-1].stopped and more_follows(reader, source.size)
        c.findings.extend(judge_traces(traces, limits, where, stream_cut=cut))
        return
    first = traces[:1]
    c.format = "joblib"
    c.findings.extend(analyse_joblib_stream(source.reader(), limits, where, end=source.size))
    seen = {(f.check_id, f.evidence.measurements.get("global")) for f in c.findings}
    for trace in first:
        for f in judge_trace(trace, limits, where):
            key = (f.check_id, f.evidence.measurements.get("global"))
            if f.evidence.likelihood and key not in seen:  # critical/high only
                c.add(replace(f, title=f.title + " (when read by pickle.load)"))


PICKLE = Format.builtin("pickle", scan_pickle_or_joblib)
