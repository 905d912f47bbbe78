"""The crosswalk table: each threat of the taxonomy with its ATLAS, OWASP, NIST CSF, CoSAI and EU AI Act
references, and the CoSAI coverage (which CoSAI risks our threats map to, which none)."""

from __future__ import annotations

from typing import Any

from modelward.core.taxonomy import load_taxonomy
from modelward.governance.catalog import cosai_risks, crosswalk


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
