"""The small shipped injection models over hashed n-grams: a logistic regression (`LinearModel`, the window
model) and one hidden layer of rectified units (`HiddenLayerModel`, the whole-text model), each stored as JSON
(settings, threshold, self-test) and an npz of its numbers, never pickle. Scoring is sparse products."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.errors import DataError
from modelward.llm.injection.features import FeatureSpec, featurize, sentence_rows, sparse_rows

FORMAT = "modelward-injection-model/1"
HIDDEN_FORMAT = "modelward-injection-model-hidden/1"
MAX_WEIGHTS_BYTES = 32 << 20
SHIPPED = Path(__file__).with_name("model")
Rows = tuple[np.ndarray, np.ndarray, np.ndarray]  # (row, column, value) of each distinct feature


def _file_names(name: str) -> tuple[str, str]:
    """The JSON and weights files of the model called `name` in a model directory: `model.json` and
    `weights.npz` for the whole-text model, `<name>.json` and `<name>_weights.npz` for others (the window model)."""
    return (f"{name}.json", "weights.npz" if name == "model" else f"{name}_weights.npz")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=float)


class _ReadsHashedRows:
    """Scoring shared by the models: texts become hashed feature rows (`features.sparse_rows`, or
    `sentence_rows` for a text and its sentence windows) that `_probabilities` turns into probabilities;
    `scores_sparse` is the public vectorisers' path, used where scikit-learn's hashing loop is not at hand."""

    spec: FeatureSpec

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of injection for each text."""
        if not texts:
            return np.zeros(0)
        rows = sparse_rows(texts, self.spec)
        if rows is None:
            return self.scores_sparse(texts)
        return self._probabilities(rows, len(texts))

    def scores_sentences(self, parts: Sequence[str]) -> np.ndarray:
        """`scores` of `" ".join(parts)` (or any text with the same words) and of each pair of adjacent parts,
        each part's features built once (`features.sentence_rows`)."""
        rows = sentence_rows(parts, self.spec)
        if rows is None:
            return self.scores([" ".join(parts)] + [f"{a} {b}" for a, b in pairwise(parts)])
        return self._probabilities(rows, len(parts))

    def scores_sparse(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    def _probabilities(self, rows: Rows, n_rows: int) -> np.ndarray:
        raise NotImplementedError


@dataclass(frozen=True, eq=False)
class LinearModel(_ReadsHashedRows):
    """`weights`: dense over the 2 * n_features hashed features; `meta`: what training recorded."""

    spec: FeatureSpec
    weights: np.ndarray
    bias: float
    meta: dict[str, Any]

    def _probabilities(self, rows: Rows, n_rows: int) -> np.ndarray:
        row, col, value = rows
        return _sigmoid(np.bincount(row, weights=value * self.weights[col], minlength=n_rows) + self.bias)

    def scores_sparse(self, texts: Sequence[str]) -> np.ndarray:
        """`scores` through scikit-learn's public vectorisers and scipy (the path training uses)."""
        if not texts:
            return np.zeros(0)
        return _sigmoid(featurize(texts, self.spec) @ self.weights + self.bias)

    def with_bias(self, bias: float, meta: dict[str, Any]) -> LinearModel:
        return LinearModel(self.spec, self.weights, bias, meta)

    def save(self, directory: Path, self_test: Sequence[str], name: str = "model") -> list[Path]:
        nz = np.flatnonzero(self.weights)
        return _save(self, FORMAT, {"index": nz.astype(np.int32), "value": self.weights[nz].astype(np.float32)},
                     directory, self_test, name)


@dataclass(frozen=True, eq=False)
class HiddenLayerModel(_ReadsHashedRows):
    """One hidden layer of rectified units over the hashed features, then a logistic output: it can learn that
    words matter together (an order to the assistant, not the same words quoted in a question about attacks),
    which a linear model cannot. `columns`: the feature columns seen in training, sorted; `first`: their rows of
    the first layer (len(columns) x hidden); features never seen add nothing, as in the linear model."""

    spec: FeatureSpec
    columns: np.ndarray
    first: np.ndarray
    first_bias: np.ndarray
    second: np.ndarray
    bias: float
    meta: dict[str, Any]

    def scores_sparse(self, texts: Sequence[str]) -> np.ndarray:
        """`scores` through scikit-learn's public vectorisers and scipy (the path training uses)."""
        if not texts:
            return np.zeros(0)
        return self._output(featurize(texts, self.spec)[:, self.columns] @ self.first)

    def _probabilities(self, rows: Rows, n_rows: int) -> np.ndarray:
        """The first layer as a sum of the known features' rows, row by row (`rows` come sorted by row): a
        sparse matrix product would copy the whole layer to double precision on every call."""
        row, col, value = rows
        slot = np.minimum(np.searchsorted(self.columns, col), len(self.columns) - 1)
        known = self.columns[slot] == col
        row, contributions = row[known], self.first[slot[known]] * value[known, None]
        hidden_in = np.zeros((n_rows, self.first.shape[1]))
        starts = np.searchsorted(row, np.arange(n_rows))
        filled = starts < np.searchsorted(row, np.arange(n_rows), side="right")
        if filled.any():
            hidden_in[filled] = np.add.reduceat(contributions, starts[filled], axis=0)
        return self._output(hidden_in)

    def _output(self, hidden_in: Any) -> np.ndarray:
        hidden = np.maximum(np.asarray(hidden_in, dtype=np.float64) + self.first_bias, 0.0)
        return _sigmoid(hidden @ self.second + self.bias)

    def with_bias(self, bias: float, meta: dict[str, Any]) -> HiddenLayerModel:
        return HiddenLayerModel(self.spec, self.columns, self.first, self.first_bias, self.second, bias, meta)

    def save(self, directory: Path, self_test: Sequence[str], name: str = "model") -> list[Path]:
        arrays: dict[str, np.ndarray] = {
            "columns": self.columns.astype(np.int32), "first": self.first.astype(np.float16),
            "first_bias": self.first_bias.astype(np.float64), "second": self.second.astype(np.float64)}
        return _save(self, HIDDEN_FORMAT, arrays, directory, self_test, name)


TextModel = LinearModel | HiddenLayerModel


def _save(model: TextModel, fmt: str, arrays: dict[str, np.ndarray], directory: Path, self_test: Sequence[str],
          name: str) -> list[Path]:
    """Write the npz of `arrays` and the JSON (format, features, bias, meta, self-test scores), each atomically."""
    from modelward.core.output import atomic_write

    directory.mkdir(parents=True, exist_ok=True)
    json_name, weights_name = _file_names(name)
    weights_path = directory / weights_name

    def write(p: Path) -> None:
        with open(p, "wb") as fh:
            np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]

    atomic_write(weights_path, write)
    doc = {"format": fmt, "features": model.spec.to_dict(), "bias": float(model.bias), "meta": model.meta,
           "self_test": [{"text": t, "score": float(s)} for t, s in zip(self_test, model.scores(self_test),
                                                                         strict=True)]}
    path = directory / json_name
    atomic_write(path, lambda p: p.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                              encoding="utf-8"))
    return [weights_path, path]


def load_model(directory: Path = SHIPPED, name: str = "model") -> TextModel:
    """The model `name` in `directory` (the shipped whole-text model by default), linear or with a hidden layer as
    its JSON says, after its self-test scores match."""
    json_name, weights_name = _file_names(name)
    path = directory / json_name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        weights_path = directory / weights_name
        if weights_path.stat().st_size > MAX_WEIGHTS_BYTES:
            raise DataError(f"{weights_path}: larger than {MAX_WEIGHTS_BYTES} bytes")
        with np.load(weights_path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{directory}: cannot read the injection model: {exc}") from None
    readers: dict[Any, Callable[[FeatureSpec, dict[str, np.ndarray], float, dict[str, Any]], TextModel]] = {
        FORMAT: _linear, HIDDEN_FORMAT: _hidden}
    if not isinstance(doc, dict) or doc.get("format") not in readers:
        raise DataError(f"{path}: field 'format' must be {FORMAT!r} or {HIDDEN_FORMAT!r}")
    try:
        spec = FeatureSpec.from_dict(doc["features"])
        model = readers[doc["format"]](spec, arrays, float(doc["bias"]), dict(doc.get("meta", {})))
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"{weights_path}: weights do not fit the model's settings ({exc})") from None
    tests = doc.get("self_test", [])
    if tests:
        got = model.scores([t["text"] for t in tests])
        want = np.array([t["score"] for t in tests])
        if not np.allclose(got, want, atol=1e-4):
            raise DataError(f"{path}: the self-test scores differ ({np.abs(got - want).max():.2g}); the "
                            "feature hashing of this scikit-learn differs from the one the model was trained with")
    return model


def _linear(spec: FeatureSpec, arrays: dict[str, np.ndarray], bias: float, meta: dict[str, Any]) -> LinearModel:
    index, value = arrays["index"], arrays["value"]
    size = 2 * spec.n_features
    if index.shape != value.shape or index.ndim != 1 or (len(index) and (index.min() < 0 or index.max() >= size)):
        raise ValueError(f"not {size} features")
    weights = np.zeros(size, dtype=np.float32)
    weights[index] = value
    return LinearModel(spec, weights, bias, meta)


def _hidden(spec: FeatureSpec, arrays: dict[str, np.ndarray], bias: float, meta: dict[str, Any]) -> HiddenLayerModel:
    columns = arrays["columns"].astype(np.int64)
    first = arrays["first"].astype(np.float32)
    first_bias, second = arrays["first_bias"].astype(np.float64), arrays["second"].astype(np.float64)
    size = 2 * spec.n_features
    if (columns.ndim != 1 or not len(columns) or columns.min() < 0 or columns.max() >= size
            or np.any(np.diff(columns) <= 0)):
        raise ValueError(f"columns must be increasing, within {size} features")
    if first.shape != (len(columns), len(second)) or first_bias.shape != second.shape or second.ndim != 1:
        raise ValueError("layer shapes disagree")
    if not (np.isfinite(first).all() and np.isfinite(first_bias).all() and np.isfinite(second).all()):
        raise ValueError("weights must be finite")
    return HiddenLayerModel(spec, columns, first, first_bias, second, bias, meta)
