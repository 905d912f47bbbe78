"""Attribute inference (Fredrikson et al. 2014; Yeom et al. 2018): an attacker who knows a record's other
features and its label tries each value of a sensitive attribute, asks the model, and keeps the value
under which the model is most confident in the known label (weighted by the value's prior). Numeric
attributes are read in quantile bins (the bin median is tried). The attacker's prior for each record
is a baseline that sees no model: a classifier predicting the attribute from the other features and the
label, trained on the attacker's auxiliary rows; the attack multiplies it by the model's likelihood,
so what the model adds is exactly the attack's advantage over the baseline. Both are scored on the model's training rows
(members) and on unseen rows: a gap between the two is the training data's own leak.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, DataError

MAX_VALUES = 10
BINS = 4


@dataclass(frozen=True)
class AttributeResult:
    """Accuracy of the model-based attack and of the no-model baseline, on members and non-members."""

    attribute: str
    values: tuple[float, ...]
    attack_members: float
    attack_nonmembers: float
    baseline_members: float
    baseline_nonmembers: float
    chance: float
    queries: int

    @property
    def advantage(self) -> float:
        """What the model adds on its training rows, over the baseline that sees no model."""
        return self.attack_members - self.baseline_members


def _coder(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(candidate values, bin edges): the distinct values when few, else quantile bins and their medians."""
    distinct = np.unique(values)
    if len(distinct) <= MAX_VALUES:
        return distinct, np.array([])
    edges = np.quantile(values, np.linspace(0, 1, BINS + 1)[1:-1])
    codes = np.searchsorted(edges, values, side="right")
    medians = np.array([np.median(values[codes == b]) if (codes == b).any() else edges[min(b, len(edges) - 1)]
                        for b in range(BINS)])
    return medians, edges


def _code(values: np.ndarray, candidates: np.ndarray, edges: np.ndarray) -> np.ndarray:
    if not len(edges):
        return np.asarray(np.searchsorted(candidates, values))
    return np.asarray(np.searchsorted(edges, values, side="right"))


def infer_attribute(model: ModelAdapter, members: tuple[np.ndarray, np.ndarray],
                    nonmembers: tuple[np.ndarray, np.ndarray], column: int, name: str = "",
                    seed: int = 0) -> AttributeResult:
    """Attack column `column` of the members and of half the non-members; the other half of the
    non-members is the attacker's auxiliary data (priors and the baseline)."""
    from sklearn.ensemble import RandomForestClassifier

    Xm, ym = np.asarray(members[0], dtype=float), np.asarray(members[1])
    Xn, yn = np.asarray(nonmembers[0], dtype=float), np.asarray(nonmembers[1])
    if not 0 <= column < Xm.shape[1]:
        raise ConfigError(f"attribute column {column} is outside the {Xm.shape[1]} features")
    if len(Xn) < 10 or len(Xm) < 5:
        raise DataError(f"attribute inference needs at least 5 members and 10 non-members, got {len(Xm)}, {len(Xn)}")
    order = np.random.default_rng([seed, 3]).permutation(len(Xn))
    aux, test = order[: len(order) // 2], order[len(order) // 2:]
    candidates, edges = _coder(Xn[aux, column])
    aux_codes = _code(Xn[aux, column], candidates, edges)
    prior = np.bincount(aux_codes, minlength=len(candidates)) + 1.0
    lookup = {c: i for i, c in enumerate(np.asarray(model.classes).tolist())}
    q0 = model.query_count
    others = [i for i in range(Xm.shape[1]) if i != column]

    def features(X: np.ndarray, y: np.ndarray) -> np.ndarray:
        codes = np.array([lookup.get(v, -1) for v in y.tolist()])
        return np.asarray(np.c_[X[:, others], codes])

    baseline = RandomForestClassifier(n_estimators=100, random_state=seed).fit(features(Xn[aux], yn[aux]), aux_codes)

    def posterior(X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The baseline's probabilities over all candidate codes (smoothed, so the model can overrule it)."""
        out = np.full((len(X), len(candidates)), 1e-3)
        out[:, baseline.classes_] += baseline.predict_proba(features(X, y))
        return np.asarray(np.log(out / out.sum(axis=1, keepdims=True)))

    def attack(X: np.ndarray, y: np.ndarray) -> float:
        y_idx = np.array([lookup.get(v, -1) for v in y.tolist()])
        if (y_idx < 0).any():
            raise DataError("attribute inference: a label is not a class of the model")
        scores = posterior(X, y)
        for j, v in enumerate(candidates):
            trial = X.copy()
            trial[:, column] = v
            p = np.asarray(model.predict_proba(trial))[np.arange(len(X)), y_idx]
            scores[:, j] += np.log(np.maximum(p, 1e-300))
        return float(np.mean(scores.argmax(axis=1) == _code(X[:, column], candidates, edges)))

    def base(X: np.ndarray, y: np.ndarray) -> float:
        return float(np.mean(posterior(X, y).argmax(axis=1) == _code(X[:, column], candidates, edges)))

    chance = float(prior.max() / prior.sum())
    return AttributeResult(name or f"x{column}", tuple(float(v) for v in candidates), attack(Xm, ym),
                           attack(Xn[test], yn[test]), base(Xm, ym), base(Xn[test], yn[test]), chance,
                           model.query_count - q0)
