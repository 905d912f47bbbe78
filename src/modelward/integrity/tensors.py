"""Named tensors of a model file, read without running anything from it.

safetensors files are parsed here (header checked against the file, tensors memory-mapped, never copied
whole); ONNX initializers come from the protobuf (onnx package); .npy / .npz without pickle through numpy.
Formats that hold pickles (PyTorch checkpoints, joblib / pickle scikit-learn models) are only read through
a `load_object` callable the caller supplies: the scanner's safe loader (`modelward diff` passes it), so
this package never unpickles anything itself. Loaded objects are flattened into named arrays: state
dicts by key, scikit-learn estimators by fitted attribute (coef_, intercept_, tree arrays...), nested
through pipelines and ensembles.
"""

from __future__ import annotations

import itertools
import json
import math
import struct
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.errors import ModelwardError, require
from modelward.integrity.errors import IntegrityError

ObjectLoader = Callable[[Path], Any]

MAX_SAFETENSORS_HEADER = 100 << 20
MAX_TENSORS = 200_000
MAX_DEPTH = 16
_SAFETENSORS_DTYPES: dict[str, tuple[str, int]] = {
    "F64": ("<f8", 8), "F32": ("<f4", 4), "F16": ("<f2", 2), "BF16": ("<u2", 2),
    "I64": ("<i8", 8), "I32": ("<i4", 4), "I16": ("<i2", 2), "I8": ("i1", 1),
    "U64": ("<u8", 8), "U32": ("<u4", 4), "U16": ("<u2", 2), "U8": ("u1", 1), "BOOL": ("u1", 1),
    "F8_E4M3": ("u1", 1), "F8_E5M2": ("u1", 1),
}
_RAW_CODES = {"F8_E4M3", "F8_E5M2"}  # stored as codes: changes are counted, magnitudes are not decoded


@dataclass(frozen=True, eq=False)
class Tensor:
    """A named array (possibly memory-mapped) and its declared dtype ("BF16" arrays hold the raw 16 bits)."""

    name: str
    array: np.ndarray
    dtype: str

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(int(s) for s in self.array.shape)

    @property
    def size(self) -> int:
        return int(self.array.size)

    @property
    def has_magnitude(self) -> bool:
        return self.dtype not in _RAW_CODES

    def values(self, start: int, stop: int) -> np.ndarray:
        """Flat elements [start, stop) as float64 (BF16 decoded)."""
        flat = self.array.reshape(-1)[start:stop]
        if self.dtype == "BF16":
            return (flat.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
        return flat.astype(np.float64)


@dataclass(frozen=True)
class TensorSet:
    """The tensors of one model file (or directory), and what could not be read with why."""

    source: str
    tensors: Mapping[str, Tensor]
    skipped: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------- safetensors


@dataclass(frozen=True)
class TensorEntry:
    """Where a safetensors tensor lies: absolute byte offsets [start, end) in the file."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    start: int
    end: int


@dataclass(frozen=True)
class SafetensorsLayout:
    header_end: int  # the header (length and JSON) is bytes [0, header_end)
    entries: tuple[TensorEntry, ...]


def safetensors_layout(path: Path) -> SafetensorsLayout:
    """The checked layout of a safetensors file; IntegrityError names what the header gets wrong."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(8)
        if len(head) < 8:
            raise IntegrityError(f"{path}: too short for safetensors (no 8-byte header length)")
        (n,) = struct.unpack("<Q", head)
        if n > MAX_SAFETENSORS_HEADER or 8 + n > size:
            raise IntegrityError(f"{path}: safetensors header of {n} bytes does not fit the file ({size} bytes)")
        try:
            header = json.loads(fh.read(n))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise IntegrityError(f"{path}: safetensors header is not JSON ({exc})") from None
    if not isinstance(header, dict):
        raise IntegrityError(f"{path}: safetensors header must be a JSON object")
    data_start, data_size = 8 + n, size - 8 - n
    items = [(k, v) for k, v in header.items() if k != "__metadata__"]
    if len(items) > MAX_TENSORS:
        raise IntegrityError(f"{path}: {len(items)} tensors, over the limit of {MAX_TENSORS}")
    entries = []
    for name, info in items:
        where = f"{path}: tensor {name!r}"
        if not isinstance(info, dict) or info.get("dtype") not in _SAFETENSORS_DTYPES:
            raise IntegrityError(f"{where}: dtype {info.get('dtype') if isinstance(info, dict) else info!r} is not "
                                 f"a safetensors dtype ({', '.join(_SAFETENSORS_DTYPES)})")
        shape, offsets = info.get("shape"), info.get("data_offsets")
        if (not isinstance(shape, list) or not all(isinstance(s, int) and s >= 0 for s in shape)
                or not isinstance(offsets, list) or len(offsets) != 2 or not all(isinstance(o, int) for o in offsets)):
            raise IntegrityError(f"{where}: expected shape (list of sizes) and data_offsets [begin, end]")
        width = _SAFETENSORS_DTYPES[info["dtype"]][1]
        begin, end = offsets
        if not 0 <= begin <= end <= data_size or end - begin != math.prod(shape) * width:
            raise IntegrityError(f"{where}: data_offsets {offsets} do not hold {math.prod(shape)} x {width} bytes "
                                 f"inside the {data_size} data bytes")
        entries.append(TensorEntry(name, info["dtype"], tuple(shape), data_start + begin, data_start + end))
    ordered = sorted(entries, key=lambda e: (e.start, e.end))
    for e1, e2 in itertools.pairwise(ordered):
        if e2.start < e1.end:
            raise IntegrityError(f"{path}: tensors {e1.name!r} and {e2.name!r} overlap in the data section")
    return SafetensorsLayout(data_start, tuple(entries))


def read_safetensors(path: Path) -> dict[str, Tensor]:
    """The tensors of a safetensors file, memory-mapped (never copied whole)."""
    layout = safetensors_layout(path)
    has_data = path.stat().st_size > layout.header_end
    mapped = np.memmap(path, dtype=np.uint8, mode="r") if has_data else np.zeros(0, np.uint8)
    return {e.name: Tensor(e.name, mapped[e.start:e.end].view(_SAFETENSORS_DTYPES[e.dtype][0]).reshape(e.shape),
                           e.dtype) for e in layout.entries}


def is_safetensors(path: Path) -> bool:
    with open(path, "rb") as fh:
        return _is_safetensors(fh.read(16))


# ---------------------------------------------------------------- objects (state dicts, estimators)


def _torch_array(t: Any) -> tuple[np.ndarray, str]:
    t = t.detach().cpu()
    if str(t.dtype) == "torch.bfloat16":  # numpy has no bfloat16: keep the raw bits, decoded like safetensors'
        import torch

        return t.contiguous().view(torch.int16).numpy().view(np.uint16), "BF16"
    array = t.numpy()
    return array, str(array.dtype)


_TREE_ARRAYS = ("children_left", "children_right", "feature", "threshold", "value", "n_node_samples")


def flatten(obj: Any, prefix: str = "") -> dict[str, Tensor]:
    """Named numeric arrays in `obj`: mappings by key, sequences by index, fitted estimators by their
    public fitted attributes (ending with "_"), pipelines by step name, trees by their node arrays."""
    out: dict[str, Tensor] = {}

    def add(name: str, array: np.ndarray, dtype: str) -> None:
        if len(out) >= MAX_TENSORS:
            raise IntegrityError(f"{prefix or 'object'}: more than {MAX_TENSORS} tensors")
        out[name] = Tensor(name, array, dtype)

    def walk(value: Any, name: str, depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        if isinstance(value, np.ndarray):
            if value.dtype.kind in "biuf":
                add(name, value, str(value.dtype))
        elif hasattr(value, "detach") and hasattr(value, "numpy") and hasattr(value, "dtype"):
            array, dtype = _torch_array(value)
            if array.dtype.kind in "biuf":
                add(name, array, dtype)
        elif isinstance(value, bool | int | float | np.number) and name.endswith("_"):
            add(name, np.asarray([value], dtype=float), "float64")
        elif isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, f"{name}.{k}" if name else str(k), depth + 1)
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                walk(v, f"{name}[{i}]", depth + 1)
        elif type(value).__name__ == "Tree" and hasattr(value, "threshold"):
            for attr in _TREE_ARRAYS:
                walk(np.asarray(getattr(value, attr)), f"{name}.{attr}", depth + 1)
        elif hasattr(value, "get_params"):  # a scikit-learn estimator
            if hasattr(value, "steps"):
                for step, est in value.steps:
                    walk(est, f"{name}.{step}" if name else step, depth + 1)
            for attr, v in sorted(vars(value).items()):
                if attr.endswith("_") and not attr.startswith("_"):
                    walk(v, f"{name}.{attr}" if name else attr, depth + 1)

    walk(obj, prefix, 0)
    return out


# ---------------------------------------------------------------- files


def _is_safetensors(head: bytes) -> bool:
    if len(head) < 10:
        return False
    (n,) = struct.unpack("<Q", head[:8])
    return 0 < n < MAX_SAFETENSORS_HEADER and head[8:9] == b"{"


def _is_npz(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return bool(names) and all(n.endswith(".npy") for n in names)


def _read_onnx(path: Path) -> dict[str, Tensor]:
    onnx: Any = require("onnx", "onnx", "Reading ONNX initializers")
    from onnx import numpy_helper

    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as exc:  # protobuf raises several types on malformed input
        raise IntegrityError(f"{path}: not a readable ONNX model ({exc})") from None
    out = {}
    for init in model.graph.initializer:
        if any(e.key == "location" for e in init.external_data):
            raise IntegrityError(f"{path}: initializer {init.name!r} lives in an external data file; diff the "
                                 "directory that holds both")
        array = numpy_helper.to_array(init)
        if array.dtype.kind in "biuf":
            out[init.name] = Tensor(init.name, array, str(array.dtype))
    kinds = onnx.AttributeProto
    for i, node in enumerate(model.graph.node):  # converted scikit-learn models keep weights in node attributes
        for attr in node.attribute:
            if attr.type == kinds.FLOATS:
                array = np.asarray(attr.floats, dtype=np.float32)
            elif attr.type == kinds.INTS:
                array = np.asarray(attr.ints, dtype=np.int64)
            elif attr.type == kinds.TENSOR:
                array = numpy_helper.to_array(attr.t)
            else:
                continue
            name = f"{node.name or f'{node.op_type}_{i}'}.{attr.name}"
            if array.dtype.kind in "biuf" and array.size:
                out[name] = Tensor(name, array, str(array.dtype))
    return out


def read_file(path: Path, load_object: ObjectLoader | None = None) -> dict[str, Tensor]:
    """The tensors of one model file, told by content. A pickle-based file needs `load_object` (the
    scanner's safe loader); without it, IntegrityError says so."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if _is_safetensors(head):
        return read_safetensors(path)
    if head.startswith(b"\x93NUMPY"):
        return {"array": Tensor("array", np.load(path, allow_pickle=False, mmap_mode="r"), "npy")}
    if head.startswith(b"PK") and _is_npz(path):
        with np.load(path, allow_pickle=False) as npz:
            return {k: Tensor(k, npz[k], str(npz[k].dtype)) for k in npz.files}
    if path.suffix.lower() == ".onnx" or head[:1] == b"\x08":
        return _read_onnx(path)
    if head[:1] == b"\x80" or head.startswith(b"PK"):
        if load_object is None:
            raise IntegrityError(f"{path}: holds a pickle (PyTorch or scikit-learn); it is read only through the "
                                 "scanner's safe loader (modelward diff does that)")
        return flatten(load_object(path))
    raise IntegrityError(f"{path}: not a tensor format modelward reads (safetensors, ONNX, .npy/.npz, or a "
                         "PyTorch / scikit-learn pickle through the safe loader)")


def read_model(path: Path, load_object: ObjectLoader | None = None,
               names: Iterable[str] | None = None) -> TensorSet:
    """Every tensor of a model file or directory. In a directory, tensor names stay as they are (so a
    checkpoint sharded differently still matches) unless two files hold the same name; files that are
    not tensor formats are listed in `skipped` with the reason."""
    path = Path(path)
    if path.is_file():
        return TensorSet(str(path), read_file(path, load_object))
    files = sorted(p for p in path.rglob("*") if p.is_file()) if names is None else [path / n for n in names]
    tensors: dict[str, Tensor] = {}
    skipped = []
    for f in files:
        rel = f.relative_to(path).as_posix()
        try:
            found = read_file(f, load_object)
        except ModelwardError as exc:  # includes the safe loader's refusals: named, never silently dropped
            skipped.append((rel, str(exc).removeprefix(f"{f}: ")))
            continue
        for name, t in found.items():
            key = name if name not in tensors else f"{rel}::{name}"
            tensors[key] = Tensor(key, t.array, t.dtype)
    return TensorSet(str(path), tensors, tuple(skipped))
