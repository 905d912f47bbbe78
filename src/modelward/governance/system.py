"""The system model: an ML system described as code, validated by the published JSON schema.

`load_system(path)` reads the YAML strictly (`yamlsafe`), validates it against `system.schema.json` (shipped
beside this module, the contract users write against) and then checks what a schema cannot say: ids are
unique, flows and boundaries name components that exist, a component sits in one boundary at most, threat
and control ids exist in the taxonomy, an accepted risk has a reason and an expiry. Every error names the
file, the field path (`components[2].exposure`) and what was expected.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from modelward.core.errors import ConfigError, require
from modelward.core.taxonomy import load_taxonomy
from modelward.governance.yamlsafe import load_yaml_file, load_yaml_text

STATUSES = ("open", "mitigated", "accepted", "not-applicable")


@dataclass(frozen=True)
class Component:
    id: str
    type: str
    name: str
    owner: str
    controls: tuple[str, ...]
    reports: tuple[str, ...]
    artifact: str | None
    attrs: Mapping[str, Any]  # the type-specific fields, as written

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)


@dataclass(frozen=True)
class Flow:
    source: str
    target: str
    data: str = ""
    personal_data: bool = False
    encrypted: bool | None = None
    authenticated: bool | None = None


@dataclass(frozen=True)
class Boundary:
    id: str
    name: str
    trust: str
    components: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """A person's decision on a threat: its status, why, until when, who owns it."""

    threat: str
    component: str  # a component id, or "*" for every component the threat is found on
    status: str
    reason: str = ""
    owner: str = ""
    expires: date | None = None
    controls: tuple[str, ...] = ()


@dataclass(frozen=True)
class System:
    name: str
    description: str
    owner: str
    domain: str
    decisions_about_people: bool | None
    jurisdictions: tuple[str, ...]
    eu_ai_act: str
    components: tuple[Component, ...]
    flows: tuple[Flow, ...]
    boundaries: tuple[Boundary, ...]
    decisions: tuple[Decision, ...]
    source: str = ""  # the file it was read from
    base_dir: Path = field(default_factory=Path)  # where relative report paths start

    def component(self, component_id: str) -> Component:
        return next(c for c in self.components if c.id == component_id)

    def by_type(self, *types: str) -> tuple[Component, ...]:
        return tuple(c for c in self.components if c.type in types)

    def boundary_of(self, component_id: str) -> Boundary | None:
        return next((b for b in self.boundaries if component_id in b.components), None)


@cache
def system_schema() -> dict[str, Any]:
    """The published JSON schema of system models (`modelward threat-model --schema` prints it)."""
    text = resources.files("modelward.governance").joinpath("system.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _path(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _allowed_keys(schema: Mapping[str, Any], instance: Any) -> list[str]:
    """The field names the schema allows where an unexpected one was found."""
    if "properties" in schema:
        return list(schema["properties"])
    return []


def _message(error: Any, instance: Any) -> str:
    """One jsonschema error as 'field: what was wrong; what was expected'."""
    where = _path(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = _allowed_keys(error.schema, error.instance)
        extra = sorted(set(error.instance) - set(allowed))
        hints = []
        for key in extra:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hints.append(f"{where}.{key}: unknown field" + (f"; did you mean {close[0]!r}?" if close else
                                                            f"; expected one of {', '.join(allowed)}"))
        return "; ".join(hints)
    if error.validator == "enum":
        close = difflib.get_close_matches(str(error.instance), [str(v) for v in error.validator_value], n=1)
        return (f"{where}: {error.instance!r} is not allowed; expected one of "
                f"{', '.join(map(str, error.validator_value))}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    if error.validator == "required":
        return f"{where}: {error.message.replace(' is a required property', '')} is required"
    if error.validator == "const" and error.absolute_path and list(error.absolute_path)[-1] == "version":
        return f"{where}: {error.instance!r}; this modelward reads system models of version {error.validator_value}"
    if error.validator == "pattern":
        return f"{where}: {error.instance!r} does not match {error.validator_value} (lower-case letters, digits, . _ -)"
    if error.validator == "format":
        return f"{where}: {error.instance!r} is not a valid {error.validator_value} (expected YYYY-MM-DD)"
    if error.validator == "type":
        return f"{where}: expected {error.validator_value}, got {type(error.instance).__name__} {error.instance!r}"
    return f"{where}: {error.message}"


def _deepest(error: Any) -> Any:
    """For if/then and oneOf branches, the error that names the field at fault."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def schema_errors(document: Any) -> list[str]:
    """Every place the document breaks the published schema, as one message each (empty when valid)."""
    jsonschema: Any = require("jsonschema", "governance", "Validating system models")
    validator = jsonschema.Draft202012Validator(system_schema(), format_checker=jsonschema.FormatChecker())
    messages = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        messages.append(_message(_deepest(error), document))
    return list(dict.fromkeys(messages))


def _semantic_errors(doc: Mapping[str, Any]) -> list[str]:
    taxonomy = load_taxonomy()
    errors: list[str] = []
    ids: dict[str, int] = {}
    for i, comp in enumerate(doc["components"]):
        if comp["id"] in ids:
            errors.append(f"components[{i}].id: {comp['id']!r} is already the id of components[{ids[comp['id']]}]")
        ids.setdefault(comp["id"], i)
        for control in comp.get("controls", []):
            if control not in taxonomy.mitigations:
                close = difflib.get_close_matches(control, list(taxonomy.mitigations), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else " (modelward threats show ID lists them)"
                errors.append(f"components[{i}].controls: unknown mitigation {control!r}{hint}")
        for key in ("serves", "watches", "used_by"):
            for ref in comp.get(key, []):
                if ref not in {c["id"] for c in doc["components"]}:
                    errors.append(f"components[{i}].{key}: no component {ref!r}")
    for i, flow in enumerate(doc.get("flows", [])):
        for end in ("from", "to"):
            if flow[end] not in ids:
                close = difflib.get_close_matches(flow[end], list(ids), n=1)
                errors.append(f"flows[{i}].{end}: no component {flow[end]!r}"
                              + (f"; did you mean {close[0]!r}?" if close else ""))
        if flow["from"] == flow["to"]:
            errors.append(f"flows[{i}]: a flow from {flow['from']!r} to itself")
    member_of: dict[str, str] = {}
    for i, boundary in enumerate(doc.get("boundaries", [])):
        for ref in boundary["components"]:
            if ref not in ids:
                errors.append(f"boundaries[{i}].components: no component {ref!r}")
            elif ref in member_of:
                errors.append(f"boundaries[{i}].components: {ref!r} is already inside boundary {member_of[ref]!r}; "
                              "a component sits in one boundary")
            else:
                member_of[ref] = boundary["id"]
    for i, dec in enumerate(doc.get("decisions", [])):
        where = f"decisions[{i}]"
        if dec["threat"] not in taxonomy.threats:
            close = difflib.get_close_matches(dec["threat"], list(taxonomy.threats), n=1)
            errors.append(f"{where}.threat: unknown threat {dec['threat']!r}"
                          + (f"; did you mean {close[0]!r}?" if close else "; modelward threats lists them"))
        comp = dec.get("component", "*")
        if comp != "*" and comp not in ids:
            errors.append(f"{where}.component: no component {comp!r}")
        if dec["status"] in ("accepted", "not-applicable") and not dec.get("reason", "").strip():
            errors.append(f"{where}.reason: a {dec['status']} threat needs a reason")
        if dec["status"] == "accepted" and not dec.get("expires"):
            errors.append(f"{where}.expires: an accepted risk needs an expiry date (YYYY-MM-DD) so it is reviewed")
        for control in dec.get("controls", []):
            if control not in taxonomy.mitigations:
                errors.append(f"{where}.controls: unknown mitigation {control!r}")
    return errors


def _component(raw: Mapping[str, Any]) -> Component:
    common = {"id", "type", "name", "owner", "description", "controls", "reports", "artifact"}
    return Component(
        id=raw["id"], type=raw["type"], name=raw.get("name", raw["id"]), owner=raw.get("owner", ""),
        controls=tuple(raw.get("controls", ())), reports=tuple(raw.get("reports", ())),
        artifact=raw.get("artifact"),
        attrs=MappingProxyType({k: v for k, v in raw.items() if k not in common}),
    )


def parse_system(document: Any, source: str = "<system>", base_dir: Path | None = None) -> System:
    """Validate a parsed document and build the System; ConfigError lists every problem found."""
    if not isinstance(document, dict):
        raise ConfigError(f"{source}: expected a mapping with version, system and components; "
                          f"got {type(document).__name__}")
    errors = schema_errors(document)
    if not errors:
        errors = _semantic_errors(document)
    if errors:
        shown = errors[:20]
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise ConfigError(f"{source}: not a valid system model:\n  " + "\n  ".join(shown) + more)
    sysd = document["system"]
    return System(
        name=sysd["name"], description=sysd.get("description", ""), owner=sysd.get("owner", ""),
        domain=sysd.get("domain", "general"), decisions_about_people=sysd.get("decisions_about_people"),
        jurisdictions=tuple(sysd.get("jurisdictions", ())), eu_ai_act=sysd.get("eu_ai_act", ""),
        components=tuple(_component(c) for c in document["components"]),
        flows=tuple(Flow(f["from"], f["to"], f.get("data", ""), bool(f.get("personal_data", False)),
                         f.get("encrypted"), f.get("authenticated")) for f in document.get("flows", ())),
        boundaries=tuple(Boundary(b["id"], b.get("name", b["id"]), b.get("trust", "internal"),
                                  tuple(b["components"])) for b in document.get("boundaries", ())),
        decisions=tuple(Decision(d["threat"], d.get("component", "*"), d["status"], d.get("reason", ""),
                                 d.get("owner", ""), date.fromisoformat(d["expires"]) if d.get("expires") else None,
                                 tuple(d.get("controls", ()))) for d in document.get("decisions", ())),
        source=source, base_dir=base_dir or Path("."),
    )


def load_system(path: str | Path) -> System:
    """Read, validate and build a system model from a YAML (or JSON) file."""
    path = Path(path)
    return parse_system(load_yaml_file(path), str(path), path.parent)


def system_from_text(text: str, source: str = "<system>", base_dir: Path | None = None) -> System:
    return parse_system(load_yaml_text(text, source), source, base_dir)
