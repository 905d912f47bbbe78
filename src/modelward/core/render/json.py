"""Report <-> JSON: the stable, versioned machine format (schema: report.schema.json beside this file).

Output is strict JSON (RFC 8259): non-finite numbers, which JSON cannot hold, are written as the
strings "NaN", "Infinity" and "-Infinity"; series read them back as floats.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from typing import Any

from modelward.core.errors import DataError
from modelward.core.findings import Severity
from modelward.core.report import (
    SCHEMA_VERSION,
    AppliedMitigation,
    ErrorRecord,
    InputRecord,
    Report,
    Skipped,
)

SCHEMA_FILE = "report.schema.json"


def to_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (findings worst first, risk register included)."""
    return json.dumps(jsonable(report.to_dict()), indent=indent, ensure_ascii=False, allow_nan=False)


def from_json(text: str) -> Report:
    """Parse a JSON report written by `to_json`; DataError says what is wrong and where."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno} "
            "(expected a modelward JSON report)"
        ) from None
    _check_shape(data)
    try:
        return Report.from_dict(_known_fields(data))
    except DataError:
        raise
    except (KeyError, TypeError, ValueError) as exc:  # a field the shape check let through
        raise DataError(f"invalid modelward JSON report: {exc}") from None


def _known_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Drop fields a later 1.x may add to records that Report.from_dict builds with **kwargs."""

    def keep(records: list[dict[str, Any]], cls: type) -> list[dict[str, Any]]:
        names = {f.name for f in fields(cls)}
        return [{k: v for k, v in rec.items() if k in names} for rec in records]

    out = dict(data)
    out["metadata"] = dict(data["metadata"], inputs=keep(data["metadata"].get("inputs", []), InputRecord))
    out["skipped"] = keep(data.get("skipped", []), Skipped)
    out["errors"] = keep(data.get("errors", []), ErrorRecord)
    out["applied"] = keep(data.get("applied", []), AppliedMitigation)
    return out


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report format."""
    from importlib import resources

    text = resources.files("modelward.core.render").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def jsonable(value: Any) -> Any:
    """`value` with non-finite floats replaced by the strings "NaN", "Infinity", "-Infinity"."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


# ------------------------------------------------------------------ shape check
# A small structural check so that a wrong file fails with the field's path, not a KeyError.
# The full contract is report.schema.json; this checks what Report.from_dict relies on.

_NONFINITE = ("NaN", "Infinity", "-Infinity")


def _fail(path: str, expected: str, got: Any) -> DataError:
    shown = repr(got) if len(repr(got)) <= 60 else repr(got)[:57] + "..."
    return DataError(f"invalid modelward JSON report: {path}: expected {expected}, got {shown}")


def _obj(value: Any, path: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "an object", value)
    for key in required:
        if key not in value:
            raise DataError(f"invalid modelward JSON report: {path}: missing field {key!r}")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(path, "an array", value)
    return value


def _str(value: Any, path: str) -> None:
    if not isinstance(value, str):
        raise _fail(path, "a string", value)


def _int_or_none(value: Any, path: str, low: int | None = None, high: int | None = None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(path, "an integer or null", value)
    if (low is not None and value < low) or (high is not None and value > high):
        raise _fail(path, f"an integer in {low}..{high}", value)


def _number(value: Any, path: str) -> None:
    if isinstance(value, bool) or not (isinstance(value, int | float) or value in _NONFINITE):
        raise _fail(path, "a number", value)


def _check_shape(data: Any) -> None:
    top = _obj(data, "$", ("schema", "schema_version", "metadata"))
    if top["schema"] != "modelward.report":
        raise DataError("not a modelward JSON report (field 'schema' is not 'modelward.report')")
    version = top["schema_version"]
    _str(version, "$.schema_version")
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise DataError(
            f"report schema version {version!r} is not supported "
            f"(this modelward reads {SCHEMA_VERSION.split('.')[0]}.x)"
        )
    meta = _obj(top["metadata"], "$.metadata", ("tool_version", "command", "created"))
    for key in ("tool_version", "command", "created", "subject"):
        if key in meta:
            _str(meta[key], f"$.metadata.{key}")
    for i, rec in enumerate(_list(meta.get("inputs", []), "$.metadata.inputs")):
        rec = _obj(rec, f"$.metadata.inputs[{i}]", ("path", "sha256", "role"))
        for key in ("path", "sha256", "role"):
            _str(rec[key], f"$.metadata.inputs[{i}].{key}")
    for i, f in enumerate(_list(top.get("findings", []), "$.findings")):
        _check_finding(f, f"$.findings[{i}]")
    for name, required in (("skipped", ("subject", "reason")), ("errors", ("subject", "message"))):
        for i, rec in enumerate(_list(top.get(name, []), f"$.{name}")):
            rec = _obj(rec, f"$.{name}[{i}]", required)
            for key in required:
                _str(rec[key], f"$.{name}[{i}].{key}")
    for i, rec in enumerate(_list(top.get("applied", []), "$.applied")):
        path = f"$.applied[{i}]"
        rec = _obj(rec, path, ("mitigation_id", "threat", "summary"))
        for key in ("mitigation_id", "threat", "summary", "check_id"):
            if key in rec:
                _str(rec[key], f"{path}.{key}")
        for side in ("before", "after"):
            for k, v in _obj(rec.get(side, {}), f"{path}.{side}").items():
                _number(v, f"{path}.{side}.{k}")


def _check_finding(value: Any, path: str) -> None:
    f = _obj(value, path, ("check_id", "threat", "severity", "title"))
    for key in ("check_id", "threat", "title", "description"):
        if key in f:
            _str(f[key], f"{path}.{key}")
    if f["severity"] not in {s.value for s in Severity}:
        raise _fail(f"{path}.severity", "one of " + ", ".join(s.value for s in Severity), f["severity"])
    loc = _obj(f.get("location", {}), f"{path}.location")
    for key, val in loc.items():
        if key in ("offset", "row"):
            _int_or_none(val, f"{path}.location.{key}", low=0)
        elif key in ("file", "member", "column", "endpoint"):
            if val is not None:
                _str(val, f"{path}.location.{key}")
        else:
            raise DataError(f"invalid modelward JSON report: {path}.location: unknown field {key!r}")
    ev = _obj(f.get("evidence", {}), f"{path}.evidence")
    for key in ("method", "rationale"):
        if key in ev:
            _str(ev[key], f"{path}.evidence.{key}")
    for key, val in _obj(ev.get("measurements", {}), f"{path}.evidence.measurements").items():
        if val is not None and not isinstance(val, str | int | float | bool):
            raise _fail(f"{path}.evidence.measurements.{key}", "a string, number, boolean or null", val)
    for key, val in _obj(ev.get("series", {}), f"{path}.evidence.series").items():
        for j, x in enumerate(_list(val, f"{path}.evidence.series.{key}")):
            _number(x, f"{path}.evidence.series.{key}[{j}]")
    for key in ("likelihood", "impact"):
        _int_or_none(ev.get(key), f"{path}.evidence.{key}", low=1, high=5)
    for j, m in enumerate(_list(f.get("mitigations", []), f"{path}.mitigations")):
        _str(m, f"{path}.mitigations[{j}]")
