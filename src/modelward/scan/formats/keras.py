"""Keras 3 `.keras` archives: config.json (and metadata.json) read in memory from the zip and walked
for code-running objects. The archive itself goes through the one zip reader (containers/archive.py),
so its anomalies are findings here too and every other member is scanned by content."""

from __future__ import annotations

from dataclasses import replace

from modelward.core.findings import Finding
from modelward.scan.base import Collector, FormatError
from modelward.scan.findings import limit_finding
from modelward.scan.formats._keras_config import walk_config
from modelward.scan.jsonsafe import load_json
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.source import Source

FMT = "keras"


def scan_keras(source: Source, members: list, limits: Limits, c: Collector) -> None:  # type: ignore[type-arg]
    """Walk every copy of config.json (duplicates included: loaders disagree on which one they read)."""
    from modelward.scan.containers.archive import member_source

    version = "?"
    for m in members:
        if m.name != "metadata.json":
            continue
        try:
            meta = load_json(member_source(source, m, limits).read_all(1 << 20, "max_config_bytes", m.name),
                             limits, m.name)
            version = str(meta.get("keras_version", "?")) if isinstance(meta, dict) else "?"
        except (FormatError, LimitReached):
            version = "unreadable"
    configs = [m for m in members if m.name == "config.json"]
    if not configs:
        raise FormatError("archive has no config.json (expected a Keras v3 .keras file)")
    for m in configs:
        label = f"{source.member}>{m.name}" if source.member else m.name
        src = member_source(source, m, limits)
        try:
            config = load_json(src.read_all(limits.max_config_bytes, "max_config_bytes", m.name), limits, m.name)
        except LimitReached as exc:
            c.add(limit_finding(FMT, exc, source.name, label))
            continue
        found, too_deep = walk_config(config, FMT, source.name, label, legacy=False,
                                      max_depth=limits.max_nesting_depth)
        c.findings.extend(_with_version(f, version) for f in found)
        if too_deep:
            c.add(limit_finding(FMT, LimitReached("max_nesting_depth", f"config nested deeper than "
                                                  f"limits.max_nesting_depth at {too_deep[0]} ({len(too_deep)} parts "
                                                  "not walked)"), source.name, label))


def _with_version(f: Finding, version: str) -> Finding:
    if version == "?":
        return f
    return replace(f, evidence=replace(f.evidence, measurements={**f.evidence.measurements, "keras_version": version}))
