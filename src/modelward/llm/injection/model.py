"""The small shipped injection model: a logistic regression over hashed n-grams, stored as JSON (settings,
threshold, self-test) and an npz of the non-zero weights, never pickle. Scoring is a sparse dot product."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.errors import DataError
from modelward.llm.injection.features import FeatureSpec, featurize, sentence_rows, sparse_rows

FORMAT = "modelward-injection-model/1"
MAX_WEIGHTS_BYTES = 32 << 20
SHIPPED = Path(__file__).with_name("model")


def _file_names(name: str) -> tuple[str, str]:
    """The JSON and weights files of the model called `name` in a model directory: `model.json` and
    `weights.npz` for the whole-text model, `<name>.json` and `<name>_weights.npz` for others (the window model)."""
    return (f"{name}.json", "weights.npz" if name == "model" else f"{name}_weights.npz")


@dataclass(frozen=True, eq=False)
class LinearModel:
    """`weights`: dense over the 2 * n_features hashed features; `meta`: what training recorded."""

    spec: FeatureSpec
    weights: np.ndarray
    bias: float
    meta: dict[str, Any]

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of injection for each text."""
        if not texts:
            return np.zeros(0)
        rows = sparse_rows(texts, self.spec)
        if rows is None:
            z = featurize(texts, self.spec) @ self.weights + self.bias
            return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=float)
        return self._probabilities(rows, len(texts))

    def scores_sentences(self, parts: Sequence[str]) -> np.ndarray:
        """`scores` of `" ".join(parts)` (or any text with the same words) and of each pair of adjacent parts,
        each part's features built once (`features.sentence_rows`)."""
        rows = sentence_rows(parts, self.spec)
        if rows is None:
            return self.scores([" ".join(parts)] + [f"{a} {b}" for a, b in pairwise(parts)])
        return self._probabilities(rows, len(parts))

    def _probabilities(self, rows: tuple[np.ndarray, np.ndarray, np.ndarray], n_rows: int) -> np.ndarray:
        row, col, value = rows
        z = np.bincount(row, weights=value * self.weights[col], minlength=n_rows) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=float)

    def scores_sparse(self, texts: Sequence[str]) -> np.ndarray:
        """`scores` through scikit-learn's public vectorisers and scipy (the path training uses)."""
        if not texts:
            return np.zeros(0)
        z = featurize(texts, self.spec) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=float)

    def save(self, directory: Path, self_test: Sequence[str], name: str = "model") -> list[Path]:
        from modelward.core.output import atomic_write

        directory.mkdir(parents=True, exist_ok=True)
        json_name, weights_name = _file_names(name)
        nz = np.flatnonzero(self.weights)
        weights_path = directory / weights_name
        def write(p: Path) -> None:
            with open(p, "wb") as fh:
                np.savez_compressed(fh, index=nz.astype(np.int32), value=self.weights[nz].astype(np.float32))

        atomic_write(weights_path, write)
        doc = {"format": FORMAT, "features": self.spec.to_dict(), "bias": float(self.bias), "meta": self.meta,
               "self_test": [{"text": t, "score": float(s)} for t, s in zip(self_test, self.scores(self_test),
                                                                             strict=True)]}
        path = directory / json_name
        atomic_write(path, lambda p: p.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                                  encoding="utf-8"))
        return [weights_path, path]

    @classmethod
    def load(cls, directory: Path = SHIPPED, name: str = "model") -> LinearModel:
        """The model `name` in `directory` (the shipped whole-text model by default), after its self-test scores
        match."""
        json_name, weights_name = _file_names(name)
        path = directory / json_name
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            weights_path = directory / weights_name
            if weights_path.stat().st_size > MAX_WEIGHTS_BYTES:
                raise DataError(f"{weights_path}: larger than {MAX_WEIGHTS_BYTES} bytes")
            with np.load(weights_path, allow_pickle=False) as npz:
                index, value = npz["index"], npz["value"]
        except (OSError, ValueError, KeyError) as exc:
            raise DataError(f"{directory}: cannot read the injection model: {exc}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise DataError(f"{path}: field 'format' must be {FORMAT!r}")
        spec = FeatureSpec.from_dict(doc["features"])
        size = 2 * spec.n_features
        if index.shape != value.shape or index.ndim != 1 or (len(index) and (index.min() < 0 or index.max() >= size)):
            raise DataError(f"{weights_path}: weights do not fit {size} features")
        weights = np.zeros(size, dtype=np.float32)
        weights[index] = value
        model = cls(spec, weights, float(doc["bias"]), dict(doc.get("meta", {})))
        tests = doc.get("self_test", [])
        if tests:
            got = model.scores([t["text"] for t in tests])
            want = np.array([t["score"] for t in tests])
            if not np.allclose(got, want, atol=1e-4):
                raise DataError(f"{path}: the self-test scores differ ({np.abs(got - want).max():.2g}); the "
                                "feature hashing of this scikit-learn differs from the one the model was trained with")
        return model
