"""Checks, mitigations, guards and format scanners: their contracts and the one registry that holds them.

Every plugin is found through the entry-point group `modelward.plugins`. An entry point names either a
*table* (a sequence of `PluginSpec`: declared metadata plus "module:attr", imported only when used; this
is how modelward's own capability packages register their built-ins, so the core names none of them)
or a single plugin class or object (the short form for third parties). A duplicate id, an unknown
threat, or a spec whose object says otherwise is an error naming where it came from.

Parameters are declared on the plugin class (`params`, see `modelward.core.params`); the registry
resolves given values against the declaration and builds the plugin with them.
"""

from __future__ import annotations

import difflib
import importlib
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import PluginError
from modelward.core.findings import Finding
from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param, resolve
from modelward.core.report import AppliedMitigation

ENTRY_POINT_GROUP = "modelward.plugins"
OWN_DISTRIBUTION = "modelward"


class PluginKind(StrEnum):
    CHECK = "check"
    MITIGATION = "mitigation"
    GUARD = "guard"
    FORMAT = "format"  # a model-file format scanner; its protocol is the scan package's


@runtime_checkable
class Check(Protocol):
    """One measurement of one threat. Built with its declared `params` as keyword arguments."""

    id: str
    threat: str
    title: str

    def applies(self, ctx: AssessContext) -> bool: ...

    def run(self, ctx: AssessContext) -> list[Finding]: ...


@dataclass(frozen=True, eq=False)
class Hardened:
    """What a mitigation produced: the hardened model (an adapter), the artifact to save, and `applied`:
    the before/after of the check it improves (`applied.check_id`), measured on the same rows."""

    mitigation_id: str
    model: ModelAdapter
    artifact: Any
    applied: AppliedMitigation
    parameters: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def before(self) -> dict[str, float]:
        return self.applied.before

    @property
    def after(self) -> dict[str, float]:
        return self.applied.after


@runtime_checkable
class Mitigation(Protocol):
    """Applies a defence to `ctx.model`, trained on `ctx.data`; `improves` names the check whose
    measurement, before and after on the same held-out rows, shows that it works."""

    id: str
    threat: str
    title: str
    improves: str

    def applies(self, ctx: AssessContext) -> bool: ...

    def apply(self, ctx: AssessContext) -> Hardened: ...


@runtime_checkable
class Guard(Protocol):
    """Run-time protection. Built by `cls.from_config(params, model, reference)` (reference: rows of
    normal traffic, or None), restored by `cls.load(directory, model)`; `inspect` decides on a request
    before the model runs, `filter` on the response after; `save` writes the fitted state (no pickle)."""

    id: str
    threat: str
    title: str

    def inspect(self, request: GuardRequest) -> Decision: ...

    def filter(self, response: GuardResponse) -> Decision: ...

    def save(self, directory: Path) -> list[Path]: ...


def judges_prefixes(guard: Any) -> bool:
    """Whether `guard.filter` may judge a streamed answer piece by piece (`GuardResponse.partial`): what it
    blocks or rewrites in a whole answer it blocks or rewrites in the first prefix that holds it, and what
    it writes for a prefix starts what it writes for any longer one. A guard says so with a true
    `judges_prefixes` attribute; one that does not say is taken to need the whole answer."""
    return bool(getattr(guard, "judges_prefixes", False))


_PROTOCOLS: Mapping[PluginKind, type] = {
    PluginKind.CHECK: Check,
    PluginKind.MITIGATION: Mitigation,
    PluginKind.GUARD: Guard,
}


def declared_params(plugin: Any) -> tuple[Param, ...]:
    """The parameters a plugin class (or instance) declares; none when it declares nothing."""
    params = getattr(plugin, "params", ())
    return tuple(params) if isinstance(params, tuple | list) else ()


def kind_of(obj: Any) -> PluginKind | None:
    """The kind a plugin class or object conforms to (checked on the attributes, not by inheritance)."""
    if isinstance(obj, type):
        names = set(dir(obj))
        if {"inspect", "filter", "from_config"} <= names:
            return PluginKind.GUARD
        if {"apply", "improves"} <= names:
            return PluginKind.MITIGATION
        if {"applies", "run"} <= names:
            return PluginKind.CHECK
        return None
    return next((k for k, proto in _PROTOCOLS.items() if isinstance(obj, proto)), None)


@dataclass(frozen=True)
class PluginSpec:
    """A registered plugin: declared metadata and where its object lives ("module:attr")."""

    id: str
    kind: PluginKind
    threat: str
    target: str
    title: str = ""
    source: str = "builtin"

    def resolve_target(self) -> Any:
        """Import the plugin's class (or object) and check that it is what the spec says."""
        module_name, _, attr = self.target.partition(":")
        try:
            obj: Any = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise PluginError(f"plugin {self.id!r} ({self.source}): cannot import {self.target}: {exc}") from exc
        problems = spec_mismatch(self, obj)
        if problems:
            raise PluginError(f"plugin {self.id!r} ({self.source}): {self.target} " + "; ".join(problems))
        return obj

    def params(self) -> tuple[Param, ...]:
        return declared_params(self.resolve_target())

    def build(self, params: Mapping[str, Any] | None = None) -> Any:
        """The plugin, built with `params` checked against its declaration (defaults for the rest)."""
        if self.kind == PluginKind.GUARD:
            raise PluginError(f"plugin {self.id!r}: a guard is built with build_guard(id, params, model, reference)")
        obj = self.resolve_target()
        values = resolve(self.id, declared_params(obj), dict(params or {}))
        if isinstance(obj, type):
            try:
                return obj(**values)
            except TypeError as exc:
                raise PluginError(f"plugin {self.id!r}: {self.target} cannot be built with its declared "
                                  f"parameters {sorted(values)}: {exc}") from exc
        if values:
            raise PluginError(f"plugin {self.id!r}: {self.target} is an object, it cannot take parameters")
        return obj


def spec_mismatch(spec: PluginSpec, obj: Any) -> list[str]:
    """Where the object contradicts its registration (id, threat or kind)."""
    problems = []
    for attr in ("id", "threat"):
        value = getattr(obj, attr, None)
        if value != getattr(spec, attr):
            problems.append(f"has {attr} {value!r}, registered as {getattr(spec, attr)!r}")
    if spec.kind in _PROTOCOLS and kind_of(obj) != spec.kind:
        problems.append(f"is not a {spec.kind.value} (registered as one)")
    return problems


def _spec_from_object(ep: EntryPoint, obj: Any, source: str) -> PluginSpec:
    kind = kind_of(obj)
    if kind is None:
        raise PluginError(
            f"entry point {ep.name!r} ({ep.value}): not a Check, Mitigation or Guard, nor a table of "
            "PluginSpec (needs id, threat, title and applies+run / apply+improves / inspect+filter+from_config)"
        )
    return PluginSpec(str(getattr(obj, "id", "")), kind, str(getattr(obj, "threat", "")), ep.value,
                      str(getattr(obj, "title", "")), source)


def _entry_point_specs(ep: EntryPoint) -> list[PluginSpec]:
    own = ep.dist is not None and ep.dist.name == OWN_DISTRIBUTION
    source = "builtin" if own else f"entry point {ep.name!r}"
    try:
        obj = ep.load()
    except Exception as exc:  # a broken third-party plugin must be named, not crash us
        raise PluginError(f"entry point {ep.name!r} ({ep.value}): failed to load: {exc}") from exc
    if isinstance(obj, tuple | list):
        bad = [o for o in obj if not isinstance(o, PluginSpec)]
        if bad:
            raise PluginError(f"entry point {ep.name!r} ({ep.value}): a table must hold only PluginSpec, "
                              f"found {type(bad[0]).__name__}")
        return [s if own else PluginSpec(s.id, s.kind, s.threat, s.target, s.title, source) for s in obj]
    return [_spec_from_object(ep, obj, source)]


_CACHE: dict[tuple[str, ...], tuple[PluginSpec, ...]] = {}


def discover(kind: PluginKind | None = None, *, include_entry_points: bool = True) -> tuple[PluginSpec, ...]:
    """Every registered plugin (of `kind`, when given); raises PluginError on a duplicate id or an unknown
    threat. `include_entry_points=False` keeps modelward's own tables only."""
    key = (str(include_entry_points), *sys.path)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _discover(include_entry_points)
    specs = _CACHE[key]
    return specs if kind is None else tuple(s for s in specs if s.kind == kind)


def _discover(include_entry_points: bool) -> tuple[PluginSpec, ...]:
    from modelward.core.taxonomy import load_taxonomy

    threats = load_taxonomy().threat_ids
    specs: list[PluginSpec] = []
    own_first = sorted(entry_points(group=ENTRY_POINT_GROUP),
                       key=lambda e: (e.dist is None or e.dist.name != OWN_DISTRIBUTION, e.name))
    for ep in own_first:
        if include_entry_points or (ep.dist is not None and ep.dist.name == OWN_DISTRIBUTION):
            specs.extend(_entry_point_specs(ep))
    seen: dict[str, PluginSpec] = {}
    for spec in specs:
        if spec.id in seen:
            raise PluginError(
                f"plugin id {spec.id!r} from {spec.source} is already registered by {seen[spec.id].source}"
            )
        if spec.threat not in threats:
            raise PluginError(
                f"plugin {spec.id!r} from {spec.source} names unknown threat {spec.threat!r}; "
                f"known: {', '.join(sorted(threats))}"
            )
        seen[spec.id] = spec
    return tuple(seen.values())


def get(plugin_id: str, kind: PluginKind | None = None) -> PluginSpec:
    """The spec registered as `plugin_id` (of `kind`), or the one whose id ends with ".plugin_id"; the error
    lists the close matches."""
    specs = {s.id: s for s in discover(kind)}
    if plugin_id in specs:
        return specs[plugin_id]
    short = [s for s in specs if s.endswith("." + plugin_id)]
    if len(short) == 1:  # "detection" for "robustness.detection", when it is unambiguous
        return specs[short[0]]
    what = f"{kind.value} " if kind else "plugin "
    close = difflib.get_close_matches(plugin_id, list(specs), n=3, cutoff=0.5)
    suffix = [s for s in specs if s.endswith("." + plugin_id)]
    hint = (f"; did you mean {', '.join(suffix + [c for c in close if c not in suffix])}?" if suffix or close
            else f"; registered: {', '.join(sorted(specs)) or 'none'}")
    raise PluginError(f"no {what}{plugin_id!r} is registered{hint} (modelward plugins lists them)")


def load_checks(specs: Iterable[PluginSpec] | None = None,
                params: Mapping[str, Mapping[str, Any]] | None = None) -> list[Check]:
    """Build every registered check (or those in `specs`) with its parameters from `params[check_id]`."""
    chosen = discover(PluginKind.CHECK) if specs is None else [s for s in specs if s.kind == PluginKind.CHECK]
    params = params or {}
    return [s.build(params.get(s.id)) for s in chosen]


def build_guard(plugin_id: str, params: Mapping[str, Any] | None = None, model: ModelAdapter | None = None,
                reference: Dataset | None = None) -> Guard:
    """A configured guard: its declared parameters checked, then `from_config(params, model, reference)`."""
    spec = get(plugin_id, PluginKind.GUARD)
    cls = spec.resolve_target()
    values = resolve(spec.id, declared_params(cls), dict(params or {}))
    guard: Guard = cls.from_config(values, model, reference)
    return guard


def load_guard(plugin_id: str, directory: Path, model: ModelAdapter | None = None) -> Guard:
    """A guard restored from what its `save` wrote."""
    cls = get(plugin_id, PluginKind.GUARD).resolve_target()
    guard: Guard = cls.load(Path(directory), model)
    return guard


def example_params(plugin: Any) -> dict[str, Any]:
    """Small settings that run in seconds (`example_params` on the class), for the contract suite and docs."""
    value = getattr(plugin, "example_params", {})
    return dict(value) if isinstance(value, Mapping) else {}

