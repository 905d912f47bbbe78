"""Prediction drift and performance decay: a model scores every chunk of both tables, and its outputs
are sketched like columns (the predicted class as a category, the score as a number), with the share
of correct predictions where the table holds labels.

Scores: P(second class) for a binary model, the top-class probability otherwise. A model that fails
on a chunk stops being scored, and the comparison says "not verified" with the model's error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import DataError
from modelward.core.stats import wilson_interval
from modelward.monitor.chunk import Categories, Chunk
from modelward.monitor.columns import compare_categorical, compare_numeric, decide
from modelward.monitor.result import ColumnDrift, DriftSettings, PerformanceDrift, Verdict
from modelward.monitor.sketch import Bucketing, CategorySketch, NumericSketch
from modelward.monitor.stattests import newcombe_interval, two_proportion_test

SCORE_BUCKETING = Bucketing(0.5, 0.05, 10)
MAX_ERROR_CHARS = 300


def class_key(value: object) -> str:
    """A label as text that matches across storage types (1, 1.0, True and "1" are all "1")."""
    if isinstance(value, bool | np.bool_):
        return str(int(value))
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, int | np.integer):
        return str(int(value))
    return str(value).strip()


def _label_index(chunk: Chunk, target: str, lookup: Mapping[str, int]) -> np.ndarray:
    """Class index of each row's label; -1 where it is missing or not a class of the model."""
    if target in chunk.categorical:
        cats = chunk.categorical[target]
        table = np.array([lookup.get(class_key(n), -1) for n in cats.names] + [-1], dtype=np.int64)
        return table[np.where(cats.codes < 0, len(cats.names), cats.codes)]
    values = np.asarray(chunk.numeric[target], dtype=float)
    out = np.full(values.size, -1, dtype=np.int64)
    finite = np.isfinite(values)
    uniq, inverse = np.unique(values[finite], return_inverse=True)
    out[finite] = np.array([lookup.get(class_key(v), -1) for v in uniq.tolist()], dtype=np.int64)[inverse]
    return out


Assembler = Callable[[Chunk], np.ndarray]


def feature_matrix(features: Sequence[str], codes: Mapping[str, Mapping[str, int]] | None = None) -> Assembler:
    """Rows for the model from a chunk: numeric columns as they are; a categorical column as the code of
    each name in `codes[column]` (a name it lacks: NaN), or, without `codes`, as the chunk's own codes."""

    def assemble(chunk: Chunk) -> np.ndarray:
        out = np.empty((chunk.n_rows, len(features)))
        for j, name in enumerate(features):
            if name in chunk.numeric:
                out[:, j] = chunk.numeric[name]
                continue
            cats = chunk.categorical[name]
            if codes is None:
                table = np.arange(len(cats.names), dtype=float)
            else:
                table = np.array([codes[name].get(n, np.nan) for n in cats.names], dtype=float)
            out[:, j] = np.append(table, np.nan)[np.where(cats.codes < 0, len(cats.names), cats.codes)]
        return out

    return assemble


class OutputSketch:
    """The model's predicted classes, scores and, with labels, correct predictions, over every chunk."""

    def __init__(self, model: ModelAdapter, assemble: Assembler, target: str | None = None) -> None:
        self.model = model
        self.assemble = assemble
        self.target = target
        self.classes = tuple(class_key(c) for c in np.asarray(model.classes).tolist())
        if len(set(self.classes)) != len(self.classes):
            raise DataError(f"{model.name}: its classes {self.classes} are not distinct as labels")
        self._lookup = {c: i for i, c in enumerate(self.classes)}
        self.predicted = CategorySketch(max(2, len(self.classes)))
        self.score = NumericSketch(SCORE_BUCKETING)
        self.n_labelled = self.n_correct = self.n_unknown_labels = 0
        self.error = ""

    @property
    def score_name(self) -> str:
        return f"P({self.classes[1]})" if len(self.classes) == 2 else "top-class probability"

    def update(self, chunk: Chunk) -> None:
        if self.error or chunk.n_rows == 0:
            return
        try:
            proba = np.asarray(self.model.predict_proba(self.assemble(chunk)), dtype=float)
            if proba.shape != (chunk.n_rows, len(self.classes)):
                raise DataError(f"returned scores of shape {proba.shape} for {chunk.n_rows} rows and "
                                f"{len(self.classes)} classes")
        except Exception as exc:  # a model that fails is reported as "not verified", never a crash
            self.error = f"the model could not score the rows: {type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
            return
        predicted = proba.argmax(axis=1)
        self.predicted.update(Categories(predicted.astype(np.int64), self.classes))
        self.score.update(proba[:, 1] if len(self.classes) == 2 else proba.max(axis=1))
        if self.target is not None:
            labels = _label_index(chunk, self.target, self._lookup)
            known = labels >= 0
            self.n_labelled += int(known.sum())
            self.n_correct += int((predicted[known] == labels[known]).sum())
            self.n_unknown_labels += int((~known).sum())


def compare_outputs(ref: OutputSketch, cur: OutputSketch,
                    settings: DriftSettings) -> tuple[tuple[ColumnDrift, ...], PerformanceDrift | None]:
    """Prediction drift (predicted class and score, corrected together) and accuracy change."""
    if ref.error or cur.error:
        which = "reference" if ref.error else "current"
        return (ColumnDrift("predictions", "model", Verdict.NOT_VERIFIED, role="prediction",
                            note=f"{which}: {ref.error or cur.error}"),), None
    predicted = compare_categorical("predicted class", ref.predicted, cur.predicted, settings, role="prediction")
    score = compare_numeric(cur.score_name, ref.score, cur.score, settings, role="prediction")
    return decide([predicted, score], settings), _performance(ref, cur, settings)


def _performance(ref: OutputSketch, cur: OutputSketch, settings: DriftSettings) -> PerformanceDrift | None:
    if ref.target is None or min(ref.n_labelled, cur.n_labelled) < settings.min_rows:
        return None
    test = two_proportion_test(ref.n_correct, ref.n_labelled, cur.n_correct, cur.n_labelled)
    acc_ref, acc_cur = ref.n_correct / ref.n_labelled, cur.n_correct / cur.n_labelled
    change = acc_cur - acc_ref
    verdict = Verdict.NO_DRIFT
    if test.p_value < settings.alpha and change < 0:
        verdict = Verdict.DRIFT if -change >= settings.negligible_tv else Verdict.NEGLIGIBLE
    return PerformanceDrift("accuracy", acc_ref, acc_cur, wilson_interval(ref.n_correct, ref.n_labelled),
                            wilson_interval(cur.n_correct, cur.n_labelled), change,
                            newcombe_interval(ref.n_correct, ref.n_labelled, cur.n_correct, cur.n_labelled),
                            test.p_value, ref.n_labelled, cur.n_labelled, verdict)
