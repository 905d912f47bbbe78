"""The text features of the injection model: hashed character n-grams (within word boundaries) and word
uni- and bigrams of the normalised text, L2-normalised. Hashing (scikit-learn's murmurhash3, seed 0) needs
no vocabulary file, and the same text maps to the same features on every machine; the shipped model
stores self-test scores that `LinearModel.load` re-computes, so a change of hashing fails loudly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

MAX_MODEL_CHARS = 4000  # longer texts are scored in windows of this many characters (the maximum is kept)


@dataclass(frozen=True)
class FeatureSpec:
    """How texts become vectors; stored with the weights."""

    char_ngrams: tuple[int, int] = (2, 5)
    word_ngrams: tuple[int, int] = (1, 2)
    n_features: int = 1 << 18

    def to_dict(self) -> dict[str, Any]:
        return {"char_ngrams": list(self.char_ngrams), "word_ngrams": list(self.word_ngrams),
                "n_features": self.n_features}

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> FeatureSpec:
        return cls(tuple(doc["char_ngrams"]), tuple(doc["word_ngrams"]), int(doc["n_features"]))


@lru_cache(maxsize=4)
def _vectorizers(spec: FeatureSpec) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": spec.n_features, "alternate_sign": False, "norm": None, "lowercase": True,
              "dtype": np.float32}
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=spec.char_ngrams, **common)
    words = HashingVectorizer(analyzer="word", ngram_range=spec.word_ngrams, token_pattern=r"(?u)\b\w+\b", **common)
    return chars, words


@lru_cache(maxsize=4)
def _analyzers(spec: FeatureSpec) -> tuple[Any, Any]:
    chars, words = _vectorizers(spec)
    return chars.build_analyzer(), words.build_analyzer()


def _hasher() -> Any:
    """scikit-learn's hashing loop (the guts of FeatureHasher), or None where this scikit-learn lacks it."""
    try:
        from sklearn.feature_extraction._hashing_fast import transform
    except ImportError:  # pragma: no cover - another scikit-learn layout: the public path is used
        return None
    return transform


def sparse_rows(texts: Sequence[str], spec: FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The rows `featurize` makes, without building sparse matrices: (row, column, value) of each distinct
    feature, values already L2-normalised per row; None where scikit-learn's hashing loop is not at hand.
    A few times faster than `featurize` for the one or two texts of one request (no validation, no scipy)."""
    transform = _hasher()
    if transform is None:
        return None
    chars, words = _analyzers(spec)
    rows, cols = [], []
    for offset, analyzer in ((0, chars), (spec.n_features, words)):
        raw = (((f, 1) for f in analyzer(t)) for t in texts)
        indices, indptr, _ = transform(raw, spec.n_features, np.float32, False, 0)
        rows.append(np.repeat(np.arange(len(texts)), np.diff(indptr)))
        cols.append(np.asarray(indices, dtype=np.int64) + offset)
    row, col = np.concatenate(rows), np.concatenate(cols)
    key = row * (2 * spec.n_features) + col
    unique, counts = np.unique(key, return_counts=True)
    row_u, col_u = unique // (2 * spec.n_features), unique % (2 * spec.n_features)
    value = counts.astype(np.float64)
    norms = np.sqrt(np.bincount(row_u, weights=value * value, minlength=len(texts)))
    value /= np.where(norms > 0, norms, 1.0)[row_u]
    return row_u, col_u, value


def featurize(texts: Sequence[str], spec: FeatureSpec) -> Any:
    """A sparse matrix (len(texts), 2 * n_features): char block then word block, each row of unit L2 norm."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    chars, words = _vectorizers(spec)
    X = sp.hstack([chars.transform(texts), words.transform(texts)], format="csr")
    return normalize(X, copy=False)
