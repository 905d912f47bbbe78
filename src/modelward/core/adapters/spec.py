"""Input specs: what a valid input row looks like (bounds, integer and categorical features)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np

from modelward.core.errors import DataError


class FeatureKind(StrEnum):
    NUMERIC = "numeric"
    INTEGER = "integer"
    CATEGORICAL = "categorical"


@dataclass(frozen=True)
class FeatureSpec:
    """One input feature: its kind, allowed range or categories, and whether it may change."""

    name: str
    kind: FeatureKind = FeatureKind.NUMERIC
    lower: float = -np.inf
    upper: float = np.inf
    categories: tuple[float, ...] = ()
    mutable: bool = True


@dataclass(frozen=True)
class InputSpec:
    """The shape and domain of model inputs; used to validate, clip and attack realistically."""

    features: tuple[FeatureSpec, ...] = field(default_factory=tuple)

    @property
    def n_features(self) -> int:
        return len(self.features)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.features)

    @property
    def lower(self) -> np.ndarray:
        return np.array([f.lower for f in self.features], dtype=float)

    @property
    def upper(self) -> np.ndarray:
        return np.array([f.upper for f in self.features], dtype=float)

    @property
    def mutable_mask(self) -> np.ndarray:
        return np.array([f.mutable for f in self.features], dtype=bool)

    @classmethod
    def infer(
        cls,
        X: np.ndarray,
        names: Sequence[str] | None = None,
        max_categories: int = 10,
    ) -> InputSpec:
        """Infer bounds from observed data; integer columns with 2 to `max_categories` values become
        categorical. A column that is constant in the sample is numeric (one value says nothing
        about categories), bounded to that value until `with_bounds` widens it."""
        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise DataError(f"expected a 2-D table of inputs, got shape {X.shape}")
        names = list(names) if names is not None else [f"x{i}" for i in range(X.shape[1])]
        if len(names) != X.shape[1]:
            raise DataError(f"{len(names)} feature names for {X.shape[1]} columns")
        features = []
        for j, name in enumerate(names):
            col = X[:, j]
            col = col[np.isfinite(col)]
            if col.size == 0:
                features.append(FeatureSpec(str(name)))
                continue
            lo, hi = float(col.min()), float(col.max())
            integral = bool(np.all(col == np.round(col)))
            values = np.unique(col)
            if integral and 2 <= values.size <= max_categories and values.size < X.shape[0]:
                features.append(
                    FeatureSpec(str(name), FeatureKind.CATEGORICAL, lo, hi, tuple(float(v) for v in values))
                )
            elif integral and values.size > 1:
                features.append(FeatureSpec(str(name), FeatureKind.INTEGER, lo, hi))
            else:
                features.append(FeatureSpec(str(name), FeatureKind.NUMERIC, lo, hi))
        return cls(tuple(features))

    @classmethod
    def box(cls, n_features: int, lower: float = -np.inf, upper: float = np.inf) -> InputSpec:
        """`n_features` numeric features, each in [lower, upper] (e.g. pixels in [0, 1]); named x0, x1, ..."""
        if isinstance(n_features, bool) or not isinstance(n_features, (int, np.integer)) or n_features < 1:
            raise DataError(f"n_features must be a positive integer, got {n_features!r}")
        lo, hi = _check_bounds(lower, upper)
        return cls(tuple(FeatureSpec(f"x{i}", FeatureKind.NUMERIC, lo, hi) for i in range(int(n_features))))

    def with_bounds(self, lower: float, upper: float) -> InputSpec:
        """The same features (names, mutability), every one numeric in [lower, upper] (e.g. pixels):
        the box replaces whatever kinds and ranges were inferred from a sample."""
        lo, hi = _check_bounds(lower, upper)
        return InputSpec(tuple(
            replace(f, kind=FeatureKind.NUMERIC, lower=lo, upper=hi, categories=()) for f in self.features))

    def check(self, X: np.ndarray, source: str = "input") -> np.ndarray:
        """Return X as a float array, or raise naming the first thing that does not fit."""
        X = np.asarray(X, dtype=float)
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2:
            raise DataError(f"{source}: expected rows of features, got shape {X.shape}")
        if self.features and X.shape[1] != self.n_features:
            raise DataError(
                f"{source}: {X.shape[1]} features per row, the model expects {self.n_features}"
            )
        if np.isnan(X).any():
            row, col = np.argwhere(np.isnan(X))[0]
            raise DataError(f"{source}: NaN at row {row}, feature {self._name(col)}")
        return X

    def clip(self, X: np.ndarray) -> np.ndarray:
        """Project rows into the valid domain: bounds, integer rounding, nearest category."""
        X = np.clip(np.asarray(X, dtype=float), self.lower, self.upper)
        for j, f in enumerate(self.features):
            if f.kind == FeatureKind.INTEGER:
                X[:, j] = np.round(X[:, j])
            elif f.kind == FeatureKind.CATEGORICAL and f.categories:
                cats = np.asarray(f.categories)
                X[:, j] = cats[np.abs(X[:, j, None] - cats[None, :]).argmin(axis=1)]
        return X

    def _name(self, j: int) -> str:
        return self.features[j].name if j < len(self.features) else f"#{j}"


def _check_bounds(lower: float, upper: float) -> tuple[float, float]:
    lo, hi = float(lower), float(upper)
    if np.isnan(lo) or np.isnan(hi) or lo > hi:
        raise DataError(f"bounds must be numbers with lower <= upper, got [{lower}, {upper}]")
    return lo, hi


def parse_spec(text: str, source: str = "spec") -> InputSpec:
    """A declared input spec from TOML: `[[feature]]` tables with name, kind, lower, upper,
    categories, mutable; or `[all]` with lower/upper applied to `n_features` numeric features."""
    import tomllib

    from modelward.core.errors import ConfigError

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    if "all" in data:
        block = data["all"]
        n = block.get("n_features")
        if not isinstance(n, int) or n < 1:
            raise ConfigError(f"{source}: [all].n_features must be a positive integer, got {n!r}")
        lo, hi = float(block.get("lower", -np.inf)), float(block.get("upper", np.inf))
        if lo > hi:
            raise ConfigError(f"{source}: [all] lower {lo} is above upper {hi}")
        return InputSpec.box(n, lo, hi)
    features = []
    for i, raw in enumerate(data.get("feature", [])):
        where = f"{source}: feature #{i + 1}"
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise ConfigError(f"{where}: 'name' must be a non-empty string")
        try:
            kind = FeatureKind(raw.get("kind", "numeric"))
        except ValueError:
            raise ConfigError(
                f"{where} ({name}): 'kind' must be one of {', '.join(k.value for k in FeatureKind)}"
            ) from None
        lower, upper = float(raw.get("lower", -np.inf)), float(raw.get("upper", np.inf))
        if lower > upper:
            raise ConfigError(f"{where} ({name}): lower {lower} is above upper {upper}")
        categories = tuple(float(c) for c in raw.get("categories", ()))
        if kind == FeatureKind.CATEGORICAL and not categories:
            raise ConfigError(f"{where} ({name}): a categorical feature needs 'categories'")
        features.append(FeatureSpec(name, kind, lower, upper, categories, bool(raw.get("mutable", True))))
    if not features:
        raise ConfigError(f"{source}: declares no [[feature]] (or [all]) table")
    return InputSpec(tuple(features))
