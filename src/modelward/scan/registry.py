"""Format name -> "module:function" of its scanner (a FormatScanner: (path, limits) -> FileScan).

A static table imported lazily: a scanner whose module cannot be imported makes the file
"skipped: scanner for X not installed", never a crash.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from modelward.core.limits import Limits
from modelward.scan.base import FileScan, FormatScanner

SCANNERS: dict[str, str] = {
    # pickle family (this package)
    "pickle": "modelward.scan.containers.joblib_files:scan_pickle_or_joblib",
    "pickle+zip": "modelward.scan.containers.polyglot:scan_polyglot",
    "zip": "modelward.scan.containers.zipfiles:scan_zip_file",
    "torch-legacy": "modelward.scan.containers.torch_legacy:scan_torch_legacy",
    "tar": "modelward.scan.containers.torch_legacy:scan_tar",
    "numpy": "modelward.scan.containers.numpy_files:scan_npy",
    "compressed": "modelward.scan.containers.compressed:scan_compressed",
    # other formats (modelward.scan.formats)
    "keras": "modelward.scan.formats.keras:scan",
    "h5": "modelward.scan.formats.h5:scan",
    "savedmodel": "modelward.scan.formats.savedmodel:scan",
    "onnx": "modelward.scan.formats.onnx:scan",
    "safetensors": "modelward.scan.formats.safetensors:scan",
    "gguf": "modelward.scan.formats.gguf:scan",
}


def load_scanner(fmt: str) -> FormatScanner | None:
    """The scanner for `fmt`, or None when none is registered or its module does not import."""
    target = SCANNERS.get(fmt)
    if target is None:
        return None
    module, _, func = target.partition(":")
    try:
        return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def run_scanner(fmt: str, path: Path, limits: Limits) -> FileScan:
    scanner = load_scanner(fmt)
    if scanner is None:
        reason = (f"scanner for {fmt} not installed" if fmt in SCANNERS else f"no scanner for format {fmt}")
        return FileScan(str(path), fmt, skipped=reason)
    return scanner(path, limits)
