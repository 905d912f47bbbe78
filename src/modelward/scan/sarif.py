"""A minimal SARIF 2.1.0 rendering of a scan report (used until core.render.sarif exists)."""

from __future__ import annotations

from typing import Any

from modelward.core.report import Report

_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}


def to_sarif(report: Report) -> dict[str, Any]:
    rules = sorted({f.check_id for f in report.findings})
    results = []
    for f in report.sorted_findings():
        loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": f.location.file or ""}}}
        if f.location.offset is not None:
            loc["physicalLocation"]["region"] = {"byteOffset": f.location.offset}
        if f.location.member:
            loc["logicalLocations"] = [{"name": f.location.member, "kind": "member"}]
        results.append({
            "ruleId": f.check_id,
            "level": _LEVEL[f.severity.value],
            "message": {"text": f.title},
            "locations": [loc],
            "partialFingerprints": {"modelward/v1": f.fingerprint},
            "properties": {"severity": f.severity.value, "threat": f.threat,
                           "measurements": dict(f.evidence.measurements)},
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "modelward", "version": report.metadata.tool_version,
                                "rules": [{"id": r} for r in rules]}},
            "results": results,
        }],
    }
