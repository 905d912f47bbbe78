"""Output hardening: what a caller sees of the model's probabilities, per role.

What each setting buys (docs/gateway.md has the longer account):
- `label` (labels only): removes the confidence scores that membership-inference and model-inversion
  attacks read, and forces extraction to decision-based attacks, which need far more queries.
- `top_k`: keeps the k most likely classes; the scores of the others (most of the signal for
  inversion on many-class models) are withheld.
- `decimals`: rounding coarsens the score surface that gradient-estimation extraction and
  confidence-based membership inference rely on; the label is unchanged.
- `noise`: Laplace noise of scale `noise` on each probability, renormalised, with the top class kept
  on top, so the label callers act on is the model's while the exact scores are never exposed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.gateway.policy import OutputPolicy


@dataclass(frozen=True, eq=False)
class Answer:
    """What is sent back for a batch: the label of each row and, unless labels only, the probabilities
    shown: of every class in order (`shown` None), or of the classes `shown` (indices into `classes`)."""

    labels: list[Any]
    classes: np.ndarray
    shown: np.ndarray | None = None
    probabilities: np.ndarray | None = None

    @property
    def full(self) -> bool:
        """Every class's probability is shown, in class order."""
        return self.probabilities is not None and self.shown is None

    def shown_classes(self, row: int) -> list[Any]:
        """The classes whose probabilities row `row` shows, in the order shown."""
        chosen: list[Any] = (self.classes if self.shown is None else self.classes[self.shown[row]]).tolist()
        return chosen


def harden(proba: np.ndarray, classes: np.ndarray, policy: OutputPolicy, rng: np.random.Generator) -> Answer:
    """Apply `policy` to the (n, k) probabilities; the label is always the model's top class."""
    proba = np.asarray(proba, dtype=float)
    top = proba.argmax(axis=1)
    labels = classes[top].tolist()
    if policy.mode == "label":
        return Answer(labels, classes)
    shown_p = _noised(proba, top, policy.noise, rng) if policy.noise > 0 else proba
    if policy.decimals is not None:
        shown_p = np.round(shown_p, policy.decimals)
    k = proba.shape[1]
    if policy.mode == "top_k" and policy.top_k < k:
        order = np.argsort(-shown_p, axis=1, kind="stable")[:, : policy.top_k]
        return Answer(labels, classes, order, np.take_along_axis(shown_p, order, axis=1))
    return Answer(labels, classes, None, shown_p)


def _noised(proba: np.ndarray, top: np.ndarray, scale: float, rng: np.random.Generator) -> np.ndarray:
    noisy = np.clip(proba + rng.laplace(0.0, scale, size=proba.shape), 1e-6, None)
    noisy /= noisy.sum(axis=1, keepdims=True)
    moved = noisy.argmax(axis=1) != top
    if moved.any():  # swap the new maximum with the model's class, so the top class stays on top
        rows = np.flatnonzero(moved)
        new_top = noisy[rows].argmax(axis=1)
        high, low = noisy[rows, new_top].copy(), noisy[rows, top[rows]].copy()
        noisy[rows, top[rows]], noisy[rows, new_top] = high, low
    return noisy
