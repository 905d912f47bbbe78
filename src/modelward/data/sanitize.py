"""`data.sanitize`: remove (or relabel) the rows the data checks flag, retrain the same model recipe,
and show the before/after on the same held-out rows: accuracy, and the label-error rate of the training
rows as `data.label-errors` measures it. A backdoor's rows are removed too when the model's
representations can be read (`data.backdoor`); the attack success rate is measured by the bench, which
knows the trigger.

Retraining needs the recipe: a scikit-learn model carries it (`refit` clones and fits it); a torch module
does not (its loss, optimiser and epochs live in the caller's code), so for torch the caller passes `train`,
a function `(X, y) -> nn.Module | ModelAdapter` that trains a fresh model on the rows given. A module it
returns is wrapped like the original (same classes, input shape and device)."""

from __future__ import annotations

from collections.abc import Callable
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


Trainer = Callable[[np.ndarray, np.ndarray], Any]


def retrainer(model: Any, train: Trainer | None) -> Callable[[np.ndarray, np.ndarray], Any]:
    """How to train a fresh model of the same recipe on (X, y): `train` when given (its result wrapped like
    `model` when it is a bare torch module), else the adapter's own `refit`; a ConfigError otherwise."""
    if train is None:
        refit = getattr(model, "refit", None)
        if not callable(refit):
            raise ConfigError(f"data.sanitize: {getattr(model, 'name', type(model).__name__)} cannot be retrained "
                              "by modelward (no refit: a torch module's training loop is the caller's); pass "
                              "train=, a function (X, y) -> trained model")
        return refit  # type: ignore[no-any-return]

    def fit(X: np.ndarray, y: np.ndarray) -> Any:
        trained = train(X, y)
        if callable(getattr(trained, "predict_proba", None)):
            return trained
        from modelward.core.adapters.torch import TorchAdapter

        if isinstance(model, TorchAdapter):
            return TorchAdapter(trained, classes=model.classes, input_spec=model.input_spec,
                                input_shape=model.input_shape, device=str(model.device), batch_size=model.batch_size,
                                name=model.name)
        raise ConfigError(f"data.sanitize: train returned a {type(trained).__name__}; expected a model adapter "
                          "(or a torch module, when the model is a TorchAdapter)")

    return fit


def _accuracy(model: Any, data: Dataset) -> float:
    return float(np.mean(model.predict(data.X) == np.asarray(data.y)))


class SanitizeMitigation:
    """Removes (or relabels to the most likely class) the training rows with probable label errors and,
    when the model's representations can be read, a backdoor's poisoned rows; retrains the same model
    recipe on what is left and measures accuracy and the label-error rate before and after. `train`
    (Python API only): a function (X, y) -> trained model, for models without `refit` such as torch."""

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

    def __init__(self, policy: str = "remove", ensemble: str = "fast", backdoor: bool = True,
                 train: Trainer | None = None) -> None:
        if train is not None and not callable(train):
            raise ConfigError(f"data.sanitize: train must be a function (X, y) -> model, got {type(train).__name__}")
        self.policy, self.ensemble, self.backdoor, self.train = policy, ensemble, backdoor, train

    def applies(self, ctx: AssessContext) -> bool:
        return (self.train is not None or callable(getattr(ctx.model, "refit", None))) and len(ctx.data) >= 20

    def _error_rate(self, data: Dataset, seed: int) -> tuple[float, Any]:
        result = find_label_errors(np.nan_to_num(data.X), data.y, self.ensemble, rounds=1, seed=seed)
        return result.rate, result

    def apply(self, ctx: AssessContext) -> Hardened:
        refit = retrainer(ctx.model, self.train)
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
