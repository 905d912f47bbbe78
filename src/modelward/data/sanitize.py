"""`data.sanitize`: remove (or relabel) the rows the data checks flag, retrain the same model recipe,
and show the before/after on the same held-out rows: accuracy, and the label-error rate of the training
rows as `data.label-errors` measures it. A backdoor's rows are removed too when the model's
representations can be read (`data.backdoor`); the attack success rate is measured by the bench, which
knows the trigger."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.core.report import AppliedMitigation
from modelward.data.labels.detect import find_label_errors
from modelward.data.labels.ensemble import ENSEMBLES


def _split(data: Dataset, seed: int) -> tuple[Dataset, Dataset]:
    from sklearn.model_selection import train_test_split

    idx = np.arange(len(data))
    y = np.asarray(data.y)
    _, counts = np.unique(y, return_counts=True)
    train, test = train_test_split(idx, test_size=0.3, random_state=seed, stratify=y if counts.min() >= 2 else None)
    return _rows(data, y, np.sort(train)), _rows(data, y, np.sort(test))


def _rows(data: Dataset, y: np.ndarray, rows: np.ndarray) -> Dataset:
    return Dataset(data.X[rows], y[rows], data.feature_names, data.target, data.source)


def _accuracy(model: Any, data: Dataset) -> float:
    return float(np.mean(model.predict(data.X) == np.asarray(data.y)))


class SanitizeMitigation:
    """Removes (or relabels to the most likely class) the training rows with probable label errors and,
    when the model's representations can be read, a backdoor's poisoned rows; retrains the same model
    recipe on what is left and measures accuracy and the label-error rate before and after."""

    id = "data.sanitize"
    threat = "data-poisoning"
    title = "Sanitise training data (remove or relabel flagged rows) and retrain"
    improves = "data.label-errors"
    params = (
        Param("policy", str, "remove", "what happens to flagged rows", choices=("remove", "relabel")),
        Param("ensemble", str, "fast", "models judging the labels", choices=ENSEMBLES),
        Param("backdoor", bool, True, "also remove rows data.backdoor flags (needs readable representations)"),
    )
    example_params = {"ensemble": "linear"}

    def __init__(self, policy: str = "remove", ensemble: str = "fast", backdoor: bool = True) -> None:
        self.policy, self.ensemble, self.backdoor = policy, ensemble, backdoor

    def applies(self, ctx: AssessContext) -> bool:
        return callable(getattr(ctx.model, "refit", None)) and len(ctx.data) >= 20

    def _error_rate(self, data: Dataset, seed: int) -> tuple[float, Any]:
        result = find_label_errors(np.nan_to_num(data.X), data.y, self.ensemble, rounds=1, seed=seed)
        return result.rate, result

    def apply(self, ctx: AssessContext) -> Hardened:
        refit = getattr(ctx.model, "refit", None)
        if not callable(refit):
            raise ConfigError(f"{self.id}: the model cannot be retrained (no refit); sanitise the data and train it")
        train, holdout = (ctx.data, ctx.holdout) if ctx.holdout is not None else _split(ctx.data, ctx.seed)
        before_model = refit(train.X, train.y)
        rate_before, errors = self._error_rate(train, ctx.seed)
        flagged = set(errors.rows.tolist())
        if self.backdoor and len(np.unique(train.y)) >= 3:
            from modelward.data.poison.detect import detect_poison
            from modelward.data.poison.representations import representations

            X = np.nan_to_num(np.asarray(train.X, dtype=float))
            flagged |= set(detect_poison(representations(before_model, X), X, train.y, ctx.seed).rows.tolist())
        rows = np.array(sorted(flagged), dtype=int)
        y = np.asarray(train.y).copy()
        if self.policy == "relabel":
            suggested = dict(zip(errors.rows.tolist(), errors.suggested.tolist(), strict=True))
            keep = np.array([r not in flagged or r in suggested for r in range(len(y))])
            for r, label in suggested.items():
                y[r] = label
        else:
            keep = np.ones(len(y), dtype=bool)
            keep[rows] = False
        cleaned = Dataset(train.X[keep], y[keep], train.feature_names, train.target, train.source)
        after_model = refit(cleaned.X, cleaned.y)
        rate_after, _ = self._error_rate(cleaned, ctx.seed)
        before = {"holdout_accuracy": _accuracy(before_model, holdout), "label_error_rate": rate_before}
        after = {"holdout_accuracy": _accuracy(after_model, holdout), "label_error_rate": rate_after}
        summary = (f"{len(rows)} of {len(train)} training rows flagged and {self.policy}d; label-error rate "
                   f"{rate_before:.1%} -> {rate_after:.1%}; held-out accuracy {before['holdout_accuracy']:.3f} -> "
                   f"{after['holdout_accuracy']:.3f}")
        applied = AppliedMitigation("data-sanitization", self.threat, summary, self.improves, before, after)
        return Hardened(self.id, after_model, {"kept_rows": np.flatnonzero(keep).tolist()}, applied,
                        {"policy": self.policy, "ensemble": self.ensemble, "backdoor": self.backdoor},
                        (summary,))
