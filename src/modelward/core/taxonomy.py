"""The threat taxonomy: threats, their external ids, default risk and the mitigation catalogue.

The data lives in `taxonomy.toml` beside this module, the only place ATLAS / OWASP / NIST
ids are written. This module loads it and validates it once, so every other module can
trust that a threat id exists, that each external id has the shape its source uses, and
that every threat has at least one mitigation.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from modelward.core.errors import ConfigError

NIST_CSF_FUNCTIONS = ("govern", "identify", "protect", "detect", "respond", "recover")

# The shape of each source's ids; a reference that does not match is a typo, not a new id.
ID_PATTERNS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "atlas": re.compile(r"AML\.T\d{4}(\.\d{3})?"),
        "owasp_ml": re.compile(r"ML(0[1-9]|10)"),
        "owasp_llm": re.compile(r"LLM(0[1-9]|10)"),
    }
)
_THREAT_ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


@dataclass(frozen=True)
class ExternalRef:
    """One id in an external catalogue, with the name the catalogue gives it."""

    id: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name}


def ref_ids(refs: Iterable[ExternalRef]) -> tuple[str, ...]:
    """The bare ids of some references, in order."""
    return tuple(r.id for r in refs)


@dataclass(frozen=True)
class Source:
    """Where a catalogue of external ids comes from, and which version was checked when."""

    key: str
    title: str
    url: str
    version: str
    checked: str  # ISO date the ids were last checked against the source


@dataclass(frozen=True)
class Threat:
    id: str
    name: str
    description: str
    atlas: tuple[ExternalRef, ...]
    owasp_ml: tuple[ExternalRef, ...]
    owasp_llm: tuple[ExternalRef, ...]
    nist_csf: tuple[str, ...]
    likelihood: int
    likelihood_reason: str
    impact: int
    impact_reason: str

    @property
    def atlas_ids(self) -> tuple[str, ...]:
        return ref_ids(self.atlas)

    @property
    def owasp_ml_ids(self) -> tuple[str, ...]:
        return ref_ids(self.owasp_ml)

    @property
    def owasp_llm_ids(self) -> tuple[str, ...]:
        return ref_ids(self.owasp_llm)

    @property
    def default_risk(self) -> int:
        """Likelihood x impact before any measurement (1..25)."""
        return self.likelihood * self.impact

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "atlas": [r.to_dict() for r in self.atlas],
            "owasp_ml": [r.to_dict() for r in self.owasp_ml],
            "owasp_llm": [r.to_dict() for r in self.owasp_llm],
            "nist_csf": list(self.nist_csf),
            "likelihood": self.likelihood,
            "likelihood_reason": self.likelihood_reason,
            "impact": self.impact,
            "impact_reason": self.impact_reason,
            "default_risk": self.default_risk,
        }


@dataclass(frozen=True)
class MitigationInfo:
    id: str
    title: str
    description: str
    threats: tuple[str, ...]
    command: str  # the modelward command that applies it; "" means guidance only

    @property
    def how(self) -> str:
        return self.command or "guidance only"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "threats": list(self.threats),
            "command": self.command,
            "how": self.how,
        }


@dataclass(frozen=True)
class Taxonomy:
    version: str
    sources: Mapping[str, Source]
    threats: Mapping[str, Threat]
    mitigations: Mapping[str, MitigationInfo]

    @property
    def threat_ids(self) -> frozenset[str]:
        return frozenset(self.threats)

    def threat(self, threat_id: str) -> Threat:
        try:
            return self.threats[threat_id]
        except KeyError:
            raise ConfigError(
                f"unknown threat {threat_id!r}; known: {', '.join(sorted(self.threats))}"
            ) from None

    def mitigations_for(self, threat_id: str) -> tuple[MitigationInfo, ...]:
        return tuple(m for m in self.mitigations.values() if threat_id in m.threats)


# ---------------------------------------------------------------- parsing helpers


def _text(raw: Mapping[str, Any], key: str, where: str, *, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise ConfigError(f"taxonomy: {where}.{key} must be a non-empty string, got {value!r}")
    return value.strip()


def _strings(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"taxonomy: {where}.{key} must be a list of strings, got {value!r}")
    return tuple(value)


def _refs(raw: Mapping[str, Any], key: str, where: str) -> tuple[ExternalRef, ...]:
    value = raw.get(key, [])
    field = f"{where}.{key}"
    if not isinstance(value, list):
        raise ConfigError(f"taxonomy: {field} must be a list of {{id, name}} tables, got {value!r}")
    pattern = ID_PATTERNS[key]
    refs: list[ExternalRef] = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"id", "name"}:
            raise ConfigError(f"taxonomy: {field}: each entry must be {{id = ..., name = ...}}, got {item!r}")
        ref_id, name = item["id"], item["name"]
        if not isinstance(ref_id, str) or not pattern.fullmatch(ref_id):
            raise ConfigError(f"taxonomy: {field}: id {ref_id!r} does not match {pattern.pattern}")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"taxonomy: {field}: {ref_id} needs a non-empty name")
        if any(r.id == ref_id for r in refs):
            raise ConfigError(f"taxonomy: {field}: {ref_id} appears twice")
        refs.append(ExternalRef(ref_id, name.strip()))
    return tuple(refs)


def _score(raw: Mapping[str, Any], key: str, where: str) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ConfigError(f"taxonomy: {where}.{key} must be an integer 1..5, got {value!r}")
    return value


def _tables(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"taxonomy: [[{key}]] must be an array of tables")
    return value


def _parse_sources(data: Mapping[str, Any]) -> dict[str, Source]:
    raw_sources = data.get("sources", {})
    if not isinstance(raw_sources, dict):
        raise ConfigError("taxonomy: [sources] must be a table of tables")
    sources: dict[str, Source] = {}
    for key, raw in raw_sources.items():
        where = f"sources.{key}"
        if not isinstance(raw, dict):
            raise ConfigError(f"taxonomy: {where} must be a table with title, url, version, checked")
        sources[key] = Source(
            key=key,
            title=_text(raw, "title", where),
            url=_text(raw, "url", where),
            version=_text(raw, "version", where),
            checked=_text(raw, "checked", where),
        )
    return sources


def _parse_threat(raw: Mapping[str, Any], index: int) -> Threat:
    tid = _text(raw, "id", f"threat[{index}]")
    if not _THREAT_ID.fullmatch(tid):
        raise ConfigError(f"taxonomy: threat[{index}].id {tid!r} must be lower-case words joined by '-'")
    where = f"threat {tid}"
    nist = _strings(raw, "nist_csf", where)
    bad = [n for n in nist if n not in NIST_CSF_FUNCTIONS]
    if bad:
        raise ConfigError(
            f"taxonomy: {where}.nist_csf: unknown NIST CSF function(s) {bad}; "
            f"expected {', '.join(NIST_CSF_FUNCTIONS)}"
        )
    return Threat(
        id=tid,
        name=_text(raw, "name", where),
        description=_text(raw, "description", where),
        atlas=_refs(raw, "atlas", where),
        owasp_ml=_refs(raw, "owasp_ml", where),
        owasp_llm=_refs(raw, "owasp_llm", where),
        nist_csf=nist,
        likelihood=_score(raw, "likelihood", where),
        likelihood_reason=_text(raw, "likelihood_reason", where),
        impact=_score(raw, "impact", where),
        impact_reason=_text(raw, "impact_reason", where),
    )


def _parse_mitigation(raw: Mapping[str, Any], index: int, threats: Mapping[str, Threat]) -> MitigationInfo:
    mid = _text(raw, "id", f"mitigation[{index}]")
    where = f"mitigation {mid}"
    covered = _strings(raw, "threats", where)
    if not covered:
        raise ConfigError(f"taxonomy: {where}.threats must name at least one threat")
    unknown = [t for t in covered if t not in threats]
    if unknown:
        raise ConfigError(
            f"taxonomy: {where}.threats names unknown threat(s) {unknown}; "
            f"known: {', '.join(sorted(threats))}"
        )
    return MitigationInfo(
        id=mid,
        title=_text(raw, "title", where),
        description=_text(raw, "description", where),
        threats=covered,
        command=_text(raw, "command", where, default=""),
    )


def parse_taxonomy(text: str) -> Taxonomy:
    """Parse and validate the taxonomy TOML text; any problem is a ConfigError naming the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"taxonomy: not valid TOML: {exc}") from None
    threats: dict[str, Threat] = {}
    for i, raw in enumerate(_tables(data, "threat")):
        threat = _parse_threat(raw, i)
        if threat.id in threats:
            raise ConfigError(f"taxonomy: threat id {threat.id} appears twice")
        threats[threat.id] = threat
    if not threats:
        raise ConfigError("taxonomy: no [[threat]] defined")
    mitigations: dict[str, MitigationInfo] = {}
    for i, raw in enumerate(_tables(data, "mitigation")):
        mitigation = _parse_mitigation(raw, i, threats)
        if mitigation.id in mitigations:
            raise ConfigError(f"taxonomy: mitigation id {mitigation.id} appears twice")
        mitigations[mitigation.id] = mitigation
    uncovered = sorted(t for t in threats if not any(t in m.threats for m in mitigations.values()))
    if uncovered:
        raise ConfigError(f"taxonomy: threat(s) {uncovered} have no mitigation; add one to a [[mitigation]]")
    return Taxonomy(
        version=str(data.get("version", "")),
        sources=MappingProxyType(_parse_sources(data)),
        threats=MappingProxyType(threats),
        mitigations=MappingProxyType(mitigations),
    )


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with modelward."""
    text = resources.files("modelward.core").joinpath("taxonomy.toml").read_text("utf-8")
    return parse_taxonomy(text)
