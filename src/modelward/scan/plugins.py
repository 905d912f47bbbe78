"""The scan package's built-in plugins: one format scanner per model-file format, as declared data.

`FORMATS` is the table the scanner dispatches on (format name -> "module:attr" of a FormatScanner);
`PLUGINS` is the same table as core-registry specs (`PluginKind.FORMAT`), registered in modelward's
pyproject under the entry-point group `modelward.plugins`. Importing this module imports nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from modelward.core.plugins import PluginSpec

_C, _F = "modelward.scan.containers.", "modelward.scan.formats."
# format name (as scan/sniff.py names it) -> (target, title)
FORMATS: dict[str, tuple[str, str]] = {
    "pickle": (_C + "joblib_files:PICKLE", "Pickle and joblib files (symbolic pickle VM)"),
    "pickle+zip": (_C + "polyglot:POLYGLOT", "Files that are a pickle and a ZIP at once"),
    "zip": (_C + "archive:ZIP", "ZIP archives: PyTorch, TorchScript, .npz, Keras and any other"),
    "tar": (_C + "tar:TAR", "Tar archives, legacy PyTorch tar included"),
    "torch-legacy": (_C + "torch_legacy:TORCH_LEGACY", "Legacy PyTorch files (pickle sequence)"),
    "numpy": (_C + "numpy_files:NUMPY", "NumPy .npy (object arrays are pickles)"),
    "compressed": (_C + "compressed:COMPRESSED", "Compressed streams (joblib zlib/gzip/bz2/lzma/xz)"),
    "h5": (_F + "h5:H5", "Keras 2 HDF5 model configs"),
    "savedmodel": (_F + "savedmodel:SAVEDMODEL", "TensorFlow graph ops (SavedModel, MetaGraphDef, GraphDef)"),
    "onnx": (_F + "onnx:ONNX", "ONNX external data and custom operator domains"),
    "safetensors": (_F + "safetensors:SAFETENSORS", "safetensors header validation"),
    "gguf": (_F + "gguf:GGUF", "GGUF metadata and chat templates"),
}
THREAT = "supply-chain"


def _specs() -> tuple[PluginSpec, ...]:
    from modelward.core.plugins import PluginKind, PluginSpec

    return tuple(PluginSpec(id=f"scan.{fmt}", kind=PluginKind.FORMAT, threat=THREAT, target=target, title=title)
                 for fmt, (target, title) in FORMATS.items())


def __getattr__(name: str) -> Any:
    # PLUGINS is built on first use, so that importing the table costs nothing on `modelward scan`.
    if name == "PLUGINS":
        return _specs()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
