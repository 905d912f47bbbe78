"""The input schema a request must fit: feature names, kinds, ranges and categories.

Declared (a TOML input spec, `modelward.core.adapters.spec.parse_spec`) or inferred from reference
rows (ranges widened by a margin, since the reference is a sample). A request's rows are turned into
a float array with every problem named precisely (row, feature, value, what was expected); rows
outside the schema are then rejected, clipped into range, or flagged, as the policy says.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import numpy as np

from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec
from modelward.gateway.policy import kind_name

MAX_REPORTED = 10


@dataclass(frozen=True)
class Violation:
    """One value that does not fit the schema."""

    row: int
    feature: str
    value: Any
    expected: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value if _json_safe(self.value) else repr(self.value)
        return {"row": self.row, "feature": self.feature, "value": value, "expected": self.expected}


def _json_safe(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, int | str | bool)


class InputError(Exception):
    """A request whose input cannot be used (422); `violations` say exactly where."""

    def __init__(self, message: str, violations: Sequence[Violation] = (), count: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.violations = tuple(violations)[:MAX_REPORTED]
        self.count = len(violations) if count is None else count


def _number(value: Any) -> float | None:
    """The value as a finite float; None for anything else (bools and strings are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class InputSchema:
    spec: InputSpec
    declared: bool = False

    @cached_property
    def _bounds(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[int, np.ndarray]]]:
        """Lower and upper bounds, the integer features' mask, the categorical features' values: built
        once, not per request."""
        spec = self.spec
        integer = np.array([f.kind == FeatureKind.INTEGER for f in spec.features], dtype=bool)
        categories = [(j, np.asarray(f.categories)) for j, f in enumerate(spec.features)
                      if f.kind == FeatureKind.CATEGORICAL and f.categories]
        return spec.lower, spec.upper, integer, categories

    @classmethod
    def inferred(cls, X: np.ndarray, names: Sequence[str], margin: float = 0.05) -> InputSchema:
        """From reference rows: each numeric range widened by `margin` of its width on both sides; columns
        with few whole values become categories."""
        spec = InputSpec.infer(X, names)
        widened = []
        for f in spec.features:
            if f.kind == FeatureKind.CATEGORICAL or not math.isfinite(f.lower) or not math.isfinite(f.upper):
                widened.append(f)
                continue
            pad = margin * max(f.upper - f.lower, 1e-12)
            # a sample's whole numbers do not prove a feature integral: only a declared schema says so
            widened.append(replace(f, kind=FeatureKind.NUMERIC, lower=f.lower - pad, upper=f.upper + pad))
        return cls(InputSpec(tuple(widened)))

    @cached_property
    def names(self) -> tuple[str, ...]:
        return self.spec.names

    def rows_from_objects(self, rows: Any) -> np.ndarray:
        """Rows given as objects {feature: value}: every feature present, no other, every value a number."""
        if not isinstance(rows, list):
            raise InputError(f"'rows' must be a list of objects, got {kind_name(rows, 'an object')}")
        names = self.names
        index = {n: j for j, n in enumerate(names)}
        X = np.empty((len(rows), len(names)), dtype=float)
        problems: list[Violation] = []
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise InputError(f"rows[{i}] must be an object of feature values, got {kind_name(row, 'an object')}")
            for key in row:
                if key not in index:
                    problems.append(Violation(i, str(key)[:100], None, "no such feature"))
            for j, name in enumerate(names):
                if name not in row:
                    problems.append(Violation(i, name, None, "a value (the feature is missing)"))
                    continue
                number = _number(row[name])
                if number is None:
                    problems.append(Violation(i, name, row[name], "a finite number"))
                else:
                    X[i, j] = number
            if len(problems) >= MAX_REPORTED:
                break
        if problems:
            raise InputError(f"{len(problems)} value(s) do not fit the input schema", problems)
        return X

    def rows_from_matrix(self, data: Any, where: str = "inputs") -> np.ndarray:
        """Rows given as a list of lists of numbers, one per row, each with every feature in order."""
        if not isinstance(data, list):
            raise InputError(f"'{where}' must be a list of rows, got {kind_name(data, 'an object')}")
        try:
            X = np.asarray(data, dtype=float)
        except (TypeError, ValueError):
            X = None
        if X is None or X.ndim != 2 or (data and any(isinstance(v, bool) for r in data for v in _items(r))):
            raise InputError(f"'{where}' must be a rectangular list of rows of numbers")
        return self.check_shape(X, where)

    def check_shape(self, X: np.ndarray, where: str = "inputs") -> np.ndarray:
        n = len(self.names)
        if X.ndim != 2 or (n and X.shape[1] != n):
            raise InputError(f"'{where}': expected rows of {n} features ({', '.join(self.names[:5])}"
                             f"{', ...' if n > 5 else ''}), got shape {list(X.shape)}")
        if not np.isfinite(X).all():
            i, j = np.argwhere(~np.isfinite(X))[0]
            raise InputError("input holds a value that is not a finite number",
                             [Violation(int(i), self._name(int(j)), repr(X[i, j]), "a finite number")])
        return X

    def violations(self, X: np.ndarray) -> tuple[list[Violation], int, tuple[int, ...]]:
        """Values outside their range, non-integers of integer features, unknown categories: the first
        few, how many in all, and the rows concerned."""
        spec = self.spec
        if not spec.features:
            return [], 0, ()
        lower, upper, integer, categories = self._bounds
        bad = np.less(X, lower) | np.greater(X, upper)
        if integer.any():
            bad[:, integer] |= X[:, integer] != np.round(X[:, integer])
        for j, values in categories:
            bad[:, j] |= ~np.isin(X[:, j], values)
        if not bad.any():
            return [], 0, ()
        where = np.argwhere(bad)
        first = [Violation(int(i), spec.features[j].name, float(X[i, j]), _expected(spec.features[j]))
                 for i, j in where[:MAX_REPORTED]]
        return first, len(where), tuple(np.flatnonzero(bad.any(axis=1)).tolist())

    def clip(self, X: np.ndarray) -> np.ndarray:
        return self.spec.clip(X)

    def _name(self, j: int) -> str:
        return self.names[j] if j < len(self.names) else f"#{j}"

    def describe(self) -> list[dict[str, Any]]:
        """The schema as plain data (for the model metadata endpoint)."""
        out = []
        for f in self.spec.features:
            item: dict[str, Any] = {"name": f.name, "kind": f.kind.value}
            if math.isfinite(f.lower):
                item["lower"] = f.lower
            if math.isfinite(f.upper):
                item["upper"] = f.upper
            if f.categories:
                item["categories"] = list(f.categories)
            out.append(item)
        return out


def _items(row: Any) -> list[Any]:
    return row if isinstance(row, list) else []


def _expected(f: FeatureSpec) -> str:
    if f.kind == FeatureKind.CATEGORICAL and f.categories:
        return "one of " + ", ".join(f"{c:g}" for c in f.categories)
    what = "an integer" if f.kind == FeatureKind.INTEGER else "a number"
    return f"{what} in [{f.lower:.6g}, {f.upper:.6g}]"

