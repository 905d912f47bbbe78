"""The plugin contract, published so third parties can test their own plugins with the suite modelward
runs over its own:

    from modelward.testing import plugin_contract_errors
    assert plugin_contract_errors(MyCheck) == []          # a class (built with its example_params)
    assert plugin_contract_errors(MyMitigation(epochs=2), ctx) == []

It runs the plugin on a small real model and data: a check's findings must name it and its threat and
round-trip through JSON, and measured severities must follow the rubric; a mitigation must return a
hardened model with the before/after of the registered check it `improves`; a guard must decide on a
request and a response, and decide the same after `save` and `load`.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Finding, severity_of
from modelward.core.guards import Action, Decision, GuardRequest, GuardResponse
from modelward.core.params import Param, resolve
from modelward.core.plugins import (
    Hardened,
    PluginKind,
    PluginSpec,
    declared_params,
    discover,
    example_params,
    kind_of,
    spec_mismatch,
)


def reference_context(seed: int = 0) -> AssessContext:
    """A small real assessment context: logistic regression on breast cancer, held-out rows; the
    training rows are its `reference` (for checks that compare data with what the model was fitted on)."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.core.adapters.spec import InputSpec

    data = load_breast_cancer()
    X_tr, X_te, y_tr, y_te = train_test_split(data.data, data.target, test_size=0.3, random_state=seed)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
    names = tuple(str(n) for n in data.feature_names)
    adapter = SklearnAdapter(model, input_spec=InputSpec.infer(X_te, names))
    return AssessContext(adapter, Dataset(X_te, y_te, names, "target", "breast_cancer"), seed=seed,
                         reference=Dataset(X_tr, y_tr, names, "target", "breast_cancer (training rows)"))


def torch_reference_context(seed: int = 0) -> AssessContext | None:
    """A small torch MLP on digits scaled to [0, 1] (None when torch is not installed)."""
    try:
        import torch
    except ImportError:
        return None
    from sklearn.datasets import load_digits

    from modelward.core.adapters.spec import InputSpec
    from modelward.core.adapters.torch import TorchAdapter

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    Xt, yt = torch.as_tensor(X[:1200], dtype=torch.float32), torch.as_tensor(y[:1200])
    for _ in range(60):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(Xt), yt).backward()  # type: ignore[no-untyped-call]
        opt.step()
    names = tuple(f"pixel{i}" for i in range(64))
    spec = InputSpec.infer(np.vstack([np.zeros(64), np.ones(64)]), names)
    adapter = TorchAdapter(net.eval(), classes=np.arange(10), input_spec=spec, device="cpu", name="digits-mlp")
    return AssessContext(adapter, Dataset(X[:600], y[:600], names, "digit", "digits"), seed=seed)


def reference_contexts(seed: int = 0) -> Iterator[AssessContext]:
    yield reference_context(seed)
    torch_ctx = torch_reference_context(seed)
    if torch_ctx is not None:
        yield torch_ctx


def _param_errors(plugin: Any) -> list[str]:
    errors = []
    params = getattr(plugin, "params", ())
    if not isinstance(params, tuple | list) or not all(isinstance(p, Param) for p in params):
        return ["`params` must be a tuple of modelward.core.params.Param"]
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        errors.append(f"parameter names repeat: {names}")
    for p in params:
        if not p.doc.strip():
            errors.append(f"parameter {p.name!r} has no doc")
        if not (p.many and p.default == ()):
            try:
                p.convert(p.default, "contract")
            except Exception as exc:
                errors.append(f"parameter {p.name!r}: its default does not pass its own declaration: {exc}")
    try:
        resolve(str(getattr(plugin, "id", "?")), tuple(params), example_params(plugin))
    except Exception as exc:
        errors.append(f"example_params do not match the declared parameters: {exc}")
    return errors


def _finding_errors(plugin: Any, findings: Any) -> list[str]:
    from modelward.core.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    if not isinstance(findings, list) or not all(isinstance(f, Finding) for f in findings):
        return ["run() must return a list of Finding"]
    errors = []
    for f in findings:
        if f.check_id != plugin.id:
            errors.append(f"finding {f.title!r} names check {f.check_id!r}, not {plugin.id!r}")
        if f.threat not in taxonomy.threat_ids:
            errors.append(f"finding {f.title!r} names unknown threat {f.threat!r}")
        unknown = set(f.mitigations) - set(taxonomy.mitigations)
        if unknown:
            errors.append(f"finding {f.title!r} names unknown mitigations {sorted(unknown)}")
        ev = f.evidence
        if ev.likelihood is not None and ev.impact is not None and f.severity != severity_of(ev.likelihood, ev.impact):
            errors.append(f"finding {f.title!r}: severity {f.severity.value} does not follow the rubric for "
                          f"likelihood {ev.likelihood} x impact {ev.impact} ({severity_of(ev.likelihood, ev.impact)})")
        if Finding.from_dict(json.loads(json.dumps(f.to_dict()))) != f:
            errors.append(f"finding {f.title!r} does not round-trip through JSON")
    return errors


def _hardened_errors(plugin: Any, ctx: AssessContext, result: Any) -> list[str]:
    from modelward.core.taxonomy import load_taxonomy

    if not isinstance(result, Hardened):
        return ["apply() must return modelward.core.plugins.Hardened"]
    errors = []
    applied = result.applied
    if result.mitigation_id != plugin.id:
        errors.append(f"Hardened.mitigation_id is {result.mitigation_id!r}, not {plugin.id!r}")
    if applied.check_id != plugin.improves:
        errors.append(f"the before/after is from {applied.check_id!r}, but the plugin improves {plugin.improves!r}")
    checks = {s.id: s for s in discover(PluginKind.CHECK)}
    if plugin.improves not in checks:
        errors.append(f"improves {plugin.improves!r}, which is not a registered check")
    elif checks[plugin.improves].threat != plugin.threat:
        errors.append(f"improves {plugin.improves!r} of threat {checks[plugin.improves].threat!r}, "
                      f"not its own threat {plugin.threat!r}")
    if applied.threat != plugin.threat:
        errors.append(f"the applied mitigation names threat {applied.threat!r}, not {plugin.threat!r}")
    if applied.mitigation_id not in load_taxonomy().mitigations:
        errors.append(f"the applied mitigation {applied.mitigation_id!r} is not a mitigation of the taxonomy")
    shared = set(applied.before) & set(applied.after)
    if not shared:
        errors.append("before and after share no measurement: they are not the same measurement")
    bad = [k for k in shared for v in (applied.before[k], applied.after[k])
           if not isinstance(v, int | float) or not math.isfinite(v)]
    if bad:
        errors.append(f"before/after values must be finite numbers: {sorted(set(bad))}")
    try:
        proba = np.asarray(result.model.predict_proba(ctx.data.X[:5]))
        if proba.shape != (min(5, len(ctx.data)), len(result.model.classes)):
            errors.append(f"the hardened model returns probabilities of shape {proba.shape}")
    except Exception as exc:
        errors.append(f"the hardened model cannot score rows: {type(exc).__name__}: {exc}")
    return errors


def _decision_errors(plugin: Any, decision: Any, where: str, n_rows: int, n_classes: int) -> list[str]:
    if not isinstance(decision, Decision):
        return [f"{where} must return a modelward.core.guards.Decision"]
    errors = []
    if decision.guard_id != plugin.id:
        errors.append(f"{where}: Decision.guard_id is {decision.guard_id!r}, not {plugin.id!r}")
    if decision.action != Action.ALLOW and not decision.reason:
        errors.append(f"{where}: a {decision.action.value} decision must say why")
    if any(not 0 <= r < n_rows for r in decision.rows):
        errors.append(f"{where}: rows {decision.rows} are outside the request's {n_rows} rows")
    if decision.outputs is not None and np.shape(decision.outputs) != (n_rows, n_classes):
        errors.append(f"{where}: replacement outputs of shape {np.shape(decision.outputs)}, expected "
                      f"{(n_rows, n_classes)}")
    return errors


def _guard_errors(cls: Any, instance: Any, ctx: AssessContext) -> list[str]:
    rows = ctx.data.X[:12]
    request = GuardRequest("contract-client", model=ctx.model.name, role="user", rows=rows)
    response = GuardResponse(request, ctx.model.predict_proba(rows), tuple(np.asarray(ctx.model.classes).tolist()))
    n, k = len(rows), len(ctx.model.classes)
    errors = []
    first = (instance.inspect(request), instance.filter(response))
    errors += _decision_errors(instance, first[0], "inspect()", n, k)
    errors += _decision_errors(instance, first[1], "filter()", n, k)
    with tempfile.TemporaryDirectory() as tmp:
        written = instance.save(Path(tmp) / "guard")
        if not isinstance(written, list) or not all(Path(p).is_file() for p in written):
            errors.append("save() must return the list of files it wrote")
        if any(Path(p).suffix in (".pkl", ".pickle", ".joblib") for p in written):
            errors.append("save() must not write pickle")
        restored = cls.load(Path(tmp) / "guard", ctx.model)
    again = (restored.inspect(request), restored.filter(response))
    for label, a, b in (("inspect", first[0], again[0]), ("filter", first[1], again[1])):
        if (a.action, a.rows) != (b.action, b.rows):
            errors.append(f"{label}() decides {b.action.value} on rows {b.rows} after save/load, "
                          f"{a.action.value} on rows {a.rows} before")
    return errors


def plugin_contract_errors(plugin: Any, ctx: AssessContext | None = None,
                           params: Mapping[str, Any] | None = None) -> list[str]:
    """Everything wrong with a plugin (a class, built with `params` or its `example_params`, or an
    instance) against the contract; an empty list means it conforms. Without `ctx`, it runs on the
    reference contexts (scikit-learn on breast cancer; a torch MLP on digits when torch is installed)
    and must apply to at least one."""
    from modelward.core.taxonomy import load_taxonomy

    errors: list[str] = []
    for attr in ("id", "threat", "title"):
        if not isinstance(getattr(plugin, attr, None), str) or not getattr(plugin, attr):
            errors.append(f"missing or empty string attribute {attr!r}")
    if errors:
        return errors
    if plugin.threat not in load_taxonomy().threat_ids:
        errors.append(f"threat {plugin.threat!r} is not in the taxonomy")
    cls: Any = plugin if isinstance(plugin, type) else type(plugin)
    if not (cls.__doc__ or "").strip():
        errors.append("class has no docstring saying what it measures or does")
    kind = kind_of(plugin)
    if kind is None:
        return [*errors, "is not a Check (applies, run), Mitigation (applies, apply, improves) or Guard "
                         "(from_config, load, inspect, filter, save)"]
    param_errors = _param_errors(plugin)
    if param_errors:
        return errors + param_errors
    values = dict(params) if params is not None else example_params(plugin)
    contexts = [ctx] if ctx is not None else list(reference_contexts())
    if kind == PluginKind.GUARD:
        if not callable(getattr(cls, "load", None)):
            return ["a guard class needs a classmethod load(directory, model)"]
        for c in contexts:
            instance = (cls.from_config(resolve(cls.id, declared_params(cls), values), c.model, c.data)
                        if isinstance(plugin, type) else plugin)
            return errors + _guard_errors(cls, instance, c)
    instance = cls(**resolve(cls.id, declared_params(cls), values)) if isinstance(plugin, type) else plugin
    for c in contexts:
        if not instance.applies(c):
            continue
        if kind == PluginKind.CHECK:
            return errors + _finding_errors(instance, instance.run(c))
        return errors + _hardened_errors(instance, c, instance.apply(c))
    return [f"applies to none of the reference contexts ({', '.join(c.data.source for c in contexts)}); "
            "pass a context it applies to"]


def registry_contract_errors(spec: PluginSpec) -> list[str]:
    """The contract for one registered plugin: its registration matches its object, then the plugin's own.
    Format scanners are checked by the scan package, which owns their protocol."""
    import importlib

    if spec.kind == PluginKind.FORMAT:
        try:
            contract = importlib.import_module("modelward.scan.contract")
        except ImportError:
            return ["no format contract: modelward.scan.contract.format_contract_errors is missing"]
        return list(contract.format_contract_errors(spec))
    module_name, _, attr = spec.target.partition(":")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        return [f"cannot import {spec.target}: {exc}"]
    mismatch = spec_mismatch(spec, obj)
    if mismatch:
        return [f"{spec.target} {p}" for p in mismatch]
    make_context = getattr(obj, "contract_context", None)  # a plugin that needs another context (an LLM endpoint)
    return plugin_contract_errors(obj, make_context() if callable(make_context) else None)
