"""Saving and restoring an LLM guard: its declared parameters as JSON (the guards have no fitted state;
the injection model ships with the package)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import DataError
from modelward.core.guards import Decision, GuardRequest, read_guard_doc
from modelward.core.output import atomic_write
from modelward.core.params import Param, resolve

CONFIG_NAME = "guard.json"
FORMAT_VERSION = 1


def write_config(directory: Path, guard_id: str, values: Mapping[str, Any]) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    doc = {"guard": guard_id, "format_version": FORMAT_VERSION,
           "params": {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()
                      if v != ()}}  # an empty list is the default, which leaving it out says
    path = directory / CONFIG_NAME
    atomic_write(path, lambda p: p.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8"))
    return [path]


def read_config(directory: Path, guard_id: str, declared: tuple[Param, ...]) -> dict[str, Any]:
    path = Path(directory) / CONFIG_NAME
    doc = read_guard_doc(path, guard_id, FORMAT_VERSION)
    params = doc.get("params")
    if not isinstance(params, dict):
        raise DataError(f"{path}: field 'params' must be an object")
    return resolve_params(guard_id, declared, params)


def resolve_params(guard_id: str, declared: tuple[Param, ...], given: Mapping[str, Any]) -> dict[str, Any]:
    """`given` checked against the declaration; an empty list stands for the parameter's default."""
    return resolve(guard_id, declared, {k: v for k, v in given.items() if v != ()})


class ConfiguredGuard:
    """Built from its declared parameters; saved and loaded as them (no fitted state)."""

    id: str
    params: tuple[Param, ...]

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None, reference: Dataset | None) -> Any:
        return cls(resolve_params(cls.id, cls.params, params))

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None) -> Any:
        return cls(read_config(Path(directory), cls.id, cls.params))

    def save(self, directory: Path) -> list[Path]:
        return write_config(Path(directory), self.id, self.values)

    def inspect(self, request: GuardRequest) -> Decision:
        return Decision.allow(self.id)

    def _refuse(self, reason: str, score: float = 1.0, **details: Any) -> Decision:
        make = Decision.block if self.values.get("mode", "block") == "block" else Decision.flag
        return make(reason, self.id, score, details=details)
