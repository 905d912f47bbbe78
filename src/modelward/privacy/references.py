"""Reference models: copies of the audited model's training recipe, trained on chosen subsets of rows.

Reference-model attacks (LiRA, RMIA) compare the audited model's answer on a record with the answers of
models trained with and without it. A `Trainer` turns row subsets into a `ReferenceModels` whose
`proba(X)` stacks every copy's class probabilities, (K, n, classes), in the audited model's class order:

- `RefitTrainer`: a scikit-learn model's own unfitted clone (`refit`), one per subset;
- `TorchTrainer`: fresh copies of a torch module, trained all at once (`_torch.train_ensemble`) with a
  declared recipe (the audited model's own recipe is unknown; set it to match when you know it);
- `CallableTrainer`: your function `(X, y) -> fitted model`, for anything else (a black-box endpoint can
  only be audited with references of a family you choose).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError


class ReferenceModels(Protocol):
    @property
    def k(self) -> int:
        """How many copies."""
        ...

    def proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities of every copy, shape (k, n, classes)."""
        ...


class Trainer(Protocol):
    description: str

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> ReferenceModels:
        """Copies trained on rows `subsets[i]` of (X, y); y holds the audited model's class labels."""
        ...


def _aligned(proba: np.ndarray, own: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Probabilities over `own` classes re-ordered to `classes` (a class a copy never saw gets 0)."""
    if len(own) == len(classes) and np.array_equal(own, classes):
        return proba
    out = np.zeros((proba.shape[0], len(classes)))
    where = {c: i for i, c in enumerate(classes.tolist())}
    for j, c in enumerate(own.tolist()):
        if c in where:
            out[:, where[c]] = proba[:, j]
    return out


@dataclass(frozen=True, eq=False)
class StackedModels:
    """Fitted models, each scoring rows over the audited model's classes."""

    models: tuple[ModelAdapter, ...]
    classes: np.ndarray

    @property
    def k(self) -> int:
        return len(self.models)

    def proba(self, X: np.ndarray) -> np.ndarray:
        if not self.models:
            return np.zeros((0, len(X), len(self.classes)))
        return np.stack([_aligned(np.asarray(m.predict_proba(X), dtype=float), np.asarray(m.classes), self.classes)
                         for m in self.models])


def concat(parts: Sequence[ReferenceModels]) -> ReferenceModels:
    """Several groups of copies seen as one."""
    return _Concat(tuple(parts))


@dataclass(frozen=True, eq=False)
class _Concat:
    parts: tuple[ReferenceModels, ...]

    @property
    def k(self) -> int:
        return sum(p.k for p in self.parts)

    def proba(self, X: np.ndarray) -> np.ndarray:
        return np.concatenate([p.proba(X) for p in self.parts], axis=0)


class RefitTrainer:
    """Unfitted clones of a scikit-learn model (its `refit`), one per subset."""

    def __init__(self, model: Any) -> None:
        if not callable(getattr(model, "refit", None)):
            raise ConfigError(f"{getattr(model, 'name', model)}: cannot be refitted (no refit)")
        self.model = model
        self.description = f"clones of {model.name} refitted by scikit-learn"

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> ReferenceModels:
        return StackedModels(tuple(self.model.refit(X[s], y[s]) for s in subsets), np.asarray(self.model.classes))


class CallableTrainer:
    """Your function (X, y) -> a fitted model (an adapter, estimator or module that `wrap` accepts)."""

    def __init__(self, fit: Callable[[np.ndarray, np.ndarray], Any], classes: np.ndarray,
                 description: str = "") -> None:
        self.fit, self.classes = fit, np.asarray(classes)
        self.description = description or f"models from {getattr(fit, '__name__', 'a trainer function')}"

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> ReferenceModels:
        from modelward.core.adapters.wrap import adapter_for

        return StackedModels(tuple(adapter_for(self.fit(X[s], y[s])) for s in subsets), self.classes)


class TorchTrainer:
    """Fresh copies of the audited torch module, trained together with the declared recipe."""

    def __init__(self, model: Any, epochs: int = 100, batch_size: int = 64, lr: float = 1e-3,
                 weight_decay: float = 0.0) -> None:
        from modelward.privacy._torch import Recipe

        self.model = model
        self.recipe = Recipe(epochs, batch_size, lr, weight_decay)
        self.description = (f"fresh copies of {model.name} trained with Adam (lr {lr:g}, batch {batch_size}, "
                            f"{epochs} epochs, weight decay {weight_decay:g})")

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> ReferenceModels:
        from modelward.privacy._torch import train_ensemble

        lookup = {c: i for i, c in enumerate(np.asarray(self.model.classes).tolist())}
        y_index = np.array([lookup[v] for v in np.asarray(y).tolist()])
        return train_ensemble(self.model.module, X, y_index, subsets, self.recipe, seed,
                              getattr(self.model, "input_shape", None), getattr(self.model, "device", None))


def trainer_for(model: Any, **recipe: Any) -> Trainer | None:
    """The trainer that reproduces `model` best: its refit, fresh torch copies, or None (black box)."""
    if callable(getattr(model, "refit", None)):
        return RefitTrainer(model)
    if getattr(model, "module", None) is not None:
        return TorchTrainer(model, **recipe)
    return None


def train_in_chunks(trainer: Trainer, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int,
                    chunk: int, deadline: float | None) -> tuple[ReferenceModels, int]:
    """Train the copies `chunk` at a time, stopping at `deadline` (monotonic seconds) after a whole chunk;
    returns the copies trained and how many there are (a multiple of `chunk`, or all)."""
    parts: list[ReferenceModels] = []
    done = 0
    while done < len(subsets):
        if deadline is not None and parts and time.monotonic() > deadline:
            break
        group = subsets[done:done + chunk]
        parts.append(trainer.train(X, y, group, seed * 1009 + done))
        done += len(group)
    return concat(parts), done
