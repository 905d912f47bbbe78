"""Behavioural fingerprints: what a model predicts on a fixed probe set, to match a model to its signed
version by behaviour (after a format conversion, its bytes differ; its predictions should not) and to
measure a behavioural change, not only a byte change.

The probe set is reproducible from what the fingerprint records: synthetic rows drawn with a seed inside
the model's input bounds, or rows sampled with a seed from a dataset whose SHA-256 is recorded (the
verifier supplies the same data, and a different file is refused). The fingerprint keeps each row's
top-1 class and probabilities; two fingerprints *match* when every top-1 agrees and no probability moves
by more than a tolerance (float32 conversions move them by ~1e-7).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.integrity.errors import IntegrityError

DEFAULT_PROBES = 256
DEFAULT_TOLERANCE = 1e-3
_DIGEST_DECIMALS = 4


def _sha256(array: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(array, dtype="<f8").tobytes()).hexdigest()


@dataclass(frozen=True)
class Probe:
    """How the probe rows were made. kind "synthetic": uniform in [lower, upper] (normal where a bound is
    infinite), then projected onto the input spec; kind "data": `n` rows sampled from a dataset."""

    kind: str
    n: int
    seed: int
    n_features: int
    lower: tuple[float, ...] = ()
    upper: tuple[float, ...] = ()
    data_sha256: str = ""
    rows_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "n": self.n, "seed": self.seed, "n_features": self.n_features,
                "lower": [_json_float(x) for x in self.lower], "upper": [_json_float(x) for x in self.upper],
                "data_sha256": self.data_sha256, "rows_sha256": self.rows_sha256}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Probe:
        try:
            return cls(str(d["kind"]), int(d["n"]), int(d["seed"]), int(d["n_features"]),
                       tuple(float(x) for x in d.get("lower", ())), tuple(float(x) for x in d.get("upper", ())),
                       str(d.get("data_sha256", "")), str(d.get("rows_sha256", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise IntegrityError(f"fingerprint probe: missing or malformed field ({exc})") from None


def _json_float(x: float) -> float | str:
    return x if np.isfinite(x) else ("inf" if x > 0 else "-inf")


def synthetic_probe(spec: InputSpec, n: int = DEFAULT_PROBES, seed: int = 0) -> tuple[Probe, np.ndarray]:
    """Rows drawn with `seed` inside the spec's bounds (and categories); the probe records how."""
    if not spec.features:
        raise IntegrityError("a synthetic probe needs the model's input spec (feature bounds); give probe data")
    rng = np.random.default_rng([seed, 0x5EED])
    lo, hi = spec.lower, spec.upper
    finite = np.isfinite(lo) & np.isfinite(hi)
    X = rng.standard_normal((n, spec.n_features))
    X[:, finite] = lo[finite] + rng.random((n, int(finite.sum()))) * (hi[finite] - lo[finite])
    X = spec.clip(X)
    probe = Probe("synthetic", n, seed, spec.n_features, tuple(map(float, lo)), tuple(map(float, hi)),
                  rows_sha256=_sha256(X))
    return probe, X


def data_probe(X: np.ndarray, n: int = DEFAULT_PROBES, seed: int = 0) -> tuple[Probe, np.ndarray]:
    """`n` rows sampled with `seed` from `X` (all rows when it has fewer); the probe records the data's hash."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or not len(X):
        raise IntegrityError(f"probe data: expected a non-empty 2-D table, got shape {X.shape}")
    rng = np.random.default_rng([seed, 0xDA7A])
    rows = X if len(X) <= n else X[np.sort(rng.choice(len(X), n, replace=False))]
    return Probe("data", len(rows), seed, X.shape[1], data_sha256=_sha256(X), rows_sha256=_sha256(rows)), rows


def rebuild_rows(probe: Probe, data: np.ndarray | None = None, spec: InputSpec | None = None) -> np.ndarray:
    """The probe rows again, from what the probe recorded; a different dataset is refused by hash."""
    if probe.kind == "data":
        if data is None:
            raise IntegrityError("this fingerprint was taken on probe data: give the same data to compare")
        again, rows = data_probe(data, probe.n, probe.seed)
        if again.data_sha256 != probe.data_sha256:
            raise IntegrityError(f"the probe data differs from the fingerprint's (sha256 {again.data_sha256[:12]}, "
                                 f"expected {probe.data_sha256[:12]})")
        return rows
    if probe.kind != "synthetic":
        raise IntegrityError(f"fingerprint probe kind {probe.kind!r}: expected synthetic or data")
    from modelward.core.adapters.spec import FeatureSpec

    base = spec if spec is not None and spec.n_features == probe.n_features else InputSpec(tuple(
        FeatureSpec(f"x{i}", lower=lo, upper=hi) for i, (lo, hi) in enumerate(zip(probe.lower, probe.upper,
                                                                                   strict=True))))
    again, rows = synthetic_probe(base, probe.n, probe.seed)
    if again.rows_sha256 != probe.rows_sha256:
        raise IntegrityError("the synthetic probe rows could not be rebuilt identically (another input spec)")
    return rows


@dataclass(frozen=True)
class Fingerprint:
    """A model's answers on the probe: class labels, each row's top-1 index and probabilities."""

    probe: Probe
    classes: tuple[str, ...]
    labels: tuple[int, ...]
    proba: tuple[tuple[float, ...], ...]

    @property
    def digest(self) -> str:
        """SHA-256 of the classes, labels and probabilities rounded to 4 decimals: equal for the same behaviour."""
        body = json.dumps([self.classes, self.labels, np.round(np.asarray(self.proba), _DIGEST_DECIMALS).tolist()])
        return hashlib.sha256(body.encode()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {"probe": self.probe.to_dict(), "classes": list(self.classes), "labels": list(self.labels),
                "proba": [list(r) for r in self.proba], "digest": self.digest}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Fingerprint:
        try:
            fp = cls(Probe.from_dict(d["probe"]), tuple(str(c) for c in d["classes"]),
                     tuple(int(i) for i in d["labels"]), tuple(tuple(float(p) for p in r) for r in d["proba"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise IntegrityError(f"fingerprint: missing or malformed field ({exc})") from None
        if len(fp.labels) != fp.probe.n or len(fp.proba) != fp.probe.n:
            raise IntegrityError(f"fingerprint: {len(fp.labels)} answers for a probe of {fp.probe.n} rows")
        return fp


def take_fingerprint(model: ModelAdapter, probe: Probe, rows: np.ndarray) -> Fingerprint:
    proba = np.asarray(model.predict_proba(rows), dtype=float)
    if proba.shape != (len(rows), len(model.classes)):
        raise IntegrityError(f"the model answered probabilities of shape {proba.shape} for {len(rows)} probe rows")
    return Fingerprint(probe, tuple(str(c) for c in np.asarray(model.classes).tolist()),
                       tuple(int(i) for i in proba.argmax(axis=1)), tuple(tuple(np.round(r, 7)) for r in proba))


@dataclass(frozen=True)
class BehaviourChange:
    """How `after` answers the probe compared with `before`."""

    n: int
    agreement: float  # share of rows with the same top-1 class
    changed_rows: tuple[int, ...]
    max_abs_proba: float
    mean_abs_proba: float
    same_classes: bool
    tolerance: float

    @property
    def matched(self) -> bool:
        return self.same_classes and self.agreement == 1.0 and self.max_abs_proba <= self.tolerance

    def describe(self) -> str:
        if not self.same_classes:
            return "the models answer with different classes"
        verdict = "same behaviour" if self.matched else "behaviour changed"
        return (f"{verdict}: top-1 agrees on {self.agreement:.1%} of {self.n} probe rows, max |probability change| "
                f"{self.max_abs_proba:.3g} (tolerance {self.tolerance:g})")

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "agreement": self.agreement, "changed_rows": list(self.changed_rows),
                "max_abs_proba": self.max_abs_proba, "mean_abs_proba": self.mean_abs_proba,
                "same_classes": self.same_classes, "tolerance": self.tolerance, "matched": self.matched}


def compare_fingerprints(before: Fingerprint, after: Fingerprint,
                         tolerance: float = DEFAULT_TOLERANCE) -> BehaviourChange:
    if before.probe.rows_sha256 != after.probe.rows_sha256:
        raise IntegrityError("the two fingerprints were taken on different probe rows; compare on the same probe")
    same = before.classes == after.classes
    a, b = np.asarray(before.labels), np.asarray(after.labels)
    changed = tuple(int(i) for i in np.flatnonzero(a != b)) if same else tuple(range(len(a)))
    pa, pb = np.asarray(before.proba), np.asarray(after.proba)
    delta = np.abs(pa - pb) if same and pa.shape == pb.shape else np.ones(1)
    return BehaviourChange(len(a), 1.0 - len(changed) / max(1, len(a)), changed, float(delta.max()),
                           float(delta.mean()), same, tolerance)


def fingerprint_model(model: ModelAdapter, data: np.ndarray | None = None, n: int = DEFAULT_PROBES,
                      seed: int = 0) -> Fingerprint:
    """The model's fingerprint on `n` rows of `data`, or synthetic rows inside its input spec."""
    probe, rows = data_probe(data, n, seed) if data is not None else synthetic_probe(model.input_spec, n, seed)
    return take_fingerprint(model, probe, rows)


def compare_models(before: ModelAdapter, after: ModelAdapter, data: np.ndarray | None = None,
                   n: int = DEFAULT_PROBES, seed: int = 0, tolerance: float = DEFAULT_TOLERANCE) -> BehaviourChange:
    fp = fingerprint_model(before, data, n, seed)
    rows = rebuild_rows(fp.probe, data, before.input_spec)
    return compare_fingerprints(fp, take_fingerprint(after, fp.probe, rows), tolerance)


def against(fingerprint: Fingerprint, model: ModelAdapter, data: np.ndarray | None = None,
            tolerance: float = DEFAULT_TOLERANCE) -> BehaviourChange:
    """Compare `model` with a recorded fingerprint (e.g. the one in its signature), on the same probe."""
    rows = rebuild_rows(fingerprint.probe, data, model.input_spec)
    return compare_fingerprints(fingerprint, take_fingerprint(model, fingerprint.probe, rows), tolerance)


__all__: Sequence[str] = ("BehaviourChange", "Fingerprint", "Probe", "against", "compare_fingerprints",
                          "compare_models", "fingerprint_model")
