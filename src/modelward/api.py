"""The library's entry points that span capabilities: load a model (scanning files first), assess it, harden it.

This module sits above `modelward.core` and the capability packages: the core never imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.plugins import Hardened
from modelward.core.report import InputRecord, Report


def load_model(model: Any, trust: Iterable[str | PathLike[str]] = (), **kw: Any) -> ModelAdapter:
    """A ModelAdapter for a live model, an http(s) URL or a model file; files are told by content and
    code-bearing formats are scanned before anything is deserialised. Keyword arguments go to the adapter.
    A sealed package (`modelward seal`) takes `key_provider=` and `member=` (see `load_sealed`). A version in
    the model store is given as `modelward.integrity.StoredModel(store, name, ref)`: read verified (refused
    when its signature, its hashes or a quarantine say no), then scanned and loaded like a sealed member."""
    from modelward.core.adapters.wrap import adapter_for, is_url

    stored = sys.modules.get("modelward.integrity.store")  # a StoredModel exists only once it is imported
    if stored is not None and isinstance(model, stored.StoredModel):
        return _load_bytes(*model.read(), **kw)
    if isinstance(model, str | PathLike) and not is_url(model):
        from modelward.integrity.seal.package import is_sealed

        if is_sealed(Path(model)) or "key_provider" in kw:
            return load_sealed(model, kw.pop("key_provider", None), kw.pop("member", None), **kw)
        from modelward.scan.loading import load_file

        return load_file(Path(model), tuple(trust), **kw)
    return adapter_for(model, **kw)


def load_sealed(package: str | PathLike[str], key_provider: Any, member: str | None = None, *,
                signature_trust: Any = None, **kw: Any) -> ModelAdapter:
    """A model from a sealed package, decrypted in memory only (no plaintext is written), then scanned and
    loaded from those bytes like a file: ONNX after a clean scan, pickles through the allowlist unpickler.
    `key_provider`: a provider or its URI (file:PATH, env:NAME, vault:URL); `member`: the file to load when
    the package holds several; `signature_trust`: a `modelward.integrity.Trust` the package's signature
    must verify under before anything is decrypted."""
    from modelward.core.errors import ModelLoadError
    from modelward.integrity.seal import open_sealed, provider_from_uri

    if key_provider is None:
        raise ModelLoadError(f"{package}: a sealed package; give key_provider= (file:PATH, env:NAME or vault:URL)")
    provider = provider_from_uri(key_provider) if isinstance(key_provider, str) else key_provider
    with open_sealed(Path(package), provider, signature_trust) as sealed:
        data = sealed.read(member)
        label = f"{package}[{member or next(iter(sealed.files))}]"
    return _load_bytes(data, label, **kw)


def _load_bytes(data: bytes, label: str, **kw: Any) -> ModelAdapter:
    """A model from bytes held in memory (a sealed member, a stored version): scanned, then ONNX after a
    clean scan, pickles through the allowlist unpickler."""
    from modelward.core.adapters.wrap import wrap
    from modelward.core.errors import ModelLoadError
    from modelward.core.findings import Severity
    from modelward.scan.allowlist import builtin_policy
    from modelward.scan.dispatch import scan_source
    from modelward.scan.limits import DEFAULT_LIMITS
    from modelward.scan.safe_load import load_scanned, require_clean
    from modelward.scan.source import Source

    source, policy = Source.of_bytes(data, label), builtin_policy()
    scan = scan_source(source, policy, DEFAULT_LIMITS)
    if scan.format == "onnx":
        from modelward.core.adapters.onnx import OnnxAdapter

        require_clean(scan, label, Severity.HIGH)
        if any(f.check_id == "scan.onnx.external-data" for f in scan.findings):
            raise ModelLoadError(f"{label}: ONNX external data is not supported in a model loaded from memory "
                                 "(a sealed package or a stored version)")
        return OnnxAdapter(data, **kw)
    return wrap(load_scanned(source, scan, policy), **kw)


def assess(model: Any, data: Any, target: str | None = None, *, trust: Iterable[str | PathLike[str]] = (),
           model_options: dict[str, Any] | None = None, name: str | None = None, sensitive: Sequence[str] = (),
           **kw: Any) -> Report:
    """Measure the model's exposure with every applicable registered check (see `modelward.core.assess` for
    `params`, `only` and the rest).

    `model`: a fitted estimator, torch module, callable, adapter, file path or URL; `trust`: model files
    you checked, admitted with classes outside the scanner's allowlist; `name`: the model's name in the
    report (default: the file's name, the URL, or the model's class); `reference=`: data the model is known
    to work on, which turns on the checks that compare `data` with it (drift); `sensitive`: columns of the
    data that are sensitive attributes (group fairness, proxies), kept out of the model's features when it
    does not take them."""
    from modelward.core.adapters.wrap import is_url
    from modelward.core.assess import assess as assess_adapter

    adapter = load_model(model, trust, **dict(model_options or {}))
    is_file = isinstance(model, str | PathLike) and not is_url(model) and Path(model).is_file()
    subject = name or (Path(model).name if is_file else str(model) if isinstance(model, str | PathLike) else "")
    inputs = [InputRecord.of_file(model, "model")] if is_file else []
    if sensitive:
        data, kw, more = _set_aside(adapter, data, target, tuple(sensitive), kw)
        inputs += more
    return assess_adapter(adapter, data, target, subject=subject, model_inputs=tuple(inputs), **kw)


def _set_aside(adapter: ModelAdapter, data: Any, target: str | None, sensitive: tuple[str, ...],
               kw: dict[str, Any]) -> tuple[Any, dict[str, Any], list[InputRecord]]:
    """The data (and reference) as Datasets carrying the sensitive columns as attributes; a column the
    model does not take leaves its features. The files' hashes are recorded here, since the Datasets
    passed on are no longer paths."""
    from modelward.core.data import as_dataset
    from modelward.explain.fairness.groups import set_aside

    def takes(X: Any) -> bool:
        try:
            adapter.predict_proba(X)
        except Exception:
            return False
        return True

    records = []
    reference = kw.get("reference")
    ref = None if reference is None else as_dataset(reference, target)
    if ref is not None:
        if isinstance(reference, str | PathLike) and Path(reference).is_file():
            records.append(InputRecord.of_file(Path(reference), "reference"))
        kw = {**kw, "reference": set_aside(ref, sensitive, takes)}
    if isinstance(data, str | PathLike) and Path(data).is_file():
        records.append(InputRecord.of_file(Path(data), "data"))
    return set_aside(as_dataset(data, target, like=ref), sensitive, takes), kw, records


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
    held = None if holdout is None else as_dataset(holdout, target, like=dataset)  # same category codes
    ctx = AssessContext(adapter, dataset, seed=seed, holdout=held)
    hardened: Hardened = plugin.apply(ctx)
    return hardened


def explain(model: Any, data: Any, target: str | None = None, *, rows: Any = None,
            trust: Iterable[str | PathLike[str]] = (), sensitive: Sequence[str] = (), **kw: Any) -> Any:
    """Explain `model` on `data` (see `modelward.explain.explain` for the options): local attributions of
    `rows` (indices, or "START:STOP" / "3,7,11"), the global picture of a sample, stability, the sanity
    check and surrogate rules. Model files are scanned before they are loaded; `sensitive` columns are set
    aside as for `assess`."""
    from modelward.core.data import as_dataset
    from modelward.explain.explanation import explain as explain_dataset
    from modelward.explain.explanation import parse_rows

    adapter = load_model(model, trust)
    dataset = as_dataset(data, target)
    if sensitive:
        dataset, _, _ = _set_aside(adapter, dataset, target, tuple(sensitive), {})
    if not adapter.input_spec.features:
        adapter.input_spec = InputSpec.infer(dataset.X, dataset.feature_names)
    picked = parse_rows(rows, len(dataset)) if isinstance(rows, str) else rows
    return explain_dataset(adapter, dataset, picked, **kw)
