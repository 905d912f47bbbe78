"""PRADA (Juuti et al. 2019): extraction attacks that synthesise queries (Jacobian-based augmentation and
its kin) make each new query a small step from an earlier one, so a client's minimum distances stop
looking like those of natural queries. Per client and predicted class, a growing set keeps the queries
that were far from the set; every new query's minimum distance to its class's set joins the client's
distances; when those fail a Shapiro-Wilk normality test (W below `delta`) the client is flagged.

Two departures from the paper, both for benign traffic: repeated queries are skipped (a client asking
the same row twice says nothing new, and zero distances wreck normality), and distances are measured
on features scaled to [0, 1] by the reference range (standardising blows up rare, nearly constant
features). `delta` is calibrated on reference rows played as benign streams when not given.
PRADA is known not to catch extraction from natural data (Knockoff-style); see the window and
coverage guards for that.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import shapiro

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.params import Param
from modelward.stealing.detection._common import (
    MAX_CLIENTS,
    MODE,
    Alarm,
    ClientStreamGuard,
    RangeScale,
    need,
    reference_rows,
    resolved,
)

MAX_SEEN = 20_000


@dataclass
class PradaState:
    """One client's stream: hashes of the rows seen, the growing sets per class, the distances."""

    queries: int = 0
    seen: dict[int, None] = field(default_factory=dict)  # insertion-ordered set, bounded
    kept: dict[int, list[np.ndarray]] = field(default_factory=dict)
    kept_stats: dict[int, tuple[int, float, float]] = field(default_factory=dict)  # count, sum, sum of squares
    distances: deque[float] = field(default_factory=deque)


def _row_hash(row: np.ndarray) -> int:
    return int.from_bytes(hashlib.blake2b(np.round(row, 6).tobytes(), digest_size=8).digest(), "little")


def update(state: PradaState, Z: np.ndarray, classes: np.ndarray, window: int, max_kept: int) -> int:
    """Feed scaled rows Z with their predicted classes; returns how many new distances were added."""
    added = 0
    for z, c in zip(Z, classes.tolist(), strict=True):
        state.queries += 1
        h = _row_hash(z)
        if h in state.seen:
            continue
        state.seen[h] = None
        if len(state.seen) > MAX_SEEN:
            state.seen.pop(next(iter(state.seen)))
        group = state.kept.setdefault(int(c), [])
        if not group:
            group.append(z.astype(np.float32))
            continue
        d = float(np.sqrt(((np.asarray(group) - z) ** 2).sum(axis=1)).min())
        state.distances.append(d)
        if len(state.distances) > window:
            state.distances.popleft()
        added += 1
        n, s, ss = state.kept_stats.get(int(c), (0, 0.0, 0.0))
        threshold = s / n - np.sqrt(max(ss / n - (s / n) ** 2, 0.0)) if n > 1 else 0.0
        if d > threshold and sum(len(g) for g in state.kept.values()) < max_kept:
            group.append(z.astype(np.float32))
            state.kept_stats[int(c)] = (n + 1, s + d, ss + d * d)
    return added


def normality(state: PradaState) -> float:
    """Shapiro-Wilk W of the client's distances (1: perfectly normal)."""
    d = np.asarray(state.distances, dtype=float)
    if len(d) < 3 or np.ptp(d) == 0:
        return 1.0 if len(d) < 3 else 0.0
    return float(shapiro(d).statistic)


def calibrate_delta(Z: np.ndarray, classes: np.ndarray, min_distances: int, window: int, max_kept: int,
                    streams: int, margin: float, rng: np.random.Generator) -> float:
    """`margin` times the lowest W that benign streams (reference rows in random order) ever show once they
    have `min_distances` distances."""
    lowest = 1.0
    for _ in range(streams):
        state = PradaState()
        for i in rng.permutation(len(Z)):
            update(state, Z[i:i + 1], classes[i:i + 1], window, max_kept)
            if len(state.distances) >= min_distances:
                lowest = min(lowest, normality(state))
    return margin * lowest


class PradaGuard(ClientStreamGuard[PradaState]):
    """PRADA extraction detection: flags a client whose minimum query distances fail a Shapiro-Wilk
    normality test (synthetic, Jacobian-augmented query streams)."""

    id = "stealing.prada"
    title = "PRADA: extraction detection by the normality of query distances"
    params = (
        MODE, MAX_CLIENTS,
        Param("delta", float, 0.0, "flag when W falls below this (0: calibrated on the reference rows)", minimum=0.0,
              maximum=1.0),
        Param("min_distances", int, 30, "distances a client needs before it is tested", minimum=3),
        Param("window", int, 1000, "most recent distances tested", minimum=3, maximum=5000),
        Param("max_kept", int, 512, "rows kept per client in the growing sets (bounds memory)", minimum=1),
        Param("calibration_streams", int, 20, "benign streams played to calibrate delta", minimum=1),
        Param("margin", float, 0.9, "delta = margin x the lowest benign W", minimum=0.1, maximum=1.0),
        Param("seed", int, 0, "seed of the calibration streams", minimum=0),
    )
    example_params = {"calibration_streams": 2}

    def __init__(self, values: Mapping[str, Any], scale: RangeScale, delta: float) -> None:
        super().__init__(values)
        self.scale, self.delta = scale, delta

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> PradaGuard:
        values = resolved(cls, params)
        X = reference_rows(reference, cls.id, "the range scale and the calibration of delta")
        scale = RangeScale.fit(X, model)
        delta = values["delta"]
        if delta <= 0:
            classes = (np.asarray(model.predict_proba(X)).argmax(axis=1) if model is not None
                       else np.zeros(len(X), dtype=int))
            delta = calibrate_delta(scale(X), classes, values["min_distances"], values["window"],
                                    values["max_kept"], values["calibration_streams"], values["margin"],
                                    np.random.default_rng(values["seed"]))
        return cls(values, scale, float(delta))

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> PradaGuard:
        def build(values: dict[str, Any], doc: dict[str, Any], arrays: dict[str, np.ndarray]) -> PradaGuard:
            scale = RangeScale(need(arrays, "lower", cls.id), need(arrays, "width", cls.id))
            return cls(values, scale, float(doc["delta"]))

        guard = cls._restore(directory, build)
        assert isinstance(guard, PradaGuard)
        return guard

    def _new_state(self) -> PradaState:
        return PradaState()

    def _observe(self, state: PradaState, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        update(state, self.scale(rows), outputs.argmax(axis=1), self.values["window"], self.values["max_kept"])
        if len(state.distances) < self.values["min_distances"]:
            return None
        w = normality(state)
        if w >= self.delta:
            return None
        return Alarm(w, self.delta, state.queries,
                     f"query distances of this client are not normal (Shapiro-Wilk W {w:.3f} < {self.delta:.3f} "
                     f"after {state.queries} queries): the pattern of synthetic extraction queries (PRADA)",
                     {"distances": len(state.distances)})

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {"delta": self.delta}, {"lower": self.scale.lower, "width": self.scale.width}

    def _state_arrays(self, state: PradaState) -> dict[str, np.ndarray]:
        rows = [(c, z) for c, group in state.kept.items() for z in group]
        stats = np.array([[c, *state.kept_stats.get(c, (0, 0.0, 0.0))] for c in state.kept], dtype=float)
        return {"queries": np.array([state.queries]), "seen": np.array(list(state.seen), dtype=np.uint64),
                "kept_class": np.array([c for c, _ in rows], dtype=np.int64),
                "kept_rows": np.array([z for _, z in rows], dtype=np.float32).reshape(len(rows), -1),
                "stats": stats.reshape(-1, 4), "distances": np.array(state.distances, dtype=float)}

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> PradaState:
        state = PradaState(int(need(arrays, "queries", self.id)[0]))
        state.seen = dict.fromkeys(int(h) for h in need(arrays, "seen", self.id).tolist())
        for c, z in zip(need(arrays, "kept_class", self.id).tolist(), need(arrays, "kept_rows", self.id),
                        strict=True):
            state.kept.setdefault(int(c), []).append(np.asarray(z, dtype=np.float32))
        for c, n, s, ss in need(arrays, "stats", self.id).tolist():
            state.kept_stats[int(c)] = (int(n), float(s), float(ss))
        state.distances = deque(float(d) for d in need(arrays, "distances", self.id).tolist())
        return state
