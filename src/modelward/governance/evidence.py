"""Evidence: what the reports and served policies of a system's components measured.

A component names its reports (`reports:`, modelward JSON reports of scan, assess, data audit, monitor) and,
for an API, the gateway policy it is served with (`policy:`). They are read as documented (the core report
schema, `modelward.core.report.Report.from_dict`; the gateway policy fields of docs/gateway.md), never by
importing the capability that wrote them. What comes out, per component:

- measurements: per threat, the findings that carry a measured likelihood and impact (the worst wins), so
  a threat's residual risk is the measured one and says which check measured it;
- verified controls: mitigations the evidence shows in place (a clean scan of these bytes, a verified
  signature, a rate limit or label-only outputs in the served policy, a monitor report);
- problems: a report that cannot be read, is about other bytes than the component's artifact (stale), or
  a policy that contradicts what the model declares. A problem is shown and never counts as evidence.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelward.core.errors import ModelwardError
from modelward.core.findings import Finding, Severity
from modelward.core.report import Report
from modelward.governance.system import Component, System
from modelward.governance.yamlsafe import load_yaml_file

MAX_REPORT_BYTES = 64 * 1024**2

# A clean finding of these checks shows the control in place (likelihood measured at 2 or below).
CONTROL_OF_CHECK: Mapping[str, str] = {
    "integrity.signature": "model-signing",
    "integrity.tamper": "model-signing",
}
# Guards a served policy may run, and the control each is.
CONTROL_OF_GUARD_PREFIX: Mapping[str, str] = {
    "stealing.": "query-limits",
    "robustness.adversarial-detector": "adversarial-detection",
    "robustness.certified-fallback": "certified-robustness",
    "monitor.drift": "drift-monitoring",
    "data.pii": "pii-scrubbing",
    "llm.": "prompt-injection-guard",
}


@dataclass(frozen=True)
class Measurement:
    """The worst measured finding for one threat on one component."""

    threat: str
    likelihood: int
    impact: int
    check_id: str
    title: str
    report: str
    severity: Severity


@dataclass(frozen=True)
class VerifiedControl:
    mitigation: str
    source: str  # the report or policy that shows it
    detail: str


@dataclass(frozen=True)
class ComponentEvidence:
    component: str
    measurements: dict[str, Measurement] = field(default_factory=dict)
    controls: tuple[VerifiedControl, ...] = ()
    findings: tuple[tuple[str, Finding], ...] = ()  # (report, finding), for the register and the bundle
    problems: tuple[str, ...] = ()
    policy_facts: dict[str, Any] = field(default_factory=dict)  # what the served policy says (outputs, limits)
    sources: tuple[str, ...] = ()  # every report and policy read, with its SHA-256

    def controls_for(self, mitigations: set[str]) -> tuple[VerifiedControl, ...]:
        return tuple(c for c in self.controls if c.mitigation in mitigations)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_report(path: Path) -> Report:
    """A modelward JSON report; ModelwardError naming the file when it is not one."""
    from modelward.core.errors import DataError

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DataError(f"{path}: cannot read the report: {exc.strerror or exc}") from None
    if size > MAX_REPORT_BYTES:
        raise DataError(f"{path}: {size} bytes, larger than {MAX_REPORT_BYTES}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not a JSON report ({exc})") from None
    if not isinstance(data, dict):
        raise DataError(f"{path}: not a modelward JSON report (a JSON object is expected)")
    try:
        return Report.from_dict(data)
    except ModelwardError as exc:
        raise DataError(f"{path}: {exc}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"{path}: not a valid modelward report ({type(exc).__name__}: {exc})") from None


def _stale(report: Report, artifact: Path | None) -> str:
    """Why the report is not about the artifact's current bytes ('' when it is, or cannot be told)."""
    if artifact is None or not artifact.is_file():
        return ""
    current = _sha256(artifact)
    hashed = [i for i in report.metadata.inputs if Path(i.path).name == artifact.name]
    if hashed and all(i.sha256 != current for i in hashed):
        return (f"report is about other bytes of {artifact.name} (sha256 {hashed[0].sha256[:12]}, now "
                f"{current[:12]}): stale, not counted")
    return ""


def _report_evidence(report: Report, name: str) -> tuple[list[Measurement], list[VerifiedControl]]:
    measurements = []
    controls = []
    for f in report.findings:
        ev = f.evidence
        if ev.likelihood is not None and ev.impact is not None:
            measurements.append(Measurement(f.threat, ev.likelihood, ev.impact, f.check_id, f.title, name, f.severity))
            control = CONTROL_OF_CHECK.get(f.check_id)
            if control and ev.likelihood <= 2:
                controls.append(VerifiedControl(control, name, f.title))
    command = report.metadata.command.split(" ", 1)[0]
    if command == "scan" and not report.errors and all(f.severity < Severity.MEDIUM for f in report.findings):
        scanned = len(report.metadata.inputs) or "the"
        controls.append(VerifiedControl("artifact-scanning", name, f"scan clean ({scanned} inputs, no finding at "
                                                                    "medium or above, no error)"))
    if command == "monitor":
        controls.append(VerifiedControl("drift-monitoring", name, "a drift report of this model"))
    for applied in report.applied:
        controls.append(VerifiedControl(applied.mitigation_id, name, f"applied: {applied.summary}"))
    return measurements, controls


def _policy_evidence(path: Path) -> tuple[dict[str, Any], list[VerifiedControl], list[str]]:
    """What a gateway policy (docs/gateway.md) puts in place, read as data."""
    doc = load_yaml_file(path)
    name = path.name
    if not isinstance(doc, dict) or "models" not in doc:
        return {}, [], [f"{name}: not a gateway policy (no 'models')"]
    facts: dict[str, Any] = {}
    controls: list[VerifiedControl] = []
    limits = doc.get("limits") or {}
    rate = limits.get("rate") if isinstance(limits, dict) else None
    if isinstance(rate, dict) and (rate.get("per_second") or rate.get("daily_rows")):
        facts["rate_limit"] = {k: rate[k] for k in ("per_second", "daily_rows") if k in rate}
        controls.append(VerifiedControl("query-limits", name, f"limits.rate {facts['rate_limit']}"))
    output = doc.get("output") or {}
    if isinstance(output, dict):
        client = output.get("client") or output.get("default") or {}
        mode = client.get("mode") if isinstance(client, dict) else None
        if mode in ("label", "top_k", "probabilities"):
            facts["outputs"] = {"label": "label", "top_k": "top-k", "probabilities": "probabilities"}[mode]
            if mode in ("label", "top_k") or client.get("decimals") is not None or client.get("noise"):
                controls.append(VerifiedControl("output-minimisation", name, f"output for clients: {client}"))
    auth = doc.get("auth") or {"api_keys": True}
    if isinstance(auth, dict) and (auth.get("api_keys", True) or auth.get("jwt")):
        facts["auth"] = "jwt" if auth.get("jwt") else "api-key"
        controls.append(VerifiedControl("access-control", name,
                                        "authenticated calls, RBAC and a hash-chained audit log"))
    if doc.get("require_signature") is True:
        controls.append(VerifiedControl("model-signing", name, "require_signature: true (served models verified)"))
    for guard in doc.get("guards") or []:
        gid = guard.get("id", "") if isinstance(guard, dict) else ""
        for prefix, control in CONTROL_OF_GUARD_PREFIX.items():
            if gid.startswith(prefix):
                controls.append(VerifiedControl(control, name, f"guard {gid}"))
    return facts, controls, []


def _resolve(system: System, ref: str) -> Path:
    path = Path(ref)
    return path if path.is_absolute() else system.base_dir / path


def component_evidence(system: System, comp: Component) -> ComponentEvidence:
    """Everything the component's reports and served policy show; unreadable or stale ones are problems."""
    measurements: dict[str, Measurement] = {}
    controls: list[VerifiedControl] = []
    findings: list[tuple[str, Finding]] = []
    problems: list[str] = []
    sources: list[str] = []
    artifact = _resolve(system, comp.artifact) if comp.artifact else None
    for ref in comp.reports:
        path = _resolve(system, ref)
        try:
            report = read_report(path)
        except ModelwardError as exc:
            problems.append(f"{ref}: {exc}")
            continue
        stale = _stale(report, artifact)
        if stale:
            problems.append(f"{ref}: {stale}")
            continue
        sources.append(f"{ref} sha256:{_sha256(path)}")
        found, verified = _report_evidence(report, ref)
        for m in found:
            best = measurements.get(m.threat)
            if best is None or m.likelihood * m.impact > best.likelihood * best.impact:
                measurements[m.threat] = m
        controls.extend(verified)
        findings.extend((ref, f) for f in report.findings)
    policy_facts: dict[str, Any] = {}
    if comp.get("policy"):
        path = _resolve(system, comp.get("policy"))
        try:
            policy_facts, verified, issues = _policy_evidence(path)
            sources.append(f"{comp.get('policy')} sha256:{_sha256(path)}")
        except ModelwardError as exc:
            verified, issues = [], [f"{comp.get('policy')}: {exc}"]
        controls.extend(verified)
        problems.extend(issues)
        declared = comp.get("outputs")
        served = policy_facts.get("outputs")
        if declared and served and declared != served:
            problems.append(f"{comp.get('policy')}: serves {served} to clients, the model declares {declared}; "
                            "the served policy is used")
    return ComponentEvidence(comp.id, measurements, tuple(controls), tuple(findings), tuple(problems),
                             policy_facts, tuple(sources))


def system_evidence(system: System) -> dict[str, ComponentEvidence]:
    return {c.id: component_evidence(system, c) for c in system.components}
