"""The crosswalk table: each threat of the taxonomy with its ATLAS, OWASP, NIST CSF, CoSAI and EU AI Act
references, and the CoSAI coverage (which CoSAI risks our threats map to, which none)."""

from __future__ import annotations

from typing import Any

from modelward.core.taxonomy import load_taxonomy
from modelward.governance.catalog import atlas_catalog, cosai_risks, crosswalk
from modelward.governance.rules import Rule


def crosswalk_rows(threats: set[str] | None = None) -> list[dict[str, Any]]:
    """One row per threat (all, or those in `threats`), in taxonomy order."""
    taxonomy = load_taxonomy()
    rows = []
    for t in taxonomy.threats.values():
        if threats is not None and t.id not in threats:
            continue
        entry = crosswalk()[t.id]
        rows.append({"threat": t.id, "name": t.name, "atlas": list(t.atlas_ids),
                     "owasp": list(t.owasp_ml_ids + t.owasp_llm_ids), "nist_csf": list(t.nist_csf),
                     "cosai": list(entry.cosai), "eu_ai_act": list(entry.eu_ai_act)})
    return rows


def crosswalk_markdown(threats: set[str] | None = None) -> str:
    lines = ["| threat | MITRE ATLAS | OWASP | NIST CSF 2.0 | CoSAI risk | EU AI Act |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in crosswalk_rows(threats):
        lines.append(f"| {r['threat']} | {' '.join(r['atlas']) or '-'} | {' '.join(r['owasp']) or '-'} | "
                     f"{', '.join(r['nist_csf'])} | {' '.join(r['cosai']) or '-'} | {', '.join(r['eu_ai_act'])} |")
    return "\n".join(lines) + "\n"


def cosai_coverage() -> list[dict[str, Any]]:
    """Every CoSAI risk with the threats of the taxonomy that map to it (empty: not covered)."""
    by_risk: dict[str, list[str]] = {r: [] for r in cosai_risks()}
    for threat, entry in crosswalk().items():
        for risk in entry.cosai:
            by_risk[risk].append(threat)
    return [{"id": r.id, "title": r.title, "threats": by_risk[r.id]} for r in cosai_risks().values()]


def atlas_coverage(rules: tuple[Rule, ...]) -> dict[str, Any]:
    """Every technique of the vendored ATLAS catalogue with the rules that cite it (a parent also counts as
    covered through its cited sub-techniques), and the ids rules cite that the catalogue does not hold."""
    cited: dict[str, list[str]] = {}
    elements = {rule.id: rule.elements for rule in rules}
    for rule in rules:
        for technique in rule.atlas:
            cited.setdefault(technique, []).append(rule.id)
    catalog = atlas_catalog()
    rows = []
    for t in catalog.values():
        own = sorted(cited.get(t.id, ()))
        via = sorted({r for s in catalog.values() if s.parent == t.id for r in cited.get(s.id, ())})
        rows.append({"id": t.id, "name": t.name, "scope": t.scope, "rules": own, "via_sub_techniques": via,
                     "elements": sorted({e for r in own + via for e in elements[r]}), "covered": bool(own or via)})
    return {"techniques": rows, "outside_catalogue": {a: sorted(r) for a, r in cited.items() if a not in catalog}}
