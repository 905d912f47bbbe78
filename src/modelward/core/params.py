"""Declared plugin parameters: each plugin states its parameters once (name, type, default, unit, doc);
the CLI (`--set name=value`), the Python API and the docs are built from the declaration, and a value
is validated once, here, with an error that names the plugin and the parameter."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from modelward.core.errors import ConfigError

_KINDS: dict[type, str] = {int: "integer", float: "number", str: "text", bool: "true/false"}
_TRUE, _FALSE = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}


@dataclass(frozen=True)
class Param:
    """One parameter of a plugin. `many`: a tuple of values (e.g. several eps); `choices`: the only
    values allowed; `minimum`/`maximum`: inclusive bounds for numbers (each value when `many`)."""

    name: str
    kind: type
    default: Any
    doc: str
    unit: str = ""
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    many: bool = False

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise TypeError(f"parameter {self.name!r}: kind must be one of int, float, str, bool")

    @property
    def type_name(self) -> str:
        base = _KINDS[self.kind]
        return f"list of {base}s" if self.many else base

    def convert(self, value: Any, plugin_id: str) -> Any:
        """The value as this parameter's type, checked; text (from the command line) is parsed."""
        if self.many:
            items = _split(value)
            if not items:
                raise self._error(plugin_id, value, "at least one value")
            return tuple(self._one(v, plugin_id) for v in items)
        return self._one(value, plugin_id)

    def _one(self, value: Any, plugin_id: str) -> Any:
        converted = _as_kind(value, self.kind)
        if converted is None:
            name = _KINDS[self.kind]
            raise self._error(plugin_id, value, ("an " if name[0] in "aeiou" else "a ") + name)
        if self.choices and converted not in self.choices:
            raise self._error(plugin_id, value, "one of " + ", ".join(map(str, self.choices)))
        if self.minimum is not None and converted < self.minimum:
            raise self._error(plugin_id, value, f"at least {self.minimum:g}")
        if self.maximum is not None and converted > self.maximum:
            raise self._error(plugin_id, value, f"at most {self.maximum:g}")
        return converted

    def _error(self, plugin_id: str, value: Any, expected: str) -> ConfigError:
        return ConfigError(f"{plugin_id}: parameter {self.name!r} got {value!r}; expected {expected}"
                           + (f" ({self.unit})" if self.unit else ""))

    def describe(self) -> dict[str, Any]:
        """The declaration as plain data, for `plugins show` and the docs."""
        out: dict[str, Any] = {"name": self.name, "type": self.type_name, "default": _plain(self.default),
                               "doc": self.doc}
        if self.unit:
            out["unit"] = self.unit
        if self.choices:
            out["choices"] = list(self.choices)
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        return out


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _split(value: Any) -> list[Any]:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError:
                return [text]
            return list(parsed) if isinstance(parsed, list) else [parsed]
        return [v.strip() for v in text.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _as_kind(value: Any, kind: type) -> Any:
    """`value` as `kind`, or None when it is not one (bools are never numbers, floats never ints)."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        return None
    if kind is str:
        return value if isinstance(value, str) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = int(value) if kind is int else float(value)
        except ValueError:
            return None
    if kind is int:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return int(value) if isinstance(value, int) else None
    if isinstance(value, int | float):
        number = float(value)
        return number if number == number and abs(number) != float("inf") else None  # no NaN / inf
    return None


def resolve(plugin_id: str, declared: Sequence[Param], given: Mapping[str, Any]) -> dict[str, Any]:
    """Every declared parameter's value: the given one checked, else the default. An undeclared name
    is an error naming the plugin and what it takes."""
    by_name = {p.name: p for p in declared}
    unknown = sorted(set(given) - set(by_name))
    if unknown:
        takes = ", ".join(by_name) if by_name else "no parameters"
        raise ConfigError(f"{plugin_id}: unknown parameter(s) {', '.join(map(repr, unknown))}; it takes {takes}")
    return {p.name: p.convert(given[p.name], plugin_id) if p.name in given else p.default for p in declared}


def parse_assignments(items: Iterable[str], option: str = "--set") -> dict[str, str]:
    """NAME=VALUE pairs from the command line (values stay text until a declaration converts them)."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ConfigError(f"{option}: expected NAME=VALUE, got {item!r}")
        if name in out:
            raise ConfigError(f"{option}: {name!r} is given twice")
        out[name] = value.strip()
    return out


def route(assignments: Mapping[str, Any], plugins: Mapping[str, Sequence[Param]],
          option: str = "--set") -> dict[str, dict[str, Any]]:
    """Send NAME=VALUE to the plugins that declare NAME, and PLUGIN_ID.NAME=VALUE to that plugin only.
    A name that no selected plugin declares is an error (so a typo never passes silently)."""
    routed: dict[str, dict[str, Any]] = {pid: {} for pid in plugins}
    for key, value in assignments.items():
        owner = next((pid for pid in sorted(plugins, key=len, reverse=True) if key.startswith(pid + ".")), None)
        if owner is not None:
            routed[owner][key[len(owner) + 1:]] = value
            continue
        takers = [pid for pid, params in plugins.items() if any(p.name == key for p in params)]
        if not takers:
            known = sorted({p.name for params in plugins.values() for p in params})
            raise ConfigError(f"{option} {key}: no selected plugin takes a parameter {key!r}; "
                              f"known: {', '.join(known) or 'none'} (or PLUGIN_ID.NAME)")
        for pid in takers:
            routed[pid][key] = value
    return routed
