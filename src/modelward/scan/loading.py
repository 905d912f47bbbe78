"""Load a model file into a ModelAdapter, never running untrusted code.

File formats are told by content (magic bytes), the extension only breaking ties. Formats that run
code when loaded (pickle, joblib, PyTorch archives, TorchScript) are scanned first and loaded through
the scanner's allowlist unpickler (`_load_code_bearing`).
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterable
from enum import StrEnum
from os import PathLike
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.wrap import SUPPORTED, wrap
from modelward.core.errors import ModelLoadError
_PICKLE_SUFFIXES = {".pkl", ".pickle", ".joblib", ".pt", ".pth", ".bin", ".ckpt", ".sav"}
_COMPRESSED = (b"\x1f\x8b", b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda", b"BZh", b"\xfd7zXZ")


class FileKind(StrEnum):
    ONNX = "onnx"
    PICKLE = "pickle"  # plain, joblib or compressed joblib pickle stream
    TORCH_ZIP = "torch-zip"  # torch.save archive: a pickle inside a zip
    TORCHSCRIPT = "torchscript"  # a zip holding Python code plus pickled constants
    ZIP = "zip"  # any other zip (numpy .npz, Keras, ...)
    UNKNOWN = "unknown"


def _looks_like_onnx(head: bytes) -> bool:
    """ModelProto serialised in field order: ir_version (field 1, varint), then a later field tag."""
    if len(head) < 3 or head[0] != 0x08 or not 1 <= head[1] <= 30:
        return False
    field, wire = head[2] >> 3, head[2] & 7
    return field in (2, 3, 4, 5, 6, 7, 8, 14, 20) and wire in (0, 2)


def sniff(path: Path) -> FileKind:
    """The kind of model file, from its first bytes and, for zips, its member names."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError) as exc:
            raise ModelLoadError(f"{path}: looks like a zip archive but cannot be read: {exc}") from exc
        if any("/code/" in f"/{n}" for n in names):
            return FileKind.TORCHSCRIPT
        if any(n.endswith(".pkl") for n in names):
            return FileKind.TORCH_ZIP
        return FileKind.ZIP
    if head[:1] == b"\x80" and len(head) > 1 and 2 <= head[1] <= 5:
        return FileKind.PICKLE
    if _looks_like_onnx(head):
        return FileKind.ONNX
    suffix = path.suffix.lower()
    if suffix == ".onnx":
        return FileKind.ONNX
    if suffix in _PICKLE_SUFFIXES or (suffix in (".gz", ".z", ".bz2", ".xz") and head.startswith(_COMPRESSED)):
        return FileKind.PICKLE  # protocol 0/1 pickles and compressed joblib dumps have no fixed magic
    return FileKind.UNKNOWN


def _is_trusted(path: Path, trust: Iterable[str | PathLike[str]]) -> bool:
    resolved = path.resolve()
    return any(Path(t).resolve() == resolved for t in trust)


def _load_code_bearing(path: Path, kind: FileKind, trust: Iterable[str | PathLike[str]]) -> Any:
    """Pickle-based files are scanned before anything is deserialised.

    Untrusted files load through the scanner's allowlist unpickler (any other global is refused,
    by name). A file listed in `trust` may use classes outside the allowlist, but a scan finding
    of high or critical severity (code execution, file or network access) still refuses it.
    """
    from modelward.core.findings import Severity
    from modelward.scan import api as scan_api
    from modelward.scan import safe_load

    if not _is_trusted(path, trust):
        if kind == FileKind.TORCHSCRIPT:
            raise ModelLoadError(
                f"{path}: a TorchScript archive carries code that runs when loaded; scan it "
                f"(modelward scan {path}) and pass --trust {path} to load it"
            )
        return _not_a_state_dict(path, safe_load.load(path))
    result = scan_api.scan_file(path)
    if result.error:
        raise ModelLoadError(f"{path}: the scan failed, refusing to load: {result.error}")
    dangerous = [f for f in result.findings if f.severity >= Severity.HIGH]
    if dangerous:
        worst = max(dangerous, key=lambda f: f.severity.rank)
        raise ModelLoadError(
            f"{path}: refused even though trusted: {worst.title} ({worst.check_id} at {worst.location})"
        )
    return _load_trusted(path, kind)


def load_file(path: Path, trust: Iterable[str | PathLike[str]] = (), **kw: Any) -> ModelAdapter:
    """A model file as an adapter: told by content, code-bearing formats scanned first."""
    if not path.exists():
        raise ModelLoadError(f"{path}: no such file")
    if not path.is_file():
        raise ModelLoadError(f"{path}: not a regular file; supported: {SUPPORTED}")
    kind = sniff(path)
    if kind == FileKind.ONNX:
        from modelward.core.adapters.onnx import OnnxAdapter

        return OnnxAdapter(path, **kw)
    if kind in (FileKind.PICKLE, FileKind.TORCH_ZIP, FileKind.TORCHSCRIPT):
        return wrap(_load_code_bearing(path, kind, trust), **kw)
    what = "a zip archive that is not a PyTorch model" if kind == FileKind.ZIP else "an unrecognised format"
    raise ModelLoadError(f"{path}: {what}; supported: {SUPPORTED}")


def _not_a_state_dict(path: Path, obj: Any) -> Any:
    if isinstance(obj, dict):
        raise ModelLoadError(
            f"{path}: holds a state dict (weights only), not a model; build the module in "
            "Python, load the weights into it and pass the module"
        )
    return obj


def _load_trusted(path: Path, kind: FileKind) -> Any:
    """Deserialise a file the gate admitted. This runs code from the file: only after the gate."""
    from modelward.core.errors import require

    try:
        if kind == FileKind.TORCHSCRIPT:
            torch: Any = require("torch", "torch", f"Loading the TorchScript model {path.name}")
            with warnings.catch_warnings():  # deprecated upstream, still how such files are read
                warnings.simplefilter("ignore", DeprecationWarning)
                return torch.jit.load(str(path), map_location="cpu")
        if kind == FileKind.TORCH_ZIP:
            torch = require("torch", "torch", f"Loading the PyTorch model {path.name}")
            return _not_a_state_dict(path, torch.load(str(path), map_location="cpu", weights_only=False))
        import joblib  # scikit-learn depends on it; reads plain pickles too

        return joblib.load(path)
    except ModelLoadError:
        raise
    except Exception as exc:
        raise ModelLoadError(f"{path}: could not be loaded as {kind.value}: {exc}") from exc
