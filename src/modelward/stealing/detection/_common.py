"""What the extraction-detection guards share: range scaling fitted on reference rows, the per-client
bookkeeping (a bounded `ClientTable`, flagged clients, a lock: a gateway calls guards from several
threads), the decision plumbing and saving as JSON plus a numpy archive read with allow_pickle=False.

A guard observes a client's rows with the model's answers in `filter` (after the model ran) and flags
the client when its test fires; in mode `block`, `inspect` refuses every later request of a flagged
client. Decisions carry the evidence (statistic, threshold, queries seen).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import ClientTable, Decision, GuardRequest, GuardResponse, read_guard_doc
from modelward.core.output import atomic_write
from modelward.core.params import Param, resolve

FORMAT_VERSION = 1
CONFIG, ARRAYS = "guard.json", "guard.npz"
MODES = ("flag", "block")
MIN_REFERENCE_ROWS = 30

MODE = Param("mode", str, "flag", "flag the client (alert) or also block its later requests", choices=MODES)
MAX_CLIENTS = Param("max_clients", int, 10_000, "clients whose state is kept (least recently seen evicted first)",
                    minimum=1)


@dataclass(frozen=True)
class Alarm:
    """A client's stream failed the test: the statistic, the threshold it crossed, the queries seen."""

    statistic: float
    threshold: float
    queries: int
    reason: str
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RangeScale:
    """Features mapped to [0, 1] by the reference rows' range (the model's declared bounds when finite)."""

    lower: np.ndarray
    width: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray, model: ModelAdapter | None = None) -> RangeScale:
        lo, hi = X.min(axis=0), X.max(axis=0)
        spec = getattr(model, "input_spec", None)
        if spec is not None and spec.features and spec.n_features == X.shape[1]:
            lo = np.where(np.isfinite(spec.lower), spec.lower, lo)
            hi = np.where(np.isfinite(spec.upper), spec.upper, hi)
        width = np.where(hi - lo > 1e-12, hi - lo, 1.0)
        return cls(np.asarray(lo, dtype=float), np.asarray(width, dtype=float))

    def __call__(self, X: np.ndarray) -> np.ndarray:
        out: np.ndarray = (np.asarray(X, dtype=float) - self.lower) / self.width
        return out


def reference_rows(reference: Dataset | None, guard_id: str, what: str) -> np.ndarray:
    if reference is None or len(reference) < MIN_REFERENCE_ROWS:
        raise ConfigError(f"{guard_id}: needs at least {MIN_REFERENCE_ROWS} reference rows of normal traffic ({what})")
    X = np.asarray(reference.X, dtype=float)
    if not np.isfinite(X).all():
        raise DataError(f"{guard_id}: the reference rows hold NaN or infinite values")
    return X


S = TypeVar("S")


class ClientStreamGuard(Generic[S]):
    """Base of the per-client stream guards. Subclasses set `id`, `title`, `params`, and implement
    `_new_state`, `_observe(state, rows, outputs) -> Alarm | None`, `_fitted()` / `_from_fitted()` and
    `_state_arrays()` / `_state_from_arrays()` for saving."""

    id = ""
    threat = "model-stealing"
    params: tuple[Param, ...] = ()

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)
        if self.values.get("mode", "flag") not in MODES:
            raise ConfigError(f"{self.id}: mode must be one of {', '.join(MODES)}")
        self.mode = self.values.get("mode", "flag")
        self.clients: ClientTable[S] = ClientTable(self._new_state, int(self.values.get("max_clients", 10_000)))
        self.flagged: dict[str, Alarm] = {}
        self._lock = threading.Lock()

    # -- what subclasses provide
    def _new_state(self) -> S:
        raise NotImplementedError

    def _observe(self, state: S, rows: np.ndarray, outputs: np.ndarray) -> Alarm | None:
        raise NotImplementedError

    def _fitted(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        raise NotImplementedError

    def _state_arrays(self, state: S) -> dict[str, np.ndarray]:
        raise NotImplementedError

    def _state_from_arrays(self, arrays: Mapping[str, np.ndarray]) -> S:
        raise NotImplementedError

    # -- the guard contract
    def _decision(self, alarm: Alarm, *, again: bool = False) -> Decision:
        make = Decision.block if self.mode == "block" else Decision.flag
        reason = alarm.reason + (" (flagged before)" if again else "")
        details = {"statistic": alarm.statistic, "threshold": alarm.threshold, "queries": alarm.queries,
                   **dict(alarm.details)}
        return make(reason, self.id, alarm.statistic, details=details)

    def inspect(self, request: GuardRequest) -> Decision:
        with self._lock:
            alarm = self.flagged.get(request.client_id)
        if alarm is not None and self.mode == "block":
            return self._decision(alarm, again=True)
        return Decision.allow(self.id)

    def filter(self, response: GuardResponse) -> Decision:
        request = response.request
        if request.rows is None or response.outputs is None or request.n_rows == 0:
            return Decision.allow(self.id)
        outputs = np.asarray(response.outputs, dtype=float)
        if outputs.shape[0] != request.n_rows:
            raise DataError(f"{self.id}: {outputs.shape[0]} answers for {request.n_rows} rows")
        with self._lock:
            before = self.flagged.get(request.client_id)
            alarm = self._observe(self.clients.get(request.client_id), request.rows, outputs)
            if alarm is not None and before is None:
                self.flagged[request.client_id] = alarm
        if alarm is not None:
            return self._decision(alarm)
        if before is not None:
            return self._decision(before, again=True)
        return Decision.allow(self.id)

    def reset(self, client_id: str | None = None) -> None:
        """Forget a client's flag and stream (all clients when None), e.g. after a review cleared it."""
        with self._lock:
            if client_id is None:
                self.flagged.clear()
                self.clients = ClientTable(self._new_state, self.clients.max_clients)
            else:
                self.flagged.pop(client_id, None)
                fresh = self._new_state()
                if client_id in self.clients:
                    self.clients._items[client_id] = fresh

    # -- saving
    def save(self, directory: Path) -> list[Path]:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fitted_doc, arrays = self._fitted()
            arrays = {f"fit.{k}": v for k, v in arrays.items()}
            clients = []
            for i, (client, state) in enumerate(self.clients.items()):
                clients.append(client)
                arrays |= {f"c{i}.{k}": v for k, v in self._state_arrays(state).items()}
            doc = {"guard": self.id, "format_version": FORMAT_VERSION,
                   "params": {k: list(v) if isinstance(v, tuple) else v for k, v in self.values.items()},
                   "fitted": fitted_doc, "clients": clients, "evicted": self.clients.evicted,
                   "flagged": {c: {"statistic": a.statistic, "threshold": a.threshold, "queries": a.queries,
                                   "reason": a.reason, "details": dict(a.details)} for c, a in self.flagged.items()}}
        saved = atomic_write(directory / ARRAYS, lambda p: _save_npz(p, arrays))
        config = atomic_write(directory / CONFIG, lambda p: p.write_text(json.dumps(doc, indent=1) + "\n", "utf-8"))
        return [config, saved]

    @classmethod
    def _restore(cls, directory: Path, build: Callable[[dict[str, Any], dict[str, Any], dict[str, np.ndarray]],
                                                       ClientStreamGuard[S]]) -> ClientStreamGuard[S]:
        directory = Path(directory)
        doc = read_guard_doc(directory / CONFIG, cls.id, FORMAT_VERSION, 64 << 20)
        for key, kind in (("params", dict), ("fitted", dict), ("clients", list), ("flagged", dict)):
            if not isinstance(doc.get(key), kind):
                raise DataError(f"{directory / CONFIG}: field {key!r} must be a JSON {kind.__name__}")
        values = resolve(cls.id, cls.params, doc["params"])
        try:
            with np.load(directory / ARRAYS, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except (OSError, ValueError) as exc:
            raise DataError(f"{directory / ARRAYS}: not a saved {cls.id} guard: {exc}") from None
        fitted = {k[4:]: v for k, v in arrays.items() if k.startswith("fit.")}
        guard = build(values, doc["fitted"], fitted)
        for i, client in enumerate(doc["clients"]):
            prefix = f"c{i}."
            state = guard._state_from_arrays({k[len(prefix):]: v for k, v in arrays.items() if k.startswith(prefix)})
            guard.clients._items[str(client)] = state
        guard.clients.evicted = int(doc.get("evicted", 0))
        for client, a in doc["flagged"].items():
            guard.flagged[str(client)] = Alarm(float(a["statistic"]), float(a["threshold"]), int(a["queries"]),
                                               str(a["reason"]), dict(a.get("details", {})))
        return guard


def _save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    with path.open("wb") as fh:
        np.savez(fh, allow_pickle=False, **arrays)


def need(arrays: Mapping[str, np.ndarray], name: str, guard_id: str) -> np.ndarray:
    if name not in arrays:
        raise DataError(f"{guard_id}: the saved state lacks the array {name!r}")
    return np.asarray(arrays[name])


def resolved(cls: type, params: Mapping[str, Any]) -> dict[str, Any]:
    return resolve(str(getattr(cls, "id", "")), tuple(getattr(cls, "params", ())), dict(params))
