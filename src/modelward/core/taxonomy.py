"""The threat taxonomy: threats, their external ids, default risk and the mitigation catalogue.

The data lives in `taxonomy.toml` beside this module, the only place ATLAS / OWASP / NIST
ids are written. This module loads and validates it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from modelward.core.errors import ConfigError

NIST_CSF_FUNCTIONS = ("govern", "identify", "protect", "detect", "respond", "recover")


@dataclass(frozen=True)
class Threat:
    id: str
    name: str
    description: str
    atlas: tuple[str, ...]
    owasp_ml: tuple[str, ...]
    owasp_llm: tuple[str, ...]
    nist_csf: tuple[str, ...]
    likelihood: int
    likelihood_reason: str
    impact: int
    impact_reason: str


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


@dataclass(frozen=True)
class Taxonomy:
    version: str
    sources: dict[str, str]
    threats: dict[str, Threat]
    mitigations: dict[str, MitigationInfo]

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


def _tuple(raw: dict[str, object], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"taxonomy: field {key!r} must be a list of strings, got {value!r}")
    return tuple(value)


def _score(raw: dict[str, object], key: str, where: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or not 1 <= value <= 5:
        raise ConfigError(f"taxonomy: {where}.{key} must be an integer 1..5, got {value!r}")
    return value


def parse_taxonomy(text: str) -> Taxonomy:
    """Parse and validate the taxonomy TOML text."""
    data = tomllib.loads(text)
    threats: dict[str, Threat] = {}
    for raw in data.get("threat", []):
        tid = raw["id"]
        nist = _tuple(raw, "nist_csf")
        bad = [n for n in nist if n not in NIST_CSF_FUNCTIONS]
        if bad:
            raise ConfigError(f"taxonomy: threat {tid}: unknown NIST CSF function(s) {bad}")
        threats[tid] = Threat(
            id=tid,
            name=raw["name"],
            description=raw["description"].strip(),
            atlas=_tuple(raw, "atlas"),
            owasp_ml=_tuple(raw, "owasp_ml"),
            owasp_llm=_tuple(raw, "owasp_llm"),
            nist_csf=nist,
            likelihood=_score(raw, "likelihood", tid),
            likelihood_reason=raw["likelihood_reason"].strip(),
            impact=_score(raw, "impact", tid),
            impact_reason=raw["impact_reason"].strip(),
        )
    mitigations: dict[str, MitigationInfo] = {}
    for raw in data.get("mitigation", []):
        mid = raw["id"]
        covered = _tuple(raw, "threats")
        unknown = [t for t in covered if t not in threats]
        if unknown:
            raise ConfigError(f"taxonomy: mitigation {mid} names unknown threat(s) {unknown}")
        if mid in mitigations:
            raise ConfigError(f"taxonomy: mitigation id {mid} appears twice")
        mitigations[mid] = MitigationInfo(
            id=mid,
            title=raw["title"],
            description=raw["description"].strip(),
            threats=covered,
            command=raw.get("command", ""),
        )
    return Taxonomy(
        version=str(data.get("version", "")),
        sources=dict(data.get("sources", {})),
        threats=threats,
        mitigations=mitigations,
    )


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with modelward."""
    text = resources.files("modelward.core").joinpath("taxonomy.toml").read_text("utf-8")
    return parse_taxonomy(text)
