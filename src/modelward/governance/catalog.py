"""The vendored catalogues beside the taxonomy: the CoSAI risk map, the EU AI Act crosswalk and the ATLAS
technique list the coverage table is measured against. Each file records its source, version, licence and
the date it was checked; loading checks every id against its own catalogue and every threat against the
taxonomy, so a typo fails here and not in a report.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from modelward.core.errors import ConfigError
from modelward.core.taxonomy import ID_PATTERNS, load_taxonomy

_ARTICLE = re.compile(r"Art\. \d{1,3}(\(\d+\))?(\([a-z]\))?")


@dataclass(frozen=True)
class CosaiRisk:
    id: str
    title: str
    personas: tuple[str, ...]
    controls: tuple[str, ...]


@dataclass(frozen=True)
class AtlasTechnique:
    id: str
    name: str
    tactics: tuple[str, ...]
    llm_only: bool  # the technique targets LLMs or agents only (not classic ML systems)


@dataclass(frozen=True)
class CrosswalkEntry:
    threat: str
    cosai: tuple[str, ...]
    eu_ai_act: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("modelward.governance").joinpath("data").joinpath(name).read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"governance/data/{name}: not valid TOML: {exc}") from None


@cache
def cosai_risks() -> Mapping[str, CosaiRisk]:
    data = _read("cosai_risks.toml")
    risks = {}
    for raw in data.get("risk", []):
        if not re.fullmatch(r"[A-Z]{2,4}", raw.get("id", "")):
            raise ConfigError(f"cosai_risks.toml: bad risk id {raw.get('id')!r}")
        risks[raw["id"]] = CosaiRisk(raw["id"], raw["title"], tuple(raw.get("personas", ())),
                                     tuple(raw.get("controls", ())))
    return risks


@cache
def atlas_catalog() -> Mapping[str, AtlasTechnique]:
    """The vendored ATLAS techniques (data/atlas_techniques.toml), each checked against the id pattern."""
    data = _read("atlas_techniques.toml")
    techniques = {}
    for raw in data.get("technique", []):
        tid = raw.get("id", "")
        if not ID_PATTERNS["atlas"].fullmatch(tid):
            raise ConfigError(f"atlas_techniques.toml: {tid!r} is not an ATLAS technique id")
        techniques[tid] = AtlasTechnique(tid, raw["name"], tuple(raw.get("tactics", ())), bool(raw.get("llm_only")))
    return techniques


def atlas_source() -> dict[str, str]:
    return dict(_read("atlas_techniques.toml").get("source", {}))


def cosai_source() -> dict[str, str]:
    return dict(_read("cosai_risks.toml").get("source", {}))


@cache
def crosswalk() -> Mapping[str, CrosswalkEntry]:
    data = _read("crosswalk.toml")
    taxonomy = load_taxonomy()
    risks = cosai_risks()
    entries = {}
    for threat, raw in data.get("threat", {}).items():
        if threat not in taxonomy.threats:
            raise ConfigError(f"crosswalk.toml: unknown threat {threat!r}")
        bad = [r for r in raw.get("cosai", []) if r not in risks]
        if bad:
            raise ConfigError(f"crosswalk.toml: threat {threat}: unknown CoSAI risk(s) {bad}")
        bad = [a for a in raw.get("eu_ai_act", []) if not _ARTICLE.fullmatch(a)]
        if bad:
            raise ConfigError(f"crosswalk.toml: threat {threat}: {bad} do not read 'Art. N(p)(x)'")
        entries[threat] = CrosswalkEntry(threat, tuple(raw.get("cosai", ())), tuple(raw.get("eu_ai_act", ())))
    missing = sorted(set(taxonomy.threats) - set(entries))
    if missing:
        raise ConfigError(f"crosswalk.toml: threat(s) {missing} have no entry")
    return entries


def eu_ai_act_source() -> dict[str, str]:
    return dict(_read("crosswalk.toml").get("source", {}).get("eu_ai_act", {}))
