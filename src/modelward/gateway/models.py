"""The served models: each loaded only after its signature verifies (when the policy asks) and its
file passes the scanner (`modelward.api.load_model` scans first), with its input schema and guards.

Switching the active version loads and verifies the new one before it takes any traffic; a rollback
returns to the version that was active before, verified again (the file may have changed since).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, ModelLoadError
from modelward.gateway.batching import MicroBatcher
from modelward.gateway.pipeline import GuardPipeline
from modelward.gateway.policy import ModelPolicy, Policy
from modelward.gateway.schema import InputSchema
from modelward.gateway.verifier import SignatureVerifier


@dataclass(frozen=True, eq=False)
class ServedModel:
    name: str
    version: str
    adapter: ModelAdapter
    schema: InputSchema
    guards: GuardPipeline
    classes: Any
    signature: str = "not required"
    reference_stats: tuple[np.ndarray, np.ndarray] | None = None  # per-feature centre and scale
    fast: Callable[[np.ndarray], np.ndarray] | None = None  # the compiled predict_proba, verified at load
    fast_note: str = ""
    batcher: MicroBatcher | None = None  # for models off the fast path: bursts share one model call
    inline: bool = False  # called in the event loop: it answered a row within policy.inline_ms at load

    def metadata(self) -> dict[str, Any]:
        """OIP v2 model metadata, with the schema and classes."""
        n = len(self.schema.names)
        return {"name": self.name, "versions": [self.version], "platform": "modelward",
                "inputs": [{"name": "input-0", "datatype": "FP64", "shape": [-1, n]}],
                "outputs": [{"name": "label", "datatype": "BYTES", "shape": [-1]},
                            {"name": "probabilities", "datatype": "FP64", "shape": [-1, len(self.classes)]}],
                "parameters": {"schema": self.schema.describe(), "classes": self.classes.tolist(),
                               "signature": self.signature, "guards": [g.id for g in self.guards.guards],
                               "fast_path": self.fast_note}}


def _reference(spec: ModelPolicy) -> Dataset | None:
    if spec.reference is None or spec.target is None:
        return None
    from modelward.core.data import load_dataset

    return load_dataset(spec.reference, spec.target)


def default_schema(policy: Policy, reference: Dataset | None, adapter: ModelAdapter) -> InputSchema | None:
    """The schema when no schema file is declared: inferred from the reference rows, else the model's
    declared input spec, else none."""
    if reference is not None:
        return InputSchema.inferred(reference.X, reference.feature_names, policy.validation.range_margin)
    if adapter.input_spec.features:
        return InputSchema(adapter.input_spec, declared=True)
    return None


def _schema(spec: ModelPolicy, policy: Policy, reference: Dataset | None, adapter: ModelAdapter) -> InputSchema:
    if spec.schema is not None:
        from modelward.core.adapters.spec import parse_spec

        return InputSchema(parse_spec(spec.schema.read_text(encoding="utf-8"), str(spec.schema)), declared=True)
    schema = default_schema(policy, reference, adapter)
    if schema is not None:
        return schema
    raise ConfigError(f"{policy.source}: model {spec.name!r}: needs a schema or reference rows; without one "
                      "the gateway cannot validate inputs (and refuses to serve unvalidated)")


def load_version(policy: Policy, spec: ModelPolicy, version: str, verifier: SignatureVerifier | None,
                 loader: Callable[..., ModelAdapter] | None = None) -> ServedModel:
    """One version of a model, verified, scanned, loaded, with its schema and guards."""
    path = spec.versions.get(version)
    if path is None:
        raise ConfigError(f"model {spec.name!r} has no version {version!r}; it has {', '.join(spec.versions)}")
    signature = "not required"
    if policy.require_signature:
        if verifier is None:
            raise ModelLoadError(f"{path}: the policy requires a signature (require_signature: true) but no "
                                 "signature verifier is installed (the integrity capability provides it); refused")
        check = verifier(path)
        if not check.verified:
            raise ModelLoadError(f"{path}: signature not verified: {check.reason}; refused")
        signature = f"verified: {check.reason}"
    if loader is None:
        from modelward.api import load_model

        loader = load_model
    adapter = loader(path, spec.trust)
    reference = _reference(spec)
    schema = _schema(spec, policy, reference, adapter)
    guards = GuardPipeline.build(policy.guards, adapter, reference, policy.guard_on_error)
    stats = None
    if reference is not None:
        centre = np.median(reference.X, axis=0)
        scale = np.percentile(reference.X, 75, axis=0) - np.percentile(reference.X, 25, axis=0)
        stats = (centre, np.where(scale > 0, scale, np.maximum(np.abs(centre), 1.0)))
    fast, note = _compiled(policy, adapter, schema, reference)
    inline = fast is None and _call_ms(adapter, reference, schema) < policy.inline_ms
    batcher = MicroBatcher(adapter.predict_proba) if fast is None and not inline and policy.batching else None
    return ServedModel(spec.name, version, adapter, schema, guards, np.asarray(adapter.classes), signature, stats,
                       fast, note, batcher, inline)


def _call_ms(adapter: ModelAdapter, reference: Dataset | None, schema: InputSchema) -> float:
    """The median time of a one-row call, in ms (a thread hop costs more than a sub-2 ms call saves)."""
    import time

    if reference is not None and len(reference.X):
        row = reference.X[:1]
    else:
        lower, upper = schema.spec.lower, schema.spec.upper
        row = np.where(np.isfinite(lower), lower, np.where(np.isfinite(upper), upper, 0.0))[None, :]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        try:
            adapter.predict_proba(row)
        except Exception:
            return float("inf")  # it will fail on requests too: keep it off the event loop
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def _compiled(policy: Policy, adapter: ModelAdapter, schema: InputSchema,
              reference: Dataset | None) -> tuple[Callable[[np.ndarray], np.ndarray] | None, str]:
    """The fast path for a scikit-learn model scored by predict_proba, when the policy allows it."""
    estimator = getattr(adapter, "estimator", None)
    if not policy.fast_path:
        return None, "fast path off (fast_path: false)"
    if estimator is None or getattr(adapter, "_method", "") != "predict_proba":
        return None, "served through its adapter (not a scikit-learn predict_proba model)"
    from modelward.gateway.fastpath import check_rows, compile_model

    spec = schema.spec
    rows = check_rows(None if reference is None else reference.X, spec.lower, spec.upper, spec.n_features)
    compiled = compile_model(estimator, rows)
    return compiled.predict_proba, compiled.note


class ModelRegistry:
    """The active version of each model, and the one before it (for rollback)."""

    def __init__(self, policy: Policy, verifier: SignatureVerifier | None,
                 loader: Callable[..., ModelAdapter] | None = None) -> None:
        self.policy = policy
        self.verifier = verifier
        self.loader = loader
        self._lock = threading.Lock()
        self.active: dict[str, ServedModel] = {}
        self.previous: dict[str, str] = {}
        for spec in policy.models:
            self.active[spec.name] = load_version(policy, spec, spec.active, verifier, loader)

    def get(self, name: str) -> ServedModel | None:
        return self.active.get(name)

    def activate(self, name: str, version: str) -> ServedModel:
        spec = self.policy.model(name)
        if spec is None:
            raise ConfigError(f"no model {name!r}")
        served = load_version(self.policy, spec, version, self.verifier, self.loader)  # before any switch
        with self._lock:
            current = self.active[name]
            if current.version != version:
                self.previous[name] = current.version
            self.active[name] = served
        return served

    def rollback(self, name: str) -> ServedModel:
        before = self.previous.get(name)
        if before is None:
            raise ConfigError(f"model {name!r}: no earlier version to roll back to")
        return self.activate(name, before)
