"""Label leaks: a feature that predicts the label far better than it should.

A real signal is noisy; a leak (a copy of the outcome, a code written after the fact, ids handed out class
by class, a target encoding that saw each row's own label) is near-deterministic. Two measurements, both
out of fold: the feature alone (`probes.probe`) and all the other features together (`probes.joint`). A
leak is a feature that alone ranks rows almost perfectly (AUC at least `min_auc`) and decides wrongly at
most `error_ratio` times as often as the others together (balanced error): no honest feature beats the
rest of the table combined by that much ("the others" leave out every candidate, so a leak copied into
two columns does not vouch for itself). A second signature catches leaks that are exact for part of the
rows only (a target encoding of a high-cardinality category that saw each row's own label): values shared
by many rows that all carry one label, covering at least `min_coverage` of the rows, on which the other
features together still err at least `min_others_error` of the time. The model's reliance on the feature
(its share of the mean |attribution|, how often it is a row's top attribution) is reported beside it:
global importance alone misses leaks (a leak used in one early split can rank low), so it sets the
severity, not the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from modelward.explain.attributions import Attributions
from modelward.explain.probes import joint, probe_all, pure_values


@dataclass(frozen=True)
class LeakSuspect:
    """A leaking feature: its out-of-fold AUC and balanced error alone and the other features' together, and
    the model's reliance on it (share of mean |attribution|, share of rows where it is the top attribution,
    rank)."""

    feature: str
    index: int
    probe_auc: float
    probe_error: float
    others_auc: float
    others_error: float
    pure_coverage: float
    others_error_on_pure: float
    attribution_share: float
    top1_share: float
    rank: int
    identifier_like: bool


@dataclass(frozen=True)
class LeakAudit:
    suspects: tuple[LeakSuspect, ...]
    probe_aucs: tuple[float, ...]
    candidates: int
    rows: int


def _identifier_like(col: np.ndarray) -> bool:
    present = col[~np.isnan(col)]
    integers = bool(np.all(present == np.round(present)))
    return bool(len(present)) and integers and len(np.unique(present)) >= 0.95 * len(present)


def audit_leakage(X: np.ndarray, y: np.ndarray, names: tuple[str, ...], min_auc: float = 0.97,
                  error_ratio: float = 0.5, min_coverage: float = 0.2, min_others_error: float = 0.05,
                  seed: int = 0, max_candidates: int = 5) -> LeakAudit:
    """Leaking features of (X, y), without the model's reliance yet (`with_reliance` adds it)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    scores = probe_all(X, y, seed=seed)
    aucs = np.array([p.auc for p in scores])
    min_count = max(20, int(0.01 * len(y)))
    pure = [pure_values(X[:, j], y, min_count) for j in range(X.shape[1])]
    coverage = np.array([p.mean() for p in pure])
    order = np.argsort(-np.maximum(aucs - min_auc, coverage - min_coverage))
    candidates = [int(j) for j in order[:max_candidates] if aucs[j] >= min_auc or coverage[j] >= min_coverage]
    found = tuple(float(a) for a in aucs)
    if not candidates:
        return LeakAudit((), found, 0, len(X))
    # every candidate is left out of "the others", so that a leak copied into two columns cannot vouch for itself
    others = joint(np.delete(X, candidates, axis=1), y, seed=seed)
    suspects = []
    for j in candidates:
        on_pure = pure[j][others.rows]
        wrong_on_pure = float((~others.correct[on_pure]).mean()) if on_pure.any() else 0.0
        decisive = aucs[j] >= min_auc and scores[j].error <= error_ratio * others.score.error
        exact_part = coverage[j] >= min_coverage and wrong_on_pure >= min_others_error
        if decisive or exact_part:
            suspects.append(LeakSuspect(names[j], j, scores[j].auc, scores[j].error, others.score.auc,
                                        others.score.error, float(coverage[j]), wrong_on_pure, 0.0, 0.0, 0,
                                        _identifier_like(X[:, j])))
    return LeakAudit(tuple(suspects), found, len(candidates), len(X))


def with_reliance(audit: LeakAudit, attributions: Attributions) -> LeakAudit:
    """The audit with the model's reliance on each suspect: its share of the mean |attribution|, the share
    of rows where it is the top attribution, and its rank in global importance."""
    importance = attributions.importance()
    total = float(importance.sum())
    ranks = np.empty(len(importance), dtype=int)
    ranks[np.argsort(-importance, kind="stable")] = np.arange(1, len(importance) + 1)
    tops = attributions.top(1)[:, 0] if len(attributions) else np.zeros(0, dtype=int)
    suspects = tuple(replace(s, attribution_share=float(importance[s.index] / total) if total > 0 else 0.0,
                             top1_share=float((tops == s.index).mean()) if len(tops) else 0.0,
                             rank=int(ranks[s.index])) for s in audit.suspects)
    return replace(audit, suspects=suspects)
