"""The text features of the injection model: hashed character n-grams (within word boundaries) and word
uni- and bigrams of the normalised text, L2-normalised. Hashing (scikit-learn's murmurhash3, seed 0) needs
no vocabulary file, and the same text maps to the same features on every machine; the shipped model
stores self-test scores that `model.load_model` re-computes, so a change of hashing fails loudly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
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


@lru_cache(maxsize=4)
def _word_tokens(spec: FeatureSpec) -> Any:
    """The word vectoriser's tokens of a text (its lower-casing, then its token pattern)."""
    _, words = _vectorizers(spec)
    preprocess, tokenize = words.build_preprocessor(), words.build_tokenizer()
    return lambda text: tokenize(preprocess(text))


def _hasher() -> Any:
    """scikit-learn's hashing loop (the guts of FeatureHasher), or None where this scikit-learn lacks it."""
    try:
        from sklearn.feature_extraction._hashing_fast import transform
    except ImportError:  # pragma: no cover - another scikit-learn layout: the public path is used
        return None
    return transform


def _hash(features: list[str], n_features: int) -> np.ndarray:
    """Each feature's column, as the vectorisers hash it (read-only: the word cache shares it)."""
    indices, _, _ = _hasher()([[(f, 1) for f in features]], n_features, np.float32, False, 0)
    out = np.asarray(indices, dtype=np.int64)
    out.flags.writeable = False
    return out


WordFeatures = tuple[np.ndarray, np.ndarray, str | None, str | None]


def _word_features(word: str, spec: FeatureSpec) -> WordFeatures:
    """One whitespace-delimited word's hashed features: its character n-grams, its tokens and the bigrams
    inside it (word block, offset by n_features), and its first and last tokens (for the bigrams that
    span two words)."""
    char_analyzer, _ = _analyzers(spec)
    tokens = _word_tokens(spec)(word)
    low, high = spec.word_ngrams
    grams = [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]
    return (_hash(char_analyzer(word), spec.n_features), _hash(grams, spec.n_features) + spec.n_features,
            tokens[0] if tokens else None, tokens[-1] if tokens else None)


@lru_cache(maxsize=4)
def _word_reader(spec: FeatureSpec) -> Callable[[str], WordFeatures]:
    """`_word_features` under `spec`, cached by the word alone (a cache keyed by (word, spec) hashed the
    dataclass on every lookup: a tenth of a long text's feature time)."""
    return lru_cache(maxsize=1 << 15)(lambda word: _word_features(word, spec))


def sparse_rows(texts: Sequence[str], spec: FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The rows `featurize` makes, without building sparse matrices: (row, column, value) of each distinct
    feature, values already L2-normalised per row; None where scikit-learn's hashing loop is not at hand.
    Built word by word from a cache: character n-grams stay inside a whitespace-delimited word and tokens
    never span whitespace, so a text's features are its words' features plus the bigrams across words
    (exactly what the vectorisers give the whole text; a test holds them equal). A long text's sentence
    windows repeat its words, and words repeat across requests, so most are hashed once."""
    if _hasher() is None or spec.word_ngrams != (1, 2):  # the bigrams across words below assume (1, 2)
        return _sparse_rows_whole(texts, spec)
    parts: list[np.ndarray] = []
    owners: list[int] = []
    across: list[str] = []  # bigrams spanning two words
    across_rows: list[int] = []
    for index, text in enumerate(texts):
        columns, bigrams, _, _ = _part_columns(text, spec)
        parts += columns
        owners += [index] * len(columns)
        across += bigrams
        across_rows += [index] * len(bigrams)
    lengths = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    rows = np.repeat(np.asarray(owners, dtype=np.int64), lengths)
    cols = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    if across:
        rows = np.concatenate([rows, np.asarray(across_rows, dtype=np.int64)])
        cols = np.concatenate([cols, _hash(across, spec.n_features) + spec.n_features])
    return _normalised_rows(rows, cols, len(texts), spec)


def _part_columns(part: str, spec: FeatureSpec) -> tuple[list[np.ndarray], list[str], str | None, str | None]:
    """One text's (or part's) word columns, the bigrams across its words, and its first and last tokens."""
    columns: list[np.ndarray] = []
    across: list[str] = []
    first_token: str | None = None
    previous: str | None = None
    read = _word_reader(spec)
    for word in part.split():
        char_cols, word_cols, first, last = read(word)
        columns += (char_cols, word_cols)
        if first is not None:
            if previous is not None:
                across.append(f"{previous} {first}")
            elif first_token is None:
                first_token = first
            previous = last
    return columns, across, first_token, previous


def sentence_rows(parts: Sequence[str], spec: FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """`sparse_rows([" ".join(parts)] + [f"{a} {b}" for a, b in pairwise(parts)])`, each part's words read
    and its bigrams hashed once (`sparse_rows` read every sentence three times: in the whole text and in
    two windows). A text's features depend only on its whitespace-delimited words, so the whole text may be
    any text whose words are the parts' words in order. Rows, columns and values are those of
    `sparse_rows`: the same (row, column) pairs counted by the same `_normalised_rows` (a test holds them
    equal)."""
    if _hasher() is None or spec.word_ngrams != (1, 2):
        return sparse_rows([" ".join(parts)] + [f"{a} {b}" for a, b in pairwise(parts)], spec)
    read = [_part_columns(p, spec) for p in parts]
    # the bigram between two parts: in a window, when both have tokens; in the whole text, between each
    # part with tokens and the next part with tokens (parts without tokens are skipped there)
    tokened = [i for i, r in enumerate(read) if r[2] is not None]
    whole_edges = list(pairwise(tokened))
    window_edges = [(i, i + 1) if read[i][2] is not None and read[i + 1][2] is not None else None
                    for i in range(len(parts) - 1)]
    edge_index = {e: n for n, e in enumerate(dict.fromkeys([*whole_edges, *(e for e in window_edges if e)]))}
    strings = [s for r in read for s in r[1]] + [f"{read[i][3]} {read[j][2]}" for i, j in edge_index]
    hashed = _hash(strings, spec.n_features) + spec.n_features if strings else np.zeros(0, dtype=np.int64)
    # the parts' columns in order, in two blocks (words, bigrams inside parts): a window's columns are a
    # slice of each block and its edge, the whole text's are both blocks and its edges
    arrays = [c for r in read for c in r[0]]
    words = np.concatenate(arrays) if arrays else np.zeros(0, np.int64)
    array_ends = np.cumsum([0, *map(len, arrays)])
    word_at = array_ends[np.cumsum([0] + [len(r[0]) for r in read])].tolist()  # where each part starts
    bigram_at = np.cumsum([0] + [len(r[1]) for r in read]).tolist()
    edge_cols = hashed[bigram_at[-1]:]
    whole_edge_cols = edge_cols[[edge_index[e] for e in whole_edges]]
    pieces = [words, hashed[:bigram_at[-1]], whole_edge_cols]
    lengths = [len(words) + bigram_at[-1] + len(whole_edge_cols)]
    for i, edge in enumerate(window_edges):
        extra = edge_cols[[edge_index[edge]] if edge else []]
        pieces += (words[word_at[i]:word_at[i + 2]], hashed[bigram_at[i]:bigram_at[i + 2]], extra)
        lengths.append(word_at[i + 2] - word_at[i] + bigram_at[i + 2] - bigram_at[i] + len(extra))
    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    return _normalised_rows(rows, np.concatenate(pieces), len(lengths), spec)


def _normalised_rows(row: np.ndarray, col: np.ndarray, n_rows: int,
                     spec: FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts of each (row, column) pair, L2-normalised per row."""
    key = row * (2 * spec.n_features) + col
    unique, counts = np.unique(key, return_counts=True)
    row_u, col_u = unique // (2 * spec.n_features), unique % (2 * spec.n_features)
    value = counts.astype(np.float64)
    norms = np.sqrt(np.bincount(row_u, weights=value * value, minlength=n_rows))
    value /= np.where(norms > 0, norms, 1.0)[row_u]
    return row_u, col_u, value


def _sparse_rows_whole(texts: Sequence[str], spec: FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """`sparse_rows` from the vectorisers' analysers on whole texts (any n-gram range)."""
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
    return _normalised_rows(np.concatenate(rows), np.concatenate(cols), len(texts), spec)


def featurize(texts: Sequence[str], spec: FeatureSpec) -> Any:
    """A sparse matrix (len(texts), 2 * n_features): char block then word block, each row of unit L2 norm."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    chars, words = _vectorizers(spec)
    X = sp.hstack([chars.transform(texts), words.transform(texts)], format="csr")
    return normalize(X, copy=False)
