"""Adversarial-example detection, and the Guard that enforces it in serve.

Scores per input, combined by a logistic regression trained on clean rows versus adversarial rows
crafted against the model (known-attack detection, as in Ma et al. 2018 and Lee et al. 2018):
- feature-squeezing disagreement (Xu et al. 2018): L1 distance between the prediction on x and on
  squeezed versions of x;
- Mahalanobis distance of each hidden representation to the closest class mean, under a tied,
  shrunk covariance (Lee et al. 2018), torch models only;
- local intrinsic dimensionality of each hidden representation among clean training
  representations (maximum-likelihood estimate over k neighbours, Ma et al. 2018), torch models only;
- output statistics: top probability, top-two margin of the log-probabilities, entropy.
The threshold is set on clean held-out rows at the target false-positive rate.

A fitted detector saves to a directory (`save`/`load`): JSON for settings and a safetensors file for
the arrays, no pickle; loading checks digests, shapes and a fingerprint of the model it was fitted on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, DataError, require
from modelward.core.output import atomic_write
from modelward.robustness.defences.preprocessing import Squeezer

ACTIVATIONS = ("ReLU", "LeakyReLU", "GELU", "ELU", "SiLU", "Tanh", "Sigmoid")
FORMAT, FORMAT_VERSION = "modelward.adversarial-detector", 1
JSON_NAME, ARRAYS_NAME = "detector.json", "detector.safetensors"
MAX_JSON_BYTES = 16 * 1024**2
PROBE_ROWS = 16


class DetectorFileError(DataError):
    """A saved detector that is unreadable, inconsistent with itself, or altered since it was written."""


class DetectorModelMismatchError(DetectorFileError):
    """A saved detector that was fitted for a different model than the one it is loaded against."""


@dataclass(frozen=True)
class DetectionMetrics:
    """How well the detector separates clean rows from adversarial ones."""

    auc: float
    tpr_at_fpr: float
    target_fpr: float
    fpr: float
    threshold: float
    n_clean: int
    n_adversarial: int

    def as_dict(self) -> dict[str, float]:
        return {"detection_auc": round(self.auc, 4), f"tpr_at_{self.target_fpr:g}_fpr": round(self.tpr_at_fpr, 4),
                "fpr_at_threshold": round(self.fpr, 4)}


def detection_metrics(clean_scores: np.ndarray, adv_scores: np.ndarray, threshold: float,
                      target_fpr: float) -> DetectionMetrics:
    """AUC, the TPR at the FPR the ROC curve reaches at `target_fpr`, and the rates at `threshold`."""
    from sklearn.metrics import roc_auc_score, roc_curve

    labels = np.r_[np.zeros(len(clean_scores)), np.ones(len(adv_scores))]
    scores = np.r_[clean_scores, adv_scores]
    if len(clean_scores) == 0 or len(adv_scores) == 0:
        raise DataError("detection metrics need clean and adversarial rows")
    fpr, tpr, _ = roc_curve(labels, scores)
    return DetectionMetrics(
        auc=float(roc_auc_score(labels, scores)),
        tpr_at_fpr=float(tpr[fpr <= target_fpr].max()),
        target_fpr=target_fpr,
        fpr=float((clean_scores > threshold).mean()),
        threshold=float(threshold),
        n_clean=len(clean_scores),
        n_adversarial=len(adv_scores),
    )


class _Hidden:
    """Representations of an input: the input row, then (torch models) each activation layer's output."""

    def __init__(self, model: Any) -> None:
        module = getattr(model, "module", None)
        self.model = model if module is not None else None
        self.layers = [m for m in module.modules() if type(m).__name__ in ACTIVATIONS] if module is not None else []

    def __call__(self, X: np.ndarray) -> list[np.ndarray]:
        """The input itself, then each activation layer's output."""
        if self.model is None:
            return [np.asarray(X, dtype=float)]
        import torch

        outputs: list[list[np.ndarray]] = [[] for _ in self.layers]
        hooks = [layer.register_forward_hook(self._keep(outputs[i])) for i, layer in enumerate(self.layers)]
        try:
            with torch.no_grad():
                for i in range(0, len(X), 1024):
                    self.model._run(self.model._tensor(np.asarray(X[i : i + 1024], dtype=float)))
        finally:
            for h in hooks:
                h.remove()
        return [np.asarray(X, dtype=float)] + [np.concatenate(o) for o in outputs if o]

    @staticmethod
    def _keep(store: list[np.ndarray]) -> Any:
        def hook(module: Any, inputs: Any, output: Any) -> None:
            store.append(output.detach().reshape(output.shape[0], -1).cpu().numpy().astype(float))

        return hook


@dataclass(frozen=True, eq=False)
class _LayerStats:
    means: np.ndarray  # (classes, d)
    precision: np.ndarray  # (d, d)
    reference: np.ndarray  # (m, d) clean representations for LID

    def mahalanobis(self, H: np.ndarray) -> np.ndarray:
        D = H[:, None, :] - self.means[None, :, :]
        d2 = np.einsum("ncd,de,nce->nc", D, self.precision, D)
        return np.asarray(np.sqrt(np.maximum(d2.min(axis=1), 0.0)))

    def lid(self, H: np.ndarray, k: int) -> np.ndarray:
        sq = (H * H).sum(1)[:, None] + (self.reference * self.reference).sum(1)[None, :] - 2 * H @ self.reference.T
        dist = np.sqrt(np.maximum(sq, 0.0))
        dist = np.where(dist < 1e-9, np.inf, dist)  # a row's own copy in the reference is not a neighbour
        near = np.sort(dist, axis=1)[:, :k]
        near = np.maximum(near, 1e-12)
        return np.asarray(-1.0 / np.mean(np.log(near / near[:, -1:]), axis=1).clip(max=-1e-12))


class AdversarialDetector:
    """Scores how adversarial each input looks; `flag` compares with a threshold set at `target_fpr`."""

    def __init__(self, model: ModelAdapter, *, squeezers: Sequence[Squeezer] | None = None, lid_k: int = 20,
                 reference_rows: int = 1000, target_fpr: float = 0.05) -> None:
        if not 0 < target_fpr < 1:
            raise ConfigError(f"detector: target_fpr must be in (0, 1), got {target_fpr}")
        self.model = model
        shape = getattr(model, "input_shape", None)
        spec = model.input_spec
        lo = float(np.min(spec.lower)) if spec.features and np.all(np.isfinite(spec.lower)) else 0.0
        hi = float(np.max(spec.upper)) if spec.features and np.all(np.isfinite(spec.upper)) else 1.0
        self.squeezers = tuple(squeezers) if squeezers is not None else (
            Squeezer("bit-depth", 3, lo, hi, shape), Squeezer("bit-depth", 2, lo, hi, shape),
            Squeezer("median", 2, lo, hi, shape),
        )
        self.lid_k = lid_k
        self.reference_rows = reference_rows
        self.target_fpr = target_fpr
        self._hidden = _Hidden(model)
        self._stats: list[_LayerStats] = []
        self._combiner: Any = None
        self.threshold = float("inf")

    @property
    def fitted(self) -> bool:
        return self._combiner is not None

    @property
    def feature_names(self) -> list[str]:
        names = [f"squeeze:{s.label}" for s in self.squeezers] + ["max_proba", "log_margin", "entropy"]
        for i in range(len(self._stats)):
            names += [f"mahalanobis:layer{i}", f"lid:layer{i}"]
        return names

    def features(self, X: np.ndarray) -> np.ndarray:
        """The raw scores per row (see the module docstring), one column each."""
        X = np.asarray(X, dtype=float)
        P = np.asarray(self.model.predict_proba(X), dtype=float)
        cols = [np.abs(np.asarray(self.model.predict_proba(s(X)), dtype=float) - P).sum(axis=1)
                for s in self.squeezers]
        logp = np.log(np.clip(P, 1e-12, 1.0))
        top2 = np.sort(logp, axis=1)[:, -2:]
        cols += [P.max(axis=1), top2[:, 1] - top2[:, 0], -(P * logp).sum(axis=1)]
        if self._stats:
            for H, st in zip(self._hidden(X), self._stats, strict=True):
                cols += [st.mahalanobis(H), st.lid(H, self.lid_k)]
        return np.column_stack(cols)

    def fit(self, X: np.ndarray, y_idx: np.ndarray | None = None, X_adv: np.ndarray | None = None, *,
            eps: float = 0.1, norm: str = "linf", seed: int = 0,
            extra_adv: np.ndarray | None = None) -> AdversarialDetector:
        """Fit layer statistics on 60% of the clean rows, and the combiner on the other 40% against
        adversarial versions of them (crafted here with PGD-20 at `eps` unless `X_adv` is given,
        aligned with X); the threshold is the clean combiner scores' (1 - target_fpr) quantile.

        y_idx: class indices of X; None (unlabelled traffic, as at a gateway) takes the model's own
        predictions, so the class means and the attacks are relative to what the model answers.
        extra_adv: further adversarial rows (not aligned with X, e.g. from adaptive attacks) that the
        combiner also learns to flag (`adaptive_detection.fit_against_adaptive` feeds these)."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise DataError(f"detector: X must be a 2-D array of rows, got shape {X.shape}")
        if len(X) < 50:
            raise DataError(f"detector: need at least 50 clean rows to fit, got {len(X)}")
        if y_idx is None:
            y_idx = np.asarray(self.model.predict_proba(X)).argmax(axis=1)
        y_idx = np.asarray(y_idx, dtype=int)
        if y_idx.shape != (len(X),):
            raise DataError(f"detector: y_idx must hold one class index per row of X ({len(X)}), got shape "
                            f"{y_idx.shape}")
        if y_idx.min() < 0 or y_idx.max() >= len(self.model.classes):
            raise DataError(f"detector: y_idx holds class indices in [0, {len(self.model.classes)}); got values "
                            f"{int(y_idx.min())}..{int(y_idx.max())} (pass label_indices(model, y) for labels)")
        rng = np.random.default_rng(seed)
        order = rng.permutation(len(X))
        stats_rows, comb_rows = order[: int(0.6 * len(X))], order[int(0.6 * len(X)):]
        self._stats = self._layer_stats(X[stats_rows], y_idx[stats_rows], rng)
        if X_adv is None:
            adv = craft_training_adversarials(self.model, X[comb_rows], y_idx[comb_rows], eps, norm, seed)
        else:
            adv = np.asarray(X_adv, dtype=float)[comb_rows]
        if extra_adv is not None:
            extra = np.asarray(extra_adv, dtype=float).reshape(-1, X.shape[1])
            adv = np.vstack([adv, extra])
        if len(adv) < 5:
            raise DataError(f"detector: only {len(adv)} adversarial rows to learn from; raise eps or give X_adv")
        F_clean, F_adv = self.features(X[comb_rows]), self.features(adv)
        pipe = make_pipeline(StandardScaler(), _Squares(), LogisticRegression(C=1.0, max_iter=5000))
        pipe.fit(np.vstack([F_clean, F_adv]), np.r_[np.zeros(len(F_clean)), np.ones(len(F_adv))])
        scaler, lr = pipe[0], pipe[-1]
        self._combiner = Combiner(scaler.mean_.astype(float), scaler.scale_.astype(float),
                                  lr.coef_[0].astype(float), float(lr.intercept_[0]))
        self.threshold = float(np.quantile(self._combine(F_clean), 1 - self.target_fpr))
        return self

    def calibrate(self, X_clean: np.ndarray) -> AdversarialDetector:
        """Reset the threshold on clean rows the detector was not fitted on (held-out traffic): the training
        rows' own scores run lower than unseen rows', so a threshold set on them flags more than target_fpr
        of new clean rows. The threshold is the conformal quantile, the ceil((n + 1)(1 - target_fpr))-th
        smallest of the n scores, so the expected share of new clean rows flagged is at most target_fpr."""
        X_clean = np.asarray(X_clean, dtype=float)
        n = len(X_clean)
        k = int(np.ceil((n + 1) * (1 - self.target_fpr)))
        if n < 20 or k > n:
            raise DataError(f"detector: need at least {max(20, int(np.ceil(1 / self.target_fpr)) - 1)} clean rows "
                            f"to calibrate the threshold at target_fpr {self.target_fpr:g}, got {n}")
        self.threshold = float(np.sort(self.score(X_clean))[k - 1])
        return self

    def _layer_stats(self, X: np.ndarray, y_idx: np.ndarray, rng: np.random.Generator) -> list[_LayerStats]:
        from sklearn.covariance import LedoitWolf

        stats = []
        for H in self._hidden(X):
            classes = np.unique(y_idx)
            means = np.zeros((len(self.model.classes), H.shape[1]))
            for c in classes:
                means[c] = H[y_idx == c].mean(axis=0)
            centred = H - means[y_idx]
            precision = LedoitWolf().fit(centred).precision_
            keep = rng.choice(len(H), min(self.reference_rows, len(H)), replace=False)
            stats.append(_LayerStats(means, precision, H[keep]))
        return stats

    def _combine(self, F: np.ndarray) -> np.ndarray:
        return np.asarray(self._combiner.decision_function(F), dtype=float)

    def score(self, X: np.ndarray) -> np.ndarray:
        """Higher means more adversarial-looking."""
        if not self.fitted:
            raise ConfigError("detector: not fitted; call fit(X, y) on clean training rows first")
        return self._combine(self.features(X))

    def flag(self, X: np.ndarray) -> np.ndarray:
        return self.score(X) > self.threshold

    def evaluate(self, X_clean: np.ndarray, X_adv: np.ndarray) -> DetectionMetrics:
        return detection_metrics(self.score(X_clean), self.score(X_adv), self.threshold, self.target_fpr)

    def save(self, path: str | PathLike[str]) -> list[Path]:
        """Write the fitted state to directory `path`: `detector.safetensors` (arrays), then
        `detector.json` (settings, digests, model fingerprint), each through a temporary file."""
        if not self.fitted:
            raise ConfigError("detector: not fitted; nothing to save")
        return _save(self, Path(path))

    @classmethod
    def load(cls, path: str | PathLike[str], model: ModelAdapter) -> AdversarialDetector:
        """The detector saved in directory `path` (or its detector.json), bound to `model`; a file that is
        malformed, altered, or fitted for another model raises DetectorFileError naming the problem."""
        return _load(cls, Path(path), model)


@dataclass(frozen=True, eq=False)
class Combiner:
    """The fitted logistic combiner: standardise each score, append its square, then a linear logit."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (2 * n_features,): plain scores, then their squares
    intercept: float

    def decision_function(self, F: np.ndarray) -> np.ndarray:
        Z = (np.asarray(F, dtype=float) - self.mean) / self.scale
        return np.asarray(np.hstack([Z, Z * Z]) @ self.coef + self.intercept, dtype=float)


class _Squares:
    """Adds the square of each standardised score, so the combiner can flag a score that is unusual in
    either direction (a weak attack leaves low confidence, a strong one too high a confidence)."""

    def fit(self, X: np.ndarray, y: Any = None) -> _Squares:
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        return np.hstack([X, X * X])

    def fit_transform(self, X: np.ndarray, y: Any = None) -> np.ndarray:
        return self.transform(X)


def craft_training_adversarials(model: ModelAdapter, X: np.ndarray, y_idx: np.ndarray, eps: float, norm: str,
                                seed: int) -> np.ndarray:
    """Adversarial rows that fool the model: minimal ones (PGD-20 stopping at the boundary) and, for
    torch models, high-confidence ones (PGD-40 maximising the loss to the end), so that the detector
    learns both kinds."""
    from modelward.robustness.attacks._pgd import pgd

    res = pgd(model, X, np.asarray(model.classes)[y_idx], eps, norm=norm, steps=20, seed=seed)
    fooled = res.success & res.clean_correct if res.clean_correct is not None else res.success
    parts = [res.x_adv[fooled]]
    module = getattr(model, "module", None)
    if module is not None:
        import torch

        from modelward.robustness.defences import _torch as T

        spec = model.input_spec
        lo, hi = T.bounds(spec.lower if spec.features else -np.inf, spec.upper if spec.features else np.inf,
                          X.shape[1])
        batch = T.Batch(X, getattr(model, "input_shape", None), lo, hi)
        torch.manual_seed(seed)
        xa = T.pgd_batch(module, batch, batch.X, torch.as_tensor(np.asarray(y_idx, dtype=np.int64)), eps, 40,
                         2.5 * eps / 40, norm).numpy().astype(float)
        parts.append(xa[np.asarray(model.predict_proba(xa)).argmax(axis=1) != y_idx])
    return np.vstack(parts)


# ---- saving and loading (no pickle: JSON + safetensors, checked field by field) ----------------------


def model_fingerprint(model: ModelAdapter) -> dict[str, str]:
    """SHA-256 over a torch model's state (names, dtypes, shapes, bytes); other models get none here and
    are recognised by the probe scores that every saved detector carries."""
    module = getattr(model, "module", None)
    state = getattr(module, "state_dict", None)
    if not callable(state):
        return {"kind": "none", "sha256": ""}
    import torch

    h = hashlib.sha256()
    for name, t in state().items():
        t = t.detach().cpu().contiguous()
        h.update(f"{name}|{t.dtype}|{tuple(t.shape)}|".encode())
        h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes())
    return {"kind": "torch-state-sha256", "sha256": h.hexdigest()}


def _probe_rows(det: AdversarialDetector, n_features: int) -> np.ndarray:
    """Fixed rows inside the squeezers' bounds whose scores, stored at save time, are recomputed at load."""
    lo, hi = det.squeezers[0].lower if det.squeezers else 0.0, det.squeezers[0].upper if det.squeezers else 1.0
    return np.random.default_rng(20240611).uniform(lo, hi, size=(PROBE_ROWS, n_features))


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()


def _save(det: AdversarialDetector, out: Path) -> list[Path]:
    st = require("safetensors.numpy", "torch", "Saving an adversarial detector")
    comb: Combiner = det._combiner
    n_features = det.model.input_spec.n_features if det.model.input_spec.features else det._stats[0].means.shape[1]
    arrays = {"combiner.mean": comb.mean, "combiner.scale": comb.scale, "combiner.coef": comb.coef}
    for i, ls in enumerate(det._stats):
        arrays |= {f"layer{i}.means": ls.means, f"layer{i}.precision": ls.precision,
                   f"layer{i}.reference": ls.reference}
    probe = _probe_rows(det, n_features)
    arrays["probe.rows"] = probe
    blob: bytes = st.save({k: np.ascontiguousarray(v, dtype=np.float64) for k, v in arrays.items()})  # type: ignore[attr-defined]
    body = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "model": {"name": str(getattr(det.model, "name", "")), "n_features": int(n_features),
                  "classes": [str(c) for c in np.asarray(det.model.classes).tolist()],
                  "fingerprint": model_fingerprint(det.model)},
        "squeezers": [{"kind": s.kind, "param": float(s.param), "lower": float(s.lower), "upper": float(s.upper),
                       "input_shape": list(s.input_shape) if s.input_shape is not None else None}
                      for s in det.squeezers],
        "lid_k": int(det.lid_k), "reference_rows": int(det.reference_rows), "target_fpr": float(det.target_fpr),
        "threshold": float(det.threshold), "intercept": float(comb.intercept),
        "n_layers": len(det._stats), "feature_names": det.feature_names,
        "probe_scores": [float(v) for v in det.score(probe)],
        "arrays": {"file": ARRAYS_NAME, "sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob)},
    }
    doc = {**body, "body_sha256": hashlib.sha256(_canonical(body)).hexdigest()}
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(out / ARRAYS_NAME, lambda p: p.write_bytes(blob))
    atomic_write(out / JSON_NAME, lambda p: p.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n",
                                                             encoding="utf-8"))
    return [out / ARRAYS_NAME, out / JSON_NAME]


def _read_bounded(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise DetectorFileError(f"{path}: {size} bytes, more than the {limit} a saved detector may have")
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise DetectorFileError(f"{path}: cannot read the saved detector: {exc.strerror or exc}") from None


def _field(doc: dict[str, Any], key: str, kind: type | tuple[type, ...], where: Path) -> Any:
    value = doc.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise DetectorFileError(f"{where}: field {key!r} must be {names}, got {type(value).__name__}")
    return value


def _load(cls: type[AdversarialDetector], path: Path, model: ModelAdapter) -> AdversarialDetector:
    from modelward.core.limits import DEFAULT_LIMITS

    jpath = path / JSON_NAME if path.is_dir() else path
    try:
        doc = json.loads(_read_bounded(jpath, MAX_JSON_BYTES).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DetectorFileError(f"{jpath}: not a saved detector (JSON expected): {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DetectorFileError(f"{jpath}: not a saved detector (field 'format' must be {FORMAT!r})")
    if doc.get("format_version") != FORMAT_VERSION:
        raise DetectorFileError(f"{jpath}: detector format version {doc.get('format_version')!r}; this modelward "
                                f"reads version {FORMAT_VERSION}: refit and save the detector again")
    body = {k: v for k, v in doc.items() if k != "body_sha256"}
    if doc.get("body_sha256") != hashlib.sha256(_canonical(body)).hexdigest():
        raise DetectorFileError(f"{jpath}: its content does not match its body_sha256: the file was edited or "
                                "corrupted after it was written")
    _check_model(_field(doc, "model", dict, jpath), model, jpath)
    info = _field(doc, "arrays", dict, jpath)
    apath = jpath.parent / ARRAYS_NAME
    if info.get("file") != ARRAYS_NAME:
        raise DetectorFileError(f"{jpath}: arrays file must be {ARRAYS_NAME!r}, got {info.get('file')!r}")
    blob = _read_bounded(apath, DEFAULT_LIMITS.max_read_bytes)
    if hashlib.sha256(blob).hexdigest() != info.get("sha256"):
        raise DetectorFileError(f"{apath}: SHA-256 differs from the one recorded in {jpath.name}: the arrays were "
                                "altered, truncated or belong to another save")
    st = require("safetensors.numpy", "torch", "Loading an adversarial detector")
    try:
        arrays: dict[str, np.ndarray] = st.load(blob)  # type: ignore[attr-defined]
    except Exception as exc:  # safetensors raises its own error types for malformed headers
        raise DetectorFileError(f"{apath}: not a readable safetensors file: {exc}") from None
    try:
        squeezers = tuple(Squeezer(str(q["kind"]), float(q["param"]), float(q["lower"]), float(q["upper"]),
                                   tuple(int(d) for d in q["input_shape"]) if q["input_shape"] is not None else None)
                          for q in _field(doc, "squeezers", list, jpath))
    except (KeyError, TypeError, ValueError, ConfigError) as exc:
        raise DetectorFileError(f"{jpath}: field 'squeezers' is invalid: {exc}") from None
    lid_k = _field(doc, "lid_k", int, jpath)
    if lid_k < 1:
        raise DetectorFileError(f"{jpath}: field 'lid_k' must be at least 1, got {lid_k}")
    try:
        det = cls(model, squeezers=squeezers, lid_k=lid_k,
                  reference_rows=_field(doc, "reference_rows", int, jpath),
                  target_fpr=float(_field(doc, "target_fpr", (int, float), jpath)))
    except ConfigError as exc:
        raise DetectorFileError(f"{jpath}: invalid settings: {exc}") from None
    det._stats, det._combiner = _arrays_to_state(arrays, doc, apath, jpath)
    det.threshold = float(_field(doc, "threshold", (int, float), jpath))
    if det.feature_names != _field(doc, "feature_names", list, jpath):
        raise DetectorFileError(f"{jpath}: feature_names do not match the squeezers and layers it describes")
    probe, expected = arrays.get("probe.rows"), np.asarray(_field(doc, "probe_scores", list, jpath), dtype=float)
    if probe is None or probe.shape != (PROBE_ROWS, model.input_spec.n_features or probe.shape[1]):
        raise DetectorFileError(f"{apath}: array 'probe.rows' is missing or has the wrong shape")
    got = det.score(probe)
    if expected.shape != got.shape or not np.allclose(got, expected, rtol=1e-4, atol=1e-4):
        raise DetectorModelMismatchError(
            f"{jpath}: the detector's scores on its probe rows differ from the saved ones (max difference "
            f"{float(np.max(np.abs(got - expected))) if expected.shape == got.shape else float('nan'):.3g}): "
            "it was fitted for a different model, or its settings were changed")
    return det


def _check_model(saved: dict[str, Any], model: ModelAdapter, where: Path) -> None:
    classes = [str(c) for c in np.asarray(model.classes).tolist()]
    if saved.get("classes") != classes:
        raise DetectorModelMismatchError(f"{where}: fitted for a model with classes {saved.get('classes')}, "
                                         f"given one with classes {classes}")
    n = model.input_spec.n_features if model.input_spec.features else saved.get("n_features")
    if saved.get("n_features") != n:
        raise DetectorModelMismatchError(f"{where}: fitted for {saved.get('n_features')} input features, the "
                                         f"model takes {n}")
    want, have = saved.get("fingerprint"), model_fingerprint(model)
    if not isinstance(want, dict) or want.get("kind") != have["kind"] or want.get("sha256") != have["sha256"]:
        raise DetectorModelMismatchError(
            f"{where}: fitted for a different model (fingerprint {want!r}, this model has {have!r}); "
            "refit the detector on this model")


def _arrays_to_state(arrays: dict[str, np.ndarray], doc: dict[str, Any], apath: Path,
                     jpath: Path) -> tuple[list[_LayerStats], Combiner]:
    def get(name: str, ndim: int) -> np.ndarray:
        a = arrays.get(name)
        if a is None or a.ndim != ndim or a.dtype != np.float64 or not np.all(np.isfinite(a)):
            raise DetectorFileError(f"{apath}: array {name!r} is missing, not float64 of {ndim} dimension(s), "
                                    "or not finite")
        return a

    stats = []
    for i in range(_field(doc, "n_layers", int, jpath)):
        means, prec, ref = get(f"layer{i}.means", 2), get(f"layer{i}.precision", 2), get(f"layer{i}.reference", 2)
        d = means.shape[1]
        if prec.shape != (d, d) or ref.shape[1] != d:
            raise DetectorFileError(f"{apath}: layer {i} arrays disagree on the width {d}: precision "
                                    f"{prec.shape}, reference {ref.shape}")
        stats.append(_LayerStats(means, prec, ref))
    mean, scale, coef = get("combiner.mean", 1), get("combiner.scale", 1), get("combiner.coef", 1)
    if scale.shape != mean.shape or coef.shape != (2 * mean.shape[0],) or np.any(scale <= 0):
        raise DetectorFileError(f"{apath}: combiner arrays have inconsistent shapes or a non-positive scale")
    intercept = float(_field(doc, "intercept", (int, float), jpath))
    return stats, Combiner(mean, scale, coef, intercept)
