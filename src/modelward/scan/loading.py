"""Load a model file into a ModelAdapter, never running untrusted code.

The file is opened once and read into memory; the scanner judges those bytes (its format detection
is the only one) and the loader deserialises the same bytes, so a file replaced on disk in between
changes nothing. Code-bearing formats (pickle, joblib, PyTorch, TorchScript) load through the
allowlist unpickler, or, for a file listed in `trust`, through their own loader after a scan that
finished and found nothing high or critical. ONNX models pass the same scan (external-data paths
included) before onnxruntime sees them.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.wrap import SUPPORTED, wrap
from modelward.core.errors import DataError, ModelLoadError
from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy, builtin_policy
from modelward.scan.base import FileScan
from modelward.scan.limits import DEFAULT_LIMITS, Limits
from modelward.scan.source import Source

CODE_BEARING = ("pickle", "joblib", "torch-zip", "torchscript")


def _is_trusted(path: Path, trust: Iterable[str | PathLike[str]]) -> bool:
    resolved = path.resolve()
    return any(Path(t).resolve() == resolved for t in trust)


def load_file(path: Path, trust: Iterable[str | PathLike[str]] = (), *, limits: Limits = DEFAULT_LIMITS,
              policy: GlobalPolicy | None = None, **kw: Any) -> ModelAdapter:
    """A model file as an adapter: read once, scanned, loaded from the scanned bytes."""
    from modelward.scan.dispatch import scan_source

    if not path.exists():
        raise ModelLoadError(f"{path}: no such file")
    if not path.is_file():
        raise ModelLoadError(f"{path}: not a regular file; supported: {SUPPORTED}")
    policy = policy or builtin_policy()
    try:
        source = Source.read(path, limits)
    except (OSError, DataError) as exc:
        raise ModelLoadError(f"{path}: cannot be read: {exc}") from exc
    scan = scan_source(source, policy, limits)
    fmt = scan.format
    if fmt == "onnx":
        return _load_onnx(path, source, scan, **kw)
    if fmt in CODE_BEARING or fmt.startswith("joblib-"):
        return wrap(_load_code_bearing(path, source, scan, policy, _is_trusted(path, trust)), **kw)
    what = f"a zip archive ({fmt}) that is not a PyTorch model" if fmt in ("zip", "npz", "keras") else (
        "an unrecognised format" if fmt in ("unknown", "directory") else f"a {fmt} file")
    raise ModelLoadError(f"{path}: {what}; supported: {SUPPORTED}")


def _load_code_bearing(path: Path, source: Source, scan: FileScan, policy: GlobalPolicy, trusted: bool) -> Any:
    """Untrusted files load through the scanner's allowlist unpickler (any other global is refused, by
    name). A file listed in `trust` may use classes outside the allowlist, but only after a scan that
    finished (verified) without a high or critical finding."""
    from modelward.scan import safe_load

    if not trusted:
        if scan.format == "torchscript":
            raise ModelLoadError(
                f"{path}: a TorchScript archive carries code that runs when loaded; scan it "
                f"(modelward scan {path}) and pass --trust {path} to load it"
            )
        return _not_a_state_dict(path, safe_load.load_scanned(source, scan, policy))
    try:
        safe_load.require_clean(scan, str(path), Severity.HIGH)
    except ModelLoadError as exc:
        raise ModelLoadError(f"{exc} (refused even though trusted)") from None
    return _load_trusted(path, bytes(source.view()), scan.format)


def _not_a_state_dict(path: Path, obj: Any) -> Any:
    if isinstance(obj, dict):
        raise ModelLoadError(
            f"{path}: holds a state dict (weights only), not a model; build the module in "
            "Python, load the weights into it and pass the module"
        )
    return obj


def _load_trusted(path: Path, data: bytes, fmt: str) -> Any:
    """Deserialise bytes the gate admitted. This runs code from the file: only after the gate."""
    from modelward.core.errors import require

    try:
        if fmt == "torchscript":
            torch: Any = require("torch", "torch", f"Loading the TorchScript model {path.name}")
            with warnings.catch_warnings():  # deprecated upstream, still how such files are read
                warnings.simplefilter("ignore", DeprecationWarning)
                return torch.jit.load(io.BytesIO(data), map_location="cpu")
        if fmt == "torch-zip":
            torch = require("torch", "torch", f"Loading the PyTorch model {path.name}")
            return _not_a_state_dict(path, torch.load(io.BytesIO(data), map_location="cpu", weights_only=False))
        import joblib  # scikit-learn depends on it; reads plain pickles too

        return joblib.load(io.BytesIO(data))
    except ModelLoadError:
        raise
    except Exception as exc:
        raise ModelLoadError(f"{path}: could not be loaded as {fmt}: {exc}") from exc


def _load_onnx(path: Path, source: Source, scan: FileScan, **kw: Any) -> ModelAdapter:
    """The scanned bytes to onnxruntime, after the scan's checks; external-data tensors are read by the
    onnx package from the model's folder, each location checked again right before it is read."""
    from modelward.core.adapters.onnx import OnnxAdapter
    from modelward.scan.safe_load import require_clean

    require_clean(scan, str(path), Severity.HIGH)
    data = bytes(source.view())
    if any(f.check_id == "scan.onnx.external-data" for f in scan.findings):
        data = _with_external_data(path, data)
    return OnnxAdapter(data, **kw)


def _with_external_data(path: Path, data: bytes) -> bytes:
    from modelward.core.errors import require
    from modelward.scan.formats.onnx import location_problem

    onnx: Any = require("onnx", "onnx", f"Loading the ONNX model {path.name} with external data")
    from onnx import external_data_helper

    model = onnx.load_model_from_string(data)
    for tensor in external_data_helper._get_all_tensors(model):
        if external_data_helper.uses_external_data(tensor):
            info = external_data_helper.ExternalDataInfo(tensor)
            problem = location_problem(path.parent, info.location)
            if problem is not None:
                raise ModelLoadError(f"{path}: refused to load: external data {info.location!r} ({problem}) "
                                     "(scan.onnx.external-data-path)")
            external_data_helper.load_external_data_for_tensor(tensor, str(path.parent))
            tensor.data_location = onnx.TensorProto.DEFAULT
            del tensor.external_data[:]
    serialised: bytes = model.SerializeToString()
    return serialised
