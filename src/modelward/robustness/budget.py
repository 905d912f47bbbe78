"""Per-row query budgets for black-box attacks, counted exactly and never exceeded."""

from __future__ import annotations

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.errors import AttackConfigError


class BudgetExceeded(RuntimeError):
    """An attack asked for more queries than a row has left; a bug in the attack, not user input."""


class QueryBudget:
    """Sends rows to the model on behalf of numbered input rows and charges each row one query.

    `used[i]` is the number of model rows queried for input row i. With `max_per_row` set, a
    request that would exceed it raises BudgetExceeded; attacks check `remaining` first.
    """

    def __init__(self, model: ModelAdapter, n_rows: int, max_per_row: int | None = None) -> None:
        if max_per_row is not None and max_per_row < 1:
            raise AttackConfigError(f"query budget must be at least 1 per row, got {max_per_row}")
        self.model = model
        self.max_per_row = max_per_row
        self.used = np.zeros(n_rows, dtype=np.int64)
        self._start = int(getattr(model, "query_count", 0))

    @property
    def remaining(self) -> np.ndarray:
        if self.max_per_row is None:
            return np.full(self.used.shape, np.iinfo(np.int64).max // 4, dtype=np.int64)
        return self.max_per_row - self.used

    def proba(self, X: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Probabilities for X, where X[k] is charged to input row rows[k]."""
        rows = np.asarray(rows, dtype=np.int64)
        if rows.shape[0] != X.shape[0]:
            raise BudgetExceeded(f"{X.shape[0]} query rows but {rows.shape[0]} owners")
        if rows.size == 0:
            return np.zeros((0, len(self.model.classes)))
        counts = np.bincount(rows, minlength=self.used.shape[0])
        if self.max_per_row is not None and np.any(self.used + counts > self.max_per_row):
            raise BudgetExceeded(f"query budget of {self.max_per_row} per row would be exceeded")
        self.used += counts
        return np.asarray(self.model.predict_proba(X), dtype=float)

    def labels(self, X: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Predicted class indices for X (decision-based access), charged like `proba`."""
        P = self.proba(X, rows)
        return np.asarray(P.argmax(axis=1), dtype=np.int64)

    @property
    def model_queries(self) -> int:
        """Rows the adapter saw since this budget was made (equals used.sum() if nothing else queried)."""
        return int(getattr(self.model, "query_count", 0)) - self._start
