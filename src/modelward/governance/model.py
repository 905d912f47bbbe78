"""The threat model: every rule that fires on every component, with its risk, controls, status and owner.

    inherent risk   likelihood x impact from the rule: the taxonomy's defaults moved by the rule's
                    adjustments that hold for this component (each with its reason);
    controls        the threat's mitigations (taxonomy) that are declared on the component or in a
                    decision, and those the evidence verifies (a clean scan, a served rate limit, ...);
    residual risk   measured, when a report measured this threat on this component (the worst finding);
                    else the inherent likelihood lowered by one per verified control (at most two) and
                    by one for declared-but-unverified controls together; impact is unchanged;
    status          from a decision (accepted until an expiry, not applicable with a reason, mitigated),
                    else mitigated when the residual risk is low and a control is verified, else open. An
                    expired acceptance is open again; a "mitigated" that measured evidence contradicts
                    (residual high or critical) is open, and says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from modelward.core.findings import Severity, severity_of
from modelward.core.report import risk_level
from modelward.core.taxonomy import load_taxonomy
from modelward.governance.evidence import ComponentEvidence, system_evidence
from modelward.governance.facts import Graph, all_facts
from modelward.governance.rules import Rule, holds, load_rules
from modelward.governance.system import Decision, System

STATUS_ORDER = {"open": 0, "accepted": 1, "mitigated": 2, "not-applicable": 3}
MAX_CONTROL_STEPS = 2


def _clamp(value: int) -> int:
    return max(1, min(5, value))


@dataclass(frozen=True)
class Control:
    mitigation: str
    basis: str  # "verified" (evidence shows it) or "declared" (the system model says so)
    source: str = ""


@dataclass(frozen=True)
class ThreatInstance:
    """One threat on one component."""

    threat: str
    component: str
    component_type: str
    rule: str
    title: str
    why: str
    atlas: tuple[str, ...]
    likelihood: int
    impact: int
    adjustments: tuple[str, ...]
    controls: tuple[Control, ...]
    residual_likelihood: int
    residual_impact: int
    residual_basis: str  # "measured", "controls", "inherent"
    residual_reason: str
    status: str
    status_reason: str
    owner: str
    expires: date | None = None
    notes: tuple[str, ...] = ()

    @property
    def inherent_score(self) -> int:
        return self.likelihood * self.impact

    @property
    def residual_score(self) -> int:
        return self.residual_likelihood * self.residual_impact

    @property
    def inherent_level(self) -> str:
        return risk_level(self.inherent_score)

    @property
    def residual_level(self) -> str:
        return risk_level(self.residual_score)

    @property
    def severity(self) -> Severity:
        return severity_of(self.residual_likelihood, self.residual_impact)

    @property
    def key(self) -> tuple[str, str]:
        return (self.component, self.threat)

    def to_dict(self) -> dict[str, Any]:
        return {
            "threat": self.threat, "component": self.component, "component_type": self.component_type,
            "rule": self.rule, "title": self.title, "why": self.why, "atlas": list(self.atlas),
            "likelihood": self.likelihood, "impact": self.impact, "inherent_score": self.inherent_score,
            "inherent_level": self.inherent_level, "adjustments": list(self.adjustments),
            "controls": [vars(c) for c in self.controls],
            "residual_likelihood": self.residual_likelihood, "residual_impact": self.residual_impact,
            "residual_score": self.residual_score, "residual_level": self.residual_level,
            "residual_basis": self.residual_basis, "residual_reason": self.residual_reason,
            "status": self.status, "status_reason": self.status_reason, "owner": self.owner,
            "expires": self.expires.isoformat() if self.expires else None, "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ThreatModel:
    system: System
    threats: tuple[ThreatInstance, ...]
    evidence: Mapping[str, ComponentEvidence]
    facts: Mapping[str, Mapping[str, Any]]
    today: date
    unused_decisions: tuple[Decision, ...] = ()
    rules: tuple[Rule, ...] = field(default=(), repr=False)

    def ranked(self) -> tuple[ThreatInstance, ...]:
        """Open first, then accepted, mitigated, not applicable; within each, the highest residual risk first."""
        return tuple(sorted(self.threats, key=lambda t: (STATUS_ORDER[t.status], -t.residual_score,
                                                         -t.inherent_score, t.component, t.threat)))

    def problems(self) -> tuple[str, ...]:
        return tuple(f"{cid}: {p}" for cid, ev in self.evidence.items() for p in ev.problems)

    def failing(self, fail_on: Severity) -> tuple[ThreatInstance, ...]:
        """Open threats whose residual severity is at or above `fail_on` (the CI gate)."""
        return tuple(t for t in self.threats if t.status == "open" and t.severity >= fail_on)


def _effective(system: System, evidence: Mapping[str, ComponentEvidence]) -> System:
    """The system with each API's served policy (outputs, limits, auth) in place of what it declares."""
    comps = []
    for c in system.components:
        served = evidence[c.id].policy_facts
        comps.append(replace(c, attrs=MappingProxyType({**c.attrs, **served})) if served else c)
    return replace(system, components=tuple(comps))


def _decision(system: System, threat: str, component: str) -> Decision | None:
    exact = [d for d in system.decisions if d.threat == threat and d.component == component]
    wildcard = [d for d in system.decisions if d.threat == threat and d.component == "*"]
    chosen = exact or wildcard
    return chosen[0] if chosen else None


def _controls(threat: str, comp_controls: Iterable[str], decision: Decision | None,
              ev: ComponentEvidence) -> tuple[Control, ...]:
    relevant = {m.id for m in load_taxonomy().mitigations_for(threat)}
    verified = {c.mitigation: c for c in ev.controls if c.mitigation in relevant}
    out = [Control(m, "verified", f"{c.source}: {c.detail}") for m, c in sorted(verified.items())]
    declared = set(comp_controls) | set(decision.controls if decision else ())
    out += [Control(m, "declared", "system model") for m in sorted(declared & relevant - set(verified))]
    return tuple(out)


def _instance(system: System, rule: Rule, cid: str, facts: Mapping[str, Any], ev: ComponentEvidence,
              today: date) -> ThreatInstance:
    taxonomy = load_taxonomy()
    threat = taxonomy.threat(rule.threat)
    comp = system.component(cid)
    likelihood, impact, adjustments = threat.likelihood, threat.impact, []
    for adj in rule.adjust:
        if holds(adj.when, facts):
            likelihood += adj.likelihood
            impact += adj.impact
            steps = ", ".join(f"{n} {v:+d}" for n, v in (("likelihood", adj.likelihood), ("impact", adj.impact)) if v)
            adjustments.append(f"{adj.reason} ({steps})")
    likelihood, impact = _clamp(likelihood), _clamp(impact)
    decision = _decision(system, rule.threat, cid)
    controls = _controls(rule.threat, comp.controls, decision, ev)
    notes: list[str] = []
    measured = ev.measurements.get(rule.threat)
    verified = [c for c in controls if c.basis == "verified"]
    declared = [c for c in controls if c.basis == "declared"]
    if measured is not None:
        res_l, res_i, basis = measured.likelihood, measured.impact, "measured"
        reason = f"measured by {measured.check_id} in {measured.report}: {measured.title}"
    elif controls:
        res_l = _clamp(likelihood - min(len(verified), MAX_CONTROL_STEPS) - (1 if declared else 0))
        res_i, basis = impact, "controls"
        reason = "; ".join(f"{c.mitigation} ({c.basis})" for c in controls)
    else:
        res_l, res_i, basis, reason = likelihood, impact, "inherent", "no control in place"
    status, status_reason, expires = "open", "", None
    residual = res_l * res_i
    if decision is not None and decision.status != "open":
        status, status_reason, expires = decision.status, decision.reason, decision.expires
        if decision.status == "accepted" and decision.expires is not None and decision.expires < today:
            status, status_reason = "open", f"acceptance expired on {decision.expires.isoformat()}: {decision.reason}"
            notes.append("acceptance expired: review it")
        if decision.status == "mitigated" and basis == "measured" and severity_of(res_l, res_i) >= Severity.HIGH:
            status = "open"
            status_reason = f"marked mitigated, but {reason} (residual {risk_level(residual)})"
            notes.append("marked mitigated, contradicted by measured evidence")
    elif verified and risk_level(residual) == "low":
        status, status_reason = "mitigated", "residual risk low with verified controls"
    owner = (decision.owner if decision and decision.owner else "") or comp.owner or system.owner
    return ThreatInstance(
        threat=rule.threat, component=cid, component_type=comp.type, rule=rule.id, title=rule.title,
        why=rule.explain(facts), atlas=rule.atlas or threat.atlas_ids, likelihood=likelihood, impact=impact,
        adjustments=tuple(adjustments), controls=controls, residual_likelihood=res_l, residual_impact=res_i,
        residual_basis=basis, residual_reason=reason, status=status, status_reason=status_reason,
        owner=owner, expires=expires, notes=tuple(notes),
    )


def _with_served_controls(system: System, evidence: Mapping[str, ComponentEvidence]) -> dict[str, ComponentEvidence]:
    """A model's evidence plus the controls verified on the APIs and apps that serve it (a rate limit in the
    served policy protects the model behind it)."""
    graph = Graph(system)
    out = dict(evidence)
    for comp in system.by_type("model"):
        served = [evidence[n] for n in graph.neighbours(comp.id) if graph.comp(n).type in ("inference-api", "llm-app")]
        extra = tuple(c for ev in served for c in ev.controls)
        if extra:
            out[comp.id] = replace(evidence[comp.id], controls=evidence[comp.id].controls + extra)
    return out


def threat_model(system: System, rules: tuple[Rule, ...] | None = None, today: date | None = None) -> ThreatModel:
    """Generate, score and rank the threats of every element of `system`."""
    today = today or date.today()
    rules = rules if rules is not None else load_rules()
    evidence = system_evidence(system)
    effective = _effective(system, evidence)
    facts = all_facts(effective)
    scoped = _with_served_controls(effective, evidence)
    found: dict[tuple[str, str], ThreatInstance] = {}
    for comp in effective.components:
        for rule in rules:
            if comp.type not in rule.elements or not holds(rule.when, facts[comp.id]):
                continue
            if rule.unless is not None and holds(rule.unless, facts[comp.id]):
                continue
            inst = _instance(effective, rule, comp.id, facts[comp.id], scoped[comp.id], today)
            best = found.get(inst.key)
            if best is None or inst.inherent_score > best.inherent_score:
                found[inst.key] = inst  # one line per (component, threat): the rule that rates it highest
    used = {(t.component, t.threat) for t in found.values()}
    unused = tuple(d for d in system.decisions
                   if not any(th == d.threat and (d.component in ("*", cid)) for cid, th in used))
    return ThreatModel(system, tuple(found.values()), MappingProxyType(evidence),
                       MappingProxyType({k: MappingProxyType(v) for k, v in facts.items()}), today, unused, rules)
