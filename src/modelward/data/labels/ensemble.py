"""The ensemble whose out-of-fold probabilities rank the rows: diverse model families err on different
rows, so their average is better calibrated and less fooled by any one model's blind spot than each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError

ENSEMBLES = ("diverse", "fast", "linear")


def estimators(name: str, seed: int = 0) -> list[Any]:
    """Unfitted scikit-learn classifiers: `diverse` (logistic regression, RBF SVM, k-NN, extra trees),
    `fast` (logistic regression, k-NN, extra trees), `linear` (logistic regression alone: what
    confident learning is usually run with)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import ExtraTreesClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    if name not in ENSEMBLES:
        raise ConfigError(f"ensemble {name!r} is unknown; expected one of {', '.join(ENSEMBLES)}")
    linear = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.1))
    if name == "linear":
        return [linear]
    out = [linear, make_pipeline(StandardScaler(), KNeighborsClassifier(15)),
           ExtraTreesClassifier(100, min_samples_leaf=2, random_state=seed, n_jobs=1)]
    if name == "diverse":
        svc = CalibratedClassifierCV(SVC(C=1.0, random_state=seed), ensemble=False)
        out.insert(1, make_pipeline(StandardScaler(), svc))
    return out


def out_of_fold(X: np.ndarray, y: np.ndarray, n_classes: int, models: list[Any], folds: int, seed: int,
                keep: np.ndarray | None = None, progress: Callable[[float], None] | None = None) -> np.ndarray:
    """Each row's class probabilities from models that never saw it (stratified `folds`-fold), averaged
    over `models`; training rows outside `keep` are left out (the suspects of a previous round)."""
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold

    keep = np.ones(len(y), dtype=bool) if keep is None else keep
    P = np.zeros((len(y), n_classes))
    splits = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y))
    for f, (train, test) in enumerate(splits):
        train = train[keep[train]]
        parts = []
        for model in models:
            fitted = clone(model).fit(X[train], y[train])
            proba = np.zeros((len(test), n_classes))
            proba[:, fitted.classes_] = fitted.predict_proba(X[test])
            parts.append(proba)
        P[test] = np.mean(parts, axis=0)
        if progress is not None:
            progress((f + 1) / len(splits))
    return P
