"""Threat-model accuracy on ten reference systems, against hand labels written before the rules were run on
them, with baselines and OWASP pytm side by side in one run:

- modelward's rules (`rules.toml`): precision and recall of (component, threat) pairs and of (system, threat)
  pairs; on the true positives, how often the residual risk level equals the label's, beside always answering
  "medium";
- "element type only": every threat a rule can give an element of that type, conditions ignored;
- the issue's crude rule, per system: every non-LLM threat everywhere, LLM threats where there is an LLM app;
- pytm 1.4.0 (bench/.venv-pytm) on the same systems (`pytm_side.py`), its findings mapped to the taxonomy by
  PYTM_TO_THREAT (generously: a finding counts when its SID names the threat's kind of attack at all, e.g.
  "Shared Data Manipulation" as poisoning), and again keeping only its AI rules (LLM01-LLM09).

    python3 -m venv bench/.venv-pytm && bench/.venv-pytm/bin/pip install pytm==1.4.0 pyyaml
    .venv/bin/python bench/governance/threat_model.py            # --json results.json  --show-misses
    .venv/bin/python bench/governance/threat_model.py --set heldout  # the four held-out systems

`--set` names a directory under bench/governance holding `systems/` and `labels/` (default: the ten systems).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from modelward.core.taxonomy import load_taxonomy
from modelward.governance import load_system, threat_model
from modelward.governance.rules import load_rules

HERE = Path(__file__).resolve().parent
PYTM = HERE.parents[0] / ".venv-pytm" / "bin" / "python"
TODAY = date(2026, 12, 1)  # acceptances and expiries are judged on a fixed day
ML_THREATS = ("data-poisoning", "evasion", "model-inversion", "membership-inference", "model-stealing",
              "supply-chain")
# pytm SIDs whose attack is one of the taxonomy's threats (pytm 1.4.0 threatlib/threats.json).
PYTM_TO_THREAT = {
    "LLM01": "llm-prompt-injection", "LLM02": "llm-prompt-injection", "LLM07": "llm-prompt-injection",
    "LLM03": "data-leakage", "LLM08": "data-leakage", "LLM04": "data-poisoning",
    "LLM05": "llm-excessive-agency", "LLM06": "llm-output-handling", "LLM09": "supply-chain",
    "AC02": "data-poisoning",          # Shared Data Manipulation (a shared datastore written by others)
    "DS06": "data-leakage", "DR01": "data-leakage",  # Data Leak, Unprotected Sensitive Data
    "AC01": "insider-threat",          # Privilege Abuse
    "AC06": "supply-chain",            # Using Malicious Files
    "HA02": "model-stealing", "HA04": "model-stealing",  # (White Box) Reverse Engineering
    "INP38": "llm-output-handling", "INP39": "llm-output-handling", "INP40": "llm-output-handling",
}
PYTM_LLM_ONLY = {"INP38", "INP39", "INP40"}  # XSS counts as output handling only on an LLM app
PYTM_CONSUMPTION = {"DO01", "DO02"}  # Flooding / Excessive Allocation: unbounded consumption on an LLM app


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def score(found: set[tuple[str, str]], expected: set[tuple[str, str]]) -> Scores:
    return Scores(len(found & expected), len(found - expected), len(expected - found))


def labels(root: Path, name: str) -> dict[tuple[str, str], str]:
    doc = yaml.safe_load((root / "labels" / f"{name}.yaml").read_text(encoding="utf-8"))
    return {(e["component"], e["threat"]): e["risk"] for e in doc["expected"]}


def rule_threats(path: Path) -> dict[tuple[str, str], str]:
    model = threat_model(load_system(path), load_rules(()), TODAY)
    return {t.key: t.residual_level for t in model.threats if t.status != "not-applicable"}


def element_type_baseline(path: Path) -> set[tuple[str, str]]:
    """Every threat some rule gives an element of this type, whatever its attributes."""
    by_type: dict[str, set[str]] = {}
    for rule in load_rules(()):
        for element in rule.elements:
            by_type.setdefault(element, set()).add(rule.threat)
    system = load_system(path)
    return {(c.id, threat) for c in system.components for threat in by_type.get(c.type, ())}


def crude_system_baseline(path: Path) -> set[str]:
    system = load_system(path)
    threats = load_taxonomy().threats
    has_llm = bool(system.by_type("llm-app"))
    return {t for t in threats if not t.startswith("llm-") or has_llm}


def run_pytm(paths: list[Path]) -> dict[str, Any] | None:
    if not PYTM.exists():
        return None
    out = subprocess.run([str(PYTM), str(HERE / "pytm_side.py"), *map(str, paths)], capture_output=True, text=True,
                         check=True, cwd="/")
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def pytm_threats(findings: list[list[str]], path: Path, strict: bool = False) -> set[tuple[str, str]]:
    """pytm's findings as (component, threat); `strict` keeps only its AI rules (SIDs LLM01-LLM09)."""
    system = load_system(path)
    apps = {c.id for c in system.by_type("llm-app")}
    found = set()
    for comp, sid, _ in findings:
        if strict and not sid.startswith("LLM"):
            continue
        if sid in PYTM_CONSUMPTION and comp in apps:
            found.add((comp, "llm-unbounded-consumption"))
        elif sid in PYTM_TO_THREAT and (sid not in PYTM_LLM_ONLY or comp in apps):
            found.add((comp, PYTM_TO_THREAT[sid]))
    return found


def _row(name: str, s: Scores) -> str:
    return f"| {name} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.2f} | {s.recall:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="Also write every figure and miss as JSON.")
    parser.add_argument("--show-misses", action="store_true", help="List false positives and negatives.")
    parser.add_argument("--set", default=".", help="Directory under bench/governance with systems/ and labels/.")
    args = parser.parse_args()
    root = (HERE / args.set).resolve()
    paths = sorted((root / "systems").glob("*.yaml"))
    pytm = run_pytm(paths)
    totals: dict[str, Scores] = {}
    systems: dict[str, Scores] = {}
    agree: Counter[str] = Counter()
    misses: dict[str, Any] = {}
    per_system = []
    for path in paths:
        name = path.stem
        expected = labels(root, name)
        found = rule_threats(path)
        keys = set(expected)
        runs = {"modelward rules": set(found), "element type only": element_type_baseline(path)}
        if pytm is not None:
            runs["pytm 1.4.0"] = pytm_threats(pytm[name]["findings"], path)
            runs["pytm 1.4.0, its AI rules only"] = pytm_threats(pytm[name]["findings"], path, strict=True)
        for run, pairs in runs.items():
            totals[run] = totals.get(run, Scores(0, 0, 0)) + score(pairs, keys)
            ml = {k for k in keys if k[1] in ML_THREATS}
            totals[f"{run} (ML threats)"] = totals.get(f"{run} (ML threats)", Scores(0, 0, 0)) + score(
                {p for p in pairs if p[1] in ML_THREATS}, ml)
            sys_found, sys_expected = {t for _, t in pairs}, {t for _, t in keys}
            systems[run] = systems.get(run, Scores(0, 0, 0)) + score(
                {(name, t) for t in sys_found}, {(name, t) for t in sys_expected})
        crude = {(name, t) for t in crude_system_baseline(path)}
        systems["crude: non-LLM everywhere, LLM where an LLM app is"] = systems.get(
            "crude: non-LLM everywhere, LLM where an LLM app is", Scores(0, 0, 0)) + score(
            crude, {(name, t) for _, t in keys})
        for k in keys & set(found):
            agree["rules"] += found[k] == expected[k]
            agree["medium"] += expected[k] == "medium"
            agree["n"] += 1
        s = score(set(found), keys)
        per_system.append((name, s, pytm[name]["count"] if pytm else None))
        misses[name] = {"false_positives": sorted(f"{c}/{t} ({found[(c, t)]})" for c, t in set(found) - keys),
                        "false_negatives": sorted(f"{c}/{t} ({expected[(c, t)]})" for c, t in keys - set(found)),
                        "level_differs": sorted(f"{c}/{t}: rules {found[(c, t)]}, label {expected[(c, t)]}"
                                                for c, t in keys & set(found) if found[(c, t)] != expected[(c, t)])}
    print("## (component, threat) pairs against the hand labels\n")
    print("| generator | TP | FP | FN | precision | recall |\n| --- | --- | --- | --- | --- | --- |")
    for run, s in totals.items():
        print(_row(run, s))
    print("\n## (system, threat) pairs\n")
    print("| generator | TP | FP | FN | precision | recall |\n| --- | --- | --- | --- | --- | --- |")
    for run, s in systems.items():
        print(_row(run, s))
    n = agree["n"]
    print(f"\n## Risk level on the {n} true positives of the rules\n")
    print(f"- modelward residual level equals the label: {agree['rules']}/{n} = {agree['rules'] / n:.2f}")
    print(f"- always 'medium' equals the label: {agree['medium']}/{n} = {agree['medium'] / n:.2f}")
    print("\n## Per system (modelward rules)\n")
    print("| system | TP | FP | FN | precision | recall | pytm findings |\n| --- | --- | --- | --- | --- | --- | --- |")
    for name, s, count in per_system:
        print(f"{_row(name, s)} {count if count is not None else 'n/a'} |")
    if pytm is not None:
        first = next(iter(pytm.values()))
        print(f"\npytm: {sum(v['count'] for v in pytm.values())} findings on the {len(pytm)} systems from "
              f"{first['rules']} rules")
    else:
        print("\npytm: not run (create bench/.venv-pytm, see the docstring)")
    if args.show_misses:
        print("\n## Misses\n")
        for name, m in misses.items():
            for kind, items in m.items():
                if items:
                    print(f"- {name} {kind.replace('_', ' ')}: {', '.join(items)}")
    if args.json:
        args.json.write_text(json.dumps({"totals": {k: vars(v) for k, v in totals.items()},
                                         "systems": {k: vars(v) for k, v in systems.items()},
                                         "agreement": dict(agree), "misses": misses}, indent=1) + "\n")


if __name__ == "__main__":
    main()
