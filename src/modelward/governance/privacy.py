"""The privacy impact assessment section: for each component holding or learning from personal data,
what is held, why and on which basis, who can reach it, which threats of the model touch it and their
residual risk, and what is missing (purpose, lawful basis, retention) for a DPIA (GDPR art. 35)."""

from __future__ import annotations

from typing import Any

from modelward.governance.model import ThreatModel

PRIVACY_THREATS = frozenset({"membership-inference", "model-inversion", "data-leakage", "insider-threat", "bias"})
RECORD_FIELDS = ("data_subjects", "purpose", "lawful_basis", "retention")


def privacy_entries(model: ThreatModel) -> list[dict[str, Any]]:
    """Components with personal data (datasets, stores, flows) and the models that learn from them."""
    out = []
    for comp in model.system.components:
        facts = model.facts[comp.id]
        holds = bool(comp.get("personal_data")) or bool(facts.get("trains_on_personal_data"))
        flows = [f for f in model.system.flows if f.personal_data and comp.id in (f.source, f.target)]
        if not holds and not flows:
            continue
        threats = [t for t in model.ranked() if t.component == comp.id and t.threat in PRIVACY_THREATS]
        missing = [f for f in RECORD_FIELDS if comp.type in ("dataset", "vector-store") and not comp.get(f)]
        out.append({
            "component": comp.id, "type": comp.type,
            "special_category": bool(comp.get("special_category") or facts.get("trains_on_special_category")),
            "record": {f: comp.get(f, "") for f in RECORD_FIELDS if comp.get(f)},
            "missing": missing,
            "reachable_by": facts.get("queried_by") or facts.get("exposure") or "internal",
            "flows": [f"{f.source} -> {f.target}" + (" (unencrypted)" if f.encrypted is False else "") for f in flows],
            "threats": [{"threat": t.threat, "residual_level": t.residual_level, "status": t.status} for t in threats],
        })
    return out


def privacy_markdown(model: ThreatModel) -> str:
    entries = privacy_entries(model)
    if not entries:
        return "## Privacy impact\n\nNo component holds or learns from personal data (as described).\n"
    lines = ["## Privacy impact", "",
             "Components that hold, move or learn from personal data. A DPIA (GDPR art. 35) is likely required "
             "where special-category data or decisions about people are involved.", ""]
    for e in entries:
        special = " - special-category data" if e["special_category"] else ""
        lines.append(f"### {e['component']} ({e['type']}){special}")
        for k, v in e["record"].items():
            lines.append(f"- {k.replace('_', ' ')}: {v}")
        if e["missing"]:
            lines.append(f"- **not stated**: {', '.join(m.replace('_', ' ') for m in e['missing'])}")
        lines.append(f"- reachable by: {e['reachable_by']}")
        if e["flows"]:
            lines.append(f"- personal-data flows: {'; '.join(e['flows'])}")
        for t in e["threats"]:
            lines.append(f"- {t['threat']}: residual {t['residual_level']}, {t['status']}")
        lines.append("")
    return "\n".join(lines)
