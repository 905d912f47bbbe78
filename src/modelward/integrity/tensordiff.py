"""Tensor-by-tensor comparison of two versions of a model: which tensors changed, how many values, by
how much, and where.

Each tensor pair is first compared as raw bytes in chunks (memory-speed, and memory-mapped tensors are
never copied whole); only chunks whose bytes differ are decoded to numbers, so one flipped weight in a
large model costs a byte comparison plus one chunk of arithmetic. Two NaNs at the same place are equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from modelward.integrity.tensors import ObjectLoader, Tensor, TensorSet, read_model

CHUNK_BYTES = 16 << 20


@dataclass(frozen=True)
class TensorChange:
    """One tensor that differs. `kind`: changed (same shape, other values), reshaped, added or removed.
    Indices are positions in the tensor's shape (row, column, ...)."""

    name: str
    kind: str
    shape_before: tuple[int, ...] | None = None
    shape_after: tuple[int, ...] | None = None
    dtype_before: str = ""
    dtype_after: str = ""
    n_values: int = 0
    n_changed: int = 0
    max_abs_change: float = 0.0
    mean_abs_change: float = 0.0  # over all values of the tensor
    relative_l2: float = 0.0  # ||after - before|| / ||before||
    first_index: tuple[int, ...] = ()
    max_index: tuple[int, ...] = ()

    def describe(self) -> str:
        if self.kind == "added":
            return f"{self.name}: added {self.dtype_after} {list(self.shape_after or ())}"
        if self.kind == "removed":
            return f"{self.name}: removed ({self.dtype_before} {list(self.shape_before or ())})"
        if self.kind == "reshaped":
            return f"{self.name}: shape {list(self.shape_before or ())} -> {list(self.shape_after or ())}"
        where = f" at {list(self.max_index)}" if self.max_index else ""
        return (f"{self.name}: {self.n_changed} of {self.n_values} values changed, max |change| "
                f"{self.max_abs_change:.6g}{where}, mean {self.mean_abs_change:.3g}")

    def to_dict(self) -> dict[str, Any]:
        def num(x: float) -> float | str:
            return x if np.isfinite(x) else str(x)

        return {"name": self.name, "kind": self.kind, "shape_before": list(self.shape_before or []),
                "shape_after": list(self.shape_after or []), "dtype_before": self.dtype_before,
                "dtype_after": self.dtype_after, "n_values": self.n_values, "n_changed": self.n_changed,
                "max_abs_change": num(self.max_abs_change), "mean_abs_change": num(self.mean_abs_change),
                "relative_l2": num(self.relative_l2), "first_index": list(self.first_index),
                "max_index": list(self.max_index)}


@dataclass(frozen=True)
class TensorDiff:
    """All tensor differences between `before` and `after`, what matched, and what could not be read."""

    before: str
    after: str
    changes: tuple[TensorChange, ...] = ()
    unchanged: int = 0
    values_compared: int = 0
    skipped: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def identical(self) -> bool:
        return not self.changes

    def to_dict(self) -> dict[str, Any]:
        return {"before": self.before, "after": self.after, "identical": self.identical, "unchanged": self.unchanged,
                "values_compared": self.values_compared, "changes": [c.to_dict() for c in self.changes],
                "skipped": [{"path": p, "reason": r} for p, r in self.skipped]}


def _bytes(t: Tensor) -> np.ndarray:
    flat = np.ascontiguousarray(t.array).reshape(-1)
    return flat.view(np.uint8)


def _unravel(flat_index: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(int(i) for i in np.unravel_index(flat_index, shape)) if shape else ()


def compare_tensors(a: Tensor, b: Tensor, chunk_bytes: int = CHUNK_BYTES) -> TensorChange | None:
    """How `b` differs from `a`; None when they hold the same values in the same shape and dtype."""
    if a.shape != b.shape:
        return TensorChange(a.name, "reshaped", a.shape, b.shape, a.dtype, b.dtype, a.size)
    same_dtype = a.dtype == b.dtype and a.array.dtype == b.array.dtype
    width = max(a.array.dtype.itemsize, 1)
    step = max(1, chunk_bytes // width)
    raw_a, raw_b = (_bytes(a), _bytes(b)) if same_dtype else (None, None)
    n_changed, abs_sum, max_abs, max_at, first_at, sq_diff = 0, 0.0, 0.0, -1, -1, 0.0
    for start in range(0, a.size, step):
        stop = min(start + step, a.size)
        if raw_a is not None and raw_b is not None and np.array_equal(raw_a[start * width: stop * width],
                                                                      raw_b[start * width: stop * width]):
            continue
        va, vb = a.values(start, stop), b.values(start, stop)
        with np.errstate(invalid="ignore", over="ignore"):
            changed = (va != vb) & ~(np.isnan(va) & np.isnan(vb))
        if not changed.any():
            continue
        idx = np.flatnonzero(changed)
        n_changed += int(idx.size)
        if first_at < 0:
            first_at = start + int(idx[0])
        if a.has_magnitude and b.has_magnitude:
            with np.errstate(invalid="ignore", over="ignore"):
                delta = np.abs(vb[idx] - va[idx])
            delta = np.where(np.isnan(delta), np.inf, delta)  # a value turned NaN is an unbounded change
            k = int(np.argmax(delta))
            if delta[k] > max_abs or max_at < 0:
                max_abs, max_at = float(delta[k]), start + int(idx[k])
            abs_sum += float(delta.sum())
            sq_diff += float(np.square(delta).sum())
    if n_changed == 0 and same_dtype:
        return None
    if n_changed == 0:
        return TensorChange(a.name, "changed", a.shape, b.shape, a.dtype, b.dtype, a.size)  # same values, retyped
    norm = 0.0
    if a.has_magnitude:
        for start in range(0, a.size, step):
            norm += float(np.square(a.values(start, min(start + step, a.size))).sum())
    rel = float(np.sqrt(sq_diff) / np.sqrt(norm)) if norm > 0 else float("inf")
    magnitude = a.has_magnitude and b.has_magnitude
    return TensorChange(a.name, "changed", a.shape, b.shape, a.dtype, b.dtype, a.size, n_changed,
                        max_abs if magnitude else float("nan"), abs_sum / a.size if magnitude else float("nan"),
                        rel if magnitude else float("nan"), _unravel(first_at, a.shape),
                        _unravel(max_at, a.shape) if max_at >= 0 else ())


def diff_tensor_sets(before: TensorSet, after: TensorSet, chunk_bytes: int = CHUNK_BYTES) -> TensorDiff:
    """Every tensor added, removed, reshaped or changed from `before` to `after`."""
    a: Mapping[str, Tensor] = before.tensors
    b: Mapping[str, Tensor] = after.tensors
    changes: list[TensorChange] = []
    unchanged = compared = 0
    for name in sorted(set(a) | set(b)):
        if name not in b:
            t = a[name]
            changes.append(TensorChange(name, "removed", t.shape, None, t.dtype, "", t.size))
        elif name not in a:
            t = b[name]
            changes.append(TensorChange(name, "added", None, t.shape, "", t.dtype, t.size))
        else:
            change = compare_tensors(a[name], b[name], chunk_bytes)
            compared += a[name].size
            if change is None:
                unchanged += 1
            else:
                changes.append(change)
    skipped = tuple((f"{before.source}/{p}", r) for p, r in before.skipped) + tuple(
        (f"{after.source}/{p}", r) for p, r in after.skipped)
    return TensorDiff(before.source, after.source, tuple(changes), unchanged, compared, skipped)


def diff_models(before: Path, after: Path, load_object: ObjectLoader | None = None,
                chunk_bytes: int = CHUNK_BYTES) -> TensorDiff:
    """Tensor-by-tensor differences between two model files or directories (safetensors, ONNX, .npy/.npz;
    PyTorch and scikit-learn pickles through `load_object`, the scanner's safe loader)."""
    return diff_tensor_sets(read_model(Path(before), load_object), read_model(Path(after), load_object), chunk_bytes)
