"""Users' own estimator classes and helpers, as a project defines them in a module of its own: the
benign tests pickle models that use them (they are outside the allowlist and must stay below medium)."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin


def log1p_clip(x: np.ndarray) -> np.ndarray:
    """A feature transform used through FunctionTransformer."""
    return np.log1p(np.clip(x, 0, None))


class ClippedScaler(BaseEstimator, TransformerMixin):
    """Scale, then clip to a range: a typical custom step."""

    def __init__(self, low: float = -3.0, high: float = 3.0) -> None:
        self.low = low
        self.high = high

    def fit(self, X: np.ndarray, y: object = None) -> ClippedScaler:
        self.mean_ = np.asarray(X, dtype=float).mean(axis=0)
        self.scale_ = np.asarray(X, dtype=float).std(axis=0) + 1e-9
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        return np.clip((np.asarray(X, dtype=float) - self.mean_) / self.scale_, self.low, self.high)


class Vocabulary:
    """A plain helper object kept on a model, with its own state handling."""

    def __init__(self, words: list[str]) -> None:
        self.index = {w: i for i, w in enumerate(words)}

    def __getstate__(self) -> dict[str, object]:
        return {"words": sorted(self.index, key=self.index.__getitem__)}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.index = {w: i for i, w in enumerate(state["words"])}  # type: ignore[arg-type]
