"""Adapter for a plain Python function from rows of features to probabilities, logits or labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np

from modelward.core.adapters.base import BaseAdapter, softmax
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, ConfigError

Returns = Literal["proba", "labels", "logits"]


def one_hot(labels: np.ndarray, classes: np.ndarray, source: str) -> np.ndarray:
    """Labels as one-hot probability rows over `classes`; an unknown label is an error."""
    lookup = {c: i for i, c in enumerate(classes.tolist())}
    out = np.zeros((len(labels), len(classes)))
    for row, label in enumerate(labels.tolist()):
        if label not in lookup:
            raise AdapterError(f"{source}: returned label {label!r}, not one of the classes {classes.tolist()}")
        out[row, lookup[label]] = 1.0
    return out


def check_proba(P: np.ndarray, n_rows: int, n_classes: int, source: str, tol: float = 1e-3) -> np.ndarray:
    """P as a valid (n_rows, n_classes) probability table, renormalised; raise naming what is wrong."""
    if P.shape != (n_rows, n_classes):
        raise AdapterError(f"{source}: expected probabilities of shape {(n_rows, n_classes)}, got {P.shape}")
    if not np.all(np.isfinite(P)) or (P.min() < -tol if P.size else False):
        raise AdapterError(f"{source}: probabilities must be finite and non-negative")
    sums = P.sum(axis=1)
    if n_rows and np.abs(sums - 1.0).max() > tol:
        row = int(np.abs(sums - 1.0).argmax())
        raise AdapterError(
            f"{source}: probabilities of row {row} sum to {sums[row]:.4g}, not 1; "
            "if these are scores, declare them as logits"
        )
    P = np.clip(P, 0.0, None)
    return P / P.sum(axis=1, keepdims=True) if n_rows else P


class CallableAdapter(BaseAdapter):
    """Wrap `fn(X) -> array` where the array holds probabilities, logits, or predicted labels.

    Label-only functions give one-hot probabilities: enough for black-box checks that need decisions.
    """

    def __init__(
        self,
        fn: Callable[[np.ndarray], Any],
        classes: Sequence[Any] | np.ndarray,
        input_spec: InputSpec | None = None,
        returns: Returns = "proba",
        name: str | None = None,
    ) -> None:
        super().__init__()
        if not callable(fn):
            raise ConfigError(f"CallableAdapter needs a callable, got {type(fn).__name__}")
        if returns not in ("proba", "labels", "logits"):
            raise ConfigError(f"returns must be 'proba', 'labels' or 'logits', got {returns!r}")
        self.classes = np.asarray(classes)
        if self.classes.ndim != 1 or len(self.classes) < 2:
            raise ConfigError(f"classes must list at least two class labels, got {self.classes.tolist()}")
        self.fn = fn
        self.returns = returns
        self.input_spec = input_spec if input_spec is not None else InputSpec()
        self.name = name if name is not None else getattr(fn, "__name__", type(fn).__name__)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        try:
            out = np.asarray(self.fn(X))
        except Exception as exc:
            raise AdapterError(f"{self.name}: the function failed on {X.shape[0]} rows: {exc}") from exc
        if self.returns == "labels":
            return one_hot(out.reshape(-1), self.classes, self.name)
        try:
            out = out.astype(float)
        except (TypeError, ValueError) as exc:
            raise AdapterError(f"{self.name}: expected numeric {self.returns}, got dtype {out.dtype}") from exc
        if self.returns == "logits":
            expected = (X.shape[0], len(self.classes))
            if out.shape != expected:
                raise AdapterError(f"{self.name}: expected logits of shape {expected}, got {out.shape}")
            return softmax(out)
        return check_proba(out, X.shape[0], len(self.classes), self.name)
