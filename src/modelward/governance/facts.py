"""Derived facts: what the rules reason about, worked out from the components and the flows between them.

A threat depends less on what a component *is* than on who can reach it: who can query a model (the
widest exposure of any API or app serving it, and anyone holding a device it runs on), who holds its
weights (a device, a browser, a public hub, a registry's readers), and who writes the data it learns from
(every dataset, vector store and federated participant upstream of it, through training jobs). These are
computed once per component, as plain values the rule conditions compare.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from modelward.governance.system import Component, System

# Who: the ordered audience levels (the more, the wider).
WHO = ("none", "internal", "partners", "public")
OUTPUT_RICHNESS = ("none", "label", "top-k", "embedding", "text", "scores", "probabilities")
PERMISSION = ("none", "read", "write", "execute", "payment")
SENSITIVITY = ("public", "internal", "confidential", "restricted")
# Fact name -> its ordered levels, for `at_least` / `at_most` conditions.
ORDERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "queried_by": WHO, "inputs_from": WHO, "weights_held_by": WHO, "data_writers": WHO, "exposure": WHO,
    "outputs": OUTPUT_RICHNESS, "tool_permissions": PERMISSION, "sensitivity": SENSITIVITY,
    "retrieval_writers": WHO, "registry_access": WHO, "writers": WHO,
})

PEOPLE_DOMAINS = frozenset({"credit", "fraud", "insurance", "medical", "biometric", "hr", "education",
                            "law-enforcement"})
ADVERSARIAL_DOMAINS = frozenset({"fraud", "security", "content-moderation", "biometric"})
SAFETY_DOMAINS = frozenset({"medical", "autonomous", "critical-infrastructure", "biometric", "law-enforcement"})
UNSAFE_FORMATS = frozenset({"pickle", "joblib", "torch", "keras", "tensorflow", "other"})
_SOURCE_WRITER = {"internal": "internal", "vendor": "partners", "partners": "partners", "public": "public",
                  "scraped": "public", "user-generated": "public"}
_LABELLER_WRITER = {"none": "none", "internal": "internal", "automatic": "internal", "vendor": "partners",
                    "crowd": "public", "users": "public"}
_DEPLOYMENT_HOLDER = {"server": "internal", "batch": "internal", "on-device": "public", "browser": "public",
                      "public-hub": "public"}


def widest(levels: Iterable[str], order: tuple[str, ...] = WHO) -> str:
    """The widest level among `levels` ("none" when there is none)."""
    return max(levels, key=order.index, default=order[0])


class Graph:
    """Adjacency over the system's flows and `serves` links (an API serving a model reads from it)."""

    def __init__(self, system: System) -> None:
        self.system = system
        self.out: dict[str, set[str]] = {c.id: set() for c in system.components}
        self.inc: dict[str, set[str]] = {c.id: set() for c in system.components}
        for f in system.flows:
            self._link(f.source, f.target)
        for c in system.components:
            for model in c.get("serves", ()):
                self._link(model, c.id)

    def _link(self, a: str, b: str) -> None:
        self.out[a].add(b)
        self.inc[b].add(a)

    def neighbours(self, cid: str) -> set[str]:
        return self.out[cid] | self.inc[cid]

    def upstream(self, cid: str, through: frozenset[str]) -> set[str]:
        """Components with a path into `cid` whose intermediate steps are of the types in `through`."""
        seen: set[str] = set()
        stack = [cid]
        while stack:
            node = stack.pop()
            for prev in self.inc[node]:
                if prev in seen:
                    continue
                seen.add(prev)
                if self.system.component(prev).type in through:
                    stack.append(prev)
        return seen

    def comp(self, cid: str) -> Component:
        return self.system.component(cid)


def _api_exposure(api: Component) -> str:
    return str(api.get("exposure", "internal"))


def _serving(graph: Graph, model: Component) -> list[Component]:
    """The APIs and apps that query this model (they serve it, or a flow links them)."""
    return [graph.comp(n) for n in graph.neighbours(model.id)
            if graph.comp(n).type in ("inference-api", "llm-app")]


def _models_behind(graph: Graph, comp: Component) -> list[Component]:
    return [graph.comp(n) for n in graph.neighbours(comp.id) if graph.comp(n).type == "model"]


def _training_sources(graph: Graph, model: Component) -> list[Component]:
    """Datasets, vector stores, training jobs and base models that feed this model (through training jobs)."""
    ups = graph.upstream(model.id, frozenset({"training", "dataset", "registry"}))
    return [graph.comp(u) for u in ups if graph.comp(u).type in ("dataset", "training", "model")]


def _writers(comp: Component) -> str:
    if comp.type == "dataset":
        return widest([_SOURCE_WRITER[comp.get("source", "internal")],
                       _LABELLER_WRITER[comp.get("labelled_by", "none")]])
    if comp.type == "vector-store":
        return _SOURCE_WRITER[comp.get("source", "internal")]
    if comp.type == "training" and comp.get("federated"):
        return str(comp.get("participants", "partners"))
    return "internal"


def _rate_limited(comp: Component) -> bool:
    return bool(comp.get("rate_limit")) or "query-limits" in comp.controls


def model_facts(system: System, graph: Graph, model: Component) -> dict[str, Any]:
    serving = _serving(graph, model)
    deployment = model.get("deployment", "server")
    queried = [_api_exposure(a) for a in serving]
    if deployment in ("on-device", "browser"):
        queried.append("public")
    inputs = [str(a.get("inputs_from", _api_exposure(a))) for a in serving]
    if system.domain in ADVERSARIAL_DOMAINS and model.get("kind") not in ("llm", "generator"):
        inputs.append("public")  # fraudsters, malware authors, spammers write the inputs whoever calls the API
    if deployment in ("on-device", "browser"):
        inputs.append("public")
    registries = [graph.comp(n) for n in graph.neighbours(model.id) if graph.comp(n).type == "registry"]
    holders = [_DEPLOYMENT_HOLDER[deployment]] + [str(r.get("access", "internal")) for r in registries]
    sources = _training_sources(graph, model)
    datasets = [s for s in sources if s.type == "dataset"]
    external_apis = [a for a in serving if _api_exposure(a) in ("partners", "public")]
    origin = model.get("origin", "in-house")
    base_models = {t.get("base_model", "none") for t in sources if t.type == "training"}
    third_party = origin in ("vendor", "public-hub") or bool(base_models & {"vendor", "public-hub"}) or any(
        s.type == "model" and s.get("origin", "in-house") != "in-house" for s in sources)
    return {
        "queried_by": widest(queried),
        "inputs_from": widest(inputs),
        "query_auth_missing": any(a.get("auth", "none") == "none" for a in external_apis),
        "outputs": widest([str(a.get("outputs", "text" if a.type == "llm-app" else "probabilities"))
                           for a in serving if _api_exposure(a) != "none"] or ["none"], OUTPUT_RICHNESS),
        "external_rate_limited": bool(external_apis) and all(_rate_limited(a) for a in external_apis),
        "weights_held_by": widest(holders),
        "deployment": deployment,
        "proprietary": bool(model.get("proprietary", deployment != "public-hub")),
        "released_publicly": deployment == "public-hub",
        "data_writers": widest([_writers(s) for s in sources]),
        "federated": any(s.type == "training" and s.get("federated") for s in sources),
        "retrained": any(s.type == "training" and s.get("schedule", "once") != "once" for s in sources),
        "trains_on_personal_data": any(d.get("personal_data") for d in datasets),
        "trains_on_special_category": any(d.get("special_category") for d in datasets),
        "training_sensitivity": widest([d.get("sensitivity", "internal") for d in datasets] or ["public"],
                                       SENSITIVITY),
        "has_training_data": bool(datasets),
        "in_production": bool(serving) or deployment in ("on-device", "browser", "batch"),
        "third_party": third_party,
        "unsafe_format": model.get("format", "other") in UNSAFE_FORMATS,
        "signed": bool(model.get("signed")) or "model-signing" in model.controls or any(
            r.get("signing") for r in registries),
        "kind": model.get("kind", "classifier"),
        "origin": origin,
        "format": model.get("format", "other"),
        "is_llm": model.get("kind") in ("llm", "generator"),
        "monitored": any(model.id in m.get("watches", ()) for m in system.by_type("monitor")),
    }


def app_facts(system: System, graph: Graph, app: Component) -> dict[str, Any]:
    tools = [graph.comp(n) for n in graph.neighbours(app.id) if graph.comp(n).type == "agent-tool"]
    stores = [graph.comp(n) for n in graph.inc[app.id] | graph.out[app.id] if graph.comp(n).type == "vector-store"]
    models = _models_behind(graph, app)
    trains_personal = any(model_facts(system, graph, m)["trains_on_personal_data"] for m in models)
    return {
        "exposure": _api_exposure(app),
        "query_auth_missing": app.get("auth", "none") == "none" and _api_exposure(app) in ("partners", "public"),
        "has_tools": bool(tools),
        "tool_permissions": widest([t.get("permissions", "read") for t in tools] or ["none"], PERMISSION),
        "tools_without_approval": any(t.get("approval", "none") == "none" and
                                      t.get("permissions", "read") != "read" for t in tools),
        "retrieval": bool(stores),
        "retrieval_writers": widest([_writers(s) for s in stores]),
        "retrieval_personal": any(s.get("personal_data") or s.get("sensitivity") in ("confidential", "restricted")
                                  for s in stores),
        "output_sinks": tuple(app.get("output_sinks", ("user",))),
        "interpreting_sinks": bool(set(app.get("output_sinks", ())) & {"browser", "shell", "sql", "email", "api",
                                                                          "file"}),
        "system_prompt_secrets": bool(app.get("system_prompt_secrets")),
        "rate_limited": _rate_limited(app),
        "trains_on_personal_data": trains_personal,
    }


def component_facts(system: System, graph: Graph, comp: Component) -> dict[str, Any]:
    """Every fact about one component: its own fields, the system's, and the derived ones."""
    facts: dict[str, Any] = dict(comp.attrs)
    facts.update(type=comp.type, domain=system.domain, controls=comp.controls,
                 decides_about_people=(system.decisions_about_people if system.decisions_about_people is not None
                                       else system.domain in PEOPLE_DOMAINS),
                 safety_domain=system.domain in SAFETY_DOMAINS,
                 eu_high_risk=system.eu_ai_act == "high-risk")
    if comp.type == "model":
        facts.update(model_facts(system, graph, comp))
    elif comp.type == "llm-app":
        facts.update(app_facts(system, graph, comp))
    elif comp.type in ("dataset", "vector-store"):
        consumers = [graph.comp(n) for n in graph.out[comp.id]]
        facts.update(writers=_writers(comp), personal_data=bool(comp.get("personal_data")),
                     sensitivity=comp.get("sensitivity", "internal"),
                     feeds_training=any(c.type == "training" for c in consumers))
    elif comp.type == "training":
        facts.update(writers=_writers(comp), base_model=comp.get("base_model", "none"))
    elif comp.type == "inference-api":
        models = _models_behind(graph, comp)
        facts.update(exposure=_api_exposure(comp), automated_decisions=bool(comp.get("automated_decisions")),
                     crosses_boundary=_crosses_boundary(system, graph, comp),
                     models_in_production=bool(models))
    elif comp.type == "registry":
        facts.update(registry_access=comp.get("access", "internal"))
    elif comp.type == "dependency":
        # Undeclared means the common case, and the riskier one: a public registry, versions not locked.
        facts.update(kind=comp.get("kind", "package"), source=comp.get("source", "public-registry"),
                     pinned=bool(comp.get("pinned", False)),
                     hardware=comp.get("kind") in ("accelerator", "firmware"))
    return facts


def _crosses_boundary(system: System, graph: Graph, comp: Component) -> bool:
    """Some output of `comp` leaves its trust boundary over a flow not both encrypted and authenticated."""
    home = system.boundary_of(comp.id)
    for f in system.flows:
        if f.source == comp.id:
            there = system.boundary_of(f.target)
            if (there is not home) and not (f.encrypted and f.authenticated):
                return True
    return False


def all_facts(system: System) -> dict[str, dict[str, Any]]:
    graph = Graph(system)
    return {c.id: component_facts(system, graph, c) for c in system.components}
