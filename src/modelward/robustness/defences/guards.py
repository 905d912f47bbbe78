"""The evasion guards a gateway runs: each decides on the request (`inspect`) and on the response
(`filter`), is built from declared parameters, a model and reference rows, and saves its fitted state
as JSON (+ safetensors), never pickle.

- `robustness.adversarial-detector`: the fitted adversarial-input detector scores every row. Mode
  `block` refuses a request with a suspicious row; `withhold` lets the request through and replaces
  the answers of suspicious rows by an abstention (uniform probabilities) in `filter`; `flag` only
  flags. Either way the decision names the rows and the score.
- `robustness.certified-fallback`: randomised smoothing certifies each row; a row not certified to
  `min_radius` gets no model answer: `filter` replaces it by the abstention (or blocks, in mode
  `block`), and certified rows are answered with the smoothed prediction.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.output import atomic_write
from modelward.core.params import Param, resolve

CONFIG_NAME = "guard.json"
FORMAT_VERSION = 1
MAX_CONFIG_BYTES = 1024**2
_MODES = ("block", "withhold", "flag")


class _RecentScores:
    """Scores of the last few requests, so `filter` reuses what `inspect` computed (bounded memory)."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[int, tuple[GuardRequest, Any]] = OrderedDict()
        self.size = size

    def get(self, request: GuardRequest, compute: Any) -> Any:
        key = id(request)
        hit = self._items.get(key)
        if hit is not None and hit[0] is request:
            return hit[1]
        value = compute(request)
        self._items[key] = (request, value)
        if len(self._items) > self.size:
            self._items.popitem(last=False)
        return value


def _rows_of(request: GuardRequest, guard_id: str) -> np.ndarray:
    if request.rows is None or request.n_rows == 0:
        raise DataError(f"{guard_id}: the request has no rows of features to inspect")
    return request.rows


def _abstain(outputs: np.ndarray, rows: np.ndarray) -> np.ndarray:
    out = np.array(outputs, dtype=float, copy=True)
    out[rows] = 1.0 / out.shape[1]
    return out


def _write_config(directory: Path, guard_id: str, params: Mapping[str, Any], extra: Mapping[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    doc = {"guard": guard_id, "format_version": FORMAT_VERSION,
           "params": {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}, **extra}
    path = directory / CONFIG_NAME
    atomic_write(path, lambda p: p.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8"))
    return path


def _read_config(directory: Path, guard_id: str, declared: tuple[Param, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    path = directory / CONFIG_NAME
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise DataError(f"{path}: larger than {MAX_CONFIG_BYTES} bytes; not a saved guard")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"{path}: cannot read the saved guard: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not a saved guard (JSON expected): {exc}") from None
    if not isinstance(doc, dict) or doc.get("guard") != guard_id:
        found = doc.get("guard") if isinstance(doc, dict) else doc
        raise DataError(f"{path}: field 'guard' must be {guard_id!r}, got {found!r}")
    if doc.get("format_version") != FORMAT_VERSION:
        raise DataError(f"{path}: format_version {doc.get('format_version')!r}; this modelward reads {FORMAT_VERSION}")
    params = doc.get("params")
    if not isinstance(params, dict):
        raise DataError(f"{path}: field 'params' must be an object")
    return resolve(guard_id, declared, params), doc


def _need(model: ModelAdapter | None, reference: Dataset | None, guard_id: str,
          what: str) -> tuple[ModelAdapter, Dataset]:
    if model is None or reference is None:
        raise ConfigError(f"{guard_id}: needs the served model and reference rows with labels ({what})")
    return model, reference


class AdversarialInputGuard:
    """Refuses, withholds or flags inputs that the fitted adversarial detector scores above its threshold
    (feature-squeezing disagreement, confidence, Mahalanobis and LID of hidden layers, combined), set on
    reference rows at `target_fpr`."""

    id = "robustness.adversarial-detector"
    threat = "evasion"
    title = "Adversarial-input detection (squeezing, Mahalanobis, LID)"
    params = (
        Param("mode", str, "block", "block the request, withhold the suspicious rows' answers, or only flag",
              choices=_MODES),
        Param("target_fpr", float, 0.05, "share of normal inputs the detector may flag", minimum=1e-4, maximum=0.5),
        Param("eps", float, 0.1, "budget of the attacks the detector learns from", unit="input units",
              minimum=1e-6),
        Param("norm", str, "linf", "norm of those attacks", choices=("linf", "l2")),
    )
    example_params = {"target_fpr": 0.05}

    def __init__(self, detector: Any, mode: str = "block", params: Mapping[str, Any] | None = None) -> None:
        if not getattr(detector, "fitted", False):
            raise ConfigError(f"{self.id}: the detector is not fitted")
        if mode not in _MODES:
            raise ConfigError(f"{self.id}: mode must be one of {', '.join(_MODES)}, got {mode!r}")
        self.detector = detector
        self.mode = mode
        self.values = dict(params or {"mode": mode})
        self._recent = _RecentScores()

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> AdversarialInputGuard:
        from modelward.robustness.attacks._common import label_indices
        from modelward.robustness.defences.detection import AdversarialDetector

        model, reference = _need(model, reference, cls.id, "the detector is fitted on them")
        values = resolve(cls.id, cls.params, params)
        detector = AdversarialDetector(model, target_fpr=values["target_fpr"]).fit(
            reference.X, label_indices(model, reference.y), eps=values["eps"], norm=values["norm"])
        return cls(detector, values["mode"], values)

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None) -> AdversarialInputGuard:
        from modelward.robustness.defences.detection import AdversarialDetector

        if model is None:
            raise ConfigError(f"{cls.id}: loading needs the served model (the detector reads its layers)")
        values, _ = _read_config(Path(directory), cls.id, cls.params)
        return cls(AdversarialDetector.load(Path(directory) / "detector", model), values["mode"], values)

    def save(self, directory: Path) -> list[Path]:
        directory = Path(directory)
        written = list(self.detector.save(directory / "detector"))
        return [*written, _write_config(directory, self.id, self.values, {})]

    def _scores(self, request: GuardRequest) -> np.ndarray:
        return np.asarray(self.detector.score(_rows_of(request, self.id)), dtype=float)

    def _suspicious(self, request: GuardRequest) -> tuple[np.ndarray, float]:
        scores = self._recent.get(request, self._scores)
        return np.flatnonzero(scores > self.detector.threshold), float(scores.max())

    def _reason(self, rows: np.ndarray, worst: float) -> str:
        shown = ", ".join(map(str, rows[:10].tolist())) + (" ..." if len(rows) > 10 else "")
        return (f"{len(rows)} input row(s) look adversarial (rows {shown}; score {worst:.3g} > threshold "
                f"{self.detector.threshold:.3g})")

    def inspect(self, request: GuardRequest) -> Decision:
        rows, worst = self._suspicious(request)
        if not len(rows):
            return Decision.allow(self.id, worst)
        make = Decision.block if self.mode == "block" else Decision.flag
        return make(self._reason(rows, worst), self.id, worst, rows=tuple(rows.tolist()))

    def filter(self, response: GuardResponse) -> Decision:
        rows, worst = self._suspicious(response.request)
        if not len(rows):
            return Decision.allow(self.id, worst)
        if self.mode == "withhold" and response.outputs is not None:
            return Decision.flag(self._reason(rows, worst) + "; their answers are withheld", self.id, worst,
                                 rows=tuple(rows.tolist()), outputs=_abstain(response.outputs, rows))
        make = Decision.block if self.mode == "block" else Decision.flag
        return make(self._reason(rows, worst), self.id, worst, rows=tuple(rows.tolist()))


class CertifiedPredictionGuard:
    """Answers only with predictions that randomised smoothing certifies to an L2 radius of at least
    `min_radius`; other rows get an abstention (mode `withhold`) or the request is refused (`block`)."""

    id = "robustness.certified-fallback"
    threat = "evasion"
    title = "Certified prediction with fail-safe fallback (randomised smoothing)"
    params = (
        Param("sigma", float, 0.25, "noise of the smoothing (the served model should be trained for it)",
              unit="input units", minimum=1e-6),
        Param("min_radius", float, 0.25, "certified L2 radius a row needs to be answered", unit="input units",
              minimum=0.0),
        Param("mode", str, "withhold", "withhold uncertified rows' answers, block the request, or only flag",
              choices=_MODES),
        Param("n0", int, 100, "noise draws that select the class", minimum=1),
        Param("n", int, 1000, "noise draws that bound its probability", minimum=1),
        Param("alpha", float, 0.001, "failure probability of the certificate", minimum=1e-9, maximum=0.5),
        Param("seed", int, 0, "seed of the noise draws", minimum=0),
    )
    example_params = {"n0": 10, "n": 100}

    def __init__(self, smoothed: Any, min_radius: float = 0.25, mode: str = "withhold", seed: int = 0,
                 params: Mapping[str, Any] | None = None) -> None:
        if mode not in _MODES:
            raise ConfigError(f"{self.id}: mode must be one of {', '.join(_MODES)}, got {mode!r}")
        self.smoothed = smoothed
        self.min_radius = min_radius
        self.mode = mode
        self.seed = seed
        self.values = dict(params or {"sigma": smoothed.sigma, "min_radius": min_radius, "mode": mode,
                                      "n0": smoothed.n0, "n": smoothed.n, "alpha": smoothed.alpha, "seed": seed})
        self._recent = _RecentScores()

    @classmethod
    def _build(cls, values: Mapping[str, Any], model: ModelAdapter) -> CertifiedPredictionGuard:
        from modelward.robustness.defences.certification import SmoothedClassifier

        smoothed = SmoothedClassifier(model, values["sigma"], n0=values["n0"], n=values["n"], alpha=values["alpha"])
        return cls(smoothed, values["min_radius"], values["mode"], values["seed"], values)

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None,
                    reference: Dataset | None) -> CertifiedPredictionGuard:
        if model is None:
            raise ConfigError(f"{cls.id}: needs the served model (the base of the smoothed classifier)")
        return cls._build(resolve(cls.id, cls.params, params), model)

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None) -> CertifiedPredictionGuard:
        if model is None:
            raise ConfigError(f"{cls.id}: loading needs the served model")
        values, _ = _read_config(Path(directory), cls.id, cls.params)
        return cls._build(values, model)

    def save(self, directory: Path) -> list[Path]:
        return [_write_config(Path(directory), self.id, self.values, {})]

    def _certify(self, request: GuardRequest) -> Any:
        return self.smoothed.certify(_rows_of(request, self.id), seed=self.seed)

    def _weak(self, request: GuardRequest) -> tuple[Any, np.ndarray]:
        from modelward.robustness.defences.certification import ABSTAIN

        certs = self._recent.get(request, self._certify)
        weak = np.flatnonzero((certs.prediction == ABSTAIN) | (certs.radius < self.min_radius))
        return certs, weak

    def _reason(self, weak: np.ndarray, n: int) -> str:
        return f"{len(weak)} of {n} input row(s) not certified to L2 radius {self.min_radius:g}"

    def inspect(self, request: GuardRequest) -> Decision:
        certs, weak = self._weak(request)
        score = float(certs.radius.min())
        if not len(weak):
            return Decision.allow(self.id, score)
        make = Decision.block if self.mode == "block" else Decision.flag
        return make(self._reason(weak, request.n_rows), self.id, score, rows=tuple(weak.tolist()),
                    details={"radius": certs.radius.round(4).tolist()})

    def filter(self, response: GuardResponse) -> Decision:
        """Certified rows are answered with the smoothed prediction (one-hot), the others withheld."""
        certs, weak = self._weak(response.request)
        score = float(certs.radius.min())
        if self.mode == "block" and len(weak):
            return Decision.block(self._reason(weak, response.request.n_rows), self.id, score,
                                  rows=tuple(weak.tolist()))
        if response.outputs is None:
            return Decision.allow(self.id, score)
        k = response.outputs.shape[1]
        answered = np.zeros_like(response.outputs)
        good = np.setdiff1d(np.arange(len(answered)), weak)
        answered[good, certs.prediction[good]] = 1.0
        answered = _abstain(answered, weak)
        if not len(weak):
            return Decision.allow(self.id, score, outputs=answered)
        return Decision.flag(self._reason(weak, response.request.n_rows) + "; their answers are withheld",
                             self.id, score, rows=tuple(weak.tolist()), outputs=answered,
                             details={"classes": k})
