"""Fairness mitigations as registered Mitigations, each measured before and after on the same held-out
rows by the measurement of `explain.fairness` (demographic-parity and equalised-odds differences, and
accuracy): group-specific thresholds (post-processing), reweighing (pre-processing) and a reductions-style
constrained fit (in-processing).

The hardened models are adapters whose probability of the favourable class is the probability that the
(randomised) fair rule decides it; the before/after decisions are drawn from those probabilities with the
run's seed, as the rules are meant to be used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.core.report import AppliedMitigation
from modelward.explain.fairness.check import binary_labels, measure, positive_index
from modelward.explain.fairness.groups import GroupEncoder, sensitive_attributes
from modelward.explain.fairness.recalibration import Recalibration, recalibrate
from modelward.explain.fairness.reductions import Mixture, exponentiated_gradient
from modelward.explain.fairness.reweighing import fit_weighted, reweighing_weights, takes_weights
from modelward.explain.fairness.thresholds import GroupThresholds, fit_thresholds

CRITERIA = ("demographic-parity", "equalised-odds")
COMMON = (
    Param("sensitive", str, "", "the sensitive column (default: the data's first sensitive attribute)"),
    Param("positive", str, "", "the favourable class (default: the last class)"),
    Param("criterion", str, "demographic-parity", "the fairness criterion", choices=CRITERIA),
)


class FavourableAdapter(BaseAdapter):
    """A model whose probability of the favourable class is `favourable(X)`; the other classes share the
    rest in the base model's proportions."""

    def __init__(self, base: ModelAdapter, index: int, name: str) -> None:
        super().__init__()
        self.base, self.index = base, index
        self.classes = np.asarray(base.classes)
        self.input_spec = base.input_spec
        self.name = name

    def favourable(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        p = np.asarray(self.base.predict_proba(X), dtype=float)
        q = self.favourable(X)
        rest = np.delete(p, self.index, axis=1)
        total = rest.sum(axis=1, keepdims=True)
        share = np.divide(rest, total, out=np.full_like(rest, 1.0 / max(1, rest.shape[1])), where=total > 0)
        return np.insert(share * (1 - q)[:, None], self.index, q, axis=1)


class ThresholdAdapter(FavourableAdapter):
    """The base model's score, decided by group-specific (randomised) thresholds; the group is read from
    feature `column` of each row."""

    def __init__(self, base: ModelAdapter, index: int, rules: GroupThresholds, column: int,
                 encoder: GroupEncoder, recalibration: Recalibration | None = None) -> None:
        super().__init__(base, index, f"{base.name} + group thresholds")
        self.rules, self.column, self.encoder = rules, column, encoder
        self.recalibration = recalibration

    def favourable(self, X: np.ndarray) -> np.ndarray:
        score = np.asarray(self.base.predict_proba(X), dtype=float)[:, self.index]
        groups = self.encoder.labels(X[:, self.column])
        if self.recalibration is not None:
            score = self.recalibration.score(score, X, groups)
        return self.rules.probability(score, groups)


class MixtureAdapter(FavourableAdapter):
    """A randomised mixture of classifiers (the reductions fit)."""

    def __init__(self, base: ModelAdapter, index: int, mixture: Mixture) -> None:
        super().__init__(base, index, f"{base.name} + {mixture.criterion} reductions fit")
        self.mixture = mixture

    def favourable(self, X: np.ndarray) -> np.ndarray:
        return self.mixture.probability(X)


@dataclass(frozen=True)
class Split:
    fit: Dataset
    test: Dataset
    fit_groups: np.ndarray
    test_groups: np.ndarray
    attribute: str


def _rows(data: Dataset, rows: np.ndarray) -> Dataset:
    return Dataset(data.X[rows], data.y[rows], data.feature_names, data.target, data.source,
                   {k: np.asarray(v)[rows] for k, v in data.attributes.items()})


def split(ctx: AssessContext, sensitive: str) -> Split:
    """Rows to fit on and held-out rows to measure on (`ctx.holdout`, else half of the data, stratified by
    label and group), with the attribute's group labels encoded the same way in both."""
    attrs = sensitive_attributes(ctx.data, sensitive)
    if not attrs:
        raise ConfigError("no sensitive attribute: give one with sensitive=COL or assess --sensitive COL")
    name = next(iter(attrs))
    data = ctx.data
    raw = data.attributes[name] if name in data.attributes else data.X[:, data.feature_names.index(name)]
    encoder = GroupEncoder.fit(np.asarray(raw))
    if ctx.holdout is not None:
        fit, test = ctx.data, ctx.holdout
    else:
        rng = ctx.rng(31)
        strata = np.char.add(np.asarray(ctx.data.y).astype(str), encoder.labels(np.asarray(raw)).astype(str))
        test_rows = np.concatenate([rng.permutation(np.flatnonzero(strata == s))[: int(np.sum(strata == s)) // 2]
                                    for s in np.unique(strata)])
        mask = np.zeros(len(ctx.data), dtype=bool)
        mask[test_rows] = True
        fit, test = _rows(ctx.data, np.flatnonzero(~mask)), _rows(ctx.data, np.flatnonzero(mask))

    def groups_of(d: Dataset) -> np.ndarray:
        values = d.attributes[name] if name in d.attributes else d.X[:, d.feature_names.index(name)]
        return encoder.labels(np.asarray(values))

    return Split(fit, test, groups_of(fit), groups_of(test), name)


def _decisions(model: ModelAdapter, X: np.ndarray, index: int, rng: np.random.Generator) -> np.ndarray:
    q = np.asarray(model.predict_proba(X), dtype=float)[:, index]
    return (rng.random(len(q)) < q).astype(int)


def _before_after(ctx: AssessContext, parts: Split, index: int,
                  hardened: ModelAdapter) -> tuple[dict[str, float], dict[str, float]]:
    y01 = binary_labels(parts.test.y, ctx.model.classes, index)
    base = (np.argmax(ctx.model.predict_proba(parts.test.X), axis=1) == index).astype(int)
    after = _decisions(hardened, parts.test.X, index, ctx.rng(32))
    return measure(y01, base, parts.test_groups), measure(y01, after, parts.test_groups)


def _hardened(plugin: Any, ctx: AssessContext, parts: Split, index: int, model: ModelAdapter, artifact: Any,
              summary: str) -> Hardened:
    before, after = _before_after(ctx, parts, index, model)
    applied = AppliedMitigation("fairness-mitigation", "bias",
                                f"{summary} ({plugin.criterion} across {parts.attribute!r}): demographic-parity "
                                f"difference {before['dp_difference']:.3f} -> {after['dp_difference']:.3f}, "
                                f"equalised-odds {before['eo_difference']:.3f} -> {after['eo_difference']:.3f}, "
                                f"accuracy {before['accuracy']:.4f} -> {after['accuracy']:.4f}",
                                plugin.improves, before, after)
    return Hardened(plugin.id, model, artifact, applied,
                    {"sensitive": parts.attribute, "criterion": plugin.criterion,
                     "favourable_class": str(np.asarray(ctx.model.classes)[index])},
                    (f"measured on {len(parts.test)} held-out rows",))


class ThresholdMitigation:
    """Group-specific thresholds on the model's score (post-processing, Hardt et al. 2016): the most
    accurate randomised rule per group (the linear programme over the groups' ROC hulls) that equalises
    selection rates or TPR and FPR on the fitting rows, within `slack`. With `recalibrate`, the score is
    first refitted per group on the model's score and the features (logistic, cross-fitted on the fitting
    rows), so that the thresholds act on an estimate of P(y | x, group). Needs the attribute at decision
    time, so it applies when the attribute is a feature of the model."""

    id = "explain.group-thresholds"
    threat = "bias"
    title = "Group-specific thresholds (post-processing)"
    improves = "explain.fairness"
    params = (*COMMON,
              Param("recalibrate", bool, True, "refit the score per group on the score and the features first"),
              Param("slack", float, 0.0, "allowed gap between the groups' rates on the fitting rows",
                    minimum=0.0, maximum=1.0))
    example_params: dict[str, Any] = {"sensitive": "mean radius"}

    def __init__(self, sensitive: str = "", positive: str = "", criterion: str = "demographic-parity",
                 recalibrate: bool = True, slack: float = 0.0) -> None:
        self.sensitive, self.positive, self.criterion = sensitive, positive, criterion
        self.recalibrate, self.slack = recalibrate, slack

    def applies(self, ctx: AssessContext) -> bool:
        attrs = sensitive_attributes(ctx.data, self.sensitive)
        return bool(attrs) and next(iter(attrs)) in ctx.data.feature_names and len(ctx.data) >= 40

    def apply(self, ctx: AssessContext) -> Hardened:
        parts = split(ctx, self.sensitive)
        if parts.attribute not in ctx.data.feature_names:
            raise ConfigError(f"{self.id}: {parts.attribute!r} is not a feature of the model, so thresholds by "
                              "group cannot be applied when it decides; use explain.reweighing or explain.reductions")
        index = positive_index(ctx.model.classes, self.positive)
        score = np.asarray(ctx.model.predict_proba(parts.fit.X), dtype=float)[:, index]
        y01 = binary_labels(parts.fit.y, ctx.model.classes, index)
        recalibration = None
        if self.recalibrate:
            recalibration = recalibrate(score, parts.fit.X, y01, parts.fit_groups, seed=ctx.seed)
            score = recalibration.out_of_fold
        rules = fit_thresholds(score, y01, parts.fit_groups, self.criterion, self.slack)
        column = ctx.data.feature_names.index(parts.attribute)
        raw = ctx.data.X[:, column]
        model = ThresholdAdapter(ctx.model, index, rules, column, GroupEncoder.fit(raw), recalibration)
        artifact = {"criterion": rules.criterion, "column": parts.attribute, "recalibrated": self.recalibrate,
                    "rules": {g: {"thresholds": list(r.thresholds), "weights": list(r.weights),
                                  "constant": r.constant} for g, r in rules.rules.items()}}
        return _hardened(self, ctx, parts, index, model, artifact, "group-specific thresholds")


def _estimator(ctx: AssessContext, mitigation: str) -> Any:
    if not isinstance(ctx.model, SklearnAdapter) or not takes_weights(ctx.model.estimator):
        raise ConfigError(f"{mitigation}: needs a scikit-learn model whose fit takes sample_weight "
                          f"(got {ctx.model.name})")
    return ctx.model.estimator


def _trainable(ctx: AssessContext) -> bool:
    return isinstance(ctx.model, SklearnAdapter) and takes_weights(ctx.model.estimator)


class ReweighingMitigation:
    """Reweighing (pre-processing, Kamiran & Calders 2012): retrain the model with weights that make the
    label independent of the group in the training rows. Needs a scikit-learn model whose fit takes
    sample weights; no group is needed at decision time."""

    id = "explain.reweighing"
    threat = "bias"
    title = "Reweighing (pre-processing)"
    improves = "explain.fairness"
    params = COMMON[:2]
    example_params: dict[str, Any] = {"sensitive": "mean radius"}
    criterion = "demographic-parity"

    def __init__(self, sensitive: str = "", positive: str = "") -> None:
        self.sensitive, self.positive = sensitive, positive

    def applies(self, ctx: AssessContext) -> bool:
        return _trainable(ctx) and bool(sensitive_attributes(ctx.data, self.sensitive)) and len(ctx.data) >= 40

    def apply(self, ctx: AssessContext) -> Hardened:
        estimator = _estimator(ctx, self.id)
        parts = split(ctx, self.sensitive)
        index = positive_index(ctx.model.classes, self.positive)
        weights = reweighing_weights(parts.fit.y, parts.fit_groups)
        fitted = fit_weighted(estimator, parts.fit.X, parts.fit.y, weights)
        model = SklearnAdapter(fitted, ctx.model.input_spec, f"{ctx.model.name} reweighed")
        return _hardened(self, ctx, parts, index, model, fitted, "reweighing")


class ReductionsMitigation:
    """A constrained fit by exponentiated gradient (in-processing, Agarwal et al. 2018): the model is
    retrained on reweighted, relabelled rows until a mixture of the fits keeps the criterion's gaps within
    `eps` on the fitting rows. Needs a scikit-learn model whose fit takes sample weights."""

    id = "explain.reductions"
    threat = "bias"
    title = "Reductions-style constrained fit (in-processing, exponentiated gradient)"
    improves = "explain.fairness"
    params = (*COMMON, Param("eps", float, 0.01, "allowed gap on the fitting rows", minimum=0.0, maximum=1.0),
              Param("iterations", int, 50, "exponentiated-gradient steps (one fit each)", minimum=1))
    example_params: dict[str, Any] = {"sensitive": "mean radius", "iterations": 5}

    def __init__(self, sensitive: str = "", positive: str = "", criterion: str = "demographic-parity",
                 eps: float = 0.01, iterations: int = 50) -> None:
        self.sensitive, self.positive, self.criterion = sensitive, positive, criterion
        self.eps, self.iterations = eps, iterations

    def applies(self, ctx: AssessContext) -> bool:
        return _trainable(ctx) and bool(sensitive_attributes(ctx.data, self.sensitive)) and len(ctx.data) >= 40

    def apply(self, ctx: AssessContext) -> Hardened:
        estimator = _estimator(ctx, self.id)
        parts = split(ctx, self.sensitive)
        index = positive_index(ctx.model.classes, self.positive)
        y01 = binary_labels(parts.fit.y, ctx.model.classes, index)

        def fit(X: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> Any:
            return fit_weighted(estimator, X, labels, weights)

        mixture = exponentiated_gradient(fit, parts.fit.X, y01, parts.fit_groups, self.criterion, self.eps,
                                         self.iterations)
        model = MixtureAdapter(ctx.model, index, mixture)
        return _hardened(self, ctx, parts, index, model, mixture, "reductions fit")
