"""The library's entry points that span capabilities: load a model (scanning files first) and assess it.

This module sits above `modelward.core` and the capability packages: the core never imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
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
           model_options: dict[str, Any] | None = None, **kw: Any) -> Report:
    """Measure the model's exposure with every applicable registered check (see `modelward.core.assess`).

    `model`: a fitted estimator, torch module, callable, adapter, file path or URL; `trust`: model files
    you checked, admitted with classes outside the scanner's allowlist."""
    from modelward.core.assess import assess as assess_adapter
    from modelward.core.adapters.wrap import is_url

    adapter = load_model(model, trust, **dict(model_options or {}))
    is_file = isinstance(model, str | PathLike) and not is_url(model) and Path(model).is_file()
    return assess_adapter(adapter, data, target,
                          subject=str(model) if isinstance(model, str | PathLike) else "",
                          model_inputs=(InputRecord.of_file(model, "model"),) if is_file else (), **kw)
