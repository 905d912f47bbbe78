"""Tabular realism: bounds, integer and categorical features, immutable features.

Attacks optimise in a box with immutable features frozen; every adversarial row they return
goes through `finalize`, which applies `InputSpec.clip` (bounds, rounding, nearest category)
and restores immutable features, so no returned row lies outside the model's domain.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.spec import FeatureKind, InputSpec


@dataclass(frozen=True, eq=False)
class Constraints:
    """Box bounds and a mutable mask per feature, from an InputSpec (or none: unbounded)."""

    spec: InputSpec
    lower: np.ndarray
    upper: np.ndarray
    mutable: np.ndarray

    @classmethod
    def from_spec(cls, spec: InputSpec | None, n_features: int) -> Constraints:
        spec = spec if spec is not None else InputSpec()
        if not spec.features:
            inf = np.full(n_features, np.inf)
            return cls(spec, -inf, inf, np.ones(n_features, bool))
        return cls(spec, spec.lower, spec.upper, spec.mutable_mask)

    @property
    def bounded(self) -> bool:
        return bool(np.all(np.isfinite(self.lower)) and np.all(np.isfinite(self.upper)))

    @property
    def discrete(self) -> np.ndarray:
        """Features whose values are rounded or snapped by `finalize`."""
        kinds = [f.kind for f in self.spec.features]
        return np.array([k != FeatureKind.NUMERIC for k in kinds], bool) if kinds else np.zeros(
            self.mutable.shape, bool
        )

    def box(self, X_adv: np.ndarray, X0: np.ndarray) -> np.ndarray:
        """Clip into bounds and restore immutable features (cheap; used inside attack loops)."""
        out: np.ndarray = np.clip(X_adv, self.lower, self.upper)
        if not self.mutable.all():
            out[:, ~self.mutable] = X0[:, ~self.mutable]
        return out

    def mask(self, G: np.ndarray) -> np.ndarray:
        """Zero a gradient or direction on immutable features."""
        out = np.array(G, dtype=float)
        if self.mutable.all():
            return out
        out[:, ~self.mutable] = 0.0
        return out

    def finalize(self, X_adv: np.ndarray, X0: np.ndarray) -> np.ndarray:
        """Project into the valid domain (InputSpec.clip) and restore immutable features."""
        out = self.spec.clip(X_adv) if self.spec.features else np.asarray(X_adv, dtype=float).copy()
        if not self.mutable.all():
            out[:, ~self.mutable] = X0[:, ~self.mutable]
        return out
