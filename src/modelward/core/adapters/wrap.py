"""The adapter for something already in memory (a fitted estimator, a torch module, a callable, ONNX
bytes) or a remote endpoint. Files are not opened here: `modelward.load_model` scans them first."""

from __future__ import annotations

import sys
from typing import Any

from modelward.core.adapters.base import BaseAdapter, ModelAdapter
from modelward.core.errors import ModelLoadError

SUPPORTED = (
    "a fitted scikit-learn classifier, a torch.nn.Module, a Python callable or a ModelAdapter; "
    "an .onnx file; an http(s):// endpoint; "
    "pickle/joblib/PyTorch files after a clean scan (TorchScript only with --trust PATH)"
)


def is_url(model: Any) -> bool:
    return isinstance(model, str) and model.split("://", 1)[0].lower() in ("http", "https")


def adapter_for(model: Any, **kw: Any) -> ModelAdapter:
    """Wrap a live model, ONNX bytes or an http(s) URL; keyword arguments go to the adapter."""
    if is_url(model):
        from modelward.core.adapters.http import HttpAdapter

        return HttpAdapter(model, **kw)
    if isinstance(model, bytes):
        from modelward.core.adapters.onnx import OnnxAdapter

        return OnnxAdapter(model, **kw)
    return wrap(model, **kw)


def wrap(model: Any, **kw: Any) -> ModelAdapter:
    """The adapter for a live Python object."""
    # BaseAdapter first: the protocol check reads attributes, which a remote adapter fetches lazily
    if isinstance(model, BaseAdapter) or isinstance(model, ModelAdapter):  # noqa: SIM101
        if kw:
            raise ModelLoadError(f"{type(model).__name__} is already an adapter; options {sorted(kw)} unused")
        return model
    torch = sys.modules.get("torch")  # a torch module exists only if torch is already imported
    if torch is not None and isinstance(model, torch.nn.Module):
        from modelward.core.adapters.torch import TorchAdapter

        return TorchAdapter(model, **kw)
    if hasattr(model, "fit") and hasattr(model, "classes_"):
        from modelward.core.adapters.sklearn import SklearnAdapter

        return SklearnAdapter(model, **kw)
    if hasattr(model, "fit"):
        raise ModelLoadError(f"{type(model).__name__}: looks like an unfitted or non-classifier estimator")
    if callable(model):
        from modelward.core.adapters.callable import CallableAdapter

        if "classes" not in kw:
            raise ModelLoadError("wrapping a plain function needs classes= (the labels it can return)")
        return CallableAdapter(model, **kw)
    if isinstance(model, str):
        raise ModelLoadError(f"{model}: a file path is loaded with modelward.load_model, which scans it first")
    raise ModelLoadError(f"cannot use a {type(model).__name__} as a model; supported: {SUPPORTED}")
