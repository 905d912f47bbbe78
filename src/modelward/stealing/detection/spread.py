"""Answer spread per client: the mix of classes the model predicts for a client's distinct queries,
compared with the mix it predicts on the reference rows (the training distribution).

An attacker that extracts the model with natural in-distribution rows drawn at random asks about
everything in the proportions of the data, so its answers soon mirror the reference mix; a benign
client asks about what it needs, and its answers concentrate on some classes. A client is flagged
once it has sent `min_queries` distinct queries and the total-variation distance between its answer
mix and the reference mix is at most `tolerance`. Query by query such an attacker looks like a broad
benign client (PRADA, the windowed test and coverage growth do not see it); this guard sees the
whole stream's spread instead. What it cannot tell apart: a benign client that scores a representative
sample of the data (batch scoring); allow-list such clients or raise `min_queries`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.params import Param
from modelward.stealing.detection._common import (
    MAX_CLIENTS,
    MODE,
    Alarm,
    ClientStreamGuard,
    need,
    reference_rows,
    resolved,
)
from modelward.stealing.detection.prada import MAX_SEEN, _row_hash


@dataclass
class SpreadState:
    queries: int = 0
    counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    seen: dict[int, None] = field(default_factory=dict)


def total_variation(counts: np.ndarray, mix: np.ndarray) -> float:
    """Total-variation distance between the class shares of `counts` and the distribution `mix`."""
    total = counts.sum()
    if total <= 0:
        return 1.0
    return float(0.5 * np.abs(counts / total - mix).sum())


class AnswerSpreadGuard(ClientStreamGuard[SpreadState]):
    """Answer spread: flags a client whose answers, over `min_queries` distinct queries or more, are
    spread over the classes as the training distribution's are (natural-data extraction at random)."""

    id = "stealing.answer-spread"
    title = "Extraction detection: each client's mix of predicted classes against the training mix"
    params = (
        MODE, MAX_CLIENTS,
        Param("tolerance", float, 0.10, "flag a client whose class mix lies within this total-variation distance "
              "of the reference mix", minimum=0.0, maximum=1.0),
        Param("min_queries", int, 200, "distinct queries before a client is tested (a small sample's mix is noisy)",
              minimum=10),
    )
    example_params = {"min_queries": 10}

    def __init__(self, values: Mapping[str, Any], mix: np.ndarray) -> None:
        super().__init__(values)
        self.mix = np.asarray(mix, dtype=float)

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> AnswerSpreadGuard:
        values = resolved(cls, params)
        X = reference_rows(reference, cls.id, "the class mix of the training distribution")
        if model is None:
            raise ConfigError(f"{cls.id}: needs the model, to learn the class mix it predicts on the reference rows")
        proba = np.asarray(model.predict_proba(X), dtype=float)
        if proba.ndim != 2 or proba.shape[1] < 2:
            raise ConfigError(f"{cls.id}: the model answers {proba.shape}; needs one score per class, 2 or more")
        mix = np.bincount(proba.argmax(axis=1), minlength=proba.shape[1]) / len(proba)
        return cls(values, mix)

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> AnswerSpreadGuard:
        def build(values: dict[str, Any], doc: dict[str, Any], arrays: dict[str, np.ndarray]) -> AnswerSpreadGuard:
            return cls(values, need(arrays, "mix", cls.id))

        guard = cls._restore(directory, build)
        assert isinstance(guard, AnswerSpreadGuard)
        return guard

    def _new_state(self) -> SpreadState:
        return SpreadState(counts=np.zeros(len(self.mix), dtype=np.int64))

    def _observe(self, state: SpreadState, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        if outputs.ndim != 2 or outputs.shape[1] != len(self.mix):
            raise DataError(f"{self.id}: answers of shape {outputs.shape}; the reference model has {len(self.mix)} "
                            "classes")
        state.queries += len(rows)
        alarm: Alarm | None = None
        for row, c in zip(np.asarray(rows, dtype=float), outputs.argmax(axis=1).tolist(), strict=True):
            h = _row_hash(row)
            if h in state.seen:
                continue
            state.seen[h] = None
            if len(state.seen) > MAX_SEEN:
                state.seen.pop(next(iter(state.seen)))
            state.counts[c] += 1
            distinct = int(state.counts.sum())
            if alarm is not None or distinct < self.values["min_queries"]:
                continue
            distance = total_variation(state.counts, self.mix)
            if distance <= self.values["tolerance"]:
                alarm = Alarm(distance, self.values["tolerance"], state.queries,
                              f"this client's {distinct} distinct queries are answered with the training data's mix "
                              f"of classes (total-variation distance {distance:.3f} <= {self.values['tolerance']:g}): "
                              "it asks about everything, as natural-data extraction does",
                              {"distinct": distinct, "shares": np.round(state.counts / distinct, 4).tolist(),
                               "reference": np.round(self.mix, 4).tolist()})
        return alarm

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {"mix": self.mix}

    def _state_arrays(self, state: SpreadState) -> dict[str, np.ndarray]:
        return {"queries": np.array([state.queries]), "counts": state.counts,
                "seen": np.array(list(state.seen), dtype=np.uint64)}

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> SpreadState:
        return SpreadState(int(need(arrays, "queries", self.id)[0]), need(arrays, "counts", self.id).astype(np.int64),
                           dict.fromkeys(int(h) for h in need(arrays, "seen", self.id).tolist()))
