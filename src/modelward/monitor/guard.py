"""`monitor.drift-detector`: the streaming detector as a gateway guard, with bounded per-model state.

`inspect` counts each request's rows into the input detector, `filter` the model's output
probabilities into the output detector; each fires on its own. Mode `alert` flags the request on
which drift is detected (an alert in the audit log, traffic flows); `flag` flags every request while
drift stands, until `reset`; `block` refuses every request while drift stands (fail closed, for models
whose inputs must not drift). Saved as JSON plus a numpy archive read with allow_pickle=False.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import Decision, GuardRequest, GuardResponse, read_guard_doc
from modelward.core.output import atomic_write
from modelward.core.params import Param, resolve
from modelward.monitor.stream import (
    Alarm,
    StreamingDetector,
    StreamSettings,
    detector_arrays,
    detector_from_arrays,
)

CONFIG, STATE = "drift-guard.json", "drift-guard.npz"
FORMAT_VERSION = 1
MAX_CONFIG_BYTES = 4 << 20
MODES = ("alert", "flag", "block")


def _settings(values: Mapping[str, Any]) -> StreamSettings:
    return StreamSettings(values["window"], values["groups"], values["target_arl"], values["k"])


class DriftGuard:
    """Watches live inputs (and the model's output probabilities) for drift from the reference rows:
    per-column windowed scores (location, shape, extremes, missing values) accumulated by CUSUMs whose threshold
    keeps the mean time to a false alarm at `target_arl` windows; memory does not grow with traffic."""

    id = "monitor.drift-detector"
    threat = "model-drift"
    title = "Streaming drift detection on inputs and outputs"
    params = (
        Param("mode", str, "alert", "alert: flag the request on which drift is detected; flag: flag every "
              "request while drift stands; block: refuse every request while drift stands", choices=MODES),
        Param("window", int, 1000, "rows per test window (at most a sixteenth of the reference)", unit="rows",
              minimum=10, maximum=10_000_000),
        Param("groups", int, 20, "equal-mass groups per column (fewer for small windows)", minimum=2, maximum=1000),
        Param("target_arl", float, 20_000.0, "mean windows between false alarms", unit="windows", minimum=10,
              maximum=1e12),
        Param("k", float, 0.5, "CUSUM reference value: the per-window shift, in standard scores, detected "
              "fastest is 2k", minimum=0.05, maximum=5.0),
        Param("outputs", bool, True, "also watch the model's output probabilities"),
    )
    example_params = {"window": 20}

    def __init__(self, inputs: StreamingDetector, outputs: StreamingDetector | None,
                 values: Mapping[str, Any]) -> None:
        self.inputs, self.outputs = inputs, outputs
        self.values = dict(values)
        self.mode = str(values["mode"])
        self._lock = threading.Lock()

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> DriftGuard:
        values = resolve(cls.id, cls.params, dict(params))
        if reference is None or len(reference) == 0:
            raise ConfigError(f"{cls.id}: needs reference rows (the traffic the model is known to work on)")
        settings = _settings(values)
        inputs = StreamingDetector.fit(reference.X, tuple(reference.feature_names), settings)
        outputs = None
        if values["outputs"] and model is not None:
            proba = np.asarray(model.predict_proba(reference.X), dtype=float)
            names = tuple(f"P({c})" for c in np.asarray(model.classes).tolist())
            outputs = StreamingDetector.fit(proba, names, settings)
        return cls(inputs, outputs, values)

    # ------------------------------------------------------------ deciding

    def _decide(self, detector: StreamingDetector, raised: list[Alarm], what: str) -> Decision:
        score = float(detector.state.cusum.max() / detector.threshold)
        details = {"windows": detector.state.windows, "window_rows": detector.window,
                   "alarms": [asdict(a) for a in (raised or detector.state.alarms)[:5]]}
        if raised:
            first = raised[0]
            reason = (f"drift detected in {what} '{first.column}' ({first.statistic} CUSUM {first.cusum:.3g} > "
                      f"{first.threshold:.3g} at window {first.window})"
                      + (f" and {len(raised) - 1} more" if len(raised) > 1 else ""))
            make = Decision.block if self.mode == "block" else Decision.flag
            return make(reason, self.id, score, details=details)
        if detector.drifting and self.mode in ("flag", "block"):
            last = detector.state.alarms[-1]
            reason = f"{what} drift stands since window {last.window} ('{last.column}', {last.statistic}); not reset"
            make = Decision.block if self.mode == "block" else Decision.flag
            return make(reason, self.id, score, details=details)
        return Decision.allow(self.id, score)

    def inspect(self, request: GuardRequest) -> Decision:
        if request.rows is None or request.n_rows == 0:
            raise DataError(f"{self.id}: the request has no rows of features to watch")
        with self._lock:
            return self._decide(self.inputs, self.inputs.update(request.rows), "input column")

    def filter(self, response: GuardResponse) -> Decision:
        if self.outputs is None or response.outputs is None:
            return Decision.allow(self.id)
        with self._lock:
            return self._decide(self.outputs, self.outputs.update(response.outputs), "model output")

    def reset(self) -> None:
        """Clear the alarms of both detectors (after a person looked, or after retraining)."""
        with self._lock:
            self.inputs.reset()
            if self.outputs is not None:
                self.outputs.reset()

    # ---------------------------------------------------------- saving

    def save(self, directory: Path) -> list[Path]:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            arrays = detector_arrays(self.inputs, "in_")
            doc: dict[str, Any] = {"guard": self.id, "format_version": FORMAT_VERSION, "params": self.values,
                                   "inputs": {"names": list(self.inputs.names),
                                              "alarms": [asdict(a) for a in self.inputs.state.alarms]}}
            if self.outputs is not None:
                arrays |= detector_arrays(self.outputs, "out_")
                doc["outputs"] = {"names": list(self.outputs.names),
                                  "alarms": [asdict(a) for a in self.outputs.state.alarms]}
        state = atomic_write(directory / STATE, lambda p: _save_npz(p, arrays))
        config = atomic_write(directory / CONFIG, lambda p: p.write_text(json.dumps(doc, indent=1) + "\n", "utf-8"))
        return [config, state]

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None = None) -> DriftGuard:
        directory = Path(directory)
        doc = _read_json(directory / CONFIG, cls.id)
        values = resolve(cls.id, cls.params, doc["params"])
        settings = _settings(values)
        try:
            with np.load(directory / STATE, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except (OSError, ValueError) as exc:
            raise DataError(f"{directory / STATE}: not a saved drift detector: {exc}") from None
        inputs = _restore(arrays, "in_", doc, "inputs", settings, directory)
        outputs = _restore(arrays, "out_", doc, "outputs", settings, directory) if "outputs" in doc else None
        return cls(inputs, outputs, values)


def _save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    with path.open("wb") as fh:
        np.savez(fh, allow_pickle=False, **arrays)


def _read_json(path: Path, guard_id: str) -> dict[str, Any]:
    doc = read_guard_doc(path, guard_id, FORMAT_VERSION, MAX_CONFIG_BYTES)
    if not isinstance(doc.get("params"), dict) or not isinstance(doc.get("inputs"), dict):
        raise DataError(f"{path}: fields 'params' and 'inputs' must be objects")
    return doc


def _restore(arrays: dict[str, np.ndarray], prefix: str, doc: dict[str, Any], key: str, settings: StreamSettings,
             directory: Path) -> StreamingDetector:
    part = doc.get(key)
    try:
        names = tuple(str(n) for n in part["names"])  # type: ignore[index]
        alarms = [Alarm(**a) for a in part["alarms"]]  # type: ignore[index]
        return detector_from_arrays(arrays, prefix, names, settings, alarms)
    except (TypeError, KeyError) as exc:
        raise DataError(f"{directory / CONFIG}: field {key!r} is malformed: {exc}") from None
    except DataError as exc:
        raise DataError(f"{directory}: {exc}") from None
