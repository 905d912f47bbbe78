"""Checks, mitigations and guards: their protocols and the one registry that holds them.

Built-ins live in a static table imported lazily; third parties register through the
`modelward.plugins` entry-point group. Duplicate ids and unknown threats are errors.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from modelward.core.context import AssessContext
from modelward.core.errors import PluginError
from modelward.core.findings import Finding

ENTRY_POINT_GROUP = "modelward.plugins"


class PluginKind(StrEnum):
    CHECK = "check"
    MITIGATION = "mitigation"
    GUARD = "guard"


@runtime_checkable
class Check(Protocol):
    """One measurement of one threat."""

    id: str
    threat: str
    title: str

    def applies(self, ctx: AssessContext) -> bool: ...

    def run(self, ctx: AssessContext) -> list[Finding]: ...


@dataclass(frozen=True)
class Hardened:
    """What a mitigation produced: the hardened model and what was done."""

    model: Any
    mitigation_id: str
    summary: str
    parameters: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Mitigation(Protocol):
    """Applies a defence; `improves` names the check whose before/after shows it works."""

    id: str
    threat: str
    title: str
    improves: str

    def apply(self, ctx: AssessContext) -> Hardened: ...


@dataclass(frozen=True)
class GuardDecision:
    """A guard's verdict on one request or response."""

    allowed: bool
    reason: str = ""
    score: float | None = None
    payload: Any = None


@runtime_checkable
class Guard(Protocol):
    """Runtime protection: inspect a request before the model, filter a response after."""

    id: str
    threat: str
    title: str

    def inspect(self, request: Any) -> GuardDecision: ...

    def filter(self, response: Any) -> GuardDecision: ...


_PROTOCOLS: Mapping[PluginKind, type] = {
    PluginKind.CHECK: Check,
    PluginKind.MITIGATION: Mitigation,
    PluginKind.GUARD: Guard,
}


@dataclass(frozen=True)
class PluginSpec:
    """A registered plugin: declared metadata and where its object lives ("module:attr")."""

    id: str
    kind: PluginKind
    threat: str
    target: str
    source: str = "builtin"

    def load(self) -> Any:
        """Import the plugin; a class is instantiated with no arguments."""
        module_name, _, attr = self.target.partition(":")
        try:
            obj: Any = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise PluginError(f"plugin {self.id!r} ({self.source}): cannot import {self.target}: {exc}") from exc
        return obj() if isinstance(obj, type) else obj


# Built-in plugins: (id, kind, threat, "module:attr"). Imported only when used.
BUILTINS: tuple[tuple[str, PluginKind, str, str], ...] = (
    ("validation.performance", PluginKind.CHECK, "model-drift",
     "modelward.robustness.validation:PerformanceCheck"),
    ("validation.stability", PluginKind.CHECK, "evasion",
     "modelward.robustness.validation:StabilityCheck"),
    ("robustness.stress", PluginKind.CHECK, "evasion",
     "modelward.robustness.stress:StressCheck"),
    ("robustness.evasion", PluginKind.CHECK, "evasion",
     "modelward.robustness.evasion:EvasionCheck"),
    ("robustness.adversarial-training", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:AdversarialTrainingMitigation"),
    ("robustness.trades", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:TradesMitigation"),
    ("robustness.fast-adversarial-training", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:FastAdversarialTrainingMitigation"),
    ("robustness.adversarial-augmentation", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:AdversarialAugmentationMitigation"),
    ("robustness.feature-squeezing", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:FeatureSqueezingMitigation"),
    ("robustness.defensive-distillation", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:DistillationMitigation"),
    ("robustness.ensemble", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:EnsembleMitigation"),
    ("robustness.randomized-smoothing", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:SmoothingMitigation"),
    ("robustness.detection", PluginKind.MITIGATION, "evasion",
     "modelward.robustness.defences.plugins:DetectionMitigation"),
    ("robustness.adversarial-detector", PluginKind.GUARD, "evasion",
     "modelward.robustness.defences.detection:AdversarialInputGuard"),
    ("robustness.certified-fallback", PluginKind.GUARD, "evasion",
     "modelward.robustness.defences.certification:CertifiedPredictionGuard"),
)


def _entry_point_specs() -> Iterable[PluginSpec]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken third-party plugin must be named, not crash us
            raise PluginError(f"entry point {ep.name!r} ({ep.value}): failed to load: {exc}") from exc
        instance = obj() if isinstance(obj, type) else obj
        kind = next((k for k, proto in _PROTOCOLS.items() if isinstance(instance, proto)), None)
        if kind is None:
            raise PluginError(
                f"entry point {ep.name!r} ({ep.value}): not a Check, Mitigation or Guard "
                "(needs id, threat, title and run/apply/inspect+filter)"
            )
        yield PluginSpec(instance.id, kind, instance.threat, ep.value, f"entry point {ep.name!r}")


def discover(include_entry_points: bool = True) -> tuple[PluginSpec, ...]:
    """Every registered plugin; raises PluginError on a duplicate id or an unknown threat."""
    from modelward.core.taxonomy import load_taxonomy

    threats = load_taxonomy().threat_ids
    specs = [PluginSpec(i, k, t, target) for i, k, t, target in BUILTINS]
    if include_entry_points:
        specs.extend(_entry_point_specs())
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


def load_checks(specs: Iterable[PluginSpec] | None = None) -> list[Check]:
    """Instantiate every registered check."""
    specs = discover() if specs is None else specs
    return [s.load() for s in specs if s.kind == PluginKind.CHECK]
