"""The threat model as a core report: one finding per threat and component, ranked by residual risk, so the
JSON, SARIF and HTML renderers, `modelward report` and CI gates read it like any other modelward report.

Open and mitigated threats carry their residual likelihood and impact (severity by the core rubric);
an accepted risk is an `info` finding until its acceptance expires (then it is open again); a threat marked
not applicable is listed as skipped with its reason. Evidence that could not be used (an unreadable or
stale report, a policy that is not one) is an error of the report: what could not be checked is never
taken as clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelward.core.findings import Evidence, Finding, Location, Severity
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.core.taxonomy import load_taxonomy
from modelward.governance.catalog import crosswalk
from modelward.governance.model import ThreatInstance, ThreatModel

CHECK_PREFIX = "threat-model"


def _finding(model: ThreatModel, t: ThreatInstance) -> Finding:
    taxonomy = load_taxonomy()
    threat = taxonomy.threat(t.threat)
    verified = {c.mitigation for c in t.controls if c.basis == "verified"}
    recommended = tuple(m.id for m in taxonomy.mitigations_for(t.threat) if m.id not in verified)
    accepted = t.status == "accepted"
    measurements: dict[str, Any] = {
        "component": t.component, "status": t.status, "owner": t.owner or None,
        "inherent_likelihood": t.likelihood, "inherent_impact": t.impact, "inherent_level": t.inherent_level,
        "residual_likelihood": t.residual_likelihood, "residual_impact": t.residual_impact,
        "residual_level": t.residual_level, "residual_basis": t.residual_basis,
        "atlas": " ".join(t.atlas), "owasp": " ".join(threat.owasp_ml_ids + threat.owasp_llm_ids),
        "nist_csf": " ".join(threat.nist_csf), "cosai": " ".join(crosswalk()[t.threat].cosai),
        "controls": " ".join(f"{c.mitigation}:{c.basis}" for c in t.controls) or None,
        "expires": t.expires.isoformat() if t.expires else None,
    }
    title = f"{threat.name} on {t.component}: {t.title}"
    if accepted:
        title = f"Accepted until {t.expires.isoformat() if t.expires else '?'}: {title}"
    rationale = " ".join(p for p in (t.why, "Adjusted: " + "; ".join(t.adjustments) + "." if t.adjustments else "",
                                     f"Residual: {t.residual_reason}.", t.status_reason) if p)
    return Finding(
        check_id=f"{CHECK_PREFIX}.{t.rule}",
        threat=t.threat,
        severity=Severity.INFO if accepted else t.severity,
        title=title,
        description=t.why,
        location=Location(file=model.system.source or None, member=t.component),
        evidence=Evidence(method=f"threat-model rule {t.rule}", measurements=measurements,
                          likelihood=None if accepted else t.residual_likelihood,
                          impact=None if accepted else t.residual_impact, rationale=rationale),
        mitigations=recommended,
    )


def _inputs(model: ThreatModel) -> tuple[InputRecord, ...]:
    records = []
    source = model.system.source
    if source and Path(source).is_file():
        records.append(InputRecord.of_file(source, "config"))
    for ev in model.evidence.values():
        for entry in ev.sources:
            ref, _, digest = entry.rpartition(" sha256:")
            records.append(InputRecord(ref, digest, "report"))
    return tuple(records)


def to_report(model: ThreatModel, tool_version: str | None = None) -> Report:
    """The ranked register of a threat model as a core Report."""
    if tool_version is None:
        from modelward import __version__ as tool_version
    ranked = model.ranked()
    findings = tuple(_finding(model, t) for t in ranked if t.status != "not-applicable")
    skipped = tuple(Skipped(f"{t.threat} on {t.component}", f"not applicable: {t.status_reason}")
                    for t in ranked if t.status == "not-applicable")
    errors = tuple(ErrorRecord(cid, problem) for cid, ev in model.evidence.items() for problem in ev.problems)
    errors += tuple(ErrorRecord(f"decision {d.threat} on {d.component}",
                                "matches no threat the rules found; check the threat and component ids")
                    for d in model.unused_decisions)
    return Report(
        metadata=Metadata(tool_version=str(tool_version), command="threat-model", subject=model.system.name,
                          inputs=_inputs(model)),
        findings=findings, skipped=skipped, errors=errors,
    )


def model_to_dict(model: ThreatModel) -> dict[str, Any]:
    """The threat model as JSON: the system, every threat (ranked) and the evidence problems."""
    return {
        "schema": "modelward.threat-model", "schema_version": "1.0",
        "system": model.system.name, "source": model.system.source, "date": model.today.isoformat(),
        "threats": [t.to_dict() for t in model.ranked()],
        "problems": list(model.problems()),
        "unused_decisions": [{"threat": d.threat, "component": d.component} for d in model.unused_decisions],
    }
