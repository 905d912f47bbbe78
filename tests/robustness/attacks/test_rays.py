"""RayS: labels only, L∞, exact query budgets, bounds and immutable features respected; untargeted."""

from __future__ import annotations

import numpy as np
import pytest

from modelward.robustness.attacks._apgd import apgd
from modelward.robustness.attacks._rays import rays
from modelward.robustness.attacks._square import square
from modelward.robustness.errors import AttackConfigError

from ..conftest import LabelsOnly


def test_rays_finds_small_linf_perturbations_from_labels_alone(logreg, sample):
    X, y = sample
    bb = LabelsOnly(logreg)
    res = rays(bb, X, y, queries=600)
    clean = res.clean_correct
    assert res.access == "decision"
    assert res.queries.max() <= 600
    assert bb.query_count == res.queries.sum()
    assert res.success[clean].all()
    assert np.all(logreg.predict(res.x_adv[clean]) != y[clean])
    assert np.all((res.x_adv >= 0) & (res.x_adv <= 1))
    assert np.allclose(res.perturbation, np.abs(res.x_adv - X).max(1))
    # close to the white-box attack at eps 0.1, far stronger than score-based search on one-hot scores
    white = apgd(logreg, X, y, 0.1, steps=50).robust_accuracy
    decision = float(np.mean(~(res.success & (res.perturbation <= 0.1 + 1e-9))))
    flat = square(LabelsOnly(logreg), X, y, 0.1, queries=600).robust_accuracy
    assert decision <= white + 0.1
    assert flat - decision > 0.2


def test_rays_with_eps_stops_rows_within_the_budget(logreg, sample):
    X, y = sample
    full = rays(LabelsOnly(logreg), X, y, queries=400)
    res = rays(LabelsOnly(logreg), X, y, 0.15, queries=400)
    assert np.all(res.perturbation[res.success] <= 0.15 + 1e-9)
    assert res.queries.sum() < full.queries.sum()  # rows stop once within eps
    assert res.robust_accuracy <= np.mean(~(full.success & (full.perturbation <= 0.15 + 1e-9))) + 0.05


def test_rays_immutable_features(digits, sample):
    from sklearn.svm import SVC

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec

    from ..conftest import PIXELS

    Xtr, _, ytr, _ = digits
    X, y = sample
    feats = list(PIXELS.features)
    frozen = [18, 19, 20, 26, 27, 28]
    for i in frozen:
        feats[i] = FeatureSpec(feats[i].name, FeatureKind.NUMERIC, 0.0, 1.0, mutable=False)
    model = SklearnAdapter(SVC(kernel="rbf").fit(Xtr, ytr), InputSpec(tuple(feats)))
    res = rays(LabelsOnly(model), X[:30], y[:30], queries=500)
    assert np.array_equal(res.x_adv[:, frozen], X[:30, frozen])
    assert res.success[res.clean_correct].mean() > 0.9


def test_rays_bad_settings(logreg, sample):
    X, y = sample
    for bad in ({"queries": 2}, {"tol": 0.0}, {"tol": 1.5}):
        with pytest.raises(AttackConfigError):
            rays(LabelsOnly(logreg), X, y, **bad)
    with pytest.raises(TypeError):  # untargeted only
        rays(LabelsOnly(logreg), X, y, target=y)  # type: ignore[call-arg]


def test_rays_pool_is_labelled_once(logreg, sample, digits):
    X, y = sample
    pool = digits[0][:200]
    bb = LabelsOnly(logreg)
    res = rays(bb, X, y, queries=200, pool=pool)
    assert res.queries.max() <= 200
    assert bb.query_count == res.queries.sum() + 200  # shared, not charged to any row
    assert any("pool rows" in n for n in res.notes)
    assert res.success[res.clean_correct].all()
