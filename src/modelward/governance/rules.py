"""The rule library: parsed and checked once, then evaluated over each component's facts.

A rule names one threat of the taxonomy, the element types it applies to, a condition over facts, the ATLAS
techniques it stands for (each must be one of the threat's in the taxonomy or of the vendored ATLAS
catalogue), and adjustments of likelihood and impact, each with its reason. Conditions are data, never
code: a rule library from elsewhere is evaluated, not executed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError
from modelward.core.taxonomy import load_taxonomy
from modelward.governance.facts import ORDERS

ELEMENT_TYPES = ("dataset", "training", "model", "registry", "inference-api", "llm-app", "agent-tool",
                 "vector-store", "monitor", "dependency", "external")
_OPERATORS = ("is", "in", "at_least", "at_most", "contains")
_FIELD = re.compile(r"\{([a-z_]+)\}")
MAX_DEPTH = 8


@dataclass(frozen=True)
class Adjustment:
    when: Mapping[str, Any]
    likelihood: int
    impact: int
    reason: str


@dataclass(frozen=True)
class Rule:
    id: str
    threat: str
    elements: tuple[str, ...]
    title: str
    when: Mapping[str, Any]
    unless: Mapping[str, Any] | None
    atlas: tuple[str, ...]
    why: str
    adjust: tuple[Adjustment, ...]

    def explain(self, facts: Mapping[str, Any]) -> str:
        """The rule's reason with the component's facts filled in."""
        return _FIELD.sub(lambda m: _show(facts.get(m.group(1), "?")), self.why)


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(map(str, value)) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _check_condition(cond: Any, where: str, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise ConfigError(f"{where}: conditions nest deeper than {MAX_DEPTH}")
    if not isinstance(cond, dict) or not cond:
        raise ConfigError(f"{where}: a condition must be a table such as {{fact = 'x', is = true}}, got {cond!r}")
    if set(cond) in ({"all"}, {"any"}):
        (key, items), = cond.items()
        if not isinstance(items, list) or not items:
            raise ConfigError(f"{where}.{key}: expected a non-empty list of conditions")
        for i, item in enumerate(items):
            _check_condition(item, f"{where}.{key}[{i}]", depth + 1)
        return
    if set(cond) == {"not"}:
        _check_condition(cond["not"], f"{where}.not", depth + 1)
        return
    ops = [k for k in cond if k != "fact"]
    if "fact" not in cond or len(ops) != 1 or ops[0] not in _OPERATORS:
        raise ConfigError(f"{where}: expected {{fact = NAME, OP = VALUE}} with OP one of {', '.join(_OPERATORS)}, "
                          f"or all / any / not; got {cond!r}")
    if ops[0] in ("at_least", "at_most"):
        order = ORDERS.get(cond["fact"])
        if order is None:
            raise ConfigError(f"{where}: fact {cond['fact']!r} has no order; at_least / at_most work on "
                              f"{', '.join(sorted(ORDERS))}")
        if cond[ops[0]] not in order:
            raise ConfigError(f"{where}: {cond[ops[0]]!r} is not a level of {cond['fact']} ({', '.join(order)})")


def holds(cond: Mapping[str, Any], facts: Mapping[str, Any]) -> bool:
    """Whether a (checked) condition holds for these facts; a fact the component lacks never matches."""
    if "all" in cond:
        return all(holds(c, facts) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, facts) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], facts)
    name = cond["fact"]
    if name not in facts:
        return False
    value = facts[name]
    if "is" in cond:
        return bool(value == cond["is"])
    if "in" in cond:
        return value in cond["in"]
    if "contains" in cond:
        return isinstance(value, tuple | list) and cond["contains"] in value
    order = ORDERS[name]
    if value not in order:
        return False
    if "at_least" in cond:
        return order.index(value) >= order.index(cond["at_least"])
    return order.index(value) <= order.index(cond["at_most"])


def _int(raw: Mapping[str, Any], key: str, where: str) -> int:
    value = raw.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or not -4 <= value <= 4:
        raise ConfigError(f"{where}.{key}: expected an integer step in -4..4, got {value!r}")
    return value


def _parse_rule(raw: Mapping[str, Any], index: int, atlas_known: frozenset[str]) -> Rule:
    taxonomy = load_taxonomy()
    rid = raw.get("id")
    where = f"rule {rid!r}" if isinstance(rid, str) else f"rule[{index}]"
    allowed = {"id", "threat", "elements", "title", "when", "unless", "atlas", "why", "adjust"}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {unknown}; expected {', '.join(sorted(allowed))}")
    for key in ("id", "threat", "title", "why"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ConfigError(f"{where}.{key}: expected a non-empty string")
    if raw["threat"] not in taxonomy.threats:
        raise ConfigError(f"{where}.threat: unknown threat {raw['threat']!r}")
    elements = raw.get("elements")
    if not isinstance(elements, list) or not elements or any(e not in ELEMENT_TYPES for e in elements):
        raise ConfigError(f"{where}.elements: expected a list of {', '.join(ELEMENT_TYPES)}, got {elements!r}")
    _check_condition(raw.get("when"), f"{where}.when")
    if "unless" in raw:
        _check_condition(raw["unless"], f"{where}.unless")
    atlas = raw.get("atlas", [])
    in_taxonomy = {a for t in taxonomy.threats.values() for a in t.atlas_ids}
    bad = [a for a in atlas if a not in in_taxonomy and a not in atlas_known]
    if bad:
        raise ConfigError(f"{where}.atlas: {bad} are neither in the taxonomy nor in the vendored ATLAS catalogue")
    adjusts = []
    for i, adj in enumerate(raw.get("adjust", [])):
        w = f"{where}.adjust[{i}]"
        if not isinstance(adj, dict) or set(adj) - {"when", "likelihood", "impact", "reason"}:
            raise ConfigError(f"{w}: expected {{when, likelihood, impact, reason}}, got {adj!r}")
        _check_condition(adj.get("when"), f"{w}.when")
        if not isinstance(adj.get("reason"), str) or not adj["reason"].strip():
            raise ConfigError(f"{w}.reason: every adjustment says why")
        adjusts.append(Adjustment(adj["when"], _int(adj, "likelihood", w), _int(adj, "impact", w), adj["reason"]))
    return Rule(raw["id"], raw["threat"], tuple(elements), raw["title"], raw["when"], raw.get("unless"),
                tuple(atlas), raw["why"], tuple(adjusts))


def parse_rules(text: str, source: str = "rules") -> tuple[Rule, ...]:
    """Parse and check a rule library (TOML); every problem is a ConfigError naming the rule and field."""
    from modelward.governance.catalog import atlas_catalog

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    raws = data.get("rule", [])
    if not isinstance(raws, list) or not raws:
        raise ConfigError(f"{source}: expected [[rule]] tables")
    known = frozenset(atlas_catalog())
    rules = [_parse_rule(r, i, known) for i, r in enumerate(raws)]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise ConfigError(f"{source}: rule id {r.id!r} appears twice")
        seen.add(r.id)
    return tuple(rules)


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rule library shipped with modelward."""
    text = resources.files("modelward.governance").joinpath("rules.toml").read_text("utf-8")
    return parse_rules(text, "modelward rules.toml")


def load_rules(paths: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """The built-in rules plus those of the given files (an id already taken is an error)."""
    rules = list(builtin_rules())
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the rule library: {exc.strerror or exc}") from None
        extra = parse_rules(text, str(path))
        clash = {r.id for r in rules} & {r.id for r in extra}
        if clash:
            raise ConfigError(f"{path}: rule id(s) {sorted(clash)} are already defined")
        rules.extend(extra)
    return tuple(rules)
