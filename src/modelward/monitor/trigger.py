"""Apply a retraining policy to a drift report: open an incident when a threshold is crossed, act at once
or wait for approval, and add a finding that names the incident (so the risk register cites it)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from modelward.core.findings import Evidence, Finding, Location, Severity
from modelward.core.report import Report
from modelward.monitor.incidents import IncidentStore, Runner
from modelward.monitor.policy import Policy, crossings
from modelward.monitor.result import DriftResult


def incident_finding(incident: dict[str, Any], check_id: str = "monitor.drift") -> Finding:
    reasons = "; ".join(incident["reasons"][:5])
    return Finding(check_id, "model-drift", Severity.INFO,
                   f"Retraining triggered: incident {incident['id']} ({incident['status']})",
                   f"Policy {incident['policy']} crossed: {reasons}.", Location(file=incident["policy"]),
                   Evidence("retraining policy thresholds", {"incident": incident["id"], "status": incident["status"],
                                                             "thresholds_crossed": len(incident["crossings"])}),
                   ("drift-monitoring",))


def apply_policy(policy: Policy, result: DriftResult, report: Report,
                 runner: Runner | None = None) -> tuple[Report, dict[str, Any] | None]:
    """The report (with an incident finding when the policy fired) and the incident, or None."""
    crossed = crossings(policy, result)
    if not crossed:
        return report, None
    store = IncidentStore(policy.action.incidents)
    incident = store.open(policy, crossed, report)
    if policy.action.approval == "none":
        incident = store.act(incident["id"], policy, by="policy (approval: none)", runner=runner)
    return replace(report, findings=(*report.findings, incident_finding(incident))), incident
