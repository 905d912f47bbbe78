"""The library's entry points that span capabilities: load a model (scanning files first), assess it, harden it.

This module sits above `modelward.core` and the capability packages: the core never imports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from os import PathLike
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.plugins import Hardened
from modelward.core.report import InputRecord, Report


def load_model(model: Any, trust: Iterable[str | PathLike[str]] = (), **kw: Any) -> ModelAdapter:
    """A ModelAdapter for a live model, an http(s) URL or a model file; files are told by content and
    code-bearing formats are scanned before anything is deserialised. Keyword arguments go to the adapter."""
    from modelward.core.adapters.wrap import adapter_for, is_url

    if isinstance(model, str | PathLike) and not is_url(model):
        from modelward.scan.loading import load_file

        return load_file(Path(model), tuple(trust), **kw)
    return adapter_for(model, **kw)


def assess(model: Any, data: Any, target: str | None = None, *, trust: Iterable[str | PathLike[str]] = (),
           model_options: dict[str, Any] | None = None, name: str | None = None, **kw: Any) -> Report:
    """Measure the model's exposure with every applicable registered check (see `modelward.core.assess` for
    `params`, `only` and the rest).

    `model`: a fitted estimator, torch module, callable, adapter, file path or URL; `trust`: model files
    you checked, admitted with classes outside the scanner's allowlist; `name`: the model's name in the
    report (default: the file's name, the URL, or the model's class); `reference=`: data the model is known
    to work on, which turns on the checks that compare `data` with it (drift)."""
    from modelward.core.adapters.wrap import is_url
    from modelward.core.assess import assess as assess_adapter

    adapter = load_model(model, trust, **dict(model_options or {}))
    is_file = isinstance(model, str | PathLike) and not is_url(model) and Path(model).is_file()
    subject = name or (Path(model).name if is_file else str(model) if isinstance(model, str | PathLike) else "")
    return assess_adapter(adapter, data, target, subject=subject,
                          model_inputs=(InputRecord.of_file(model, "model"),) if is_file else (), **kw)


def harden(model: Any, data: Any, mitigation: str, target: str | None = None, *,
           holdout: Any = None, params: Mapping[str, Any] | None = None,
           trust: Iterable[str | PathLike[str]] = (), input_spec: InputSpec | None = None, seed: int = 0) -> Hardened:
    """Apply the registered mitigation `mitigation` (an id, or its unique last part such as "detection") to
    `model`, trained on `data`, and return the hardened model with the before/after of the check it
    improves, measured on the same held-out rows (`holdout`, else a split of `data`).

    `params`: the mitigation's declared parameters (`modelward plugins show ID` lists them); an unknown or
    ill-typed one is a ConfigError naming the plugin and the parameter."""
    from modelward.core.context import AssessContext
    from modelward.core.data import as_dataset
    from modelward.core.plugins import PluginKind, get

    spec = get(mitigation, PluginKind.MITIGATION)
    plugin = spec.build(params)  # parameters are checked before any work
    dataset = as_dataset(data, target)
    inferred = input_spec if input_spec is not None else InputSpec.infer(dataset.X, dataset.feature_names)
    if isinstance(model, str | PathLike):  # a file or URL learns its input domain (torch: its class count) here
        adapter = load_model(model, trust, input_spec=inferred)
    else:
        adapter = load_model(model, trust)
        if input_spec is not None or not adapter.input_spec.features:
            adapter.input_spec = inferred
    ctx = AssessContext(adapter, dataset, seed=seed, holdout=None if holdout is None else as_dataset(holdout, target))
    hardened: Hardened = plugin.apply(ctx)
    return hardened
