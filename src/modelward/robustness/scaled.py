"""A model seen in range units, so that one eps means the same share of every feature's range.

Tabular features live on different scales (a ratio in [0, 1] next to an income in the thousands):
an absolute L∞ budget would let the attacker move small-scale features across their whole range and
big ones not at all. `RangeScaledAdapter` presents the model on u = (x - lower) / scale, with one
scale per feature (its span) when spans differ, or one shared scale when they are alike (pixels),
so that for data already in [0, 1] it changes nothing. Attacks run unchanged on it; gradients follow
by the chain rule and tree split thresholds are mapped to u as well.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec

SPAN_RATIO_UNIFORM = 3.0  # spans within this factor of each other share one scale


@dataclass(frozen=True)
class FeatureScale:
    """x = lower + u * scale; `per_feature` says whether each feature got its own span."""

    lower: np.ndarray
    scale: np.ndarray
    per_feature: bool

    def to_x(self, U: np.ndarray) -> np.ndarray:
        return np.asarray(self.lower + np.asarray(U, dtype=float) * self.scale)

    def to_u(self, X: np.ndarray) -> np.ndarray:
        return np.asarray((np.asarray(X, dtype=float) - self.lower) / self.scale)

    def units(self, D: np.ndarray) -> np.ndarray:
        """A perturbation in x measured in range units."""
        return np.asarray(np.asarray(D, dtype=float) / self.scale)


def feature_scale(X: np.ndarray, spec: InputSpec) -> FeatureScale:
    """Per-feature spans from the declared bounds where finite, else from the data; one shared span
    when they are alike. Features that never vary get a unit scale (they are frozen by the adapter
    only when every row has the same value and the spans differ)."""
    X = np.asarray(X, dtype=float)
    lo_obs, hi_obs = X.min(axis=0), X.max(axis=0)
    if spec.features:
        lo = np.where(np.isfinite(spec.lower), spec.lower, lo_obs)
        hi = np.where(np.isfinite(spec.upper), spec.upper, hi_obs)
    else:
        lo, hi = lo_obs, hi_obs
    span = np.asarray(hi - lo, dtype=float)
    positive = span[span > 0]
    if positive.size == 0:
        return FeatureScale(lo, np.ones_like(span), per_feature=False)
    if positive.max() <= SPAN_RATIO_UNIFORM * positive.min():
        return FeatureScale(lo, np.full_like(span, float(np.median(positive))), per_feature=False)
    return FeatureScale(lo, np.where(span > 0, span, 1.0), per_feature=True)


class RangeScaledAdapter:
    """The wrapped model on range units; rows are mapped back (and clipped to the model's spec,
    which rounds integer and snaps categorical features) before every call."""

    def __init__(self, model: ModelAdapter, scale: FeatureScale) -> None:
        self.base = model
        self.scale = scale
        self.name = model.name
        self.classes = model.classes
        spec = model.input_spec
        n = scale.lower.shape[0]
        lower = np.full(n, -np.inf) if not spec.features else np.asarray(spec.lower, dtype=float)
        upper = np.full(n, np.inf) if not spec.features else np.asarray(spec.upper, dtype=float)
        mutable = np.ones(n, bool) if not spec.features else spec.mutable_mask
        names = spec.names if spec.features else tuple(f"x{i}" for i in range(n))
        u_lo, u_hi = scale.to_u(lower), scale.to_u(upper)
        self.input_spec = InputSpec(tuple(
            FeatureSpec(str(names[j]), FeatureKind.NUMERIC, float(u_lo[j]), float(u_hi[j]), mutable=bool(mutable[j]))
            for j in range(n)
        ))

    @property
    def query_count(self) -> int:
        return int(getattr(self.base, "query_count", 0))

    @property
    def has_gradient(self) -> bool:
        from modelward.robustness.attacks._common import has_gradient

        return has_gradient(self.base)

    @property
    def split_thresholds(self) -> list[np.ndarray] | None:
        """The tree ensemble's split thresholds in range units (None for other models)."""
        from modelward.robustness.attacks._trees import tree_thresholds

        est = getattr(self.base, "estimator", None)
        if est is None:
            return None
        thr = tree_thresholds(est, self.scale.lower.shape[0])
        if thr is None:
            return None
        return [(t - self.scale.lower[j]) / self.scale.scale[j] for j, t in enumerate(thr)]

    def to_x(self, U: np.ndarray) -> np.ndarray:
        X = self.scale.to_x(U)
        return np.asarray(self.base.input_spec.clip(X)) if self.base.input_spec.features else X

    def predict_proba(self, U: np.ndarray) -> np.ndarray:
        return np.asarray(self.base.predict_proba(self.to_x(U)))

    def predict(self, U: np.ndarray) -> np.ndarray:
        return np.asarray(np.asarray(self.classes)[self.predict_proba(U).argmax(axis=1)])

    def logits(self, U: np.ndarray) -> np.ndarray:
        fn = getattr(self.base, "logits", None)
        if not callable(fn):
            return np.asarray(np.log(np.clip(self.predict_proba(U), 1e-300, 1.0)))
        return np.asarray(fn(self.to_x(U)))

    def loss_gradient(self, U: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Chain rule: d loss / d u = d loss / d x * scale (rounding is passed straight through)."""
        fn = getattr(self.base, "loss_gradient", None)
        if not callable(fn):
            from modelward.core.errors import AdapterError

            raise AdapterError(f"{self.name}: the model has no input gradient")
        return np.asarray(np.asarray(fn(self.to_x(U), y), dtype=float) * self.scale.scale)
