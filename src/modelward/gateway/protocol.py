"""The wire formats: Open Inference Protocol v2 (KServe, Triton, MLServer clients work unchanged) and
the simple JSON form `POST /v1/models/{name}/predict` with rows as objects.

Parsing is strict and names what is wrong (`inputs[0].shape: 2 x 30 = 60 values, data holds 59`);
the batch size is read from the declared shape before any array is built, so an oversized batch is
refused (413) without the gateway allocating it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.gateway.hardening import Answer
from modelward.gateway.schema import InputError, InputSchema

NUMERIC_TYPES = frozenset({"FP16", "FP32", "FP64", "INT8", "INT16", "INT32", "INT64",
                           "UINT8", "UINT16", "UINT32", "UINT64"})
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


class BatchTooLarge(Exception):
    """More rows than the policy allows in one request (413)."""

    def __init__(self, rows: int, limit: int) -> None:
        super().__init__(f"{rows} rows in one request; at most {limit} are allowed (limits.max_batch_rows)")
        self.rows = rows
        self.limit = limit


@dataclass(frozen=True, eq=False)
class Parsed:
    """A request made ready for the model: its id (the caller's, or none) and the rows."""

    request_id: str | None
    rows: np.ndarray


def parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise InputError("the body is not UTF-8 text") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"the body is not valid JSON: {exc}") from None


def _request_id(doc: dict[str, Any]) -> str | None:
    rid = doc.get("id")
    if rid is None:
        return None
    if not isinstance(rid, str) or not _REQUEST_ID.match(rid):
        raise InputError("'id' must be 1-128 characters of letters, digits and . _ : -")
    return rid


def _shape(value: Any, where: str) -> list[int]:
    if not isinstance(value, list) or not value or len(value) > 2 or \
            not all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in value):
        raise InputError(f"{where}.shape must be [rows] or [rows, features] of non-negative integers, got "
                         f"{json.dumps(value)[:80] if _jsonable(value) else type(value).__name__}")
    return value


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _flat_numbers(data: Any, count: int, where: str, body: bytes = b"true") -> np.ndarray:
    """The tensor's values as floats: numbers only (no strings, no true/false), finite. `body`: the raw
    request; when it holds no `true`/`false` token, no value can be a bool and the per-value check
    is skipped."""
    if not isinstance(data, list):
        raise InputError(f"{where}.data must be a list of numbers")
    if data and isinstance(data[0], list):  # nested form [[...], ...]: rectangular, at most two levels
        data = _flatten(data, where)
    if len(data) != count:
        raise InputError(f"{where}: the shape holds {count} values, data holds {len(data)}")
    try:
        arr = np.array(data)
    except (TypeError, ValueError):
        arr = np.array([], dtype=object)
    if arr.dtype.kind not in "if" or arr.shape != (count,) or (
            (b"true" in body or b"false" in body) and any(type(v) is bool for v in data)):
        bad = next((v for v in data if isinstance(v, bool) or not isinstance(v, int | float)), None)
        found = f"{type(bad).__name__} {str(bad)[:40]!r}" if bad is not None else "a number out of range"
        raise InputError(f"{where}.data must hold only numbers, found {found}")
    arr = arr.astype(float, copy=False)
    if not np.isfinite(arr).all():
        raise InputError(f"{where}.data holds a value that is not a finite number")
    return arr


def _flatten(data: list[Any], where: str, depth: int = 0) -> list[Any]:
    if depth > 2:
        raise InputError(f"{where}.data is nested deeper than [rows][features]")
    if len({len(v) if isinstance(v, list) else -1 for v in data}) > 1:
        raise InputError(f"{where}.data: nested rows must all be lists of the same length")
    out: list[Any] = []
    for v in data:
        if isinstance(v, list):
            out.extend(_flatten(v, where, depth + 1))
        else:
            out.append(v)
    return out


def parse_v2(body: bytes, schema: InputSchema, max_rows: int) -> Parsed:
    """An OIP v2 inference request: one tensor [rows, features], or one tensor per feature named by it
    (shape [rows] or [rows, 1])."""
    doc = parse_json(body)
    if not isinstance(doc, dict):
        raise InputError("the body must be a JSON object with 'inputs'")
    rid = _request_id(doc)
    inputs = doc.get("inputs")
    if not isinstance(inputs, list) or not inputs:
        raise InputError("'inputs' must be a non-empty list of tensors")
    if not all(isinstance(t, dict) for t in inputs):
        raise InputError("each of 'inputs' must be an object {name, shape, datatype, data}")
    for i, t in enumerate(inputs):
        if t.get("datatype") not in NUMERIC_TYPES:
            raise InputError(f"inputs[{i}].datatype must be a numeric type ({', '.join(sorted(NUMERIC_TYPES))}), "
                             f"got {str(t.get('datatype'))[:40]!r}")
    n_features = len(schema.names)
    if len(inputs) == 1 and not (n_features == 1 and inputs[0].get("name") == schema.names[0]):
        shape = _shape(inputs[0].get("shape"), "inputs[0]")
        rows = shape[0] if len(shape) == 2 else 1
        if rows > max_rows:
            raise BatchTooLarge(rows, max_rows)
        width = shape[1] if len(shape) == 2 else shape[0]
        X = _flat_numbers(inputs[0].get("data"), rows * width, "inputs[0]", body).reshape(rows, width)
        return Parsed(rid, schema.check_shape(X, "inputs[0]"))
    return Parsed(rid, _columns(inputs, schema, max_rows, body))


def _columns(inputs: list[dict[str, Any]], schema: InputSchema, max_rows: int, body: bytes) -> np.ndarray:
    by_name: dict[str, int] = {}
    for i, t in enumerate(inputs):
        name = t.get("name")
        if not isinstance(name, str) or name not in schema.names:
            raise InputError(f"inputs[{i}].name {str(name)[:60]!r} is not a feature of the model "
                             f"(one tensor [rows, features], or one per feature named by it)")
        if name in by_name:
            raise InputError(f"inputs[{i}]: feature {name!r} is given twice")
        by_name[name] = i
    missing = [n for n in schema.names if n not in by_name]
    if missing:
        raise InputError(f"inputs: no tensor for feature(s) {', '.join(missing[:5])}")
    rows = None
    columns = []
    for name in schema.names:
        i = by_name[name]
        shape = _shape(inputs[i].get("shape"), f"inputs[{i}]")
        if len(shape) == 2 and shape[1] != 1:
            raise InputError(f"inputs[{i}] ({name}): a feature's tensor has shape [rows] or [rows, 1]")
        if shape[0] > max_rows:
            raise BatchTooLarge(shape[0], max_rows)
        if rows is not None and shape[0] != rows:
            raise InputError(f"inputs[{i}] ({name}): {shape[0]} rows, other features have {rows}")
        rows = shape[0]
        columns.append(_flat_numbers(inputs[i].get("data"), rows, f"inputs[{i}]", body))
    return schema.check_shape(np.column_stack(columns), "inputs")


def parse_v1(body: bytes, schema: InputSchema, max_rows: int) -> Parsed:
    """`{"rows": [{feature: value, ...}, ...]}`, or KServe v1 `{"instances": [[...], ...]}`."""
    doc = parse_json(body)
    if not isinstance(doc, dict):
        raise InputError("the body must be a JSON object with 'rows' (objects) or 'instances' (lists)")
    rid = _request_id(doc)
    has_rows, has_instances = "rows" in doc, "instances" in doc
    if has_rows == has_instances:
        raise InputError("give exactly one of 'rows' (a list of objects) or 'instances' (a list of lists)")
    data = doc["rows"] if has_rows else doc["instances"]
    if isinstance(data, list) and len(data) > max_rows:
        raise BatchTooLarge(len(data), max_rows)
    if has_rows:
        return Parsed(rid, schema.rows_from_objects(data))
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        return Parsed(rid, schema.rows_from_objects(data))
    return Parsed(rid, schema.rows_from_matrix(data, "instances"))


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def _label_type(classes: np.ndarray) -> str:
    if classes.dtype.kind in "iu":
        return "INT64"
    if classes.dtype.kind == "f":
        return "FP64"
    if classes.dtype.kind == "b":
        return "BOOL"
    return "BYTES"


def _floats(values: np.ndarray) -> list[float]:
    out: list[float] = values.ravel().tolist()
    return [v if math.isfinite(v) else 0.0 for v in out]


@functools.lru_cache(maxsize=64)
def _classes_json(classes: tuple[Any, ...]) -> str:
    """The classes as JSON, made once per model (every answer carries them)."""
    return json.dumps(list(classes))


def render_v2(answer: Answer, model: str, version: str, request_id: str | None) -> dict[str, Any]:
    n = len(answer.labels)
    outputs: list[dict[str, Any]] = [{"name": "label", "shape": [n], "datatype": _label_type(answer.classes),
                                      "data": [_plain(v) for v in answer.labels]}]
    if answer.probabilities is not None:
        if answer.full or answer.shown is None:
            outputs.append({"name": "probabilities", "shape": list(answer.probabilities.shape), "datatype": "FP64",
                            "data": _floats(answer.probabilities),
                            "parameters": {"classes": _classes_json(tuple(answer.classes.tolist()))}})
        else:
            shown = answer.classes[answer.shown]
            outputs.append({"name": "top_k_classes", "shape": list(shown.shape),
                            "datatype": _label_type(answer.classes), "data": shown.ravel().tolist()})
            outputs.append({"name": "top_k_probabilities", "shape": list(answer.probabilities.shape),
                            "datatype": "FP64", "data": _floats(answer.probabilities)})
    doc: dict[str, Any] = {"model_name": model, "model_version": version, "outputs": outputs}
    if request_id is not None:
        doc["id"] = request_id
    return doc


def render_v1(answer: Answer, model: str, version: str, request_id: str | None) -> dict[str, Any]:
    predictions: list[dict[str, Any]] = []
    for i, label in enumerate(answer.labels):
        item: dict[str, Any] = {"label": _plain(label)}
        if answer.probabilities is not None:
            names = [str(c) for c in answer.shown_classes(i)]
            item["probabilities"] = dict(zip(names, _floats(answer.probabilities[i]), strict=True))
        predictions.append(item)
    doc: dict[str, Any] = {"model": model, "version": version, "predictions": predictions}
    if request_id is not None:
        doc["id"] = request_id
    return doc
