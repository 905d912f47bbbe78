"""A file that is both a pickle (read from its start) and a ZIP (read from its end): loaders that
sniff differently see different content. Report it, and scan both views."""

from __future__ import annotations

from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.containers.archive import scan_zip
from modelward.scan.findings import finding
from modelward.scan.limits import Limits
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.source import Source


@guarded("pickle+zip")
def scan_polyglot(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    c.add(finding(
        "container.polyglot", Severity.HIGH, "Polyglot file: a pickle and a ZIP archive at once",
        source.name, source.member, 0, method="pickle opcodes at the start and a ZIP end record at the end",
        description="pickle.load reads the pickle at the start; torch.load and zip readers read the archive. "
                    "A scanner that checks one view misses the other; both were analysed."))
    view = f"{source.member}>" if source.member else ""
    c.findings.extend(analyse_stream(source.reader(), limits, Where(source.name, f"{view}<pickle view>", policy),
                                     end=source.size, max_pickles=1))
    scan_zip(source, policy, limits, c)


POLYGLOT = Format.builtin("pickle+zip", scan_polyglot)
