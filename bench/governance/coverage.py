"""The coverage tables: every MITRE ATLAS technique of the vendored catalogue (governance/data/
atlas_techniques.toml) with the rules that cite it, and every CoSAI risk with the threats mapped to it.

    .venv/bin/python bench/governance/coverage.py            # --scope ml,llm  (default: every scope)

Exit 1 when a technique of scope `ml` (acts on an element of an ML system) is cited by no rule, or a CoSAI
risk is mapped to no threat, so the bench says plainly what is not covered.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from modelward.governance.catalog import atlas_source, cosai_source
from modelward.governance.crosswalk import atlas_coverage, cosai_coverage
from modelward.governance.rules import load_rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scope", default="ml,llm,it,adversary,outcome", help="Scopes to list.")
    args = parser.parse_args()
    scopes = args.scope.split(",")
    coverage = atlas_coverage(load_rules(()))
    rows = coverage["techniques"]
    source = atlas_source()
    print(f"## MITRE ATLAS coverage ({source['version']})\n")
    print("| technique | name | scope | cited by rules | on elements |\n| --- | --- | --- | --- | --- |")
    for r in rows:
        if r["scope"] in scopes:
            by = ", ".join(r["rules"]) + (f" (sub-techniques: {', '.join(r['via_sub_techniques'])})"
                                          if r["via_sub_techniques"] and not r["rules"] else "")
            print(f"| {r['id']} | {r['name']} | {r['scope']} | {by or '**none**'} | {', '.join(r['elements'])} |")
    counts = Counter(r["scope"] for r in rows)
    covered = Counter(r["scope"] for r in rows if r["covered"])
    print("\n| scope | techniques | covered |\n| --- | --- | --- |")
    for scope in ("ml", "llm", "it", "adversary", "outcome"):
        print(f"| {scope} | {counts[scope]} | {covered[scope]} |")
    gaps = [r for r in rows if r["scope"] == "ml" and not r["covered"]]
    llm_only = [r for r in rows if r["scope"] == "ml" and r["covered"] and set(r["elements"]) <= {"llm-app"}]
    print(f"\nML techniques cited by no rule: {', '.join(r['id'] for r in gaps) or 'none'}")
    print(f"ML techniques cited only by rules on LLM apps: {', '.join(r['id'] for r in llm_only) or 'none'}")
    outside = coverage["outside_catalogue"]
    print("Cited by rules, not in the vendored catalogue (newer releases; the taxonomy's own ids): "
          + (", ".join(f"{a} ({', '.join(r)})" for a, r in sorted(outside.items())) or "none"))
    cosai = cosai_coverage()
    print(f"\n## CoSAI risk map coverage ({cosai_source().get('version', '')})\n")
    print("| CoSAI risk | title | threats of the taxonomy |\n| --- | --- | --- |")
    for r in cosai:
        print(f"| {r['id']} | {r['title']} | {', '.join(r['threats']) or '**none**'} |")
    unmapped = [r["id"] for r in cosai if not r["threats"]]
    print(f"\nCoSAI risks mapped: {len(cosai) - len(unmapped)}/{len(cosai)}")
    return 1 if gaps or unmapped else 0


if __name__ == "__main__":
    sys.exit(main())
