"""Trigger-set watermarks (Adi et al. 2018): the owner trains the model to give secret labels to a secret
set of inputs, then proves a suspect is a copy by querying those inputs (black box) and testing the
agreement against chance.

The triggers are random inputs within the feature bounds, each with a random label, both derived from a
secret key (`TriggerSet.from_key`): the owner keeps the key, not the set. Random inputs lie far from
the data, so fine-tuning on real rows barely touches what the model learnt about them. `embed` trains a
torch module on the data plus the triggers (repeated so they weigh like `trigger_weight` of each
batch); `verify` returns the agreement and its p-value against chance (1 / classes): a model that
never saw the triggers answers them no better than at random.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError
from modelward.stealing.ownership.stats import agreement_p_value


@dataclass(frozen=True, eq=False)
class TriggerSet:
    """Secret inputs and the labels (class indices) the marked model gives them."""

    inputs: np.ndarray
    labels: np.ndarray

    @classmethod
    def from_key(cls, key: str, n: int, lower: np.ndarray, upper: np.ndarray, n_classes: int) -> TriggerSet:
        if not key or n < 1 or n_classes < 2:
            raise ConfigError("a trigger set needs a non-empty key, at least 1 trigger and 2 classes")
        seed = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "little")
        rng = np.random.default_rng(seed)
        lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
        inputs = lower + rng.random((n, len(lower))) * (upper - lower)
        return cls(inputs, rng.integers(0, n_classes, n))


@dataclass(frozen=True)
class Verdict:
    """Agreement of a suspect with the secret labels, and the chance of that much agreement without copying."""

    matches: int
    n: int
    p_value: float
    null_rate: float

    @property
    def accuracy(self) -> float:
        return self.matches / self.n if self.n else 0.0

    def claims(self, alpha: float = 1e-6) -> bool:
        return self.p_value < alpha


def verify(suspect: ModelAdapter, triggers: TriggerSet) -> Verdict:
    """Query the suspect on the triggers; a suspect with another number of classes cannot be a copy."""
    proba = np.asarray(suspect.predict_proba(triggers.inputs))
    k = int(triggers.labels.max()) + 1
    if proba.shape[1] < k:
        raise ConfigError(f"the suspect answers {proba.shape[1]} classes, the watermark uses {k} or more: not the "
                          "same task")
    matches = int((proba.argmax(axis=1) == triggers.labels).sum())
    null = 1.0 / proba.shape[1]
    return Verdict(matches, len(triggers.labels), agreement_p_value(matches, len(triggers.labels), null), null)


def embed(module: Any, X: np.ndarray, y_index: np.ndarray, triggers: TriggerSet, *, epochs: int = 60,
          batch_size: int = 64, lr: float = 1e-3, trigger_weight: float = 0.2, seed: int = 0,
          input_shape: tuple[int, ...] | None = None) -> Any:
    """Train `module` (in place) on (X, y_index) with every batch holding about `trigger_weight` triggers."""
    from modelward.stealing._torch import train

    if not 0 < trigger_weight < 1:
        raise ConfigError(f"trigger_weight must be in (0, 1), got {trigger_weight}")
    return train(module, X, y_index, epochs=epochs, batch_size=batch_size, lr=lr,
                 extra=(triggers.inputs, triggers.labels), extra_share=trigger_weight, seed=seed,
                 input_shape=input_shape)
