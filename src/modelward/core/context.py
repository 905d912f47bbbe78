"""What a check or mitigation receives: the model, the data and the run's seed. Parameters are not
here: each plugin declares its own and is built with them (`modelward.core.params`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from modelward.core.adapters.base import ModelAdapter


@dataclass(frozen=True)
class Dataset:
    """Features and labels as numpy arrays, with the names they came with. `attributes`: sensitive
    attributes of the rows (name -> one value per row), which fairness checks group rows by; a column
    the model does not take lives only here, one it takes is in X as well."""

    X: np.ndarray
    y: np.ndarray
    feature_names: tuple[str, ...]
    target: str = "target"
    source: str = "<memory>"
    attributes: Mapping[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.X.shape[0])


ProgressFn = Callable[[str, float], None]


def _no_progress(message: str, fraction: float) -> None:
    return None


@dataclass(frozen=True)
class AssessContext:
    """Everything a check or mitigation may look at; none may mutate it. `holdout`: rows kept apart to
    measure a mitigation on (a mitigation splits `data` itself when it is None); `reference`: rows the
    model is known to work on (e.g. its training or validation data), for checks that compare `data`
    with them (drift); `artifacts`: the files the model was loaded from (empty for a model given in
    memory), for checks of the files themselves (signature, tampering)."""

    model: ModelAdapter
    data: Dataset
    seed: int = 0
    holdout: Dataset | None = None
    progress: ProgressFn = _no_progress
    reference: Dataset | None = None
    artifacts: tuple[str, ...] = ()

    def rng(self, salt: int = 0) -> np.random.Generator:
        """A generator seeded per check, so results are reproducible and independent."""
        return np.random.default_rng([self.seed, salt])

    @property
    def y_index(self) -> np.ndarray:
        """Labels as indices into `model.classes` (-1 where the label is unknown to the model)."""
        classes = list(self.model.classes)
        lookup = {c: i for i, c in enumerate(classes)}
        return np.array([lookup.get(v, -1) for v in self.data.y.tolist()], dtype=int)
