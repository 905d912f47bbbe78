"""A windowed distribution test per client: each query is embedded by how typical it is (log distance to
its nearest reference row) and how sure the model is of it (log of 1 - top probability); every window
of a client's queries is compared with the reference rows' embeddings by the maximum mean discrepancy
(RBF kernel, median bandwidth). The threshold is calibrated on benign windows drawn from reference rows,
uniformly and with the class skew real clients have, so a client that only asks about a few classes is
not flagged for it. Extraction queries (synthetic ones off the data manifold, k-center seeds at its
edges, boundary rows picked by active learning) move the window away from the reference."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

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

MAX_KERNEL_ROWS = 500


def _kernel_mean(P: np.ndarray, Q: np.ndarray, bandwidth: float) -> float:
    d = ((P[:, None, :] - Q[None, :, :]) ** 2).sum(axis=-1)
    return float(np.exp(-d / (2 * bandwidth**2)).mean())


def mmd2(A: np.ndarray, B: np.ndarray, bandwidth: float, kbb: float | None = None) -> float:
    """Biased squared MMD between samples A and B with an RBF kernel of the given bandwidth (`kbb`: the
    mean kernel within B, when already known)."""
    within_b = _kernel_mean(B, B, bandwidth) if kbb is None else kbb
    return _kernel_mean(A, A, bandwidth) + within_b - 2 * _kernel_mean(A, B, bandwidth)


@dataclass(frozen=True, eq=False)
class Embedding:
    """Query -> (standardised log nearest-reference distance, standardised log uncertainty)."""

    scale: RangeScale
    reference: np.ndarray  # scaled reference rows (nearest-neighbour index)
    centre: np.ndarray
    spread: np.ndarray

    def raw(self, X: np.ndarray, proba: np.ndarray, leave_one_out: bool = False) -> np.ndarray:
        from sklearn.neighbors import NearestNeighbors

        nn = NearestNeighbors(n_neighbors=2 if leave_one_out else 1).fit(self.reference)
        dist = nn.kneighbors(self.scale(X))[0][:, -1]
        top = np.asarray(proba, dtype=float).max(axis=1)
        return np.asarray(np.c_[np.log(dist + 1e-6), np.log10(np.clip(1 - top, 1e-12, None))])

    def __call__(self, X: np.ndarray, proba: np.ndarray) -> np.ndarray:
        out: np.ndarray = (self.raw(X, proba) - self.centre) / self.spread
        return out


@dataclass
class WindowState:
    queries: int = 0
    windows: int = 0
    buffer: list[np.ndarray] = field(default_factory=list)


def _skewed_windows(n_rows: int, classes: np.ndarray, size: int, count: int,
                    rng: np.random.Generator) -> list[np.ndarray]:
    """Row indices of benign windows: half uniform, half with Dirichlet(0.5) class preferences."""
    labels = np.unique(classes)
    out = []
    for i in range(count):
        if i % 2 == 0 or len(labels) < 2:
            out.append(rng.choice(n_rows, size, replace=True))
            continue
        prefs = dict(zip(labels.tolist(), rng.dirichlet(np.full(len(labels), 0.5)), strict=True))
        w = np.array([prefs[c] for c in classes.tolist()])
        out.append(rng.choice(n_rows, size, replace=True, p=w / w.sum()))
    return out


class QueryDistributionGuard(ClientStreamGuard[WindowState]):
    """Windowed MMD test per client: flags a client whose window of queries is far, in typicality and model
    certainty, from benign traffic (threshold calibrated on uniform and class-skewed benign windows)."""

    id = "stealing.query-distribution"
    title = "Extraction detection: windowed MMD test of each client's queries against benign traffic"
    params = (
        MODE, MAX_CLIENTS,
        Param("window", int, 50, "queries per tested window", minimum=5),
        Param("calibration_windows", int, 400, "benign windows the threshold is calibrated on", minimum=10),
        Param("margin", float, 1.25, "threshold = margin x the largest benign MMD", minimum=1.0),
        Param("seed", int, 0, "seed of the calibration", minimum=0),
    )
    example_params = {"calibration_windows": 20, "window": 10}

    def __init__(self, values: Mapping[str, Any], embedding: Embedding, kernel_rows: np.ndarray, bandwidth: float,
                 threshold: float) -> None:
        super().__init__(values)
        self.embedding, self.kernel_rows = embedding, kernel_rows
        self.bandwidth, self.threshold = bandwidth, threshold
        self._kbb = _kernel_mean(kernel_rows, kernel_rows, bandwidth)

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> QueryDistributionGuard:
        from modelward.core.errors import ConfigError

        values = resolved(cls, params)
        if model is None:
            raise ConfigError(f"{cls.id}: needs the served model (queries are embedded with its certainty)")
        X = reference_rows(reference, cls.id, "the benign embedding and the calibration")
        rng = np.random.default_rng(values["seed"])
        scale = RangeScale.fit(X, model)
        proba = np.asarray(model.predict_proba(X), dtype=float)
        probe = Embedding(scale, scale(X), np.zeros(2), np.ones(2))
        raw = probe.raw(X, proba, leave_one_out=True)
        embedding = Embedding(scale, scale(X), raw.mean(axis=0), np.where(raw.std(axis=0) > 1e-9, raw.std(axis=0), 1.0))
        E = (raw - embedding.centre) / embedding.spread
        half = rng.permutation(len(X))
        kernel_idx, calib_idx = half[: min(MAX_KERNEL_ROWS, len(X) // 2)], half[len(X) // 2:]
        kernel_rows = E[kernel_idx]
        d = np.sqrt(((kernel_rows[:, None] - kernel_rows[None]) ** 2).sum(-1))
        bandwidth = float(np.median(d[d > 0])) if (d > 0).any() else 1.0
        classes = proba.argmax(axis=1)[calib_idx]
        kbb = _kernel_mean(kernel_rows, kernel_rows, bandwidth)
        windows = _skewed_windows(len(calib_idx), classes, values["window"], values["calibration_windows"], rng)
        stats = [mmd2(E[calib_idx][w], kernel_rows, bandwidth, kbb) for w in windows]
        return cls(values, embedding, kernel_rows, bandwidth, float(values["margin"] * max(stats)))

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> QueryDistributionGuard:
        def build(values: dict[str, Any], doc: dict[str, Any],
                  arrays: dict[str, np.ndarray]) -> QueryDistributionGuard:
            scale = RangeScale(need(arrays, "lower", cls.id), need(arrays, "width", cls.id))
            embedding = Embedding(scale, need(arrays, "reference", cls.id), need(arrays, "centre", cls.id),
                                  need(arrays, "spread", cls.id))
            return cls(values, embedding, need(arrays, "kernel_rows", cls.id), float(doc["bandwidth"]),
                       float(doc["threshold"]))

        guard = cls._restore(directory, build)
        assert isinstance(guard, QueryDistributionGuard)
        return guard

    def _new_state(self) -> WindowState:
        return WindowState()

    def _observe(self, state: WindowState, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        state.queries += len(rows)
        state.buffer.extend(self.embedding(rows, outputs))
        size = self.values["window"]
        worst: Alarm | None = None
        while len(state.buffer) >= size:
            window, state.buffer = np.asarray(state.buffer[:size]), state.buffer[size:]
            state.windows += 1
            stat = mmd2(window, self.kernel_rows, self.bandwidth, self._kbb)
            if stat > self.threshold and (worst is None or stat > worst.statistic):
                worst = Alarm(stat, self.threshold, state.queries,
                              f"window {state.windows} of this client's queries is far from benign traffic (MMD² "
                              f"{stat:.3g} > {self.threshold:.3g}; mean typicality {window[:, 0].mean():+.2f} sd, "
                              f"certainty {-window[:, 1].mean():+.2f} sd)", {"window": state.windows})
        return worst

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        e = self.embedding
        return ({"bandwidth": self.bandwidth, "threshold": self.threshold},
                {"lower": e.scale.lower, "width": e.scale.width, "reference": e.reference, "centre": e.centre,
                 "spread": e.spread, "kernel_rows": self.kernel_rows})

    def _state_arrays(self, state: WindowState) -> dict[str, np.ndarray]:
        return {"counts": np.array([state.queries, state.windows]),
                "buffer": np.asarray(state.buffer, dtype=float).reshape(-1, 2)}

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> WindowState:
        counts = need(arrays, "counts", self.id)
        return WindowState(int(counts[0]), int(counts[1]), list(need(arrays, "buffer", self.id)))
