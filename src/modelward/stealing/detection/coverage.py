"""Coverage growth per client: the reference rows are clustered into cells (k-means on features scaled
to [0, 1]); each client's distinct queries mark the cells they fall in. Extraction needs answers all
over the input space: a client is flagged when its coverage grows faster than any benign stream of
reference rows does (the envelope is simulated at calibration), or when it has covered `max_share` of
all cells. A benign client with narrow interests stays in a few cells; an attacker that spreads its
queries on purpose (k-center, active learning) or asks about everything does not. What it cannot tell
apart: an attacker that queries natural rows at random, at the pace of a broad benign client, before it
reaches `max_share` (documented in docs/stealing.md)."""

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
from modelward.stealing.detection.prada import MAX_SEEN, _row_hash


@dataclass
class CoverageState:
    queries: int = 0
    distinct: int = 0
    cells: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    seen: dict[int, None] = field(default_factory=dict)


def envelope(cell_of_rows: np.ndarray, n_cells: int, streams: int, rng: np.random.Generator) -> np.ndarray:
    """For each number of distinct queries n (1..len), the most cells any benign stream (reference rows in
    random order) covered after n rows."""
    top = np.zeros(len(cell_of_rows), dtype=int)
    for _ in range(streams):
        seen = np.zeros(n_cells, dtype=bool)
        covered = np.empty(len(cell_of_rows), dtype=int)
        count = 0
        for i, c in enumerate(cell_of_rows[rng.permutation(len(cell_of_rows))]):
            if not seen[c]:
                seen[c] = True
                count += 1
            covered[i] = count
        top = np.maximum(top, covered)
    return top


class CoverageGuard(ClientStreamGuard[CoverageState]):
    """Coverage growth: flags a client whose distinct queries cover the input space's cells faster than
    benign streams do, or cover `max_share` of them."""

    id = "stealing.coverage"
    title = "Extraction detection: growth of each client's coverage of the input space"
    params = (
        MODE, MAX_CLIENTS,
        Param("cells", int, 128, "k-means cells of the reference rows", minimum=2),
        Param("max_share", float, 0.9, "flag a client that has covered this share of the cells", minimum=0.05,
              maximum=1.0),
        Param("slack", int, 2, "cells above the benign envelope before a client is flagged", minimum=0),
        Param("min_queries", int, 20, "distinct queries before a client is tested", minimum=1),
        Param("calibration_streams", int, 200, "benign streams simulated for the envelope", minimum=1),
        Param("seed", int, 0, "seed of the clustering and the calibration", minimum=0),
    )
    example_params = {"cells": 8, "calibration_streams": 10}

    def __init__(self, values: Mapping[str, Any], scale: RangeScale, centres: np.ndarray, bound: np.ndarray) -> None:
        super().__init__(values)
        self.scale, self.centres, self.bound = scale, centres, bound

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> CoverageGuard:
        from sklearn.cluster import KMeans

        values = resolved(cls, params)
        X = reference_rows(reference, cls.id, "the cells and the benign envelope")
        scale = RangeScale.fit(X, model)
        Z = scale(X)
        k = min(values["cells"], len(np.unique(Z, axis=0)))
        km = KMeans(n_clusters=k, n_init=3, random_state=values["seed"]).fit(Z)
        bound = envelope(km.labels_, k, values["calibration_streams"], np.random.default_rng(values["seed"]))
        return cls(values, scale, km.cluster_centers_, bound)

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> CoverageGuard:
        def build(values: dict[str, Any], doc: dict[str, Any], arrays: dict[str, np.ndarray]) -> CoverageGuard:
            scale = RangeScale(need(arrays, "lower", cls.id), need(arrays, "width", cls.id))
            return cls(values, scale, need(arrays, "centres", cls.id), need(arrays, "bound", cls.id))

        guard = cls._restore(directory, build)
        assert isinstance(guard, CoverageGuard)
        return guard

    def _cell(self, Z: np.ndarray) -> np.ndarray:
        d = ((Z[:, None, :] - self.centres[None, :, :]) ** 2).sum(axis=-1)
        return np.asarray(d.argmin(axis=1))

    def _new_state(self) -> CoverageState:
        return CoverageState(cells=np.zeros(len(self.centres), dtype=bool))

    def _observe(self, state: CoverageState, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        Z = self.scale(rows)
        state.queries += len(Z)
        alarm: Alarm | None = None
        for z, cell in zip(Z, self._cell(Z).tolist(), strict=True):
            h = _row_hash(z)
            if h in state.seen:
                continue
            state.seen[h] = None
            if len(state.seen) > MAX_SEEN:
                state.seen.pop(next(iter(state.seen)))
            state.distinct += 1
            state.cells[cell] = True
            if alarm is not None or state.distinct < self.values["min_queries"]:
                continue
            covered, total = int(state.cells.sum()), len(self.centres)
            limit = int(self.bound[min(state.distinct, len(self.bound)) - 1]) + self.values["slack"]
            share = covered / total
            if covered > limit and limit < total:
                alarm = Alarm(covered, limit, state.queries,
                              f"this client's {state.distinct} distinct queries cover {covered} of {total} cells of "
                              "the input space, more than any benign stream of that length "
                              f"({limit - self.values['slack']})",
                              {"distinct": state.distinct, "share": round(share, 4)})
            elif share >= self.values["max_share"]:
                alarm = Alarm(covered, self.values["max_share"] * total, state.queries,
                              f"this client has covered {share:.0%} of the input space's cells with {state.distinct} "
                              "distinct queries (extraction needs answers everywhere)",
                              {"distinct": state.distinct, "share": round(share, 4)})
        return alarm

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {"lower": self.scale.lower, "width": self.scale.width, "centres": self.centres, "bound": self.bound}

    def _state_arrays(self, state: CoverageState) -> dict[str, np.ndarray]:
        return {"counts": np.array([state.queries, state.distinct]), "cells": state.cells,
                "seen": np.array(list(state.seen), dtype=np.uint64)}

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> CoverageState:
        counts = need(arrays, "counts", self.id)
        return CoverageState(int(counts[0]), int(counts[1]), need(arrays, "cells", self.id).astype(bool),
                             dict.fromkeys(int(h) for h in need(arrays, "seen", self.id).tolist()))
