"""Ensemble adapter: the exact input gradient, diverse members, and clear refusals."""

import numpy as np
import pytest

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.robustness.defences.ensemble import EnsembleAdapter, diverse_ensemble


def test_gradient_matches_finite_differences(logreg, torch_mlp, digits):
    _, Xte, _, yte = digits
    ens = EnsembleAdapter([logreg, torch_mlp], weights=[1, 2])
    X, y = Xte[:3], np.asarray(yte[:3])
    g = ens.loss_gradient(X, y)
    h = 1e-4
    num = np.zeros_like(X)
    for j in range(X.shape[1]):
        E = np.zeros_like(X)
        E[:, j] = h
        lp = -np.log(ens.predict_proba(X + E)[np.arange(3), y])
        lm = -np.log(ens.predict_proba(X - E)[np.arange(3), y])
        num[:, j] = (lp - lm) / (2 * h)
    assert np.allclose(g, num, atol=2e-3, rtol=2e-2)


def test_probabilities_are_the_weighted_mean(logreg, torch_mlp, digits):
    _, Xte, _, _ = digits
    ens = EnsembleAdapter([logreg, torch_mlp], weights=[3, 1])
    P = ens.predict_proba(Xte[:10])
    assert np.allclose(P, 0.75 * logreg.predict_proba(Xte[:10]) + 0.25 * torch_mlp.predict_proba(Xte[:10]))


def test_diverse_scikit_learn_members_and_a_member_without_gradient(logreg, digits):
    Xtr, Xte, ytr, yte = digits
    ens = diverse_ensemble(logreg, Xtr[:600], ytr[:600], kinds=("forest",))
    assert [m.name for m in ens.members][1:] == ["forest"]
    assert not ens.has_gradient  # a random forest has none: attacks fall back to black-box ones
    assert float((ens.predict(Xte[:200]) == yte[:200]).mean()) > 0.9


def test_members_must_agree_on_classes(logreg, digits):
    from sklearn.linear_model import LogisticRegression

    Xtr, _, ytr, _ = digits
    keep = ytr < 5
    other = SklearnAdapter(LogisticRegression(max_iter=300).fit(Xtr[keep], ytr[keep]))
    with pytest.raises(ConfigError, match="classes"):
        EnsembleAdapter([logreg, other])
    with pytest.raises(ConfigError, match="two members"):
        EnsembleAdapter([logreg])
