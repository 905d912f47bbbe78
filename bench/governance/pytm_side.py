"""OWASP pytm on the reference systems: each system YAML translated into pytm elements with the attributes pytm
has for what the YAML says, then pytm's own rule library (threatlib/threats.json) resolved. Runs in its own
virtualenv (bench/.venv-pytm: pip install pytm==1.4.0 pyyaml); prints JSON on stdout:
{system: {"findings": [[component, SID, pytm element class], ...], "count": N, "rules": R}}.

Translation: datasets, vector stores and registries -> Datastore; training jobs, monitors, agent tools and
non-LLM models -> Process; inference APIs -> Server; LLM applications and LLM models -> LLM; externals ->
ExternalEntity; flows (and `serves` links) -> Dataflow; boundaries -> Boundary. A finding on a dataflow is
credited to both of its ends.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from pytm import LLM, TM, Boundary, Data, Dataflow, Datastore, ExternalEntity, Process, Server

OUTSIDE = {"vendor", "partners", "public", "scraped", "user-generated"}


def _controls(element, comp: dict) -> None:
    c = element.controls
    auth = comp.get("auth", "none")
    if auth != "none":
        c.authenticatesSource = c.hasAccessControl = c.authorizesSource = True
    if comp.get("rate_limit"):
        c.handlesResourceConsumption = True
    if comp.get("signing") or comp.get("signed"):
        c.providesIntegrity = c.usesCodeSigning = True


def _element(comp: dict, system: dict, by_id: dict, tools: list[dict], stores: list[dict]):
    kind, name = comp["type"], comp["id"]
    if kind in ("dataset", "vector-store", "registry"):
        e = Datastore(name, isSQL=False, storesPII=bool(comp.get("personal_data")),
                      storesSensitiveData=comp.get("sensitivity") in ("confidential", "restricted"),
                      isShared=comp.get("source") in OUTSIDE or comp.get("access") in ("partners", "public"),
                      hasWriteAccess=True)
    elif kind == "llm-app" or (kind == "model" and comp.get("kind") == "llm"):
        models = [by_id[m] for m in comp.get("serves", ())]
        e = LLM(name, isThirdParty=any(m.get("origin") in ("vendor", "public-hub") for m in models)
                or comp.get("origin") in ("vendor", "public-hub"),
                processesPersonalData=any(s.get("personal_data") for s in stores),
                processesUntrustedInput=comp.get("exposure", "internal") in ("partners", "public"),
                hasRAG=bool(stores), hasAgentCapabilities=bool(tools),
                hasAccessToSensitiveSystems=any(t.get("permissions") in ("write", "execute", "payment")
                                                for t in tools),
                executesCode="shell" in comp.get("output_sinks", ()) or any(t.get("permissions") == "execute"
                                                                             for t in tools),
                hasSystemPrompt=kind == "llm-app", hasContentFiltering=False, hasFineTuning=False)
    elif kind == "inference-api":
        e = Server(name)
    elif kind == "external":
        e = ExternalEntity(name, hasPhysicalAccess=comp.get("actor") == "device-owner")
    else:
        e = Process(name)
    _controls(e, comp)
    return e


def run_system(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    TM.reset()
    tm = TM(doc["system"]["name"], description=doc["system"].get("description", doc["system"]["name"]))
    comps = doc["components"]
    by_id = {c["id"]: c for c in comps}
    links = [(f["from"], f["to"], f) for f in doc.get("flows", [])]
    links += [(m, c["id"], {}) for c in comps for m in c.get("serves", ())]
    neighbours = {c["id"]: {b for a, b, _ in links if a == c["id"]} | {a for a, b, _ in links if b == c["id"]}
                  for c in comps}
    elements = {}
    for c in comps:
        near = [by_id[n] for n in neighbours[c["id"]]]
        elements[c["id"]] = _element(c, doc["system"], by_id, [n for n in near if n["type"] == "agent-tool"],
                                     [n for n in near if n["type"] == "vector-store"])
    for b in doc.get("boundaries", []):
        boundary = Boundary(b.get("name", b["id"]))
        for member in b.get("components", []):
            elements[member].inBoundary = boundary
    flows = {}
    for n, (a, b, f) in enumerate(links):
        flow = Dataflow(elements[a], elements[b], f"{a}->{b}#{n}")
        flow.controls.isEncrypted = bool(f.get("encrypted"))
        flow.controls.authenticatesSource = bool(f.get("authenticated"))
        flow.data = [Data(f.get("data", "data"), isPII=bool(f.get("personal_data")), isStored=True)]
        flows[flow.name] = (a, b)
    tm.check()
    tm.resolve()
    findings = []
    for finding in tm.findings:
        target = finding.target
        sid = finding.threat_id if hasattr(finding, "threat_id") else finding.id
        kind = type(finding.element).__name__ if hasattr(finding, "element") else ""
        for comp in flows.get(target, (target,)):
            findings.append([comp, sid, kind])
    return {"findings": findings, "count": len(tm.findings), "rules": len(TM._threats)}


def main(paths: list[str]) -> None:
    out = {Path(p).stem: run_system(Path(p)) for p in sorted(paths)}
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
