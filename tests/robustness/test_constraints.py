"""Tabular realism: immutable, integer and categorical features survive every attack."""

from __future__ import annotations

import numpy as np
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.attacks._square import square


def _wine_model():
    X, y = load_wine(return_X_y=True)
    X = X.copy()
    X[:, 4] = np.round(X[:, 4])  # magnesium as an integer
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)).fit(X, y)
    spec = InputSpec.infer(X)
    feats = list(spec.features)
    feats[0] = FeatureSpec(feats[0].name, FeatureKind.NUMERIC, feats[0].lower, feats[0].upper, mutable=False)
    feats[4] = FeatureSpec(feats[4].name, FeatureKind.INTEGER, feats[4].lower, feats[4].upper)
    return SklearnAdapter(est, InputSpec(tuple(feats))), X, y


def test_pgd_and_square_respect_the_spec():
    model, X, y = _wine_model()
    eps = 0.3 * float(np.ptp(X[:, 12]))
    for res in (pgd(model, X, y, eps, steps=10), square(model, X, y, eps, queries=100)):
        assert np.array_equal(res.x_adv[:, 0], X[:, 0])  # immutable
        assert np.array_equal(res.x_adv[:, 4], np.round(res.x_adv[:, 4]))  # integer
        assert np.all(res.x_adv >= model.input_spec.lower - 1e-12)
        assert np.all(res.x_adv <= model.input_spec.upper + 1e-12)
        assert np.array_equal(res.success, (model.predict(res.x_adv) != y) | (model.predict(X) != y))
    assert res.success.sum() > 0
