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


ATLAS_SCOPES = ("ml", "llm", "it", "adversary", "outcome")  # see data/atlas_techniques.toml


@dataclass(frozen=True)
class AtlasTechnique:
    id: str
    name: str
    tactics: tuple[str, ...]
    scope: str  # one of ATLAS_SCOPES: whether a rule on an element of an ML system must cite it
    parent: str = ""  # the parent technique of a sub-technique

    @property
    def llm_only(self) -> bool:
        return self.scope == "llm"


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
    """The vendored ATLAS techniques (data/atlas_techniques.toml), each checked: id and tactic patterns, a
    known scope, a parent that is in the file and is the id's own prefix, no duplicate."""
    data = _read("atlas_techniques.toml")
    techniques: dict[str, AtlasTechnique] = {}
    for raw in data.get("technique", []):
        tid, parent = raw.get("id", ""), raw.get("parent", "")
        where = f"atlas_techniques.toml: {tid!r}"
        if not ID_PATTERNS["atlas"].fullmatch(tid) or tid in techniques:
            raise ConfigError(f"{where} is not an ATLAS technique id, or is listed twice")
        if raw.get("scope") not in ATLAS_SCOPES:
            raise ConfigError(f"{where}: scope {raw.get('scope')!r}; expected one of {', '.join(ATLAS_SCOPES)}")
        if any(not re.fullmatch(r"AML\.TA\d{4}", t) for t in raw.get("tactics", ())):
            raise ConfigError(f"{where}: tactics {raw.get('tactics')} are not ATLAS tactic ids (AML.TA0000)")
        if parent and (parent not in techniques or tid.rsplit(".", 1)[0] != parent):
            raise ConfigError(f"{where}: parent {parent!r} is not the technique listed before it")
        techniques[tid] = AtlasTechnique(tid, raw["name"], tuple(raw.get("tactics", ())), raw["scope"], parent)
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
