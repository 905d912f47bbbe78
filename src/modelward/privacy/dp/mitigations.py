"""The differential-privacy mitigations as registry plugins. Each trains a private model on the
training rows and shows, on the same held-out rows, utility and the membership-inference audit of
`privacy.membership-inference` before and after:

- `privacy.dp-sgd`: a fresh copy of the torch module trained with DP-SGD (`dpsgd`);
- `privacy.dp-logistic-regression`: a DP softmax regression replaces the model (`linear`);
- `privacy.dp-naive-bayes`: a DP Gaussian naive Bayes replaces the model (`naive_bayes`).

"Before" is the given model when held-out rows are given (it was trained on `data`); otherwise `data`
is split and "before" is the same recipe without privacy, trained on the same training rows (a model
trained on all of `data` would have seen the held-out rows). The audit attacks the training rows
against the held-out rows with the loss threshold and, when `audit_references` > 0, LiRA and RMIA with
reference models trained by each model's own recipe (private ones for the private model).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.core.report import AppliedMitigation
from modelward.privacy.membership.audit import AuditConfig, audit_membership
from modelward.privacy.references import RefitTrainer, StackedModels, Trainer

CHECK = "privacy.membership-inference"
_SHARED = (
    Param("epsilon", float, 1.0, "privacy budget epsilon (smaller: more private)", minimum=1e-3),
    Param("delta", float, 1e-5, "privacy budget delta (must be below 1 / training rows)", minimum=1e-12,
          maximum=0.5),
    Param("eval_fraction", float, 0.3, "share of the data held out to measure on (when no holdout is given)",
          minimum=0.05, maximum=0.9),
    Param("audit_references", int, 0, "reference models of the before/after LiRA and RMIA (0: loss threshold "
          "only, fast)", minimum=0),
    Param("max_audit_rows", int, 1000, "training and held-out rows the audit uses at most, each", minimum=10),
    Param("seed", int, 0, "seed of the split, the noise and the audit", minimum=0),
)


def split(ctx: AssessContext, fraction: float, seed: int) -> tuple[Dataset, Dataset, bool]:
    """(training rows, held-out rows, whether the held-out rows were given)."""
    if ctx.holdout is not None:
        return ctx.data, ctx.holdout, True
    rng = np.random.default_rng([seed, 5])
    order = rng.permutation(len(ctx.data))
    n_hold = max(2, int(fraction * len(order)))
    d = ctx.data

    def take(rows: np.ndarray, what: str) -> Dataset:
        return Dataset(d.X[rows], d.y[rows], d.feature_names, d.target, f"{d.source} ({what})")

    return take(np.sort(order[n_hold:]), "training rows"), take(np.sort(order[:n_hold]), "held-out rows"), False


def measure(model: ModelAdapter, train: Dataset, holdout: Dataset, trainer: Trainer | None, references: int,
            max_rows: int, seed: int) -> dict[str, float]:
    """Held-out accuracy and the membership audit (training rows vs held-out rows) of one model."""
    rng = np.random.default_rng([seed, 77])

    def cap(d: Dataset) -> Dataset:
        if len(d) <= max_rows:
            return d
        rows = np.sort(rng.choice(len(d), max_rows, replace=False))
        return Dataset(d.X[rows], d.y[rows], d.feature_names, d.target, d.source)

    attacks: tuple[str, ...] = ("loss", "lira", "rmia") if references >= 2 and trainer is not None else ("loss",)
    audit = audit_membership(model, cap(train), cap(holdout), trainer=trainer if len(attacks) > 1 else None,
                             config=AuditConfig(attacks=attacks, reference_models=references if len(attacks) > 1
                                                else 0, time_budget=None, bootstrap=0), seed=seed)
    best = audit.best()
    accuracy = float(np.mean(model.predict(holdout.X) == holdout.y))
    return {"accuracy": round(accuracy, 4), "membership_auc": round(best.roc.auc, 4),
            "membership_tpr@1%fpr": round(best.roc.tpr(0.01), 4),
            "generalisation_gap": round(audit.member_accuracy - audit.nonmember_accuracy, 4)}


def hardened(plugin: Any, model: ModelAdapter, artifact: Any, before: dict[str, float], after: dict[str, float],
             summary: str, parameters: dict[str, Any], notes: Sequence[str]) -> Hardened:
    applied = AppliedMitigation("differential-privacy", plugin.threat, summary, CHECK, before, after)
    return Hardened(plugin.id, model, artifact, applied, parameters, tuple(notes))


class _SklearnDP:
    """A DP scikit-learn estimator replacing the model, measured before/after."""

    id = ""
    threat = "membership-inference"
    title = ""
    improves = CHECK
    params: tuple[Param, ...] = _SHARED

    def __init__(self, **values: Any) -> None:
        self.values = {**{p.name: p.default for p in self.params}, **values}

    def applies(self, ctx: AssessContext) -> bool:
        return getattr(ctx.model, "module", None) is None and len(np.unique(ctx.data.y)) >= 2

    def _estimator(self) -> Any:
        raise NotImplementedError

    def apply(self, ctx: AssessContext) -> Hardened:
        v = self.values
        train, holdout, given = split(ctx, v["eval_fraction"], v["seed"])
        before_model: ModelAdapter = ctx.model
        notes = []
        if not given and callable(getattr(ctx.model, "refit", None)):
            before_model = ctx.model.refit(train.X, train.y)  # type: ignore[attr-defined]
            notes.append("before: the same scikit-learn model refitted on the training rows without privacy")
        estimator = self._estimator().fit(train.X, train.y)
        after_model = SklearnAdapter(estimator, input_spec=ctx.model.input_spec, name=f"{self.id} ({ctx.model.name})")
        refs = v["audit_references"]
        before_trainer = RefitTrainer(before_model) if callable(getattr(before_model, "refit", None)) else None
        before = measure(before_model, train, holdout, before_trainer, refs, v["max_audit_rows"], v["seed"])
        after = measure(after_model, train, holdout, RefitTrainer(after_model), refs, v["max_audit_rows"], v["seed"])
        spent = estimator.privacy_
        notes.append(f"spent epsilon {spent.epsilon:.4f} at delta {spent.delta:g} (RDP, best order {spent.order:g})")
        summary = (f"{self.title} at epsilon {v['epsilon']:g}, delta {v['delta']:g}: accuracy {before['accuracy']:.3f} "
                   f"-> {after['accuracy']:.3f}, membership AUC {before['membership_auc']:.3f} -> "
                   f"{after['membership_auc']:.3f}")
        return hardened(self, after_model, estimator, before, after, summary,
                        {**v, "epsilon_spent": spent.epsilon}, notes)


class DPLogisticRegressionMitigation(_SklearnDP):
    """Replace the model by a differentially private softmax regression (noisy gradient descent on
    DP-centred log features), measured before/after: accuracy and the membership audit."""

    id, title = "privacy.dp-logistic-regression", "DP logistic regression"
    params = (*_SHARED,
              Param("steps", int, 50, "noisy gradient-descent steps (full batch)", minimum=1),
              Param("lr", float, 2.0, "learning rate", minimum=1e-6),
              Param("clip", float, 1.0, "per-example gradient clipping norm", minimum=1e-6))
    example_params = {"audit_references": 0}

    def _estimator(self) -> Any:
        from modelward.privacy.dp.linear import DPLogisticRegression

        v = self.values
        return DPLogisticRegression(epsilon=v["epsilon"], delta=v["delta"], steps=v["steps"], lr=v["lr"],
                                    clip=v["clip"], random_state=v["seed"])


class DPNaiveBayesMitigation(_SklearnDP):
    """Replace the model by a differentially private Gaussian naive Bayes, measured before/after:
    accuracy and the membership audit."""

    id, title = "privacy.dp-naive-bayes", "DP Gaussian naive Bayes"
    params = (*_SHARED, Param("clip", float, 1.0, "per-feature clipping of the centred log features",
                              minimum=1e-6))
    example_params = {"audit_references": 0}

    def _estimator(self) -> Any:
        from modelward.privacy.dp.naive_bayes import DPGaussianNB

        v = self.values
        return DPGaussianNB(epsilon=v["epsilon"], delta=v["delta"], clip=v["clip"], random_state=v["seed"])


class DPSGDTrainer:
    """Reference models for the audit of a DP-SGD model: fresh copies trained with the same private recipe."""

    def __init__(self, model: ModelAdapter, config: Any, seed: int = 0) -> None:
        self.model, self.config, self.seed = model, config, seed
        self.description = f"fresh copies trained with DP-SGD (epsilon {config.epsilon:g})"

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> StackedModels:
        return StackedModels(tuple(_private_copy(self.model, X[s], y[s], self.config, seed + i)[0]
                                   for i, s in enumerate(subsets)), np.asarray(self.model.classes))


def _private_copy(model: ModelAdapter, X: np.ndarray, y: np.ndarray, config: Any, seed: int) -> tuple[Any, Any]:
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.privacy._torch import reset_copy
    from modelward.privacy.dp.dpsgd import train_dp_sgd

    module = reset_copy(model.module, seed)  # type: ignore[attr-defined]
    lookup = {c: i for i, c in enumerate(np.asarray(model.classes).tolist())}
    result = train_dp_sgd(module, X, np.array([lookup[v] for v in np.asarray(y).tolist()]), config, seed,
                          getattr(model, "input_shape", None), getattr(model, "device", None))
    adapter = TorchAdapter(module, classes=model.classes, input_spec=model.input_spec,
                           input_shape=getattr(model, "input_shape", None), device=str(getattr(model, "device", "cpu")),
                           name=f"privacy.dp-sgd ({model.name})")
    return adapter, result


class DPSGDMitigation:
    """Train a fresh copy of the torch model with DP-SGD (per-example clipping, Gaussian noise, RDP
    accountant), measured before/after: accuracy and the membership audit."""

    id, title = "privacy.dp-sgd", "DP-SGD training"
    threat = "membership-inference"
    improves = CHECK
    params = (
        *(dataclasses.replace(p, default=3.0) if p.name == "epsilon" else p for p in _SHARED),
        Param("epochs", int, 40, "training epochs (expected passes over the data)", minimum=1),
        Param("batch_size", int, 512, "expected Poisson batch size", minimum=1),
        Param("lr", float, 0.02, "learning rate", minimum=1e-8),
        Param("max_grad_norm", float, 1.0, "per-example gradient clipping norm", minimum=1e-6),
        Param("optimizer", str, "adam", "optimiser of the noisy gradients", choices=("adam", "sgd")),
        Param("baseline_epochs", int, 100, "epochs of the non-private baseline (when no holdout is given)",
              minimum=1),
    )
    example_params = {"epochs": 2, "baseline_epochs": 5, "audit_references": 0}

    def __init__(self, **values: Any) -> None:
        self.values = {**{p.name: p.default for p in self.params}, **values}

    def applies(self, ctx: AssessContext) -> bool:
        return getattr(ctx.model, "module", None) is not None

    def apply(self, ctx: AssessContext) -> Hardened:
        from modelward.privacy.dp.dpsgd import DPSGDConfig
        from modelward.privacy.references import TorchTrainer

        v = self.values
        if v["optimizer"] not in ("adam", "sgd"):
            raise ConfigError(f"{self.id}: optimizer must be adam or sgd")
        train, holdout, given = split(ctx, v["eval_fraction"], v["seed"])
        config = DPSGDConfig(v["epsilon"], v["delta"], v["epochs"], v["batch_size"], v["lr"], v["max_grad_norm"],
                             v["optimizer"])
        notes = []
        baseline = TorchTrainer(ctx.model, epochs=v["baseline_epochs"])
        if given:
            before_model: Any = ctx.model
        else:
            before_model = _ensemble_member(baseline.train(train.X, train.y, [np.arange(len(train))], v["seed"]),
                                            ctx.model)
            notes.append(f"before: a fresh copy trained without privacy on the training rows (Adam, "
                         f"{v['baseline_epochs']} epochs)")
        after_model, result = _private_copy(ctx.model, train.X, train.y, config, v["seed"])
        refs = v["audit_references"]
        before = measure(before_model, train, holdout, baseline, refs, v["max_audit_rows"], v["seed"])
        after = measure(after_model, train, holdout, DPSGDTrainer(ctx.model, config), refs, v["max_audit_rows"],
                        v["seed"])
        notes.append(f"noise multiplier {result.sigma:.3f}, sampling rate {result.q:.4f}, {result.steps} steps; "
                     f"spent epsilon {result.spent.epsilon:.4f} at delta {result.spent.delta:g}")
        summary = (f"DP-SGD at epsilon {v['epsilon']:g}, delta {v['delta']:g}: accuracy {before['accuracy']:.3f} -> "
                   f"{after['accuracy']:.3f}, membership AUC {before['membership_auc']:.3f} -> "
                   f"{after['membership_auc']:.3f}")
        return hardened(self, after_model, after_model.module, before, after, summary,
                        {**v, "epsilon_spent": result.spent.epsilon, "noise_multiplier": result.sigma}, notes)


def _ensemble_member(ensemble: Any, model: ModelAdapter) -> ModelAdapter:
    """The single trained copy of a one-model ensemble, as an adapter."""
    from modelward.core.adapters.callable import CallableAdapter

    return CallableAdapter(lambda X: ensemble.proba(np.asarray(X, dtype=float))[0], classes=model.classes,
                           input_spec=model.input_spec, name=f"{model.name} (non-private copy)")
