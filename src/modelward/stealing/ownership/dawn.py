"""DAWN-style API watermarking (Szyller et al. 2021) as a guard: a keyed, deterministic share `rate` of
the queries (chosen by an HMAC of the row, so the same row is always treated the same) is answered
with a wrong label derived from the key; the guard records those rows and labels per client. A copy
extracted through the API learns them; the owner later queries a suspect on a client's recorded rows
(`evidence`) and tests the agreement with `trigger.verify`. The cost: legitimate clients get a wrong
answer on `rate` of their queries.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError
from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param
from modelward.stealing.detection._common import MAX_CLIENTS, Alarm, ClientStreamGuard, need, resolved
from modelward.stealing.ownership.trigger import TriggerSet


@dataclass
class DawnState:
    rows: list[np.ndarray] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


class DawnGuard(ClientStreamGuard[DawnState]):
    """DAWN API watermarking: answers a keyed share of queries with keyed wrong labels and records them
    per client, so a model extracted through the API carries a verifiable mark."""

    id = "stealing.dawn"
    title = "API watermarking of answers (DAWN)"
    params = (
        MAX_CLIENTS,
        Param("rate", float, 0.01, "share of queries answered with a keyed wrong label", minimum=1e-6, maximum=0.5),
        Param("key", str, "", "secret key of the watermark (required; keep it secret)"),
        Param("max_records", int, 2000, "watermarked rows kept per client", minimum=1),
    )
    example_params = {"key": "contract-secret", "rate": 0.3}

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        if not self.values.get("key"):
            raise ConfigError(f"{self.id}: a secret key is required (parameter 'key')")
        self._key = str(self.values["key"]).encode()

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None, reference: Dataset | None) -> DawnGuard:
        return cls(resolved(cls, params))

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> DawnGuard:
        guard = cls._restore(directory, lambda values, doc, arrays: cls(values))
        assert isinstance(guard, DawnGuard)
        return guard

    def _digest(self, row: np.ndarray) -> int:
        mac = hmac.new(self._key, np.round(np.asarray(row, dtype=float), 6).tobytes(), hashlib.sha256).digest()
        return int.from_bytes(mac[:8], "little")

    def marked(self, rows: np.ndarray, n_classes: int, answers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which rows get a watermark answer, and the wrong label each would get."""
        digests = [self._digest(r) for r in rows]
        chosen = np.array([d / 2**64 < self.values["rate"] for d in digests], dtype=bool)
        wrong = np.array([(int(a) + 1 + d % (n_classes - 1)) % n_classes
                          for a, d in zip(answers, digests, strict=True)])
        return chosen, wrong

    def inspect(self, request: GuardRequest) -> Decision:
        return Decision.allow(self.id)

    def filter(self, response: GuardResponse) -> Decision:
        request = response.request
        if request.rows is None or response.outputs is None or request.n_rows == 0:
            return Decision.allow(self.id)
        outputs = np.asarray(response.outputs, dtype=float)
        k = outputs.shape[1]
        if k < 2:
            return Decision.allow(self.id)
        chosen, wrong = self.marked(request.rows, k, outputs.argmax(axis=1))
        if not chosen.any():
            return Decision.allow(self.id)
        served = outputs.copy()
        served[chosen] = np.eye(k)[wrong[chosen]]
        with self._lock:
            state = self.clients.get(request.client_id)
            for r in np.flatnonzero(chosen):
                if len(state.rows) < self.values["max_records"]:
                    state.rows.append(np.asarray(request.rows[r], dtype=float))
                    state.labels.append(int(wrong[r]))
        return Decision.allow(self.id, outputs=served, details={"watermarked_rows": int(chosen.sum())})

    def evidence(self, client_id: str) -> TriggerSet:
        """The rows this client got watermark answers for, and those answers (for `trigger.verify`)."""
        with self._lock:
            if client_id not in self.clients:
                raise ConfigError(f"{self.id}: no watermarked answers were recorded for client {client_id!r}")
            state = self.clients.get(client_id)
            return TriggerSet(np.asarray(state.rows), np.asarray(state.labels, dtype=int))

    def _new_state(self) -> DawnState:
        return DawnState()

    def _observe(self, state: DawnState, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        return None  # filter does the work; DAWN never flags

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {}

    def _state_arrays(self, state: DawnState) -> dict[str, np.ndarray]:
        width = len(state.rows[0]) if state.rows else 0
        return {"rows": np.asarray(state.rows, dtype=float).reshape(len(state.rows), width),
                "labels": np.asarray(state.labels, dtype=np.int64)}

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> DawnState:
        return DawnState(list(need(arrays, "rows", self.id)), [int(v) for v in need(arrays, "labels", self.id)])
