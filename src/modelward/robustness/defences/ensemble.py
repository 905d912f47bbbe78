"""Ensembles of diverse models, as one adapter; the robustness gain is measured, not assumed.

The ensemble averages members' probabilities. When every member has an input gradient, so does the
ensemble, exactly: with p = sum_i w_i p_i, d(-log p_y)/dx = sum_i w_i p_i,y g_i / p_y where
g_i = -d log p_i,y / dx is member i's loss gradient. An attacker therefore attacks the whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter
from modelward.core.errors import ConfigError


class EnsembleAdapter(BaseAdapter):
    """Weighted mean of members' probabilities; all members must share the same classes."""

    def __init__(self, members: Sequence[ModelAdapter], weights: Sequence[float] | None = None,
                 name: str | None = None) -> None:
        super().__init__()
        if len(members) < 2:
            raise ConfigError(f"an ensemble needs at least two members, got {len(members)}")
        classes = np.asarray(members[0].classes)
        for m in members[1:]:
            if np.asarray(m.classes).tolist() != classes.tolist():
                raise ConfigError(f"ensemble member {m.name} has classes {np.asarray(m.classes).tolist()}, "
                                  f"not {classes.tolist()}")
        w = np.ones(len(members)) if weights is None else np.asarray(weights, dtype=float)
        if w.shape != (len(members),) or np.any(w < 0) or w.sum() <= 0:
            raise ConfigError("ensemble weights: one non-negative weight per member, not all zero")
        self.members = tuple(members)
        self.weights = w / w.sum()
        self.classes = classes
        self.input_spec = members[0].input_spec
        self.name = name or "ensemble(" + ", ".join(m.name for m in members) + ")"

    @property
    def has_gradient(self) -> bool:
        return all(callable(getattr(m, "loss_gradient", None)) and getattr(m, "has_gradient", True)
                   for m in self.members)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        return np.asarray(sum(w * np.asarray(m.predict_proba(X), dtype=float)
                              for w, m in zip(self.weights, self.members, strict=True)))

    def loss_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        if not self.has_gradient:
            raise ConfigError(f"{self.name}: a member has no input gradient")
        X = self._count(X)
        y = np.asarray(y, dtype=int)
        rows = np.arange(len(X))
        total = np.zeros_like(X)
        p = np.zeros(len(X))
        members: tuple[Any, ...] = self.members  # each has loss_gradient (checked above)
        for w, m in zip(self.weights, members, strict=True):
            p_i = np.asarray(m.predict_proba(X), dtype=float)[rows, y]
            g_i: np.ndarray = np.asarray(m.loss_gradient(X, y), dtype=np.float64)
            total += (w * p_i)[:, None] * g_i
            p += w * p_i
        return np.asarray(total / np.maximum(p, 1e-300)[:, None])


SKLEARN_MEMBERS = ("logistic", "svc", "mlp", "forest", "knn")


def _sklearn_member(kind: str, seed: int) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    makers = {
        "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
        "svc": lambda: make_pipeline(StandardScaler(), CalibratedClassifierCV(SVC(random_state=seed), ensemble=False)),
        "mlp": lambda: make_pipeline(StandardScaler(), MLPClassifier((64,), max_iter=500, random_state=seed)),
        "forest": lambda: RandomForestClassifier(200, random_state=seed),
        "knn": lambda: make_pipeline(StandardScaler(), KNeighborsClassifier(7)),
    }
    if kind not in makers:
        raise ConfigError(f"ensemble member kind must be one of {SKLEARN_MEMBERS}, got {kind!r}")
    return makers[kind]()


def diverse_ensemble(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    *,
    kinds: Sequence[str] = ("logistic", "svc", "mlp"),
    copies: int = 3,
    seed: int = 0,
) -> EnsembleAdapter:
    """The model plus diverse members trained on (X, y labels): scikit-learn families for a scikit-learn
    model; for a torch model, `copies` re-initialised copies trained on bootstrap resamples."""
    from modelward.core.adapters.sklearn import SklearnAdapter

    members: list[ModelAdapter] = [model]
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    module = getattr(model, "module", None)
    if module is not None:
        from modelward.core.adapters.torch import TorchAdapter
        from modelward.robustness.attacks._common import label_indices
        from modelward.robustness.defences import _torch as T

        _, shape = T.module_of(model)
        y_idx = label_indices(model, y)
        rng = np.random.default_rng(seed)
        for k in range(copies):
            boot = rng.integers(0, len(X), len(X))
            net = T.train_plain(T.fresh_copy(module, True, seed + 1 + k), X[boot], y_idx[boot],
                                input_shape=shape, seed=seed + 1 + k)
            members.append(TorchAdapter(net, classes=model.classes, input_spec=model.input_spec,
                                        input_shape=shape, device="cpu", name=f"{model.name}#copy{k + 1}"))
    else:
        for kind in kinds:
            est = _sklearn_member(kind, seed).fit(X, y)
            members.append(SklearnAdapter(est, input_spec=model.input_spec, name=kind))
    return EnsembleAdapter(members)
