"""Report -> SARIF 2.1.0 (OASIS), for code-scanning dashboards and CI.

One run; one rule per check id (help from the threat taxonomy); one result per finding with its
location, stable fingerprint, evidence and mitigations; skipped inputs and errors become tool
execution notifications, so nothing the run left out is lost.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from modelward.core.findings import Finding, Location, Severity
from modelward.core.render.json import jsonable
from modelward.core.report import SCHEMA_VERSION, Report, shown_register
from modelward.core.taxonomy import Taxonomy, load_taxonomy

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "modelward/v1"

LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub code scanning reads a CVSS-like 0-10 score from this rule property.
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$")


def to_sarif(report: Report, taxonomy: Taxonomy | None = None) -> str:
    """The report as a SARIF 2.1.0 log (JSON text)."""
    taxonomy = taxonomy or load_taxonomy()
    findings = report.sorted_findings()
    rules, index = _rules(findings, taxonomy)
    run: dict[str, Any] = {
        "tool": {"driver": _driver(report, rules)},
        "invocations": [_invocation(report)],
        "results": [_result(f, index[f.check_id], taxonomy) for f in findings],
        "columnKind": "unicodeCodePoints",
        "properties": {
            "subject": report.metadata.subject,
            "command": report.metadata.command,
            "reportSchemaVersion": SCHEMA_VERSION,
            "riskRegister": [e.to_dict() for e in shown_register(report, taxonomy).entries],
            "appliedMitigations": [vars(a) for a in report.applied],
        },
    }
    artifacts = _artifacts(report)
    if artifacts:
        run["artifacts"] = artifacts
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(jsonable(log), indent=2, ensure_ascii=False, allow_nan=False)


def artifact_uri(path: str) -> str:
    """A file path as a URI reference: relative paths stay relative, absolute ones become file: URIs."""
    if _SCHEME.match(path):
        return quote(path, safe=":/?#[]@!$&'()*+,;=%-._~")
    if _DRIVE.match(path):
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return "file://" + quote(path)
    return quote(path.replace("\\", "/"))


def _driver(report: Report, rules: list[dict[str, Any]]) -> dict[str, Any]:
    version = report.metadata.tool_version
    driver: dict[str, Any] = {
        "name": "modelward",
        "fullName": f"modelward {version}",
        "version": version,
        "rules": rules,
    }
    if _SEMVER.match(version):
        driver["semanticVersion"] = version
    return driver


def _rules(findings: tuple[Finding, ...], taxonomy: Taxonomy) -> tuple[list[dict[str, Any]], dict[str, int]]:
    by_check: dict[str, list[Finding]] = {}
    for f in findings:  # worst first, so rule order follows severity
        by_check.setdefault(f.check_id, []).append(f)
    rules = [_rule(check_id, fs, taxonomy) for check_id, fs in by_check.items()]
    return rules, {check_id: i for i, check_id in enumerate(by_check)}


def _rule(check_id: str, findings: list[Finding], taxonomy: Taxonomy) -> dict[str, Any]:
    worst = max(f.severity for f in findings)
    threat_ids = list(dict.fromkeys(f.threat for f in findings))
    threat = taxonomy.threats.get(threat_ids[0])
    mitigation_ids = list(dict.fromkeys(m for f in findings for m in f.mitigations))
    if threat:
        mitigation_ids += [m.id for m in taxonomy.mitigations_for(threat.id) if m.id not in mitigation_ids]
    name = threat.name if threat else threat_ids[0]
    description = threat.description if threat else f"Findings of check {check_id}."
    lines, md = [description, "", "Mitigations:"], [description, "", "**Mitigations**", ""]
    for mid in mitigation_ids:
        info = taxonomy.mitigations.get(mid)
        if info:
            lines.append(f"- {info.title} ({mid}): {info.description} How: {info.how}.")
            md.append(f"- **{info.title}** (`{mid}`): {info.description} *How:* {info.how}.")
        else:
            lines.append(f"- {mid}")
            md.append(f"- `{mid}`")
    properties: dict[str, Any] = {
        "tags": ["security", "machine-learning", *threat_ids],
        "security-severity": SECURITY_SEVERITY[worst],
        "threat": threat_ids[0],
        "threatName": name,
        "threats": threat_ids,
        "mitigations": mitigation_ids,
    }
    if threat:
        properties.update(atlas=[r.to_dict() for r in threat.atlas],
                          owaspMl=[r.to_dict() for r in threat.owasp_ml],
                          owaspLlm=[r.to_dict() for r in threat.owasp_llm],
                          nistCsf=list(threat.nist_csf))
    return {
        "id": check_id,
        "name": check_id,
        "shortDescription": {"text": f"{name}: check {check_id}"},
        "fullDescription": {"text": description},
        "help": {"text": "\n".join(lines), "markdown": "\n".join(md)},
        "defaultConfiguration": {"level": LEVEL[worst]},
        "properties": properties,
    }


def _result(f: Finding, rule_index: int, taxonomy: Taxonomy) -> dict[str, Any]:
    text = f.title if not f.description else f"{f.title.rstrip('.')}. {f.description}"
    ev = f.evidence
    result: dict[str, Any] = {
        "ruleId": f.check_id,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": text},
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {
            "severity": f.severity.value,
            "threat": f.threat,
            "evidence": {
                "method": ev.method,
                "measurements": dict(ev.measurements),
                "series": {k: list(v) for k, v in ev.series.items()},
                "likelihood": ev.likelihood,
                "impact": ev.impact,
                "rationale": ev.rationale,
            },
            "mitigations": [_mitigation(m, taxonomy) for m in f.mitigations],
        },
    }
    location = _location(f.location)
    if location:
        result["locations"] = [location]
    return result


def _mitigation(mid: str, taxonomy: Taxonomy) -> dict[str, str]:
    info = taxonomy.mitigations.get(mid)
    if info is None:
        return {"id": mid}
    return {"id": mid, "title": info.title, "how": info.how}


def _location(loc: Location) -> dict[str, Any]:
    """physicalLocation for the file (region from row / byte offset); logicalLocations for the rest."""
    out: dict[str, Any] = {}
    if loc.file:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.file)}}
        region: dict[str, Any] = {}
        if loc.row is not None:  # Location.row is a 0-based record index; SARIF lines are 1-based
            region.update(startLine=loc.row + 1, properties={"row": loc.row})
        if loc.offset is not None:
            region["byteOffset"] = loc.offset
            if loc.member:
                region.setdefault("properties", {})["offsetWithin"] = loc.member
        if region:
            physical["region"] = region
        out["physicalLocation"] = physical
    logical = []
    if loc.member:
        fqn = f"{loc.file}!/{loc.member}" if loc.file else loc.member
        logical.append({"name": loc.member, "fullyQualifiedName": fqn, "kind": "archiveMember"})
    if loc.column:
        logical.append({"name": loc.column, "kind": "column"})
    if loc.endpoint:
        logical.append({"name": loc.endpoint, "kind": "endpoint"})
    if logical:
        out["logicalLocations"] = logical
    return out


def _utc(created: str) -> str | None:
    """The report time in SARIF's form (UTC, 'Z'), or None if it has no time zone."""
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _invocation(report: Report) -> dict[str, Any]:
    notes: list[dict[str, Any]] = []
    for s in report.skipped:
        notes.append({
            "level": "note",
            "message": {"text": f"Skipped {s.subject}: {s.reason}"},
            "descriptor": {"id": "modelward/skipped"},
            "properties": {"subject": s.subject, "reason": s.reason},
        })
    for e in report.errors:
        notes.append({
            "level": "error",
            "message": {"text": f"Error in {e.subject}: {e.message}"},
            "descriptor": {"id": "modelward/error"},
            "properties": {"subject": e.subject, "message": e.message},
        })
    invocation: dict[str, Any] = {
        "executionSuccessful": not report.errors,
        "toolExecutionNotifications": notes,
        "properties": {"command": report.metadata.command},
    }
    start = _utc(report.metadata.created)
    if start:
        invocation["startTimeUtc"] = start
    return invocation


def _artifacts(report: Report) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rec in report.metadata.inputs:
        seen.setdefault((rec.path, rec.sha256, rec.role), {
            "location": {"uri": artifact_uri(rec.path)},
            "roles": ["analysisTarget"],
            "hashes": {"sha-256": rec.sha256},
            "properties": {"role": rec.role},
        })
    return list(seen.values())
