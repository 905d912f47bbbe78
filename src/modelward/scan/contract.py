"""The contract of a format scanner, published so that a third party can test its own:
`format_contract_errors(spec_or_scanner)` is empty when the scanner meets it.

A format scanner has an id (`scan.<format>`), the threat `supply-chain`, a title and a format name;
`recognise(head, source)` answers with a bool; `scan(source, policy, limits)` returns a FileScan for
any bytes at all (garbage, empty, truncated) without raising, and its findings name checks under
`scan.`, a known threat and
mitigations, follow the severity rubric and round-trip through JSON. (A container's findings may
name the checks of the formats found inside it: all check ids start with `scan.`.)
"""

from __future__ import annotations

import json
import random
from typing import Any

from modelward.core.findings import Finding, severity_of
from modelward.scan.base import FileScan, FormatScanner
from modelward.scan.findings import THREAT
from modelward.scan.limits import Limits
from modelward.scan.source import Source

_SAMPLES = (b"", b"\x00" * 64, b"PK\x03\x04" + b"\xff" * 60, b"\x80\x04\x95" + b"\x00" * 20,
            bytes(random.Random(0).randrange(256) for _ in range(4096)))


def _scanner(target: Any) -> tuple[Any, list[str]]:
    from modelward.core.errors import PluginError

    if hasattr(target, "resolve_target"):
        try:
            target = target.resolve_target()
        except PluginError as exc:
            return None, [str(exc)]
    return (target() if isinstance(target, type) else target), []


def format_contract_errors(target: Any, samples: tuple[bytes, ...] = ()) -> list[str]:
    """What `target` (a registry spec, a FormatScanner class or instance) does against the contract,
    checked on a few hostile samples and on `samples` (bytes of its own format, to exercise findings)."""
    from modelward.core.taxonomy import load_taxonomy
    from modelward.scan.allowlist import builtin_policy

    scanner, errors = _scanner(target)
    if errors:
        return errors
    if not isinstance(scanner, FormatScanner):
        return [f"{scanner!r} is not a FormatScanner: it needs id, threat, title, format, "
                "recognise(head, source) and scan(source, policy, limits)"]
    if not str(scanner.id).startswith("scan.") or scanner.threat != THREAT or not scanner.title:
        errors.append(f"{scanner.id!r}: id must start with 'scan.', threat must be {THREAT!r}, title non-empty")
    taxonomy = load_taxonomy()
    for data in (*_SAMPLES, *samples):
        source = Source.of_bytes(data, "<contract sample>")
        try:
            recognised = scanner.recognise(source.head(), source)
            result = scanner.scan(source, builtin_policy(), Limits())
        except Exception as exc:  # the contract: never raise, whatever the bytes
            errors.append(f"{scanner.id}: raised {type(exc).__name__} on a {len(data)}-byte sample: {exc}")
            continue
        if not isinstance(recognised, bool):
            errors.append(f"{scanner.id}: recognise() must return a bool")
        if not isinstance(result, FileScan):
            errors.append(f"{scanner.id}: scan() must return a FileScan, got {type(result).__name__}")
            continue
        errors += _finding_errors(scanner, result.findings, taxonomy)
    return sorted(set(errors))


def _finding_errors(scanner: Any, findings: tuple[Finding, ...], taxonomy: Any) -> list[str]:
    errors = []
    for f in findings:
        if not f.check_id.startswith("scan."):
            errors.append(f"{scanner.id}: finding {f.title!r} names check {f.check_id!r}, not one under 'scan.'")
        if f.threat not in taxonomy.threat_ids:
            errors.append(f"finding {f.title!r} names unknown threat {f.threat!r}")
        if set(f.mitigations) - set(taxonomy.mitigations):
            errors.append(f"finding {f.title!r} names unknown mitigations")
        ev = f.evidence
        if ev.likelihood is not None and ev.impact is not None and f.severity != severity_of(ev.likelihood, ev.impact):
            errors.append(f"finding {f.title!r}: severity {f.severity.value} off the rubric")
        if Finding.from_dict(json.loads(json.dumps(f.to_dict()))) != f:
            errors.append(f"finding {f.title!r} does not round-trip through JSON")
    return errors
