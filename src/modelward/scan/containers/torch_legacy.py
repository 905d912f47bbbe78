"""Legacy PyTorch files (before the zip format): five pickles in a row (magic number, protocol,
sys_info, the object, storage keys) then raw storages."""

from __future__ import annotations

from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.limits import Limits
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.source import Source


@guarded("torch-legacy")
def scan_torch_legacy(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    findings = analyse_stream(source.reader(), limits, Where(source.name, source.member, policy), end=source.size,
                              persistent_ok=True, max_pickles=5)
    # analyse_stream reports a 5-pickle stream as "several pickles": that is this format's layout.
    c.findings.extend(f for f in findings
                      if f.check_id not in ("scan.pickle.multiple-pickles", "scan.pickle.trailing-data"))


TORCH_LEGACY = Format.builtin("torch-legacy", scan_torch_legacy)
