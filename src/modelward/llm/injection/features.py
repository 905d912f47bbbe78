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


def featurize(texts: Sequence[str], spec: FeatureSpec) -> Any:
    """A sparse matrix (len(texts), 2 * n_features): char block then word block, each row of unit L2 norm."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    chars, words = _vectorizers(spec)
    X = sp.hstack([chars.transform(texts), words.transform(texts)], format="csr")
    return normalize(X, copy=False)
