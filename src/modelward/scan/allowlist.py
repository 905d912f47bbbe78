"""The allowlist and denylist of pickle globals, and the verdict on one (module, qualname).

Data lives in allowlist.toml beside this module; `--policy` files extend it (policy.py). The policy
is always passed explicitly: scanners receive it as an argument.
Allow entries are exact or class families; deny entries are dotted prefixes naming a technique.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError

ALLOWED, DENIED, UNKNOWN = "allowed", "denied", "unknown"

# How each technique is named in finding titles.
TECHNIQUE_TITLES = {
    "code-execution": "Code execution",
    "os-command": "OS command / process execution",
    "dynamic-import": "Dynamic import of arbitrary callables",
    "call-gadget": "Call gadget (indirect call of arbitrary callables)",
    "nested-deserialisation": "Nested deserialisation",
    "network": "Network access",
    "file-system": "File-system access",
    "attribute-traversal": "Attribute traversal through dunder attributes",
}


@dataclass(frozen=True)
class Verdict:
    """How one global is judged: allowed, denied (with the technique and matched entry) or unknown."""

    status: str
    technique: str | None = None
    matched: str | None = None


@dataclass(frozen=True)
class AllowRule:
    """A family of allowed globals: module glob, qualname regex, excluded module globs."""

    module: str
    name: re.Pattern[str]
    except_module: tuple[str, ...] = ()

    def matches(self, module: str, qualname: str) -> bool:
        if not fnmatch.fnmatchcase(module, self.module):
            return False
        if any(fnmatch.fnmatchcase(module, ex) for ex in self.except_module):
            return False
        return self.name.fullmatch(qualname) is not None


@dataclass(frozen=True)
class GlobalPolicy:
    """Allowlist + denylist; `verdict` is the only question asked of it."""

    exact: frozenset[tuple[str, str]] = frozenset()
    rules: tuple[AllowRule, ...] = ()
    deny: Mapping[str, str] = field(default_factory=dict)  # dotted prefix -> technique
    deny_globs: tuple[tuple[str, str], ...] = ()  # (glob, technique)

    def verdict(self, module: str, qualname: str) -> Verdict:
        if (module, qualname) in self.exact:
            return Verdict(ALLOWED)
        parts = qualname.split(".")
        full = f"{module}.{qualname}"
        hit = self._denied(full)
        if hit:
            return Verdict(DENIED, hit[1], hit[0])
        # Dotted names are resolved attribute by attribute (pickle's _getattribute): judge every
        # object the path passes through, e.g. `torch` + `os.system` reaches os.system.
        for i in range(len(parts)):
            hit = self._denied(".".join(parts[i:]))
            if hit:
                return Verdict(DENIED, hit[1], hit[0])
        if len(parts) > 1 and any(p.startswith("__") and p.endswith("__") for p in parts):
            return Verdict(DENIED, "attribute-traversal", full)
        if any(rule.matches(module, qualname) for rule in self.rules):
            return Verdict(ALLOWED)
        return Verdict(UNKNOWN)

    def _denied(self, dotted: str) -> tuple[str, str] | None:
        parts = dotted.split(".")
        for j in range(len(parts), 0, -1):
            prefix = ".".join(parts[:j])
            technique = self.deny.get(prefix)
            if technique:
                return prefix, technique
        for glob, technique in self.deny_globs:
            if fnmatch.fnmatchcase(dotted, glob):
                return glob, technique
        return None

    def extended(self, data: Mapping[str, Any], source: str) -> GlobalPolicy:
        """This policy plus the entries of a parsed TOML document (same schema as allowlist.toml)."""
        exact, rules, deny, globs = _parse(data, source)
        return GlobalPolicy(
            exact=self.exact | exact,
            rules=self.rules + rules,
            deny={**self.deny, **deny},
            deny_globs=self.deny_globs + globs,
        )


def _parse(
    data: Mapping[str, Any], source: str
) -> tuple[frozenset[tuple[str, str]], tuple[AllowRule, ...], dict[str, str], tuple[tuple[str, str], ...]]:
    def fail(where: str, expected: str) -> ConfigError:
        return ConfigError(f"{source}: {where}: expected {expected}")

    unknown = set(data) - {"allow", "allow_rule", "deny"}
    if unknown:
        raise fail(f"unknown section(s) {sorted(unknown)}", "only [allow], [[allow_rule]], [deny.<technique>]")
    exact: set[tuple[str, str]] = set()
    for module, names in dict(data.get("allow", {})).items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise fail(f"[allow] {module!r}", "a list of qualified names (strings)")
        exact.update((module, n) for n in names)
    rules = []
    for i, rule in enumerate(data.get("allow_rule", [])):
        if not isinstance(rule, dict) or not isinstance(rule.get("module"), str) or not isinstance(
            rule.get("name"), str
        ):
            raise fail(f"[[allow_rule]] #{i + 1}", "a table with string keys 'module' (glob) and 'name' (regex)")
        try:
            pattern = re.compile(rule["name"])
        except re.error as exc:
            raise fail(f"[[allow_rule]] #{i + 1} name {rule['name']!r}", f"a valid regex ({exc})") from exc
        rules.append(AllowRule(rule["module"], pattern, tuple(rule.get("except_module", ()))))
    deny: dict[str, str] = {}
    globs: list[tuple[str, str]] = []
    for technique, table in dict(data.get("deny", {})).items():
        entries = table.get("entries") if isinstance(table, dict) else None
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise fail(f"[deny.{technique}]", "a table with 'entries', a list of dotted names")
        for entry in entries:
            if "*" in entry or "?" in entry:
                globs.append((entry, technique))
            else:
                deny[entry] = technique
    return frozenset(exact), tuple(rules), deny, tuple(globs)


def policy_from_toml(data: Mapping[str, Any], source: str) -> GlobalPolicy:
    return GlobalPolicy().extended(data, source)


@lru_cache(maxsize=1)
def builtin_policy() -> GlobalPolicy:
    """The built-in allowlist.toml, parsed once per process."""
    text = Path(__file__).with_name("allowlist.toml").read_text("utf-8")  # package data beside this module
    return policy_from_toml(tomllib.loads(text), "modelward/scan/allowlist.toml")


def allowed_globals(policy: GlobalPolicy) -> Iterable[tuple[str, str]]:
    """The exact allowed pairs (the restricted unpickler admits only these and rule matches)."""
    return sorted(policy.exact)
