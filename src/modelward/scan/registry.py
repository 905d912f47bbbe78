"""Which scanner reads a format: modelward's own table for what `sniff.detect` recognises, and the
third-party format scanners of the core registry for content no built-in scanner recognises (so a
plugin adds formats; it cannot take over a built-in one)."""

from __future__ import annotations

import importlib
from functools import lru_cache

from modelward.scan.base import FormatScanner
from modelward.scan.plugins import FORMATS
from modelward.scan.source import Source


def _load(target: str) -> FormatScanner | None:
    module, _, attr = target.partition(":")
    try:
        obj = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return None
    return obj if isinstance(obj, FormatScanner) else None


def builtin(fmt: str) -> FormatScanner | None:
    """The built-in scanner for `fmt`; None when it is not registered or its module does not import."""
    entry = FORMATS.get(fmt)
    return _load(entry[0]) if entry else None


OWN_DISTRIBUTION = "modelward"


def _other_distributions() -> bool:
    """Whether any distribution but modelward registers plugins (only then is the registry loaded: the
    capability tables of modelward itself need not be imported to scan a file)."""
    from importlib.metadata import entry_points

    return any(ep.dist is None or ep.dist.name != OWN_DISTRIBUTION for ep in entry_points(group="modelward.plugins"))


@lru_cache(maxsize=1)
def third_party() -> tuple[FormatScanner, ...]:
    """Format scanners registered by other distributions (entry points), loaded once per process."""
    if not _other_distributions():
        return ()
    from modelward.core import plugins

    scanners = []
    for spec in plugins.discover(plugins.PluginKind.FORMAT):
        if spec.target in {target for target, _ in FORMATS.values()}:
            continue
        scanner = spec.resolve_target()
        scanner = scanner() if isinstance(scanner, type) else scanner
        if isinstance(scanner, FormatScanner):
            scanners.append(scanner)
    return tuple(scanners)


def recognising(source: Source, head: bytes) -> FormatScanner | None:
    """The first third-party scanner that recognises `source`, or None."""
    return next((s for s in third_party() if s.recognise(head, source)), None)
