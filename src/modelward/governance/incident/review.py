"""`review`: the post-incident report, filled from the timeline, and its STIX 2.1 export.

The report says what happened when (every timeline step), the regulatory clocks and whether containment
acted, the root cause and controls added (given by the reviewer), and the residual risk; it lists the
decisions to add to the system model so the threat model learns from the incident. The STIX 2.1 bundle
holds an `incident`, an `attack-pattern` per ATLAS technique (external id and URL), a `course-of-action`
per control added, and their relationships; ids are UUIDv5 of the incident id, so re-exporting is stable.
"""

from __future__ import annotations

import uuid
from typing import Any

from modelward.core.taxonomy import load_taxonomy
from modelward.governance.incident.record import Incident, now

_NS = uuid.UUID("6b7c1e2a-6f53-4a43-9b1e-2f6d3c1f9a10")  # modelward's namespace for STIX ids


def _sid(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(_NS, '/'.join(parts))}"


def review_record(incident: Incident, root_cause: str, controls_added: tuple[str, ...],
                  residual: str) -> dict[str, Any]:
    taxonomy = load_taxonomy()
    bad = [c for c in controls_added if c not in taxonomy.mitigations]
    if bad:
        from modelward.core.errors import ConfigError

        raise ConfigError(f"--control: unknown mitigation(s) {bad}; modelward threats show ID lists them")
    timeline = [e["record"] for e in incident.timeline()]
    contained = [a for e in timeline if e["step"] == "contain" for a in e["data"].get("actions", [])]
    meta = incident.meta
    decision = {"threat": meta["threat"], "component": meta.get("component") or "*", "status": "open",
                "reason": f"incident {meta['id']}: {root_cause}", "controls": list(controls_added)}
    return {
        "incident": meta["id"], "title": meta["title"], "severity": meta["severity"], "threat": meta["threat"],
        "atlas": meta["atlas"], "opened": meta["opened"], "reviewed": now(), "clocks": meta.get("clocks", []),
        "timeline": [{"time": e["time"], "step": e["step"], "summary": e["summary"]} for e in timeline],
        "containment": contained, "root_cause": root_cause, "controls_added": list(controls_added),
        "residual_risk": residual, "threat_model_update": {"decisions": [decision]},
    }


def review_markdown(review: dict[str, Any]) -> str:
    lines = [f"# Post-incident review: {review['incident']}", "", f"**{review['title']}**", "",
             f"- severity: {review['severity']}; threat: {review['threat']} (ATLAS {', '.join(review['atlas'])})",
             f"- opened {review['opened']}, reviewed {review['reviewed']}", "", "## Timeline", ""]
    lines += [f"- {e['time']} **{e['step']}**: {e['summary']}" for e in review["timeline"]]
    lines += ["", "## Regulatory clocks", ""]
    lines += [f"- {c['regulation']} {c['article']}: {c['what']}, by {c['deadline']}" for c in review["clocks"]] or \
        ["- none applied"]
    lines += ["", "## Containment", ""]
    lines += [f"- {a['action']} {a['target']}: {'done' if a['ok'] else 'NOT done'} ({a['detail']})"
              for a in review["containment"]] or ["- no containment action recorded"]
    lines += ["", "## Root cause", "", review["root_cause"] or "not stated", "", "## Controls added", ""]
    lines += [f"- {c}" for c in review["controls_added"]] or ["- none"]
    lines += ["", "## Residual risk", "", review["residual_risk"] or "not stated", "",
              "## Update to the system model", "", "Add to `decisions:` of the system model:", "", "```yaml"]
    for d in review["threat_model_update"]["decisions"]:
        lines.append(f"- {{threat: {d['threat']}, component: {d['component']}, status: {d['status']}, "
                     f"reason: \"{d['reason']}\", controls: [{', '.join(d['controls'])}]}}")
    lines += ["```", ""]
    return "\n".join(lines)


def to_stix(review: dict[str, Any]) -> dict[str, Any]:
    """A STIX 2.1 bundle of the incident, the ATLAS techniques used and the controls added."""
    taxonomy = load_taxonomy()
    created = review["opened"].replace("+00:00", "Z")
    inc_id = _sid("incident", review["incident"])
    objects: list[dict[str, Any]] = [{
        "type": "incident", "spec_version": "2.1", "id": inc_id, "created": created, "modified": created,
        "name": review["title"], "description": f"{review['threat']}: {review['root_cause']}",
        "labels": [review["severity"], review["threat"]]}]
    names = {r.id: r.name for t in taxonomy.threats.values() for r in t.atlas}
    for tid in review["atlas"]:
        ap = _sid("attack-pattern", tid)
        objects.append({"type": "attack-pattern", "spec_version": "2.1", "id": ap, "created": created,
                        "modified": created, "name": names.get(tid, tid),
                        "external_references": [{"source_name": "mitre-atlas", "external_id": tid,
                                                 "url": f"https://atlas.mitre.org/techniques/{tid}"}]})
        objects.append({"type": "relationship", "spec_version": "2.1", "id": _sid("relationship", inc_id, ap),
                        "created": created, "modified": created, "relationship_type": "related-to",
                        "source_ref": inc_id, "target_ref": ap})
    for control in review["controls_added"]:
        coa = _sid("course-of-action", control)
        objects.append({"type": "course-of-action", "spec_version": "2.1", "id": coa, "created": created,
                        "modified": created, "name": taxonomy.mitigations[control].title,
                        "description": taxonomy.mitigations[control].description})
        objects.append({"type": "relationship", "spec_version": "2.1", "id": _sid("relationship", coa, inc_id),
                        "created": created, "modified": created, "relationship_type": "mitigates",
                        "source_ref": coa, "target_ref": inc_id})
    return {"type": "bundle", "id": _sid("bundle", review["incident"]), "objects": objects}
